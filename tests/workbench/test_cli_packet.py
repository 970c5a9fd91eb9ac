"""`workbench packet`, `disclosures` and `consents` on the demo vault."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader

from tests.workbench.conftest import run_cli


def _packet(capsys, vault: Path, out: Path, *extra: str) -> tuple[int, str, str]:
    return run_cli(capsys, "packet", str(vault), *extra, "--out", str(out), "--user", "ana",
                   "--json")


def test_court_packet_withholds_unconsented_categories(demo_vault: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "packet-court.pdf"
    code, stdout, err = _packet(capsys, demo_vault, out, "C-0001", "--kind", "court",
                                "--recipient", "San Francisco Immigration Court",
                                "--purpose", "Court hearing")
    assert code == 0, err
    data = json.loads(stdout)
    included = {i["category"] for i in data["included"]}
    withheld = {w["category"]: w["reason"] for w in data["withheld"]}
    assert {"identity", "immigration"} <= included
    # an advocate builds it: what her role does not read in full is withheld by role, with
    # who can add it, before consent is even looked at
    assert withheld.get("mental_health") == "not visible to your role"
    notes = {w["category"]: w["note"] for w in data["withheld"]}
    assert "clinician" in notes["mental_health"]
    assert "mental_health" not in included
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    reader = PdfReader(str(out))
    assert len(reader.pages) == data["pages"]
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Hernández" in text
    assert "Trauma-focused CBT" not in text  # clinical note of a withheld category
    assert reader.metadata.title == "Workbench packet"
    code, stdout, _ = run_cli(capsys, "disclosures", str(demo_vault), "C-0001", "--user", "ana",
                              "--json")
    rows = json.loads(stdout)
    assert [r["sha256"] for r in rows] == [data["sha256"]]
    assert rows[0]["recipient"] == "San Francisco Immigration Court"


def test_immigration_packet_with_password_is_encrypted(demo_vault: Path, tmp_path: Path, capsys) -> None:
    pw_file = tmp_path / "pw.txt"
    pw_file.write_text("packet secret 123\n", encoding="utf-8")
    out = tmp_path / "imm.pdf"
    code, stdout, err = _packet(capsys, demo_vault, out, "C-0002", "--kind", "immigration",
                                "--recipient", "USCIS", "--password-file", str(pw_file))
    assert code == 0, err
    assert json.loads(stdout)["pages"] >= 3
    reader = PdfReader(str(out))
    assert reader.is_encrypted
    assert reader.decrypt("packet secret 123")
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "1367" in text  # the 8 U.S.C. 1367 legend on immigration material
    raw = out.read_bytes()
    assert b"Nguy" not in raw and "Nguyễn".encode("utf-16-be") not in raw


def test_packet_for_recipient_without_consent_is_refused(demo_vault: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "agency.pdf"
    code, stdout, err = _packet(capsys, demo_vault, out, "C-0003", "--kind", "agency",
                                "--recipient", "Nobody Agency", "--purpose", "Case conference")
    assert code != 0 and stdout == ""
    assert "consent" in err.lower() and err.count("\n") == 1
    assert not out.exists()
    code, stdout, _ = run_cli(capsys, "disclosures", str(demo_vault), "C-0003", "--user", "ana",
                              "--json")
    assert json.loads(stdout) == []


def test_revoked_and_expired_consents_withhold(demo_vault: Path, tmp_path: Path, capsys) -> None:
    code, stdout, err = run_cli(capsys, "consents", str(demo_vault), "C-0002", "--user", "ana", "--json")
    assert code == 0, err
    statuses = {c["recipient"]: c["status"] for c in json.loads(stdout)}
    assert statuses["Oakland Police Department"] == "expired"
    assert statuses["Community Health Partners"] == "revoked"
    out = tmp_path / "police.pdf"
    code, stdout, err = _packet(capsys, demo_vault, out, "C-0002", "--kind", "agency",
                                "--recipient", "Oakland Police Department",
                                "--purpose", "Supplement B certification")
    assert code != 0 and "consent" in err.lower()
    out = tmp_path / "compelled.pdf"
    code, stdout, err = _packet(capsys, demo_vault, out, "C-0002", "--kind", "agency",
                                "--recipient", "Community Health Partners",
                                "--purpose", "Care coordination",
                                "--compelled", "Subpoena no. 26-SUB-0091")
    assert code == 0, err
    assert json.loads(stdout)["compelled"] is True
    code, stdout, _ = run_cli(capsys, "timeline", str(demo_vault), "C-0002", "--user", "ana", "--json")
    titles = [e.get("title", "") for e in json.loads(stdout)["entries"]]
    assert any("compelled release" in t for t in titles)


def test_exhibit_text_present_only_under_consent(demo_vault: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "t-visa.pdf"
    code, _, err = _packet(capsys, demo_vault, out, "C-0001", "--kind", "immigration",
                           "--recipient", "Bay Legal Clinic", "--purpose", "T visa application")
    assert code == 0, err
    text = "\n".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert "forced to do" in text  # consented declaration exhibit (positive control)
    assert "Eastbay Community Clinic" not in text  # medical letter: no medical consent


def test_packet_is_signed_by_the_staff_profile_not_the_login(demo_vault: Path, tmp_path: Path,
                                                             capsys) -> None:
    out = tmp_path / "signed.pdf"
    code, _stdout, err = _packet(capsys, demo_vault, out, "C-0001", "--kind", "court",
                                 "--recipient", "San Francisco Immigration Court",
                                 "--purpose", "Court hearing")
    assert code == 0, err
    text = "\n".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert "Ana Quintero" in text  # the demo advocate's profile (workbench/demo_profiles.py)
    assert "Prepared by ana" not in text and "by ana\n" not in text


def test_court_packet_with_signature_line_and_certificate_of_service(demo_vault: Path,
                                                                     tmp_path: Path,
                                                                     capsys) -> None:
    out = tmp_path / "served.pdf"
    code, _stdout, err = _packet(capsys, demo_vault, out, "C-0001", "--kind", "court",
                                 "--recipient", "San Francisco Immigration Court",
                                 "--purpose", "Court hearing", "--signature-line",
                                 "--served-on", "DHS Office of the Principal Legal Advisor",
                                 "--service-method", "mail", "--served-date", "2026-11-27")
    assert code == 0, err
    text = "\n".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert "Certificate of service" in text or "CERTIFICATE OF SERVICE" in text.upper()
    assert "Principal Legal Advisor" in text and "first-class mail" in text
    code, _, err = _packet(capsys, demo_vault, tmp_path / "x.pdf", "C-0001", "--kind", "court",
                           "--recipient", "San Francisco Immigration Court", "--purpose",
                           "Court hearing", "--served-on", "DHS")
    assert code == 2 and "--service-method" in err


def test_demo_packet_with_exhibits_names_no_unembedded_font(demo_vault: Path, tmp_path: Path,
                                                            capsys) -> None:
    import pikepdf

    out = tmp_path / "all.pdf"
    code, _stdout, err = run_cli(capsys, "packet", str(demo_vault), "C-0001", "--kind", "court",
                                 "--recipient", "San Francisco Immigration Court", "--purpose",
                                 "Court hearing", "--compelled", "Subpoena 26-114", "--out",
                                 str(out), "--user", "sam")
    assert code == 0, err
    fonts = set()
    with pikepdf.open(out) as pdf:
        for page in pdf.pages:
            for _name, font in (page.Resources.get("/Font") or {}).items():
                fonts.add(str(font.get("/BaseFont")))
            for _name, xobj in (page.Resources.get("/XObject") or {}).items():
                for _n, font in ((xobj.get("/Resources") or {}).get("/Font") or {}).items():
                    fonts.add(str(font.get("/BaseFont")))
    text = "\n".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert "Exhibit A" in text  # the demo's letters are attached as exhibits
    assert fonts and all("DejaVu" in f for f in fonts), fonts
