"""The conference CLI: add the minutes from a JSON file (actions become tasks), list them with
decisions and actions as the role sees; bad input names the key and writes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.workbench.conftest import run_cli

MINUTES = {"held_on": "2026-11-20", "participation": "attended",
           "attendees": [{"name": "Camila Reyes", "kind": "staff", "role": "case manager"},
                         {"name": "Det. R. Okafor", "kind": "contact"}],
           "wishes": "Stay near the school, Zuzanna-Canary",
           "decisions": ["Apply for the voucher", "Keep the therapist"],
           "actions": [{"text": "Send the voucher form", "owner": "cam", "due": "2026-12-01"},
                       {"text": "Call the landlord", "owner": "ana", "due": "2026-11-21"}]}
CANARY = "Zuzanna-Canary"


def _file(tmp_path: Path, data: object) -> str:
    path = tmp_path / "minutes.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


def _list(capsys, vault: Path, user: str, ref: str = "C-0004") -> list[dict]:
    code, out, err = run_cli(capsys, "conference", "list", str(vault), ref, "--user", user,
                             "--json")
    assert code == 0, err
    return json.loads(out)["conferences"]  # type: ignore[no-any-return]


def test_cli_conference_add_creates_the_tasks(demo_vault: Path, tmp_path: Path, capsys) -> None:
    code, out, err = run_cli(capsys, "conference", "add", str(demo_vault), "C-0004", "--file",
                             _file(tmp_path, MINUTES), "--user", "cam", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["held_on"] == "2026-11-20" and data["participation"] == "attended"
    assert [(a["text"], a["owner"], a["due"], a["status"]) for a in data["actions"]] == [
        ("Send the voucher form", "cam", "2026-12-01", "open"),
        ("Call the landlord", "ana", "2026-11-21", "overdue")]
    code, out, _ = run_cli(capsys, "agenda", str(demo_vault), "--user", "cam", "--json")
    assert code == 0 and "Send the voucher form" in out  # a task on the timeline


def test_cli_conference_add_text_output(demo_vault: Path, tmp_path: Path, capsys) -> None:
    code, out, err = run_cli(capsys, "conference", "add", str(demo_vault), "C-0004", "--file",
                             _file(tmp_path, MINUTES), "--user", "cam")
    assert code == 0 and err == "", err
    assert "Recorded the case conference of 2026-11-20 for C-0004 (2 decision(s))" in out
    assert "Task created, due 2026-12-01, owner cam: Send the voucher form" in out


def test_cli_conference_list_shows_decisions_and_action_status(demo_vault: Path,
                                                               capsys) -> None:
    code, out, err = run_cli(capsys, "conference", "list", str(demo_vault), "C-0001",
                             "--user", "cam")
    assert code == 0, err
    assert out.count("Case conference ") == 2 and "Decision 1." in out
    for status in ("done", "open", "overdue"):
        assert f"    {status}" in out
    conferences = _list(capsys, demo_vault, "cam", "C-0001")
    assert len(conferences) == 2 and all(len(c["decisions"]) >= 2 for c in conferences)
    assert {a["status"] for c in conferences for a in c["actions"]} == {"done", "open",
                                                                         "overdue"}


def test_cli_conference_list_role_view(demo_vault: Path, capsys) -> None:
    for user, shown in (("pia", False), ("sam", True)):
        conferences = _list(capsys, demo_vault, user, "C-0001")
        assert all(c["minutes_shown"] is shown for c in conferences)
        assert all(bool(c["decisions"]) is shown and bool(c["attendees"]) is shown
                   and (c["wishes"] is not None) is shown for c in conferences)
        assert all(c["held_on"] and c["participation"] for c in conferences)
    code, out, _ = run_cli(capsys, "conference", "list", str(demo_vault), "C-0001", "--user", "pia")
    assert code == 0 and "does not see the minutes" in out and "Decision" not in out


def test_cli_conference_list_empty(demo_vault: Path, capsys) -> None:
    code, out, _ = run_cli(capsys, "conference", "list", str(demo_vault), "C-0005", "--user", "sam")
    assert code == 0 and "No case conferences recorded for C-0005." in out


@pytest.mark.parametrize(("change", "needle"), [
    ({"minutes": "x"}, "unknown key 'minutes'"),
    ({"attendees": [{"name": "A", "kind": "staff", "title": "x"}]}, "attendees[0] has an unknown key 'title'"),
    ({"actions": [{"text": "A", "owner": "cam", "due": "2026-12-01", "when": 1}]},
     "actions[0] has an unknown key 'when'"),
    ({"actions": [{"text": "A", "owner": "cam"}]}, "actions[0] needs due"),
    ({"actions": [{"text": "A", "owner": "nobody", "due": "2026-12-01"}]}, "Action 1: the owner"),
    ({"actions": [{"text": "A", "owner": "cam", "due": "2026-11-19"}]}, "before the conference"),
    ({"actions": [{"text": "A", "owner": "cam", "due": "1 Dec"}]}, "actions[0].due is not a date"),
    ({"held_on": "2026-12-25"}, "in the future"),
    ({"held_on": "yesterday"}, "held_on is not a date"),
    ({"participation": None}, "how the survivor took part"),
    ({"participation": "maybe"}, "not one of"),
    ({"decisions": "one"}, "decisions must be a JSON list"),
])
def test_cli_conference_add_bad_input_names_it_and_writes_nothing(
        demo_vault: Path, tmp_path: Path, capsys, change, needle) -> None:
    before = _list(capsys, demo_vault, "cam")
    code, out, err = run_cli(capsys, "conference", "add", str(demo_vault), "C-0004", "--file",
                             _file(tmp_path, MINUTES | change), "--user", "cam")
    assert code != 0 and out == ""
    assert needle in err and err.count("\n") == 1 and "Traceback" not in err
    assert CANARY not in err  # nothing of the minutes goes to stderr
    assert _list(capsys, demo_vault, "cam") == before


@pytest.mark.parametrize(("content", "needle"), [
    ("{not json", "not valid JSON"), ("[1, 2]", "must be a JSON object"),
    (None, "cannot read")])
def test_cli_conference_add_bad_file(demo_vault: Path, tmp_path: Path, capsys, content,
                                     needle) -> None:
    path = _file(tmp_path, content) if content is not None else str(tmp_path / "missing.json")
    code, out, err = run_cli(capsys, "conference", "add", str(demo_vault), "C-0004", "--file",
                             path, "--user", "cam")
    assert code != 0 and out == "" and needle in err


def test_cli_conference_add_refused_for_a_peer_mentor(demo_vault: Path, tmp_path: Path,
                                                      capsys) -> None:
    code, out, err = run_cli(capsys, "conference", "add", str(demo_vault), "C-0004", "--file",
                             _file(tmp_path, MINUTES), "--user", "pia")
    assert code != 0 and out == "" and "peer mentor" in err and CANARY not in err
    assert _list(capsys, demo_vault, "sam") == []
