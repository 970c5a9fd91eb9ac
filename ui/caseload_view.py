"""The caseload list: a search box, an attention filter and a keyboard-driven table; compact
(name and next date only) while a case is open, unless the person expands it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.records import CaseSummary
from ui.caseload_model import (
    CASE_ID_ROLE,
    COLUMNS,
    COMPACT_COLUMNS,
    CaseloadFilterModel,
    CaseloadTableModel,
)
from ui.table_sizing import measure_sample_only


class CaseloadView(QWidget):
    """Signals: case_activated(case_id) on Enter or double-click; add_requested();
    expand_toggled(expanded) when the person asks for every column while a case is open."""

    case_activated = Signal(int)
    add_requested = Signal()
    expand_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CaseloadTableModel(self)
        self.proxy = CaseloadFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search name, reference or staff"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.attention = QCheckBox(self.tr("Only overdue or conflicts"), self)
        self.attention.setAccessibleName(self.tr("Only cases needing attention"))
        self.attention.toggled.connect(self.proxy.set_only_attention)
        self.add_button = QPushButton(self.tr("&New case…"), self)
        self.add_button.setAccessibleName(self.tr("New case"))
        self.add_button.clicked.connect(self.add_requested)
        self.expand_button = QToolButton(self)
        self.expand_button.setCheckable(True)
        self.expand_button.setText(self.tr("Show all columns"))
        self.expand_button.setAccessibleName(self.tr("Show all caseload columns"))
        self.expand_button.setToolTip(self.tr("Show every caseload column (Ctrl+Shift+E)"))
        self.expand_button.toggled.connect(self.expand_toggled)
        self.expand_button.hide()
        self.compact = False
        self.table = self._make_table()
        # Down arrow in the search box moves into the table: search, arrow, Enter.
        self.search.installEventFilter(self)
        self.top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.top.addWidget(self.search, 1)
        self.top.addWidget(self.attention)
        self.top.addWidget(self.add_button)
        self.top.addWidget(self.expand_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.top)
        layout.addWidget(self.table, 1)

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.proxy)
        table.setAccessibleName(self.tr("Caseload"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSortingEnabled(True)
        table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        # sized once per load (from a sample of rows), not at every layout: people can resize
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        measure_sample_only(table)
        table.horizontalHeader().setStretchLastSection(True)
        table.doubleClicked.connect(self._on_activated)
        table.installEventFilter(self)
        return table

    def set_compact(self, compact: bool, *, case_open: bool = False) -> None:
        """Show only name and next date (a case is open beside it), or every column."""
        self.compact = compact
        self.expand_button.setVisible(case_open)
        self.expand_button.blockSignals(True)
        self.expand_button.setChecked(case_open and not compact)
        self.expand_button.blockSignals(False)
        self.top.setDirection(QBoxLayout.Direction.TopToBottom if case_open
                              else QBoxLayout.Direction.LeftToRight)
        for column in range(len(COLUMNS)):
            self.table.setColumnHidden(column, compact and column not in COMPACT_COLUMNS)
        header = self.table.horizontalHeader()
        # compact: the name takes what the date leaves, so nothing scrolls sideways
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch if compact
                                    else QHeaderView.ResizeMode.Interactive)
        self.table.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if compact
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        header.setStretchLastSection(not compact)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents if compact
                                    else QHeaderView.ResizeMode.Interactive)
        if not compact:
            self.table.resizeColumnsToContents()

    def set_rows(self, rows: list[CaseSummary]) -> None:
        """Show these cases, keeping the selected case selected when it is still there."""
        selected = self.selected_case_id()
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if selected is not None:
            self.select_case(selected)
        elif self.proxy.rowCount():
            self.table.selectRow(0)

    def clear(self) -> None:
        """Forget every row and the search text."""
        self.model.clear()
        self.search.clear()

    def selected_case_id(self) -> int | None:
        """Id of the selected case, if any."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(CASE_ID_ROLE) if rows else None

    def select_case(self, case_id: int) -> bool:
        """Select the row of ``case_id``; False when it is filtered out or unknown."""
        row = self.model.row_of_case(case_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _on_activated(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id is not None:
            self.case_activated.emit(int(case_id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key == Qt.Key.Key_Down:
                self.table.setFocus()
                if not self.table.selectionModel().hasSelection() and self.proxy.rowCount():
                    self.table.selectRow(0)
                return True
            if watched is self.search and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.proxy.rowCount() == 1:
                    self._on_activated(self.proxy.index(0, 0))
                    return True
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # QTableView's "activated" on Enter depends on the style; do it ourselves.
                current = self.table.currentIndex()
                if current.isValid():
                    self._on_activated(current)
                    return True
        return super().eventFilter(watched, event)
