"""Events: appointments, hearings, deadlines, milestones and tasks."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable, Mapping
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Executable, Table, insert, literal_column, select, union_all
from sqlalchemy.orm import Session

from models import field_cipher
from models import records as r
from models import store_convert as convert
from models import store_fields as f
from models.errors import InvalidInput
from models.i18n import fill, translate
from models.rows import CaseRow, EventRow, MatterRow, TriggerRow
from models.store_base import StoreBase, note_core_rows
from models.store_bookings import has_bookings
from models.store_caseload import progression

EVENT_FIELDS: dict[str, f.Coercer] = {
    "kind": f.enum(r.EventKind),
    "title": f.text,
    "category": f.record_category,
    "matter_id": f.opt_id,
    "start": f.opt_moment,
    "end": f.opt_moment,
    "due": f.opt_day,
    "all_day": f.flag,
    "tz": f.zone,
    "location": f.opt_text,
    "status": f.enum(r.EventStatus),
    "rrule": f.recurrence,
    "exdates": f.days,
    "interpreter_needed": f.flag,
    "interpreter_booked": f.flag,
    "interpreter_language": f.opt_text,
    "owner": f.opt_enum(r.Owner),
    "assigned_to": f.opt_text,
    "notes": f.opt_text,
    "trigger_id": f.opt_id,
    "rule_id": f.opt_text,
    "result_label": f.opt_text,
    "computed_due": f.opt_day,
    "safe_due": f.opt_day,
    "overridden": f.flag,
    "explanation": f.texts,
    "evidence_for_id": f.opt_id,
}


def clean_event(fields: Mapping[str, object]) -> dict[str, Any]:
    """Coerce event fields; a start's own zone name becomes ``tz`` unless one is given."""
    clean = f.clean(fields, EVENT_FIELDS, "an event")
    start = clean.get("start")
    if start is not None and "tz" not in clean:
        key = getattr(start.tzinfo, "key", None)
        if key is None and start.utcoffset().total_seconds() != 0:
            raise f.bad("tz", translate("StoreEvents",
                    "give the time zone name (e.g. America/New_York) for this start time"))
        clean["tz"] = key or "UTC"
    return clean


def event_columns(event: r.Event) -> dict[str, Any]:
    """Column values of an event record, checking the fields that depend on each other."""
    if event.start is None and event.due is None:
        raise f.bad("due", translate("StoreEvents",
                "an event needs a start time or a due date"))
    if event.end is not None and (event.start is None or event.end < event.start):
        raise f.bad("end", translate("StoreEvents",
                "must be after the start"))
    cols = convert.event_columns(event)
    cols.update(series_columns(event.rrule, event.start, event.due, event.tz, event.exdates))
    return cols


def series_columns(body: str | None, start: datetime | None, due: date | None, tz: str,
                   exdates: Collection[date]) -> dict[str, int | None]:
    """``series_first/step/last``: the rule's arithmetic progression of local days, if it is
    one (store_caseload.progression), else NULL -- written with every rrule/start/due/tz/
    exdates, so that the caseload finds the next date in SQL."""
    found = progression(body, start, due, tz, exdates)
    if found is None:
        return dict(_NO_SERIES)
    return {"series_first": found[0], "series_step": found[1], "series_last": found[2]}


_NO_SERIES: dict[str, int | None] = {"series_first": None, "series_step": None, "series_last": None}


def draft(case_id: int, clean: Mapping[str, Any]) -> r.Event:
    """An unsaved event record (id 0) built from clean fields."""
    return r.Event(id=0, case_id=case_id, **clean)


