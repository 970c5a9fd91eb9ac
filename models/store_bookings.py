"""Interpreter bookings (issue 15 §4): who interprets which appointment or hearing, how, and
whether it is confirmed.

A booking belongs to one event of a case (an appointment, a hearing or a case conference:
never a deadline, task or milestone) and takes that event's data category, so that on a hub it
is sealed with the event's key group and written only by roles that may write the event. The
interpreter is a contact of the case (or a shared one) or a name; both are optional while the
vendor has not said who comes.

The store keeps the event's ``interpreter_booked`` flag true exactly while one of the event's
bookings is CONFIRMED, in the same transaction as the booking write (the program reports, the
caseload and the conflict checks read the flag), and marks the event ``interpreter_needed``
when a booking is added to it. Every write is one audit entry of ids.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models import records as r
from models import store_convert as convert
from models import store_fields as f
from models.errors import NotFound
from models.i18n import fill, translate
from models.rows import CaseRow, ContactRow, EventRow, InterpreterBookingRow
from models.store_base import StoreBase

_SHORT = 120  # language, dialect, names and references are short texts


def _short(value: Any, field: str) -> str | None:
    found = f.opt_text(value, field)
    if found is not None and len(found) > _SHORT:
        raise f.bad(field, fill(translate("StoreBookings",
                "is longer than %1 characters"),
                _SHORT))
    return found


def _language(value: Any, field: str) -> str:
    found = _short(value, field)
    if found is None:
        raise f.bad(field, translate("StoreBookings",
                "is required (the language to interpret, e.g. Spanish or es)"))
    return found


BOOKING_FIELDS: dict[str, f.Coercer] = {
    "language": _language,
    "dialect": _short,
    "provider": f.enum(r.InterpreterProvider),
    "mode": f.enum(r.InterpreterMode),
    "contact_id": f.opt_id,
    "interpreter_name": _short,
    "vendor": _short,
    "status": f.enum(r.BookingStatus),
    "reference": _short,
    "confirmed_at": f.opt_moment,
    "notes": f.opt_text,
}


class BookingsMixin(StoreBase):
    """Interpreter bookings of appointments and hearings; the events' flags kept in step."""

    def add_interpreter_booking(self, event_id: int, language: str,
                                provider: r.InterpreterProvider | str,
                                mode: r.InterpreterMode | str,
                                **fields: object) -> r.InterpreterBooking:
        """Book an interpreter for an event (fields: dialect, contact_id, interpreter_name,
        vendor, status (requested), reference, confirmed_at, notes)."""
        for fixed in ("event_id", "case_id", "category"):
            if fixed in fields:
                raise f.bad(fixed, translate("StoreBookings",
                        "is the event's own; give the event id"))
        clean = f.clean({"language": language, "provider": provider, "mode": mode, **fields},
                        BOOKING_FIELDS, "an interpreter booking")
        with self._write() as s:
            event = self._bookable_event(s, event_id)
            self._check_contact(s, clean.get("contact_id"), event.case_id)
            _stamp_confirmation(clean, None, self._now)
            row = InterpreterBookingRow(case_id=event.case_id, category=event.category,
                                        **convert.columns(clean))
            row.event = event
            s.add(row)
            event.interpreter_needed = True
            _sync_booked(s, event)
            self._audit(s, "interpreter_booking.add", "interpreter_bookings", row.id,
                        event.case_id)
            return convert.booking(row)

    def update_interpreter_booking(self, booking_id: int,
                                   **fields: object) -> r.InterpreterBooking:
        """Change a booking: its status (confirm with a ``reference``), interpreter, mode,
        language or notes (``version``: as read); a call that changes nothing writes nothing."""
        expected = self._expected_version(fields)
        for fixed in ("event_id", "case_id", "category"):
            if fixed in fields:
                raise f.bad(fixed, translate("StoreBookings",
                        "a booking stays with its event; cancel it and book the other event"))
        clean = f.clean(fields, BOOKING_FIELDS, "an interpreter booking")
        with self._write() as s:
            row = _booking_row(s, booking_id)
            self._check_version(row, expected, convert.booking)
            if "contact_id" in clean:
                self._check_contact(s, clean["contact_id"], row.case_id)
            _stamp_confirmation(clean, row, self._now)
            changed = {k: v for k, v in convert.columns(clean).items() if getattr(row, k) != v}
            if not changed:
                return convert.booking(row)
            for name, value in changed.items():
                setattr(row, name, value)
            _sync_booked(s, row.event)
            self._audit(s, "interpreter_booking.update", "interpreter_bookings", row.id,
                        row.case_id)
            return convert.booking(row)

    def get_interpreter_booking(self, booking_id: int) -> r.InterpreterBooking:
        """The booking with this id."""
        with self._read() as s:
            return convert.booking(_booking_row(s, booking_id))

    def list_interpreter_bookings(self, case_id: int | None = None, *,
                                  event_id: int | None = None) -> list[r.InterpreterBooking]:
        """Bookings of one case, of one event, or (neither given) of every case, oldest first."""
        query = convert.BOOKING.select()
        if case_id is not None:
            query = query.where(InterpreterBookingRow.case_id == case_id)
        if event_id is not None:
            query = query.where(InterpreterBookingRow.event_id == event_id)
        with self._read() as s:
            found = convert.BOOKING.from_rows(s.execute(query.order_by(InterpreterBookingRow.id)))
            if not found and event_id is not None:
                self._require(s, EventRow, event_id)
            elif not found and case_id is not None:
                self._require(s, CaseRow, case_id)
            return found

    # --- checks -----------------------------------------------------------------------------

    def _bookable_event(self, s: Session, event_id: object) -> EventRow:
        event = self._get(s, EventRow, event_id)
        if r.EventKind(event.kind) not in r.BOOKABLE_KINDS:
            raise f.bad("event_id", translate("StoreBookings",
                    "is a deadline, task or milestone; book an interpreter for an appointment, "
                    "hearing or case conference"))
        return event

    @staticmethod
    def _check_contact(s: Session, contact_id: int | None, case_id: int) -> None:
        if contact_id is None:
            return
        found = s.execute(select(ContactRow.id).where(
            ContactRow.id == contact_id,
            or_(ContactRow.case_id == case_id, ContactRow.case_id.is_(None)))).first()
        if found is None:
            raise f.bad("contact_id", translate("StoreBookings",
                    "is not a contact of this case (nor a shared one)"))


