"""Interpreter bookings: book, confirm, decline or cancel, list; and what the timeline and the
agenda need to show them (each event's interpreter state, the booking conflicts).

Whoever may write an event's category may book an interpreter for it (policy.require_write):
a booking says which appointment a survivor has and in which language, so it is as sensitive
as the event. Reading follows Action.READ like the timeline, and names, vendors, references
and notes are the event's content fields: a role that does not read the event's title in
full reads none of them (``visible``). The store keeps each event's ``interpreter_booked``
flag in step with its confirmed bookings (models.store_bookings).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from models.errors import NotFound
from models.i18n import fill, translate
from models.records import BookingStatus, Case, Event, InterpreterBooking, Role
from timeline.agenda import CONFLICT_HORIZON_DAYS
from timeline.conflicts import Conflict, ConflictKind, find_conflicts
from timeline.jurisdictions import zone_for_jurisdiction
from timeline.lanes import InterpreterState, TimelineEntry, interpreter_state
from timeline.merge import bookings_by_event, build_timeline
from workbench.operations import policy
from workbench.operations.changes import Changes, Done, Kind
from workbench.operations.context import Context
from workbench.operations.policy import Action
from workbench.operations.views import case_of

_CHANGED = (Kind.INTERPRETERS, Kind.EVENTS)  # the event's interpreter_booked moves with it
INTERPRETER_KINDS = frozenset({ConflictKind.INTERPRETER, ConflictKind.INTERPRETER_LANGUAGE,
                               ConflictKind.INTERPRETER_DOUBLE_BOOKED})
# what find_conflicts over a timeline cannot find (it holds no bookings): views adds these
BOOKING_ONLY_KINDS = frozenset({ConflictKind.INTERPRETER_LANGUAGE,
                                ConflictKind.INTERPRETER_DOUBLE_BOOKED})
_OPEN = frozenset({BookingStatus.REQUESTED, BookingStatus.CONFIRMED})


def _changes(booking: InterpreterBooking) -> Changes:
    return Changes.of(*_CHANGED, case_id=booking.case_id)


def book(ctx: Context, *, event_id: int, language: str, provider: str, mode: str,
         dialect: str | None = None, contact_id: int | None = None,
         interpreter_name: str | None = None, vendor: str | None = None,
         notes: str | None = None, case_id: int | None = None, case_ref: str | None = None,
         status: str | None = None, reference: str | None = None) -> Done[InterpreterBooking]:
    """Book an interpreter for an appointment or hearing (``requested`` unless ``status``
    says it is confirmed already); with ``case_id``/``case_ref`` the event must be of that
    case."""
    policy.require(ctx, Action.READ)
    event = _event_of(ctx, event_id, case_id=case_id, case_ref=case_ref)
    policy.require_write(ctx, event.category)
    extra = {} if status is None else {"status": status}
    booking = ctx.store.add_interpreter_booking(
        event.id, language, provider, mode, dialect=dialect, contact_id=contact_id,
        interpreter_name=interpreter_name, vendor=vendor, notes=notes, reference=reference,
        **extra)
    return Done(booking, _changes(booking))


def confirm(ctx: Context, *, booking_id: int, reference: str | None = None,
            version: int | None = None, **fields: Any) -> Done[InterpreterBooking]:
    """Mark a booking confirmed, with the vendor's or court's reference (and any other field
    learnt with the confirmation: interpreter_name, contact_id, mode…)."""
    return _set_status(ctx, booking_id, BookingStatus.CONFIRMED, version=version,
                       reference=reference, **fields)


def decline(ctx: Context, *, booking_id: int, version: int | None = None,
            notes: str | None = None) -> Done[InterpreterBooking]:
    """The vendor or interpreter said no."""
    extra = {} if notes is None else {"notes": notes}
    return _set_status(ctx, booking_id, BookingStatus.DECLINED, version=version, **extra)


def cancel(ctx: Context, *, booking_id: int, version: int | None = None,
           notes: str | None = None) -> Done[InterpreterBooking]:
    """We called the booking off (the appointment moved, another interpreter was found)."""
    extra = {} if notes is None else {"notes": notes}
    return _set_status(ctx, booking_id, BookingStatus.CANCELLED, version=version, **extra)


def update(ctx: Context, *, booking_id: int, version: int | None = None,
           **fields: Any) -> Done[InterpreterBooking]:
    """Change a booking's fields (status included) as the dialog edits them."""
    booking = _writable(ctx, booking_id)
    changed = ctx.store.update_interpreter_booking(booking.id, version=version, **fields)
    return Done(changed, _changes(changed))