class EventsMixin(StoreBase):
    """Events of every kind on a case's timeline."""

    def add_event(
        self, case_id: int, kind: r.EventKind | str, title: str, category: r.Category | str,
        **fields: object,
    ) -> r.Event:
        """Add one event (an appointment needs ``start``, a deadline ``due``)."""
        clean = clean_event({"kind": kind, "title": title, "category": category, **fields})
        event = draft(case_id, clean)
        with self._write() as s:
            self._require(s, CaseRow, case_id)  # exists: nothing of it is read
            self._check_links(s, case_id, [event])
            row = EventRow(case_id=case_id, **event_columns(event))
            s.add(row)
            s.flush()
            self._audit(s, "event.add", "events", row.id, case_id)
            return convert.event(row)

    def add_events_bulk(self, case_id: int, items: Iterable[Mapping[str, object]]) -> int:
        """Add many events to one case in one insert and one audit entry; returns the count."""
        columns = []
        events = []
        for i, item in enumerate(items):
            try:
                event = draft(case_id, clean_event(item))
                columns.append({"case_id": case_id, **event_columns(event)})
            except InvalidInput as exc:
                raise _prefixed(exc, f"events[{i}]") from None
            events.append(event)
        with self._write() as s:
            self._require(s, CaseRow, case_id)  # exists: nothing of it is read
            self._check_links(s, case_id, events)
            if columns:
                # Core executemany: the ORM's bulk insert drops None values and so splits
                # rows with different empty fields into one INSERT each.
                sealed = field_cipher.seal_core_rows(s.connection(), "events", columns)
                s.execute(insert(cast(Table, EventRow.__table__)), sealed)
                note_core_rows(s, "events", sealed)
            self._audit(s, "event.add_bulk", "events", None, case_id)
        return len(columns)

    def update_event(self, event_id: int, **fields: object) -> r.Event:
        """Change an event; a new ``due`` on a computed deadline marks it overridden."""
        expected = self._expected_version(fields)
        clean = clean_event(fields)
        with self._write() as s:
            row = self._get(s, EventRow, event_id)
            self._check_version(row, expected, convert.event)
            current = convert.event(row)
            if current.trigger_id is not None and "overridden" not in clean:
                if "due" in clean and clean["due"] != current.due:
                    clean["overridden"] = True
            if clean.get("overridden") is False and "due" not in clean:
                clean["due"] = current.computed_due or current.due  # back to the rule's date
            event = dataclasses.replace(current, **clean)
            if event.interpreter_booked != current.interpreter_booked \
                    and has_bookings(s, row.id):
                raise f.bad("interpreter_booked", translate(
                    "Field", "this event has interpreter bookings, and it counts as booked "
                             "exactly while one of them is confirmed: confirm, decline or "
                             "cancel a booking instead (workbench interpreter, or Dates → "
                             "Interpreter…)"))
            self._check_links(s, row.case_id, [event])
            for name, value in event_columns(event).items():
                setattr(row, name, value)
            self._audit(s, "event.update", "events", row.id, row.case_id)
            return convert.event(row)

    def delete_event(self, event_id: int) -> None:
        """Delete one event (events pointing to it as evidence lose the link)."""
        with self._write() as s:
            row = self._get(s, EventRow, event_id)
            case_id = row.case_id
            s.delete(row)
            self._audit(s, "event.delete", "events", event_id, case_id)

    def get_event(self, event_id: int) -> r.Event:
        """The event with this id."""
        with self._read() as s:
            return convert.event(self._get(s, EventRow, event_id))

    def list_events(
        self, case_id: int | None = None, start: date | None = None, end: date | None = None
    ) -> list[r.Event]:
        """Events whose first date is in [start, end], plus every recurring series."""
        window = []
        if start is not None:
            window.append(EventRow.first_date >= f.day(start, "start").isoformat())
        if end is not None:
            window.append(EventRow.first_date <= f.day(end, "end").isoformat())
        base = convert.EVENT.select().add_columns(EventRow.first_date)
        if case_id is not None:
            base = base.where(EventRow.case_id == case_id)
        query: Executable = base.order_by(EventRow.first_date, EventRow.id)
        if window:
            # Two index range scans (ix_events_first_date, ix_events_series) instead of one
            # OR that made SQLite read -- and decrypt -- every event of the vault.
            one_off = base.where(EventRow.rrule.is_(None), *window)
            series = base.where(EventRow.rrule.is_not(None))
            query = union_all(one_off, series).order_by(
                literal_column("first_date"), literal_column("id"))
        with self._read() as s:
            found = convert.EVENT.from_rows(s.execute(query))
            if not found and case_id is not None:
                # no events: a case without any, or no such case (one round trip, not two,
                # for every timeline that has events: an event's case exists, by its key)
                self._require(s, CaseRow, case_id)
            return found

    def _check_links(self, s: Session, case_id: int, events: list[r.Event]) -> None:
        """Matter, trigger and evidence links must point into the same case."""
        for name, row_type in (
            ("matter_id", MatterRow), ("trigger_id", TriggerRow), ("evidence_for_id", EventRow),
        ):
            wanted = {getattr(e, name) for e in events} - {None}
            if not wanted:
                continue
            found = set(s.scalars(
                select(row_type.id).where(row_type.id.in_(wanted), row_type.case_id == case_id)
            ))
            if wanted - found:
                missing = min(wanted - found)
                raise f.bad(name, fill(translate("StoreEvents",
                        "%1 is not a record of this case"),
                        missing))


def _prefixed(exc: InvalidInput, path: str) -> InvalidInput:
    """The same error with ``path.`` in front of the field name."""
    field = f"{path}.{exc.field}" if exc.field else path
    return InvalidInput(f"{path}.{exc}", field=field, row=exc.row)
