"""Vault and case commands end to end on a real encrypted demo vault."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.workbench.conftest import run_cli
from workbench.demo_program import GENERATED_CASES

DEMO_NAMES = {"María José Hernández Ruíz", "Nguyễn Thị Lan", "Оксана Коваленко", "ليلى حداد",
              "अनीता शर्मा", "נועה כהן"}


def _files(path: Path) -> dict[str, bytes]:
    return {str(p.relative_to(path)): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


def test_cases_json_lists_the_demo_cases(demo_vault: Path, capsys) -> None:
    code, out, err = run_cli(capsys, "cases", str(demo_vault), "--user", "ana", "--json")
    assert code == 0, err
    rows = json.loads(out)
    hand_written = [r for r in rows if r["ref"] in {f"C-000{n}" for n in range(1, 7)}]
    assert {r["display_name"] for r in hand_written} == DEMO_NAMES
    # the rest is the generated caseload of fictional people (workbench.demo_program)
    assert all(r["display_name"].endswith("(generated)") for r in rows if r not in hand_written)
    assert len(rows) - len(hand_written) == GENERATED_CASES
    assert all(r["ref"].startswith("C-") for r in rows)
    assert any(r["next_date"] for r in rows)
    assert sum(r["conflicts"] for r in rows) >= 5


def test_wrong_passphrase_exit_3_one_line_nothing_written(demo_vault: Path, capsys, monkeypatch) -> None:
    before = _files(demo_vault)
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", "not the passphrase at all")
    code, out, err = run_cli(capsys, "cases", str(demo_vault), "--user", "ana")
    assert code == 3
    assert out == "" and err.count("\n") == 1 and "passphrase" in err.lower()
    assert _files(demo_vault) == before


def test_several_users_need_user_option(demo_vault: Path, capsys) -> None:
    code, _out, err = run_cli(capsys, "cases", str(demo_vault))
    assert code == 2 and "--user" in err


def test_conflicts_finds_every_deliberate_demo_conflict(demo_vault: Path, capsys) -> None:
    code, out, err = run_cli(capsys, "conflicts", str(demo_vault), "--user", "ana", "--json")
    assert code == 0, err
    kinds = {c["kind"] for c in json.loads(out)}
    assert {"overlap", "travel_buffer", "evidence_late", "interpreter_not_booked", "closed_day",
            "no_owner", "expected_by_passed"} <= kinds, kinds
    assert all(c["reason"] for c in json.loads(out))


def test_timeline_as_clinician_hides_legal_notes(demo_vault: Path, capsys) -> None:
    code, out, err = run_cli(capsys, "timeline", str(demo_vault), "C-0001", "--user", "ben",
                             "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["role"] == "clinician"
    lanes = {e["lane"] for e in data["entries"]}
    assert {"medical", "immigration"} <= lanes


def test_trigger_add_creates_deadlines(demo_vault: Path, capsys) -> None:
    code, out, err = run_cli(capsys, "trigger", "add", str(demo_vault), "C-0005", "--user", "ana",
                             "--rule", "B-EOIR-BIA-APPEAL", "--date", "2026-11-25", "--json")
    assert code == 0, err
    dues = [d["due"] for d in json.loads(out)["deadlines"]]
    assert "2026-12-28" in dues


def test_export_is_sealed_recorded_and_reimport_never_duplicates(demo_vault: Path, tmp_path: Path,
                                                                 capsys) -> None:
    out_file = tmp_path / "export.json"
    pw = tmp_path / "pw.txt"
    pw.write_text("export secret 2026\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "export", str(demo_vault), str(out_file), "--user", "sam",
                             "--case", "C-0002", "--recipient", "New vault", "--purpose",
                             "Moving the hub", "--password-file", str(pw), "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert summary["sealed"] is True and summary["cases"] == 1
    assert oct(out_file.stat().st_mode & 0o777) == "0o600"
    raw = out_file.read_bytes()
    assert "Nguyễn".encode() not in raw and b"C-0002" not in raw  # sealed: no content readable
    code, out, _ = run_cli(capsys, "disclosures", str(demo_vault), "C-0002", "--user", "sam",
                           "--json")
    rows = json.loads(out)
    assert rows[-1]["recipient"] == "New vault" and rows[-1]["id"] in summary["disclosures"]
    assert rows[-1]["legal_basis"]  # a whole-case export names why no consent applies
    code, out, err = run_cli(capsys, "import", str(demo_vault), str(out_file), "--user", "sam",
                             "--password-file", str(pw))
    assert code in (0, 2), err  # idempotent, or refused with a message — never duplicated
    code, out, _ = run_cli(capsys, "cases", str(demo_vault), "--user", "sam", "--json")
    assert [r["display_name"] for r in json.loads(out)].count("Nguyễn Thị Lan") == 1


def test_export_refused_without_permission_or_password(demo_vault: Path, tmp_path: Path,
                                                        capsys) -> None:
    out_file = tmp_path / "export.json"
    before = _files(demo_vault)
    code, _, err = run_cli(capsys, "export", str(demo_vault), str(out_file), "--user", "ana",
                           "--recipient", "X", "--purpose", "Y", "--plaintext")
    assert code == 5 and "supervisor" in err and not out_file.exists()
    code, _, err = run_cli(capsys, "export", str(demo_vault), str(out_file), "--user", "sam",
                           "--recipient", "X", "--purpose", "Y")
    assert code == 2 and "--plaintext" in err and not out_file.exists()
    assert _files(demo_vault) == before


def test_plaintext_export_only_when_asked(demo_vault: Path, tmp_path: Path, capsys) -> None:
    out_file = tmp_path / "export.json"
    code, out, err = run_cli(capsys, "export", str(demo_vault), str(out_file), "--user", "sam",
                             "--case", "C-0002", "--recipient", "X", "--purpose", "Y",
                             "--plaintext")
    assert code == 0, err and "UNENCRYPTED" in out
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert [c["display_name"] for c in data["cases"]] == ["Nguyễn Thị Lan"]
    code, _, err = run_cli(capsys, "export", str(demo_vault), str(out_file), "--user", "sam",
                           "--recipient", "X", "--purpose", "Y", "--plaintext")
    assert code == 2 and "--force" in err


def test_import_bad_row_names_row_and_writes_nothing(demo_vault: Path, tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "workbench", "version": 1, "cases": [
        {"display_name": "Fictional One"},
        {"display_name": "Fictional Two", "date_of_birth": "2026-02-30"},
    ]}), encoding="utf-8")
    before = run_cli(capsys, "cases", str(demo_vault), "--user", "sam", "--json")[1]
    code, out, err = run_cli(capsys, "import", str(demo_vault), str(bad), "--user", "sam")
    assert code == 2 and out == ""
    assert "cases[1].date_of_birth" in err and "not a date" in err
    assert "2026-02-30" not in err  # values may be case data: messages name the field, not the value
    after = run_cli(capsys, "cases", str(demo_vault), "--user", "sam", "--json")[1]
    assert json.loads(after) == json.loads(before)


def test_check_reports_ok(demo_vault: Path, capsys) -> None:
    code, out, err = run_cli(capsys, "check", str(demo_vault), "--user", "ana", "--json")
    assert code == 0, err
    assert json.loads(out)["ok"] is True


def test_headless_command_never_imports_qt(demo_vault: Path) -> None:
    script = (
        "import sys; from workbench.cli import run; "
        f"code = run(['cases', {str(demo_vault)!r}, '--user', 'ana', '--json']); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'; "
        "sys.exit(code)"
    )
    env = dict(os.environ, WORKBENCH_PASSPHRASE="workbench demo 2026")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""


def test_closure_add_recomputes_deadlines(demo_vault: Path, capsys) -> None:
    code, out, err = run_cli(capsys, "trigger", "add", str(demo_vault), "C-0005", "--user", "ana",
                             "--rule", "B-EOIR-BIA-APPEAL", "--date", "2026-11-25", "--json")
    assert code == 0, err
    code, out, err = run_cli(capsys, "closure", "add", str(demo_vault), "2026-12-28",
                             "--calendar", "federal", "--reason", "executive_order", "--user", "ana",
                             "--json")
    assert code == 0, err
    assert json.loads(out)["recomputed_triggers"] >= 1
    code, out, _ = run_cli(capsys, "timeline", str(demo_vault), "C-0005", "--user", "ana",
                           "--from", "2026-12-01", "--to", "2027-01-31", "--json")
    days = {e["day"] for e in json.loads(out)["entries"] if e.get("rule_id") == "B-EOIR-BIA-APPEAL"}
    assert days == {"2026-12-29"}


def test_closure_add_bad_calendar_exit_2(demo_vault: Path, capsys) -> None:
    code, out, err = run_cli(capsys, "closure", "add", str(demo_vault), "2026-12-28",
                             "--calendar", "Mars", "--user", "ana")
    assert code == 2 and "Mars" in err and out == ""
