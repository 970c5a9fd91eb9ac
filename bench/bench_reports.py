"""Program report benchmarks (issue 12, Speed), each next to a raw SQL count in the same run.

A vault of 20,000 fictional cases x 50 events (bench_store's event mix, some of them needing
and booking an interpreter), bulk-loaded with import_data as bench_hub's caseload is, each case
with a language, a jurisdiction, a date of birth, two referrals, a completed PHQ-9 and a housing
entry, and on 9 cases in 10 a consent naming aggregate_reporting. Then:

(a) the dashboard's work: build_report of the program template for the year, output "screen"
    (Store.report_facts, tabulation, suppression with its audit, the disclosure record): <= 1 s;
(b) the PDF report: write_report of the same to a .pdf (the above, ReportLab, the atomic write
    and its disclosure): <= 3 s.
The baseline of both is a hand-written SQL count of the same measures on the same vault's
connection (consenting cases; intakes by month; cases by language and jurisdiction; referrals
by service type and status; screenings by instrument; interpreter needs and bookings by
language; latest housing status), run in the same process, alternating with the measured side.
All data is fictional and lives in a temporary folder removed at the end.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import text

from bench.bench_store import events
from bench.harness import Result
from models.interchange import import_data
from models.records import Role
from models.vault import create_vault

USER, PASSPHRASE = "bench", "bench passphrase, not a secret"
CASES, CHUNK = 20_000, 2_000
PERIOD = (date(2026, 1, 1), date(2026, 12, 31))
DASHBOARD_LIMIT, PDF_LIMIT = 1.0, 3.0
LANGUAGES = ("es", "en", "pt", "fr", "zh", "ht", "vi", "tl", "ar", "ru")
JURISDICTIONS = ("CA", "NY", "TX", "FL", "WA")
SERVICES = (("mental_health", "Counselling"), ("medical", "Clinic"),
            ("housing_benefits", "Housing"), ("immigration", "Legal aid"),
            ("substance_use", "Recovery support"))
STATUSES = ("made", "accepted", "in_progress", "completed", "declined")
HOUSING = ("emergency_shelter", "staying_with_others", "transitional", "stable")


def program_case(n: int) -> dict[str, Any]:
    """One fictional case: 50 events, two referrals, a PHQ-9, housing, most with the consent."""
    lang = LANGUAGES[n % len(LANGUAGES)] if n % 13 else "km"  # a rare language now and then
    items = events(n)
    for i, item in enumerate(items):
        if "start" in item:
            item["tz"] = "America/New_York"
            if lang != "en" and i % 4 == 1:
                item.update(interpreter_needed=True, interpreter_booked=i % 8 == 1,
                            interpreter_language=lang)
    month = 1 + n % 12
    day = f"2026-{month:02d}-{1 + n % 27:02d}"
    referrals = [{"service": SERVICES[(n + k) % 5][1], "organisation": "Example partner",
                  "category": SERVICES[(n + k) % 5][0], "status": STATUSES[(n // 5 + k) % 5],
                  "choice": "opted_in", "opened": day, "updated": day} for k in range(2)]
    at = f"{day}T10:00:00+00:00"
    case: dict[str, Any] = {
        "display_name": f"Person {n}", "languages": [lang],
        "jurisdiction": JURISDICTIONS[n % len(JURISDICTIONS)],
        "date_of_birth": f"{1960 + n % 45}-0{1 + n % 9}-1{n % 9}", "events": items,
        "referrals": referrals,
        "screenings": [{"instrument_id": "phq9", "instrument_version": "1",
                        "category": "mental_health", "status": "completed", "consent_at": at,
                        "consent_by": USER, "started_at": at, "completed_at": at,
                        "total": n % 27}],
        "housing": [{"value": HOUSING[n % 4], "category": "housing_benefits", "changed_at": at,
                     "changed_by": USER}],
        "consents": [],
    }
    if n % 10:
        case["consents"].append({"recipient": "Program reports", "purpose": "aggregate reporting",
                                 "categories": ["aggregate_reporting"],
                                 "granted": "2025-12-01", "how_given": "written"})
    return case


def load(store: Any, cases: int = CASES) -> None:
    """Import ``cases`` program cases in chunks (one all-or-nothing transaction each)."""
    for first in range(0, cases, CHUNK):
        data = {"format": "workbench", "version": 1,
                "cases": [program_case(n) for n in range(first, min(cases, first + CHUNK))]}
        import_data(store, _plain(data))


def _plain(data: Any) -> Any:
    import json

    return json.loads(json.dumps(data, default=lambda v: v.isoformat()))


_COUNTS = (
    """SELECT count(DISTINCT case_id) FROM consents WHERE categories LIKE '%aggregate_reporting%'
       AND granted <= :hi AND (revoked IS NULL OR revoked > :hi)
       AND (expires IS NULL OR expires >= :hi)""",
    "SELECT substr(created_at, 1, 7), count(*) FROM cases WHERE id IN ({c}) GROUP BY 1",
    "SELECT languages, jurisdiction, count(*) FROM cases WHERE id IN ({c}) GROUP BY 1, 2",
    """SELECT category, status, count(*) FROM referrals WHERE case_id IN ({c})
       AND opened BETWEEN :lo AND :hi GROUP BY 1, 2""",
    """SELECT instrument_id, count(*), sum(CAST(total AS INTEGER) >= 10) FROM screenings
       WHERE case_id IN ({c}) AND status = 'completed' AND substr(completed_at, 1, 10) <= :hi
       GROUP BY 1""",
    """SELECT interpreter_language, sum(interpreter_needed), sum(interpreter_booked)
       FROM events WHERE case_id IN ({c}) AND interpreter_needed
       AND first_date BETWEEN :lo AND :hi GROUP BY 1""",
    """SELECT value, count(*) FROM status_changes s WHERE subject = 'housing'
       AND case_id IN ({c}) AND changed_at = (SELECT max(changed_at) FROM status_changes t
       WHERE t.case_id = s.case_id AND t.subject = 'housing') GROUP BY 1""",
)
_CONSENTING = """SELECT case_id FROM consents WHERE categories LIKE '%aggregate_reporting%'
       AND granted <= :hi AND (revoked IS NULL OR revoked > :hi)
       AND (expires IS NULL OR expires >= :hi)"""


def raw_counts(store: Any) -> list[list[Any]]:
    """The same measures as hand-written SQL on the vault's own engine (a bench-only peek at
    the store's engine: the baseline is what the database alone costs)."""
    params = {"lo": PERIOD[0].isoformat(), "hi": PERIOD[1].isoformat()}
    with store._engine.connect() as conn:  # noqa: SLF001 - the baseline needs the raw engine
        return [list(conn.execute(text(q.format(c=_CONSENTING)), params)) for q in _COUNTS]


