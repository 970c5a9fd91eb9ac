"""Shared field widgets and parsers: ISO dates (or shortcuts: t, +7, -3, +2w, +1m) with a
calendar popup, times, zones, categories."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import date, time, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.records import Category
from ui.editors.zones import all_zones
from ui.i18n import day_text, month_name, translate
from ui.labels import category_label, enum_label

EXAMPLE_DATE = "2026-03-05"
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
# today ("t", "today"), or days, weeks or months from today ("+7", "-3", "+2w", "+1m", "t+7")
_TODAY = re.compile(r"^(?:t|today)$", re.IGNORECASE)
_OFFSET = re.compile(r"^(?:t|today)?\s*([+-])\s*(\d{1,5})\s*([dwm]?)$", re.IGNORECASE)
SHORTCUTS = "t (today), +7 or -3 (days), +2w (weeks), +1m (months)"


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months; a day the target month lacks becomes its last day
    (31 January + 1 month: 28 or 29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise FieldError(translate("FieldError", "That is too far from today."))
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def resolve_shortcut(text: str, today: date) -> date | None:
    """The day a shortcut names ("t", "+7", "-3", "+2w", "+1m"), or None when ``text`` is
    not one."""
    text = text.strip()
    if _TODAY.match(text):
        return today
    found = _OFFSET.match(text)
    if found is None:
        return None
    sign, amount, unit = found.groups()
    count = int(amount) * (-1 if sign == "-" else 1)
    if unit.lower() == "m":
        return add_months(today, count)
    try:
        return today + timedelta(days=count * (7 if unit.lower() == "w" else 1))
    except OverflowError:
        raise FieldError(translate("FieldError", "That is too far from today.")) from None


def long_date(day: date) -> str:
    """"Mon 11 May 2026", in the UI's language (ui.i18n.day_text)."""
    return day_text(day)


class FieldError(ValueError):
    """A field's text cannot be used; the message is shown next to the field."""


def parse_date(text: str, *, required: bool, today: date | None = None,
               earliest: date | None = None, latest: date | None = None) -> date | None:
    """A date typed as YYYY-MM-DD (or, given ``today``, a shortcut: t, +7, -3, +2w, +1m); None
    when empty and optional. The error names the problem ("February 2026 has 28 days"), not
    only the format; a day outside ``earliest``..``latest`` is refused with the bound."""
    day = _parse_day(text, required=required, today=today)
    if day is not None and latest is not None and day > latest:
        raise FieldError(translate("FieldError", "The date cannot be after %1.")
                         .replace("%1", long_date(latest)))
    if day is not None and earliest is not None and day < earliest:
        raise FieldError(translate("FieldError", "The date cannot be before %1.")
                         .replace("%1", long_date(earliest)))
    return day


def _parse_day(text: str, *, required: bool, today: date | None) -> date | None:
    text = text.strip()
    if not text:
        if required:
            raise FieldError(translate("FieldError", "Enter a date as YYYY-MM-DD, e.g. %1.")
                             .replace("%1", EXAMPLE_DATE))
        return None
    if today is not None:
        shortcut = resolve_shortcut(text, today)
        if shortcut is not None:
            return shortcut
    found = _ISO.match(text)
    if found is None:
        raise FieldError(translate("FieldError", "Use YYYY-MM-DD, e.g. %1.")
                         .replace("%1", EXAMPLE_DATE))
    year, month, day = (int(part) for part in found.groups())
    if not 1 <= year <= 9999:
        raise FieldError(translate("FieldError", "The year must be between 0001 and 9999."))
    if not 1 <= month <= 12:
        raise FieldError(translate("FieldError", "There is no month %1: months run from 01 to "
                                   "12.").replace("%1", f"{month:02d}"))
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise FieldError(translate("FieldError", "%1 %2 has %3 days.", "February 2026 has 28 "
                                   "days").replace("%1", month_name(month))
                         .replace("%2", str(year)).replace("%3", str(last)))
    return date(year, month, day)


