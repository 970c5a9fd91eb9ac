"""`workbench report`: the templates, a report on screen, as JSON and into a file; bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.workbench.conftest import run_cli
from timeline.reports.model import SUPPRESSED

PERIOD = ("--from", "2026-10-01", "--to", "2026-12-31")
Capsys = pytest.CaptureFixture[str]


def test_report_templates_lists_the_program_overview(capsys: Capsys) -> None:
    code, out, err = run_cli(capsys, "report", "--templates")
    assert (code, err) == (0, "")
    assert out.splitlines()[0].split()[:2] == ["ID", "TITLE"]
    assert out.splitlines()[1].startswith("program ")


def test_report_templates_json(capsys: Capsys) -> None:
    code, out, _ = run_cli(capsys, "report", "--templates", "--json")
    data = json.loads(out)
    assert code == 0 and data[0]["id"] == "program"
    assert {"id", "title", "source", "period", "threshold", "tables", "unanswerable"} <= \
        set(data[0])


def test_report_prints_aligned_tables_with_a_dash_legend(capsys: Capsys,
                                                         demo_vault: Path) -> None:
    code, out, err = run_cli(capsys, "report", str(demo_vault), "--user", "sam",
                             "--template", "program", *PERIOD)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Program overview (program): 2026-10-01 to 2026-12-31"
    assert "—" in out and SUPPRESSED not in out.replace("— suppressed:", "")
    assert lines[-1].startswith("— suppressed: a count from 1 to 10")
    header = next(line for line in lines if line.startswith("Service type"))
    assert header.split()[-4:] == ["Made", "Accepted", "Completed", "Total"]


def test_report_json_is_the_issues_shape(capsys: Capsys, demo_vault: Path) -> None:
    code, out, _ = run_cli(capsys, "report", str(demo_vault), "--user", "sam",
                           "--template", "program", *PERIOD, "--json")
    data = json.loads(out)
    assert code == 0
    assert list(data)[:6] == ["template", "from", "to", "threshold", "left_out_cases", "tables"]
    assert list(data["tables"][0])[:8] == ["id", "title", "rows", "columns", "cells",
                                           "row_totals", "column_totals", "total"]


@pytest.mark.parametrize("suffix", [".pdf", ".csv"])
def test_report_out_writes_the_file(capsys: Capsys, demo_vault: Path, tmp_path: Path,
                                    suffix: str) -> None:
    out = tmp_path / f"funder{suffix}"
    code, text, err = run_cli(capsys, "report", str(demo_vault), "--user", "sam",
                              "--template", "ovc_tims", *PERIOD, "--out", str(out))
    assert (code, err) == (0, "")
    assert text.startswith(f"Wrote {out}") and out.stat().st_size > 100
    head = out.read_bytes()[:5]
    assert head == b"%PDF-" if suffix == ".pdf" else head.startswith(b"repor")


@pytest.mark.parametrize(("args", "message"), [
    (("--template", "nope", *PERIOD), "No report template 'nope'"),
    (("--template", "program", "--from", "2026-13-01", "--to", "2026-12-31"),
     "--from: '2026-13-01' is not a date"),
    (("--template", "program", "--from", "2026-10-01", "--to", "tomorrow"),
     "--to: 'tomorrow' is not a date"),
    (("--template", "program", "--from", "2026-12-31", "--to", "2026-10-01"),
     "end date is before its start date"),
    (("--template", "program", "--from", "2026-10-15", "--to", "2026-12-31"),
     "first day of a quarter"),
    (("--template", "program", *PERIOD, "--out", "report.docx"), "must end in .pdf or .csv"),
    (("--template", "program", "--from", "2026-10-01"), "report needs --to"),
])
def test_report_bad_input_is_one_line_and_exit_2(capsys: Capsys, demo_vault: Path,
                                                 args: tuple[str, ...], message: str) -> None:
    code, out, err = run_cli(capsys, "report", str(demo_vault), "--user", "sam", *args)
    assert (code, out) == (2, "")
    assert err.startswith("workbench: ") and message in err and err.count("\n") == 1


def test_report_refuses_an_existing_out_file(capsys: Capsys, demo_vault: Path,
                                             tmp_path: Path) -> None:
    out = tmp_path / "q4.pdf"
    out.write_bytes(b"keep")
    code, _, err = run_cli(capsys, "report", str(demo_vault), "--user", "sam",
                           "--template", "program", *PERIOD, "--out", str(out))
    assert code == 2 and "already exists" in err and "--force" in err
    assert out.read_bytes() == b"keep"
    code, _, err = run_cli(capsys, "report", str(demo_vault), "--user", "sam",
                           "--template", "program", *PERIOD, "--out", str(out), "--force")
    assert (code, err) == (0, "") and out.read_bytes()[:5] == b"%PDF-"


def test_report_not_permitted_for_an_advocate_exit_5(capsys: Capsys, demo_vault: Path) -> None:
    code, out, err = run_cli(capsys, "report", str(demo_vault), "--user", "ana",
                             "--template", "program", *PERIOD)
    assert (code, out) == (5, "")
    assert "may not make program reports" in err and "supervisor" in err
