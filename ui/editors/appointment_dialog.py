"""Appointment editor: one-off or recurring (every N days/weeks/months, until or count,
exceptions), with interpreter need and booking."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from models.records import Category, EventKind
from ui.editors.fields import DateField, enum_combo, parse_date
from ui.editors.timed import TimedEventDialog
from workbench.operations.changes import Done

FREQS = {"": "", "DAILY": "days", "WEEKLY": "weeks", "MONTHLY": "months"}
APPOINTMENT_KINDS = (EventKind.MEDICAL_APPOINTMENT, EventKind.SERVICE_APPOINTMENT,
                     EventKind.CASE_CONFERENCE)


def build_rrule(freq: str, interval: int, until: date | None, count: int | None) -> str | None:
    """An RFC 5545 RRULE body, or None for a one-off event."""
    if not freq:
        return None
    parts = [f"FREQ={freq}", f"INTERVAL={interval}"]
    if count:
        parts.append(f"COUNT={count}")
    elif until:
        # UNTIL must be UTC when DTSTART has a zone (RFC 5545 §3.3.10); end of that day
        parts.append(f"UNTIL={until:%Y%m%d}T235959Z")
    return ";".join(parts)


def parse_rrule(rule: str | None) -> dict[str, str]:
    """The parts of an RRULE body as a dict (empty for None)."""
    if not rule:
        return {}
    return dict(part.split("=", 1) for part in rule.split(";") if "=" in part)


def parse_exceptions(text: str) -> tuple[date, ...]:
    """Dates separated by commas or spaces, each YYYY-MM-DD."""
    found = []
    for chunk in text.replace(",", " ").split():
        day = parse_date(chunk, required=True)
        assert day is not None
        found.append(day)
    return tuple(sorted(set(found)))


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
        self.build_timed()
        self.category.setCurrentIndex(max(0, self.category.findData(Category.MEDICAL)))  # if offered
        self._build_recurrence()
        if existing is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(existing.kind)))
            self.category.setCurrentIndex(max(0, self.category.findData(existing.category)))

    def _build_recurrence(self) -> None:
        ev = self.existing
        parts = parse_rrule(ev.rrule if ev else None)
        self.repeat = QComboBox(self)
        labels = {"": self.tr("Does not repeat"), "DAILY": self.tr("Every N days"),
                  "WEEKLY": self.tr("Every N weeks"), "MONTHLY": self.tr("Every N months")}
        for freq, text in labels.items():
            self.repeat.addItem(text, freq)
        self.repeat.setCurrentIndex(max(0, self.repeat.findData(parts.get("FREQ", ""))))
        self.add_field("repeat", self.tr("Repeats"), self.repeat)
        self.interval = QSpinBox(self)
        self.interval.setRange(1, 52)
        self.interval.setValue(int(parts.get("INTERVAL", "1")))
        self.add_field("interval", self.tr("Every N"), self.interval)
        until = parts.get("UNTIL", "")[:8]
        self.until = self.add_field("until", self.tr("Until (date)"), DateField(
            date(int(until[:4]), int(until[4:6]), int(until[6:8])) if until else None, self))
        self.count = QSpinBox(self)
        self.count.setRange(0, 500)
        self.count.setSpecialValueText(self.tr("no limit"))
        self.count.setValue(int(parts.get("COUNT", "0")))
        self.add_field("count", self.tr("Number of times"), self.count)
        self.exceptions = self.add_field("exdates", self.tr("Skip dates (YYYY-MM-DD, …)"), QLineEdit(
            ", ".join(d.isoformat() for d in ev.exdates) if ev else "", self))

    def occurrence_mode(self) -> None:
        """One occurrence of a series does not repeat on its own."""
        for widget in (self.repeat, self.interval, self.until, self.count, self.exceptions):
            widget.setEnabled(False)

    def collect(self) -> dict[str, Any]:
        values = self.collect_timed()
        freq = self.repeat.currentData()
        until = self.field("until", lambda: self.until.value(required=False))
        exdates = self.field("exdates", lambda: parse_exceptions(self.exceptions.text()))
        count = self.count.value() or None
        if freq:
            if until and count:
                self.fail("count", self.tr("Give either an end date or a number of times, not both."))
            if not until and not count:
                self.fail("until", self.tr("A repeating appointment needs an end date or a count."))
            day = values.get("start")
            if until and day and until < day.date():
                self.fail("until", self.tr("The end date is before the first appointment."))
        elif exdates:
            self.fail("exdates", self.tr("Skip dates only apply to repeating appointments."))
        values["rrule"] = build_rrule(freq, self.interval.value(), until, count)
        values["exdates"] = exdates or ()
        return values

    def save(self, values: dict[str, Any]) -> Done[Any]:
        return self.save_event(self.kind.currentData(), values)
