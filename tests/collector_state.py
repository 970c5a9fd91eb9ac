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
