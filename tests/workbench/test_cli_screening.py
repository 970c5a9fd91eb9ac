"""The screening CLI: instruments, screening add/list, outcomes; bad input writes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.workbench.conftest import run_cli

PHQ9 = {f"phq9_{i}": 1 for i in range(1, 9)} | {"phq9_9": 0}


def _file(tmp_path: Path, data: object, name: str = "a.json") -> str:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


def test_cli_instruments_lists_the_four(capsys) -> None:
    code, out, _ = run_cli(capsys, "instruments", "--json")
    assert code == 0
    data = {i["id"]: i for i in json.loads(out)}
    assert set(data) == {"phq9", "gad7", "pcl5", "ahtst"}
    assert data["phq9"]["recall_days"] == 14 and "phq9_9" in data["phq9"]["items"]
    code, out, _ = run_cli(capsys, "instruments")
    assert code == 0 and "Patient Health Questionnaire-9" in out


def test_cli_screening_add_prints_score_and_records_consent(demo_vault: Path, tmp_path: Path,
                                                            capsys) -> None:
    answers = _file(tmp_path, PHQ9 | {"phq9_2": "skip"})
    code, out, err = run_cli(capsys, "screening", "add", str(demo_vault), "C-0004",
                             "--instrument", "phq9", "--answers", answers, "--user", "ben",
                             "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["total"] == 8 and data["band"] == "mild" and data["consent_by"] == "ben"
    assert data["status"] == "completed" and "prorated" in data["note"]
    assert data["tasks"] == [] and data["safety_flags"] == []
    code, out, _ = run_cli(capsys, "screening", "add", str(demo_vault), "C-0004",
                           "--instrument", "phq9", "--answers", answers, "--user", "ben")
    assert code == 0 and "Score: 8 (Mild)" in out and "consent recorded by ben" in out


def test_cli_screening_add_safety_flag_creates_the_task(demo_vault: Path, tmp_path: Path,
                                                        capsys) -> None:
    answers = _file(tmp_path, PHQ9 | {"phq9_9": 2})
    code, out, err = run_cli(capsys, "screening", "add", str(demo_vault), "C-0004",
                             "--instrument", "phq9", "--answers", answers, "--user", "ben")
    assert code == 0, err
    assert "SAFETY: Item 9" in out and "Task created, due 2026-11-27: Clinician safety" in out


def test_cli_screening_add_no_score_says_why(demo_vault: Path, tmp_path: Path, capsys) -> None:
    answers = _file(tmp_path, {"gad7_1": "not_today", "gad7_2": "prefer_not_to_say"})
    code, out, err = run_cli(capsys, "screening", "add", str(demo_vault), "C-0004",
                             "--instrument", "gad7", "--answers", answers, "--user", "ben")
    assert code == 0, err
    assert "No score:" in out and "not answered" in out


def test_cli_screening_help_says_consent_is_recorded(capsys) -> None:
    with pytest.raises(SystemExit):
        run_cli(capsys, "screening", "add", "--help")
    out = capsys.readouterr().out
    assert "consent" in out and "acting user" in out.replace("\n", " ")


@pytest.mark.parametrize(("instrument", "answers", "needle"), [
    ("nope", PHQ9, "Unknown screening instrument"),
    ("phq9", {"phq9_42": 1}, "phq9_42"),
    ("phq9", {"phq9_1": 7}, "not an answer"),
    ("phq9", "{not json", "not valid JSON"),
    ("phq9", "[1, 2]", "JSON object"),
    ("phq9", None, "cannot read"),
])
def test_cli_screening_add_bad_input_names_it_and_writes_nothing(
        demo_vault: Path, tmp_path: Path, capsys, instrument, answers, needle) -> None:
    path = str(tmp_path / "missing.json") if answers is None else _file(tmp_path, answers)
    before = run_cli(capsys, "screening", "list", str(demo_vault), "C-0004", "--user", "sam",
                     "--json")[1]
    code, out, err = run_cli(capsys, "screening", "add", str(demo_vault), "C-0004",
                             "--instrument", instrument, "--answers", path, "--user", "sam")
    assert code == 2 and out == "" and needle in err and "internal error" not in err
    after = run_cli(capsys, "screening", "list", str(demo_vault), "C-0004", "--user", "sam",
                    "--json")[1]
    assert before == after


def test_cli_screening_add_refused_for_a_role_that_may_not_write(demo_vault: Path,
                                                                 tmp_path: Path, capsys) -> None:
    code, _, err = run_cli(capsys, "screening", "add", str(demo_vault), "C-0004",
                           "--instrument", "phq9", "--answers", _file(tmp_path, PHQ9),
                           "--user", "cam")
    assert code != 0 and "may not" in err


def test_cli_screening_list_by_role(demo_vault: Path, capsys) -> None:
    code, out, err = run_cli(capsys, "screening", "list", str(demo_vault), "C-0001", "--user",
                             "ben", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert len(rows) == 10 and rows[0]["total"] == 18 and rows[0]["since_baseline"] is None
    assert rows[-2]["since_baseline"]["difference"] == -12
    code, out, _ = run_cli(capsys, "screening", "list", str(demo_vault), "C-0001", "--user", "ben")
    assert "-12 (improving, meaningful)" in out
    code, out, _ = run_cli(capsys, "screening", "list", str(demo_vault), "C-0001", "--user",
                           "pia", "--json")
    rows = json.loads(out)
    assert len(rows) == 10 and all(r["total"] is None and r["band"] is None for r in rows)


def test_cli_outcomes(demo_vault: Path, capsys) -> None:
    code, out, err = run_cli(capsys, "outcomes", str(demo_vault), "C-0002", "--user", "ben",
                             "--json")
    assert code == 0, err
    series = {s["instrument"]: s for s in json.loads(out)["series"]}
    assert series["phq9"]["since_baseline"]["direction"] == "worsening"
    assert [p["total"] for p in series["phq9"]["points"]] == [6, 8, 11, 13, 16]
    code, out, _ = run_cli(capsys, "outcomes", str(demo_vault), "C-0002", "--user", "ben")
    assert "PHQ-9: " in out and "since baseline: +10 (worsening, meaningful)" in out
    code, out, _ = run_cli(capsys, "outcomes", str(demo_vault), "C-0002", "--user", "cam")
    assert code == 0 and "No scored screenings you may see." in out


def test_cli_outcomes_show_housing_and_safety_as_categorical_series(demo_vault: Path,
                                                                      capsys) -> None:
    code, out, err = run_cli(capsys, "outcomes", str(demo_vault), "C-0002", "--user", "ben",
                             "--json")
    assert code == 0, err
    levels = {c["scale"]: c for c in json.loads(out)["categorical"]}
    assert [p["value"] for p in levels["housing"]["points"]] == [
        "emergency_shelter", "transitional", "stable"]
    assert levels["housing"]["direction"] == "improved" and levels["risk"]["points"] == []
    code, out, _ = run_cli(capsys, "outcomes", str(demo_vault), "C-0001", "--user", "ben")
    assert "Safety (risk level): high risk → low risk, improved" in out
