"""PySide6 6.12.0's reference-count bugs (ui/_none_guard.py) cannot end a session: a process
that emits a signal from Python and calls void Qt methods many thousand times exits cleanly.
Without the guard the same script aborts with "bool_dealloc" (checked by hand: 100 emits are
enough to abort it at exit)."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
import ui  # installs the guard, as every GUI start does
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
class Source(QObject):
    said = Signal(object)
source = Source()
source.said.connect(lambda value: None)
widget = QWidget()
for n in range(20000):
    source.said.emit(n)  # returns True without a reference on 6.12.0
    widget.update()  # returns None without a reference on 6.12.0
print("done")
"""


def test_many_emits_and_void_calls_end_the_process_cleanly() -> None:
    run = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                         timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin"})
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "done" and "dealloc" not in run.stderr
