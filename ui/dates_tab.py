"""The Dates tab: every timeline entry as a sortable, filterable table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.records import EventKind
from ui.editors.open_editor import OccurrenceChoiceDialog, editor_for_key
from ui.table_sizing import measure_sample_only
from ui.timeline_entries import LANES
from ui.timeline_model import KEY_ROLE, DatesFilterProxy, DatesTableModel, load_entries


class DatesTab(QWidget):
    """List mode of the timeline. Signals: case_changed() after an edit was saved."""

    case_changed = Signal()

    def __init__(self, session: Any, case: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case = case
        self.dialog: QDialog | None = None
        self.model = DatesTableModel(self)
        self.proxy = DatesFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Dates"))
        self.table.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters())
        layout.addWidget(self.table, 1)
        self.refresh()

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.lane = QComboBox(self)
        self.lane.setAccessibleName(self.tr("Lane filter"))
        self.lane.addItem(self.tr("All lanes"), "")
        for lane in LANES:
            self.lane.addItem(self.tr(lane.value.replace("_", " ").capitalize()), lane.value)
        self.lane.currentIndexChanged.connect(lambda: self.proxy.set_lane(self.lane.currentData()))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind filter"))
        self.kind.addItem(self.tr("All kinds"), "")
        for kind in EventKind:
            self.kind.addItem(self.tr(kind.value.replace("_", " ").capitalize()), kind.value)
        self.kind.currentIndexChanged.connect(lambda: self.proxy.set_kind(self.kind.currentData()))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search title, rule, status"))
        self.search.setAccessibleName(self.tr("Search dates"))
        self.search.textChanged.connect(self.proxy.set_text)
        for label, widget in ((self.tr("Lane:"), self.lane), (self.tr("Kind:"), self.kind),
                              (self.tr("Search:"), self.search)):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
        return row

    def refresh(self) -> None:
        """Reload the entries from the store (role view applied)."""
        self.model.set_entries(load_entries(self.session, self.case))
        measure_sample_only(self.table)
        self.table.resizeColumnsToContents()

    def _activated(self, index: QModelIndex) -> None:
        self.open_entry(self.proxy.data(index, KEY_ROLE))

    def open_entry(self, key: str) -> QDialog | None:
        """Open the editor of the entry with ``key`` (non-blocking)."""
        dialog = editor_for_key(self.session, self.case, key, self)
        if dialog is None:
            return None
        self.dialog = dialog
        if isinstance(dialog, OccurrenceChoiceDialog):
            dialog.editor_opened.connect(self._open)  # the choice builds the editor
        else:
            dialog.accepted.connect(self._saved)
        dialog.open()
        return dialog

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(self._saved)
        dialog.open()

    def _saved(self) -> None:
        self.refresh()
        self.case_changed.emit()
