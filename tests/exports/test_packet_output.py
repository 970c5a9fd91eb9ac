"""Packet output: encryption, fonts and scripts, exhibit input errors, atomic writing."""

from __future__ import annotations

import io
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pikepdf
import pypdf
import pytest
from packet_fixtures import NOW, make_records, page_texts

from exports.atomic import safe_packet_filename, write_atomically
from exports.fonts import FONT_DIR
from exports.packet import build_packet
from models.errors import InvalidInput
from models.records import Case

SYSTEM_DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")


def build(records, **kw):
    return build_packet(records.plan(), now=NOW, prepared_by="Ana Advocate",
                        document_bytes=records.blobs, **kw)


def with_name(records, name: str):
    fields = {f: getattr(records.case, f) for f in Case.__slots__}
    records.case = Case(**{**fields, "display_name": name, "legal_name": name})
    return records


@pytest.fixture(scope="module")
def encrypted():
    return build(make_records(), password="correct horse 7")


def test_build_packet_encrypted_opens_with_password_only(encrypted):
    reader = pypdf.PdfReader(io.BytesIO(encrypted.data))
    assert reader.is_encrypted
    with pytest.raises(pypdf.errors.FileNotDecryptedError):
        reader.pages[0].extract_text()
    assert reader.decrypt("wrong") == pypdf.PasswordType.NOT_DECRYPTED
    texts = page_texts(encrypted.data, password="correct horse 7")
    assert len(texts) == encrypted.pages and "Page 1 of" in texts[0]


def test_build_packet_encryption_is_aes256_r6(encrypted):
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(io.BytesIO(encrypted.data))
    with pikepdf.open(io.BytesIO(encrypted.data), password="correct horse 7") as pdf:
        assert pdf.encryption.R == 6 and pdf.encryption.stream_method.name == "aesv3"


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf not on PATH (pikepdf test covers)")
def test_build_packet_encrypted_passes_qpdf_check(encrypted, tmp_path):
    path = tmp_path / "p.pdf"
    path.write_bytes(encrypted.data)
    ok = subprocess.run(["qpdf", "--password=correct horse 7", "--check", str(path)],
                        capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    bad = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, check=False)
    assert bad.returncode != 0


def test_build_packet_empty_password_is_invalid():
    with pytest.raises(InvalidInput):
        build(make_records(), password="")


@pytest.mark.parametrize("name", ["Nguyễn Thị Ánh Đặng", "Оксана Коваленко", "Ελένη Παπαδοπούλου",
                                  "Zoë Ðorđević-Ñúñez"])
def test_build_packet_prints_names_in_bundled_font(name):
    result = build(with_name(make_records(), name))
    assert name in page_texts(result.data)[0]
    with pikepdf.open(io.BytesIO(result.data)) as pdf:
        fonts = {str(f.get("/BaseFont")) for page in pdf.pages[:1]
                 for f in page.Resources.Font.values()}
    assert any("DejaVuSans" in f or "WB-Sans" in f for f in fonts)


@pytest.mark.parametrize(("text", "script"), [("王秀英", "Han (CJK)"), ("བཀྲ་ཤིས", "Tibetan")])
def test_build_packet_refuses_script_without_font(tmp_path, text, script):
    with pytest.raises(InvalidInput) as err:
        build(with_name(make_records(), text), font_dirs=[tmp_path])
    assert script in str(err.value) and "install a font" in str(err.value)
    assert text not in str(err.value)  # the message names the script, never the text


def test_build_packet_prints_arabic_with_bundled_fonts_only():
    # Arabic needs shaping: the bundled Noto Sans Arabic and uharfbuzz print it (issue 15)
    assert build(with_name(make_records(), "فاطمة"), font_dirs=[FONT_DIR]).pages > 1


@pytest.mark.skipif(not SYSTEM_DEJAVU.exists(), reason="needs a font covering U+2312")
def test_build_packet_uses_installed_font_for_uncovered_characters(tmp_path):
    # positive control: U+2312 (ARC) is not in the bundled DejaVu Sans but is in DejaVu Mono
    shutil.copy(SYSTEM_DEJAVU, tmp_path / SYSTEM_DEJAVU.name)
    result = build(with_name(make_records(), "Ana ⌒ Lee"), font_dirs=[tmp_path])
    assert "⌒" in page_texts(result.data)[0]
    with pytest.raises(InvalidInput):
        build(with_name(make_records(), "Ana ⌒ Lee"), font_dirs=[tmp_path / "empty"])


def test_build_packet_damaged_exhibit_is_invalid_input():
    records = make_records()
    records.blobs[1] = b"%PDF-1.4 not really"
    with pytest.raises(InvalidInput, match="Document 1"):
        build(records)


def test_build_packet_missing_exhibit_bytes_is_invalid_input():
    records = make_records()
    del records.blobs[3]
    with pytest.raises(InvalidInput, match="Document 3"):
        build(records)


@pytest.mark.parametrize("prefix", ["", "WB 1", "A" * 17, "WB/../x"])
def test_build_packet_bad_bates_prefix_is_invalid(prefix):
    with pytest.raises(InvalidInput):
        build(make_records(), bates_prefix=prefix)


def test_build_packet_custom_bates_prefix():
    texts = page_texts(build(make_records(), bates_prefix="SMITH-ORG").data)
    assert "SMITH-ORG-000001" in "".join(texts)


def test_safe_packet_filename_is_non_identifying():
    assert safe_packet_filename(NOW, "court") == "packet-20261127-0412-court.pdf"
    with pytest.raises(InvalidInput):
        safe_packet_filename(NOW, "Nguyen")


def test_write_atomically_writes_0600_and_leaves_no_temp(tmp_path):
    target = tmp_path / safe_packet_filename(NOW, "agency")
    write_atomically(target, b"%PDF-first")
    write_atomically(target, b"%PDF-second")
    assert target.read_bytes() == b"%PDF-second"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert os.listdir(tmp_path) == [target.name]


def test_write_atomically_keeps_old_file_when_write_fails(tmp_path, monkeypatch):
    target = tmp_path / "packet.pdf"
    write_atomically(target, b"old")

    def boom(*_a):
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(OSError):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old" and os.listdir(tmp_path) == ["packet.pdf"]


def test_write_atomically_missing_folder_is_invalid(tmp_path):
    with pytest.raises(InvalidInput):
        write_atomically(tmp_path / "nope" / "p.pdf", b"x")
