"""Run long work (packets, imports, backups) off the UI thread, reporting progress by signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

ProgressFn = Callable[[int, int], None]
# Signals of work still running: a caller may drop the returned object, and a collected
# WorkerSignals would silently drop its connections (the result would never arrive).
_IN_FLIGHT: set[WorkerSignals] = set()


class WorkerSignals(QObject):
    """Signals: progressed(done, total), finished(result), failed(exception)."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Worker(QRunnable):
    """Calls ``fn(progress)`` on a pool thread; never touches widgets from there."""

    def __init__(self, fn: Callable[[ProgressFn], Any]) -> None:
        super().__init__()
        self._fn = fn
        # Signals are emitted from the pool thread; Qt queues them to receivers in the UI thread.
        self.signals = WorkerSignals()
        self.setAutoDelete(True)

    def run(self) -> None:
        """Run the function; report its result or the exception (never raise into Qt)."""
        try:
            result = self._fn(self.signals.progressed.emit)
        except Exception as exc:  # noqa: BLE001 - handed to the UI, which translates typed errors
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def run_in_background(
    fn: Callable[[ProgressFn], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    pool: QThreadPool | None = None,
) -> WorkerSignals:
    """Start ``fn`` in the thread pool; connect the optional callbacks; return its signals."""
    worker = Worker(fn)
    signals = worker.signals
    _IN_FLIGHT.add(signals)
    if on_done is not None:
        signals.finished.connect(on_done)
    if on_error is not None:
        signals.failed.connect(on_error)
    if on_progress is not None:
        signals.progressed.connect(on_progress)
    # Connected last, so the caller's callbacks have run when the reference is dropped.
    signals.finished.connect(lambda _result: _IN_FLIGHT.discard(signals))
    signals.failed.connect(lambda _exc: _IN_FLIGHT.discard(signals))
    (pool or QThreadPool.globalInstance()).start(worker)
    return signals
