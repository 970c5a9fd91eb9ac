"""Store.report_facts on both backends (the vault and a real hub): the narrow facts the
program reports count, read through the store's contract only."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from models import records as r
from models.errors import InvalidInput
from models.store_contract import StoreContract
from tests.models.test_store_contract import MakeStore, make_store  # noqa: F401 (fixture)

NOW = datetime.now(UTC)
TODAY = NOW.date()
LOW, HIGH = TODAY - timedelta(days=40), TODAY + timedelta(days=40)
FACT_CATEGORIES = [r.Category.IDENTITY, r.Category.AGGREGATE_REPORTING]


def _world(store: StoreContract) -> dict[str, int]:
    """Three cases: one consenting with a record of every kind, one without a reporting
    consent, one whose reporting consent was revoked before the period's end."""
    ana = store.add_case("Ana Lucía Pérez", date_of_birth=date(2000, 5, 1), languages=["es", "en"],
                         jurisdiction="CA", interpreter_language="es",
                         notes="canary: a note that never reaches a report")
    bea = store.add_case("Bea", languages=["Spanish"])
    cai = store.add_case("Cai", jurisdiction="NY")
    store.add_consent(ana.id, "Program reports", FACT_CATEGORIES, "Aggregate reporting",
                      TODAY - timedelta(days=10))
    store.add_consent(bea.id, "Clinic", [r.Category.IDENTITY], "Care", TODAY - timedelta(days=10))
    gone = store.add_consent(cai.id, "Program reports", FACT_CATEGORIES, "Aggregate reporting",
                             TODAY - timedelta(days=30))
    store.revoke_consent(gone.id, TODAY)
    start = NOW + timedelta(days=5)
    store.add_event(ana.id, "service_appointment", "Counselling intake", "mental_health",
                    start=start, end=start + timedelta(hours=1), interpreter_needed=True)
    store.add_event(ana.id, "service_appointment", "Counselling", "mental_health",
                    start=start + timedelta(days=7), end=start + timedelta(days=7, hours=1),
                    interpreter_needed=True)
    store.add_event(ana.id, "court_hearing", "Hearing", "protective_order",
                    start=start, end=start + timedelta(hours=1), interpreter_needed=True,
                    interpreter_booked=True, interpreter_language="pt", status="cancelled")
    store.add_referral(ana.id, "Trauma therapy at a named clinic", "Eastbay Clinic",
                       status="made", category="mental_health", opened=TODAY - timedelta(days=3),
                       choice="opted_in")
    first = store.add_screening(ana.id, "phq9", "1", "mental_health",
                                consent_at=NOW - timedelta(days=60),
                                started_at=NOW - timedelta(days=60))
    store.complete_screening(first.id, total=20, band="severe", reason=None,
                             completed_at=NOW - timedelta(days=60))
    later = store.add_screening(ana.id, "phq9", "1", "mental_health",
                                consent_at=NOW - timedelta(days=1),
                                started_at=NOW - timedelta(days=1))
    store.complete_screening(later.id, total=8, band="mild", reason=None,
                             completed_at=NOW - timedelta(days=1))
    goal = store.add_goal(ana.id, "Own room", domain="housing")
    store.set_goal_status(goal.id, "achieved")
    store.add_trigger(ana.id, "i914_filed", "B-T-APPLY", TODAY - timedelta(days=2))
    store.record_housing(ana.id, "emergency_shelter", on=NOW - timedelta(days=5))
    store.record_housing(ana.id, "stable", on=NOW - timedelta(days=1))
    store.save_safety_plan(ana.id, review_on=TODAY + timedelta(days=60))
    store.add_feedback("program", TODAY, satisfaction=4, felt_safe="yes", language="es")
    return {"ana": ana.id, "bea": bea.id, "cai": cai.id}