def _set_status(ctx: Context, booking_id: int, status: BookingStatus, *,
                version: int | None, **fields: Any) -> Done[InterpreterBooking]:
    given = {k: v for k, v in fields.items() if v is not None}
    return update(ctx, booking_id=booking_id, version=version, status=status, **given)


def _writable(ctx: Context, booking_id: int) -> InterpreterBooking:
    policy.require(ctx, Action.READ)
    booking = ctx.store.get_interpreter_booking(booking_id)
    policy.require_write(ctx, booking.category)
    return booking


def _event_of(ctx: Context, event_id: int, *, case_id: int | None,
              case_ref: str | None) -> Event:
    event = ctx.store.get_event(event_id)
    if case_id is not None or case_ref is not None:
        case = case_of(ctx, case_id=case_id, case_ref=case_ref)
        if event.case_id != case.id:
            raise NotFound(fill(translate("Interpreters",
                    "There is no event with id %1 in this case."),
                    repr(event_id)))
    return event


# --- reading ---------------------------------------------------------------------------------

def bookings_for(ctx: Context, *, case_id: int | None = None, case_ref: str | None = None,
                 event_id: int | None = None,
                 as_role: Role | str | None = None) -> list[InterpreterBooking]:
    """Bookings of a case (or of one event, or of every case), as the role may read them."""
    policy.require(ctx, Action.READ)
    role = policy.view_role(ctx, as_role)
    if case_ref is not None or case_id is not None:
        case_id = case_of(ctx, case_id=case_id, case_ref=case_ref).id
    found = ctx.store.list_interpreter_bookings(case_id, event_id=event_id)
    return [visible(role, b) for b in found]


@dataclasses.dataclass(frozen=True)
class Listed:
    """One booking as a list shows it: the booking (role-viewed), its case's reference, and
    its event's kind and local day."""

    booking: InterpreterBooking
    case_ref: str
    event_kind: str
    day: date | None


def listing(ctx: Context, *, case_ref: str | None = None,
            as_role: Role | str | None = None) -> list[Listed]:
    """The bookings of one case (or of every case) with their events' days, by day."""
    found = bookings_for(ctx, case_ref=case_ref, as_role=as_role)
    refs = {c.id: c.ref for c in ctx.store.list_cases()}
    case_id = None if case_ref is None else ctx.store.get_case_by_ref(case_ref).id
    events = {e.id: e for e in ctx.store.list_events(case_id=case_id)}
    out = [Listed(b, refs[b.case_id], events[b.event_id].kind.value,
                  events[b.event_id].due_day()) for b in found]
    return sorted(out, key=lambda x: (x.day or date.max, x.booking.id))


def visible(role: Role, booking: InterpreterBooking) -> InterpreterBooking:
    """The booking as ``role`` reads it: names, vendor, reference and notes only for a role
    that reads the event's category in full (the language and status stay: they are what the
    team needs to know to get the survivor an interpreter)."""
    if policy.sees_fully(role, booking.category):
        return booking
    return dataclasses.replace(booking, interpreter_name=None, vendor=None, reference=None,
                               notes=None)


def states_for(ctx: Context, *, case_id: int | None = None) -> dict[int, InterpreterState]:
    """Each event's interpreter state (needed / requested / confirmed), by event id, for the
    events of one case (or of every case) that need an interpreter or have a booking."""
    policy.require(ctx, Action.READ)
    by_event = bookings_by_event(ctx.store.list_interpreter_bookings(case_id))
    out: dict[int, InterpreterState] = {}
    for event in ctx.store.list_events(case_id=case_id):
        state = interpreter_state(event.interpreter_needed, event.interpreter_booked,
                                  by_event.get(event.id, ()))
        if state is not None:
            out[event.id] = state
    return out


