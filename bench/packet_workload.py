"""Workload for bench_packets: a ~200-page packet with 20 exhibits vs a bare ReportLab document."""

from __future__ import annotations

import io
import sys
import time
import tracemalloc
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path[:0] = [str(Path(__file__).parents[1] / "tests" / "exports"), str(Path(__file__).parents[1])]

from packet_fixtures import NOW, consent, make_records, pdf_with_text  # noqa: E402
from reportlab.platypus import SimpleDocTemplate  # noqa: E402

from exports.exhibits import prepare_exhibits  # noqa: E402
from exports.flowables import Layout, make_styles  # noqa: E402
from exports.fonts import FontKit  # noqa: E402
from exports.packet import _story, build_packet  # noqa: E402
from exports.sections import SectionBuilder  # noqa: E402
from models.records import Category, Document, Event, EventKind  # noqa: E402


def big_records(events: int = 2600, exhibits: int = 20, pages_each: int = 5):
    records = make_records([consent(1, set(Category))])
    start = datetime(2024, 1, 1, 9, 0).astimezone()
    records.events = [Event(100 + i, 1, EventKind.MEDICAL_APPOINTMENT, f"Appointment {i} Đặng",
                            Category.MEDICAL, start=start + timedelta(hours=7 * i),
                            location="Clinic") for i in range(events)]
    records.documents = [Document(100 + i, 1, Category.PROTECTIVE_ORDER, f"Exhibit doc {i}",
                                  date(2026, 1, 1) + timedelta(days=i), "application/pdf", 0, "")
                         for i in range(exhibits)]
    records.blobs = {d.id: pdf_with_text(f"exhibit {d.id}", pages_each) for d in records.documents}
    return records


def packet(records) -> int:
    return build_packet(records.plan("court"), now=NOW, prepared_by="Bench",
                        document_bytes=records.blobs).pages


def bare(records) -> int:
    """The same flowables in a plain SimpleDocTemplate: no held pages, no pikepdf pass."""
    plan = records.plan("court")
    fonts, styles, layout = FontKit(), make_styles(), Layout()
    builder = SectionBuilder(plan, fonts, styles, 492)
    docs = sorted(plan.records(Document), key=lambda d: d.id)
    exhibits = prepare_exhibits(docs, records.blobs, "WB", fonts)
    story = _story(plan, builder, layout, exhibits, NOW, "Bench")
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, invariant=1)
    doc.build([f for f in story if type(f).__name__ not in ("NextPageTemplate",)])
    return doc.page


def measure(fn, records) -> tuple[float, float, int]:
    t0 = time.perf_counter()
    pages = fn(records)
    elapsed = time.perf_counter() - t0
    tracemalloc.start()
    fn(records)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return elapsed, peak, pages
