"""The Timeline tab: zoom and jump controls, the timeline view, details of the focused entry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from models.errors import WorkbenchError
from models.records import Category
from ui.editors.appointment_dialog import AppointmentDialog
from ui.editors.legal_dialogs import LEGAL, DeadlineDialog, HearingDialog
from ui.editors.open_editor import OccurrenceChoiceDialog, editor_for_key
from ui.live_view import LiveView
from ui.permissions import gate, write_denial
from ui.timeline_entries import describe
from ui.timeline_model import load_entries
from ui.timeline_source import TIMELINE_KINDS
from ui.timeline_view import TimelineView, slider_to_span, span_to_slider

ZOOMS = ((1, "Day"), (7, "Week"), (31, "Month"), (92, "Quarter"), (366, "Year"))


class TimelineTab(QWidget):
    """One case's timeline; reloads in the background when an operation touches it."""

    def __init__(self, session: Any, case: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case = case
        self.dialog: QDialog | None = None
        self.view = TimelineView(session.today(), self)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Details of the focused date"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar())
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        self.view.focus_changed.connect(self._show_details)
        self.view.entry_activated.connect(self.open_entry)
        self.view.view_changed.connect(self._sync_zoom)
        self.view.set_span_days(31)
        self.view.jump_to_today()
        self.live = LiveView(session, case.id, TIMELINE_KINDS,
                             lambda: load_entries(self.session, self.case), self._show, self)
        self.live.load_failed.connect(self.details.setText)
        self.live.load_now()

    def _button(self, text: str, slot: Any, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def _toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.zoom_combo = QComboBox(self)
        self.zoom_combo.setAccessibleName(self.tr("Zoom"))
        for days, name in ZOOMS:
            self.zoom_combo.addItem(self.tr(name), days)
        self.zoom_combo.activated.connect(
            lambda i: self.view.set_span_days(self.zoom_combo.itemData(i)))
        self.zoom_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.zoom_slider.setRange(0, 100)
        self.zoom_slider.setAccessibleName(self.tr("Zoom level (days shown)"))
        self.zoom_slider.valueChanged.connect(self._slider_moved)
        row.addWidget(QLabel(self.tr("Zoom:"), self))
        row.addWidget(self.zoom_combo)
        row.addWidget(self.zoom_slider, 1)
        self._button(self.tr("&Today"), self.view.jump_to_today, row)
        self._button(self.tr("&Next deadline"), self.view.jump_to_next_deadline, row)
        self.add_appointment = self._button(
            self.tr("Add &appointment…"),
            lambda: self._open(AppointmentDialog(self.session, self.case, None, self)), row)
        self.add_hearing = self._button(
            self.tr("Add &hearing…"),
            lambda: self._open(HearingDialog(self.session, self.case, None, self)), row)
        self.add_deadline = self._button(
            self.tr("Add &deadline…"),
            lambda: self._open(DeadlineDialog(self.session, self.case, None, self)), row)
        gate(self.add_appointment, write_denial(self.session, Category))
        gate(self.add_hearing, write_denial(self.session, LEGAL))
        gate(self.add_deadline, write_denial(self.session, Category))
        return row

    def _slider_moved(self, pos: int) -> None:
        if span_to_slider(self.view.span_days()) != pos:
            self.view.set_span_days(slider_to_span(pos))

    def _sync_zoom(self) -> None:
        self.zoom_slider.blockSignals(True)
        self.zoom_slider.setValue(span_to_slider(self.view.span_days()))
        self.zoom_slider.blockSignals(False)
        span = self.view.span_days()
        nearest = min(range(len(ZOOMS)), key=lambda i: abs(ZOOMS[i][0] - span))
        self.zoom_combo.setCurrentIndex(nearest)

    def _show_details(self, key: str) -> None:
        entry = next((e for e in self.view.entries() if e.key == key), None)
        self.details.setText(describe(entry, self.tr) if entry else "")

    def refresh(self) -> None:
        """Reload the entries in the background (role view applied by the operation)."""
        self.live.reload()

    def _show(self, entries: list[Any]) -> None:
        self.view.set_entries(entries)
        self._show_details(self.view.focused_key())

    def open_entry(self, key: str) -> QDialog | None:
        """Open the editor of the entry with ``key`` (non-blocking); when the role may not
        change it, say why under the timeline instead."""
        try:
            dialog = editor_for_key(self.session, self.case, key, self)
        except WorkbenchError as exc:
            self.details.setText(str(exc))
            return None
        return self._open(dialog) if dialog else None

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        if isinstance(dialog, OccurrenceChoiceDialog):
            dialog.editor_opened.connect(self._open)  # the choice builds the editor
        dialog.open()
        return dialog

    def clear(self) -> None:
        """Forget every entry and drop a reload in flight (the workbench is locking)."""
        self.live.cancel()
        self.view.set_entries([])
        self.details.clear()
