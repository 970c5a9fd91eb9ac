"""SECURITY.md controls 1-3 as observable facts: no plaintext, silent failures, hardening."""

from __future__ import annotations

import os
import resource
import sqlite3
import sys
from pathlib import Path

import pytest

from models.connection import PLAINTEXT_HEADER, file_header
from models.errors import WrongPassphrase
from models.hardening import harden_process, is_dumpable
from models.vault import open_vault
from tests.models.conftest import CANARIES, found_canaries, snapshot, write_canaries
from tests.vault_fixtures import ANA_PASSPHRASE


def test_vault_wrong_passphrase_is_silent_and_touches_nothing(vault_path: Path, capfd) -> None:
    before = snapshot(vault_path)
    capfd.readouterr()
    for user, passphrase in [("ana", "not the right passphrase"), ("nobody", ANA_PASSPHRASE)]:
        with pytest.raises(WrongPassphrase):
            open_vault(vault_path, user, passphrase)
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")
    assert snapshot(vault_path) == before  # same names (no new files), same bytes


def test_vault_db_header_is_not_plaintext(vault_path: Path) -> None:
    assert file_header(vault_path / "vault.db") != PLAINTEXT_HEADER
    assert len(file_header(vault_path / "vault.db")) == 16


def test_vault_no_canary_in_files_before_checkpoint_and_after_close(vault_path: Path) -> None:
    vault = open_vault(vault_path, "ana", ANA_PASSPHRASE)
    write_canaries(vault.engine)
    with vault.engine.connect():  # a live connection keeps the WAL from being checkpointed
        assert (vault_path / "vault.db-wal").stat().st_size > 0
        assert found_canaries(vault_path) == []
        vault.lock()
    assert found_canaries(vault_path) == []


def test_vault_canary_scan_finds_plain_sqlite(tmp_path: Path) -> None:
    # Positive control: the same scan over an unencrypted database must find every canary.
    conn = sqlite3.connect(tmp_path / "plain.db")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE canary_t (v TEXT)")
    conn.executemany("INSERT INTO canary_t VALUES (?)", [(c,) for c in CANARIES])
    conn.commit()
    assert found_canaries(tmp_path) == list(CANARIES)
    conn.close()
    assert file_header(tmp_path / "plain.db") == PLAINTEXT_HEADER


def test_vault_connections_carry_every_pragma_of_the_recipe(vault) -> None:
    with vault.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA cipher_memory_security").scalar() == "0"  # OFF (control 2)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux-only")
def test_hardening_sets_umask_no_core_and_not_dumpable(tmp_path: Path) -> None:
    harden_process()
    harden_process()  # idempotent
    assert resource.getrlimit(resource.RLIMIT_CORE)[0] == 0
    assert not is_dumpable()
    (tmp_path / "f").write_bytes(b"x")
    (tmp_path / "d").mkdir()
    assert (tmp_path / "f").stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "d").stat().st_mode & 0o777 == 0o700
    assert os.umask(0o077) == 0o077
