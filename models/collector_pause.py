"""Python's cyclic garbage collector paused over a block that makes many objects at once."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cycle collector off for the block, then as it was, however the block ends.

    Reading and counting a caseload makes some 200,000 small objects that live on and form no
    cycle (records, facts, their texts); each quarter of the heap's size in survivors sets off
    a full collection that walks the whole heap -- about half of a caseload's or a report's
    time on 20,000 cases (report: 0.8-1.1 s of 2.3 s; hub caseload: 530 ms of CPU with the
    collector, 240 ms without). Reference counting frees them all the same; only cycles wait
    for the collector's next pass. In the desktop app the collector is already off (it runs
    on the UI thread only, ui/collector.py), and this leaves it off.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
