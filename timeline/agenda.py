"""The agenda across a caseload: the next N days, overdue items and open conflicts per case.

Fast for large caseloads because each event is first checked by date (one pass, no expansion)
and only candidates in the window become timeline entries.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from models.records import Case, Closure, Event, EventStatus, Owner
from timeline.conflicts import Conflict, find_conflicts
from timeline.lanes import DATE_KINDS, OTHERS_OWNERS, TimelineEntry
from timeline.merge import entries_for_event, merge, sort_entries

_DAY = timedelta(days=1)
_TEAM_OWNERS = frozenset({Owner.CLIENT, None})


@dataclass(frozen=True, slots=True)
class Agenda:
    """What needs attention from ``start`` to ``end`` (exclusive) across the caseload."""

    start: date
    end: date
    upcoming: tuple[TimelineEntry, ...] = ()  # scheduled entries in the window, in order
    overdue: tuple[TimelineEntry, ...] = ()  # the team's deadlines and tasks past, not done
    conflicts: Mapping[int, tuple[Conflict, ...]] = field(default_factory=dict)  # by case id
    user: str | None = None


@dataclass(slots=True)
class _Picked:
    """One case's events sorted by what the agenda needs from them."""

    window: list[Event] = field(default_factory=list)
    overdue: list[Event] = field(default_factory=list)
    expected: list[Event] = field(default_factory=list)  # court/agency dates already passed


def agenda(cases: Iterable[Case], events_by_case: Mapping[int, Sequence[Event]], *, today: date,
           days: int = 14, user: str | None = None, closures: Sequence[Closure] = (),
           travel_buffer: timedelta = timedelta(hours=2)) -> Agenda:
    """The agenda for the next ``days`` days from ``today``; ``user`` keeps their items only.

    An item is the user's when its case is assigned to them or the event itself is.
    """
    end = today + timedelta(days=days)
    # a day of slack each side: events keep their own zones, the window is in days
    begin_at = datetime.combine(today - _DAY, time(0), tzinfo=UTC)
    end_at = datetime.combine(end + _DAY, time(0), tzinfo=UTC)
    upcoming: list[list[TimelineEntry]] = []
    overdue: list[TimelineEntry] = []
    conflicts: dict[int, tuple[Conflict, ...]] = {}
    for case in cases:
        events = events_by_case.get(case.id, ())
        picked = _pick(events, today, end)
        window = [entry for event in picked.window
                  for entry in entries_for_event(event, begin_at, end_at)
                  if today <= entry.day < end]
        late = [entry for event in picked.overdue for entry in _whole(event)]
        found = _case_conflicts(case, events, picked, window, today, closures, travel_buffer)
        if user is not None and user not in case.assigned_to:
            # not the user's case: only the items assigned to them, and conflicts touching those
            window = [e for e in window if e.assigned_to == user]
            late = [e for e in late if e.assigned_to == user]
            keys = {e.key for e in window}
            found = [c for c in found if keys.intersection(c.keys)]
        upcoming.append(sort_entries(e for e in window if e.status is EventStatus.SCHEDULED))
        overdue.extend(late)
        if found:
            conflicts[case.id] = tuple(found)
    return Agenda(today, end, tuple(merge(*upcoming)), tuple(sort_entries(overdue)), conflicts,
                  user)


def _pick(events: Iterable[Event], today: date, end: date) -> _Picked:
    """Sort a case's events into window candidates, overdue items and passed expectations."""
    # inlined date checks: this loop runs once per event of the caseload (the hot path)
    picked = _Picked()
    low, high = today - _DAY, end + _DAY  # a day of slack for events in other zones
    scheduled = EventStatus.SCHEDULED
    for event in events:
        day = event.due
        if day is None:
            if event.start is None:
                continue
            day = event.start.date()
        if event.rrule:
            if day < high:
                picked.window.append(event)
            continue
        if day >= high:
            continue
        if day >= low:
            picked.window.append(event)
        if day < today and event.status is scheduled and event.kind in DATE_KINDS:
            if event.owner in _TEAM_OWNERS:
                picked.overdue.append(event)
            elif event.owner in OTHERS_OWNERS:
                picked.expected.append(event)
    return picked


def _first_day(event: Event) -> date | None:
    """The day of a one-off event."""
    return event.due if event.due is not None else event.start.date() if event.start else None


def _whole(event: Event) -> list[TimelineEntry]:
    """The entry of a one-off event wherever it lies in time."""
    day = _first_day(event)
    if day is None:
        return []
    return entries_for_event(event, datetime.combine(day - _DAY, time(0), tzinfo=UTC),
                             datetime.combine(day + 2 * _DAY, time(0), tzinfo=UTC))


def _case_conflicts(case: Case, events: Sequence[Event], picked: _Picked,
                    window: list[TimelineEntry], today: date, closures: Sequence[Closure],
                    travel_buffer: timedelta) -> list[Conflict]:
    """Open conflicts of one case among its window entries and passed expectations."""
    if not window and not picked.expected:
        return []
    entries = {e.key: e for e in window}
    for expected in picked.expected:
        # did anything follow? the matter's latest other event answers it
        entries.update((e.key, e) for e in _whole(expected))
        later = _latest(events, expected)
        if later is not None:
            entries.update((e.key, e) for e in _whole(later))
    return find_conflicts(entries.values(), today=today, closures=closures,
                          jurisdiction=case.jurisdiction, travel_buffer=travel_buffer)


def _latest(events: Sequence[Event], expected: Event) -> Event | None:
    """The latest one-off, not cancelled event of ``expected``'s matter, other than itself."""
    best: Event | None = None
    best_day = date.min
    for event in events:
        if (event.matter_id != expected.matter_id or event.rrule or event is expected
                or event.status is EventStatus.CANCELLED or event.owner in OTHERS_OWNERS):
            continue
        day = _first_day(event)
        if day is not None and day > best_day:
            best, best_day = event, day
    return best
