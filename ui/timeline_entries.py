"""What the timeline view and the Dates list show: one flat, role-filtered entry per date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from models.records import EventKind, EventStatus, Owner
from timeline.lanes import Lane, TimelineEntry
from timeline.lanes import Shape as EngineShape
from ui.i18n import translate
from ui.labels import value_label


class Shape(StrEnum):
    """How an entry is drawn; shape, not colour, tells the kinds apart."""

    DEADLINE = "deadline"  # diamond
    HEARING = "hearing"  # square with a gavel bar
    APPOINTMENT = "appointment"  # circle
    WINDOW = "window"  # bar from start to end
    EXPECTED_BY = "expected_by"  # hollow triangle
    MILESTONE = "milestone"  # flag


LANES: tuple[Lane, ...] = tuple(Lane)
_EPOCH = date(1970, 1, 1)


@dataclass(frozen=True, slots=True)
class ViewEntry:
    """One drawable date: where the painter puts it, adapted from the engine's entry.

    ``t0``/``t1`` are days since 1970-01-01 in local wall time. Everything else about the date
    (status, owner, rule, explanation, notes…) is read from ``source``, the timeline engine's
    ``TimelineEntry`` (already role-viewed), not copied: one representation of an entry.
    """

    key: str  # "event:12" or "event:12@2026-05-04" for one occurrence of a series
    record_id: int | None
    lane: Lane
    shape: Shape
    t0: float
    t1: float
    all_day: bool
    title: str
    kind: str
    conflicts: tuple[str, ...] = ()  # the reason of each conflict the entry is part of
    source: TimelineEntry | None = None
    # each conflict's identity, in the order of ``conflicts`` (see conflict_id): two conflicts
    # may read the same ("… has no staff member assigned") and still be two
    conflict_ids: tuple[str, ...] = ()
    # the event's interpreter: "needed", "requested", "confirmed" (timeline.lanes
    # .InterpreterState), or "" when none is needed
    interpreter: str = ""

    @property
    def status(self) -> str:
        """The event's status ("" for a drawing-only entry)."""
        return str(self.source.status) if self.source else ""

    @property
    def owner(self) -> str:
        """Who must act."""
        return str(self.source.owner or "") if self.source else ""

    @property
    def rule(self) -> str:
        """The rule that computed the date, if any (and the role may read it)."""
        return (self.source.rule_id or "") if self.source else ""

    @property
    def explanation(self) -> tuple[str, ...]:
        """Why this date: the arithmetic step by step."""
        return tuple(self.source.explanation) if self.source else ()

    @property
    def notes(self) -> str | None:
        """Notes the role may read."""
        return self.source.notes if self.source else None

    @property
    def tz(self) -> str:
        """The zone abbreviation of the start."""
        return (self.source.start.tzname() or "") if self.source else ""

    @property
    def overridden(self) -> bool:
        """True when a person changed the computed date."""
        return bool(self.source.overridden) if self.source else False

    @property
    def computed_day(self) -> date | None:
        """What the rule computed (differs from the day when overridden)."""
        return self.source.computed_day if self.source else None

    @property
    def safe_day(self) -> date | None:
        """The earliest defensible reading, when the rule is ambiguous."""
        return self.source.safe_day if self.source else None

    @property
    def day(self) -> date:
        """The local date the entry starts on."""
        return _EPOCH + timedelta(days=int(self.t0 // 1))

    @property
    def time_text(self) -> str:
        """HH:MM of the start, or empty for all-day entries."""
        if self.all_day:
            return ""
        minutes = round((self.t0 % 1) * 1440)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"


def to_days(value: date | datetime) -> float:
    """Days since 1970-01-01 of a local date or wall-clock datetime."""
    if isinstance(value, datetime):
        midnight = datetime.combine(value.date(), time(), value.tzinfo)
        frac = (value - midnight).total_seconds() / 86400
        return (value.date() - _EPOCH).days + frac
    return float((value - _EPOCH).days)


def from_days(t: float) -> date:
    """The date a day number falls on."""
    return _EPOCH + timedelta(days=int(t // 1))


def display_shape(entry: TimelineEntry) -> Shape:
    """How an engine entry is drawn: the engine's kind of date, hearings apart from the rest."""
    if entry.shape == EngineShape.WINDOW:
        return Shape.WINDOW
    if entry.shape == EngineShape.DEADLINE:
        return Shape.DEADLINE
    if entry.shape == EngineShape.EXPECTED_BY:
        return Shape.EXPECTED_BY
    if entry.shape == EngineShape.MILESTONE:
        return Shape.MILESTONE
    return Shape.HEARING if entry.kind == EventKind.COURT_HEARING else Shape.APPOINTMENT


def conflict_id(kind: str, keys: tuple[str, ...]) -> str:
    """A conflict's identity: its kind and the entries it joins ("overlap|event:3|event:7")."""
    return "|".join((str(kind), *keys))


def from_engine(entry: TimelineEntry, conflicts: tuple[str, ...] = (),
                conflict_ids: tuple[str, ...] = (), interpreter: str = "") -> ViewEntry:
    """Adapt a ``timeline.lanes.TimelineEntry`` to what the view paints (local wall time);
    ``conflicts`` are the reasons of its conflicts, ``conflict_ids`` their identities,
    ``interpreter`` the event's interpreter state."""
    shape = display_shape(entry)
    t0 = to_days(entry.start.replace(tzinfo=None))
    if shape == Shape.WINDOW:
        t1 = to_days(entry.end.replace(tzinfo=None))
    else:
        t1 = t0
    return ViewEntry(
        key=entry.key, record_id=entry.event_id, lane=entry.lane, shape=shape, t0=t0,
        t1=max(t0, t1), all_day=entry.all_day, title=entry.title, kind=str(entry.kind),
        conflicts=tuple(conflicts), source=entry, conflict_ids=tuple(conflict_ids),
        interpreter=interpreter,
    )


def interpreter_text(entry: ViewEntry) -> str:
    """The entry's interpreter state in words, with the language ("" when none is needed)."""
    state = {"needed": translate("TimelineEntry", "needed, not booked"),
             "requested": translate("TimelineEntry", "requested, not confirmed"),
             "confirmed": translate("TimelineEntry", "confirmed")}.get(entry.interpreter, "")
    language = entry.source.interpreter_language if entry.source else None
    return state + (f" ({language})" if state and language else "")


def describe(entry: ViewEntry) -> str:
    """Plain-text details for a tooltip or the details pane, with "why this date"."""
    when = entry.day.isoformat() + (f" {entry.time_text}" if entry.time_text else "")
    lines = [entry.title, f"{when}  ·  {value_label(EventKind, entry.kind)}"]
    if entry.status:
        lines.append(translate("TimelineEntry", "Status: ") + value_label(EventStatus,
                                                                          entry.status))
    if entry.owner:
        lines.append(translate("TimelineEntry", "Who acts: ") + value_label(Owner, entry.owner))
    if entry.interpreter:
        lines.append(translate("TimelineEntry", "Interpreter: ") + interpreter_text(entry))
    for reason in entry.conflicts:
        lines.append("! " + reason)
    if entry.rule:
        lines.append(translate("TimelineEntry", "Why this date — rule ") + entry.rule)
        if entry.overridden and entry.computed_day:
            lines.append("  " + translate("TimelineEntry", "Changed by hand; the rule computed ")
                         + entry.computed_day.isoformat())
        if entry.safe_day and entry.safe_day != entry.day:
            lines.append("  " + translate("TimelineEntry", "Safe reading (earliest defensible): ")
                         + entry.safe_day.isoformat())
        lines.extend("  " + step for step in entry.explanation)
    if entry.notes:
        lines.append(translate("TimelineEntry", "Notes: ") + entry.notes)
    return "\n".join(lines)
