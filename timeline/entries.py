"""Timeline entries built from events, fast: the agenda builds thousands on every refresh.

``TimelineEntry(...)`` (a frozen, slotted dataclass) passes 28 keywords through a generated
``__init__`` that sets each field with ``object.__setattr__``, then computes its order: about
7 µs an entry. Here each slot's own descriptor is called on a bare instance, which gives the
same object in about a third of the time. tests/timeline/test_entries.py checks that both ways
give equal entries with equal order, so the two cannot drift apart.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import lru_cache

from models.records import Category, Event, EventKind, MatterKind, Owner
from timeline.lanes import LANE_ORDER, Lane, Shape, TimelineEntry, instant, lane_for, shape_for
from timeline.recurrence import Occurrence, event_span

_DAY = timedelta(days=1)
_DATE_SHAPES = frozenset({Shape.DEADLINE, Shape.EXPECTED_BY, Shape.MILESTONE})
_FIELDS = (
    "key", "case_id", "lane", "kind", "shape", "title", "category", "start", "end", "day",
    "event_id", "all_day", "owner", "status", "location", "interpreter_needed",
    "interpreter_booked", "interpreter_language", "notes", "explanation", "rule_id",
    "overridden", "computed_day", "safe_day", "matter_id", "assigned_to", "evidence_for_id",
    "trigger_id", "order",
)
if _FIELDS != TimelineEntry.__slots__:  # a new field must be set below too
    raise RuntimeError("timeline.entries is out of step with TimelineEntry's fields")

_new = object.__new__
(_key, _case_id, _lane, _kind, _shape, _title, _category, _start, _end, _day, _event_id,
 _all_day, _owner, _status, _location, _interp_needed, _interp_booked, _interp_language,
 _notes, _explanation, _rule_id, _overridden, _computed_day, _safe_day, _matter_id,
 _assigned_to, _evidence_for_id, _trigger_id, _order) = (
    getattr(TimelineEntry, name).__set__ for name in _FIELDS)


def entry_of(event: Event, key: str, lane: Lane, shape: Shape, start: datetime,
             end: datetime, day: object) -> TimelineEntry:
    """The entry of ``event`` at ``start``–``end``; equal to building it with the constructor."""
    entry = _new(TimelineEntry)
    _key(entry, key)
    _case_id(entry, event.case_id)
    _lane(entry, lane)
    _kind(entry, event.kind)
    _shape(entry, shape)
    _title(entry, event.title)
    _category(entry, event.category)
    _start(entry, start)
    _end(entry, end)
    _day(entry, day)
    _event_id(entry, event.id)
    _all_day(entry, event.all_day or event.start is None)
    _owner(entry, event.owner)
    _status(entry, event.status)
    _location(entry, event.location)
    _interp_needed(entry, event.interpreter_needed)
    _interp_booked(entry, event.interpreter_booked)
    _interp_language(entry, event.interpreter_language)
    _notes(entry, event.notes)
    _explanation(entry, event.explanation)
    _rule_id(entry, event.rule_id)
    _overridden(entry, event.overridden)
    _computed_day(entry, event.computed_due)
    _safe_day(entry, event.safe_due)
    _matter_id(entry, event.matter_id)
    _assigned_to(entry, event.assigned_to)
    _evidence_for_id(entry, event.evidence_for_id)
    _trigger_id(entry, event.trigger_id)
    _order(entry, (instant(start), LANE_ORDER[lane], key))
    return entry


@lru_cache(maxsize=1024)
def lane_and_shape(kind: EventKind, category: Category, matter_kind: MatterKind | None,
                   owner: Owner | None, has_time: bool, has_span: bool) -> tuple[Lane, Shape]:
    """The lane and shape of an event's entries (a handful of combinations, so cached)."""
    return (lane_for(kind, category, matter_kind),
            shape_for(kind, owner, has_time=has_time, has_span=has_span))


def placement(event: Event, first: Occurrence,
              matter_kind: MatterKind | None = None) -> tuple[Lane, Shape]:
    """The lane and shape of ``event`` whose first occurrence is ``first``."""
    has_time = event.start is not None and not event.all_day
    has_span = first.end - first.start > (timedelta(0) if has_time else _DAY)
    return lane_and_shape(event.kind, event.category, matter_kind, event.owner, has_time, has_span)


def occurrence_entry(event: Event, occ: Occurrence, lane: Lane, shape: Shape,
                     key: str) -> TimelineEntry:
    """One entry of ``event`` at ``occ``; a date (deadline, milestone) is a point at its day's start."""
    end = occ.start if shape in _DATE_SHAPES else occ.end
    day = event.due if event.due is not None and not event.rrule else occ.start.date()
    return entry_of(event, key, lane, shape, occ.start, end, day)


def one_off_entry(event: Event, matter_kind: MatterKind | None = None) -> TimelineEntry | None:
    """The single entry of a one-off event wherever it lies in time (None without a date)."""
    first = event_span(event)
    if first is None:
        return None
    lane, shape = placement(event, first, matter_kind)
    return occurrence_entry(event, first, lane, shape, f"event:{event.id}")
