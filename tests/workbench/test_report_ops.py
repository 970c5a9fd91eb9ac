"""Program report operations (workbench.operations.reports) on the demo vault."""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import re
import stat
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pypdf
import pytest

from models.errors import InvalidInput, PermissionDenied
from models.records import ReportDisclosure
from timeline.reports.model import SUPPRESSED
from workbench.operations.context import Context
from workbench.operations.reports import (
    build_report,
    list_templates,
    report_json,
    suppressed_cells,
    write_report,
)

FROM, TO = date(2026, 10, 1), date(2026, 12, 31)  # the demo's quarter (today 2026-11-27)
ISSUE_KEYS = ["template", "from", "to", "threshold", "left_out_cases", "tables"]
TABLE_KEYS = ["id", "title", "rows", "columns", "cells", "row_totals", "column_totals", "total"]

As = Callable[[str], Context]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty folder to write reports to (the demo vault lives beside it)."""
    path = tmp_path / "out"
    path.mkdir()
    return path


def _values(table: dict[str, Any]) -> list[Any]:
    return [*(c for row in table["cells"] for c in row), *table["row_totals"],
            *table["column_totals"], table["total"]]


def test_list_templates_has_the_program_overview_first() -> None:
    ids = [t.id for t in list_templates()]
    assert ids[0] == "program" and len(ids) >= 2


def test_report_json_has_the_issues_shape(as_user: As) -> None:
    report = build_report(as_user("sam"), template_id="program", period_from=FROM, period_to=TO)
    data = report_json(report)
    assert list(data)[:6] == ISSUE_KEYS
    assert (data["template"], data["from"], data["to"], data["threshold"]) == \
        ("program", "2026-10-01", "2026-12-31", 11)
    assert isinstance(data["left_out_cases"], int)
    assert data["tables"], "the program template has tables"
    for table in data["tables"]:
        assert list(table)[:8] == TABLE_KEYS
        assert len(table["cells"]) == len(table["rows"]) == len(table["row_totals"])
        assert all(len(row) == len(table["columns"]) for row in table["cells"])
        assert len(table["column_totals"]) == len(table["columns"])
        for value in _values(table):
            assert value == SUPPRESSED or (isinstance(value, int) and not 0 < value < 11), \
                (table["id"], value)
    assert any(SUPPRESSED in _values(t) for t in data["tables"])  # the demo is small enough
    assert all(set(s) == {"id", "title", "value", "n", "unit"} for s in data["statistics"])
    assert data["definitions"] and data["unanswerable"]


@pytest.mark.parametrize("name", ["ana", "ben", "cam", "pia"])
def test_build_report_refuses_every_role_but_supervisor(as_user: As, name: str) -> None:
    before = as_user("sam").store.list_report_disclosures()
    with pytest.raises(PermissionDenied, match="program reports.*ask a supervisor"):
        build_report(as_user(name), template_id="program", period_from=FROM, period_to=TO)
    assert as_user("sam").store.list_report_disclosures() == before


def test_build_report_records_who_template_period_threshold_and_left_out(as_user: As) -> None:
    ctx = as_user("sam")
    report = build_report(ctx, template_id="program", period_from=FROM, period_to=TO)
    [record] = ctx.store.list_report_disclosures()
    assert (record.user, record.template_id, record.period_from, record.period_to,
            record.threshold, record.left_out_cases, record.suppressed_cells,
            record.output, record.output_sha256) == (
        "sam", "program", FROM, TO, 11, report.left_out_cases, suppressed_cells(report),
        "screen", None)
    # and nothing else: the record has no field that could name a case
    assert {f.name for f in dataclasses.fields(ReportDisclosure)} == {
        "id", "at", "user", "template_id", "period_from", "period_to", "threshold",
        "left_out_cases", "suppressed_cells", "output", "output_sha256", "version"}


@pytest.mark.parametrize(("period_from", "period_to", "field"), [
    (date(2026, 12, 31), date(2026, 10, 1), "period_to"),  # from after to
    (date(2026, 10, 2), TO, "period_from"),  # not the first day of a quarter
    (FROM, date(2026, 12, 30), "period_to"),  # not the last day of a quarter
])
def test_build_report_refuses_a_period_finer_than_the_template(
        as_user: As, period_from: date, period_to: date, field: str) -> None:
    ctx = as_user("sam")
    with pytest.raises(InvalidInput) as caught:
        build_report(ctx, template_id="program", period_from=period_from, period_to=period_to)
    assert caught.value.field == field
    assert ctx.store.list_report_disclosures() == []


def test_build_report_names_the_templates_for_an_unknown_one(as_user: As) -> None:
    with pytest.raises(InvalidInput, match="program"):
        build_report(as_user("sam"), template_id="nope", period_from=FROM, period_to=TO)


def _case_words(ctx: Context) -> list[str]:
    """Every case's display name and ref (the PDF and CSV must hold none of them)."""
    cases = ctx.store.list_cases()
    assert len(cases) > 20
    return [w for c in cases for w in (c.display_name, c.ref)]


def _no_case_words(text: str, words: list[str]) -> None:
    found = [w for w in words if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text)]
    assert found == []


