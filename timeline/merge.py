"""One merged timeline: every source of dates for a case, in one stable total order."""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from operator import attrgetter

from models.records import Event, EventKind, EventStatus, Goal, Matter, MatterKind
from timeline.lanes import Lane, Shape, TimelineEntry, lane_for, shape_for
from timeline.recurrence import Occurrence, local_midnight, occurrences, zone

_ORDER = attrgetter("order")
_DAY = timedelta(days=1)
_GOAL_STATUS = {"open": EventStatus.SCHEDULED, "achieved": EventStatus.DONE,
                "dropped": EventStatus.CANCELLED}


def merge(*sorted_lists: Iterable[TimelineEntry]) -> list[TimelineEntry]:
    """Merge lists already in timeline order into one list in timeline order."""
    return list(heapq.merge(*sorted_lists, key=_ORDER))


def sort_entries(entries: Iterable[TimelineEntry]) -> list[TimelineEntry]:
    """Entries in timeline order: start (absolute time), then lane, then key."""
    return sorted(entries, key=_ORDER)


def entries_for_event(event: Event, start: datetime, end: datetime,
                      matter_kind: MatterKind | None = None) -> list[TimelineEntry]:
    """The timeline entries of one event (one per occurrence) starting in [start, end)."""
    found = occurrences(event, start, end)
    if not found:
        return []
    lane = lane_for(event.kind, event.category, matter_kind)
    has_time = event.start is not None and not event.all_day
    length = found[0].end - found[0].start
    has_span = length > (timedelta(0) if has_time else _DAY)
    shape = shape_for(event.kind, event.owner, has_time=has_time, has_span=has_span)
    if event.rrule:
        return [_entry(event, occ, lane, shape, f"event:{event.id}@{occ.start.date()}")
                for occ in found]
    return [_entry(event, found[0], lane, shape, f"event:{event.id}")]


def _entry(event: Event, occ: Occurrence, lane: Lane, shape: Shape, key: str) -> TimelineEntry:
    """One entry of ``event`` at ``occ``."""
    # a date-only entry (deadline, milestone) is a point at the start of its day
    end = occ.start if shape in (Shape.DEADLINE, Shape.EXPECTED_BY, Shape.MILESTONE) else occ.end
    return TimelineEntry(
        key=key, case_id=event.case_id, lane=lane, kind=event.kind, shape=shape,
        title=event.title, category=event.category, start=occ.start, end=end,
        day=event.due if event.due is not None and not event.rrule else occ.start.date(),
        event_id=event.id, all_day=event.all_day or event.start is None, owner=event.owner,
        status=event.status, location=event.location,
        interpreter_needed=event.interpreter_needed, interpreter_booked=event.interpreter_booked,
        interpreter_language=event.interpreter_language, notes=event.notes,
        explanation=event.explanation, rule_id=event.rule_id, overridden=event.overridden,
        computed_day=event.computed_due, safe_day=event.safe_due, matter_id=event.matter_id,
        assigned_to=event.assigned_to, evidence_for_id=event.evidence_for_id,
        trigger_id=event.trigger_id,
    )


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
