"""The caseload as a Qt table model, plus the search/filter proxy over it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from models.records import CaseSummary
from ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = (QT_TRANSLATE_NOOP("CaseloadTableModel", "Name"),
           QT_TRANSLATE_NOOP("CaseloadTableModel", "Reference"),
           QT_TRANSLATE_NOOP("CaseloadTableModel", "Next date"),
           QT_TRANSLATE_NOOP("CaseloadTableModel", "Overdue"),
           QT_TRANSLATE_NOOP("CaseloadTableModel", "Open conflicts"),
           QT_TRANSLATE_NOOP("CaseloadTableModel", "Assigned staff"))
#: the columns a compact caseload (beside an open case) keeps: name and next date
COMPACT_COLUMNS = (0, 2)


class CaseloadTableModel(QAbstractTableModel):
    """One row per case: name, reference, next date, overdue, open conflicts, staff."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseSummary] = []

    def set_rows(self, rows: list[CaseSummary]) -> None:
        """Replace every row (a full reset keeps views and proxies simple and correct)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (used when the workbench locks)."""
        self.set_rows([])

    def summary(self, row: int) -> CaseSummary:
        """The record behind ``row``."""
        return self._rows[row]

    def row_of_case(self, case_id: int) -> int:
        """Row index of a case, or -1."""
        return next((i for i, s in enumerate(self._rows) if s.case.id == case_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return translate("CaseloadTableModel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(summary, column)
        if role == SORT_ROLE:
            return _sort_key(summary, column)
        if role == CASE_ID_ROLE:
            return summary.case.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 3 and summary.overdue:
            return translate("CaseloadTableModel", "%n overdue item(s)", None, summary.overdue)
        if role == Qt.ItemDataRole.ToolTipRole and column in COMPACT_COLUMNS:
            return _attention(summary)  # what the compact list's hidden columns would say
        return None


def _display(summary: CaseSummary, column: int) -> str:
    case = summary.case
    if column == 0:
        return case.display_name
    if column == 1:
        return case.ref
    if column == 2:
        return summary.next_date.isoformat() if summary.next_date else "—"
    if column == 3:
        return str(summary.overdue)
    if column == 4:
        return str(summary.open_conflicts)
    return ", ".join(case.assigned_to)


def _attention(summary: CaseSummary) -> str:
    overdue = translate("CaseloadTableModel", "%n overdue", None, summary.overdue)
    conflicts = translate("CaseloadTableModel", "%n open conflict(s)", None,
                          summary.open_conflicts)
    return f"{summary.case.ref} · {overdue} · {conflicts}"


def _sort_key(summary: CaseSummary, column: int) -> Any:
    if column == 2:
        # Cases with no date sort after every dated case.
        return (summary.next_date or date.max).toordinal()
    if column == 3:
        return summary.overdue
    if column == 4:
        return summary.open_conflicts
    return _display(summary, column).casefold()


class CaseloadFilterModel(QSortFilterProxyModel):
    """Case-insensitive search over name, reference and staff; numeric sort where numeric."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._needle = ""
        self._only_attention = False

    def set_search(self, text: str) -> None:
        """Show rows whose name, reference or staff contain ``text``."""
        self.beginFilterChange()
        self._needle = text.strip().casefold()
        self.endFilterChange()

    def set_only_attention(self, on: bool) -> None:
        """Show only cases with overdue items or open conflicts."""
        self.beginFilterChange()
        self._only_attention = on
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, CaseloadTableModel) or source_parent.isValid():
            return True
        summary = model.summary(source_row)
        if self._only_attention and not (summary.overdue or summary.open_conflicts):
            return False
        if not self._needle:
            return True
        case = summary.case
        haystack = " ".join((case.display_name, case.ref, *case.assigned_to)).casefold()
        return self._needle in haystack
