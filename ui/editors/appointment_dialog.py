"""Appointment editor: one-off or recurring (daily, weekly on chosen weekdays, monthly; every
N; until a date, a number of times, or open-ended; skip dates), with interpreter need and
booking. The repeat rows live in ui.editors.recurrence and say the pattern back live."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QComboBox, QWidget

from models.records import EventKind
from ui.editors.fields import FieldError, enum_combo, parse_time
from ui.editors.recurrence import RecurrenceRows
from ui.editors.timed import TimedEventDialog
from ui.permissions import default_category
from workbench.operations.changes import Done

APPOINTMENT_KINDS = (EventKind.MEDICAL_APPOINTMENT, EventKind.SERVICE_APPOINTMENT,
                     EventKind.CASE_CONFERENCE)


class AppointmentDialog(TimedEventDialog):
    """Add or edit an appointment; saves with ``dates.add_event``/``update_event``."""

    def confirmation(self) -> str:
        return self.tr("Appointment saved.")

    def __init__(self, session: Any, case: Any, existing: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, existing, parent)
        self.setWindowTitle(self.tr("Appointment"))
        self.kind: QComboBox = self.add_field("kind", self.tr("Kind"),
                                              enum_combo(APPOINTMENT_KINDS, self))
        if existing is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(existing.kind)))
        self.build_timed()
        if existing is None:
            self._defaulted = self.category.currentData()
            self.kind.currentIndexChanged.connect(self._follow_kind)

    def item_kind(self) -> EventKind:
        return EventKind(self.kind.currentData())

    def _follow_kind(self) -> None:
        """A new kind brings its own default category, unless one was chosen by hand."""
        if self.category.currentData() != self._defaulted:
            return
        offered = [self.category.itemData(i) for i in range(self.category.count())]
        self._defaulted = default_category(self.session, self.item_kind(), offered)
        self.category.setCurrentIndex(max(0, self.category.findData(self._defaulted)))

    def build_after_times(self) -> None:
        """The repeat rows, right under the day and times (as in a calendar's event form)."""
        ev = self.existing
        start = self._first_day()
        self.recurrence = RecurrenceRows(self, ev.rrule if ev else None,
                                         tuple(ev.exdates) if ev else (), start, self.first_start)
        r = self.recurrence
        self.repeat, self.interval, self.ends = r.repeat, r.interval, r.ends
        self.until, self.count, self.exceptions = r.until, r.count, r.exceptions
        self.weekday_boxes, self.summary = r.weekday_boxes, r.summary
        self.day.date_edited.connect(lambda _t: r.follow_start(self._first_day()))
        for edit in (self.start_time, self.zone.lineEdit()):
            edit.textChanged.connect(r.refresh)

    def _first_day(self) -> date | None:
        try:
            return self.day.value()
        except FieldError:
            return None

    def first_start(self) -> datetime | None:
        """The aware start of the first appointment, or None while it is not valid."""
        day = self._first_day()
        try:
            return datetime.combine(day, parse_time(self.start_time.text()),
                                    ZoneInfo(self.zone.currentText().strip())) if day else None
        except (FieldError, ValueError, KeyError):
            return None

    def occurrence_mode(self) -> None:
        """One occurrence of a series does not repeat on its own."""
        self.recurrence.set_enabled(False)

    def collect(self) -> dict[str, Any]:
        values = self.collect_timed()
        start = values.get("start")
        rrule, exdates = self.recurrence.collect(start.date() if start else self._first_day())
        values["rrule"] = rrule
        values["exdates"] = exdates
        return values

    def save(self, values: dict[str, Any]) -> Done[Any]:
        return self.save_event(self.kind.currentData(), values)
