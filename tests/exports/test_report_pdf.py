"""The program report's PDF and CSV (exports.report_pdf, exports.report_csv): read back."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from datetime import date

import pypdf
import pytest

from exports.report_charts import chart_for, is_trend, nice_max
from exports.report_csv import report_csv
from exports.report_pdf import DASH, TITLE, build_report_pdf, suppressed_legend
from timeline.reports.model import (
    SUPPRESSED,
    Definition,
    PublishedTable,
    Report,
    Statistic,
    Table,
)

REFERRALS = Table("referrals_by_service", "Referrals by service type", "Service type", "Status",
                  ("Mental health", "Medical", "Legal aid"), ("Made", "Accepted", "Completed"),
                  ((40, 30, 22), (25, 18, 3), (60, 41, 30)), "referrals", "referrals")
INTAKES = Table("intakes_by_month", "New intakes by month", "Month", "Intakes",
                ("2026-01", "2026-02", "2026-03"), ("New intakes",), ((14,), (4,), (30,)),
                "cases", "new_intakes", trend=True)


def sample_report() -> Report:
    """A hand-made published report: one suppressed cell in each table, with its complements."""
    referrals = PublishedTable(REFERRALS, ((40, 30, 22), (25, 18, None), (60, 41, 30)),
                               (92, None, 131), (125, 89, None), None)
    intakes = PublishedTable(INTAKES, ((14,), (None,), (30,)), (14, None, 30), (None,), None)
    return Report(
        "program", "Program overview", date(2026, 1, 1), date(2026, 3, 31), 11, "show", 7,
        (referrals, intakes),
        statistics=(Statistic("days_to_first", "Median days to first appointment", 12.0, 45,
                              "days"),
                    Statistic("phq9_improved", "PHQ-9 improvement", None, None, "%")),
        definitions=(Definition("new_intakes", "New intakes", "Cases opened in the period.",
                                "cases", "the month the case was opened", "identity",
                                "HHS OTIP measure 1"),
                     Definition("referrals", "Referrals", "Referrals made in the period.",
                                "referrals", "the month of the referral", "services")),
        unanswerable=("Visas approved: decisions are not recorded as such.",),
        source="HHS Office on Trafficking in Persons performance measures",
        notes=("An overview of the program.",))


def _text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_report_pdf_holds_cover_tables_legend_definitions_and_questions() -> None:
    data = build_report_pdf(sample_report(), program="Bay Area Care Network",
                            made_on=date(2026, 11, 27))
    text = " ".join(_text(data).split())
    for expected in ("Program overview", "Bay Area Care Network", "2026-01-01 to 2026-03-31",
                     "Suppression threshold: 11", "7 case(s) left out",
                     "HHS Office on Trafficking in Persons performance measures",
                     "1. Referrals by service type", "2. New intakes by month",
                     "Appendix A. Definitions of the measures", "Cases opened in the period.",
                     "HHS OTIP measure 1", "Appendix B. Questions the data cannot answer",
                     "Visas approved", "Median days to first appointment", "12 days"):
        assert expected in text, expected
    assert " ".join(suppressed_legend(11).split()) in text
    assert DASH in text and SUPPRESSED in text  # the table's dash and the chart's label


def test_report_pdf_metadata_is_generic() -> None:
    reader = pypdf.PdfReader(io.BytesIO(build_report_pdf(sample_report(), program="Clinic X")))
    meta: dict[str, object] = dict(reader.metadata or {})
    assert meta.get("/Title") == TITLE
    assert "Clinic X" not in " ".join(str(v) for v in meta.values())


def test_report_pdf_is_deterministic() -> None:
    made = date(2026, 11, 27)
    assert build_report_pdf(sample_report(), made_on=made) == \
        build_report_pdf(sample_report(), made_on=made)


def _layout(data: bytes) -> list[str]:
    """The PDF's lines as pdftotext -layout reads them, runs of spaces made one."""
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True,
                          check=True).stdout.decode("utf-8")
    return [" ".join(line.split()) for line in text.splitlines()]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_report_pdf_prints_a_dash_where_a_value_is_suppressed() -> None:
    lines = _layout(build_report_pdf(sample_report()))
    # the hidden counts (3 completed medical referrals, 4 intakes in February) and the
    # margins that would give them away read as dashes
    assert f"Medical 25 18 {DASH} {DASH}" in lines
    assert f"Total 125 89 {DASH} {DASH}" in lines
    # a table of one column has no Total column (its row totals are its cells)
    assert f"2026-02 {DASH}" in lines
    assert f"Total {DASH}" in lines


def test_report_csv_blocks_parse_and_hold_no_small_cells() -> None:
    text = report_csv(sample_report())
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["report", "program", "Program overview"]
    assert ["left_out_cases", "7"] in rows
    start = rows.index(["table", "referrals_by_service", "Referrals by service type"])
    assert rows[start + 1] == ["Service type", "Made", "Accepted", "Completed", "Total"]
    assert rows[start + 3] == ["Medical", "25", "18", SUPPRESSED, SUPPRESSED]
    assert rows[start + 5] == ["Total", "125", "89", SUPPRESSED, SUPPRESSED]
    blocks = [r for r in rows if r and r[0] not in ("report", "from", "to", "threshold",
                                                     "left_out_cases", "note", "table")]
    for row in blocks:
        for value in row[1:]:
            if value.isdigit():
                assert int(value) == 0 or int(value) >= 11, row
    assert ["phq9_improved", "PHQ-9 improvement", SUPPRESSED, SUPPRESSED, "%"] in rows


@pytest.mark.parametrize(("value", "expected"), [(0, (10.0, 5.0)), (7, (8.0, 2.0)),
                                                 (60, (60.0, 20.0)), (1234, (1250.0, 250.0))])
def test_nice_max_covers_the_largest_value(value: float,
                                           expected: tuple[float, float]) -> None:
    assert nice_max(value) == expected


def test_chart_for_draws_trends_as_lines_and_breakdowns_as_bars() -> None:
    report = sample_report()
    referrals, intakes = report.tables
    assert not is_trend(referrals) and is_trend(intakes)
    for table in (referrals, intakes):
        drawing = chart_for(table, 460, 11)
        assert drawing is not None and drawing.width == 460
        labels = [getattr(c, "text", "") for c in drawing.contents]
        assert SUPPRESSED in labels  # the suppressed value is labelled, never drawn to size
