"""UI: start to unlock screen, case switch, timeline frame, memory of a big vault's main window.

Every measurement runs in a fresh offscreen process next to its baseline from the same run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.harness import Result
from bench.ui_workload import build_vault

CASES, EVENTS_PER_CASE, BIG_CASE_EVENTS, FRAME_ENTRIES = 2000, 50, 2000, 5000
_ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

_START = """
import sys
from ui.main_window import MainWindow, page_name
from ui.vault_picker import RecentVaults
from workbench.app import _application
app = _application()
window = MainWindow(sys.argv[1], recent=RecentVaults(sys.argv[2]))
window.show()
app.processEvents()
assert page_name(window) == "unlock"
"""

_EMPTY_START = """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
window = QWidget()
window.show()
app.processEvents()
"""

_EMPTY_RSS = """
import json
from PySide6.QtWidgets import QApplication
from bench.harness import peak_rss_mb
app = QApplication([])
app.processEvents()
print(json.dumps({"rss": peak_rss_mb()}))
"""

_WINDOW = """
import json, statistics, sys, time
from bench.harness import peak_rss_mb
from bench.ui_workload import PASSPHRASE, TODAY, USER
from ui.vault_picker import RecentVaults
from workbench.app import build_main_window
small, big = int(sys.argv[3]), int(sys.argv[4])
window = build_main_window(sys.argv[1], USER, PASSPHRASE, recent=RecentVaults(sys.argv[2]),
                           today=lambda: TODAY)
window.resize(1440, 900)
window.show()
from PySide6.QtWidgets import QApplication
app = QApplication.instance()
app.processEvents()
rows = window.work.caseload.model.rowCount()
rss = peak_rss_mb()

def switch(case_id):
    start = time.perf_counter()
    window.work.open_case(case_id)
    app.processEvents()
    return time.perf_counter() - start

switch(small); switch(big)  # warm caches (fonts, rule tables)
t_big = statistics.median(switch(big) for _ in range(5))
t_small = statistics.median(switch(small) for _ in range(5))

def first_show(case_id, index):
    window.work.open_case(case_id)
    app.processEvents()
    start = time.perf_counter()
    window.work.workspace.setCurrentIndex(index)
    app.processEvents()
    return time.perf_counter() - start

t_timeline = statistics.median(first_show(big, 1) for _ in range(3))
t_timeline_small = statistics.median(first_show(small, 1) for _ in range(3))
window.lock()
print(json.dumps({"rss": rss, "rows": rows, "big": t_big, "small": t_small,
                  "timeline": t_timeline, "timeline_small": t_timeline_small}))
"""

_FRAME = """
import json, statistics, sys, time
from datetime import date
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication
from bench.ui_workload import view_entries
from ui.timeline_view import TimelineView
app = QApplication([])
n = int(sys.argv[1])
view = TimelineView(date(2026, 11, 27))
view.resize(1600, 700)
view.set_span_days(31)
entries = view_entries(n, view.span_days(), view.start_day())
view.set_entries(entries)
image = QImage(1600, 700, QImage.Format.Format_ARGB32_Premultiplied)

def frame():
    image.fill(0)
    p = QPainter(image)
    view.render_frame(p)
    p.end()

def bare():
    image.fill(0)
    p = QPainter(image)
    for i in range(n):
        p.drawRect(QRectF(100 + (i * 1499 / n), 30 + (i % 9) * 70, 10, 10))
    p.end()

def timed(fn):
    fn()  # first frame lays out; later frames are what scrolling and hovering cost
    times = []
    for _ in range(15):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)

first, last = view.visible_range()
print(json.dumps({"frame": timed(frame), "bare": timed(bare), "visible": last - first}))
"""


def _child(code: str, *args: str) -> tuple[float, dict]:
    """Run ``code`` in a fresh interpreter; (wall seconds, its last JSON line or {})."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=_ENV, timeout=600, cwd=Path(__file__).resolve().parent.parent)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"bench child failed: {done.stderr.strip().splitlines()[-1:]}")
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    return wall, (json.loads(lines[-1]) if lines else {})


def _best_start(code: str, *args: str) -> float:
    return min(_child(code, *args)[0] for _ in range(3))


def run() -> list[Result]:
    """All four UI measurements with their same-run baselines."""
    with tempfile.TemporaryDirectory(prefix="bench-ui-") as tmp:
        settings = str(Path(tmp) / "settings.ini")
        vault = Path(tmp) / "vault"
        started = time.perf_counter()
        ids = build_vault(vault, CASES, EVENTS_PER_CASE, BIG_CASE_EVENTS)
        print(f"  built {CASES}x{EVENTS_PER_CASE} vault in {time.perf_counter() - started:.0f} s",
              file=sys.stderr, flush=True)
        start_t = _best_start(_START, str(vault), settings)
        empty_t = _best_start(_EMPTY_START)
        _, frame = _child(_FRAME, str(FRAME_ENTRIES))
        _, empty = _child(_EMPTY_RSS)
        _, window = _child(_WINDOW, str(vault), settings, str(ids["small"]), str(ids["big"]))
    return [
        Result("start to unlock screen (process wall time)", start_t, empty_t, "s", "<=1.0 s",
               start_t <= 1.0, "empty QWidget shown in a fresh process"),
        Result(f"switch to a case with {BIG_CASE_EVENTS} entries", window["big"] * 1000,
               window["small"] * 1000, "ms", "<=100 ms", window["big"] <= 0.1,
               f"switch to a case with {EVENTS_PER_CASE} entries"),
        Result("first show of its Timeline tab (info: built lazily)",
               window["timeline"] * 1000, window["timeline_small"] * 1000, "ms", "info", True,
               f"same, case with {EVENTS_PER_CASE} entries"),
        Result(f"timeline frame, {frame['visible']} visible entries", frame["frame"] * 1000,
               frame["bare"] * 1000, "ms", "<=16 ms", frame["frame"] <= 0.016,
               f"bare QPainter frame of {FRAME_ENTRIES} rectangles"),
        Result(f"main window RSS, {window['rows']} cases x {EVENTS_PER_CASE} events",
               window["rss"], empty["rss"], "MB", "<=400 MB", window["rss"] <= 400,
               "empty QApplication"),
    ]