def parse_time(text: str) -> time:
    """A time typed as HH:MM (24-hour)."""
    try:
        hours, minutes = text.strip().split(":")
        if len(minutes) != 2:
            raise ValueError
        return time(int(hours), int(minutes))
    except ValueError:
        raise FieldError(translate(
            "FieldError", "Not a time: use HH:MM (24-hour), e.g. 09:30.")) from None


def parse_text(text: str, *, required: bool = True) -> str | None:
    """Trimmed text; required text may not be empty."""
    text = text.strip()
    if required and not text:
        raise FieldError(translate("FieldError", "This field is required."))
    return text or None


class CalendarPopup(QFrame):
    """The calendar that drops down under a DateField (a Qt.Popup: a click outside closes it)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Sunday)  # as US calendars (Outlook, Clio)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)


class DateField(QWidget):
    """One date: typed as YYYY-MM-DD or as a shortcut (t, +7, -3, +2w, +1m: the day it names
    is shown beside the field, and leaving the field writes it out), or picked in the calendar
    that drops down from the button beside it (or with Alt+Down / F4). The typed text is the
    value; the calendar always shows that same day (it follows every keystroke that makes a
    real date), and picking a day there writes its text. ``earliest``/``latest`` bound the
    value (a date of birth: not in the future). Signal ``date_edited`` (text) after each
    change by the person."""

    date_edited = Signal(str)

    def __init__(self, value: date | None = None, parent: QWidget | None = None, *,
                 today: date | None = None, earliest: date | None = None,
                 latest: date | None = None) -> None:
        super().__init__(parent)
        self.earliest, self.latest = earliest, latest
        self.too_late: str | None = None
        self.line = QLineEdit(self)
        self.line.setPlaceholderText("YYYY-MM-DD")
        self.line.setToolTip(self.tr("Type a date as YYYY-MM-DD or %1, or press Alt+Down for "
                                     "a calendar").replace("%1", SHORTCUTS))
        self.button = QToolButton(self)
        self.button.setText(self.tr("Calendar…"))
        self.button.setToolTip(self.tr("Pick from calendar (Alt+Down)"))
        self.button.setAccessibleName(self.tr("Pick from calendar"))
        self.button.clicked.connect(self.show_calendar)
        self.resolved = QLabel(self)  # the day a shortcut names: "= Mon 11 May 2026"
        self.resolved.hide()
        self.popup = CalendarPopup(self)
        self.calendar = self.popup.calendar
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)  # Enter on a day
        self.line.textChanged.connect(self._typed)
        self.line.editingFinished.connect(self._write_out)
        self.line.installEventFilter(self)
        self.calendar.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.resolved)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self._today = today
        self.set_date(value)

    def today(self) -> date:
        """The day shortcuts count from: the session's (set by the dialog), else the clock's."""
        return self._today or date.today()

    def set_today(self, today: date) -> None:
        """Count shortcuts (and open an empty calendar) from ``today`` (the session's clock)."""
        self._today = today
        if not self.line.text().strip():
            self.calendar.setSelectedDate(QDate(today.year, today.month, today.day))

    def set_range(self, earliest: date | None, latest: date | None, *,
                  too_late: str | None = None) -> None:
        """Refuse days before ``earliest`` or after ``latest`` (None: no bound); ``too_late``
        says what is wrong with a later day in the field's own words."""
        self.earliest, self.latest, self.too_late = earliest, latest, too_late
        if earliest:
            self.calendar.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        if latest:
            self.calendar.setMaximumDate(QDate(latest.year, latest.month, latest.day))

    def set_date(self, value: date | None) -> None:
        """Show ``value`` (None: empty; the calendar then opens on today)."""
        self.line.setText(value.isoformat() if value else "")
        if value is None:
            today = self.today()
            self.calendar.setSelectedDate(QDate(today.year, today.month, today.day))

    def _shortcut(self, text: str) -> date | None:
        try:
            return resolve_shortcut(text, self.today())
        except FieldError:
            return None

    def _typed(self, text: str) -> None:
        try:
            day = parse_date(text, required=False, today=self.today())
        except FieldError:
            day = None
        if day is not None:
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        named = self._shortcut(text)
        self.resolved.setText("= " + long_date(named) if named else "")
        self.resolved.setVisible(named is not None)
        self.date_edited.emit(text)

    def _write_out(self) -> None:
        """Leaving the field turns a shortcut into the date it names."""
        named = self._shortcut(self.line.text())
        if named is not None:
            self.line.setText(named.isoformat())

    def _picked(self, chosen: QDate) -> None:
        self.line.setText(chosen.toString(Qt.DateFormat.ISODate))
        self.line.editingFinished.emit()  # as if typed and left: previews follow
        self.popup.hide()
        self.line.setFocus()

    def show_calendar(self) -> None:
        """Drop the calendar down under the field, on the typed day (or today)."""
        self._typed_day_or_today()
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        self.calendar.setFocus()

    def _typed_day_or_today(self) -> None:
        try:
            day = parse_date(self.line.text(), required=False, today=self.today())
        except FieldError:
            day = None
        if day is None:
            today = self.today()
            self.calendar.setSelectedDate(QDate(today.year, today.month, today.day))

    def calendar_date(self) -> date:
        """The day the calendar shows selected."""
        chosen = self.calendar.selectedDate()
        return date(chosen.year(), chosen.month(), chosen.day())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, mods = event.key(), event.modifiers()
            if watched is self.line and (key == Qt.Key.Key_F4 or (
                    key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier)):
                self.show_calendar()
                return True
            if watched is self.calendar and key == Qt.Key.Key_Escape:
                self.popup.hide()
                self.line.setFocus()
                return True
        return super().eventFilter(watched, event)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt override
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)
        self.button.setAccessibleName(name + " — " + self.tr("pick from calendar"))
        self.calendar.setAccessibleName(name + " — " + self.tr("calendar"))

    def text(self) -> str:
        """The typed text."""
        return self.line.text()

    def value(self, *, required: bool = True) -> date | None:
        """The parsed date (a shortcut resolved), or FieldError."""
        day = parse_date(self.line.text(), required=required, today=self.today())
        if day is not None and self.latest is not None and day > self.latest and self.too_late:
            raise FieldError(self.too_late)
        return parse_date(self.line.text(), required=required, today=self.today(),
                          earliest=self.earliest, latest=self.latest)


