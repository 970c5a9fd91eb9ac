"""Which editor opens a timeline entry (by its key) or an event record; for one occurrence of
a repeating event, first ask whether to change that occurrence or the whole series."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from models.records import Event, EventKind
from ui.editors.appointment_dialog import AppointmentDialog
from ui.editors.legal_dialogs import DeadlineDialog, HearingDialog
from ui.editors.timed import TimedEventDialog
from workbench.operations import case_lists

_DATE_KINDS = (EventKind.LEGAL_DEADLINE, EventKind.TASK, EventKind.MILESTONE)


def event_id_of(key: str) -> int | None:
    """The event id in a timeline key ("event:12" or "event:12@2026-05-04"), else None."""
    return split_key(key)[0]


def split_key(key: str) -> tuple[int | None, date | None]:
    """(event id, occurrence day) of a timeline key; (None, None) when not an event."""
    kind, _, rest = key.partition(":")
    if kind != "event":
        return None, None
    head, _, day = rest.partition("@")
    if not head.isdigit():
        return None, None
    try:
        return int(head), date.fromisoformat(day) if day else None
    except ValueError:
        return int(head), None


def editor_for_event(session: Any, case: Any, event: Event, parent: QWidget | None) -> QDialog:
    """The dialog that edits ``event``."""
    if event.kind == EventKind.COURT_HEARING:
        return HearingDialog(session, case, event, parent)
    if event.kind in _DATE_KINDS:
        return DeadlineDialog(session, case, event, parent)
    return AppointmentDialog(session, case, event, parent)


def editor_for_occurrence(session: Any, case: Any, series: Event, day: date,
                          parent: QWidget | None) -> TimedEventDialog:
    """An editor prefilled with the occurrence of ``series`` on ``day``; saving skips that
    day in the series and stores the edited occurrence as a one-off event."""
    zone = ZoneInfo(series.tz)
    assert series.start is not None
    start = datetime.combine(day, series.start.astimezone(zone).time(), zone)
    end = start + (series.end - series.start) if series.end else None
    one = replace(series, start=start, end=end, rrule=None, exdates=())
    dialog = editor_for_event(session, case, one, parent)
    assert isinstance(dialog, TimedEventDialog)
    dialog.detach_from(series, day)
    return dialog


def offers_occurrence(event: Event, day: date | None) -> bool:
    """True when an entry is one occurrence of a timed series (so the choice is offered)."""
    return (day is not None and bool(event.rrule) and event.start is not None
            and not event.all_day and event.kind not in _DATE_KINDS)


class OccurrenceChoiceDialog(QDialog):
    """"This occurrence" or "The whole series"? Signals: editor_opened(QDialog) after a
    choice built the editor (the caller shows it)."""

    editor_opened = Signal(object)

    def __init__(self, session: Any, case: Any, series: Event, day: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.case, self.series, self.day = session, case, series, day
        self.editor: QDialog | None = None
        self.setWindowTitle(self.tr("Repeating event"))
        self.setAccessibleName(self.tr("Edit one occurrence or the series"))
        text = QLabel(self.tr("This event repeats. Change only the one on %1, or every one?")
                      .replace("%1", day.isoformat()), self)
        text.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.occurrence_button = self._button(buttons, self.tr("This &occurrence"), "occurrence")
        self.series_button = self._button(buttons, self.tr("The whole &series"), "series")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.occurrence_button.setDefault(True)

    def _button(self, box: QDialogButtonBox, text: str, which: str) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(lambda: self.choose(which))
        return button

    def choose(self, which: str) -> QDialog:
        """Build the editor for "occurrence" or "series", close, and emit editor_opened."""
        parent = self.parentWidget()
        if which == "occurrence":
            self.editor = editor_for_occurrence(self.session, self.case, self.series, self.day,
                                                parent)
        else:
            self.editor = editor_for_event(self.session, self.case, self.series, parent)
        self.accept()
        self.editor_opened.emit(self.editor)
        return self.editor


def editor_for_key(session: Any, case: Any, key: str, parent: QWidget | None) -> QDialog | None:
    """The dialog for the entry with ``key`` (None when it is not an event); an occurrence of
    a timed series gets an :class:`OccurrenceChoiceDialog` first.

    PermissionDenied (the policy's message) when the role may not change that event: no
    editor is built, so no field the role view hid reaches a widget.
    """
    event_id, day = split_key(key)
    if event_id is None:
        return None
    event = case_lists.event_to_edit(session, event_id=event_id)
    if offers_occurrence(event, day):
        assert day is not None
        return OccurrenceChoiceDialog(session, case, event, day, parent)
    return editor_for_event(session, case, event, parent)
