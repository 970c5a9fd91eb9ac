"""Deciding bodies: every rule names one, agencies ignore state holidays, closures by calendar."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.errors import InvalidInput
from models.records import Closure, ClosureReason
from timeline.deadline_readings import Moment
from timeline.deadlines import JURISDICTIONS, compute, list_rules
from timeline.deciding_bodies import agency_bodies, body_ids, deciding_body
from timeline.rules import _rule

D = date.fromisoformat
AGENCY_RULES = [r.id for r in list_rules() if r.deciding_body in agency_bodies()]


def _wall(value: Moment) -> Moment:
    """A result as the wall clock shows it (hour rules are local to the jurisdiction's zone)."""
    return value.replace(tzinfo=None) if isinstance(value, datetime) else value


def _dates(rule_id: str, trigger: date, jurisdiction: str, closures: tuple[Closure, ...] = ()) -> list[tuple[Moment, Moment]]:
    comp = compute(rule_id, trigger, jurisdiction=jurisdiction, closures=closures)
    return [(_wall(r.date), _wall(r.safe)) for r in comp.results if r.kind != "warning"]


def test_deciding_bodies_are_a_closed_set_with_sources() -> None:
    assert body_ids() == ("federal_court", "state_court", "eoir_bia", "uscis", "federal_agency", "clinic")
    assert agency_bodies() == ("eoir_bia", "uscis", "federal_agency")
    assert all(deciding_body(b).source and deciding_body(b).label for b in body_ids())
    with pytest.raises(InvalidInput, match="federal_court"):
        deciding_body("county_clerk")


def test_deciding_bodies_every_rule_names_one_with_its_source() -> None:
    for rule in list_rules():
        assert rule.deciding_body in body_ids() and len(rule.deciding_body_source) > 10, rule.id
        assert (rule.deciding_body == "clinic") == rule.clinical, rule.id
        if rule.deciding_body == "state_court":
            assert rule.court_state == rule.id.split("-")[1], rule.id  # C-CA-* -> CA
    expected = {"B-EOIR-BIA-APPEAL": "eoir_bia", "B-EOIR-MTR-30": "eoir_bia", "B-ASYLUM-1YR": "uscis",
                "B-USCIS-RFE": "uscis", "A-FRCP-6a1": "federal_court", "D-STA-70": "federal_court",
                "C-CA-DVRO-HEARING": "state_court", "A-TX-TRCP4": "state_court", "E-nPEP-START": "clinic"}
    assert {rid: next(r.deciding_body for r in list_rules() if r.id == rid) for rid in expected} == expected


GOOD = {
    "id": "X-1", "domain": "d", "title": "t", "trigger": "t", "trigger_type": "t", "category": "immigration",
    "sources": ["s"], "confidence": "V", "deciding_body": "uscis", "deciding_body_source": "8 CFR 103.2",
    "results": [{"label": "a", "kind": "due", "owner": "client", "unit": "CD", "n": 3}],
}


@pytest.mark.parametrize(
    ("change", "word"),
    [
        ({"deciding_body": "county_clerk"}, "deciding_body"),
        ({"deciding_body_source": ""}, "deciding_body_source"),
        ({"deciding_body": "clinic"}, "clinic"),
        ({"clinical": True}, "clinic"),
        ({"deciding_body": "state_court"}, "state default_jurisdiction"),
    ],
)
def test_deciding_bodies_rule_validation(change: dict[str, object], word: str) -> None:
    with pytest.raises(InvalidInput, match=word):
        _rule(GOOD | change, "X")
    assert _rule(GOOD | {"deciding_body": "state_court", "default_jurisdiction": "TX"}, "X").court_state == "TX"


def test_deciding_bodies_bia_appeal_explains_the_calendar() -> None:
    comp = compute("B-EOIR-BIA-APPEAL", D("2027-03-01"), jurisdiction="federal-CA")
    assert comp.results[0].date == D("2027-03-31") and comp.deciding_body == "eoir_bia"
    text = " | ".join(comp.steps)
    assert "decided by the BIA" in text and "federal legal holidays" in text and "1003.38(b)" in text
    assert ("the CA state holiday on 2027-03-31 (Wed) (Cesar Chavez Day) does not extend it") in text
    assert comp.to_json()["deciding_body"] == "eoir_bia"
    assert any(s.startswith("deciding body eoir_bia:") for s in comp.sources)


def test_deciding_bodies_federal_court_explains_state_holidays() -> None:
    comp = compute("A-FRCP-6a1", D("2027-03-01"), jurisdiction="federal-CA", params={"n": 30})
    assert "FRCP 6(a)(6)(C)" in comp.steps[1] and "California state holidays" in comp.steps[1]
    texas = compute("A-FRCP-6a1", D("2027-01-31"), jurisdiction="federal-TX", params={"n": 30}).results[0]
    assert "skeleton-crew" in texas.reading and "6(a)(6)(C)" in texas.reading
    plain = compute("A-FRCP-6a1", D("2027-03-01"), params={"n": 30})
    assert "no state holiday is counted" in plain.steps[1]


def test_deciding_bodies_state_rule_elsewhere_warns() -> None:
    comp = compute("C-CA-DVRO-HEARING", D("2027-03-10"), jurisdiction="NY")
    assert comp.results[0].date == D("2027-04-01")
    assert any("California court calendar" in w for w in comp.warnings)
    assert compute("C-CA-DVRO-HEARING", D("2027-03-10"), jurisdiction="CA").warnings == ()


def test_deciding_bodies_declared_holiday_parameter() -> None:
    only = compute("A-TX-TRCP4", D("2027-03-22"), params={"n": 30, "declared_holiday": True}).results[0]
    never = compute("A-TX-TRCP4", D("2027-03-22"), params={"n": 30, "declared_holiday": False}).results[0]
    assert (only.date, only.safe) == (D("2027-04-22"), D("2027-04-22"))
    assert (never.date, never.safe) == (D("2027-04-21"), D("2027-04-21"))


def C(day: str, calendar: str, reason: ClosureReason = ClosureReason.EXECUTIVE_ORDER) -> Closure:
    return Closure(id=1, day=D(day), calendar=calendar, reason=reason)


# the BIA appeal from 2027-02-08 ends Wed 03-10 (30 days); a closure that day extends it to Thu 03-11
@pytest.mark.parametrize(
    ("rule_id", "trigger", "params", "jurisdiction", "closure", "expected"),
    [
        ("B-EOIR-BIA-APPEAL", "2027-02-08", {}, "federal-CA", C("2027-03-10", "CA"), "2027-03-10"),
        ("B-EOIR-BIA-APPEAL", "2027-02-08", {}, "CA", C("2027-03-10", "CA"), "2027-03-10"),
        ("B-EOIR-BIA-APPEAL", "2027-02-08", {}, "federal-CA", C("2027-03-10", "federal", ClosureReason.OUTAGE), "2027-03-11"),
        ("B-EOIR-BIA-APPEAL", "2027-02-08", {}, "NY", C("2027-03-10", "*", ClosureReason.OUTAGE), "2027-03-11"),
        ("B-USCIS-I290B", "2027-02-05", {}, "TX", C("2027-03-10", "TX"), "2027-03-10"),  # 30 + 3 days
        ("B-USCIS-I290B", "2027-02-05", {}, "TX", C("2027-03-10", "federal"), "2027-03-11"),
        # federal court in CA, forward: a CA-declared holiday counts; a CA outage does not
        ("A-FRCP-6a1", "2027-02-08", {"n": 30}, "federal-CA", C("2027-03-10", "CA"), "2027-03-11"),
        ("A-FRCP-6a1", "2027-02-08", {"n": 30}, "federal-CA", C("2027-03-10", "CA", ClosureReason.OUTAGE), "2027-03-10"),
        ("A-FRCP-6a1", "2027-02-08", {"n": 30}, "federal-NY", C("2027-03-10", "CA"), "2027-03-10"),
        ("A-FRCP-6a1", "2027-02-08", {"n": 30}, "federal", C("2027-03-10", "federal", ClosureReason.INACCESSIBLE), "2027-03-11"),
        # backward (10 days before Sat 03-20 = Wed 03-10): a state closure is not counted, a federal one is
        ("A-FRCP-6a5", "2027-03-20", {}, "federal-CA", C("2027-03-10", "CA"), "2027-03-10"),
        ("A-FRCP-6a5", "2027-03-20", {}, "federal-CA", C("2027-03-10", "federal"), "2027-03-09"),
        # a state court: its own state's closures and "*", never a federal one
        ("A-CA-CCP12", "2027-02-08", {"n": 30}, "CA", C("2027-03-10", "federal"), "2027-03-10"),
        ("A-CA-CCP12", "2027-02-08", {"n": 30}, "federal-CA", C("2027-03-10", "CA", ClosureReason.INACCESSIBLE), "2027-03-11"),
    ],
)
def test_deciding_bodies_closures_by_calendar(rule_id: str, trigger: str, params: dict[str, object],
                                               jurisdiction: str, closure: Closure, expected: str) -> None:
    res = compute(rule_id, D(trigger), jurisdiction=jurisdiction, params=params, closures=[closure]).results[0]
    assert res.date == D(expected), res.steps


@settings(max_examples=300, deadline=None)
@given(
    rule_id=st.sampled_from([r.id for r in list_rules()]),
    trigger=st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31)),
    jurisdiction=st.sampled_from(JURISDICTIONS),
)
def test_deciding_bodies_safe_is_never_later(rule_id: str, trigger: date, jurisdiction: str) -> None:
    for result in compute(rule_id, trigger, jurisdiction=jurisdiction).results:
        assert result.safe <= result.date, (result.label, result.steps)


@settings(max_examples=300, deadline=None)
@given(
    rule_id=st.sampled_from(AGENCY_RULES),
    trigger=st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31)),
    jurisdiction=st.sampled_from(JURISDICTIONS),
    state=st.sampled_from(("CA", "NY", "TX")),
)
def test_deciding_bodies_agency_dates_ignore_the_state(rule_id: str, trigger: date, jurisdiction: str,
                                                       state: str) -> None:
    federal = _dates(rule_id, trigger, "federal")
    assert _dates(rule_id, trigger, jurisdiction) == federal
    # a closure recorded for a state never moves an agency date, on any day near the result
    near = [C(str(trigger.fromordinal(trigger.toordinal() + k)), state) for k in range(0, 200, 1)]
    assert _dates(rule_id, trigger, jurisdiction, tuple(near)) == federal
