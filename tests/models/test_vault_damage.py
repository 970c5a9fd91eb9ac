"""Damaged vault files: typed error naming the restore path; read-only opening writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.errors import VaultDamaged
from models.vault import open_vault
from tests.models.conftest import snapshot, write_canaries
from tests.vault_fixtures import ANA_PASSPHRASE

PAGE = 4096


def _flip(db: Path, offset: int) -> None:
    data = bytearray(db.read_bytes())
    data[offset] ^= 0x01
    db.write_bytes(bytes(data))


def test_damage_flipped_bit_in_later_page_is_damaged_and_names_page(vault_path: Path) -> None:
    with open_vault(vault_path, "ana", ANA_PASSPHRASE) as vault:
        write_canaries(vault.engine)
    db = vault_path / "vault.db"
    assert db.stat().st_size > 4 * PAGE
    _flip(db, 3 * PAGE + 200)  # page 4
    with pytest.raises(VaultDamaged, match=r"page 4.*[Rr]estore"):
        open_vault(vault_path, "ana", ANA_PASSPHRASE)


def test_damage_read_only_open_reports_and_writes_nothing(vault_path: Path) -> None:
    _flip(vault_path / "vault.db", 3 * PAGE + 200)
    before = snapshot(vault_path)
    with open_vault(vault_path, "ana", ANA_PASSPHRASE, read_only=True) as vault:
        report = vault.check()
        assert not report.ok and report.damaged_pages == (4,)
        assert "Restore" in report.message
        assert report.to_json()["damaged_pages"] == [4] and report.to_json()["ok"] is False
        with pytest.raises(VaultDamaged):
            vault.add_user("cam", "advocate", "long enough phrase")
        with pytest.raises(VaultDamaged):
            vault.backup()
    assert snapshot(vault_path) == before


@pytest.mark.parametrize("damage", ["truncate", "header", "empty"])
def test_damage_truncated_or_broken_header_is_damaged(vault_path: Path, damage: str) -> None:
    db = vault_path / "vault.db"
    data = db.read_bytes()
    if damage == "truncate":
        db.write_bytes(data[: len(data) // 2 + 77])
    elif damage == "header":
        _flip(db, 40)  # page 1 no longer authenticates under any key
    else:
        db.write_bytes(b"")
    with pytest.raises(VaultDamaged, match="[Rr]estore"):
        open_vault(vault_path, "ana", ANA_PASSPHRASE)


def test_damage_missing_db_file_is_damaged_not_wrong_passphrase(vault_path: Path) -> None:
    (vault_path / "vault.db").unlink()
    with pytest.raises(VaultDamaged):
        open_vault(vault_path, "ana", ANA_PASSPHRASE)
