"""Conflicts: each kind found with its reason, and the near-misses that are not conflicts."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from models.records import Category, Event, EventKind, EventStatus, Owner
from timeline.conflicts import ConflictKind, find_conflicts
from timeline.merge import build_timeline

NY = ZoneInfo("America/New_York")
TODAY = date(2026, 11, 30)


def at(day: int, hour: int, minute: int = 0, month: int = 12) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=NY)


def ev(id_: int, kind: EventKind, **fields) -> Event:
    fields.setdefault("category", Category.MEDICAL if kind is EventKind.MEDICAL_APPOINTMENT
                      else Category.IMMIGRATION)
    fields.setdefault("tz", "America/New_York")
    return Event(id=id_, case_id=fields.pop("case_id", 1), kind=kind, title=f"secret {id_}",
                 **fields)


def conflicts(*events: Event, **options):
    entries = build_timeline(events, date(2026, 1, 1), date(2028, 1, 1), tz="America/New_York")
    options.setdefault("today", TODAY)
    return find_conflicts(entries, **options)


def kinds(found) -> list[tuple[ConflictKind, tuple[str, ...]]]:
    return [(c.kind, c.keys) for c in found]


APPT, HEARING = EventKind.MEDICAL_APPOINTMENT, EventKind.COURT_HEARING
DEADLINE = EventKind.LEGAL_DEADLINE


def test_find_conflicts_overlap_of_two_timed_commitments() -> None:
    found = conflicts(ev(1, APPT, start=at(1, 9), end=at(1, 10)),
                      ev(2, APPT, start=at(1, 9, 30), end=at(1, 11)),
                      ev(3, APPT, start=at(1, 11), end=at(1, 12)))  # back to back is fine
    assert kinds(found) == [(ConflictKind.OVERLAP, ("event:1", "event:2"))]
    assert "09:00 EST" in found[0].reason and "09:30 EST" in found[0].reason
    assert "secret" not in found[0].reason  # titles are never in reasons


def test_find_conflicts_overlap_across_time_zones() -> None:
    la = ZoneInfo("America/Los_Angeles")
    found = conflicts(ev(1, APPT, start=at(1, 12), end=at(1, 13)),
                      ev(2, APPT, tz="America/Los_Angeles", start=datetime(2026, 12, 1, 9, 30, tzinfo=la),
                         end=datetime(2026, 12, 1, 10, 30, tzinfo=la)))
    assert kinds(found) == [(ConflictKind.OVERLAP, ("event:1", "event:2"))]


def test_find_conflicts_ignores_cancelled_and_other_cases() -> None:
    assert conflicts(ev(1, APPT, start=at(1, 9), end=at(1, 10)),
                     ev(2, APPT, start=at(1, 9), end=at(1, 10), status=EventStatus.CANCELLED),
                     ev(3, APPT, start=at(1, 9), end=at(1, 10), case_id=2)) == []


@pytest.mark.parametrize(("appt_start", "appt_end", "expected"), [
    (at(2, 8), at(2, 9), [(ConflictKind.TRAVEL_BUFFER, ("event:2", "event:1"))]),  # 1 h before
    (at(2, 7), at(2, 8), []),  # exactly 2 h before: enough
    (at(2, 12), at(2, 13), [(ConflictKind.TRAVEL_BUFFER, ("event:2", "event:1"))]),  # 1 h after
    (at(3, 10), at(3, 11), []),  # another day
])
def test_find_conflicts_travel_buffer_on_hearing_day(appt_start, appt_end, expected) -> None:
    found = conflicts(ev(1, APPT, start=appt_start, end=appt_end),
                      ev(2, HEARING, start=at(2, 10), end=at(2, 11)))
    assert kinds(found) == expected
    if found:
        assert "1 h 00 min" in found[0].reason and "2 h 00 min" in found[0].reason


def test_find_conflicts_travel_buffer_is_configurable() -> None:
    found = conflicts(ev(1, APPT, start=at(2, 8), end=at(2, 9)),
                      ev(2, HEARING, start=at(2, 10), end=at(2, 11)), travel_buffer=timedelta(hours=1))
    assert found == []


@pytest.mark.parametrize(("appt_day", "safe_due", "late"), [
    (29, None, True),  # after the deadline
    (28, None, False),  # on the due day: not after it
    (28, date(2026, 12, 27), True),  # after the earliest defensible reading
])
def test_find_conflicts_evidence_after_its_filing(appt_day, safe_due, late) -> None:
    found = conflicts(
        ev(1, APPT, start=at(appt_day, 9), end=at(appt_day, 10), evidence_for_id=2),
        ev(2, DEADLINE, due=date(2026, 12, 28), owner=Owner.CLIENT, assigned_to="ana",
           safe_due=safe_due))
    assert kinds(found) == ([(ConflictKind.EVIDENCE_LATE, ("event:1", "event:2"))] if late else [])
    if late:
        assert "Mon 28 Dec 2026" in found[0].reason


def test_find_conflicts_interpreter_needed_not_booked() -> None:
    # within two days (only today known: the 48 h notice, conservatively); the 48 h edge
    # itself is tests/timeline/test_interpreter_conflicts.py
    found = conflicts(ev(1, HEARING, start=at(2, 9), interpreter_needed=True, interpreter_language="ti"),
                      ev(2, APPT, start=at(1, 15), interpreter_needed=True, interpreter_booked=True),
                      ev(3, APPT, start=at(9, 9), interpreter_needed=True))
    assert kinds(found) == [(ConflictKind.INTERPRETER, ("event:1",))]
    assert "(ti)" in found[0].reason


@pytest.mark.parametrize(("event", "closed"), [
    (ev(1, DEADLINE, due=date(2026, 12, 25), owner=Owner.CLIENT, assigned_to="ana"), True),
    (ev(1, HEARING, start=at(1, 9, month=1).replace(year=2027)), True),  # New Year's Day
    (ev(1, HEARING, start=at(5, 9)), True),  # a Saturday
    (ev(1, DEADLINE, due=date(2026, 12, 28), owner=Owner.CLIENT, assigned_to="ana"), False),
    (ev(1, APPT, start=at(25, 9)), False),  # clinics may open on court holidays
])
def test_find_conflicts_court_closed_day(event: Event, closed: bool) -> None:
    found = conflicts(event, jurisdiction="federal")
    assert kinds(found) == ([(ConflictKind.CLOSED_DAY, ("event:1",))] if closed else [])


def test_find_conflicts_ad_hoc_closure() -> None:
    from models.records import Closure, ClosureReason
    snow = Closure(id=1, day=date(2026, 12, 9), calendar="*", reason=ClosureReason.INACCESSIBLE)
    found = conflicts(ev(1, HEARING, start=at(9, 9)), jurisdiction="NY", closures=[snow])
    assert kinds(found) == [(ConflictKind.CLOSED_DAY, ("event:1",))]


def test_find_conflicts_client_deadline_without_owner() -> None:
    found = conflicts(ev(1, DEADLINE, due=date(2026, 12, 28), owner=Owner.CLIENT),
                      ev(2, DEADLINE, due=date(2026, 12, 29), owner=Owner.CLIENT, assigned_to="ana"),
                      ev(3, EventKind.MILESTONE, due=date(2026, 12, 30), owner=Owner.COURT))
    assert kinds(found) == [(ConflictKind.NO_OWNER, ("event:1",))]


def test_find_conflicts_expected_by_passed_without_later_event() -> None:
    expected = ev(1, EventKind.MILESTONE, due=date(2026, 11, 2), owner=Owner.COURT, matter_id=5)
    assert kinds(conflicts(expected)) == [(ConflictKind.EXPECTED_PASSED, ("event:1",))]
    # a hearing later in the same matter shows the court acted
    later = ev(2, HEARING, start=at(10, 9, month=11), matter_id=5, status=EventStatus.DONE)
    assert conflicts(expected, later) == []
    # a hearing of another matter does not
    other = ev(3, HEARING, start=at(10, 9, month=11), matter_id=6, status=EventStatus.DONE)
    assert kinds(conflicts(expected, other)) == [(ConflictKind.EXPECTED_PASSED, ("event:1",))]
    # not yet passed: no conflict
    assert conflicts(expected, today=date(2026, 11, 2)) == []


def test_find_conflicts_past_overlaps_are_history() -> None:
    found = conflicts(ev(1, APPT, start=at(1, 9, month=11), end=at(1, 10, month=11)),
                      ev(2, APPT, start=at(1, 9, month=11), end=at(1, 10, month=11)))
    assert found == []


def test_find_conflicts_without_jurisdiction_checks_no_court_calendar() -> None:
    christmas = ev(1, DEADLINE, due=date(2026, 12, 25), owner=Owner.CLIENT, assigned_to="ana")
    assert conflicts(christmas) == []
    assert kinds(conflicts(christmas, jurisdiction="CA")) == [(ConflictKind.CLOSED_DAY, ("event:1",))]
