"""CLI behaviour a person relies on: exit codes, quiet pipes, no overwrites, readable times."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.workbench.conftest import run_cli
from workbench.demo import DEMO_PASSPHRASE

COURT = "San Francisco Immigration Court"


@pytest.mark.parametrize("argv", [
    ["timeline", "{vault}", "C-9999"],
    ["trigger", "add", "{vault}", "C-9999", "--rule", "B-EOIR-BIA-APPEAL", "--date", "2026-11-25"],
    ["trigger", "add", "{vault}", "C-0001", "--rule", "B-EOIR-BIA-APPEAL", "--date",
     "2026-11-25", "--matter", "M-9999-9"],
    ["disclosures", "{vault}", "C-9999"],
    ["cases", "{missing}"],
])
def test_unknown_case_matter_or_vault_is_bad_input(argv: list[str], demo_vault: Path,
                                                   tmp_path: Path, capsys) -> None:
    args = [a.replace("{vault}", str(demo_vault)).replace("{missing}", str(tmp_path / "none"))
            for a in argv]
    code, out, err = run_cli(capsys, *args, "--user", "sam")
    assert code == 2, err
    assert out == "" and err.count("\n") == 1 and "internal error" not in err


def test_piping_into_head_ends_quietly(demo_vault: Path) -> None:
    env = {**os.environ, "WORKBENCH_PASSPHRASE": DEMO_PASSPHRASE, "WORKBENCH_TODAY": "2026-11-27"}
    cmd = (f"{sys.executable} -m workbench.cli timeline {demo_vault} C-0001 --user sam "
           "--from 2020-01-01 --to 2030-12-31 | head -n 1")
    done = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.stdout.startswith("DATE")
    assert "BrokenPipe" not in done.stderr and "internal error" not in done.stderr
    assert done.stderr == ""


def test_packet_refuses_to_overwrite_unless_forced(demo_vault: Path, tmp_path: Path,
                                                   capsys) -> None:
    out = tmp_path / "p.pdf"
    out.write_bytes(b"an earlier packet")
    argv = ["packet", str(demo_vault), "C-0001", "--kind", "court", "--recipient", COURT,
            "--purpose", "Court hearing", "--out", str(out), "--user", "ana"]
    code, _, err = run_cli(capsys, *argv)
    assert code == 2 and "--force" in err
    assert out.read_bytes() == b"an earlier packet"
    code, _, _ = run_cli(capsys, "disclosures", str(demo_vault), "C-0001", "--user", "ana",
                         "--json")
    code, _, err = run_cli(capsys, *argv, "--force")
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF")


def test_packet_dry_run_prints_the_plan_and_writes_nothing(demo_vault: Path, tmp_path: Path,
                                                          capsys) -> None:
    code, out, err = run_cli(capsys, "packet", str(demo_vault), "C-0001", "--kind", "court",
                             "--recipient", COURT, "--purpose", "Court hearing", "--dry-run",
                             "--user", "ana")
    assert code == 0, err
    assert "Included:" in out and "Withheld:" in out and "nothing written" in out
    assert "not visible to your role — a clinician" in out
    assert list(tmp_path.glob("*.pdf")) == []
    code, out, _ = run_cli(capsys, "disclosures", str(demo_vault), "C-0001", "--user", "ana",
                           "--json")
    assert json.loads(out) == []  # a dry run discloses nothing


def test_disclosures_show_minutes_with_zone_and_the_legal_basis(demo_vault: Path, tmp_path: Path,
                                                                capsys) -> None:
    code, _, err = run_cli(capsys, "packet", str(demo_vault), "C-0001", "--kind", "court",
                           "--recipient", COURT, "--purpose", "Court hearing", "--compelled",
                           "Subpoena 26-114", "--out", str(tmp_path / "c.pdf"), "--user", "sam")
    assert code == 0, err
    code, out, _ = run_cli(capsys, "disclosures", str(demo_vault), "C-0001", "--user", "sam")
    assert "Subpoena 26-114" in out and "LEGAL BASIS" in out
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d [A-Z+\-0-9]+", out), out
    assert not re.search(r"\d\d:\d\d:\d\d", out)  # to the minute, no seconds or microseconds


def test_prepared_for_uses_the_consents_spelling(demo_vault: Path, tmp_path: Path,
                                                 capsys) -> None:
    code, _, err = run_cli(capsys, "packet", str(demo_vault), "C-0001", "--kind", "court",
                           "--recipient", "  san francisco   IMMIGRATION court ", "--purpose",
                           "court hearing", "--out", str(tmp_path / "p.pdf"), "--user", "ana")
    assert code == 0, err
    code, out, _ = run_cli(capsys, "disclosures", str(demo_vault), "C-0001", "--user", "ana",
                           "--json")
    assert json.loads(out)[0]["recipient"] == COURT


def test_the_same_trigger_twice_is_refused_naming_the_first(demo_vault: Path, capsys) -> None:
    argv = ["trigger", "add", str(demo_vault), "C-0005", "--rule", "B-EOIR-MTR-30", "--date",
            "2026-11-20", "--user", "ana"]
    code, out, err = run_cli(capsys, *argv, "--json")
    assert code == 0, err
    first = json.loads(out)["trigger_id"]
    code, out, err = run_cli(capsys, *argv)
    assert code == 2 and f"Trigger {first}" in err and "--allow-duplicate" in err
    code, out, err = run_cli(capsys, *argv, "--allow-duplicate", "--json")
    assert code == 0 and json.loads(out)["trigger_id"] != first
