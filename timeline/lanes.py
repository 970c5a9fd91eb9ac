"""Timeline lanes and the tables that put each entry in one.

A lane is chosen by looking up, in order: the event kind (some kinds always belong to one
lane), a clinical category (clinical data stays in the medical lane whatever the matter), the
matter kind, the category, and finally the services lane.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum

from models.records import (
    CLINICAL_CATEGORIES,
    BookingStatus,
    Category,
    EventKind,
    EventStatus,
    InterpreterBooking,
    MatterKind,
    Owner,
)


class Lane(StrEnum):
    """The rows of the timeline, in display order."""

    MEDICAL = "medical"
    IMMIGRATION = "immigration"
    PROTECTIVE_ORDER = "protective_order"
    COURT = "court"  # criminal and family court
    SERVICES = "services"
    CARE_PLAN = "care_plan"


LANE_ORDER: dict[Lane, int] = {lane: index for index, lane in enumerate(Lane)}

# kinds that always sit in one lane; the others (None) follow their matter or category
KIND_LANE: dict[EventKind, Lane | None] = {
    EventKind.MEDICAL_APPOINTMENT: Lane.MEDICAL,
    EventKind.SERVICE_APPOINTMENT: Lane.SERVICES,
    EventKind.CASE_CONFERENCE: Lane.SERVICES,
    EventKind.COURT_HEARING: None,
    EventKind.LEGAL_DEADLINE: None,
    EventKind.MILESTONE: None,
    EventKind.TASK: None,
}

MATTER_LANE: dict[MatterKind, Lane] = {
    MatterKind.IMMIGRATION: Lane.IMMIGRATION,
    MatterKind.PROTECTIVE_ORDER: Lane.PROTECTIVE_ORDER,
    MatterKind.CRIMINAL: Lane.COURT,
    MatterKind.FAMILY: Lane.COURT,
    MatterKind.CIVIL: Lane.COURT,
}

CATEGORY_LANE: dict[Category, Lane] = {
    Category.MEDICAL: Lane.MEDICAL,
    Category.REPRODUCTIVE_HEALTH: Lane.MEDICAL,
    Category.HIV_STI: Lane.MEDICAL,
    Category.MENTAL_HEALTH: Lane.MEDICAL,
    Category.SUBSTANCE_USE: Lane.MEDICAL,
    Category.IMMIGRATION: Lane.IMMIGRATION,
    Category.PROTECTIVE_ORDER: Lane.PROTECTIVE_ORDER,
    Category.CRIMINAL_CASE: Lane.COURT,
    Category.FAMILY_CASE: Lane.COURT,
    Category.TRAFFICKING_NARRATIVE: Lane.COURT,
    Category.SAFETY_PLAN: Lane.CARE_PLAN,
    Category.HOUSING_BENEFITS: Lane.SERVICES,
    Category.IDENTITY: Lane.SERVICES,
    Category.CONTACT_LOCATION: Lane.SERVICES,
}


def lane_for(kind: EventKind, category: Category, matter_kind: MatterKind | None = None) -> Lane:
    """The lane of an entry of this kind and category, in a matter of this kind (if any)."""
    fixed = KIND_LANE.get(kind)
    if fixed is not None:
        return fixed
    if category in CLINICAL_CATEGORIES:
        return Lane.MEDICAL
    if matter_kind is not None:
        return MATTER_LANE[matter_kind]
    return CATEGORY_LANE.get(category, Lane.SERVICES)


class Shape(StrEnum):
    """How an entry is drawn: a moment, a time span, a date window, or a kind of date."""

    POINT = "point"
    SPAN = "span"
    WINDOW = "window"
    DEADLINE = "deadline"
    EXPECTED_BY = "expected_by"
    MILESTONE = "milestone"


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One dated item on a survivor's timeline (an occurrence, deadline or milestone)."""

    key: str  # "event:12", "event:12@2026-12-01" (an occurrence), "milestone:4"
    case_id: int
    lane: Lane
    kind: EventKind
    shape: Shape
    title: str
    category: Category
    start: datetime  # aware
    end: datetime  # aware; equals start for points and dates
    day: date  # local date of start in the entry's zone
    event_id: int | None = None
    all_day: bool = False
    owner: Owner | None = None
    status: EventStatus = EventStatus.SCHEDULED
    location: str | None = None
    interpreter_needed: bool = False
    interpreter_booked: bool = False
    interpreter_language: str | None = None
    notes: str | None = None
    explanation: tuple[str, ...] = ()
    rule_id: str | None = None
    overridden: bool = False
    computed_day: date | None = None  # what the rule computed, kept when overridden
    safe_day: date | None = None  # earliest defensible reading, when ambiguous
    matter_id: int | None = None
    assigned_to: str | None = None
    evidence_for_id: int | None = None
    trigger_id: int | None = None
    order: tuple[float, int, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # the total order of the timeline: absolute time, then lane, then key
        object.__setattr__(self, "order", (instant(self.start), LANE_ORDER[self.lane], self.key))

    @property
    def timed(self) -> bool:
        """True for a commitment at a time of day (not an all-day date)."""
        return not self.all_day and self.shape in (Shape.POINT, Shape.SPAN)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def instant(moment: datetime) -> float:
    """POSIX seconds of ``moment``, equal to ``moment.timestamp()``.

    For an aware moment this is CPython's own definition of timestamp(), about 40 % cheaper
    with ZoneInfo zones; the agenda computes it for thousands of entries.
    """
    if moment.tzinfo is None:
        return moment.timestamp()
    return (moment - _EPOCH).total_seconds()


# kinds that are dates to meet rather than appointments to attend
DATE_KINDS = frozenset({EventKind.LEGAL_DEADLINE, EventKind.MILESTONE, EventKind.TASK})
OTHERS_OWNERS = frozenset({Owner.COURT, Owner.AGENCY})


def shape_for(kind: EventKind, owner: Owner | None, *, has_time: bool, has_span: bool) -> Shape:
    """The shape of an entry from its kind, owner and whether it has a time and a length."""
    if kind in DATE_KINDS:
        if owner in OTHERS_OWNERS:
            return Shape.EXPECTED_BY
        if has_span:
            return Shape.WINDOW
        return Shape.DEADLINE if kind is EventKind.LEGAL_DEADLINE else Shape.MILESTONE
    if has_span:
        return Shape.SPAN if has_time else Shape.WINDOW
    return Shape.POINT


class InterpreterState(StrEnum):
    """Where an event's interpreter stands, as the agenda and the timeline mark it."""

    NEEDED = "needed"  # needed, nothing booked (or every booking declined or cancelled)
    REQUESTED = "requested"  # a booking asked for, none confirmed yet
    CONFIRMED = "confirmed"  # a booking confirmed (the event's interpreter_booked)


def interpreter_state(needed: bool, booked: bool,
                      bookings: Iterable[InterpreterBooking] = ()) -> InterpreterState | None:
    """An event's interpreter state from its flags and bookings; None: no interpreter needed.

    ``booked`` (the event's ``interpreter_booked``, which the store keeps true exactly while a
    booking is confirmed, and which older records set by hand) counts as confirmed.
    """
    statuses = {b.status for b in bookings}
    if booked or BookingStatus.CONFIRMED in statuses:
        return InterpreterState.CONFIRMED
    if BookingStatus.REQUESTED in statuses:
        return InterpreterState.REQUESTED
    return InterpreterState.NEEDED if needed or statuses else None
