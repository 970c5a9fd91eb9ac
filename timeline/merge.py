"""One merged timeline: every source of dates for a case, in one stable total order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from itertools import chain
from operator import attrgetter

from models.records import (
    Event,
    EventKind,
    EventStatus,
    Goal,
    InterpreterBooking,
    Matter,
    MatterKind,
)
from timeline.entries import occurrence_entry, placement
from timeline.lanes import Lane, Shape, TimelineEntry
from timeline.recurrence import local_midnight, occurrences, zone

_ORDER = attrgetter("order")
_DAY = timedelta(days=1)
_GOAL_STATUS = {"open": EventStatus.SCHEDULED, "achieved": EventStatus.DONE,
                "dropped": EventStatus.CANCELLED}


def merge(*sorted_lists: Iterable[TimelineEntry]) -> list[TimelineEntry]:
    """Merge lists already in timeline order into one list in timeline order."""
    # timsort finds the sorted runs and merges them in C: faster than heapq.merge's Python
    # heap, and the same list because the order is total (it ends in the unique key)
    return sorted(chain.from_iterable(sorted_lists), key=_ORDER)


def sort_entries(entries: Iterable[TimelineEntry]) -> list[TimelineEntry]:
    """Entries in timeline order: start (absolute time), then lane, then key."""
    return sorted(entries, key=_ORDER)


def entries_for_event(event: Event, start: datetime, end: datetime,
                      matter_kind: MatterKind | None = None) -> list[TimelineEntry]:
    """The timeline entries of one event (one per occurrence) starting in [start, end)."""
    found = occurrences(event, start, end)
    if not found:
        return []
    lane, shape = placement(event, found[0], matter_kind)
    if event.rrule:
        prefix = f"event:{event.id}@"
        return [occurrence_entry(event, occ, lane, shape, prefix + occ.start.date().isoformat())
                for occ in found]
    return [occurrence_entry(event, found[0], lane, shape, f"event:{event.id}")]


def entries_for_goals(goals: Iterable[Goal], start: datetime, end: datetime,
                      tz: str = "UTC") -> list[TimelineEntry]:
    """Care-plan milestones with a due date in [start, end) as entries, in timeline order."""
    zone_info = zone(tz)
    found = []
    for goal in goals:
        for milestone in goal.milestones:
            if milestone.due is None:
                continue
            moment = local_midnight(milestone.due, zone_info)
            if not start <= moment < end:
                continue
            status = EventStatus.DONE if milestone.done else _GOAL_STATUS.get(
                goal.status, EventStatus.SCHEDULED)
            found.append(TimelineEntry(
                key=f"milestone:{milestone.id}", case_id=goal.case_id, lane=Lane.CARE_PLAN,
                kind=EventKind.MILESTONE, shape=Shape.MILESTONE, title=milestone.title,
                category=goal.category, start=moment, end=moment, day=milestone.due,
                all_day=True, status=status,
            ))
    return sort_entries(found)


def window(start: date | datetime, end: date | datetime, tz: str = "UTC") -> tuple[datetime, datetime]:
    """An aware [start, end) window; dates mean local midnights in ``tz``."""
    zone_info = zone(tz)

    def moment(value: date | datetime) -> datetime:
        if isinstance(value, datetime):
            return value if value.tzinfo is not None else value.replace(tzinfo=zone_info)
        return local_midnight(value, zone_info)

    return moment(start), moment(end)


def build_timeline(events: Sequence[Event], start: date | datetime, end: date | datetime, *,
                   matters: Iterable[Matter] = (), goals: Iterable[Goal] = (),
                   tz: str = "UTC") -> list[TimelineEntry]:
    """Every event occurrence, deadline and care-plan milestone in [start, end), in order.

    Dates given as ``start``/``end`` (and care-plan milestones, which have no zone) are read
    in ``tz``; events keep their own zones.
    """
    begin, finish = window(start, end, tz)
    kinds = {matter.id: matter.kind for matter in matters}
    # one sorted run per source; recurring series come out of rrule already ordered
    runs: list[list[TimelineEntry]] = [entries_for_goals(goals, begin, finish, tz)]
    singles: list[TimelineEntry] = []
    for event in events:
        found = entries_for_event(event, begin, finish, kinds.get(event.matter_id or -1))
        if len(found) > 1:
            runs.append(found)
        else:
            singles.extend(found)
    runs.append(sort_entries(singles))
    return merge(*runs)


def bookings_by_event(
        bookings: Iterable[InterpreterBooking]) -> dict[int, tuple[InterpreterBooking, ...]]:
    """Interpreter bookings grouped by the event they are for (each group oldest first), as
    the conflict checks and the interpreter marks look them up for an entry's ``event_id``."""
    found: dict[int, list[InterpreterBooking]] = {}
    for booking in sorted(bookings, key=lambda b: b.id):
        found.setdefault(booking.event_id, []).append(booking)
    return {event_id: tuple(group) for event_id, group in found.items()}
