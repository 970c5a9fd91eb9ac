"""`workbench packet … --translation es`: the filing copy and the survivor's Spanish courtesy
copy written together, under one disclosure record, or neither."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.workbench.conftest import run_cli

NEEDS_PDFTOTEXT = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="needs poppler's pdftotext (make test-tools)")
MARK = "Traducción de cortesía — no válida para presentación"
COURT = ("C-0001", "--kind", "court", "--recipient", "San Francisco Immigration Court",
         "--purpose", "Court hearing")


def _packet(capsys, vault: Path, out: Path, *extra: str) -> tuple[int, str, str]:
    return run_cli(capsys, "packet", str(vault), *COURT, *extra, "--out", str(out),
                   "--user", "ana", "--json")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where the packets go (the vault is beside it, in tmp_path)."""
    out = tmp_path / "out"
    out.mkdir()
    return out


def _disclosures(capsys, vault: Path) -> list[dict]:
    code, stdout, err = run_cli(capsys, "disclosures", str(vault), "C-0001", "--user", "ana",
                                "--json")
    assert code == 0, err
    return json.loads(stdout)


def _text(path: Path) -> list[str]:
    exe = shutil.which("pdftotext")
    assert exe is not None
    out = subprocess.run([exe, str(path), "-"], check=True, capture_output=True, text=True)
    return [p for p in out.stdout.split("\f") if p.strip()]


@NEEDS_PDFTOTEXT
def test_cli_packet_translation_writes_both_under_one_disclosure(demo_vault, folder, capsys):
    out = folder / "hearing.pdf"
    code, stdout, err = _packet(capsys, demo_vault, out, "--translation", "es")
    assert code == 0, err
    data = json.loads(stdout)
    copy = folder / "hearing.es.pdf"
    assert data["translation"] == {"language": "es", "out": str(copy), "for_filing": False,
                                   "pages": data["translation"]["pages"],
                                   "sha256": hashlib.sha256(copy.read_bytes()).hexdigest()}
    assert data["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert {oct(p.stat().st_mode & 0o777) for p in (out, copy)} == {"0o600"}
    pages = _text(copy)
    assert len(pages) == data["translation"]["pages"]
    assert all(MARK in page for page in pages)
    assert data["sha256"] in pages[0].replace("\n", "")  # the cover names what it translates
    assert "Hernández" in pages[0] and "Paquete para audiencia judicial" in pages[0]
    assert not any(MARK in page for page in _text(out))  # the filing copy is unmarked
    rows = _disclosures(capsys, demo_vault)
    assert len(rows) == 1 and rows[0]["sha256"] == data["sha256"]
    assert f"translation:es:sha256:{data['translation']['sha256']}" in rows[0]["records"]


def test_cli_packet_translation_password_protects_both(demo_vault, folder, capsys):
    pw_file = folder / "pw.txt"
    pw_file.write_text("packet secret 123\n", encoding="utf-8")
    out = folder / "hearing.pdf"
    code, _stdout, err = _packet(capsys, demo_vault, out, "--translation", "es",
                                 "--password-file", str(pw_file))
    assert code == 0, err
    for path in (out, folder / "hearing.es.pdf"):
        reader = PdfReader(str(path))
        assert reader.is_encrypted and reader.decrypt("packet secret 123")


def test_cli_packet_translation_refuses_an_existing_copy_without_force(demo_vault, folder,
                                                                        capsys):
    out, copy = folder / "hearing.pdf", folder / "hearing.es.pdf"
    copy.write_bytes(b"earlier")
    code, stdout, err = _packet(capsys, demo_vault, out, "--translation", "es")
    assert code != 0 and stdout == "" and "hearing.es.pdf already exists" in err
    assert not out.exists() and copy.read_bytes() == b"earlier"
    assert _disclosures(capsys, demo_vault) == []
    code, _stdout, err = _packet(capsys, demo_vault, out, "--translation", "es", "--force")
    assert code == 0, err
    assert copy.read_bytes().startswith(b"%PDF")


def test_cli_packet_translation_failed_second_write_leaves_neither(demo_vault, folder, capsys):
    out = folder / "hearing.pdf"
    (folder / "hearing.es.pdf").mkdir()  # the copy cannot be renamed into place
    code, stdout, err = _packet(capsys, demo_vault, out, "--translation", "es", "--force")
    assert code != 0 and stdout == ""
    assert [p.name for p in folder.iterdir()] == ["hearing.es.pdf"]  # no temp file either
    assert _disclosures(capsys, demo_vault) == []


def test_cli_packet_translation_dry_run_names_both_files(demo_vault, folder, capsys):
    out = folder / "hearing.pdf"
    code, stdout, err = _packet(capsys, demo_vault, out, "--translation", "es", "--dry-run")
    assert code == 0, err
    assert json.loads(stdout)["would_write"] == [str(out), str(folder / "hearing.es.pdf")]
    code, stdout, err = run_cli(capsys, "packet", str(demo_vault), *COURT, "--out", str(out),
                                "--translation", "es", "--dry-run", "--user", "ana")
    assert code == 0, err
    assert "Would write: " in stdout and "hearing.es.pdf" in stdout and "not for filing" in stdout
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(("case", "code", "says"), [
    ("C-0001", "fr", "available: es"),
    ("C-0002", "es", "the case's languages are Vietnamese"),
])
def test_cli_packet_translation_refusals_say_why(demo_vault, folder, capsys, case, code,
                                                 says):
    out = folder / "packet.pdf"
    code_, stdout, err = run_cli(capsys, "packet", str(demo_vault), case, "--kind",
                                 "immigration", "--recipient", "USCIS", "--out", str(out),
                                 "--translation", code, "--user", "ana")
    assert code_ != 0 and stdout == ""
    assert says in err and err.count("\n") == 1
    assert list(folder.iterdir()) == []
