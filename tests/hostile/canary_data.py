"""The canary case as an import file, and a GUI driver that types it into the intake form."""

from __future__ import annotations

import json
from pathlib import Path

from tests.hostile.scan import CANARIES

RECIPIENT = "Superior Court"
PURPOSE = "protective order hearing"


def canary_import(cjk: bool = True) -> dict:
    """One case holding every canary (name, CJK legal name, DOB, A-number, clinical note).

    ``cjk=False`` leaves the CJK name out (packets refuse text they have no font for).
    """
    return {"format": "workbench", "version": 1, "cases": [{
        "display_name": CANARIES["name_diacritics"],
        **({"legal_name": CANARIES["name_cjk"]} if cjk else {}),
        "date_of_birth": CANARIES["dob"],
        "notes": CANARIES["note"],
        "matters": [{"id": 1, "kind": "immigration", "title": "T visa",
                     "case_number": CANARIES["a_number"]}],
        "events": [{"kind": "medical_appointment", "title": "Intake", "category": "mental_health",
                    "due": "2026-12-03", "notes": CANARIES["note"]}],
        "consents": [{"recipient": RECIPIENT, "categories": ["identity", "immigration"],
                      "purpose": PURPOSE, "granted": "2026-01-01"}],
    }]}


def write_import_file(folder: Path, cjk: bool = True) -> Path:
    """The import file, outside every scanned root (it is the person's own plaintext)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "intake.json"
    path.write_text(json.dumps(canary_import(cjk), ensure_ascii=False), encoding="utf-8")
    return path


def type_canary_case(qtbot, window) -> None:
    """Drive the real intake dialog: type the canaries, press Save, open the new case."""
    intake = window.work.new_case()
    qtbot.waitExposed(intake)
    intake.display_name.setText(CANARIES["name_diacritics"] + " " + CANARIES["name_cjk"])
    intake.safe_contact.setText(CANARIES["a_number"])
    intake.notes.setPlainText(CANARIES["note"] + " DOB " + CANARIES["dob"])
    intake.accept()
    qtbot.waitUntil(lambda: window.work.workspace is not None, timeout=5000)
