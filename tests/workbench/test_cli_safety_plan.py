"""The safety-plan CLI: show (by role), set from a JSON file (with the review task), risk
history; bad input names the problem on stderr without any plan content and writes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.workbench.conftest import run_cli

CANARY = "Ærø-canary 避難"  # plan content: may be printed on stdout, never on stderr


def _file(tmp_path: Path, data: object, name: str = "plan.json") -> str:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


PLAN = {"warning_signs": [f"{CANARY} car outside"],
        "safe_contacts": [{"name": f"{CANARY} Rosa", "role": "friend", "how": "text only"}],
        "safe_places": ["the library"], "steps": ["Call the shelter line", "Go to the library"],
        "own_words": f"{CANARY}: I know who to call.", "risk_level": "high",
        "review_on": "2026-12-15", "risk_note": "at intake"}


def _show(demo_vault: Path, capsys, user: str, ref: str = "C-0004", *extra: str) -> dict:
    code, out, err = run_cli(capsys, "safety-plan", "show", str(demo_vault), ref, "--user",
                             user, "--json", *extra)
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def test_cli_safety_plan_set_then_show_and_the_review_task(demo_vault: Path, tmp_path: Path,
                                                           capsys) -> None:
    code, out, err = run_cli(capsys, "safety-plan", "set", str(demo_vault), "C-0004", "--file",
                             _file(tmp_path, PLAN), "--user", "cam")
    assert code == 0, err
    assert "Saved the safety plan of C-0004 (version 1)" in out
    assert "Review task on the timeline, due 2026-12-15" in out
    plan = _show(demo_vault, capsys, "cam")["plan"]
    assert plan["steps"] == PLAN["steps"] and plan["safe_contacts"] == PLAN["safe_contacts"]
    assert plan["risk_level"] == "high" and plan["review_on"] == "2026-12-15"
    code, out, _ = run_cli(capsys, "timeline", str(demo_vault), "C-0004", "--user", "cam",
                           "--from", "2026-12-14", "--to", "2026-12-16", "--json")
    titles = [e["title"] for e in json.loads(out)["entries"]]
    assert "Review the safety plan" in titles and not any(CANARY in t for t in titles)
    code, out, _ = run_cli(capsys, "safety-plan", "show", str(demo_vault), "C-0004", "--user",
                           "cam")
    assert "Review by 2026-12-15" in out and "What to do:\n  1. Call the shelter line" in out
    assert "In my own words:" in out and f"{CANARY} Rosa (friend): text only" in out


def test_cli_safety_plan_set_keeps_parts_left_out_and_json(demo_vault: Path, tmp_path: Path,
                                                           capsys) -> None:
    run_cli(capsys, "safety-plan", "set", str(demo_vault), "C-0004", "--file",
            _file(tmp_path, PLAN), "--user", "cam")
    code, out, err = run_cli(capsys, "safety-plan", "set", str(demo_vault), "C-0004", "--file",
                             _file(tmp_path, {"review_on": None}, "b.json"), "--user", "cam",
                             "--json", "--version", "1")
    assert code == 0, err
    data = json.loads(out)
    assert data["version"] == 2 and data["review_on"] is None and data["review_event_id"]
    assert _show(demo_vault, capsys, "cam")["plan"]["steps"] == PLAN["steps"]


def test_cli_safety_plan_show_by_role(demo_vault: Path, capsys) -> None:
    full = _show(demo_vault, capsys, "ana", "C-0001")
    assert full["plan"]["content_shown"] and full["plan"]["own_words"]
    mentor = _show(demo_vault, capsys, "pia", "C-0001")["plan"]
    assert mentor["content_shown"] is False and mentor["risk_shown"] is True
    assert mentor["steps"] == [] and mentor["own_words"] is None
    assert mentor["risk_level"] == full["plan"]["risk_level"] == "low"
    narrowed = _show(demo_vault, capsys, "sam", "C-0001", "--as", "peer_mentor")["plan"]
    assert narrowed["steps"] == [] and narrowed["review_on"] == mentor["review_on"]
    code, out, _ = run_cli(capsys, "safety-plan", "show", str(demo_vault), "C-0001", "--user",
                           "pia")
    assert code == 0 and "Risk level: low" in out and "not what it says" in out
    assert "Warning signs" not in out
    assert _show(demo_vault, capsys, "ana", "C-0005")["plan"] is None
    code, out, _ = run_cli(capsys, "safety-plan", "show", str(demo_vault), "C-0005", "--user",
                           "ana")
    assert "C-0005 has no safety plan yet." in out


def test_cli_safety_plan_risk_history(demo_vault: Path, capsys) -> None:
    code, out, err = run_cli(capsys, "safety-plan", "risk", str(demo_vault), "C-0001", "--user",
                             "ana", "--json")
    assert code == 0, err
    history = json.loads(out)["history"]
    assert [h["risk_level"] for h in history] == ["high", "medium", "low"]
    assert all(h["note"] and h["changed_by"] == "sam" for h in history)
    code, out, _ = run_cli(capsys, "safety-plan", "risk", str(demo_vault), "C-0001", "--user",
                           "pia", "--json")
    assert [h["note"] for h in json.loads(out)["history"]] == [None, None, None]
    code, out, _ = run_cli(capsys, "safety-plan", "risk", str(demo_vault), "C-0001", "--user",
                           "ana")
    assert out.splitlines()[0].split() == ["WHEN", "LEVEL", "BY", "NOTE"] and "medium" in out


@pytest.mark.parametrize(("data", "needle"), [
    (PLAN | {"colour": "red"}, "'colour' is not a part of a safety plan"),
    ({"review_on": "2026-13-01"}, "review_on: '2026-13-01' is not a date"),
    ({"review_on": "2026-11-01"}, "before today"),
    ({"risk_level": f"{CANARY}"}, "risk_level: is not a risk level"),
    ({"safe_contacts": [{"name": f"{CANARY}"}]}, "safe_contacts[0].role"),
    ({"steps": f"{CANARY}"}, "steps"),
    ("{not json", "not valid JSON"),
    ("[1, 2]", "JSON object"),
    (None, "cannot read"),
])
def test_cli_safety_plan_set_bad_input_names_it_writes_nothing_and_no_content_on_stderr(
        demo_vault: Path, tmp_path: Path, capsys, data, needle) -> None:
    path = str(tmp_path / "missing.json") if data is None else _file(tmp_path, data)
    code, out, err = run_cli(capsys, "safety-plan", "set", str(demo_vault), "C-0004", "--file",
                             path, "--user", "cam")
    assert code == 2 and out == "" and needle in err and "internal error" not in err
    assert CANARY not in err and "Traceback" not in err
    assert _show(demo_vault, capsys, "cam")["plan"] is None


def test_cli_safety_plan_past_review_ok_and_stale_version(demo_vault: Path, tmp_path: Path,
                                                          capsys) -> None:
    old = _file(tmp_path, {"steps": ["x"], "review_on": "2026-10-01"})
    code, _, err = run_cli(capsys, "safety-plan", "set", str(demo_vault), "C-0004", "--file",
                           old, "--user", "cam", "--past-review-ok")
    assert code == 0, err
    code, out, _ = run_cli(capsys, "safety-plan", "show", str(demo_vault), "C-0004", "--user",
                           "cam")
    assert "Review by 2026-10-01 (overdue)" in out
    code, _, err = run_cli(capsys, "safety-plan", "set", str(demo_vault), "C-0004", "--file",
                           _file(tmp_path, {"steps": ["y"]}, "y.json"), "--user", "cam",
                           "--version", "7")
    assert code != 0 and "changed this" in err and "y" not in _show(
        demo_vault, capsys, "cam")["plan"]["steps"]


def test_cli_safety_plan_set_refused_for_the_peer_mentor(demo_vault: Path, tmp_path: Path,
                                                         capsys) -> None:
    code, out, err = run_cli(capsys, "safety-plan", "set", str(demo_vault), "C-0004", "--file",
                             _file(tmp_path, PLAN), "--user", "pia")
    assert code != 0 and out == "" and "peer mentor" in err and CANARY not in err
    assert _show(demo_vault, capsys, "sam")["plan"] is None
