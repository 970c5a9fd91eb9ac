"""Loading a case's role-filtered entries, and the Dates table model with its filter proxy."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ui import timeline_source
from ui.timeline_entries import ViewEntry, describe, interpreter_text

_Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 3


def load_entries(session: Any, case: Any, start: date | None = None,
                 end: date | None = None) -> list[ViewEntry]:
    """The case's entries in [start, end) as the session's role may see them, in time order."""
    today = session.today()
    start = start or today - timedelta(days=366)
    end = end or today + timedelta(days=2 * 366)
    return timeline_source.entries_for(session, case, start, end)


class DatesTableModel(QAbstractTableModel):
    """Entries as rows: date, time, lane, kind, title, status, owner, rule."""

    COLUMNS = ("date", "time", "lane", "kind", "title", "status", "owner", "rule",
               "interpreter")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[ViewEntry] = []
        self._headers = (self.tr("Date"), self.tr("Time"), self.tr("Lane"), self.tr("Kind"),
                         self.tr("Title"), self.tr("Status"), self.tr("Who acts"),
                         self.tr("Rule"), self.tr("Interpreter"))

    def set_entries(self, entries: Sequence[ViewEntry]) -> None:
        """Replace all rows."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> ViewEntry:
        """The entry shown in ``row``."""
        return self._entries[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._entries):
            return section + 1
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == SORT_ROLE:
            return entry.t0 if column in ("date", "time") else self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return describe(entry)
        if role == KEY_ROLE:
            return entry.key
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._headers[index.column()]}: {self._text(entry, column)}"
        return None

    @staticmethod
    def _text(entry: ViewEntry, column: str) -> str:
        if column == "date":
            return entry.day.isoformat()
        if column == "time":
            return entry.time_text
        if column == "title":
            return ("! " if entry.conflicts else "") + entry.title
        if column == "interpreter":
            return interpreter_text(entry)
        value = getattr(entry, column)
        return str(value).replace("_", " ")


class DatesFilterProxy(QSortFilterProxyModel):
    """Sorts by real dates; filters by lane, kind and free text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lane = ""
        self._kind = ""
        self._text = ""
        self.setSortRole(SORT_ROLE)

    def set_lane(self, lane: str) -> None:
        """Show one lane only ("" for all)."""
        self._refilter("_lane", lane)

    def set_kind(self, kind: str) -> None:
        """Show one kind only ("" for all)."""
        self._refilter("_kind", kind)

    def set_text(self, text: str) -> None:
        """Show rows whose title, rule or status contain ``text`` (case-insensitive)."""
        self._refilter("_text", text.strip().casefold())

    def _refilter(self, name: str, value: str) -> None:
        # Qt 6.10 replaced invalidateFilter() with begin/endFilterChange()
        self.beginFilterChange()
        setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, DatesTableModel) or source_parent.isValid():
            return True
        entry = model.entry(source_row)
        if self._lane and entry.lane != self._lane:
            return False
        if self._kind and entry.kind != self._kind:
            return False
        if self._text:
            hay = " ".join((entry.title, entry.rule, entry.status, entry.owner)).casefold()
            return self._text in hay
        return True
