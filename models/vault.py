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
from models.i18n import fill, translate

if TYPE_CHECKING:
    from models.records import Role
    from models.vault_core import IntegrityReport, Vault

__all__ = [
    "IntegrityReport",
    "Vault",
    "create_vault",
    "list_slot_users",
    "mark_pulled_copy",
    "open_vault",
    "open_vault_with_recovery",
    "pulled_copy",
    "restore_backup",
]
DB_FILE = "vault.db"  # the same name as models.vault_core.DB_FILE (a test keeps them equal)
# written by `workbench hub pull`: the folder is a read-only copy of a hub
PULLED_MARKER = "pulled-from-hub.json"


def _vault_folder(path: Path | str) -> Path:
    folder = Path(path)
    if not (folder / ks.SLOT_FILE).is_file():
        raise VaultNotFound(translate("Vault",
                "There is no Workbench vault in that folder."))
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
    pulled = pulled_copy(folder)
    vault = vault_ops.open_unlocked(folder, slots, keys, User(slot.id, slot.name, Role(slot.role)),
                                    read_only or pulled is not None)
    if pulled is not None:
        _refuse_writes(vault, pulled)
    return vault


def pulled_copy(path: Path | str) -> dict[str, str] | None:
    """What the pulled-copy marker says (``hub``, ``pulled_at``), or None for a vault of its own."""
    import json

    marker = Path(path) / PULLED_MARKER
    if not marker.is_file():
        return None
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    return {"hub": str(data.get("hub", "a hub")), "pulled_at": str(data.get("pulled_at", ""))}


def mark_pulled_copy(path: Path | str, hub: str, pulled_at: str) -> None:
    """Mark the vault folder as a read-only copy of ``hub`` (an address without parameters)."""
    import json

    (Path(path) / PULLED_MARKER).write_text(json.dumps({"hub": hub, "pulled_at": pulled_at}),
                                            encoding="utf-8")


def _refuse_writes(vault: Vault, pulled: dict[str, str]) -> None:
    # the vault's own guard says "damaged"; a pulled copy says what it is instead
    from models.errors import PermissionDenied

    def writable() -> None:
        vault._live()
        raise PermissionDenied(
            fill(translate("Vault",
                "This vault is a read-only copy of the hub %1 (pulled %2 UTC). Make changes on "
                "the hub itself (give the hub address where a command takes VAULT); to move a "
                "vault of your own into a hub, use 'workbench hub push VAULT ADDRESS'."),
                pulled['hub'], pulled['pulled_at'][:16].replace('T', ' ')))

    vault._writable = writable  # type: ignore[method-assign]


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
