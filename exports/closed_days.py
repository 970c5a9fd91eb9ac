"""Which printed hearings and deadlines fall on a day the court is closed (the closed_day check).

Computed purely from the plan's events and the closures the caller passes, with the conflict
engine's own calendar (``timeline.conflicts.closed_day_check``): a court hearing or legal
deadline that is still scheduled, on a weekend, a court holiday of its jurisdiction or a
recorded closure, is flagged. The jurisdiction is the event's matter's, else the case's. With
no jurisdiction known the engine has no calendar; a closure recorded for every calendar ("*")
is still a closure of this court, so those alone are checked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from exports.consent_gate import PacketPlan
from models.records import Closure, Event, EventKind, EventStatus, Matter
from timeline.conflicts import closed_day_check

COURT_KINDS = frozenset({EventKind.COURT_HEARING, EventKind.LEGAL_DEADLINE})
ClosedFn = Callable[[Event, datetime | date | None], str | None]


def local_day(event: Event, when: datetime | date) -> date:
    """The day of ``when`` where the event takes place."""
    if not isinstance(when, datetime):
        return when
    try:
        return when.astimezone(ZoneInfo(event.tz)).date()
    except (KeyError, ValueError):
        return when.date()


def closed_day_finder(plan: PacketPlan, closures: Sequence[Closure]) -> ClosedFn:
    """A function giving why the court is closed on an event's printed date (None: open)."""
    matters = {m.id: m for m in plan.records(Matter)}
    every = {c.day: f"closure: {c.reason.value.replace('_', ' ')}" for c in closures
             if c.calendar == "*"}
    frozen = tuple(closures)

    def why(event: Event, when: datetime | date | None) -> str | None:
        if when is None or event.kind not in COURT_KINDS \
                or event.status is not EventStatus.SCHEDULED:
            return None
        day = local_day(event, when)
        matter = matters.get(event.matter_id) if event.matter_id is not None else None
        jurisdiction = (matter.jurisdiction if matter else None) or plan.case.jurisdiction
        if not jurisdiction:
            return every.get(day)
        return closed_day_check(jurisdiction, frozen)(day)

    return why
