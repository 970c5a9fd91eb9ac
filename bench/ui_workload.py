"""Workloads of the UI benchmarks: a big fictional vault and timeline entries to paint."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

USER, PASSPHRASE = "bench", "bench passphrase 2026"
TODAY = date(2026, 11, 27)
ZONE = ZoneInfo("America/Los_Angeles")


def _events(n: int, seed: int) -> list[dict[str, Any]]:
    """``n`` fictional events around TODAY: deadlines and one-hour appointments."""
    from models.records import Category, EventKind

    out: list[dict[str, Any]] = []
    for i in range(n):
        offset = (i * 7 + seed * 3) % 400 - 100
        if i % 2:
            out.append({"kind": EventKind.LEGAL_DEADLINE, "title": f"Deadline {i}",
                        "category": Category.IMMIGRATION, "due": TODAY + timedelta(days=offset)})
        else:
            at = datetime.combine(TODAY + timedelta(days=offset), time(9 + i % 8), tzinfo=ZONE)
            out.append({"kind": EventKind.MEDICAL_APPOINTMENT, "title": f"Visit {i}",
                        "category": Category.MEDICAL, "start": at,
                        "end": at + timedelta(hours=1), "tz": ZONE.key})
    return out


def build_vault(path: Path, cases: int, events_per_case: int,
                big_case_events: int = 0) -> dict[str, int]:
    """A vault of ``cases`` cases x ``events_per_case`` events (plus one big case when asked).

    Everything in one transaction with the store's bulk insert: minutes become seconds.
    Returns the ids of the big case and of a small case.
    """
    from models.records import Role
    from models.vault import create_vault

    vault, _code = create_vault(path, USER, Role.ADVOCATE, PASSPHRASE, kdf_profile="fast")
    store = vault.store
    ids: dict[str, int] = {}
    try:
        with store.transaction():
            for n in range(cases):
                case = store.add_case(f"Bench case {n}", assigned_to=(USER,))
                store.add_events_bulk(case.id, _events(events_per_case, n))
                ids.setdefault("small", case.id)
            if big_case_events:
                big = store.add_case("Bench big case", assigned_to=(USER,))
                store.add_events_bulk(big.id, _events(big_case_events, 1))
                ids["big"] = big.id
    finally:
        vault.lock()
    return ids


def view_entries(n: int, span_days: float, start: float) -> list[Any]:
    """``n`` timeline entries spread over the visible span, every lane and shape."""
    from ui.timeline_entries import LANES, Shape, ViewEntry

    shapes = list(Shape)
    out = []
    for i in range(n):
        t0 = start + (i / n) * span_days
        shape = shapes[i % len(shapes)]
        t1 = t0 + (3.0 if shape is Shape.WINDOW else 0.04)
        out.append(ViewEntry(key=f"event:{i}", record_id=i, lane=LANES[i % len(LANES)],
                             shape=shape, t0=t0, t1=t1, all_day=shape is not Shape.WINDOW,
                             title=f"Entry {i}", kind="legal_deadline"))
    return out


def frame_times(n: int = 5000, reps: int = 15, png: str = "") -> dict[str, float]:
    """Median seconds of one timeline frame with ``n`` visible entries and of its baseline.

    The same measurement as bench_ui's frame child (1600x700, 31 days, ARGB32 image); run it
    alone with ``python -m bench.ui_workload [n] [png]`` (needs QT_QPA_PLATFORM=offscreen).
    """
    import statistics
    import time as clock
    from itertools import cycle

    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from ui.timeline_view import TimelineView

    app = QApplication.instance() or QApplication([])
    view = TimelineView(TODAY)
    view.resize(1600, 700)
    view.set_span_days(31)
    view.set_entries(view_entries(n, view.span_days(), view.start_day()))
    image = QImage(1600, 700, QImage.Format.Format_ARGB32_Premultiplied)

    def frame() -> None:
        image.fill(0)
        p = QPainter(image)
        view.render_frame(p)
        p.end()

    def bare() -> None:
        image.fill(0)
        p = QPainter(image)
        for i in range(n):
            p.drawRect(QRectF(100 + (i * 1499 / n), 30 + (i % 9) * 70, 10, 10))
        p.end()

    def timed(fn: Any) -> float:
        fn()  # the first frame lays out; later frames are what scrolling and hovering cost
        times = []
        for _ in range(reps):
            start = clock.perf_counter()
            fn()
            times.append(clock.perf_counter() - start)
        return statistics.median(times)

    def zooming(factors: Any) -> Any:
        def step() -> None:  # every entry stays in view: 31 days, or 62 after zooming out
            view.set_span_days(view.span_days() * next(factors))
            frame()
        return step

    first, last = view.visible_range()
    out = {"frame": timed(frame), "bare": timed(bare), "visible": float(last - first)}
    # zooming within a level rescales x only; across a level (x2) it restacks the sub-rows
    out["zoom_frame"] = timed(zooming(cycle((1.001, 1 / 1.001))))
    out["level_frame"] = timed(zooming(cycle((2.0, 0.5))))
    if png:
        view.grab().save(png)
    app.processEvents()
    return out


if __name__ == "__main__":
    import json
    import sys

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    print(json.dumps(frame_times(count, png=sys.argv[2] if len(sys.argv) > 2 else "")))
