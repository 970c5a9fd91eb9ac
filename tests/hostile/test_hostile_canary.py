"""Canary sweep: case data written through the CLI and the GUI never lands outside the vault.

Scanned: the vault folder and an isolated HOME, XDG config (QtProject.conf, our settings),
cache and data folders and TMPDIR — as UTF-8, UTF-16-LE/BE and inside inflated PDF streams —
with the WAL not checkpointed, after kill -9 of a writer, after a clean close and after lock.
Positive controls: the same scan finds the canaries in a plain-sqlite database and in a PDF.
"""

from __future__ import annotations

import sqlite3
import zlib
from pathlib import Path

import pytest

from models.vault import open_vault
from tests.hostile.canary_data import PURPOSE, RECIPIENT, type_canary_case, write_import_file
from tests.hostile.crash import kill_at_random
from tests.hostile.metrics import METRICS
from tests.hostile.scan import CANARIES, scan, scan_bytes, scan_names
from tests.vault_fixtures import ANA, ANA_PASSPHRASE


def _cli(*argv: str) -> int:
    from workbench.cli import run

    return run(list(argv))


def _sweep(vault_path: Path, isolated) -> list:
    METRICS["canary sweeps"] += 1
    return scan([vault_path, *isolated.roots])


# -- positive controls ---------------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["UTF-8", "UTF-16le", "UTF-16be"])
def test_canary_scan_finds_every_canary_in_plain_sqlite(tmp_path, encoding):
    conn = sqlite3.connect(tmp_path / "plain.db")
    conn.execute(f"PRAGMA encoding = '{encoding}'")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (v TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [(c,) for c in CANARIES.values()])
    conn.commit()
    found = {h.canary for h in scan([tmp_path])}  # WAL not yet checkpointed: a live connection
    conn.close()
    assert found == set(CANARIES)
    assert {h.canary for h in scan([tmp_path])} == set(CANARIES)  # after close (checkpointed)


def test_canary_scan_finds_canary_inside_deflated_pdf_stream():
    body = zlib.compress(("BT (" + CANARIES["note"] + ") Tj ET").encode("utf-8"))
    pdf = b"%PDF-1.7\n1 0 obj << /Filter /FlateDecode >>\nstream\n" + body + b"\nendstream\n"
    assert CANARIES["note"].encode() not in pdf  # only the inflated stream holds it
    hits = scan_bytes(pdf, "control.pdf")
    assert [(h.canary, h.form) for h in hits] == [("note", "utf-8/pdf-stream")]


def test_canary_scan_names_finds_identifying_file_names(tmp_path):
    (tmp_path / f"packet-{CANARIES['name_cjk']}.pdf").write_bytes(b"x")
    assert scan_names([tmp_path]) and scan_names([tmp_path / "missing"]) == []


# -- CLI -------------------------------------------------------------------------------------
def test_canary_cli_import_then_clean_close_leaves_no_trace(supervisor, vault_path, isolated, tmp_path,
                                                            monkeypatch):
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", ANA_PASSPHRASE)
    monkeypatch.setenv("WORKBENCH_USER", supervisor)
    source = write_import_file(tmp_path / "outside")
    assert _cli("import", str(vault_path), str(source)) == 0
    source.unlink()
    assert _cli("cases", str(vault_path)) == 0
    assert _sweep(vault_path, isolated) == []
    with open_vault(vault_path, ANA, ANA_PASSPHRASE) as vault:  # the data really is inside
        assert CANARIES["name_diacritics"] in {c.display_name for c in vault.store.list_cases()}


def test_canary_wal_not_checkpointed_holds_no_plaintext(vault_path, isolated):
    from models.interchange import import_data
    from tests.hostile.canary_data import canary_import

    vault = open_vault(vault_path, ANA, ANA_PASSPHRASE)
    try:
        with vault.engine.connect():  # a second live connection: the WAL is not checkpointed
            import_data(vault.store, canary_import())
            assert (vault_path / "vault.db-wal").stat().st_size > 0
            assert _sweep(vault_path, isolated) == []
    finally:
        vault.lock()
    assert _sweep(vault_path, isolated) == []  # after lock


def test_canary_after_kill_of_writer_process(vault_path, isolated):
    env = isolated.environ()
    env["WORKBENCH_PASSPHRASE"] = ANA_PASSPHRASE
    lines = kill_at_random("canary", vault_path, env, window=0.3)
    assert (vault_path / "vault.db-wal").exists()  # killed: nothing checkpointed or cleaned up
    assert _sweep(vault_path, isolated) == []
    with open_vault(vault_path, ANA, ANA_PASSPHRASE) as vault:
        names = {c.display_name for c in vault.store.list_cases()}
    assert CANARIES["name_diacritics"] in names and all(f"crash-{i}" in names for i in map(int, lines))


def test_canary_packet_encrypted_in_home_and_plain_elsewhere(supervisor, vault_path, isolated, tmp_path,
                                                            monkeypatch):
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", ANA_PASSPHRASE)
    monkeypatch.setenv("WORKBENCH_USER", supervisor)
    source = write_import_file(tmp_path / "outside", cjk=False)  # no CJK font installed here
    assert _cli("import", str(vault_path), str(source)) == 0
    source.unlink()
    password = tmp_path / "outside" / "pw.txt"
    password.write_text("packet password 123")
    sealed = isolated.home / "packet-sealed.pdf"
    plain = tmp_path / "outside" / "packet-plain.pdf"
    common = [str(vault_path), "C-0001", "--kind", "court", "--recipient", RECIPIENT,
              "--purpose", PURPOSE]
    assert _cli("packet", *common, "--out", str(sealed), "--password-file", str(password)) == 0
    assert _cli("packet", *common, "--out", str(plain)) == 0
    assert _sweep(vault_path, isolated) == []  # the AES-256 packet in HOME shows nothing
    # positive control: the unencrypted packet does carry the (consented) name
    assert "name_diacritics" in {h.canary for h in scan([plain])}
    assert scan_names([vault_path, *isolated.roots, plain.parent]) == []


# -- GUI -------------------------------------------------------------------------------------
def test_canary_gui_session_then_lock_leaves_no_trace(qtbot, vault_path, isolated):
    from workbench.app import build_main_window

    window = build_main_window(vault_path, ANA, ANA_PASSPHRASE, idle_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    type_canary_case(qtbot, window)
    vault = window.session.vault
    with vault.engine.connect():
        assert _sweep(vault_path, isolated) == []  # unlocked, WAL live
    window.lock()
    assert window.is_locked()
    assert _sweep(vault_path, isolated) == []
    window.close()
    assert _sweep(vault_path, isolated) == []
    with open_vault(vault_path, ANA, ANA_PASSPHRASE) as again:
        assert any(CANARIES["name_cjk"] in c.display_name for c in again.store.list_cases())