def entry_states(ctx: Context,
                 entries: Iterable[TimelineEntry]) -> dict[str, InterpreterState]:
    """The interpreter state of each of ``entries`` that needs one, by entry key (the
    agenda's items: their flags, and the bookings of their events)."""
    policy.require(ctx, Action.READ)
    by_event = bookings_by_event(ctx.store.list_interpreter_bookings())
    out: dict[str, InterpreterState] = {}
    for e in entries:
        found = () if e.event_id is None else by_event.get(e.event_id, ())
        state = interpreter_state(e.interpreter_needed, e.interpreter_booked, found)
        if state is not None:
            out[e.key] = state
    return out


def booking_conflicts(ctx: Context, *, case_id: int | None = None, case_ref: str | None = None,
                      start: date | None = None, end: date | None = None,
                      kinds: Collection[ConflictKind] = INTERPRETER_KINDS,
                      ) -> list[tuple[Case, Conflict]]:
    """The interpreter conflicts of one case (or of the caseload) from ``start`` (60 days
    back) to ``end`` (the conflict horizon): no confirmed booking 48 h before (by the
    context's clock), a booking in another language or dialect, the same interpreter booked
    for overlapping events -- of any two cases, so other cases' booked events are read too."""
    policy.require(ctx, Action.READ)
    today = ctx.today()
    start = start or today - timedelta(days=60)
    end = end or today + timedelta(days=CONFLICT_HORIZON_DAYS)
    wanted = None if case_id is None and case_ref is None else \
        case_of(ctx, case_id=case_id, case_ref=case_ref).id
    bookings = ctx.store.list_interpreter_bookings()
    if not bookings and ConflictKind.INTERPRETER not in kinds:
        return []  # the other kinds are conflicts of bookings
    cases = {c.id: c for c in ctx.store.list_cases()}
    # the notice check needs every event needing an interpreter; the booking checks only
    # the booked ones (of other cases too: one interpreter, two cases)
    events = _needing(ctx, wanted) if ConflictKind.INTERPRETER in kinds or wanted else []
    seen = {e.id for e in events}
    events += [e for e in _booked(ctx, bookings) if e.id not in seen]
    found = find_conflicts(_entries(events, cases, start, end), today=today, now=ctx.now(),
                           bookings=bookings_by_event(bookings),
                           case_languages={c.id: c.interpreter_language for c in cases.values()})
    return [(cases[c.case_id], c) for c in found
            if c.kind in kinds and (wanted is None or c.case_id == wanted)]


def _needing(ctx: Context, case_id: int | None) -> list[Event]:
    """The events that need an interpreter, of one case or of every case (one query)."""
    return [e for e in ctx.store.list_events(case_id=case_id) if e.interpreter_needed]


_ONE_BY_ONE = 50  # more booked events than this are picked out of one read of every event


def _booked(ctx: Context, bookings: Sequence[InterpreterBooking]) -> list[Event]:
    """The events with an open booking: read one by one while they are few (a round trip
    each on a hub), else picked out of one read of every event."""
    ids = sorted({b.event_id for b in bookings if b.status in _OPEN})
    if len(ids) > _ONE_BY_ONE:
        wanted = set(ids)
        return [e for e in ctx.store.list_events() if e.id in wanted]
    return [ctx.store.get_event(i) for i in ids]


def _entries(events: Sequence[Event], cases: Mapping[int, Case], start: date,
             end: date) -> list[TimelineEntry]:
    """Timeline entries of ``events`` in [start, end), each case's in its zone."""
    by_case: dict[int, list[Event]] = {}
    for event in events:
        by_case.setdefault(event.case_id, []).append(event)
    out: list[TimelineEntry] = []
    for case_id, mine in by_case.items():
        tz = zone_for_jurisdiction(cases[case_id].jurisdiction)
        out.extend(build_timeline(mine, start, end, tz=tz))
    return out
