"""Fields shared by timed events (appointments, hearings): day, times, zone, interpreter."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

from models.records import Category, EventKind
from timeline.jurisdictions import zone_for_jurisdiction
from ui.editors.base import RecordDialog
from ui.editors.fields import DateField, enum_combo, parse_text, parse_time, zone_combo
from ui.permissions import default_category, writable
from workbench.operations import dates, interpreters
from workbench.operations.changes import Done


class TimedEventDialog(RecordDialog):
    """Title, category, day, start/end time, zone, location, interpreter and notes."""

    CATEGORIES: tuple[Category, ...] = tuple(Category)
    series: tuple[Any, date] | None = None

    def detach_from(self, series: Any, day: date) -> None:
        """Edit only the occurrence of ``series`` on ``day``: saving adds ``day`` to the
        series' skip dates and stores this form as a one-off event, in one transaction
        (``dates.detach_occurrence``)."""
        self.series = (series, day)
        self.setWindowTitle(self.windowTitle() + " — " + self.tr("this occurrence"))
        self.occurrence_mode()

    def item_kind(self) -> EventKind:
        """The kind of item being added (it decides the default category)."""
        return EventKind.COURT_HEARING

    def occurrence_mode(self) -> None:
        """Hook: disable what makes no sense for a single occurrence (e.g. repeating)."""

    def build_after_times(self) -> None:
        """Hook: rows that belong with the day and times (an appointment's repeat rows)."""

    def build_timed(self) -> None:
        """Add the shared rows, filled from ``existing`` when editing."""
        ev = self.existing
        zone = ev.tz if ev else zone_for_jurisdiction(getattr(self.case, "jurisdiction", None))
        local = ev.start.astimezone(ZoneInfo(ev.tz)) if ev and ev.start else None
        end = ev.end.astimezone(ZoneInfo(ev.tz)) if ev and ev.end else None
        self.title_edit = self.add_field("title", self.tr("Title"), QLineEdit(ev.title if ev else "", self))
        offered = writable(self.session, self.CATEGORIES, keep=ev.category if ev else None)
        self.category = self.add_field("category", self.tr("Category"),
                                       enum_combo(offered, self))
        self.category.setCurrentIndex(max(0, self.category.findData(
            ev.category if ev else default_category(self.session, self.item_kind(), offered))))
        self.day = self.add_field("day", self.tr("Date"),
                                  DateField(local.date() if local else self.session.today(), self))
        self.start_time = self.add_field("start", self.tr("Starts (HH:MM)"),
                                         QLineEdit(local.strftime("%H:%M") if local else "09:00", self))
        self.end_time = self.add_field("end", self.tr("Ends (HH:MM)"),
                                       QLineEdit(end.strftime("%H:%M") if end else "10:00", self))
        self.zone: QComboBox = self.add_field("tz", self.tr("Time zone"), zone_combo(zone, self))
        self.build_after_times()
        self.location = self.add_field("location", self.tr("Location"),
                                       QLineEdit((ev.location or "") if ev else "", self))
        self.interpreter_needed = self.add_field(
            "interpreter_needed", self.tr("Interpreter needed"), QCheckBox(self))
        self.interpreter_booked = self.add_field(
            "interpreter_booked", self.tr("Interpreter booked"), QCheckBox(self))
        language = (ev.interpreter_language if ev else None) or getattr(
            self.case, "interpreter_language", None) or ""
        self.interpreter_language = self.add_field(
            "interpreter_language", self.tr("Interpreter language"), QLineEdit(language, self))
        if ev:
            self.interpreter_needed.setChecked(ev.interpreter_needed)
            self.interpreter_booked.setChecked(ev.interpreter_booked)
            if ev.id is not None and interpreters.bookings_for(self.session, event_id=ev.id):
                self.booked_by_bookings()
        self.notes = self.add_field("notes", self.tr("Notes"), QPlainTextEdit(self))
        self.notes.setTabChangesFocus(True)  # keyboard users can leave the notes box
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)  # the form fits 768 px
        if ev and ev.notes:
            self.notes.setPlainText(ev.notes)

    def booked_by_bookings(self) -> None:
        """The event has interpreter bookings: its "booked" follows them (the store keeps it
        true exactly while one is confirmed), so the box only shows it."""
        self.interpreter_booked.setEnabled(False)
        self.interpreter_booked.setText(self.tr("set by its bookings (Dates → Interpreter…)"))
        self.interpreter_booked.setToolTip(self.tr(
            "This event has interpreter bookings: it counts as booked while one of them is "
            "confirmed. Confirm, decline or cancel a booking under Dates → Interpreter…"))

    def collect_timed(self) -> dict[str, Any]:
        """Read the shared rows into store fields (start/end aware in the chosen zone)."""
        title = self.field("title", lambda: parse_text(self.title_edit.text()))
        day = self.field("day", lambda: self.day.value())
        start = self.field("start", lambda: parse_time(self.start_time.text()))
        end = self.field("end", lambda: parse_time(self.end_time.text()))
        tz_name = self.zone.currentText().strip()
        try:
            zone = ZoneInfo(tz_name)
        except Exception:  # ZoneInfoNotFoundError or ValueError for malformed names
            self.fail("tz", self.tr("Unknown time zone: pick one from the list."))
            zone = None
        if start and end and end <= start:
            self.fail("end", self.tr("The end must be after the start."))
        if self.interpreter_booked.isChecked() and not self.interpreter_needed.isChecked():
            self.fail("interpreter_booked", self.tr("Tick 'Interpreter needed' as well."))
        if self.interpreter_needed.isChecked() and not self.interpreter_language.text().strip():
            self.fail("interpreter_language", self.tr("Which language is needed?"))
        values: dict[str, Any] = {
            "title": title, "category": self.category.currentData(), "tz": tz_name,
            "location": self.location.text().strip() or None,
            "interpreter_needed": self.interpreter_needed.isChecked(),
            "interpreter_booked": self.interpreter_booked.isChecked(),
            "interpreter_language": self.interpreter_language.text().strip() or None,
            "notes": self.notes.toPlainText().strip() or None,
        }
        if day and start and end and zone:
            values["start"] = datetime.combine(day, start, zone)
            values["end"] = datetime.combine(day, end, zone)
        return values

    def save_event(self, kind: Any, values: dict[str, Any]) -> Done[Any]:
        """Add a new event, update the existing one, or detach one occurrence of a series."""
        fields = {k: v for k, v in values.items() if k not in ("title", "category")}
        if self.series is not None:
            series, day = self.series
            return dates.detach_occurrence(self.session, series_id=series.id, day=day, kind=kind,
                                           title=values["title"], category=values["category"],
                                           fields=fields)
        if self.existing is not None:
            return dates.update_event(self.session, event_id=self.existing.id, kind=kind,
                                      version=self.version(), **values)
        return dates.add_event(self.session, case_id=self.case.id, kind=kind,
                               title=values["title"], category=values["category"], **fields)
