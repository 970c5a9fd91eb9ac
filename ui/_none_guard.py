"""Work around a reference-count bug of PySide6 6.12.0 on Python 3.11.

PySide6 6.12.0 (shiboken6 6.12.0) returns ``None`` from every void Qt method without taking a
reference (measured: 1,000 ``QWidget.update()`` calls drop ``sys.getrefcount(None)`` by 1,000;
6.11.3 does not). On Python 3.12+ ``None`` is immortal (PEP 683) and nothing happens; on 3.11 the
count reaches zero after a few thousand calls and the interpreter aborts with
"none_dealloc". We keep PySide6 6.12 because only it ships QtPdf as the small PySide6-Pdf
wheel, and give ``None`` a reference count it cannot exhaust — which is what 3.12 does.
"""

from __future__ import annotations

import ctypes
import platform
import sys

_HEADROOM = 1 << 40


def guard_none_refcount() -> None:
    """Make ``None`` effectively immortal on CPython < 3.12 (idempotent)."""
    if sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return
    refcnt = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field
    if refcnt.value < _HEADROOM:
        refcnt.value += _HEADROOM
