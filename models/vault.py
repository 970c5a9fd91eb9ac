"""The encrypted vault: a folder with ``vault.db`` (SQLCipher) and ``keyslots.json``.

``create_vault``/``open_vault``/``open_vault_with_recovery`` unlock it and return a ``Vault``
(models.vault_core), which holds the raw key in a zeroable buffer, the SQLAlchemy engine and
the acting user until ``lock()``. This module stays light (no SQLAlchemy at import):
``open_vault`` runs the Argon2id derivation — which releases the GIL — on a worker thread while
the main thread imports SQLAlchemy and the store, so a command's start costs about the KDF
instead of the KDF plus half a second of imports. The work itself is in models.vault_ops.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models import keyslots as ks
from models.errors import VaultDamaged, VaultNotFound
from models.hardening import harden_process

if TYPE_CHECKING:
    from models.records import Role
    from models.vault_core import IntegrityReport, Vault

__all__ = [
    "IntegrityReport",
    "Vault",
    "create_vault",
    "list_slot_users",
    "open_vault",
    "open_vault_with_recovery",
    "restore_backup",
]
DB_FILE = "vault.db"  # the same name as models.vault_core.DB_FILE (a test keeps them equal)


def _vault_folder(path: Path | str) -> Path:
    folder = Path(path)
    if not (folder / ks.SLOT_FILE).is_file():
        raise VaultNotFound("There is no Workbench vault in that folder.")
    if not (folder / DB_FILE).is_file() or (folder / DB_FILE).stat().st_size == 0:
        raise VaultDamaged(backups_message())
    return folder


def backups_message() -> str:
    """Text for a vault whose database file is missing or unreadable."""
    return "The vault's database file is missing or damaged. Restore it from a backup."


def list_slot_users(path: Path | str) -> list[str]:
    """User names in the vault's slot file (readable without a passphrase, like a login list)."""
    return [s.name for s in ks.load_slots(_vault_folder(path)).users()]


def open_vault(path: Path | str, user: str, passphrase: str, *, read_only: bool = False,
               while_unlocking: Callable[[], object] | None = None) -> Vault:
    """Unlock as ``user``: WrongPassphrase, UnknownUser, VaultNotFound, VaultDamaged, VaultTooNew.

    ``read_only=True`` opens a damaged vault for reading (never written to) so data can be seen
    while a backup is restored. ``while_unlocking`` runs on the calling thread during the key
    derivation (a command imports what it will need there).
    """
    harden_process()
    folder = _vault_folder(path)
    slots = ks.load_slots(folder)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="workbench-kdf") as pool:
        unlocking = pool.submit(ks.unlock_keys, slots, user, ks.passphrase_bytes(passphrase))
        from models import store, vault_ops  # noqa: F401 - loaded while Argon2id runs
        from models.records import Role, User
        if while_unlocking is not None:
            while_unlocking()
        slot, keys = unlocking.result()
    return vault_ops.open_unlocked(folder, slots, keys, User(slot.id, slot.name, Role(slot.role)),
                                   read_only)


def create_vault(path: Path | str, user: str, role: Role | str, passphrase: str,
                 kdf_profile: str = "calibrated") -> tuple[Vault, str]:
    """Create a new vault folder with one user; returns the open vault and the recovery code."""
    from models import vault_ops

    return vault_ops.create_vault(path, user, role, passphrase, kdf_profile)


def open_vault_with_recovery(path: Path | str, code: str,
                             new_passphrase_for: tuple[str, str] | None = None) -> Vault:
    """Unlock with the recovery code; ``new_passphrase_for=(user, passphrase)`` resets that user."""
    from models import vault_ops

    return vault_ops.open_vault_with_recovery(path, code, new_passphrase_for)


def restore_backup(backup_dir: Path, vault_dir: Path, user: str | None = None,
                   passphrase: str | None = None) -> Path:
    """Swap a verified backup in for the vault's files (see models.backup.restore_backup)."""
    from models import backup

    return backup.restore_backup(backup_dir, vault_dir, user, passphrase)


def __getattr__(name: str) -> Any:
    # Vault and IntegrityReport stay importable from here without loading SQLAlchemy eagerly.
    if name in ("Vault", "IntegrityReport"):
        from models import vault_core

        return getattr(vault_core, name)
    raise AttributeError(name)