def test_write_report_pdf_reads_back_without_any_case_name_or_ref(as_user: As,
                                                                  folder: Path) -> None:
    ctx = as_user("sam")
    out = folder / "q4.pdf"
    done = write_report(ctx, template_id="program", period_from=FROM, period_to=TO, out=out)
    assert done.value == out and stat.S_IMODE(out.stat().st_mode) == 0o600
    data = out.read_bytes()
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = "\n".join(p.extract_text() for p in reader.pages)
    flat = " ".join(text.split())
    report = build_report(ctx, template_id="program", period_from=FROM, period_to=TO)
    for table in report.tables:
        assert table.table.title in flat
    assert "suppressed: a count from 1 to 10" in flat
    # the cover names the program: the supervisor's organisation from their staff profile
    organisation = ctx.store.get_staff_profile("sam")
    assert organisation is not None and f"Program: {organisation.organisation}" in flat
    assert "Appendix A. Definitions of the measures" in flat
    assert all(" ".join(d.definition.split())[:40] in flat for d in report.definitions)
    _no_case_words(text, _case_words(ctx))
    record = ctx.store.list_report_disclosures()[0]
    assert (record.output, record.output_sha256) == ("pdf", hashlib.sha256(data).hexdigest())


def test_write_report_csv_parses_and_holds_no_small_cell(as_user: As, folder: Path) -> None:
    ctx = as_user("sam")
    out = folder / "q4.csv"
    write_report(ctx, template_id="program", period_from=FROM, period_to=TO, out=out)
    text = out.read_text("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    tables = [r for r in rows if r and r[0] == "table"]
    assert len(tables) == len(build_report(ctx, template_id="program", period_from=FROM,
                                           period_to=TO).tables)
    numbers = [int(v) for r in rows if r and r[0] not in ("report", "from", "to", "threshold",
                                                          "left_out_cases", "statistics")
               for v in r[1:] if v.isdigit()]
    assert numbers and all(n == 0 or n >= 11 for n in numbers)
    assert SUPPRESSED in text
    _no_case_words(text, _case_words(ctx))
    assert ctx.store.list_report_disclosures()[0].output == "csv"


@pytest.mark.parametrize(("name", "message"), [
    ("report.txt", "must end in .pdf or .csv"),
    ("missing/report.pdf", "does not exist"),
    ("exists.pdf", "already exists"),
])
def test_write_report_refuses_a_bad_target_and_records_nothing(
        as_user: As, folder: Path, name: str, message: str) -> None:
    ctx = as_user("sam")
    (folder / "exists.pdf").write_bytes(b"keep me")
    with pytest.raises(InvalidInput, match=message):
        write_report(ctx, template_id="program", period_from=FROM, period_to=TO,
                     out=folder / name)
    assert (folder / "exists.pdf").read_bytes() == b"keep me"
    assert ctx.store.list_report_disclosures() == []


def test_write_report_replaces_an_existing_file_only_with_force(as_user: As,
                                                                folder: Path) -> None:
    ctx = as_user("sam")
    out = folder / "q4.pdf"
    out.write_bytes(b"old")
    write_report(ctx, template_id="program", period_from=FROM, period_to=TO, out=out,
                 force=True)
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in folder.iterdir()] == ["q4.pdf"]  # no temp file left


def test_write_report_is_refused_for_a_clinician_and_writes_nothing(as_user: As,
                                                                    folder: Path) -> None:
    with pytest.raises(PermissionDenied):
        write_report(as_user("ben"), template_id="program", period_from=FROM, period_to=TO,
                     out=folder / "q4.pdf")
    assert list(folder.iterdir()) == []


def test_case_word_scan_finds_a_name_that_is_there(as_user: As) -> None:
    """Positive control: the scan above fails when a case's name is in the text."""
    words = _case_words(as_user("sam"))
    with pytest.raises(AssertionError):
        _no_case_words(f"Report for {words[0]}.", words)


def test_report_pauses_the_cycle_collector_only_while_counting(as_user: As, monkeypatch) -> None:
    """The collector is off while the facts are read and counted (it cost 0.8-1.1 s of a
    20,000-case report), and as it was afterwards -- also when the report is refused."""
    import gc

    from tests.collector_state import automatic_collector
    from timeline.reports import aggregate

    seen = []
    real = aggregate.tabulate

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        if len(seen) == 3:
            raise InvalidInput("counting failed half-way")
        return real(*args, **kwargs)

    monkeypatch.setattr(aggregate, "tabulate", spy)
    sam = as_user("sam")
    with automatic_collector(on=True):
        build_report(sam, template_id="program", period_from=FROM, period_to=TO)
        assert seen == [False] and gc.isenabled()
    with automatic_collector(on=False):
        build_report(sam, template_id="program", period_from=FROM, period_to=TO)
        assert not gc.isenabled()  # left as it was
    with automatic_collector(on=True):
        with pytest.raises(InvalidInput, match="half-way"):
            build_report(sam, template_id="program", period_from=FROM, period_to=TO)
        assert gc.isenabled() and seen == [False, False, False]
