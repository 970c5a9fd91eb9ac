""""Coming up": the next five dates of this survivor's timeline, with who acts on each."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.records import Owner
from ui.i18n import day_text, translate
from ui.labels import value_label
from ui.timeline_entries import ViewEntry, describe

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT = 5


def when_text(entry: ViewEntry, today: date) -> str:
    """"Thu 12 Nov 10:00 · in 2 days": the day, the time, and how soon."""
    days = (entry.day - today).days
    soon = translate("ComingUpStrip", "today") if days == 0 else \
        translate("ComingUpStrip", "tomorrow") if days == 1 else \
        translate("ComingUpStrip", "in %n day(s)", None, days)
    day = day_text(entry.day, year=False)
    return " ".join(p for p in (day, entry.time_text) if p) + f" · {soon}"


def who_text(entry: ViewEntry) -> str:
    """Who acts: the owner and, when someone is assigned, who."""
    assigned = entry.source.assigned_to if entry.source else None
    owner = value_label(Owner, entry.owner) if entry.owner else ""
    if owner and assigned:
        return f"{owner} ({assigned})"
    return owner or assigned or translate("ComingUpStrip", "no one assigned")


class ComingUpStrip(QWidget):
    """The next dates, soonest first, as rows of when / what / who acts (like a day schedule);
    choosing one shows it on the timeline.

    Signals: entry_chosen(str key) when the current row changes, entry_activated(str key)
    on Enter or a double click.
    """

    entry_chosen = Signal(str)
    entry_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Coming &up for this case"), self)
        self.list = QTreeWidget(self)
        self.list.setColumnCount(3)
        self.list.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Who acts")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(self.tr("Coming up: the next dates of this case"))
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.title.setBuddy(self.list)
        self._fit()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemActivated.connect(
            lambda item, _col: self.entry_activated.emit(item.data(0, KEY_ROLE) or ""))

    def set_entries(self, entries: Sequence[ViewEntry], today: date) -> None:
        """Show the first five of ``entries`` (the next dates, role-viewed, in time order)."""
        self.list.blockSignals(True)
        self.list.clear()
        for entry in entries[:COUNT]:
            row = [when_text(entry, today), entry.title, who_text(entry)]
            item = QTreeWidgetItem(self.list, row)
            item.setData(0, KEY_ROLE, entry.key)
            tip = describe(entry)
            for col in range(3):
                item.setToolTip(col, tip)
        if not entries:
            item = QTreeWidgetItem(self.list, ["", self.tr("Nothing scheduled from today on."), ""])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.blockSignals(False)
        self._fit()

    def _fit(self) -> None:
        # exactly the rows there are: no scroll bar, no blank rows taking the timeline's room
        rows = max(1, self.list.topLevelItemCount())
        row_h = self.list.sizeHintForRow(0) if self.list.topLevelItemCount() else -1
        if row_h <= 0:
            row_h = QFontMetrics(self.font()).height() + 4
        frame = 2 * self.list.frameWidth()
        self.list.setFixedHeight(self.list.header().sizeHint().height() + rows * row_h + frame + 4)

    def keys(self) -> list[str]:
        """Keys of the dates shown, in order."""
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [k for k in (item.data(0, KEY_ROLE) for item in items if item) if k]

    def rows(self) -> list[tuple[str, str, str]]:
        """What each row says (when, what, who acts), in order."""
        out = []
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item is not None:
                out.append((item.text(0), item.text(1), item.text(2)))
        return out

    def clear(self) -> None:
        """Forget every date (the workbench is locking)."""
        self.list.blockSignals(True)
        self.list.clear()
        self.list.blockSignals(False)

    def _current_changed(self, item: QTreeWidgetItem | None, _old: object) -> None:
        key = item.data(0, KEY_ROLE) if item is not None else None
        if key:
            self.entry_chosen.emit(key)
