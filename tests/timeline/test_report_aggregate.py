"""timeline.reports.aggregate.tabulate over hand-built facts: exact counts for every measure,
the reporting-consent filter and left_out_cases, period edges, age bands at period end."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.errors import InvalidInput
from models.records import (
    CaseFacts,
    Feedback,
    GoalFacts,
    InterpreterFacts,
    LegalFacts,
    ReferralFacts,
    ReportFacts,
    ScreeningFacts,
)
from timeline.reports.aggregate import Tabulated, reached_days, tabulate
from timeline.reports.model import Table
from timeline.reports.templates import TableSpec, template, templates

LOW, HIGH = date(2026, 1, 1), date(2026, 3, 31)
PROGRAM = template("program")


def case(case_id: int, **fields: object) -> CaseFacts:
    base: dict[str, object] = {"case_id": case_id, "created": date(2025, 6, 1),
                               "consented": True, "active": True}
    base.update(fields)
    return CaseFacts(**base)  # type: ignore[arg-type]


def run(*cases: CaseFacts, **parts: object) -> Tabulated:
    facts = ReportFacts(LOW, HIGH, cases=cases, **parts)  # type: ignore[arg-type]
    return tabulate(PROGRAM, facts, LOW, HIGH)


def table(result: Tabulated, table_id: str) -> Table:
    return next(t for t in result.tables if t.id == table_id)


def cell(t: Table, row: str, column: str | None = None) -> int:
    return t.cells[t.rows.index(row)][t.columns.index(column) if column else 0]


def stat(result: Tabulated, stat_id: str) -> tuple[float | None, int | None]:
    s = next(s for s in result.statistics if s.id == stat_id)
    return s.value, s.n


# --- consent for reporting ------------------------------------------------------------------

def test_tabulate_counts_only_consented_cases_and_says_how_many_were_left_out() -> None:
    result = run(case(1, language="es"), case(2, language="es", consented=False),
                 case(3, consented=False, active=False),  # would not count anyway
                 case(4, consented=True, active=False))  # consented, nothing in the period
    assert (result.counted_cases, result.left_out_cases) == (1, 1)
    active = table(result, "active_by_language")
    assert cell(active, "Spanish") == 1 and active.total == 1


def test_tabulate_leaves_out_the_records_of_cases_without_consent() -> None:
    refs = (ReferralFacts(1, "mental_health", "made", opened=date(2026, 2, 1)),
            ReferralFacts(2, "mental_health", "made", opened=date(2026, 2, 1)))
    result = run(case(1), case(2, consented=False), referrals=refs,
                 legal=(LegalFacts(2, "i914_filed", date(2026, 2, 2)),))
    assert cell(table(result, "referrals_by_service"), "Mental health", "Made") == 1
    assert table(result, "legal_milestones").total == 0


def test_tabulate_counts_a_case_opened_in_the_period_without_other_activity() -> None:
    result = run(case(1, created=LOW, active=False), case(2, created=LOW, active=False,
                                                          consented=False))
    assert (result.counted_cases, result.left_out_cases) == (1, 1)
    assert table(result, "active_by_age").total == 1


# --- new intakes and period edges -----------------------------------------------------------

@pytest.mark.parametrize(("created", "counted"), [
    (LOW - timedelta(days=1), False), (LOW, True), (HIGH, True), (HIGH + timedelta(days=1), False),
])
def test_tabulate_new_intakes_period_edges(created: date, counted: bool) -> None:
    result = run(case(1, created=created, language="en"))
    assert table(result, "new_intakes_by_language").total == int(counted)


def test_tabulate_a_case_opened_after_the_period_is_not_counted_at_all() -> None:
    result = run(case(1, created=HIGH + timedelta(days=1)))
    assert (result.counted_cases, result.left_out_cases) == (0, 0)


@pytest.mark.parametrize(("birth", "band"), [
    (date(2008, 3, 31), "18–24"),  # eighteen on the period's last day
    (date(2008, 4, 1), "0–17"),  # eighteen the day after
    (date(2008, 2, 29), "18–24"),  # a leap-day birth: eighteen by 2026-03-31
    (date(2001, 3, 31), "25–34"),
    (date(1976, 4, 1), "35–49"),
    (date(1976, 3, 31), "50+"),
    (None, "Not recorded"),
])
def test_tabulate_age_band_is_the_age_on_the_period_end(birth: date | None, band: str) -> None:
    result = run(case(1, date_of_birth=birth))
    ages = table(result, "active_by_age")
    assert cell(ages, band) == 1 and ages.total == 1


def test_tabulate_languages_are_fixed_labels_never_the_recorded_text() -> None:
    result = run(case(1, language="ES"), case(2, language="Spanish"), case(3, language="pt-BR"),
                 case(4, language="Tigrinya"), case(5, language=None))
    t = table(result, "active_by_language")
    assert (cell(t, "Spanish"), cell(t, "Portuguese"), cell(t, "Other"),
            cell(t, "Not recorded")) == (2, 1, 1, 1)
    assert "Tigrinya" not in t.rows and "ES" not in t.rows


def test_tabulate_jurisdiction_by_state() -> None:
    result = run(case(1, created=LOW, jurisdiction="federal-CA"),
                 case(2, created=LOW, jurisdiction="CA"), case(3, created=LOW, jurisdiction="WA"),
                 case(4, created=LOW, jurisdiction="federal"))
    t = table(result, "new_intakes_by_jurisdiction")
    assert (cell(t, "California"), cell(t, "Other"), cell(t, "Federal (no state given)")) == (2, 1, 1)


# --- referrals ------------------------------------------------------------------------------

def test_reached_days_uses_the_days_a_person_entered() -> None:
    ref = ReferralFacts(1, "housing_benefits", "completed", opened=date(2026, 1, 5),
                        updated=date(2026, 3, 2),
                        history=(("proposed", date(2026, 1, 20)), ("made", date(2026, 1, 21)),
                                 ("accepted", date(2026, 2, 1)), ("completed", date(2026, 3, 9))))
    assert reached_days(ref) == {"made": date(2026, 1, 21), "accepted": date(2026, 2, 1),
                                 "in_progress": date(2026, 3, 2), "completed": date(2026, 3, 2)}


def test_reached_days_a_later_step_implies_the_skipped_ones() -> None:
    ref = ReferralFacts(1, "medical", "accepted", opened=date(2026, 2, 3),
                        history=(("accepted", date(2026, 3, 30)),))
    assert reached_days(ref) == {"made": date(2026, 2, 3), "accepted": date(2026, 2, 3)}
    assert reached_days(ReferralFacts(1, "medical", "made")) == {}


def test_tabulate_referral_steps_by_service_type_and_days_to_first_appointment() -> None:
    refs = (
        ReferralFacts(1, "mental_health", "accepted", opened=date(2026, 1, 10),
                      history=(("made", date(2026, 1, 11)), ("accepted", date(2026, 2, 1)))),
        ReferralFacts(2, "mental_health", "made", opened=date(2026, 3, 1),
                      history=(("made", date(2026, 3, 1)),)),
        ReferralFacts(3, "hiv_sti", "completed", opened=date(2025, 12, 1),
                      history=(("made", date(2025, 12, 1)), ("completed", date(2026, 3, 31)))),
        ReferralFacts(3, "substance_use", "made", opened=date(2026, 4, 1),
                      history=(("made", date(2026, 4, 1)),)),  # after the period
    )
    appointments = ((1, date(2026, 1, 5)), (1, date(2026, 1, 24)), (2, date(2026, 3, 4)),
                    (3, date(2026, 2, 1)))
    result = run(case(1), case(2), case(3), referrals=refs, service_appointments=appointments)
    t = table(result, "referrals_by_service")
    assert cell(t, "Mental health", "Made") == 2
    assert cell(t, "Mental health", "Accepted") == 1
    assert cell(t, "Medical", "Completed") == 1 and cell(t, "Medical", "Made") == 0
    assert cell(t, "Substance use", "Made") == 0 and t.total == 5
    # made on 01-10 (opening day) -> first appointment on or after it 01-24: 14 days; 3 days
    assert stat(result, "days_to_first_appointment") == (8.5, 2)


# --- screenings -----------------------------------------------------------------------------

def test_tabulate_screenings_completed_and_meaningful_change_per_instrument() -> None:
    s = ScreeningFacts
    screenings = (
        s(1, "phq9", date(2025, 11, 1), 20), s(1, "phq9", date(2026, 2, 1), 12),
        s(1, "phq9", date(2026, 3, 1), 8),  # 20 -> 8: improved (5 points)
        s(2, "phq9", date(2026, 1, 2), 10), s(2, "phq9", date(2026, 2, 2), 7),  # 3: unchanged
        s(3, "pcl5", date(2026, 1, 3), 30), s(3, "pcl5", date(2026, 3, 3), 41),  # worsened
        s(4, "gad7", date(2026, 2, 4), 15),  # a baseline only
        s(5, "gad7", date(2025, 1, 1), 15), s(5, "gad7", date(2025, 6, 1), 3),  # before it
        s(6, "ahtst", date(2026, 1, 6), 2), s(6, "ahtst", date(2026, 2, 6), 5),  # a screen
        s(7, "phq9", date(2026, 1, 7), None), s(7, "phq9", date(2026, 2, 7), 9),  # unscored
    )
    result = run(*(case(i) for i in range(1, 8)), screenings=screenings)
    done = table(result, "screenings_by_instrument")
    assert (cell(done, "PHQ-9 (depression)"), cell(done, "PCL-5 (post-traumatic stress)"),
            cell(done, "GAD-7 (anxiety)"), cell(done, "AHTST (trafficking screen)")) == (6, 2, 1, 2)
    change = table(result, "screening_change")
    assert cell(change, "PHQ-9 (depression)", "Meaningful improvement") == 1
    assert cell(change, "PHQ-9 (depression)", "No meaningful change") == 1
    assert cell(change, "PCL-5 (post-traumatic stress)", "Meaningful worsening") == 1
    assert change.total == 3
    assert stat(result, "improved_share.phq9") == (50.0, 2)
    assert stat(result, "improved_share.gad7") == (None, 0)


# --- safety plans, goals, legal, interpreter, housing -----------------------------------------

def test_tabulate_safety_plans_current_on_the_period_end() -> None:
    result = run(case(1, safety_plan=True, safety_review_on=HIGH),
                 case(2, safety_plan=True, safety_review_on=HIGH - timedelta(days=1)),
                 case(3, safety_plan=True), case(4))
    t = table(result, "safety_plans")
    assert [cell(t, r) for r in t.rows] == [1, 1, 1, 1]
    assert t.population == table(result, "active_by_language").population
    assert t.total == table(result, "active_by_language").total == 4


def test_tabulate_goals_met_in_the_period_by_domain() -> None:
    goals = (GoalFacts(1, "housing", "achieved", date(2025, 9, 1), date(2026, 2, 1)),
             GoalFacts(1, "housing", "achieved", date(2025, 9, 1), date(2025, 12, 31)),
             GoalFacts(1, "legal", "open", date(2026, 3, 31)),
             GoalFacts(1, "legal", "open", date(2026, 4, 1)),  # set after the period
             GoalFacts(1, None, "dropped", date(2026, 1, 1), date(2026, 2, 1)))
    t = table(run(case(1), goals=goals), "goals_by_domain")
    assert cell(t, "Housing", "Met in the period") == 1
    assert cell(t, "Legal", "Still open") == 1 and t.total == 2


def test_tabulate_legal_milestones_from_trigger_types() -> None:
    legal = (LegalFacts(1, "i914_filed", LOW), LegalFacts(1, "t_approval", HIGH),
             LegalFacts(1, "po_granted", date(2026, 2, 1)),
             LegalFacts(1, "rfe_issued", date(2026, 2, 1)),  # not a milestone
             LegalFacts(1, "u_approval", HIGH + timedelta(days=1)))
    t = table(run(case(1), legal=legal), "legal_milestones")
    assert cell(t, "T visa application filed (I-914)") == 1
    assert cell(t, "T visa approved") == 1
    assert cell(t, "Protective order granted after hearing") == 1
    assert cell(t, "U visa approved") == 0 and t.total == 3


def test_tabulate_interpreter_needs_against_bookings_by_language() -> None:
    needs = (InterpreterFacts(1, LOW, "es", True), InterpreterFacts(1, HIGH, "es", False, 2),
             InterpreterFacts(1, date(2026, 2, 1), "ti", False),
             InterpreterFacts(1, date(2026, 2, 1), None, True),
             InterpreterFacts(1, HIGH + timedelta(days=1), "es", False))
    result = run(case(1), interpreter=needs)
    t = table(result, "interpreter_by_language")
    assert (cell(t, "Spanish", "Booked"), cell(t, "Spanish", "Not booked")) == (1, 2)
    assert cell(t, "Other", "Not booked") == 1 and cell(t, "Not recorded", "Booked") == 1
    assert stat(result, "interpreter_booked_share") == (40.0, 5)


def _totals(needs: tuple[InterpreterFacts, ...], counted: set[int]) -> tuple[InterpreterFacts, ...]:
    """``needs`` as Store.report_facts(needs_by_case=False) gives them: the counted cases'
    needs summed per month, language and booking (case_id None)."""
    sums: dict[tuple[int, int, str | None, bool], InterpreterFacts] = {}
    for e in needs:
        if e.case_id in counted:
            key = (e.day.year, e.day.month, e.language, e.booked)
            old = sums.get(key)
            sums[key] = InterpreterFacts(None, min(old.day, e.day) if old else e.day,
                                         e.language, e.booked, e.events + (old.events if old else 0))
    return tuple(sums.values())


NEEDS = (InterpreterFacts(1, LOW, "es", True), InterpreterFacts(1, HIGH, "es", False, 2),
         InterpreterFacts(2, date(2026, 2, 1), "ti", False),
         InterpreterFacts(2, date(2026, 2, 3), "ti", False, 3),
         InterpreterFacts(3, date(2026, 2, 1), "es", True, 20),  # not consenting
         InterpreterFacts(1, date(2026, 2, 1), None, True),
         InterpreterFacts(1, HIGH + timedelta(days=1), "es", False))


@pytest.mark.parametrize("tpl", templates(), ids=lambda t: t.id)
def test_tabulate_interpreter_totals_give_the_tables_of_the_needs_by_case(tpl) -> None:
    """Every shipped template reads the needs as totals (needs_by_case false) and publishes
    exactly the tables and statistics it would from the needs of each case."""
    from workbench.operations.reports import needs_by_case

    assert not needs_by_case(tpl)
    cases = (case(1), case(2), case(3, consented=False))
    by_case = tabulate(tpl, ReportFacts(LOW, HIGH, cases=cases, interpreter=NEEDS), LOW, HIGH)
    totals = tabulate(tpl, ReportFacts(LOW, HIGH, cases=cases,
                                       interpreter=_totals(NEEDS, {1, 2})), LOW, HIGH)
    assert totals.tables == by_case.tables and totals.statistics == by_case.statistics
    assert any(t.total for t in totals.tables if t.measure_id == "interpreter")


def test_tabulate_refuses_totals_where_a_table_breaks_needs_down_by_case() -> None:
    from workbench.operations.reports import needs_by_case

    spec = TableSpec("needs_by_state", "Needs by state", "interpreter", "jurisdiction", "booking")
    tpl = replace(PROGRAM, tables=(*PROGRAM.tables, spec))
    assert needs_by_case(tpl)
    facts = ReportFacts(LOW, HIGH, cases=(case(1, jurisdiction="CA"),),
                        interpreter=_totals(NEEDS, {1}))
    with pytest.raises(ValueError, match="by jurisdiction"):
        tabulate(tpl, facts, LOW, HIGH)
    by_case = tabulate(tpl, ReportFacts(LOW, HIGH, cases=facts.cases, interpreter=NEEDS),
                       LOW, HIGH)
    assert table(by_case, "needs_by_state").total == 4  # case 1's needs in the period


def test_tabulate_housing_at_period_end() -> None:
    t = table(run(case(1, housing="stable"), case(2, housing="emergency_shelter"), case(3)),
              "housing")
    assert (cell(t, "Stable housing"), cell(t, "Emergency shelter"), cell(t, "Not recorded")) == (
        1, 1, 1)


# --- feedback -------------------------------------------------------------------------------

def test_tabulate_feedback_of_the_periods_months() -> None:
    forms = (Feedback(1, "p", "2026-01", "es", 5, "yes", 4), Feedback(2, "p", "2026-03", None, 3,
                                                                      "no", None),
             Feedback(3, "p", "2026-02", "en", None, None, 2),
             Feedback(4, "p", "2026-04", "en", 1, "no", 1))  # after the period
    result = run(feedback=forms)
    sat = table(result, "feedback_satisfaction")
    assert cell(sat, "5", "Yes") == 1 and cell(sat, "3", "No") == 1
    assert cell(sat, "Not answered", "Not answered") == 1 and sat.total == 3
    assert table(result, "feedback_listened").total == 3
    assert stat(result, "mean_satisfaction") == (4.0, 2)
    assert stat(result, "mean_felt_listened") == (3.0, 2)
    assert stat(result, "felt_safe_share") == (50.0, 2)
    assert result.left_out_cases == 0  # feedback has no case: nothing to leave out


# --- the whole template ---------------------------------------------------------------------

def test_tabulate_refuses_a_reversed_period() -> None:
    with pytest.raises(InvalidInput, match="before its start"):
        tabulate(PROGRAM, ReportFacts(LOW, HIGH), HIGH, LOW)


def test_tabulate_definitions_cover_every_measure_with_the_funder_question() -> None:
    funder = template("ovc_tims")
    result = tabulate(funder, ReportFacts(LOW, HIGH), LOW, HIGH)
    assert [d.measure_id for d in result.definitions] == list(funder.measures)
    served = next(d for d in result.definitions if d.measure_id == "active_cases")
    assert "TIMS" in served.source and served.category == "identity"


_days = st.dates(date(2025, 10, 1), date(2026, 5, 1))
_cases = st.builds(
    CaseFacts, case_id=st.integers(1, 30), created=_days, consented=st.booleans(),
    active=st.booleans(), date_of_birth=st.none() | st.dates(date(1950, 1, 1), date(2020, 1, 1)),
    language=st.sampled_from([None, "es", "en", "zz"]),
    jurisdiction=st.sampled_from([None, "CA", "NY", "WA"]),
    housing=st.sampled_from([None, "stable", "unsheltered"]), safety_plan=st.booleans(),
    safety_review_on=st.none() | _days)


@settings(max_examples=60, deadline=None)
@given(st.lists(_cases, max_size=30, unique_by=lambda c: c.case_id))
def test_tabulate_tables_of_one_population_share_their_total(cases: list[CaseFacts]) -> None:
    """Disclosure control treats the grand totals of one population as one number: every
    table of a population must count the same units."""
    for t in templates():
        result = tabulate(t, ReportFacts(LOW, HIGH, cases=tuple(cases)), LOW, HIGH)
        totals: dict[str, set[int]] = {}
        for tab in result.tables:
            totals.setdefault(tab.population, set()).add(tab.total)
            assert len(tab.cells) == len(tab.rows)
            assert all(len(row) == len(tab.columns) for row in tab.cells)
        assert all(len(v) == 1 for v in totals.values()), totals
        scope = [c for c in cases if c.created <= HIGH and (c.active or c.created >= LOW)]
        assert result.counted_cases == sum(c.consented for c in scope)
        assert result.left_out_cases == sum(not c.consented for c in scope)


def test_tabulate_a_case_without_consent_changes_no_count() -> None:
    """Withdrawing one case's reporting consent moves it from every count to left_out."""
    facts = [case(1, language="es", housing="stable"), case(2, language="en")]
    with_both = run(*facts)
    without = run(facts[0], replace(facts[1], consented=False))
    assert table(with_both, "active_by_language").total == 2
    assert table(without, "active_by_language").total == 1
    assert (without.counted_cases, without.left_out_cases) == (1, 1)


