"""Shared field widgets and parsers: ISO dates with a calendar popup, times, zones, categories."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from models.records import Category
from ui.editors.zones import all_zones


class FieldError(ValueError):
    """A field's text cannot be used; the message is shown next to the field."""


def parse_date(text: str, *, required: bool) -> date | None:
    """A date typed as YYYY-MM-DD; None when empty and optional."""
    text = text.strip()
    if not text:
        if required:
            raise FieldError("Enter a date (YYYY-MM-DD).")
        return None
    try:
        if len(text) != 10:
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise FieldError("Not a date: use YYYY-MM-DD, e.g. 2026-05-04.") from None


def parse_time(text: str) -> time:
    """A time typed as HH:MM (24-hour)."""
    try:
        hours, minutes = text.strip().split(":")
        if len(minutes) != 2:
            raise ValueError
        return time(int(hours), int(minutes))
    except ValueError:
        raise FieldError("Not a time: use HH:MM (24-hour), e.g. 09:30.") from None


def parse_text(text: str, *, required: bool = True) -> str | None:
    """Trimmed text; required text may not be empty."""
    text = text.strip()
    if required and not text:
        raise FieldError("This field is required.")
    return text or None


class DateField(QWidget):
    """A date typed in ISO form, or picked from the calendar popup of a QDateEdit."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText("YYYY-MM-DD")
        self.picker = QDateEdit(self)
        self.picker.setCalendarPopup(True)
        self.picker.setDisplayFormat("yyyy-MM-dd")
        self.picker.setAccessibleName(self.tr("Pick from calendar"))
        self.picker.setMaximumWidth(self.picker.sizeHint().width())
        # choosing in the calendar writes the ISO text; the text stays the source of truth
        self.picker.dateChanged.connect(lambda d: self.line.setText(d.toString(Qt.DateFormat.ISODate)))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.picker)
        self.setFocusProxy(self.line)
        self.set_date(value)

    def set_date(self, value: date | None) -> None:
        """Show ``value`` (None: empty)."""
        self.line.setText(value.isoformat() if value else "")
        # an empty field opens its calendar on the current month, not on 2000-01-01
        shown = QDate(value.year, value.month, value.day) if value else QDate.currentDate()
        self.picker.blockSignals(True)
        self.picker.setDate(shown)
        self.picker.blockSignals(False)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt override
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)
        self.picker.setAccessibleName(name + " — " + self.tr("calendar"))

    def text(self) -> str:
        """The typed text."""
        return self.line.text()

    def value(self, *, required: bool = True) -> date | None:
        """The parsed date, or FieldError."""
        return parse_date(self.line.text(), required=required)


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
        text = (labels or {}).get(value) or str(value).replace("_", " ").capitalize()
        combo.addItem(text, value)
    return combo


def category_label(category: Category, widget: QWidget | None = None) -> str:
    """How a data category reads in the UI (translated)."""
    text = "HIV / STI" if category == Category.HIV_STI else \
        category.value.replace("_", " ").capitalize()
    if widget is not None:
        return widget.tr(text)
    return QCoreApplication.translate("Category", text)


class CategoryChecklist(QWidget):
    """One checkbox per data category."""

    def __init__(self, checked: Iterable[Category] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[Category, QCheckBox] = {}
        chosen = set(checked)
        for n, cat in enumerate(Category):
            box = QCheckBox(category_label(cat, self), self)
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
