"""The repeat rows of an appointment: how often, on which weekdays, when it ends, skip dates,
and a sentence that says the pattern back as it is edited (ui.editors.recurrence_text)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ui.editors.fields import DateField, FieldError, parse_date
from ui.editors.recurrence_text import (
    COUNT,
    NEVER,
    UNITS,
    UNTIL,
    Pattern,
    build_rrule,
    day_name,
    parse_pattern,
    summary,
)
from ui.i18n import translate

DEFAULT_COUNT = 10
ROWS = ("repeat", "interval", "weekdays", "ends", "until", "count", "exdates", "summary")


def parse_exceptions(text: str) -> tuple[date, ...]:
    """Dates separated by commas or spaces, each YYYY-MM-DD."""
    found = []
    for chunk in text.replace(",", " ").split():
        try:
            day = parse_date(chunk, required=True)
        except FieldError as exc:
            raise FieldError(f"{chunk}: {exc}") from None
        assert day is not None
        found.append(day)
    return tuple(sorted(set(found)))


class RecurrenceRows:
    """Adds the repeat rows to a RecordDialog and reads them back.

    Attributes (the dialog exposes them): ``repeat`` (item data "", DAILY, WEEKLY, MONTHLY),
    ``interval``, ``weekday_boxes`` (Monday first), ``ends`` (never/until/count), ``until``,
    ``count``, ``exceptions`` and ``summary`` (the live sentence). ``first`` returns the aware
    start of the first appointment, or None while the form's date or time is not valid.
    """

    def __init__(self, dialog: Any, rule: str | None, exdates: tuple[date, ...],
                 start: date | None, first: Callable[[], datetime | None]) -> None:
        self.dialog, self._first = dialog, first
        pattern = parse_pattern(rule, start)
        self.repeat = QComboBox(dialog)
        for freq, text in (("", translate("Recurrence", "Does not repeat")), ("DAILY", translate("Recurrence", "Daily")),
                           ("WEEKLY", translate("Recurrence", "Weekly")), ("MONTHLY", translate("Recurrence", "Monthly"))):
            self.repeat.addItem(text, freq)
        self.repeat.setCurrentIndex(max(0, self.repeat.findData(pattern.freq)))
        dialog.add_field("repeat", translate("Recurrence", "Repeats"), self.repeat)
        self._first_row = dialog.form.rowCount() - 1
        self.interval = QSpinBox(dialog)
        self.interval.setRange(1, 52)
        self.interval.setValue(pattern.interval)
        self.unit = QLabel(dialog)
        self._row(dialog.add_field("interval", translate("Recurrence", "Every"), self.interval), self.unit)
        self.weekdays = QWidget(dialog)
        days = QHBoxLayout(self.weekdays)
        days.setContentsMargins(0, 0, 0, 0)
        self.weekday_boxes: list[QCheckBox] = []
        for n in range(7):
            # the locale's own day names (Monday is 1 for QLocale, 0 here)
            box = QCheckBox(QLocale().dayName(n + 1, QLocale.FormatType.ShortFormat),
                            self.weekdays)
            box.setAccessibleName(day_name(n))
            # a new weekly rule starts on the first date's weekday (as Outlook's does)
            box.setChecked(n in (pattern.weekdays or ((start.weekday(),) if start else ())))
            days.addWidget(box)
            self.weekday_boxes.append(box)
        days.addStretch(1)
        dialog.add_field("weekdays", translate("Recurrence", "On"), self.weekdays)
        self._days_touched = bool(pattern.weekdays) and start is not None and \
            tuple(pattern.weekdays) != (start.weekday(),)
        self.ends = QComboBox(dialog)
        for key, text in ((NEVER, translate("Recurrence", "Never (no end date)")), (UNTIL, translate("Recurrence", "On a date")),
                          (COUNT, translate("Recurrence", "After a number of times"))):
            self.ends.addItem(text, key)
        self.ends.setCurrentIndex(max(0, self.ends.findData(pattern.ends)))
        dialog.add_field("ends", translate("Recurrence", "Ends"), self.ends)
        self.until = dialog.add_field("until", translate("Recurrence", "End date"), DateField(
            pattern.until, dialog, today=dialog.session.today()))
        self.count = QSpinBox(dialog)
        self.count.setRange(1, 500)
        self.count.setValue(pattern.count or DEFAULT_COUNT)
        self.count.setSuffix(translate("Recurrence", " times"))
        dialog.add_field("count", translate("Recurrence", "Number of times"), self.count)
        self.exceptions = dialog.add_field(
            "exdates", translate("Recurrence", "Skip dates (YYYY-MM-DD, …)"),
            QLineEdit(", ".join(d.isoformat() for d in exdates), dialog))
        self.summary = QLabel(dialog)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(translate("Recurrence", "Repeat summary"))
        dialog.add_field("summary", translate("Recurrence", "Summary"), self.summary)
        self._connect()
        self.refresh()

    @staticmethod
    def _row(widget: QWidget, after: QWidget) -> None:
        row = widget.parentWidget().layout().itemAt(0).layout()
        row.addWidget(after)
        row.addStretch(1)
        row.setStretch(0, 0)

    def _connect(self) -> None:
        self.repeat.currentIndexChanged.connect(self.refresh)
        self.interval.valueChanged.connect(self.refresh)
        for box in self.weekday_boxes:
            box.toggled.connect(self._days_changed)
        self.ends.currentIndexChanged.connect(self.refresh)
        # typing an end date or a number means "ends that way" (no second click needed)
        self.until.date_edited.connect(lambda _t: self._end_by(UNTIL))
        self.count.valueChanged.connect(lambda _v: self._end_by(COUNT))
        self.exceptions.textChanged.connect(self.refresh)

    def _days_changed(self) -> None:
        if not self._following:
            self._days_touched = True
        self.refresh()

    _following = False

    def follow_start(self, start: date | None) -> None:
        """The first date changed: a weekly rule not yet set by hand follows its weekday."""
        if start is not None and not self._days_touched:
            self._following = True
            for n, box in enumerate(self.weekday_boxes):
                box.setChecked(n == start.weekday())
            self._following = False
        self.refresh()

    def _end_by(self, how: str) -> None:
        if self.ends.currentData() != how:
            self.ends.setCurrentIndex(self.ends.findData(how))
        self.refresh()

    def pattern(self) -> Pattern:
        """The pattern as the rows say it now (dates not checked)."""
        try:
            until = self.until.value(required=False)
        except FieldError:
            until = None
        return Pattern(
            freq=self.repeat.currentData() or "", interval=self.interval.value(),
            weekdays=tuple(n for n, b in enumerate(self.weekday_boxes) if b.isChecked()),
            ends=self.ends.currentData(), until=until, count=self.count.value())

    def refresh(self) -> None:
        """Show only the rows the pattern uses and say the pattern back."""
        freq = self.repeat.currentData() or ""
        ends = self.ends.currentData()
        self.unit.setText(translate("Recurrence", UNITS[freq][self.interval.value() != 1])
                          if freq else "")
        shown = {"interval": bool(freq), "weekdays": freq == "WEEKLY", "ends": bool(freq),
                 "until": bool(freq) and ends == UNTIL, "count": bool(freq) and ends == COUNT,
                 "exdates": bool(freq), "summary": bool(freq)}
        for offset, name in enumerate(ROWS[1:], start=1):
            self.dialog.form.setRowVisible(self._first_row + offset, shown[name])
        self.summary.setText(self._sentence())

    def _sentence(self) -> str:
        try:
            skipped = parse_exceptions(self.exceptions.text())
        except FieldError:
            skipped = ()
        try:
            return summary(self.pattern(), self._first(), skipped)
        except Exception:  # an invalid pattern while typing: say so, do not fail
            return translate("Recurrence", "Check the repeat settings.")

    def set_enabled(self, enabled: bool) -> None:
        """Enable or disable every repeat row (one occurrence of a series does not repeat)."""
        for widget in (self.repeat, self.interval, self.weekdays, self.ends, self.until,
                       self.count, self.exceptions):
            widget.setEnabled(enabled)

    def collect(self, start: date | None) -> tuple[str | None, tuple[date, ...]]:
        """(RRULE body or None, skip dates); problems are shown next to their rows."""
        d = self.dialog
        freq = self.repeat.currentData() or ""
        exdates = d.field("exdates", lambda: parse_exceptions(self.exceptions.text())) or ()
        if not freq:
            if exdates:
                d.fail("exdates", translate("Recurrence", "Skip dates only apply to repeating appointments."))
            return None, ()
        pattern = self.pattern()
        if pattern.ends == UNTIL:
            until = d.field("until", lambda: self.until.value(required=True))
            if until and start and until < start:
                d.fail("until", translate("Recurrence", "The end date is before the first appointment."))
        if freq == "WEEKLY" and not pattern.weekdays:
            d.fail("weekdays", translate("Recurrence", "Tick at least one day of the week."))
        return build_rrule(pattern, start), exdates
