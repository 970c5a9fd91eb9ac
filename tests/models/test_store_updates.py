"""Store: updates and deletes of matters, consents and contacts; each audited once."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import create_engine, event

from models.errors import InvalidInput, NotFound
from models.records import Category, ContactKind, MatterKind
from models.rows import Base
from models.store import Store

SHA = "b" * 64


@pytest.fixture
def store() -> Store:
    engine = create_engine("sqlite://")
    event.listen(engine, "connect", lambda conn, _rec: conn.execute("PRAGMA foreign_keys=ON"))
    Base.metadata.create_all(engine)
    return Store(engine, "ana")


@pytest.fixture
def case(store):
    return store.add_case("Ana")


def last_audit(store: Store) -> tuple[str, str, int | None, int | None]:
    entry = store.list_audit()[-1]
    return entry.action, entry.entity, entry.entity_id, entry.case_id


def test_update_matter_changes_fields_keeps_ref_and_audits(store, case):
    matter = store.add_matter(case.id, "immigration", court="EOIR")
    updated = store.update_matter(matter.id, kind="civil", case_number="A-1", court=None)
    assert (updated.ref, updated.kind, updated.case_number, updated.court) == (
        matter.ref, MatterKind.CIVIL, "A-1", None)
    assert store.list_matters(case.id) == [updated]
    assert last_audit(store) == ("matter.update", "matters", matter.id, case.id)


@pytest.mark.parametrize("fields, field", [({"kind": "divorce"}, "kind"), ({"ref": "M-9"}, "ref")])
def test_update_matter_rejects_and_writes_nothing(store, case, fields, field):
    matter = store.add_matter(case.id, "immigration")
    before = len(store.list_audit())
    with pytest.raises(InvalidInput) as err:
        store.update_matter(matter.id, **fields)
    assert err.value.field == field
    assert store.list_matters(case.id) == [matter] and len(store.list_audit()) == before


def test_delete_matter_unlinks_events(store, case):
    matter = store.add_matter(case.id, "criminal")
    hearing = store.add_event(case.id, "legal_deadline", "File", "criminal_case",
                              due="2026-04-01", matter_id=matter.id)
    store.delete_matter(matter.id)
    assert store.list_matters(case.id) == []
    assert store.get_event(hearing.id).matter_id is None
    assert last_audit(store) == ("matter.delete", "matters", matter.id, case.id)
    with pytest.raises(NotFound):
        store.delete_matter(matter.id)


def test_update_consent_corrects_terms_and_checks_dates(store, case):
    consent = store.add_consent(case.id, "Clinic", ["medical"], "care", "2026-01-10")
    updated = store.update_consent(consent.id, categories=["medical", "hiv_sti"],
                                   expires="2026-12-31", notes="signed copy on file")
    assert updated.categories == frozenset({Category.MEDICAL, Category.HIV_STI})
    assert updated.expires == date(2026, 12, 31)
    assert last_audit(store) == ("consent.update", "consents", consent.id, case.id)
    with pytest.raises(InvalidInput) as err:
        store.update_consent(consent.id, granted="2027-01-01")
    assert err.value.field == "granted"
    assert store.list_consents(case.id) == [updated]


def test_update_consent_after_revocation_only_notes(store, case):
    consent = store.add_consent(case.id, "Court", ["identity"], "hearing", "2026-01-01")
    store.revoke_consent(consent.id, "2026-02-01")
    noted = store.update_consent(consent.id, notes="revoked by phone, confirmed in writing")
    assert noted.notes and noted.revoked == date(2026, 2, 1)
    for fields in ({"expires": "2026-06-01"}, {"recipient": "Other court"},
                   {"notes": "x", "categories": ["medical"]}):
        with pytest.raises(InvalidInput, match="revoked consent"):
            store.update_consent(consent.id, **fields)
    with pytest.raises(InvalidInput) as err:
        store.update_consent(consent.id, revoked=None)  # no un-revoking
    assert err.value.field == "revoked"
    assert store.list_consents(case.id) == [noted]


def test_update_consent_terms_frozen_once_disclosed(store, case):
    consent = store.add_consent(case.id, "USCIS", ["immigration"], "T visa", "2026-01-01")
    store.record_disclosure(case.id, "USCIS", "T visa", ["immigration"], ["E1"], [consent.id], SHA)
    with pytest.raises(InvalidInput) as err:
        store.update_consent(consent.id, recipient="ICE")
    assert err.value.field == "recipient"
    assert store.update_consent(consent.id, expires="2027-01-01").expires == date(2027, 1, 1)


def test_update_and_delete_contact(store, case):
    shared = store.add_contact("interpreter", "Lan Tran", language="vi")
    own = store.add_contact("attorney", "R. Ortiz", case_id=case.id)
    updated = store.update_contact(shared.id, phone="+1 555 0100", kind="clinician")
    assert (updated.phone, updated.kind, updated.case_id) == ("+1 555 0100", ContactKind.CLINICIAN, None)
    assert last_audit(store) == ("contact.update", "contacts", shared.id, None)
    with pytest.raises(InvalidInput) as err:
        store.update_contact(own.id, case_id=None)
    assert err.value.field == "case_id"
    with pytest.raises(InvalidInput) as err:
        store.update_contact(own.id, name=" ")
    assert err.value.field == "name"
    store.delete_contact(own.id)
    assert store.list_contacts(case.id) == [updated]
    assert last_audit(store) == ("contact.delete", "contacts", own.id, case.id)
    assert store.verify_chains() == []
