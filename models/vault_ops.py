"""Vault operations behind the light façade models.vault (which callers import).

The encrypted vault: a folder with ``vault.db`` (SQLCipher) and ``keyslots.json``.

``create_vault``/``open_vault``/``open_vault_with_recovery`` unlock it and return a ``Vault``
(models.vault_core), which holds the raw key in a zeroable buffer, the SQLAlchemy engine and
the acting user until ``lock()``. Opening tries each sealed key (newest first) and finishes a
rotation a crash interrupted; a damaged file is diagnosed read-only before anything is written.
"""

from __future__ import annotations

import secrets
import shutil
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from models import backup as backups
from models import keyslots as ks
from models import migrate, vault_core
from models.connection import connect, damaged_message, integrity_errors, make_engine, open_with_any
from models.errors import InvalidInput, VaultDamaged
from models.hardening import SecretKey, harden_process
from models.i18n import translate
from models.records import Role, User
from models.vault import _vault_folder
from models.vault_core import (
    DB_FILE,
    PAGE_RE,
    RECOVERY_USER,
    Vault,
    validate_passphrase,
    validate_role,
    validate_user_name,
)

VERSION_FILE = "VERSION"


def create_vault(path: Path | str, user: str, role: Role | str, passphrase: str,
                 kdf_profile: str = "calibrated") -> tuple[Vault, str]:
    """Create a new vault folder with one user; returns the open vault and the recovery code."""
    harden_process()
    name, role = validate_user_name(user), validate_role(role)
    secret = validate_passphrase(passphrase)
    folder = Path(path)
    if folder.exists() and any(folder.iterdir()):
        raise InvalidInput(translate("VaultOps",
                "That folder is not empty; choose a new folder for the vault."), field="path")
    code = ks.new_recovery_code()
    key = SecretKey(secrets.token_bytes(32))
    slots = ks.SlotFile([], next_id=2, kdf_profile=kdf_profile)
    slots.slots.append(ks.make_slot(ks.RECOVERY, 0, "", "", ks.recovery_bytes(code), [key.raw()], kdf_profile))
    slots.slots.append(ks.make_slot("user", 1, name, role.value, secret, [key.raw()], kdf_profile))
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        connect(folder / DB_FILE, key).close()  # the key is the first statement: header encrypted
        engine = make_engine(folder / DB_FILE, key)
        migrate.upgrade(engine)
        engine.dispose()
        ks.atomic_write(folder / VERSION_FILE, f"{ks.FORMAT}\n".encode())
        ks.save_slots(folder, slots)  # last: a folder without it is not (yet) a vault
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return Vault(folder, slots, key, User(1, name, role)), code


def open_vault_with_recovery(path: Path | str, code: str,
                             new_passphrase_for: tuple[str, str] | None = None) -> Vault:
    """Unlock with the recovery code; ``new_passphrase_for=(user, passphrase)`` resets that user.

    With a reset the vault acts as that user; otherwise as the reserved "recovery" user.
    """
    harden_process()
    folder = _vault_folder(path)
    slots = ks.load_slots(folder)
    if new_passphrase_for is not None:
        name, passphrase = new_passphrase_for
        secret = validate_passphrase(passphrase)
        if not any(s.name == name for s in slots.users()):
            raise InvalidInput(translate("VaultOps",
                    "There is no user with that name."), field="user")
    _slot, keys = ks.unlock_keys(slots, None, ks.recovery_bytes(code))
    vault = _open(folder, slots, keys, RECOVERY_USER, read_only=False)
    if new_passphrase_for is not None:
        try:
            vault._reset_slot(name, secret)
        except BaseException:
            vault.lock()
            raise
    return vault


def open_unlocked(folder: Path, slots: ks.SlotFile, raw_keys: list[bytearray], user: User,
                  read_only: bool) -> Vault:
    """Open the database with keys already unsealed from ``user``'s slot (they are wiped)."""
    return _open(folder, slots, raw_keys, user, read_only)


def _open(folder: Path, slots: ks.SlotFile, raw_keys: list[bytearray], user: User,
          read_only: bool) -> Vault:
    keys = [SecretKey(k) for k in raw_keys]
    for raw in raw_keys:
        raw[:] = bytes(len(raw))
    try:
        index = _find_key_and_check(folder / DB_FILE, keys, read_only)
        if len(keys) > 1 and not read_only:
            _finish_rotation(folder, slots, keys, index)
            index = 0
    except BaseException:
        for k in keys:
            k.wipe()
        raise
    for i, other in enumerate(keys):
        if i != index:
            other.wipe()
    vault = Vault(folder, slots, keys[index], user, read_only=read_only)
    try:
        _migrate_on_open(vault)
    except BaseException:
        vault.lock()
        raise
    return vault


def _find_key_and_check(db_path: Path, keys: list[SecretKey], read_only: bool) -> int:
    # Read-only first: a damaged file is diagnosed before anything could write to it.
    conn, index = open_with_any(db_path, keys, read_only=True)
    conn.close()
    if not read_only:
        # cipher_integrity_check reads the main file, not the WAL: after a crash between a
        # rekey's commit and its checkpoint the file still holds old-key pages. Checkpoint first.
        conn = connect(db_path, keys[index])
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            conn.close()
    conn = connect(db_path, keys[index], read_only=True)
    try:
        cipher, plain = integrity_errors(conn, quick=True)
    finally:
        conn.close()
    if (cipher or plain) and not read_only:
        pages = sorted({int(m) for line in cipher + plain for m in PAGE_RE.findall(line)})
        raise VaultDamaged(damaged_message(pages[0] if pages else None))
    return index


def _finish_rotation(folder: Path, slots: ks.SlotFile, keys: list[SecretKey], index: int) -> None:
    # A crash interrupted a rotation. Roll forward: the removed user's old key must stop working.
    if index != 0:
        vault_core.rekey(folder / DB_FILE, keys[index], keys[0])
    for slot in slots.slots:
        ks.reseal(slot, [keys[0].raw()])
    ks.save_slots(folder, slots)


def _migrate_on_open(vault: Vault) -> None:
    if vault.read_only:
        try:
            migrate.plan(vault.engine)  # VaultTooNew still applies; nothing is written
        except DBAPIError:
            pass  # too damaged to read the revision: reading what is left is still allowed
        return
    if migrate.plan(vault.engine) == "behind":
        vault.backup(vault.path / backups.BACKUPS_DIR / backups.backup_name("pre-upgrade"))
        migrate.upgrade(vault.engine)
