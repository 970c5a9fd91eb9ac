"""The care-plan CLI: goal add/list/status/link, referral add/list/status/choice, housing;
bad input is one clear line and writes nothing (real demo vault)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from models.records import Category
from tests.workbench.conftest import run_cli
from workbench.operations import care


def _goal_ids(capsys, vault: Path, ref: str) -> list[int]:
    code, out, err = run_cli(capsys, "goal", "list", str(vault), ref, "--user", "sam", "--json")
    assert code == 0, err
    return [g["id"] for g in json.loads(out)["goals"]]


def test_cli_goal_add_and_list_with_progress_and_history(demo_vault: Path, capsys) -> None:
    code, out, err = run_cli(capsys, "goal", "add", str(demo_vault), "C-0001", "--user", "ben",
                             "--title", "Sleep through the night", "--domain", "mental-health",
                             "--priority", "1", "--measure", "score:phq9", "--baseline", "18",
                             "--target", "9", "--milestone", "2026-12-15 First therapy block",
                             "--json")
    assert code == 0, err
    added = json.loads(out)
    assert added["measure"] == "score:phq9" and added["category"] == "mental_health"
    assert added["milestones"][0]["due"] == "2026-12-15"
    code, out, err = run_cli(capsys, "goal", "list", str(demo_vault), "C-0001", "--user", "ben",
                             "--json")
    assert code == 0, err
    goal = next(g for g in json.loads(out)["goals"] if g["id"] == added["id"])
    assert goal["latest"] == "6" and goal["change"] == -12 and goal["met"] is True
    assert goal["progress"] == "PHQ-9 18 → 6, target 9: 12 points better, target met"
    assert [h["status"] for h in goal["history"]] == ["open"] and goal["history"][0]["by"] == "ben"
    code, out, _ = run_cli(capsys, "goal", "list", str(demo_vault), "C-0001", "--user", "ben")
    assert code == 0
    assert "Mental health" in out and f"#{added['id']} Sleep through the night (priority 1; " \
        "PHQ-9 score)" in out
    assert "status open — open by ben" in out


def test_cli_goal_add_bad_measure_is_one_line_and_writes_nothing(demo_vault: Path,
                                                                 capsys) -> None:
    before = _goal_ids(capsys, demo_vault, "C-0002")
    code, out, err = run_cli(capsys, "goal", "add", str(demo_vault), "C-0002", "--user", "sam",
                             "--title", "Feel calmer", "--domain", "mental_health",
                             "--measure", "score:phq9", "--baseline", "40")
    assert code == 2 and out == ""
    assert "baseline: 40 is outside PHQ-9's range (0–27)." in err and "Traceback" not in err
    with pytest.raises(SystemExit) as usage:  # argparse: one line and exit 2
        run_cli(capsys, "goal", "add", str(demo_vault), "C-0002", "--user", "sam",
                "--title", "X", "--domain", "hobbies")
    assert usage.value.code == 2 and "invalid choice: 'hobbies'" in capsys.readouterr().err
    assert _goal_ids(capsys, demo_vault, "C-0002") == before


def test_cli_goal_status_with_note_goes_into_the_history(demo_vault: Path, capsys) -> None:
    code, out, err = run_cli(capsys, "goal", "add", str(demo_vault), "C-0005", "--user", "cam",
                             "--title", "Open a bank account", "--domain", "income_benefits",
                             "--measure", "yes_no", "--baseline", "no", "--target", "yes",
                             "--json")
    assert code == 0, err
    goal_id = json.loads(out)["id"]
    code, out, err = run_cli(capsys, "goal", "status", str(demo_vault), "C-0005", str(goal_id),
                             "achieved", "--note", "Opened at the credit union", "--user", "cam")
    assert code == 0, err
    assert out.startswith(f"Goal #{goal_id} is achieved by cam at ")
    code, out, _ = run_cli(capsys, "goal", "list", str(demo_vault), "C-0005", "--user", "cam",
                           "--json")
    goal = next(g for g in json.loads(out)["goals"] if g["id"] == goal_id)
    assert goal["met"] is True and goal["latest"] == "yes"
    assert [(h["status"], h["note"]) for h in goal["history"]] == [
        ("open", None), ("achieved", "Opened at the credit union")]
    code, _, err = run_cli(capsys, "goal", "status", str(demo_vault), "C-0005", str(goal_id),
                           "open", "--user", "pia")
    assert code != 0 and "peer mentor" in err


def test_cli_referral_declined_is_recorded_and_never_made(demo_vault: Path, capsys) -> None:
    code, out, err = run_cli(capsys, "referral", "add", str(demo_vault), "C-0006", "--user",
                             "cam", "--service", "Job club", "--organisation", "WorkStart",
                             "--category", "housing_benefits", "--choice", "declined")
    assert code == 0, err
    assert "survivor declined" in out and "will not be made" in out
    ref_id = out.split("#")[1].split(" ")[0]
    code, out, err = run_cli(capsys, "referral", "status", str(demo_vault), "C-0006", ref_id,
                             "made", "--user", "cam")
    assert code == 2 and out == "" and "declined this referral" in err
    code, out, _ = run_cli(capsys, "referral", "list", str(demo_vault), "C-0006", "--user", "cam",
                           "--json")
    [ref] = [r for r in json.loads(out)["referrals"] if r["id"] == int(ref_id)]
    assert ref["status"] == "proposed" and ref["choice"] == "declined"
    assert [h["status"] for h in ref["history"]] == ["proposed"]


def test_cli_referral_sharing_data_needs_consent_then_is_made(demo_vault: Path, capsys,
                                                             as_user) -> None:
    code, out, err = run_cli(capsys, "referral", "add", str(demo_vault), "C-0006", "--user",
                             "cam", "--service", "Shelter", "--organisation", "Harbor House",
                             "--category", "housing_benefits", "--choice", "opted_in",
                             "--shares-data", "--json")
    assert code == 0, err
    added = json.loads(out)
    assert "there is no consent of the survivor for Harbor House" in added["consent_problem"]
    code, _, err = run_cli(capsys, "referral", "status", str(demo_vault), "C-0006",
                           str(added["id"]), "made", "--user", "cam")
    assert code == 2 and "Record the survivor's consent for Harbor House" in err
    sam = as_user("sam")  # consents are recorded in the Consent tab (no CLI command)
    care.add_consent(sam, case_id=sam.store.get_case_by_ref("C-0006").id,
                     recipient="Harbor House", categories=[Category.HOUSING_BENEFITS],
                     purpose="Referral", granted=date(2026, 11, 20))
    code, out, err = run_cli(capsys, "referral", "status", str(demo_vault), "C-0006",
                             str(added["id"]), "made", "--user", "cam")
    assert code == 0, err
    assert "is made: survivor opted in, shares data under consent #" in out


def test_cli_housing_records_the_series(demo_vault: Path, capsys) -> None:
    for status, on in (("emergency-shelter", "2026-09-01"), ("transitional", "2026-10-15")):
        code, _, err = run_cli(capsys, "housing", str(demo_vault), "C-0006", status, "--on", on,
                               "--user", "cam")
        assert code == 0, err
    code, out, err = run_cli(capsys, "housing", str(demo_vault), "C-0006", "stable", "--note",
                             "Signed a lease", "--user", "cam")
    assert code == 0, err
    assert "Housing recorded for C-0006: stable." in out
    assert "Housing stability: emergency shelter → stable, improved" in out
    code, _, err = run_cli(capsys, "housing", str(demo_vault), "C-0006", "stable", "--on",
                           "2026-02-30", "--user", "cam")
    assert code == 2 and "is not a date" in err
