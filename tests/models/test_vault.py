"""Vault API: create, open, users, passphrases, recovery, lock."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from models.errors import (
    InvalidInput,
    NotFound,
    UnknownUser,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from models.records import Role, User
from models.vault import create_vault, open_vault, open_vault_with_recovery
from tests.models.conftest import read_canaries, write_canaries
from tests.vault_fixtures import ANA_PASSPHRASE, BEN_PASSPHRASE


def test_vault_create_returns_open_vault_and_grouped_recovery_code(tmp_path: Path) -> None:
    vault, code = create_vault(tmp_path / "v", "cam", "supervisor", "a long enough phrase", kdf_profile="fast")
    try:
        assert vault.user == User(1, "cam", Role.SUPERVISOR)
        assert vault.users() == [vault.user]
        groups = code.split("-")
        assert len(groups) == 6 and all(len(g) == 5 for g in groups)
        assert sorted(p.name for p in (tmp_path / "v").iterdir()) == ["VERSION", "keyslots.json", "vault.db"]
        for p in (tmp_path / "v").iterdir():
            assert stat.S_IMODE(p.stat().st_mode) == 0o600
        assert stat.S_IMODE((tmp_path / "v").stat().st_mode) == 0o700
        assert vault.check().ok
    finally:
        vault.lock()


@pytest.mark.parametrize(
    ("user", "role", "passphrase", "field"),
    [
        ("", "advocate", "long enough phrase", "user"),
        ("a" * 41, "advocate", "long enough phrase", "user"),
        ("ana smith", "advocate", "long enough phrase", "user"),
        ("recovery", "advocate", "long enough phrase", "user"),
        ("ana", "janitor", "long enough phrase", "role"),
        ("ana", "advocate", "short", "passphrase"),
        ("ana", "advocate", "         x", "passphrase"),
    ],
)
def test_vault_create_rejects_bad_input_and_writes_nothing(
    tmp_path: Path, user: str, role: str, passphrase: str, field: str
) -> None:
    with pytest.raises(InvalidInput) as info:
        create_vault(tmp_path / "v", user, role, passphrase, kdf_profile="fast")
    assert info.value.field == field
    assert not (tmp_path / "v").exists()


def test_vault_create_refuses_non_empty_folder(vault_path: Path) -> None:
    with pytest.raises(InvalidInput):
        create_vault(vault_path, "cam", "advocate", "a long enough phrase", kdf_profile="fast")


def test_vault_open_as_each_user(vault_path: Path) -> None:
    with open_vault(vault_path, "ben", BEN_PASSPHRASE) as vault:
        assert vault.user.name == "ben" and vault.user.role is Role.CLINICIAN
        assert [u.name for u in vault.users()] == ["ana", "ben"]


def test_vault_list_slot_users_without_passphrase(vault_path: Path) -> None:
    from models.vault import list_slot_users

    assert list_slot_users(vault_path) == ["ana", "ben"]


def test_vault_open_wrong_passphrase_and_unknown_user_read_the_same(vault_path: Path) -> None:
    with pytest.raises(WrongPassphrase) as wrong:
        open_vault(vault_path, "ana", BEN_PASSPHRASE)
    with pytest.raises(UnknownUser) as unknown:
        open_vault(vault_path, "zed", ANA_PASSPHRASE)
    assert str(wrong.value) == str(unknown.value)


def test_vault_open_missing_folder_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        open_vault(tmp_path / "nothing", "ana", ANA_PASSPHRASE)


def test_vault_data_survives_close_and_reopen(vault_path: Path) -> None:
    with open_vault(vault_path, "ana", ANA_PASSPHRASE) as vault:
        write_canaries(vault.engine)
    with open_vault(vault_path, "ben", BEN_PASSPHRASE) as vault:
        assert len(read_canaries(vault.engine)) == 4


def test_vault_lock_zeroes_key_and_refuses_use(vault) -> None:
    key_buffer = vault._key.raw()
    vault.lock()
    assert key_buffer == bytearray(32)
    for use in (lambda: vault.engine, lambda: vault.store, vault.users, lambda: vault.user, vault.check):
        with pytest.raises(VaultLocked):
            use()
    vault.lock()  # idempotent


def test_vault_add_user_then_open_as_them(vault) -> None:
    user = vault.add_user("cam", Role.CASE_MANAGER, "case manager phrase")
    assert user in vault.users() and user.id == 3
    with pytest.raises(InvalidInput):
        vault.add_user("cam", Role.CASE_MANAGER, "another long phrase")
    with open_vault(vault.path, "cam", "case manager phrase") as other:
        assert other.user == user


def test_vault_change_passphrase_rewraps_only_that_slot(vault) -> None:
    import json

    before = json.loads((vault.path / "keyslots.json").read_text())["slots"]
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("ben", "not bens passphrase", "new clinician phrase")
    vault.change_passphrase("ben", BEN_PASSPHRASE, "new clinician phrase")
    after = json.loads((vault.path / "keyslots.json").read_text())["slots"]
    changed = [b["name"] for b, a in zip(before, after, strict=True) if a != b]
    assert changed == ["ben"]
    assert before[2]["sealed"] == after[2]["sealed"]  # the database key was not touched
    with pytest.raises(WrongPassphrase):
        open_vault(vault.path, "ben", BEN_PASSPHRASE)
    open_vault(vault.path, "ben", "new clinician phrase").lock()


def test_vault_remove_user_refuses_unknown_and_last(vault_path: Path) -> None:
    with open_vault(vault_path, "ana", ANA_PASSPHRASE) as vault:
        with pytest.raises(NotFound):
            vault.remove_user("zed")
        vault.remove_user("ben")
        with pytest.raises(InvalidInput):
            vault.remove_user("ana")
        assert [u.name for u in vault.users()] == ["ana"]


def test_vault_recovery_code_opens_and_resets_a_passphrase(vault_path: Path, recovery_code: str) -> None:
    typed = recovery_code.lower().replace("-", " ")  # people type it loosely
    with open_vault_with_recovery(vault_path, typed) as vault:
        assert vault.user.name == "recovery"
    with open_vault_with_recovery(vault_path, recovery_code, ("ben", "forgot it, new one")) as vault:
        assert vault.user.name == "ben"
    open_vault(vault_path, "ben", "forgot it, new one").lock()
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, "ben", BEN_PASSPHRASE)
    open_vault(vault_path, "ana", ANA_PASSPHRASE).lock()  # others untouched


def test_vault_wrong_recovery_code_is_wrong_passphrase(vault_path: Path, recovery_code: str) -> None:
    wrong = ("0" if recovery_code[0] != "0" else "1") + recovery_code[1:]
    with pytest.raises(WrongPassphrase):
        open_vault_with_recovery(vault_path, wrong)
    with pytest.raises(WrongPassphrase):
        open_vault_with_recovery(vault_path, "not a code")


def test_vault_engine_runs_in_real_transactions(vault) -> None:
    with pytest.raises(RuntimeError), vault.engine.begin() as conn:
        conn.execute(text("CREATE TABLE t_tx (x INTEGER)"))
        raise RuntimeError("roll back the DDL")
    with vault.engine.connect() as conn:
        names = conn.execute(text("SELECT name FROM sqlite_master WHERE name = 't_tx'")).all()
    assert names == []


def test_vault_facade_db_file_matches_core() -> None:
    """The light façade checks for the database file by the same name the core writes."""
    from models import vault, vault_core

    assert vault.DB_FILE == vault_core.DB_FILE


def test_vault_facade_import_is_light() -> None:
    """Importing models.vault must not load SQLAlchemy (open_vault overlaps it with the KDF)."""
    import subprocess
    import sys

    code = "import sys, models.vault; sys.exit(1 if 'sqlalchemy' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0


def test_vault_store_after_lock_raises_vault_locked(vault_path) -> None:
    from models.errors import VaultLocked
    from models.vault import open_vault
    from tests.vault_fixtures import ANA_PASSPHRASE

    vault = open_vault(vault_path, "ana", ANA_PASSPHRASE)
    store = vault.store
    store.add_case("Fictional Person")
    vault.lock()
    with pytest.raises(VaultLocked):
        store.list_cases()
    with pytest.raises(VaultLocked):
        store.add_case("Another Fictional Person")


def test_vault_read_only_store_refuses_writes_with_vault_damaged(vault_path) -> None:
    from models.errors import VaultDamaged
    from models.vault import open_vault
    from tests.vault_fixtures import ANA_PASSPHRASE

    vault = open_vault(vault_path, "ana", ANA_PASSPHRASE, read_only=True)
    try:
        assert vault.store.list_cases() == []
        with pytest.raises(VaultDamaged):
            vault.store.add_case("Fictional Person")
    finally:
        vault.lock()
