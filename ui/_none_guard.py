"""Work around two reference-count bugs of PySide6 6.12.0 on Python 3.11.

PySide6 6.12.0 (shiboken6 6.12.0) returns ``None`` from every void Qt method without taking a
reference (measured: 1,000 ``QWidget.update()`` calls drop ``sys.getrefcount(None)`` by 1,000),
and returns ``True`` from every ``Signal.emit()`` called from Python the same way (100 emits:
``sys.getrefcount(True)`` down by 100); 6.11.3 does neither. On Python 3.12+ these singletons
are immortal (PEP 683) and nothing happens; on 3.11 the count reaches zero after a few thousand
calls and the interpreter aborts with "none_dealloc" or "bool_dealloc" (the latter seen at the
end of test runs and after long sessions with many progress signals). We keep PySide6 6.12
because only it ships QtPdf as the small PySide6-Pdf wheel (6.11 needs the 175 MB
PySide6-Addons), and give ``None``, ``True`` and ``False`` a reference count they cannot
exhaust -- which is what 3.12 does.
"""

from __future__ import annotations

import ctypes
import platform
import sys

_HEADROOM = 1 << 40


def guard_none_refcount() -> None:
    """Make ``None``, ``True`` and ``False`` effectively immortal on CPython < 3.12
    (idempotent)."""
    if sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return
    for singleton in (None, True, False):
        refcnt = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt is the first field
        if refcnt.value < _HEADROOM:
            refcnt.value += _HEADROOM
