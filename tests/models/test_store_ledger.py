"""Store: consents, documents, referrals, care plans, contacts, closures, disclosures."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from sqlalchemy import create_engine, event, text

from models.errors import InvalidInput, NotFound
from models.records import Category, ConsentStatus, ReferralStatus
from models.rows import Base
from models.store import Store

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n"
SHA = "a" * 64


@pytest.fixture
def store() -> Store:
    engine = create_engine("sqlite://")
    event.listen(engine, "connect", lambda conn, _rec: conn.execute("PRAGMA foreign_keys=ON"))
    Base.metadata.create_all(engine)
    return Store(engine, "ana")


def count_rows(store: Store, table: str) -> int:
    with store._engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


@pytest.fixture
def case(store):
    return store.add_case("Ana")


def test_consent_add_revoke_and_status(store, case):
    consent = store.add_consent(case.id, "USCIS", ["immigration", "identity"], "T visa",
                                "2026-01-01", expires=date(2026, 12, 31))
    assert consent.categories == frozenset({Category.IMMIGRATION, Category.IDENTITY})
    revoked = store.revoke_consent(consent.id, date(2026, 3, 1))
    assert revoked.status(date(2026, 3, 1)) is ConsentStatus.REVOKED
    assert store.list_consents(case.id) == [revoked]
    with pytest.raises(InvalidInput):
        store.revoke_consent(consent.id, date(2026, 3, 2))
    with pytest.raises(NotFound):
        store.revoke_consent(999, date(2026, 3, 2))


@pytest.mark.parametrize("kwargs, field", [
    ({"categories": []}, "categories"),
    ({"categories": ["gossip"]}, "categories"),
    ({"expires": "2025-01-01"}, "expires"),
    ({"how_given": "telepathy"}, "how_given"),
])
def test_consent_rejects(store, case, kwargs, field):
    args = {"recipient": "Court", "categories": ["identity"], "purpose": "hearing",
            "granted": "2026-01-01", **kwargs}
    with pytest.raises(InvalidInput) as err:
        store.add_consent(case.id, **args)
    assert err.value.field == field


def test_document_bytes_round_trip_and_type_check(store, case):
    doc = store.add_document(case.id, "medical", "Letter", PDF, "application/pdf", "2026-02-01")
    assert (doc.size, doc.sha256) == (len(PDF), hashlib.sha256(PDF).hexdigest())
    assert store.document_bytes(doc.id) == PDF
    assert store.list_documents(case.id) == [doc]
    with pytest.raises(InvalidInput) as err:
        store.add_document(case.id, "medical", "Fake", b"MZ\x90\x00", "application/pdf")
    assert err.value.field == "data"
    with pytest.raises(InvalidInput) as err:
        store.add_document(case.id, "medical", "Exe", PDF, "application/x-msdownload")
    assert err.value.field == "media_type"


def test_referral_transitions_enforced(store, case):
    ref = store.add_referral(case.id, "Shelter", "Safe House", opened="2026-01-05")
    assert ref.status is ReferralStatus.PROPOSED
    made = store.set_referral_status(ref.id, "made", date(2026, 1, 6))
    assert (made.status, made.updated) == (ReferralStatus.MADE, date(2026, 1, 6))
    with pytest.raises(InvalidInput) as err:
        store.set_referral_status(ref.id, "completed", date(2026, 1, 7))
    assert err.value.field == "status"
    assert store.list_referrals(case.id)[0].status is ReferralStatus.MADE


def test_goals_and_milestones(store, case):
    goal = store.add_goal(case.id, "Stable housing", category="housing_benefits")
    m = store.add_milestone(goal.id, "Apply", due="2026-04-01")
    done = store.complete_milestone(m.id, "2026-03-15")
    [stored] = store.list_goals(case.id)
    assert stored.milestones == (done,) and done.done == date(2026, 3, 15)
    assert store.set_goal_status(goal.id, "achieved").status == "achieved"
    with pytest.raises(InvalidInput):
        store.set_goal_status(goal.id, "forgotten")


def test_contacts_shared_and_per_case(store, case):
    other = store.add_case("Bea")
    court = store.add_contact("court", "Superior Court")
    mine = store.add_contact("interpreter", "Ti interp", case_id=case.id, language="ti")
    store.add_contact("attorney", "Other's lawyer", case_id=other.id)
    assert store.list_contacts(case.id) == [court, mine]
    assert len(store.list_contacts()) == 3


def test_closures_unique_per_calendar_day(store):
    c = store.add_closure("2026-12-24", "federal", "executive_order", note="EO")
    assert store.list_closures() == [c]
    with pytest.raises(InvalidInput):
        store.add_closure(date(2026, 12, 24), "federal", "holiday")
    store.add_closure(date(2026, 12, 24), "CA", "holiday")
    assert len(store.list_closures()) == 2


def test_record_disclosure_checks_consent_and_basis(store, case):
    consent = store.add_consent(case.id, "Court", ["identity"], "hearing", "2026-01-01")
    other = store.add_case("Bea")
    alien = store.add_consent(other.id, "Court", ["identity"], "hearing", "2026-01-01")
    d = store.record_disclosure(case.id, "Court", "hearing", ["identity"], ["event:1"],
                                [consent.id], SHA)
    assert d.consent_ids == (consent.id,) and d.user == "ana" and d.hash
    with pytest.raises(InvalidInput) as err:
        store.record_disclosure(case.id, "Court", "hearing", ["identity"], [], [alien.id], SHA)
    assert err.value.field == "consent_ids"
    with pytest.raises(InvalidInput) as err:
        store.record_disclosure(case.id, "Court", "subpoena", ["identity"], [], [], SHA)
    assert err.value.field == "legal_basis"
    compelled = store.record_disclosure(case.id, "DA", "subpoena", ["identity"], [], [], SHA,
                                        legal_basis="Subpoena 26-123")
    assert compelled.prev_hash == d.hash
    with pytest.raises(InvalidInput) as err:
        store.record_disclosure(case.id, "Court", "x", ["identity"], [], [consent.id], "abc")
    assert err.value.field == "packet_sha256"
    assert [x.id for x in store.list_disclosures(case.id)] == [d.id, compelled.id]


def test_record_disclosure_in_transaction_with_other_writes(store, case):
    consent = store.add_consent(case.id, "Court", ["identity"], "hearing", "2026-01-01")
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.record_disclosure(case.id, "Court", "hearing", ["identity"], [], [consent.id], SHA)
            raise RuntimeError("packet could not be written")
    assert count_rows(store, "disclosures") == 0
    with store.transaction():
        store.record_disclosure(case.id, "Court", "hearing", ["identity"], [], [consent.id], SHA)
        store.add_event(case.id, "task", "Tell client", "identity", due="2026-03-02")
    assert count_rows(store, "disclosures") == 1
    assert store.verify_chains() == []