def test_report_facts_reads_every_kind_of_fact(make_store: MakeStore) -> None:  # noqa: F811
    store = make_store()
    ids = _world(store)
    facts = store.report_facts(LOW, HIGH)
    assert (facts.period_from, facts.period_to) == (LOW, HIGH)
    cases = {c.case_id: c for c in facts.cases}
    assert set(cases) == set(ids.values())
    ana = cases[ids["ana"]]
    assert ana == r.CaseFacts(case_id=ids["ana"], created=TODAY, consented=True, active=True,
                              date_of_birth=date(2000, 5, 1), language="es", jurisdiction="CA",
                              housing="stable", safety_plan=True,
                              safety_review_on=TODAY + timedelta(days=60))
    assert not cases[ids["bea"]].consented and cases[ids["bea"]].language == "Spanish"
    assert not cases[ids["cai"]].consented  # revoked on the day: not active on period_to
    (referral,) = facts.referrals
    assert (referral.case_id, referral.service_type, referral.status, referral.opened) == (
        ids["ana"], "mental_health", "made", TODAY - timedelta(days=3))
    assert [s for s, _ in referral.history] == ["made"]
    assert [(s.instrument_id, s.total) for s in facts.screenings] == [("phq9", 20), ("phq9", 8)]
    (goal,) = facts.goals
    assert (goal.domain, goal.status, goal.since) == ("housing", "achieved", TODAY)
    assert facts.legal == (r.LegalFacts(ids["ana"], "i914_filed", TODAY - timedelta(days=2)),)
    # the cancelled hearing is not a need; the appointment names no language: the case's
    # (alike events may come back as one fact with their count: on the vault they do)
    assert sum(e.events for e in facts.interpreter) == 2
    assert {(e.case_id, e.language, e.booked) for e in facts.interpreter} == {
        (ids["ana"], "es", False)}
    assert [c for c, _ in facts.service_appointments] == [ids["ana"]] * 2
    assert [(fb.satisfaction, fb.felt_safe) for fb in facts.feedback] == [(4, "yes")]


def test_report_facts_period_edges(make_store: MakeStore) -> None:  # noqa: F811
    """A case opened on period_to is in; records after it are not; a period before the
    case was opened has no case at all."""
    store = make_store()
    ids = _world(store)
    on_the_day = store.report_facts(TODAY - timedelta(days=1), TODAY)
    assert {c.case_id for c in on_the_day.cases} == set(ids.values())
    assert not on_the_day.legal and not on_the_day.interpreter  # both outside the two days
    assert [s.total for s in on_the_day.screenings] == [20, 8]
    before = store.report_facts(TODAY - timedelta(days=90), TODAY - timedelta(days=2))
    assert before.cases == () and before.referrals[0].history == ()
    assert [s.total for s in before.screenings] == [20]


def test_report_facts_refuses_a_reversed_period(make_store: MakeStore) -> None:  # noqa: F811
    store = make_store()
    with pytest.raises(InvalidInput, match="period_to"):
        store.report_facts(HIGH, LOW)
    with pytest.raises(InvalidInput, match="period_from"):
        store.report_facts("2026-13-01", HIGH)


def test_report_facts_hold_no_names_or_notes(make_store: MakeStore) -> None:  # noqa: F811
    store = make_store()
    _world(store)
    text = repr(store.report_facts(LOW, HIGH))
    for secret in ("Ana", "Lucía", "canary", "Trauma therapy", "Eastbay", "Counselling",
                   "Program reports"):
        assert secret not in text


def test_report_facts_alike_needs_stay_within_their_month(make_store: MakeStore) -> None:  # noqa: F811
    """A trend counts interpreter needs by quarter or month: alike needs of a case (same
    language and booking) are one fact per month, dated within it, never one for the period."""
    store = make_store()
    case = store.add_case("Dana", interpreter_language="vi")
    days = [datetime(2026, 1, 12, 15, tzinfo=UTC), datetime(2026, 1, 26, 15, tzinfo=UTC),
            datetime(2026, 4, 6, 15, tzinfo=UTC)]
    for at in days:
        store.add_event(case.id, "court_hearing", "Hearing", "protective_order", start=at,
                        end=at + timedelta(hours=1), interpreter_needed=True)
    facts = store.report_facts(date(2026, 1, 1), date(2026, 6, 30))
    found = sorted((f.day.month, f.events) for f in facts.interpreter if f.case_id == case.id)
    assert found == ([(1, 1), (1, 1), (4, 1)] if len(found) == 3 else [(1, 2), (4, 1)])
    assert all(f.day.month in (1, 4) for f in facts.interpreter)
