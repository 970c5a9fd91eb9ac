"""Load data off the UI thread; only the newest load's result is ever shown."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from ui.worker import WorkerSignals, run_in_background

log = logging.getLogger(__name__)


class BackgroundLoader(QObject):
    """Signals: busy_changed(busy), loaded(result), load_failed(exception).

    Each ``start`` supersedes the previous load, and ``cancel`` (on lock) drops any load in
    flight: a result that arrives late is discarded, so nothing reaches a locked window.
    """

    busy_changed = Signal(bool)
    loaded = Signal(object)
    load_failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._busy = False
        self._signals: dict[int, WorkerSignals] = {}

    def start(self, fn: Callable[[], Any]) -> None:
        """Run ``fn`` in the pool; emit ``loaded`` with its result unless superseded."""
        self._generation += 1
        generation = self._generation

        def job(_progress: Callable[[int, int], None]) -> tuple[int, bool, Any]:
            try:
                return generation, True, fn()
            except Exception as exc:  # noqa: BLE001 - handed to the UI thread below
                return generation, False, exc

        self._set_busy(True)
        self._signals[generation] = run_in_background(job, on_done=self._on_done)

    def cancel(self) -> None:
        """Forget every load in flight."""
        self._generation += 1
        self._set_busy(False)

    def is_busy(self) -> bool:
        """True while the newest load has not finished."""
        return self._busy

    def _on_done(self, outcome: tuple[int, bool, Any]) -> None:
        generation, ok, value = outcome
        self._signals.pop(generation, None)
        if generation != self._generation or not shiboken6.isValid(self):
            return  # superseded or cancelled
        self._set_busy(False)
        if ok:
            self.loaded.emit(value)
        else:
            log.warning("background load failed: %s", type(value).__name__)
            self.load_failed.emit(value)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
