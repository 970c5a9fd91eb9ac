"""Which editor opens a timeline entry (by its key) or an event record."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from models.records import Event, EventKind
from ui.editors.appointment_dialog import AppointmentDialog
from ui.editors.legal_dialogs import DeadlineDialog, HearingDialog


def event_id_of(key: str) -> int | None:
    """The event id in a timeline key ("event:12" or "event:12@2026-05-04"), else None."""
    kind, _, rest = key.partition(":")
    if kind != "event":
        return None
    head = rest.split("@", 1)[0]
    return int(head) if head.isdigit() else None


def editor_for_event(session: Any, case: Any, event: Event, parent: QWidget | None) -> QDialog:
    """The dialog that edits ``event``."""
    if event.kind == EventKind.COURT_HEARING:
        return HearingDialog(session, case, event, parent)
    if event.kind in (EventKind.LEGAL_DEADLINE, EventKind.TASK, EventKind.MILESTONE):
        return DeadlineDialog(session, case, event, parent)
    return AppointmentDialog(session, case, event, parent)


def editor_for_key(session: Any, case: Any, key: str, parent: QWidget | None) -> QDialog | None:
    """The dialog for the entry with ``key`` (None when it is not an event)."""
    event_id = event_id_of(key)
    if event_id is None:
        return None
    return editor_for_event(session, case, session.store.get_event(event_id), parent)
