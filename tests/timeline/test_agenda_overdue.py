"""One definition of "overdue" (records.Event.is_overdue), used by the caseload and the agenda.

The caseload counts overdue items in SQL (models.store_caseload.overdue_clause), the agenda
lists them from records (timeline.agenda, timeline.agenda_index); the GUI shows both and the
CLI's ``cases`` and ``agenda`` print them. Over one vault holding every kind, owner, status and
day around today, the three must agree case by case.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta
from itertools import product
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from models.records import Category, Event, EventKind, EventStatus, Owner
from timeline.agenda import agenda
from timeline.agenda_index import AgendaIndex
from timeline.conflicts import ConflictKind

NY = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")
TODAY = date(2026, 11, 27)
OWNERS = (None, *Owner)
OFFSETS = (-3, -1, 0, 1)  # days from TODAY


def _fields(kind: EventKind, owner: Owner | None, status: EventStatus, offset: int,
            shape: str) -> dict[str, Any]:
    day = TODAY + timedelta(days=offset)
    fields: dict[str, Any] = {"kind": kind, "title": "t", "category": Category.IMMIGRATION,
                              "owner": owner, "status": status}
    if shape == "due":
        fields["due"] = day
    elif shape == "late evening":  # 23:30 in New York: already the next day in UTC
        fields["start"] = datetime.combine(day, time(23, 30), NY)
    elif shape == "early morning":  # 06:00 in Tokyo: still the day before in UTC
        fields["start"] = datetime.combine(day, time(6), TOKYO)
    elif shape == "window":
        fields.update(start=datetime.combine(day - timedelta(days=5), time(), NY),
                      end=datetime.combine(day + timedelta(days=1), time(), NY), due=day,
                      all_day=True)
    elif shape == "series":
        fields.update(due=day - timedelta(days=14), rrule="FREQ=WEEKLY;COUNT=4")
    return fields


SHAPES = ("due", "late evening", "early morning", "window", "series")


@pytest.fixture
def filled_store(vault: Any) -> Any:
    """One case per event kind, each with every owner x status x day x shape."""
    store = vault.store
    for kind in EventKind:
        case = store.add_case(f"Case {kind.value}")
        store.add_events_bulk(case.id, [
            _fields(kind, owner, status, offset, shape)
            for owner, status, offset, shape in product(OWNERS, EventStatus, OFFSETS, SHAPES)])
    goal = store.add_goal(case.id, "Housing")  # a care-plan milestone is not overdue
    store.add_milestone(goal.id, "Apply", due=TODAY - timedelta(days=9))
    return store


@pytest.mark.parametrize("today", [TODAY - timedelta(days=1), TODAY, TODAY + timedelta(days=2)])
def test_agenda_overdue_equals_caseload_overdue_per_case(filled_store: Any, today: date) -> None:
    store = filled_store
    cases = store.list_cases()
    by_case = {c.id: store.list_events(c.id) for c in cases}
    caseload = {s.case.id: s.overdue for s in store.caseload(today)}
    listed = Counter(e.case_id for e in agenda(cases, by_case, today=today).overdue)
    indexed = AgendaIndex.build(cases, by_case, today=today - timedelta(days=3))
    from_index = Counter(e.case_id for e in indexed.agenda(today).overdue)
    from_records = {c.id: sum(e.is_overdue(today) for e in by_case[c.id]) for c in cases}
    for case in cases:
        assert caseload[case.id] == listed[case.id] == from_index[case.id] == from_records[case.id]
    # the definition: legal deadlines and tasks only, of ours, scheduled, one-off, due before
    # today -- 2 owners (client, none) x the days before ``today`` x 4 one-off shapes
    past = sum(TODAY + timedelta(days=o) < today for o in OFFSETS)
    by_kind = {c.display_name.removeprefix("Case "): caseload[c.id] for c in cases}
    assert by_kind == {k.value: 2 * past * 4 if k in (EventKind.LEGAL_DEADLINE, EventKind.TASK)
                       else 0 for k in EventKind}


def _event(**fields: Any) -> Event:
    fields.setdefault("kind", EventKind.LEGAL_DEADLINE)
    fields.setdefault("due", TODAY - timedelta(days=1))
    return Event(id=1, case_id=1, title="t", category=Category.IMMIGRATION, tz="America/New_York",
                 **fields)


@pytest.mark.parametrize("fields, overdue", [
    ({}, True),  # a legal deadline of ours (no owner given), due yesterday
    ({"owner": Owner.CLIENT}, True),
    ({"kind": EventKind.TASK}, True),
    ({"due": TODAY}, False),  # due today is not yet overdue
    ({"owner": Owner.COURT}, False),  # another's "expected by" date
    ({"owner": Owner.AGENCY}, False),
    ({"owner": Owner.CLINIC}, False),
    ({"kind": EventKind.MILESTONE}, False),  # a target, not an obligation
    ({"kind": EventKind.COURT_HEARING}, False),
    ({"status": EventStatus.DONE}, False),
    ({"status": EventStatus.CANCELLED}, False),
    ({"status": EventStatus.MISSED}, False),  # a person recorded the outcome
    ({"rrule": "FREQ=WEEKLY"}, False),  # a series' occurrences have no status of their own
    ({"due": None}, False),
    # a timed task: its local day in ``tz`` decides, not the day of the UTC instant
    ({"kind": EventKind.TASK, "due": None,
      "start": datetime(2026, 11, 26, 23, 30, tzinfo=NY)}, True),
    ({"kind": EventKind.TASK, "due": None,
      "start": datetime(2026, 11, 27, 13, 0, tzinfo=TOKYO)}, True),  # 23:00 on the 26th in NY
])
def test_agenda_overdue_definition(fields: dict[str, Any], overdue: bool) -> None:
    event = _event(**fields)
    assert event.is_overdue(TODAY) is overdue
    got = agenda([_case()], {1: [event]}, today=TODAY)
    assert [e.event_id for e in got.overdue] == ([1] if overdue else [])


def test_agenda_court_owned_deadline_passed_is_expected_not_overdue() -> None:
    event = _event(owner=Owner.COURT, matter_id=7)
    got = agenda([_case()], {1: [event]}, today=TODAY)
    assert got.overdue == ()
    assert [c.kind for c in got.conflicts[1]] == [ConflictKind.EXPECTED_PASSED]


def _case() -> Any:
    from models.records import Case

    return Case(id=1, ref="C-0001", display_name="x", jurisdiction="federal")
