"""The consent gate: what a recipient may receive, and why the rest is withheld."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from packet_fixtures import COURT, PURPOSE, TODAY, consent, make_records

from exports.consent_gate import WithheldReason
from models.errors import ConsentRefused, InvalidInput
from models.records import Category, Consent, ConsentStatus


def test_plan_packet_includes_only_consented_categories(records):
    plan = records.plan()
    assert set(plan.included) == {Category.IDENTITY, Category.PROTECTIVE_ORDER,
                                  Category.CONTACT_LOCATION}
    withheld = {w.category: w.reason for w in plan.withheld}
    assert withheld[Category.MEDICAL] is WithheldReason.NO_CONSENT
    assert "event:2" in next(w.record_ids for w in plan.withheld if w.category is Category.MEDICAL)
    assert plan.consent_ids == (1,)
    assert {"case:1", "matter:1", "event:1", "event:3", "document:1"} <= set(plan.record_ids)
    assert "event:2" not in plan.record_ids and "document:2" not in plan.record_ids


@pytest.mark.parametrize(
    ("override", "reason"),
    [
        ({"revoked": date(2026, 6, 1)}, WithheldReason.REVOKED),
        ({"revoked": TODAY}, WithheldReason.REVOKED),
        ({"expires": date(2026, 11, 26)}, WithheldReason.EXPIRED),
        ({"recipient": "Family Court"}, WithheldReason.OTHER_RECIPIENT),
        ({"recipient": "Alameda Superior Court clerk"}, WithheldReason.OTHER_RECIPIENT),
        ({"purpose": "Custody hearing"}, WithheldReason.OTHER_PURPOSE),
    ],
)
def test_plan_packet_withheld_reason(override, reason):
    base = consent(1, {Category.IDENTITY})
    fields = {"recipient": COURT, "purpose": PURPOSE, **override}
    medical = consent(2, {Category.MEDICAL}, fields.pop("recipient"), fields.pop("purpose"),
                      **fields)
    plan = make_records([base, medical]).plan()
    assert Category.MEDICAL not in plan.included
    assert {w.category: w.reason for w in plan.withheld}[Category.MEDICAL] is reason
    assert 2 not in plan.consent_ids


def test_plan_packet_expiry_day_itself_is_still_active():
    medical = consent(2, {Category.MEDICAL}, expires=TODAY)
    plan = make_records([medical]).plan()
    assert Category.MEDICAL in plan.included and plan.consent_ids == (2,)


def test_plan_packet_recipient_and_purpose_match_ignores_case_and_spacing(records):
    plan = records.plan(recipient="  alameda   SUPERIOR court ", purpose="dvro Hearing")
    assert Category.PROTECTIVE_ORDER in plan.included


def test_plan_packet_consent_of_another_case_is_ignored(records):
    records.consents = [Consent(9, 2, COURT, frozenset(Category), PURPOSE, date(2026, 1, 1))]
    with pytest.raises(ConsentRefused):
        records.plan()


def test_plan_packet_nothing_included_raises_consent_refused(records):
    with pytest.raises(ConsentRefused):
        records.plan(recipient="Someone else")


def test_plan_packet_without_identity_consent_withholds_identity():
    plan = make_records([consent(1, {Category.PROTECTIVE_ORDER})]).plan()
    assert not plan.identity_included
    assert {w.category for w in plan.withheld} >= {Category.IDENTITY, Category.CONTACT_LOCATION}


@pytest.mark.parametrize("basis", ["", "   "])
def test_plan_packet_compelled_needs_legal_basis(records, basis):
    with pytest.raises(InvalidInput):
        records.plan(compelled_legal_basis=basis)


def test_plan_packet_compelled_includes_everything_and_is_marked(records):
    plan = records.plan(recipient="Nobody consented", compelled_legal_basis="Subpoena 26-SB-9")
    assert plan.compelled and plan.legal_basis == "Subpoena 26-SB-9"
    assert plan.withheld == () and plan.consent_ids == ()
    assert {Category.MEDICAL, Category.SUBSTANCE_USE, Category.IMMIGRATION} <= set(plan.included)
    assert "event:6" not in plan.record_ids  # internal tasks never leave, even when compelled


def test_plan_packet_scope_follows_template(records):
    records.consents = [consent(1, set(Category))]
    court = records.plan("court")
    agency = records.plan("agency")
    assert "goal:1" not in court.record_ids and "goal:1" in agency.record_ids
    assert "referral:1" in agency.record_ids


def test_plan_packet_unknown_kind_is_invalid_input(records):
    with pytest.raises(InvalidInput):
        records.plan("tax")


def test_plan_packet_picks_matter_and_next_hearing(records):
    plan = records.plan()
    assert plan.matter is not None and plan.matter.ref == "M-0001-1"
    assert plan.hearing is not None and plan.hearing.id == 1


_cats = st.frozensets(st.sampled_from(list(Category)), min_size=1)
_consents = st.lists(st.tuples(_cats, st.sampled_from([COURT, "USCIS"]),
                               st.sampled_from([PURPOSE, "T visa"]),
                               st.sampled_from([None, date(2026, 1, 2), date(2026, 12, 31)]),
                               st.sampled_from([None, date(2026, 3, 1), date(2027, 1, 1)])),
                     max_size=5)


@settings(max_examples=60, deadline=None)
@given(_consents)
def test_plan_packet_never_includes_a_category_without_active_consent(specs):
    consents = [consent(i + 1, set(c), r, p, expires=e, revoked=v)
                for i, (c, r, p, e, v) in enumerate(specs)]
    try:
        plan = make_records(consents).plan()
    except ConsentRefused:
        return
    for category in plan.included:
        assert any(category in c.categories and c.recipient == COURT and c.purpose == PURPOSE
                   and c.status(TODAY) is ConsentStatus.ACTIVE and c.id in plan.consent_ids
                   for c in consents)
    assert not set(plan.included) & {w.category for w in plan.withheld}
