"""The packet steps: the role limit and the recorded recipient reach the PDF and the disclosure."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import date

from packet_fixtures import (
    ADVOCATE_HIDES,
    COURT,
    NOW,
    PURPOSE,
    TODAY,
    consent,
    make_records,
    page_texts,
    sensitive_events,
    with_events,
)

from exports.consent_gate import WithheldReason
from exports.packet_job import CaseRecords, PacketRequest, generate, plan_for
from models.records import Category

SENSITIVE = {Category.HIV_STI, Category.MENTAL_HEALTH}


@dataclass
class Disclosure:
    id: int


@dataclass
class FakeStore:
    """The store calls the packet job makes, kept in memory."""

    blobs: dict[int, bytes]
    disclosures: list[tuple] = field(default_factory=list)
    events: list[tuple] = field(default_factory=list)

    def document_bytes(self, doc_id: int) -> bytes:
        return self.blobs[doc_id]

    @contextlib.contextmanager
    def transaction(self):
        yield

    def record_disclosure(self, case_id, recipient, purpose, categories, record_ids, consent_ids,
                          sha256, legal_basis=None):
        self.disclosures.append((case_id, recipient, purpose, tuple(categories),
                                 tuple(record_ids), tuple(consent_ids), sha256, legal_basis))
        return Disclosure(len(self.disclosures))

    def add_event(self, *args, **kwargs):
        self.events.append((args, kwargs))


def case_records(records) -> CaseRecords:
    return CaseRecords(records.case, tuple(records.consents), tuple(records.events),
                       tuple(records.matters), tuple(records.documents), tuple(records.goals),
                       tuple(records.referrals))


def sensitive_records():
    base = {Category.IDENTITY, Category.PROTECTIVE_ORDER, Category.CONTACT_LOCATION}
    return with_events(make_records([consent(1, base | SENSITIVE)]), *sensitive_events())


def test_plan_for_passes_the_role_limit_to_the_gate():
    records = case_records(sensitive_records())
    request = PacketRequest("court", COURT, PURPOSE)
    plan = plan_for(records, request, TODAY, hidden_by_role=ADVOCATE_HIDES)
    assert {w.category for w in plan.withheld if w.reason is WithheldReason.ROLE_VIEW} == SENSITIVE
    assert SENSITIVE <= set(plan_for(records, request, TODAY).included)


def test_generate_withholds_by_role_and_records_the_consent_spelling(tmp_path):
    raw = sensitive_records()
    store = FakeStore(raw.blobs)
    request = PacketRequest("court", "  alameda superior COURT ", "dvro hearing")
    outcome = generate(store, case_records(raw), request, tmp_path, today=TODAY, now=NOW,
                       prepared_by="Ana Advocate", hidden_by_role=ADVOCATE_HIDES)
    text = "".join(page_texts(outcome.data))
    assert "CANARYHIV" not in text and "CANARYMH" not in text
    assert ("hiv_sti", "not visible to your role") in outcome.withheld
    (_case, recipient, _purpose, categories, record_ids, consent_ids, sha, _basis), = \
        store.disclosures
    assert recipient == COURT and sha == outcome.sha256 and consent_ids == (1,)
    assert not SENSITIVE & set(categories) and "event:20" not in record_ids
    assert f"Prepared for {COURT}" in " ".join(page_texts(outcome.data)[0].split())


def test_plan_packet_recipient_is_the_consents_spelling():
    records = make_records()
    plan = records.plan(recipient="  alameda   SUPERIOR court ")
    assert plan.recipient == COURT
    cover = " ".join(page_texts(_build(records, plan))[0].split())
    assert f"Prepared for {COURT}" in cover and "alameda SUPERIOR" not in cover


def test_plan_packet_recipient_comes_from_the_first_releasing_consent_by_id():
    records = make_records([
        consent(3, {Category.IDENTITY}, recipient="Alameda Superior Court"),
        consent(2, {Category.PROTECTIVE_ORDER}, recipient="ALAMEDA superior Court"),
        # not releasing (revoked): its spelling is never used
        consent(1, {Category.MEDICAL}, recipient="alameda superior court",
                revoked=date(2026, 6, 1)),
    ])
    plan = records.plan(recipient="Alameda superior court")
    assert plan.consent_ids == (2, 3) and plan.recipient == "ALAMEDA superior Court"


def test_plan_packet_compelled_recipient_is_as_typed():
    plan = make_records().plan(recipient="  District Attorney ",
                               compelled_legal_basis="Subpoena 26-SB-9")
    assert plan.recipient == "District Attorney"


def _build(records, plan) -> bytes:
    from exports.packet import build_packet

    return build_packet(plan, now=NOW, prepared_by="Ana Advocate",
                        document_bytes=records.blobs).data


def test_render_passes_profile_certificate_and_closures_to_the_packet():
    from exports.packet_job import render
    from models.records import Closure, ClosureReason, StaffProfile

    raw = make_records()
    store = FakeStore(raw.blobs)
    request = PacketRequest("court", COURT, PURPOSE, signature_line=True,
                            served_on="Counsel for respondent", service_method="hand")
    profile = StaffProfile("zlogin7", "Ana María Reyes", "Staff attorney", "Bay Legal")
    closures = [Closure(1, date(2026, 12, 10), "*", ClosureReason.INACCESSIBLE)]
    result = render(store, raw.plan(), request, now=NOW, prepared_by="zlogin7",
                    prepared_by_profile=profile, closures=closures)
    text = " ".join(" ".join(page_texts(result.data)).split())
    assert "Prepared by Ana María Reyes, Staff attorney, Bay Legal" in text
    assert "on Counsel for respondent by personal delivery." in text
    assert "Court closed that day" in text and "zlogin7" not in text
    role_only = render(store, raw.plan(), PacketRequest("court", COURT, PURPOSE), now=NOW,
                       prepared_by="zlogin7", prepared_by_role="advocate")
    assert "Prepared by Legal advocate" in " ".join(page_texts(role_only.data)[0].split())
