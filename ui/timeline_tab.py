"""The Timeline tab: zoom and jump controls, what is coming up, the timeline view with its
conflicts beside it and its legend below, details of the focused entry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models.errors import WorkbenchError
from models.records import Category
from ui.editors.appointment_dialog import AppointmentDialog
from ui.editors.legal_dialogs import LEGAL, DeadlineDialog, HearingDialog
from ui.editors.open_editor import OccurrenceChoiceDialog, editor_for_key
from ui.i18n import translate
from ui.live_view import LiveView
from ui.permissions import gate, write_denial
from ui.timeline_coming_up import ComingUpStrip
from ui.timeline_conflicts import ConflictsPanel
from ui.timeline_entries import describe
from ui.timeline_legend import TimelineLegend
from ui.timeline_model import load_entries
from ui.timeline_source import TIMELINE_KINDS
from ui.timeline_view import TimelineView, slider_to_span, span_to_slider

ZOOMS = ((1, QT_TRANSLATE_NOOP("TimelineTab", "Day")),
         (7, QT_TRANSLATE_NOOP("TimelineTab", "Week")),
         (31, QT_TRANSLATE_NOOP("TimelineTab", "Month")),
         (92, QT_TRANSLATE_NOOP("TimelineTab", "Quarter")),
         (366, QT_TRANSLATE_NOOP("TimelineTab", "Year")))


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
        self.coming_up = ComingUpStrip(self)
        self.conflicts = ConflictsPanel(self)
        self.legend = TimelineLegend(self)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(self.view)
        self.split.addWidget(self.conflicts)
        self.split.setStretchFactor(0, 1)
        self.split.setChildrenCollapsible(False)
        self.split.setSizes([3000, 230])
        layout = QVBoxLayout(self)
        moving, adding = self._toolbar()
        layout.addLayout(moving)
        adding.insertWidget(0, self.coming_up.title)  # the strip's title shares the row
        layout.addLayout(adding)
        layout.addWidget(self.coming_up)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.details)
        self.coming_up.entry_chosen.connect(self._show_entry)
        self.coming_up.entry_activated.connect(self._go_to_entry)
        self.conflicts.conflict_chosen.connect(self.view.select_conflict)
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

    def _toolbar(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        # two rows: moving about the timeline, then adding to it (fits a 1366 x 768 window)
        row, adds = QHBoxLayout(), QHBoxLayout()
        self.zoom_combo = QComboBox(self)
        self.zoom_combo.setAccessibleName(self.tr("Zoom"))
        for days, name in ZOOMS:
            self.zoom_combo.addItem(translate("TimelineTab", name), days)
        self.zoom_combo.activated.connect(
            lambda i: self.view.set_span_days(self.zoom_combo.itemData(i)))
        self.zoom_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.zoom_slider.setRange(0, 100)
        self.zoom_slider.setAccessibleName(self.tr("Zoom level (days shown)"))
        self.zoom_slider.valueChanged.connect(self._slider_moved)
        self.zoom_slider.setMinimumWidth(120)
        self.zoom_slider.setPageStep(10)
        zoom = QLabel(self.tr("&Zoom:"), self)
        zoom.setBuddy(self.zoom_combo)
        row.addWidget(zoom)
        row.addWidget(self.zoom_combo)
        row.addWidget(self.zoom_slider, 1)
        self.today_button = self._button(self.tr("&Today"), self.view.jump_to_today, row)
        self.previous_button = self._button(self.tr("◀ &Previous deadline"),
                                            lambda: self._step(back=True), row)
        self.next_button = self._button(self.tr("&Next deadline ▶"), self._step, row)
        self.previous_button.setToolTip(self.tr("The deadline before the selected date (P in the "
                                                "timeline)"))
        self.next_button.setToolTip(self.tr("The deadline after the selected date, or the first "
                                            "from today (N in the timeline)"))
        self.add_appointment = self._button(
            self.tr("Add &appointment…"),
            lambda: self._open(AppointmentDialog(self.session, self.case, None, self)), adds)
        self.add_hearing = self._button(
            self.tr("Add &hearing…"),
            lambda: self._open(HearingDialog(self.session, self.case, None, self)), adds)
        self.add_deadline = self._button(
            self.tr("Add &deadline…"),
            lambda: self._open(DeadlineDialog(self.session, self.case, None, self)), adds)
        adds.insertStretch(0, 1)
        gate(self.add_appointment, write_denial(self.session, Category))
        gate(self.add_hearing, write_denial(self.session, LEGAL))
        gate(self.add_deadline, write_denial(self.session, Category))
        return row, adds

    def _step(self, back: bool = False) -> bool:
        """Previous or next deadline from the focused date; says so when there is none."""
        moved = (self.view.jump_to_previous_deadline() if back
                 else self.view.jump_to_next_deadline())
        if not moved:
            self.details.setText(self.tr("No earlier deadline.") if back
                                 else self.tr("No later deadline."))
        return moved

    def _show_entry(self, key: str) -> None:
        # a date chosen in Coming up is focused and centred; keyboard focus stays in the strip
        if self.view.focus_key(key):
            entry = next(e for e in self.view.entries() if e.key == key)
            self.view.center_on(entry.t0)

    def _go_to_entry(self, key: str) -> None:
        self._show_entry(key)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

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
        self.details.setText(describe(entry) if entry else "")

    def refresh(self) -> None:
        """Reload the entries in the background (role view applied by the operation)."""
        self.live.reload()

    def _show(self, entries: list[Any]) -> None:
        self.view.set_entries(entries)
        self.coming_up.set_entries(self.view.coming_up(), self.session.today())
        self.conflicts.set_conflicts([reason for reason, _keys in self.view.conflicts()])
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
        self.coming_up.clear()
        self.conflicts.clear()
        self.details.clear()
