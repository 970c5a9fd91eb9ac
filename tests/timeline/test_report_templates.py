"""Report templates and measures as data: every label fixed, every breakdown allowed, every
catalog value covered, the funder template's source cited, whole periods only."""

from __future__ import annotations

from datetime import date

import pytest

from models.errors import InvalidInput
from models.records import RECORD_CATEGORIES, GoalDomain, HousingStatus
from timeline.reports.measures import allowed_dimensions, dimension, dimensions, measures
from timeline.reports.templates import check_period, template, templates
from timeline.rules import all_rules
from timeline.screening import instruments


def test_templates_lists_the_program_overview_first_and_one_funder_template() -> None:
    ids = [t.id for t in templates()]
    assert ids[0] == "program" and "ovc_tims" in ids
    for t in templates():
        assert t.threshold == 11 and t.zeros in ("show", "suppress")
        assert t.period == "quarter" and t.tables and t.description and t.source


def test_template_unknown_id_names_the_known_ones() -> None:
    with pytest.raises(InvalidInput, match="program, ovc_tims"):
        template("nope")


def test_templates_say_gender_cannot_be_answered() -> None:
    for t in templates():
        gender = [u for u in t.unanswerable if "gender" in u.question.lower()]
        assert gender and "pronouns" in gender[0].why


def test_funder_template_cites_its_federal_source() -> None:
    funder = template("ovc_tims")
    for needle in ("Office for Victims of Crime", "https://ovc.ojp.gov/", "1121-0336",
                   "May 9, 2020", "TIMS"):
        assert needle in funder.source
    assert all(t.question for t in funder.tables)
    assert len(funder.unanswerable) >= 5
    assert "type of trafficking" in str(funder.unanswerable[0]).lower()


def test_program_template_counts_every_measure() -> None:
    assert set(template("program").measures) == {m.id for m in measures()}


def test_template_tables_use_only_allowed_breakdowns() -> None:
    for t in templates():
        for spec in t.tables:
            for d in (spec.rows, spec.columns):
                assert d is None or d in allowed_dimensions(spec.measure)
        assert set(t.breakdowns) <= set(t.measures)


def test_dimensions_cover_every_value_of_the_records() -> None:
    assert {dimension("housing").label_of(h.value) for h in HousingStatus} <= set(
        dimension("housing").labels) - {"Not recorded"}
    assert None not in {dimension("goal_domain").label_of(d.value) for d in GoalDomain}
    assert "Other" not in {dimension("goal_domain").label_of(d.value) for d in GoalDomain}
    service = dimension("service_type")
    assert "Other" not in {service.label_of(c.value) for c in RECORD_CATEGORIES
                           if c.value not in ("identity", "contact_location",
                                              "trafficking_narrative")}
    shipped = {i.id for i in instruments()}
    assert "Other" not in {dimension("instrument").label_of(i) for i in shipped}


def test_legal_milestones_are_trigger_types_of_the_rule_catalog() -> None:
    trigger_types = {rule.trigger_type for rule in all_rules().values()}
    named = {value for value, _label in dimension("legal_milestone").match}
    assert named <= trigger_types


def test_dimension_labels_are_unique_and_fixed() -> None:
    for d in dimensions().values():
        assert len(set(d.labels)) == len(d.labels), d.id
        assert d.label_of("something never seen") in (d.other, None) or d.bands


@pytest.mark.parametrize(("low", "high"), [
    (date(2026, 1, 1), date(2026, 3, 31)), (date(2026, 10, 1), date(2026, 12, 31)),
    (date(2026, 1, 1), date(2026, 12, 31)),
])
def test_check_period_accepts_whole_quarters(low: date, high: date) -> None:
    check_period(template("program"), low, high)


@pytest.mark.parametrize(("low", "high", "field"), [
    (date(2026, 1, 2), date(2026, 3, 31), "period_from"),
    (date(2026, 2, 1), date(2026, 4, 30), "period_from"),
    (date(2026, 1, 1), date(2026, 3, 30), "period_to"),
    (date(2026, 1, 1), date(2026, 2, 28), "period_to"),
    (date(2026, 4, 1), date(2026, 3, 31), "period_to"),
])
def test_check_period_refuses_dates_finer_than_the_period(low: date, high: date,
                                                          field: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        check_period(template("program"), low, high)
    assert caught.value.field == field