def _booking_row(s: Session, booking_id: object) -> InterpreterBookingRow:
    row = s.get(InterpreterBookingRow, booking_id) \
        if isinstance(booking_id, int) and not isinstance(booking_id, bool) else None
    if row is None:
        raise NotFound(fill(translate("StoreBookings",
                "There is no interpreter booking with id %1."),
                repr(booking_id)))
    return row


def _stamp_confirmation(clean: dict[str, Any], row: InterpreterBookingRow | None,
                        now: Any) -> None:
    """A booking becoming confirmed gets its confirmation time (now, unless given)."""
    confirmed = r.BookingStatus.CONFIRMED
    was = None if row is None else row.status
    if clean.get("status") is confirmed and was != confirmed.value \
            and clean.get("confirmed_at") is None:
        clean["confirmed_at"] = now()


def has_bookings(s: Session, event_id: int) -> bool:
    """Whether the event has any interpreter booking (its ``interpreter_booked`` follows them)."""
    return s.execute(select(InterpreterBookingRow.id).where(
        InterpreterBookingRow.event_id == event_id).limit(1)).first() is not None


def _sync_booked(s: Session, event: EventRow) -> None:
    """The event's ``interpreter_booked``: true exactly while a booking of it is confirmed
    (read after a flush, so the write in hand counts)."""
    s.flush()
    booked = s.execute(select(InterpreterBookingRow.id).where(
        InterpreterBookingRow.event_id == event.id,
        InterpreterBookingRow.status == r.BookingStatus.CONFIRMED.value)).first() is not None
    if event.interpreter_booked != booked:
        event.interpreter_booked = booked


def booking_columns(values: Mapping[str, Any]) -> dict[str, Any]:
    """Stored column values of an imported booking's clean fields (models.interchange)."""
    return convert.columns(f.clean(values, BOOKING_FIELDS, "an interpreter booking"))
