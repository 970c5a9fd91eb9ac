"""Keep one view current: reload it off the UI thread when an operation touches what it shows."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from models.errors import WorkbenchError
from ui.loader import BackgroundLoader
from ui.session import UiSession
from workbench.operations.changes import Changes, Kind

log = logging.getLogger(__name__)


class LiveView(QObject):
    """Signals: reloaded() after fresh data reached the view; load_failed(message).

    ``load`` runs in the thread pool and may only read (through the operations) and return
    plain records; ``show`` gets them on the UI thread. A change is checked with
    ``changes.touches(case_id, *kinds)`` (``case_id`` None: a view of the whole caseload;
    no kinds: every kind of record of the case).
    """

    reloaded = Signal()
    load_failed = Signal(str)

    def __init__(self, session: UiSession, case_id: int | None, kinds: tuple[Kind, ...],
                 load: Callable[[], Any], show: Callable[[Any], None],
                 parent: QObject) -> None:
        super().__init__(parent)
        self.case_id, self.kinds = case_id, kinds
        self._load, self._show = load, show
        self.loader = BackgroundLoader(self)
        self.loader.loaded.connect(self._shown)
        self.loader.load_failed.connect(self._failed)
        # a bound method of a QObject: Qt drops the connection when this view goes away
        session.signals.operation_executed.connect(self.on_operation)

    def on_operation(self, changes: Changes, _initiator: object = None) -> None:
        """Reload when ``changes`` may alter what the view shows."""
        if changes.touches(self.case_id, *self.kinds):
            self.reload()

    def reload(self) -> None:
        """Read again in the background; the newest read wins."""
        self.loader.start(self._load)

    def load_now(self) -> None:
        """Read and show on this thread (the first fill, when the tab is built)."""
        try:
            data = self._load()
        except WorkbenchError as exc:
            self._failed(exc)
            return
        self._show(data)

    def is_busy(self) -> bool:
        """True while a reload is in flight."""
        return self.loader.is_busy()

    def cancel(self) -> None:
        """Drop any reload in flight (the workbench is locking)."""
        self.loader.cancel()

    def _shown(self, data: Any) -> None:
        self._show(data)
        self.reloaded.emit()

    def _failed(self, exc: Exception) -> None:
        message = str(exc) if isinstance(exc, WorkbenchError) else type(exc).__name__
        log.warning("view reload failed: %s", type(exc).__name__)
        self.load_failed.emit(message)