def _timed(fn: Callable[[], object]) -> float:
    began = time.perf_counter()
    fn()
    return time.perf_counter() - began


def _best(a: Callable[[], object], b: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Best of ``repeat`` runs of each, taking turns."""
    ta, tb = [], []
    for _ in range(repeat):
        ta.append(_timed(a))
        tb.append(_timed(b))
    return min(ta), min(tb)


def run(cases: int = CASES, repeat: int = 3) -> list[Result]:
    """Load the caseload, then time the dashboard's report and the PDF against raw SQL."""
    from workbench.operations.context import Context
    from workbench.operations.reports import build_report, write_report

    tmp = Path(tempfile.mkdtemp(prefix="wb-bench-reports-"))
    try:
        vault, _code = create_vault(tmp / "vault", USER, Role.SUPERVISOR, PASSPHRASE,
                                    kdf_profile="fast")
        try:
            loading = _timed(lambda: load(vault.store, cases))
            ctx = Context(vault, today=lambda: date(2027, 1, 5))
            raw = lambda: raw_counts(vault.store)  # noqa: E731
            screen = lambda: build_report(ctx, template_id="program",  # noqa: E731
                                          period_from=PERIOD[0], period_to=PERIOD[1])
            pdf_no = iter(range(1_000))
            pdf = lambda: write_report(ctx, template_id="program",  # noqa: E731
                                       period_from=PERIOD[0], period_to=PERIOD[1],
                                       out=tmp / f"report-{next(pdf_no)}.pdf")
            parts = _parts(vault.store, repeat)
            dashboard, base_a = _best(screen, raw, repeat)
            printed, base_b = _best(pdf, raw, repeat)
        finally:
            vault.lock()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    label = "hand-written SQL COUNT/GROUP BY of the same measures, same vault"
    size = f"{cases:,} cases x 50 events"
    return [
        Result(f"reports: load {size} (import_data)", loading, loading, "s", "info", True,
               "itself (information)"),
        Result(f"reports: dashboard, program template ({size})", dashboard, base_a, "s",
               "≤ 1 s", dashboard <= DASHBOARD_LIMIT, label),
        Result(f"reports: PDF report, program template ({size})", printed, base_b, "s",
               "≤ 3 s", printed <= PDF_LIMIT, label),
        *(Result(f"reports: {name} ({size})", value, base_a, "s", "info", True, label)
          for name, value in parts.items()),
    ]


def _parts(store: Any, repeat: int) -> dict[str, float]:
    """Where the dashboard's time goes: the store's facts, tabulation, disclosure control."""
    from timeline.reports.aggregate import tabulate
    from timeline.reports.suppression import publish
    from timeline.reports.templates import template
    from workbench.operations.reports import needs_by_case

    tpl = template("program")
    by_case = needs_by_case(tpl)  # as prepare_report reads them (totals for this template)
    facts = store.report_facts(*PERIOD, needs_by_case=by_case)
    counted = tabulate(tpl, facts, *PERIOD)
    return {
        "  part: Store.report_facts": min(
            _timed(lambda: store.report_facts(*PERIOD, needs_by_case=by_case))
            for _ in range(repeat)),
        "  part: tabulate": min(_timed(lambda: tabulate(tpl, facts, *PERIOD))
                                for _ in range(repeat)),
        "  part: publish (suppression + audit)": min(
            _timed(lambda: publish(counted.tables, threshold=tpl.threshold, zeros=tpl.zeros))
            for _ in range(repeat)),
    }