def birth_date_field(parent: QWidget, today: date) -> DateField:
    """A date of birth: the shared date control, no later than today and no earlier than
    130 years before it."""
    field = DateField(None, parent, today=today)
    field.set_range(date(today.year - 130, 1, 1), today,
                    too_late=translate("FieldError",
                                       "A date of birth cannot be in the future."))
    return field


def zone_combo(selected: str, parent: QWidget) -> QComboBox:
    """An editable combo of IANA zones with ``selected`` chosen."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.addItems(all_zones())
    combo.setCurrentText(selected)
    return combo


def enum_combo(values: Iterable[object], parent: QWidget, labels: dict | None = None) -> QComboBox:
    """A combo of enum members (item data = the member)."""
    combo = QComboBox(parent)
    for value in values:
        text = (labels or {}).get(value) or enum_label(value)
        combo.addItem(text, value)
    return combo


class CategoryChecklist(QWidget):
    """One checkbox per data category."""

    def __init__(self, checked: Iterable[Category] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[Category, QCheckBox] = {}
        chosen = set(checked)
        for n, cat in enumerate(Category):
            box = QCheckBox(category_label(cat), self)
            box.setAccessibleName(box.text())
            box.setChecked(cat in chosen)
            self.boxes[cat] = box
            grid.addWidget(box, n // 2, n % 2)

    def value(self) -> frozenset[Category]:
        """The checked categories."""
        return frozenset(c for c, b in self.boxes.items() if b.isChecked())

    def set_checked(self, categories: Iterable[Category]) -> None:
        """Check exactly ``categories``."""
        chosen = set(categories)
        for cat, box in self.boxes.items():
            box.setChecked(cat in chosen)
