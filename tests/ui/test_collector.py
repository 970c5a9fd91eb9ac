"""Cycles are collected on the UI thread only (ui/collector.py): a pool thread that allocates
past every threshold never starts a collection, so it can never free a Qt object off its
thread (the CI segfault of 2026-12-02: "Garbage-collecting" in a pool thread's store read)."""

from __future__ import annotations

import gc
import threading
from typing import Any

from PySide6.QtCore import QThreadPool

from tests.collector_state import automatic_collector
from ui import collector


class Cyclic:
    """Garbage only the cycle collector can free; records the thread that frees it."""

    def __init__(self, freed_on: list[str]) -> None:
        self.me = self
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.current_thread().name)


def _allocate_on_a_pool_thread(kept: list[Any]) -> None:
    """60,000 dicts made (and kept) on another thread: past every generation's threshold."""

    def work() -> None:
        kept.append([{} for _ in range(60_000)])

    thread = threading.Thread(target=work, name="pool")
    thread.start()
    thread.join()


def _garbage_cycle(freed_on: list[str]) -> None:
    gc.collect()  # nothing due before the cycle is made
    Cyclic(freed_on)


def test_with_the_automatic_collector_a_pool_thread_frees_the_cycle(qapp) -> None:  # noqa: ANN001
    """The hazard itself, so the next test can fail: left on, the collector runs in whichever
    thread allocates, here the pool thread."""
    QThreadPool.globalInstance().waitForDone()
    freed_on: list[str] = []
    kept: list[Any] = []
    with automatic_collector(on=True):
        _garbage_cycle(freed_on)
        _allocate_on_a_pool_thread(kept)
    assert freed_on == ["pool"]


def test_the_app_collects_cycles_on_the_ui_thread_only(qapp, qtbot) -> None:  # noqa: ANN001
    installed = collector.install(qapp)
    assert collector.install(qapp) is installed  # one per application
    assert not gc.isenabled()
    freed_on: list[str] = []
    kept: list[Any] = []
    _garbage_cycle(freed_on)
    _allocate_on_a_pool_thread(kept)
    assert freed_on == []  # the pool thread did not collect
    qtbot.waitUntil(lambda: bool(freed_on), timeout=3 * collector.INTERVAL_MS)  # the timer did
    assert freed_on == ["MainThread"]


def test_collect_due_collects_what_is_due_and_never_off_the_main_thread() -> None:
    gc.collect()
    assert collector.collect_due() is None  # nothing allocated since
    kept = [{} for _ in range(5_000)]
    results: list[int | None] = []
    thread = threading.Thread(target=lambda: results.append(collector.collect_due()))
    thread.start()
    thread.join()
    assert results == [None]
    assert collector.collect_due() == 0  # gen 0 is past its threshold (700 by default)
    assert gc.get_count()[0] < gc.get_threshold()[0]
    del kept


def test_the_desktop_start_up_installs_it(qapp) -> None:  # noqa: ANN001
    """workbench.app's QApplication set-up switches the automatic collector off, also when the
    application already exists (as here)."""
    from workbench.app import _application

    with automatic_collector(on=True):
        app = _application()
        assert not gc.isenabled()
    assert app.findChild(collector.UiThreadCollector, "ui-thread-collector") is not None
