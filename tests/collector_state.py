"""The automatic cycle collector set on or off for a block, then put back as it was.

The test run keeps it off (tests/conftest.py: cycles are collected on the main thread between
tests, as the app does on its UI thread, ui/collector.py); a test of code that must leave the
collector as it found it sets either state with this."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def automatic_collector(on: bool) -> Iterator[None]:
    """``gc.enable()`` or ``gc.disable()`` for the block; the previous state afterwards."""
    was_on = gc.isenabled()
    if on:
        gc.enable()
    else:
        gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
        else:
            gc.disable()


def remove_ui_timer() -> bool:
    """Take away the app's timer collector (ui/collector.py) if a test's start-up installed it
    (workbench.app does, for every window it builds). Left running, it would collect in the
    middle of whichever later test processes events, at a moment that depends on the clock --
    freeing a parent widget whose child's wrapper a test still holds (CI, 2026-12-02:
    "Internal C++ object (ScreeningRunnerDialog) already deleted" in pytest-qt's teardown).
    The run collects between tests instead (tests/conftest.py). Return whether one was there."""
    from PySide6.QtCore import QCoreApplication

    from ui.collector import UiThreadCollector

    app = QCoreApplication.instance()
    found = app.findChild(UiThreadCollector, "ui-thread-collector") if app is not None else None
    if not isinstance(found, UiThreadCollector):
        return False
    found.stop()
    found.setParent(None)
    found.deleteLater()
    return True
