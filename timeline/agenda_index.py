"""A prebuilt agenda index that the UI keeps between refreshes, like an SQL index.

``AgendaIndex.build`` does once what does not depend on the window: every dated row sorted by
day (one-offs by their entry's day, series expanded over a horizon), overdue and "expected by"
candidates sorted by day, and each case's conflicts over the horizon, each attached to the row
of its first entry with the days its entries span. A query bisects, slices, takes (or builds)
the entries it shows and keeps the attached conflicts whose days all lie in the window; it
returns what ``timeline.agenda.agenda`` returns (tests/timeline/test_agenda_index.py).

A conflict compares two entries or looks at one, so among a case's entries in a window it is
found exactly when it was found over the horizon and all its entries are in the window. Cases
with a passed "expected by" date (it looks at the matter's later events) or an evidence
appointment (its target occurrence depends on the window) are computed per query as
``agenda`` does; they are few.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from operator import itemgetter
from typing import Any

from models.records import Case, Closure, Event, EventStatus
from timeline.agenda import Agenda, agenda, latest_entry, open_conflicts, past_role
from timeline.conflicts import (
    Conflict,
    ConflictKind,
    case_conflicts,
    conflict_context,
    conflict_order,
    notice_starts,
)
from timeline.entries import occurrence_entry, one_off_entry, placement
from timeline.lanes import TimelineEntry
from timeline.merge import sort_entries
from timeline.recurrence import Occurrence, occurrences

_SLACK = timedelta(days=2)  # local days of one moment differ by up to two (UTC-12 vs UTC+14)
_DAY = itemgetter(0)
_SCHEDULED = EventStatus.SCHEDULED
# a window row: [day, event, start | None (a one-off), length, lane, shape, entry | None,
# conflicts it carries: [(conflict, first day, last day)] | None]
Row = list[Any]
_START, _ENTRY, _CONFLICTS = 2, 6, 7


class AgendaIndex:
    """Caseload rows sorted by day and conflicts per case, kept between agenda queries."""

    def __init__(self, today: date, horizon_days: int, closures: Sequence[Closure],
                 travel_buffer: timedelta, keep_days: int) -> None:
        self.start, self.end = today, today + timedelta(days=horizon_days)  # queries covered
        self.closures, self.travel_buffer = tuple(closures), travel_buffer
        self._keep_until = today + timedelta(days=keep_days)  # entries kept built up to here
        self._cases: dict[int, Case] = {}
        self._events: dict[int, Sequence[Event]] = {}
        self._parts: dict[int, list[tuple[list[Row], Row]]] = {}  # what each case put in
        self._evidence: set[int] = set()  # cases with an evidence appointment
        self._scheduled: list[Row] = []  # window rows of scheduled items
        self._other: list[Row] = []  # window rows of done, missed and cancelled items
        self._overdue: list[Row] = []  # [due day, event, entry | None]: open obligations
        self._expected: list[Row] = []  # [day, event, entry, latest entry of its matter]
        self._mine: dict[str, frozenset[int]] = {}  # case ids assigned to a user

    @classmethod
    def build(cls, cases: Iterable[Case], events_by_case: Mapping[int, Sequence[Event]], *,
              today: date, closures: Sequence[Closure] = (), horizon_days: int = 400,
              travel_buffer: timedelta = timedelta(hours=2), keep_days: int = 31) -> AgendaIndex:
        """An index for windows within ``horizon_days`` of ``today``; entries of the first
        ``keep_days`` days are built now and kept, later ones are built when shown."""
        index = cls(today, horizon_days, closures, travel_buffer, keep_days)
        for case in cases:
            index._add(case, events_by_case.get(case.id, ()), insorted=False)
        for rows in (index._scheduled, index._other, index._overdue, index._expected):
            rows.sort(key=_DAY)  # one sort, not an insort per row
        return index

    def covers(self, today: date, days: int) -> bool:
        """Whether a window of ``days`` days from ``today`` lies within the built horizon."""
        return self.start <= today and today + timedelta(days=days) <= self.end

    def update_case(self, case: Case, events: Sequence[Event]) -> None:
        """Replace (or add) one case and its events; the rest of the index is kept."""
        self.remove_case(case.id)
        self._add(case, events, insorted=True)

    def remove_case(self, case_id: int) -> None:
        """Take one case and everything it put into the index out of it."""
        self._cases.pop(case_id, None)
        self._events.pop(case_id, None)
        self._evidence.discard(case_id)
        self._mine.clear()
        for rows, row in self._parts.pop(case_id, ()):
            at = bisect_left(rows, row[0], key=_DAY)
            while rows[at] is not row:  # rows of one day are few
                at += 1
            del rows[at]

    def agenda(self, today: date, days: int = 14, user: str | None = None) -> Agenda:
        """The agenda for the next ``days`` days from ``today``, as ``agenda(...)`` gives it."""
        if not self.covers(today, days):
            return agenda(list(self._cases.values()), self._events, today=today, days=days,
                          user=user, closures=self.closures, travel_buffer=self.travel_buffer)
        end = today + timedelta(days=days)
        rows = _between(self._scheduled, today, end)
        window = [row[_ENTRY] or self._entry(row) for row in rows]
        late = [row[2] or self._late_entry(row)
                for row in self._overdue[:bisect_left(self._overdue, today, key=_DAY)]]
        passed = self._expected[:bisect_left(self._expected, today, key=_DAY)]
        special = {row[1].case_id for row in passed}
        if self._evidence:
            special.update(row[1].case_id for row in rows if row[1].case_id in self._evidence)
        found: dict[int, list[Conflict]] = defaultdict(list)
        for row in rows:
            for conflict, first, last in row[_CONFLICTS] or ():
                if first >= today and last < end and conflict.case_id not in special and (
                        conflict.kind is not ConflictKind.INTERPRETER
                        or notice_starts(first) <= today):  # the 48 h notice, per query
                    found[conflict.case_id].append(conflict)
        for case_found in found.values():
            case_found.sort(key=conflict_order)
        if special:
            found.update(self._fresh_conflicts(today, end, window, passed, special))
        if user is not None:
            window, late, found = self._for_user(user, window, late, found)
        order = {case_id: n for n, case_id in enumerate(self._cases)}
        conflicts = {case_id: tuple(found[case_id])
                     for case_id in sorted(found, key=order.__getitem__) if found[case_id]}
        return Agenda(today, end, tuple(sort_entries(window)), tuple(sort_entries(late)),
                      conflicts, user)

    def _fresh_conflicts(self, today: date, end: date, window: list[TimelineEntry],
                         passed: list[Row], special: set[int]) -> dict[int, list[Conflict]]:
        """Conflicts of the special cases, computed as ``agenda`` does from their window."""
        mine: dict[int, list[TimelineEntry]] = defaultdict(list)
        for entry in window:
            if entry.case_id in special:
                mine[entry.case_id].append(entry)
        for row in _between(self._other, today, end):  # done items count as "something followed"
            if row[1].case_id in special:
                mine[row[1].case_id].append(row[_ENTRY] or self._entry(row))
        expected: dict[int, list[tuple[TimelineEntry, TimelineEntry | None]]] = defaultdict(list)
        for row in passed:
            expected[row[1].case_id].append((row[2], row[3]))
        found = {}
        for case_id in special:
            context = conflict_context(today, self.closures, self._cases[case_id].jurisdiction,
                                       self.travel_buffer)
            found[case_id] = open_conflicts(mine[case_id], expected[case_id], context)
        return found

    def _for_user(self, user: str, window: list[TimelineEntry], late: list[TimelineEntry],
                  found: dict[int, list[Conflict]]) -> tuple[Any, Any, dict[int, list[Conflict]]]:
        """What ``user`` sees: their cases, and items assigned to them on other cases."""
        mine = self._mine.get(user)
        if mine is None:
            mine = self._mine[user] = frozenset(
                case_id for case_id, case in self._cases.items() if user in case.assigned_to)
        window = [e for e in window if e.case_id in mine or e.assigned_to == user]
        late = [e for e in late if e.case_id in mine or e.assigned_to == user]
        keys = {e.key for e in window}
        found = {case_id: case_found if case_id in mine
                 else [c for c in case_found if keys.intersection(c.keys)]
                 for case_id, case_found in found.items()}
        return window, late, found

    def _entry(self, row: Row) -> TimelineEntry:
        """The entry of a window row, kept in the row when it lies in the first days."""
        day, event, start, length, lane, shape = row[:6]
        if start is None:
            entry = one_off_entry(event)
            assert entry is not None  # rows are made only for dated events
        else:
            entry = occurrence_entry(event, Occurrence(start, start + length), lane, shape,
                                     f"event:{event.id}@{day.isoformat()}")
        if day < self._keep_until:
            row[_ENTRY] = entry
        return entry

    def _late_entry(self, row: Row) -> TimelineEntry:
        """The entry of an overdue row, kept: overdue items stay on the agenda for a while."""
        entry = row[2] = one_off_entry(row[1])
        assert entry is not None  # overdue rows are made only for dated events
        return entry

    def _add(self, case: Case, events: Sequence[Event], insorted: bool) -> None:
        """Put one case's rows, with its conflicts over the horizon, into the index."""
        self._cases[case.id], self._events[case.id] = case, events
        self._mine.clear()
        parts = self._parts[case.id] = []
        for event in events:
            if event.evidence_for_id is not None:
                self._evidence.add(case.id)
            made = self._series_rows(event) if event.rrule else self._one_off_rows(event, events)
            for rows, row in made:
                parts.append((rows, row))
                if insorted:
                    insort(rows, row, key=_DAY)
                else:
                    rows.append(row)
        by_key = {}
        for rows, row in parts:
            if rows is self._scheduled:
                entry = self._entry(row)
                by_key[entry.key] = (entry, row)
        context = conflict_context(date.min, self.closures, case.jurisdiction, self.travel_buffer,
                                   notice=False)
        horizon = sort_entries(entry for entry, _ in by_key.values())
        for conflict in case_conflicts(horizon, context):
            days = [by_key[key][0].day for key in conflict.keys]
            row = by_key[conflict.keys[0]][1]
            if row[_CONFLICTS] is None:
                row[_CONFLICTS] = []
            row[_CONFLICTS].append((conflict, min(days), max(days)))

    def _one_off_rows(self, event: Event, events: Sequence[Event]) -> list[tuple[list[Row], Row]]:
        """Rows of a one-off event: in the horizon, overdue or "expected by" candidates."""
        day = event.due if event.due is not None else event.start.date() if event.start else None
        if day is None or day >= self.end + _SLACK:
            return []
        made: list[tuple[list[Row], Row]] = []
        role = past_role(event)
        if role == "overdue":  # keyed by the due day: overdue on a query day after it
            made.append((self._overdue, [event.due_day(), event, None]))
        elif role == "expected":
            made.append((self._expected,
                         [day, event, one_off_entry(event), latest_entry(events, event)]))
        if day >= self.start - _SLACK:
            entry = one_off_entry(event)
            if entry is not None and self.start <= entry.day < self.end:
                rows = self._scheduled if entry.status is _SCHEDULED else self._other
                made.append((rows, [entry.day, event, None, None, None, None, None, None]))
        return made

    def _series_rows(self, event: Event) -> list[tuple[list[Row], Row]]:
        """One row per occurrence of a series whose local day lies in the horizon."""
        begin = datetime.combine(self.start - timedelta(days=1), time(0), tzinfo=UTC)
        finish = datetime.combine(self.end + timedelta(days=1), time(0), tzinfo=UTC)
        found = occurrences(event, begin, finish)
        if not found:
            return []
        lane, shape = placement(event, found[0])
        length = found[0].end - found[0].start
        rows = self._scheduled if event.status is _SCHEDULED else self._other
        made = []
        for occ in found:
            day = occ.start.date()
            if self.start <= day < self.end:
                made.append((rows, [day, event, occ.start, length, lane, shape, None, None]))
        return made


def _between(rows: list[Row], start: date, end: date) -> list[Row]:
    """The rows whose day lies in [start, end)."""
    return rows[bisect_left(rows, start, key=_DAY):bisect_left(rows, end, key=_DAY)]
