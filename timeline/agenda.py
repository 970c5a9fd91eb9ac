"""The agenda across a caseload: the next N days, overdue items and open conflicts per case.

Fast for large caseloads because each event is first checked by date (one pass, no expansion)
and only candidates in the window become timeline entries.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from models.records import OVERDUE_KINDS, TEAM_OWNERS, Case, Closure, Event, EventStatus
from timeline.conflicts import (
    Conflict,
    ConflictContext,
    case_conflicts,
    conflict_context,
    conflict_order,
)
from timeline.entries import one_off_entry
from timeline.lanes import DATE_KINDS, OTHERS_OWNERS, TimelineEntry
from timeline.merge import entries_for_event, sort_entries

_DAY = timedelta(days=1)
_SLACK = timedelta(days=2)


@dataclass(frozen=True, slots=True)
class Agenda:
    """What needs attention from ``start`` to ``end`` (exclusive) across the caseload."""

    start: date
    end: date
    upcoming: tuple[TimelineEntry, ...] = ()  # scheduled entries in the window, in order
    overdue: tuple[TimelineEntry, ...] = ()  # records.Event.is_overdue(start), the one definition
    conflicts: Mapping[int, tuple[Conflict, ...]] = field(default_factory=dict)  # by case id
    user: str | None = None


@dataclass(slots=True)
class _Picked:
    """One case's events sorted by what the agenda needs from them."""

    window: list[Event] = field(default_factory=list)
    overdue: list[Event] = field(default_factory=list)  # Event.is_overdue(today)
    expected: list[Event] = field(default_factory=list)  # court/agency dates already passed


def agenda(cases: Iterable[Case], events_by_case: Mapping[int, Sequence[Event]], *, today: date,
           days: int = 14, user: str | None = None, closures: Sequence[Closure] = (),
           travel_buffer: timedelta = timedelta(hours=2)) -> Agenda:
    """The agenda for the next ``days`` days from ``today``; ``user`` keeps their items only.

    An item is the user's when its case is assigned to them or the event itself is.
    """
    end = today + timedelta(days=days)
    # a day of slack each side: events keep their own zones, the window is in days
    bounds = (datetime.combine(today - _DAY, time(0), tzinfo=UTC),
              datetime.combine(end + _DAY, time(0), tzinfo=UTC))
    contexts = _Contexts(today, tuple(closures), travel_buffer)
    upcoming: list[TimelineEntry] = []
    overdue: list[TimelineEntry] = []
    conflicts: dict[int, tuple[Conflict, ...]] = {}
    scheduled = EventStatus.SCHEDULED
    for case in cases:
        events = events_by_case.get(case.id, ())
        picked = _pick(events, today, end)
        window = _window_entries(picked.window, today, end, bounds)
        late = _entries(picked.overdue)
        found = _case_conflicts(events, picked, window, contexts[case.jurisdiction])
        if user is not None and user not in case.assigned_to:
            # not the user's case: only the items assigned to them, and conflicts touching those
            window = [e for e in window if e.assigned_to == user]
            late = [e for e in late if e.assigned_to == user]
            keys = {e.key for e in window}
            found = [c for c in found if keys.intersection(c.keys)]
        upcoming.extend(e for e in window if e.status is scheduled)
        overdue.extend(late)
        if found:
            conflicts[case.id] = tuple(found)
    # one sort of everything: the order is total (it ends in the unique key), so it equals
    # merging per-case runs, and sorted() in C beats heapq.merge over thousands of short runs
    return Agenda(today, end, tuple(sort_entries(upcoming)), tuple(sort_entries(overdue)),
                  conflicts, user)


class _Contexts(dict[str | None, ConflictContext]):
    """Conflict contexts by jurisdiction, built once per agenda rather than once per case."""

    def __init__(self, today: date, closures: tuple[Closure, ...], buffer: timedelta) -> None:
        super().__init__()
        self.args = (today, closures, buffer)

    def __missing__(self, jurisdiction: str | None) -> ConflictContext:
        today, closures, buffer = self.args
        made = self[jurisdiction] = conflict_context(today, closures, jurisdiction, buffer)
        return made


