"""Encrypted backups (keyed ``sqlcipher_export``) and atomic restore (SECURITY.md control 9).

A backup is a folder holding ``vault.db`` (exported under the same raw key, never plaintext and
never a file copy of a live WAL database) and a copy of ``keyslots.json``, so the same
passphrases open it. It is built under a temporary name and renamed when complete.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import time
from datetime import UTC, datetime
from pathlib import Path

from models.connection import connect, integrity_errors, open_with_any, run_secret
from models.errors import InvalidInput, VaultDamaged
from models.hardening import SecretKey
from models.i18n import translate
from models.keyslots import (
    SLOT_FILE,
    atomic_write,
    fsync_dir,
    load_slots,
    passphrase_bytes,
    unlock_keys,
)

DB_FILE = "vault.db"
BACKUPS_DIR = "backups"
_SIDE_FILES = ("-wal", "-shm", "-journal")


def backup_name(prefix: str = "backup") -> str:
    """A non-identifying, sortable folder name: prefix, UTC time and a short random suffix."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{prefix}-{stamp}-{secrets.token_hex(3)}"


PARTIAL_PREFIX = ".workbench-partial-backup-"
STALE_AFTER_S = 3600  # a partial this old is not being written any more (a kill -9 left it)


def _remove_stale_partials(folder: Path) -> None:
    """Delete unfinished backups a crash left behind (encrypted, but clutter and disk)."""
    now = time.time()
    for partial in folder.glob(f"{PARTIAL_PREFIX}*"):
        with contextlib.suppress(OSError):
            if partial.is_dir() and now - partial.stat().st_mtime > STALE_AFTER_S:
                shutil.rmtree(partial, ignore_errors=True)


def make_backup(vault_dir: Path, key: SecretKey, out_dir: Path) -> Path:
    """Export the vault into the new folder ``out_dir`` (keyed export + slot file); returns it."""
    if out_dir.exists():
        raise InvalidInput(translate("Backup",
                "A backup already exists at that location; choose a new folder."))
    out_dir.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    _remove_stale_partials(out_dir.parent)
    tmp = out_dir.parent / f"{PARTIAL_PREFIX}{secrets.token_hex(6)}"
    tmp.mkdir(mode=0o700)
    try:
        _export(vault_dir / DB_FILE, key, tmp / DB_FILE)
        _verify(tmp / DB_FILE, [key])
        atomic_write(tmp / SLOT_FILE, (vault_dir / SLOT_FILE).read_bytes())
        _fsync_file(tmp / DB_FILE)
        fsync_dir(tmp)
        os.rename(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    fsync_dir(out_dir.parent)
    return out_dir


def _export(db_path: Path, key: SecretKey, target: Path) -> None:
    conn = connect(db_path, key)
    try:
        # The KEY makes the copy encrypted (SQLCipher's documented KEY '' recipe would write
        # plaintext). run_secret, not execute: a cached statement would keep the key's text.
        # The path is quoted as an SQL string literal; the key literal is hex only.
        quoted = "'" + str(target).replace("'", "''") + "'"
        run_secret(conn, f"ATTACH DATABASE {quoted} AS backup KEY " + key.pragma_literal())
        try:
            conn.execute("SELECT sqlcipher_export('backup')").fetchall()
        finally:
            conn.execute("DETACH DATABASE backup")
    finally:
        conn.close()


def _verify(db_path: Path, keys: list[SecretKey]) -> None:
    conn, _ = open_with_any(db_path, keys, read_only=True)
    try:
        cipher, plain = integrity_errors(conn)
    finally:
        conn.close()
    if cipher or plain:
        raise VaultDamaged(translate("Backup",
                "The backup failed its integrity check; it was not used."))


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def restore_backup(backup_dir: Path, vault_dir: Path, user: str | None = None,
                   passphrase: str | None = None) -> Path:
    """Swap a verified backup in for the vault's files; returns where the old files were kept.

    The backup must open with ``user``'s passphrase and pass the integrity check first, so both
    are required. The replaced files (database, WAL, slot file) are moved aside under
    ``backups/``, never deleted.
    """
    if not user or not passphrase:
        raise InvalidInput(translate("Backup",
                "Restoring needs the user name and passphrase of someone who can open the backup, "
                "so it can be checked first."), field="passphrase")
    backup_dir, vault_dir = Path(backup_dir), Path(vault_dir)
    if not (backup_dir / DB_FILE).is_file() or not (backup_dir / SLOT_FILE).is_file():
        raise InvalidInput(translate("Backup",
                "That folder is not a Workbench backup."))
    if any((backup_dir / (DB_FILE + s)).exists() for s in _SIDE_FILES):
        raise InvalidInput(translate("Backup",
                "That backup is in use or was not closed cleanly; it was not used."))
    _slot, raw_keys = unlock_keys(load_slots(backup_dir), user, passphrase_bytes(passphrase))
    keys = [SecretKey(k) for k in raw_keys]
    try:
        _verify(backup_dir / DB_FILE, keys)
    finally:
        for k in keys:
            k.wipe()
    vault_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    staged_db, staged_slots = _stage(backup_dir, vault_dir)
    kept = vault_dir / BACKUPS_DIR / backup_name("replaced")
    kept.mkdir(mode=0o700, parents=True)
    for name in [DB_FILE + s for s in ("", *_SIDE_FILES)] + [SLOT_FILE]:
        if (vault_dir / name).exists():
            os.replace(vault_dir / name, kept / name)
    fsync_dir(kept)
    os.replace(staged_db, vault_dir / DB_FILE)
    os.replace(staged_slots, vault_dir / SLOT_FILE)
    fsync_dir(vault_dir)
    return kept


def _stage(backup_dir: Path, vault_dir: Path) -> tuple[Path, Path]:
    # Copies sit beside the vault first, so the final swap is two same-folder renames.
    token = secrets.token_hex(6)
    staged_db = vault_dir / f".tmp-restore-{token}.db"
    staged_slots = vault_dir / f".tmp-restore-{token}.json"
    shutil.copyfile(backup_dir / DB_FILE, staged_db)
    os.chmod(staged_db, 0o600)
    _fsync_file(staged_db)
    atomic_write(staged_slots, (backup_dir / SLOT_FILE).read_bytes())
    return staged_db, staged_slots
