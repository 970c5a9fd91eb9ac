"""The one signal of the window that every operation's changes are announced on.

After Anki's ``operation_did_execute(changes, initiator)``: a face calls an operation of
``workbench.operations``, then ``announce`` broadcasts the ``Changes`` it returned, and each
view (caseload, agenda, the open case's tabs) reloads only when ``changes.touches`` it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from ui.session import UiSession
    from workbench.operations.changes import Changes, Done


class OperationSignals(QObject):
    """Signals: operation_executed(changes, initiator) after every write; confirmed(text)
    with the line that tells the person it was saved."""

    operation_executed = Signal(object, object)
    confirmed = Signal(str)


def announce(session: UiSession, done: Done[Any] | Changes, initiator: object = None,
             message: str = "") -> None:
    """Broadcast what an operation changed (call on the UI thread, after the write)."""
    changes = getattr(done, "changes", done)
    session.signals.operation_executed.emit(changes, initiator)
    if message:
        session.signals.confirmed.emit(message)
