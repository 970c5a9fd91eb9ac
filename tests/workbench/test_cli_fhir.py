"""`workbench fhir import` on the demo vault: the dry run, the confirm-once step, the
re-import, refusals (exit code, message naming the resource and field) and who may."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.workbench.conftest import run_cli

DATA = Path(__file__).resolve().parents[1] / "data" / "fhir"
EXPORT = str(DATA / "openemr-export")
PATIENT = "Patient/96506861-511f-4f6d-bc97-b65a78cf1995"


def _audit(vault: Path) -> int:
    from models.vault import open_vault
    from workbench.demo import DEMO_PASSPHRASE

    opened = open_vault(vault, user="sam", passphrase=DEMO_PASSPHRASE)
    try:
        return len(opened.store.list_audit())
    finally:
        opened.lock()


def test_cli_fhir_dry_run_names_the_command_that_confirms_the_patient(
        capsys: pytest.CaptureFixture[str], demo_vault: Path) -> None:
    code, out, err = run_cli(capsys, "fhir", "import", str(demo_vault), EXPORT, "--user", "ben",
                             "--dry-run")
    assert code == 1 and err == ""
    assert "0 new" in out and "3 refused" in out
    assert f"--case REF --confirm-patient {PATIENT}" in out and "1042" not in out
    assert f"workbench fhir import {demo_vault} {EXPORT} --user ben --case REF" in out


def test_cli_fhir_import_confirm_then_reimport(capsys: pytest.CaptureFixture[str],
                                               demo_vault: Path) -> None:
    code, out, _ = run_cli(capsys, "fhir", "import", str(demo_vault), EXPORT, "--user", "ben",
                           "--case", "C-0002", "--confirm-patient", PATIENT, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["summary"]["new"] == 3 and data["written"] == {
        "events": 3, "contacts": 1, "patients_linked": 1, "skipped": 0}
    assert {a["case"] for a in data["appointments"]} == {"C-0002"}
    assert "Okafor" not in out  # names stay in the vault: the JSON has ids and counts
    code, out, _ = run_cli(capsys, "fhir", "import", str(demo_vault), EXPORT, "--user", "ben")
    assert code == 0 and "3 unchanged" in out
    code, out, _ = run_cli(capsys, "fhir", "import", str(demo_vault),
                           str(DATA / "openemr-later.ndjson"), "--user", "ben")
    assert code == 0 and "1 updated, 1 cancelled, 1 unchanged" in out


def test_cli_fhir_refused_resource_stops_the_import(capsys: pytest.CaptureFixture[str],
                                                    demo_vault: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.ndjson"
    good = json.loads((DATA / "appointment-example.json").read_text("utf-8"))
    bad.write_text(json.dumps(good) + "\n" + json.dumps({**good, "id": "x", "status": "??"})
                   + "\n", "utf-8")
    before = _audit(demo_vault)
    code, _out, err = run_cli(capsys, "fhir", "import", str(demo_vault), str(bad), "--user",
                              "ben", "--case", "C-0002", "--confirm-patient", "Patient/example")
    assert code != 0 and "Nothing was imported" in err and "Appointment/x: status" in err
    assert _audit(demo_vault) == before


def test_cli_fhir_an_advocate_may_not_import(capsys: pytest.CaptureFixture[str],
                                             demo_vault: Path) -> None:
    code, _out, err = run_cli(capsys, "fhir", "import", str(demo_vault), EXPORT, "--user", "ana")
    assert code != 0 and "clinician or a supervisor" in err


def test_cli_fhir_links_and_unlink(capsys: pytest.CaptureFixture[str], demo_vault: Path) -> None:
    run_cli(capsys, "fhir", "import", str(demo_vault), EXPORT, "--user", "ben", "--case",
            "C-0002", "--confirm-patient", PATIENT)
    code, out, _ = run_cli(capsys, "fhir", "links", str(demo_vault), "--case", "C-0002",
                           "--user", "ben", "--json")
    assert code == 0 and [r["identifier"] for r in json.loads(out)] == [
        "http://terminology.hl7.org/CodeSystem/v2-0203|…"]
    code, _, err = run_cli(capsys, "fhir", "unlink", str(demo_vault), "--case", "C-0002",
                           "--user", "ben")
    assert code != 0 and "--yes" in err
    code, out, _ = run_cli(capsys, "fhir", "unlink", str(demo_vault), "--case", "C-0002",
                           "--user", "ben", "--yes")
    assert code == 0 and "Forgot 1" in out
    code, out, _ = run_cli(capsys, "fhir", "links", str(demo_vault), "--case", "C-0002",
                           "--user", "ben")
    assert code == 0 and "No EHR patient is linked" in out