def _window_entries(events: list[Event], today: date, end: date,
                    bounds: tuple[datetime, datetime]) -> list[TimelineEntry]:
    """Entries of the candidate events whose local day lies in [today, end)."""
    found: list[TimelineEntry] = []
    for event in events:
        if event.rrule:
            found.extend(e for e in entries_for_event(event, *bounds) if today <= e.day < end)
            continue
        # a one-off: no window test on its start needed, its local day decides
        entry = one_off_entry(event)
        if entry is not None and today <= entry.day < end:
            found.append(entry)
    return found


def _entries(events: Iterable[Event]) -> list[TimelineEntry]:
    """The entries of one-off events wherever they lie in time."""
    return [entry for entry in map(one_off_entry, events) if entry is not None]


def _pick(events: Iterable[Event], today: date, end: date) -> _Picked:
    """Sort a case's events into window candidates, overdue items and passed expectations."""
    # inlined date checks: this loop runs once per event of the caseload (the hot path)
    picked = _Picked()
    # slack for a start given in another zone than the event's own: local days of one moment
    # differ by up to two days (UTC-12 vs UTC+14); the entry's own day decides afterwards
    low, high, soon = today - _SLACK, end + _SLACK, today + _SLACK
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
        if day >= soon or event.status is not scheduled:
            continue
        # ``day`` is in the start's own zone; is_overdue uses the event's local due day
        if event.kind in OVERDUE_KINDS and event.owner in TEAM_OWNERS:
            if event.is_overdue(today):
                picked.overdue.append(event)
        elif day < today and event.kind in DATE_KINDS and event.owner in OTHERS_OWNERS:
            picked.expected.append(event)
    return picked


def _first_day(event: Event) -> date | None:
    """The day of a one-off event."""
    return event.due if event.due is not None else event.start.date() if event.start else None


def past_role(event: Event) -> str | None:
    """What a one-off, once its day has passed, is to the agenda: "overdue", "expected" or None.

    The same tests as in _pick (kept inline there: it is the hot loop); "overdue" is
    ``Event.is_open_obligation``, the records' one definition.
    """
    if event.is_open_obligation():
        return "overdue"
    if event.rrule or event.status is not EventStatus.SCHEDULED or event.kind not in DATE_KINDS:
        return None
    return "expected" if event.owner in OTHERS_OWNERS else None


def _case_conflicts(events: Sequence[Event], picked: _Picked, window: list[TimelineEntry],
                    context: ConflictContext) -> list[Conflict]:
    """Open conflicts of one case among its window entries and passed expectations, in order."""
    expected = [(entry, latest_entry(events, event)) for event in picked.expected
                for entry in _entries((event,))]
    return open_conflicts(window, expected, context)


def open_conflicts(window: Iterable[TimelineEntry],
                   expected: Iterable[tuple[TimelineEntry, TimelineEntry | None]],
                   context: ConflictContext) -> list[Conflict]:
    """Open conflicts of one case among its window entries and its passed expectations.

    ``expected`` pairs each passed "expected by" entry with the entry of the latest other
    event of its matter (did anything follow?), as ``latest_entry`` gives it.
    """
    entries = {e.key: e for e in window}
    for passed, later in expected:
        entries[passed.key] = passed
        if later is not None:
            entries[later.key] = later
    if not entries:
        return []
    found = case_conflicts(sort_entries(entries.values()), context)
    found.sort(key=conflict_order)
    return found


def latest_entry(events: Sequence[Event], expected: Event) -> TimelineEntry | None:
    """The entry of the latest one-off, not cancelled event of ``expected``'s matter."""
    later = _latest(events, expected)
    return None if later is None else one_off_entry(later)


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


CONFLICT_HORIZON_DAYS = 365  # the caseload counts the open conflicts of the coming year


def conflict_counts(cases: Iterable[Case], events_by_case: Mapping[int, Sequence[Event]], *,
                    today: date, days: int = CONFLICT_HORIZON_DAYS,
                    closures: Sequence[Closure] = ()) -> dict[int, int]:
    """Open conflicts per case id from ``today`` to ``days`` ahead (one agenda pass)."""
    found = agenda(cases, events_by_case, today=today, days=days, closures=closures).conflicts
    return {case_id: len(conflicts) for case_id, conflicts in found.items()}
