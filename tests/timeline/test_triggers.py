"""Trigger -> deadline events: kinds, windows, readings and explanations, ready for the store."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from models.records import Category, Closure, ClosureReason, Event, EventKind, Owner, Trigger
from timeline.lanes import Shape
from timeline.merge import build_timeline
from timeline.triggers import deadline_events_for


def trigger(rule_id: str, occurred, **fields) -> Trigger:
    return Trigger(id=5, case_id=1, trigger_type="t", rule_id=rule_id, occurred=occurred,
                   matter_id=3, **fields)


def test_deadline_events_for_bia_appeal_rolls_past_christmas() -> None:
    (fields,) = deadline_events_for(trigger("B-EOIR-BIA-APPEAL", date(2026, 11, 25)))
    assert fields["kind"] is EventKind.LEGAL_DEADLINE and fields["owner"] is Owner.CLIENT
    assert fields["due"] == fields["computed_due"] == date(2026, 12, 28)
    assert fields["safe_due"] is None and fields["all_day"] is True
    assert fields["category"] is Category.IMMIGRATION
    assert (fields["rule_id"], fields["trigger_id"], fields["matter_id"]) == ("B-EOIR-BIA-APPEAL", 5, 3)
    assert any("2026-12-25" in line for line in fields["explanation"])
    assert any(line.startswith("Source: ") for line in fields["explanation"])


def test_deadline_events_for_ad_hoc_closure_moves_the_date() -> None:
    storm = Closure(id=1, day=date(2026, 12, 28), calendar="*", reason=ClosureReason.INACCESSIBLE)
    (fields,) = deadline_events_for(trigger("B-EOIR-BIA-APPEAL", date(2026, 11, 25)),
                                    closures=[storm])
    assert fields["due"] == date(2026, 12, 29)


def test_deadline_events_for_court_clock_is_expected_by_milestone() -> None:
    (fields,) = deadline_events_for(trigger("D-STA-70", date(2026, 11, 25)))
    assert fields["kind"] is EventKind.MILESTONE and fields["owner"] is Owner.COURT
    assert fields["due"] == date(2027, 2, 3)


def test_deadline_events_for_clinical_window_is_one_event() -> None:
    found = deadline_events_for(trigger("E-nPEP-FU", date(2026, 11, 25)))
    labels = [f["result_label"] for f in found]
    assert len(found) == 3  # 24 h contact, the 4-6 week window, the 12 week visit; no warning
    window = next(f for f in found if "start" in f and f["all_day"])
    assert window["start"].date() == date(2026, 12, 23) and window["due"] == date(2027, 1, 6)
    assert window["kind"] is EventKind.MILESTONE and window["owner"] is Owner.CLINIC
    assert any("closed day" in line for line in window["explanation"])
    assert labels[0].startswith("Clinician contact")


def test_deadline_events_for_fields_build_events_on_the_timeline() -> None:
    found = deadline_events_for(trigger("E-nPEP-FU", date(2026, 11, 25)))
    events = [Event(id=i, case_id=1, **fields) for i, fields in enumerate(found, start=1)]
    entries = build_timeline(events, date(2026, 11, 1), date(2027, 6, 1), tz="America/New_York")
    assert [e.shape for e in entries] == [Shape.MILESTONE, Shape.WINDOW, Shape.MILESTONE]
    timed = entries[0]
    assert timed.start == datetime(2026, 11, 26, tzinfo=ZoneInfo("America/New_York"))


def test_deadline_events_for_assigns_team_deadlines_only() -> None:
    (due,) = deadline_events_for(trigger("B-EOIR-BIA-APPEAL", date(2026, 11, 25)), assignee="ana")
    assert due["assigned_to"] == "ana"
    (court,) = deadline_events_for(trigger("D-STA-70", date(2026, 11, 25)), assignee="ana")
    assert "assigned_to" not in court  # the court's clock is nobody's task on the team
