"""The caseload agenda: window, overdue, conflicts per case, and the staff filter."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from models.records import Case, Category, Event, EventKind, EventStatus, Owner
from timeline.agenda import agenda
from timeline.conflicts import ConflictKind

NY = ZoneInfo("America/New_York")
TODAY = date(2026, 12, 1)


def case(id_: int, *staff: str) -> Case:
    return Case(id=id_, ref=f"C-{id_}", display_name="x", assigned_to=staff, jurisdiction="federal")


def appt(id_: int, case_id: int, day: date, hour: int = 9, **fields) -> Event:
    start = datetime.combine(day, datetime.min.time(), NY).replace(hour=hour)
    return Event(id=id_, case_id=case_id, kind=fields.pop("kind", EventKind.MEDICAL_APPOINTMENT),
                 title="t", category=Category.MEDICAL, start=start, end=start + timedelta(hours=1),
                 tz="America/New_York", **fields)


def deadline(id_: int, case_id: int, day: date, **fields) -> Event:
    fields.setdefault("owner", Owner.CLIENT)
    return Event(id=id_, case_id=case_id, kind=fields.pop("kind", EventKind.LEGAL_DEADLINE),
                 title="t", category=Category.IMMIGRATION, due=day, tz="America/New_York", **fields)


CASES = [case(1, "ana"), case(2, "bo")]
EVENTS = {
    1: [appt(1, 1, date(2026, 12, 3)), appt(2, 1, date(2026, 12, 3), hour=9),  # overlap
        appt(3, 1, date(2026, 12, 20)),  # after the window
        deadline(4, 1, date(2026, 11, 20), assigned_to="ana"),  # overdue
        deadline(5, 1, date(2026, 11, 10), assigned_to="ana", status=EventStatus.DONE),
        appt(6, 1, date(2026, 11, 25))],  # past appointment: not overdue
    2: [appt(10, 2, date(2026, 11, 2), rrule="FREQ=WEEKLY;COUNT=10"),  # series into the window
        deadline(11, 2, date(2026, 12, 14), assigned_to="ana"),  # ana's item on bo's case
        deadline(12, 2, date(2026, 12, 28))],  # outside the window, no owner
}


def test_agenda_lists_window_and_overdue_in_order() -> None:
    got = agenda(CASES, EVENTS, today=TODAY)
    assert (got.start, got.end) == (TODAY, date(2026, 12, 15))
    keys = [e.key for e in got.upcoming]
    # a deadline sits at the start of its day, before that day's 09:00 session
    assert keys == ["event:1", "event:2", "event:10@2026-12-07", "event:11", "event:10@2026-12-14"]
    assert [e.key for e in got.overdue] == ["event:4"]


def test_agenda_reports_conflicts_per_case() -> None:
    got = agenda(CASES, EVENTS, today=TODAY)
    assert set(got.conflicts) == {1}
    assert [(c.kind, c.keys) for c in got.conflicts[1]] == [
        (ConflictKind.OVERLAP, ("event:1", "event:2"))]


def test_agenda_filters_by_staff_member() -> None:
    got = agenda(CASES, EVENTS, today=TODAY, user="ana")
    assert [e.key for e in got.upcoming] == ["event:1", "event:2", "event:11"]
    assert got.user == "ana" and set(got.conflicts) == {1}
    bo = agenda(CASES, EVENTS, today=TODAY, user="bo")
    assert [e.key for e in bo.upcoming] == ["event:10@2026-12-07", "event:11", "event:10@2026-12-14"]
    assert bo.overdue == () and bo.conflicts == {}


def test_agenda_days_sets_the_window() -> None:
    got = agenda(CASES, EVENTS, today=TODAY, days=30)
    assert "event:3" in [e.key for e in got.upcoming]
    assert [(c.kind, c.keys) for c in got.conflicts[2]] == [(ConflictKind.NO_OWNER, ("event:12",))]


def test_agenda_flags_passed_expected_by_without_later_event() -> None:
    expected = deadline(20, 3, date(2026, 11, 1), kind=EventKind.MILESTONE, owner=Owner.COURT,
                        matter_id=7)
    hearing = appt(21, 3, date(2026, 11, 20), kind=EventKind.COURT_HEARING, matter_id=7,
                   status=EventStatus.DONE)
    alone = agenda([case(3)], {3: [expected]}, today=TODAY)
    assert [(c.kind, c.keys) for c in alone.conflicts[3]] == [
        (ConflictKind.EXPECTED_PASSED, ("event:20",))]
    followed = agenda([case(3)], {3: [expected, hearing]}, today=TODAY)
    assert followed.conflicts == {}
