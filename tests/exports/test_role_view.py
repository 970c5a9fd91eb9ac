"""What the builder's role may not read is withheld (and said so), consent or compulsion aside."""

from __future__ import annotations

import pytest
from packet_fixtures import (
    ADVOCATE_HIDES,
    COURT,
    NOW,
    all_raw_content,
    consent,
    make_records,
    page_texts,
    sensitive_events,
    with_events,
)

from exports.consent_gate import WithheldReason
from exports.packet import build_packet
from models.errors import ConsentRefused
from models.records import Category

BASE = {Category.IDENTITY, Category.PROTECTIVE_ORDER, Category.CONTACT_LOCATION}
SENSITIVE = {Category.HIV_STI, Category.MENTAL_HEALTH}


def consented_records():
    return with_events(make_records([consent(1, BASE | SENSITIVE)]), *sensitive_events())


def test_plan_packet_role_hidden_categories_are_withheld_even_when_consented():
    plan = consented_records().plan(hidden_by_role=ADVOCATE_HIDES)
    assert not SENSITIVE & set(plan.included)
    withheld = {w.category: w for w in plan.withheld}
    for category in SENSITIVE:
        assert withheld[category].reason is WithheldReason.ROLE_VIEW
        assert withheld[category].note == "not visible to your role — a clinician can add it"
    assert withheld[Category.HIV_STI].record_ids == ("event:20",)
    assert withheld[Category.MENTAL_HEALTH].record_ids == ("event:21",)
    assert "event:20" not in plan.record_ids and "event:21" not in plan.record_ids
    assert Category.PROTECTIVE_ORDER in plan.included and plan.consent_ids == (1,)


def test_plan_packet_without_role_limits_includes_consented_sensitive_records():
    plan = consented_records().plan()
    assert SENSITIVE <= set(plan.included)
    assert all(w.note == "" for w in plan.withheld)


def test_withheld_reason_role_view_text():
    assert WithheldReason.ROLE_VIEW.value == "not visible to your role"


def test_plan_packet_role_is_checked_before_consent():
    # no consent for HIV/STI at all: the reason given is still the role, checked first
    records = with_events(make_records(), *sensitive_events())
    withheld = {w.category: w.reason for w in records.plan(hidden_by_role=ADVOCATE_HIDES).withheld}
    assert withheld[Category.HIV_STI] is WithheldReason.ROLE_VIEW
    assert withheld[Category.MEDICAL] is WithheldReason.NO_CONSENT


def test_plan_packet_compelled_release_still_withholds_by_role():
    plan = consented_records().plan(recipient="District Attorney", hidden_by_role=ADVOCATE_HIDES,
                                    compelled_legal_basis="Subpoena 26-SB-9")
    assert plan.compelled
    assert {w.category for w in plan.withheld} == SENSITIVE
    assert all(w.reason is WithheldReason.ROLE_VIEW for w in plan.withheld)
    assert {Category.MEDICAL, Category.SUBSTANCE_USE, Category.IMMIGRATION} <= set(plan.included)


def test_plan_packet_refusal_names_role_withheld_categories():
    records = with_events(make_records([consent(1, SENSITIVE)]), *sensitive_events())
    with pytest.raises(ConsentRefused) as err:
        records.plan(hidden_by_role=ADVOCATE_HIDES)
    message = str(err.value)
    assert "No active consent" in message and "identity: no consent" in message
    assert "Also withheld, as your role may not read them" in message
    assert "hiv sti (not visible to your role — a clinician can add it)" in message
    assert "mental health" in message
    plan = err.value.plan
    assert {w.category: w.reason for w in plan.withheld}[Category.HIV_STI] is WithheldReason.ROLE_VIEW


def test_plan_packet_refusal_when_the_role_hides_everything_consented():
    records = with_events(make_records([consent(1, SENSITIVE)]), *sensitive_events())
    hides_all = dict.fromkeys(Category, "not visible to your role")
    with pytest.raises(ConsentRefused) as err:
        records.plan(hidden_by_role=hides_all, compelled_legal_basis="Court order 7")
    assert "No active consent" not in str(err.value)
    assert "Your role may not read" in str(err.value) and "identity" in str(err.value)


def test_build_packet_role_withheld_titles_absent_from_pdf():
    records = consented_records()
    plan = records.plan(hidden_by_role=ADVOCATE_HIDES)
    result = build_packet(plan, now=NOW, prepared_by="Ana Advocate", document_bytes=records.blobs)
    text = "".join(page_texts(result.data))
    raw = all_raw_content(result.data)
    for title in ("PrEP review CANARYHIV", "Trauma therapy CANARYMH"):
        assert title not in text
        assert title.split()[-1].encode() not in raw
    assert "DVRO hearing" in text and COURT in text  # positive control
    # and with no role limit, the same consents print them
    open_plan = records.plan()
    open_text = "".join(page_texts(build_packet(open_plan, now=NOW, prepared_by="Clinician",
                                                document_bytes=records.blobs).data))
    assert "PrEP review CANARYHIV" in open_text and "Trauma therapy CANARYMH" in open_text
