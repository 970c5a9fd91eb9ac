"""Backups: keyed export, slot file alongside, atomic; restore verifies then swaps in."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from models import backup as backup_module
from models.backup import restore_backup
from models.connection import PLAINTEXT_HEADER, file_header
from models.errors import InvalidInput, VaultDamaged, WrongPassphrase
from models.vault import open_vault
from tests.models.conftest import CANARIES, found_canaries, read_canaries, write_canaries
from tests.vault_fixtures import ANA_PASSPHRASE, BEN_PASSPHRASE


def _all_rows(engine: Engine) -> dict[str, list[tuple]]:
    with engine.connect() as conn:
        tables = [r[0] for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))]
        return {t: [tuple(r) for r in conn.execute(text(f'SELECT * FROM "{t}" ORDER BY rowid'))]
                for t in tables}


def test_backup_is_encrypted_and_opens_with_same_passphrases(vault_path: Path, tmp_path: Path) -> None:
    with open_vault(vault_path, "ana", ANA_PASSPHRASE) as vault:
        write_canaries(vault.engine)
        out = vault.backup(tmp_path / "bk")
    assert sorted(p.name for p in out.iterdir()) == ["keyslots.json", "vault.db"]
    assert file_header(out / "vault.db") != PLAINTEXT_HEADER
    assert found_canaries(out) == []
    with open_vault(out, "ben", BEN_PASSPHRASE, read_only=True) as copy:
        assert read_canaries(copy.engine) == list(CANARIES)


def test_backup_default_location_and_refuses_existing_target(vault) -> None:
    out = vault.backup()
    assert out.parent == vault.path / "backups" and out.name.startswith("backup-")
    with pytest.raises(InvalidInput):
        vault.backup(out)


def test_backup_failure_leaves_no_partial_backup(vault, tmp_path: Path, monkeypatch) -> None:
    def broken_verify(*args):
        raise VaultDamaged("simulated")

    monkeypatch.setattr(backup_module, "_verify", broken_verify)
    with pytest.raises(VaultDamaged):
        vault.backup(tmp_path / "bk")
    assert list(tmp_path.iterdir()) == [vault.path]  # neither the backup nor its temp folder


def test_restore_round_trips_table_contents(vault_path: Path, tmp_path: Path) -> None:
    with open_vault(vault_path, "ana", ANA_PASSPHRASE) as vault:
        write_canaries(vault.engine)
        expected = _all_rows(vault.engine)
        out = vault.backup(tmp_path / "bk")
        with vault.engine.begin() as conn:
            conn.execute(text("DELETE FROM canary_t"))
            conn.execute(text("INSERT INTO canary_t (v) VALUES ('written after the backup')"))
    kept = restore_backup(out, vault_path, "ana", ANA_PASSPHRASE)
    assert (kept / "vault.db").is_file() and (kept / "keyslots.json").is_file()
    with open_vault(vault_path, "ben", BEN_PASSPHRASE) as restored:
        assert _all_rows(restored.engine) == expected
        assert restored.check().ok


def test_restore_refuses_wrong_passphrase_and_damaged_backup(vault_path: Path, tmp_path: Path) -> None:
    with open_vault(vault_path, "ana", ANA_PASSPHRASE) as vault:
        write_canaries(vault.engine)
        out = vault.backup(tmp_path / "bk")
    before = (vault_path / "vault.db").read_bytes()
    with pytest.raises(WrongPassphrase):
        restore_backup(out, vault_path, "ana", "not the passphrase")
    data = bytearray((out / "vault.db").read_bytes())
    data[4096 * 2 + 500] ^= 0x40
    (out / "vault.db").write_bytes(bytes(data))
    with pytest.raises(VaultDamaged):
        restore_backup(out, vault_path, "ana", ANA_PASSPHRASE)
    with pytest.raises(InvalidInput):
        restore_backup(tmp_path, vault_path, "ana", ANA_PASSPHRASE)
    with pytest.raises(InvalidInput, match="passphrase"):
        restore_backup(out, vault_path)  # it cannot be verified without credentials
    assert (vault_path / "vault.db").read_bytes() == before


def test_backup_removes_stale_partials_a_crash_left(vault, tmp_path: Path) -> None:
    import os
    import time

    out = tmp_path / "backups"
    out.mkdir()
    stale = out / f"{backup_module.PARTIAL_PREFIX}deadbeef"
    fresh = out / f"{backup_module.PARTIAL_PREFIX}cafebabe"  # maybe still being written
    stale.mkdir()
    fresh.mkdir()
    old = time.time() - 2 * backup_module.STALE_AFTER_S
    os.utime(stale, (old, old))
    vault.backup(out / "backup-1")
    assert not stale.exists() and fresh.exists()
    assert (out / "backup-1" / "vault.db").is_file()
