"""Python's cycle collector runs on the UI thread only.

CPython starts a collection in whichever thread happens to allocate past the collector's
threshold. In the workbench that is often a pool thread reading the store (ui/worker.py), and a
collection there may free a cycle that holds a Qt object -- a dialog, a model, a closure over a
widget -- whose C++ destructor then runs off the thread the object belongs to. Qt does not
allow that, and the process dies ("Fatal Python error: Segmentation fault ... Garbage-collecting"
in a pool thread, inside a store read; seen in CI on 2026-12-02). So the automatic collector is
switched off, and the UI thread collects on a timer instead: the generations whose thresholds
are passed, as the automatic collector would have. Calibre, Anki and Spyder do the same.
Reference counting frees everything that is not in a cycle, on every thread, as before.
"""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 1_000


def collect_due() -> int | None:
    """On the main thread, collect the oldest generation whose threshold is passed (what the
    automatic collector would have collected by now); return it, or None when none is due or
    this is not the main thread."""
    if threading.current_thread() is not threading.main_thread():
        return None
    due = None
    for generation, (count, threshold) in enumerate(zip(gc.get_count(), gc.get_threshold(), strict=False)):
        if threshold and count > threshold:
            due = generation
    if due is not None:
        gc.collect(due)
    return due


def collect_on_ui_thread_only() -> None:
    """Switch off the automatic collector (what ``install`` does; the test run calls it before
    any QApplication exists)."""
    gc.disable()


class UiThreadCollector(QObject):
    """Collects every INTERVAL_MS, on the thread that owns the application (the UI thread)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("ui-thread-collector")
        collect_on_ui_thread_only()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> int | None:
        """One check (see collect_due)."""
        return collect_due()

    def stop(self) -> None:
        """No more checks from this timer (the automatic collector stays off)."""
        self._timer.stop()


def install(app: QCoreApplication) -> UiThreadCollector:
    """The application's collector, made once: the automatic collector stays off from here."""
    existing = app.findChild(UiThreadCollector, "ui-thread-collector")
    if isinstance(existing, UiThreadCollector):
        collect_on_ui_thread_only()
        return existing
    return UiThreadCollector(app)
