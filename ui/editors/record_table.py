"""A read-only table model over frozen records, and the base of the list-with-buttons tabs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.live_view import LiveView
from ui.table_sizing import measure_sample_only
from workbench.operations.changes import Kind

_Index = QModelIndex | QPersistentModelIndex
Column = tuple[str, Callable[[Any], object]]


def text_of(value: object) -> str:
    """How a field value reads in a cell."""
    if value is None:
        return ""
    if isinstance(value, (set, frozenset, tuple, list)):
        return ", ".join(sorted(str(v).replace("_", " ") for v in value))
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value).replace("_", " ")


class RecordsTableModel(QAbstractTableModel):
    """Rows are records; each column is (header, getter)."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_columns(self, columns: Sequence[Column]) -> None:
        """Replace the columns."""
        self.beginResetModel()
        self._columns = list(columns)
        self.endResetModel()

    def set_records(self, records: Sequence[Any]) -> None:
        """Replace all rows."""
        self.beginResetModel()
        self._rows = list(records)
        self.endResetModel()

    def record(self, row: int) -> Any:
        """The record shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return self._columns[section][0]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return text_of(self._columns[index.column()][1](self._rows[index.row()]))
        return None


class ListTab(QWidget):
    """A sortable table with action buttons; subclasses set ``KINDS``, the columns and
    ``records()`` (a read through the operations, run off the UI thread).

    The table reloads in the background whenever an operation's changes touch this case and
    one of ``KINDS`` (``live.reloaded`` fires after); the first fill happens when it is built
    (subclasses call ``refresh_now()`` at the end of ``__init__``).
    """

    KINDS: tuple[Kind, ...] = ()

    def __init__(self, session: Any, case: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case = case
        self.model = RecordsTableModel((), self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = QHBoxLayout()
        self.notice = QLabel(self)  # what an action refused, in the operation's words
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Message"))
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(self.buttons)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        self.dialog: QDialog | None = None
        self.live = LiveView(session, case.id, self.KINDS, self.records, self.show_records, self)
        self.live.load_failed.connect(self.show_notice)

    def set_columns(self, name: str, columns: Sequence[Column]) -> None:
        """Name the table (for screen readers) and set its columns."""
        self.table.setAccessibleName(name)
        self.model.set_columns(columns)

    def add_button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        """A keyboard-reachable action button above the table."""
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def show_notice(self, text: str) -> None:
        """Show (or, with "", hide) a line above the table."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def records(self) -> list[Any]:
        """The records to list (override; runs in the thread pool: no widgets here)."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload rows in the background."""
        self.live.reload()

    def refresh_now(self) -> None:
        """Reload rows on this thread (the first fill)."""
        self.live.load_now()

    def show_records(self, records: Sequence[Any]) -> None:
        """Show ``records`` (on the UI thread)."""
        self.model.set_records(records)
        measure_sample_only(self.table)
        self.table.resizeColumnsToContents()

    def selected(self) -> Any:
        """The record of the selected row, or None."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.table.model().mapToSource(rows[0])  # type: ignore[attr-defined]
        return self.model.record(source.row())

    def open_dialog(self, dialog: QDialog) -> QDialog:
        """Show ``dialog`` window-modal without a nested event loop (a save is announced by
        the dialog; this table reloads when the change touches it)."""
        self.dialog = dialog
        self.show_notice("")
        dialog.open()
        return dialog

    def clear(self) -> None:
        """Forget the rows and drop any reload in flight (the workbench is locking)."""
        self.live.cancel()
        self.model.set_records([])
        self.show_notice("")
