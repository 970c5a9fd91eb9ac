"""The Dates tab: every timeline entry as a sortable, filterable table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.errors import WorkbenchError
from models.records import BOOKABLE_KINDS, EventKind
from ui.editors.open_editor import OccurrenceChoiceDialog, editor_for_key
from ui.labels import enum_label
from ui.live_view import LiveView
from ui.table_sizing import measure_sample_only
from ui.timeline_entries import LANES
from ui.timeline_model import KEY_ROLE, DatesFilterProxy, DatesTableModel, load_entries
from ui.timeline_source import TIMELINE_KINDS


class DatesTab(QWidget):
    """List mode of the timeline; reloads in the background when an operation touches it."""

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
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.notice = QLabel(self)  # why an entry cannot be opened, in the policy's words
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Message"))
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters())
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        self.live = LiveView(session, case.id, TIMELINE_KINDS,
                             lambda: load_entries(self.session, self.case), self._show, self)
        self.live.load_failed.connect(self._say)
        self.live.load_now()

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.lane = QComboBox(self)
        self.lane.setAccessibleName(self.tr("Lane filter"))
        self.lane.addItem(self.tr("All lanes"), "")
        for lane in LANES:
            self.lane.addItem(enum_label(lane), lane.value)
        self.lane.currentIndexChanged.connect(lambda: self.proxy.set_lane(self.lane.currentData()))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind filter"))
        self.kind.addItem(self.tr("All kinds"), "")
        for kind in EventKind:
            self.kind.addItem(enum_label(kind), kind.value)
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
        # the selected appointment's or hearing's interpreter bookings (Alt+I)
        self.interpreter = QPushButton(self.tr("&Interpreter…"), self)
        self.interpreter.setAccessibleName(self.tr("Interpreter booking of the selected date"))
        self.interpreter.setToolTip(self.tr("Book, confirm or cancel an interpreter for the "
                                            "selected appointment or hearing"))
        self.interpreter.setEnabled(False)
        self.interpreter.clicked.connect(self.open_interpreter)
        row.addWidget(self.interpreter)
        return row

    def selected_entry(self) -> Any:
        """The engine's entry of the selected row (None: nothing selected)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.entry(self.proxy.mapToSource(rows[0]).row()).source

    def _selection_changed(self, *_args: object) -> None:
        entry = self.selected_entry()
        self.interpreter.setEnabled(entry is not None and entry.event_id is not None
                                    and entry.kind in BOOKABLE_KINDS)

    def open_interpreter(self) -> QDialog | None:
        """Open the interpreter booking dialog of the selected appointment or hearing
        (window-modal, non-blocking); None when no such date is selected."""
        from ui.interpreter_booking_dialog import InterpreterBookingDialog

        entry = self.selected_entry()
        if entry is None or entry.event_id is None or entry.kind not in BOOKABLE_KINDS:
            self._say(self.tr("Select an appointment or hearing first."))
            return None
        try:
            dialog = InterpreterBookingDialog(self.session, self.case, entry, self)
        except WorkbenchError as exc:
            self._say(str(exc))
            return None
        self._say("")
        self.dialog = dialog
        dialog.open()
        return dialog

    def refresh(self) -> None:
        """Reload the entries in the background (role view applied by the operation)."""
        self.live.reload()

    def _show(self, entries: list[Any]) -> None:
        self.model.set_entries(entries)
        measure_sample_only(self.table)
        self.table.resizeColumnsToContents()

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def clear(self) -> None:
        """Forget every entry and drop a reload in flight (the workbench is locking)."""
        self.live.cancel()
        self.model.set_entries([])
        self._say("")

    def _activated(self, index: QModelIndex) -> None:
        self.open_entry(self.proxy.data(index, KEY_ROLE))

    def open_entry(self, key: str) -> QDialog | None:
        """Open the editor of the entry with ``key`` (non-blocking)."""
        try:
            dialog = editor_for_key(self.session, self.case, key, self)
        except WorkbenchError as exc:
            self._say(str(exc))
            return None
        if dialog is None:
            return None
        self._say("")
        self.dialog = dialog
        if isinstance(dialog, OccurrenceChoiceDialog):
            dialog.editor_opened.connect(self._open)  # the choice builds the editor
        dialog.open()
        return dialog

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()