# --- trends: the template's periods as a dimension ------------------------------------------

def test_tabulate_trend_rows_are_the_quarters_of_the_report() -> None:
    low, high = date(2025, 7, 1), date(2026, 6, 30)
    cases = (case(1, created=date(2025, 7, 1)), case(2, created=date(2025, 9, 30)),
             case(3, created=date(2026, 2, 14)), case(4, created=date(2026, 6, 30)),
             case(5, created=date(2026, 7, 1)))  # after the period: not an intake of it
    refs = (ReferralFacts(1, "medical", "accepted", opened=date(2025, 8, 1),
                          history=(("made", date(2025, 8, 1)), ("accepted", date(2025, 10, 2)))),)
    needs = (InterpreterFacts(1, date(2026, 4, 3), "es", False, 3),
             InterpreterFacts(2, date(2026, 5, 3), "es", True, 2))
    forms = (Feedback(0, "Program", "2026-01", "es", 4, "yes", 5),)
    facts = ReportFacts(low, high, cases=cases, referrals=refs, interpreter=needs,
                        feedback=forms)
    result = tabulate(PROGRAM, facts, low, high)
    intakes = table(result, "new_intakes_by_quarter")
    assert intakes.rows == ("2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2")
    assert [row[0] for row in intakes.cells] == [2, 0, 1, 1]
    referrals = table(result, "referrals_by_quarter")
    assert cell(referrals, "2025-Q3", "Made") == 1 and cell(referrals, "2025-Q4", "Accepted") == 1
    assert referrals.total == table(result, "referrals_by_service").total == 2
    interpreter = table(result, "interpreter_by_quarter")
    assert cell(interpreter, "2026-Q2", "Booked") == 2
    assert cell(interpreter, "2026-Q2", "Not booked") == 3 and interpreter.total == 5


def test_period_labels_follow_the_template_period() -> None:
    from timeline.reports.measures import period_label, period_labels

    assert period_labels(date(2026, 1, 1), date(2026, 12, 31), 3) == (
        "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4")
    assert period_labels(date(2025, 11, 1), date(2026, 2, 28), 1) == (
        "2025-11", "2025-12", "2026-01", "2026-02")
    assert period_labels(date(2025, 1, 1), date(2026, 12, 31), 12) == ("2025", "2026")
    assert period_label(date(2026, 12, 31), 3) == "2026-Q4"
