"""The unlocked vault: key buffer, engine, store and key slots until ``lock()``.

User management lives here because every change is a key-slot change: adding a user seals the
database key to a new slot, a passphrase change rewraps one slot, and removing a user rotates
the key (``rotate_key``) so the removed slot stops working. ``models.vault`` opens vaults.
"""

from __future__ import annotations

import re
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

from models import backup as backups
from models import keyslots as ks
from models import migrate
from models.connection import connect, integrity_errors, make_engine, run_secret
from models.errors import InvalidInput, NotFound, VaultDamaged, VaultLocked
from models.hardening import SecretKey
from models.i18n import fill, translate
from models.records import Role, User

if TYPE_CHECKING:
    from models.store import Store

DB_FILE = backups.DB_FILE
MIN_PASSPHRASE = 10
RECOVERY_USER = User(id=0, name="recovery", role=Role.SUPERVISOR)
_NAME = re.compile(r"[A-Za-z0-9._-]{1,40}")
PAGE_RE = re.compile(r"page (\d+)")


@dataclass(frozen=True, slots=True)
class IntegrityReport:
    """What ``Vault.check`` found; ``ok`` only when every check passed."""

    cipher_errors: tuple[str, ...]
    integrity_errors: tuple[str, ...]
    schema_revision: str | None
    head_revision: str | None
    damaged_pages: tuple[int, ...] = ()

    @property
    def ok(self) -> bool:
        """True when the file decrypts and authenticates and SQLite finds no damage."""
        return not self.cipher_errors and not self.integrity_errors

    def to_json(self) -> dict[str, Any]:
        """Plain JSON-able form (for the CLI's ``check --json``)."""
        return {"ok": self.ok, "cipher_errors": list(self.cipher_errors),
                "integrity_errors": list(self.integrity_errors),
                "schema_revision": self.schema_revision, "head_revision": self.head_revision,
                "damaged_pages": list(self.damaged_pages), "message": self.message}

    @property
    def message(self) -> str:
        """A line for a person: fine, or what is damaged and what to do."""
        if self.ok:
            return "The vault passed its integrity check."
        pages = ", ".join(str(p) for p in self.damaged_pages)
        where = f" (damaged page {pages})" if pages else ""
        return f"The vault file is damaged{where}. Restore it from a backup."


def validate_user_name(name: str) -> str:
    """1-40 letters, digits, '.', '_' or '-'; "recovery" is reserved."""
    if not isinstance(name, str) or not _NAME.fullmatch(name) or name == RECOVERY_USER.name:
        raise InvalidInput(translate("VaultCore",
                "A user name is 1 to 40 letters, digits, '.', '_' or '-'."), field="user")
    return name


def validate_role(role: Role | str) -> Role:
    """One of records.Role."""
    try:
        return Role(role)
    except ValueError:
        allowed = ", ".join(r.value for r in Role)
        raise InvalidInput(fill(translate("VaultCore",
                "Unknown role; use one of: %1."),
                allowed), field="role") from None


def validate_passphrase(passphrase: str) -> bytes:
    """At least 10 characters; returned as normalised bytes for the KDF."""
    if not isinstance(passphrase, str) or len(passphrase.strip()) < MIN_PASSPHRASE:
        raise InvalidInput(
            fill(translate("VaultCore",
                "A passphrase needs at least %1 characters; a few unrelated words work well."),
                MIN_PASSPHRASE),
            field="passphrase",
        )
    return ks.passphrase_bytes(passphrase)


class Vault:
    """An unlocked vault: engine, store and acting user, until ``lock()``."""

    def __init__(self, folder: Path, slots: ks.SlotFile, key: SecretKey, user: User,
                 *, read_only: bool = False) -> None:
        self._folder = folder
        self._slots = slots
        self._key = key
        self._user = user
        self.read_only = read_only
        self._engine: Engine | None = make_engine(folder / DB_FILE, key, read_only=read_only)
        self._store: Store | None = None
        # A lock() arriving while a key rotation runs on a worker thread waits for it to end:
        # otherwise the rotation would finish after the lock and leave a live key behind.
        self._keying = threading.RLock()

    # -- state ---------------------------------------------------------------------------
    @property
    def path(self) -> Path:
        """The vault folder."""
        return self._folder

    @property
    def locked(self) -> bool:
        """True after ``lock()``."""
        return not self._key.live

    @property
    def user(self) -> User:
        """The unlocked (acting) user."""
        self._live()
        return self._user

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine over this vault's SQLCipher connections."""
        self._live()
        assert self._engine is not None
        return self._engine

    @property
    def store(self) -> Store:
        """The store bound to this vault's engine, acting as the unlocked user."""
        self._live()
        if self._store is None:
            from models.store import Store  # written in parallel; imported only when used

            self._store = Store(self.engine, actor=self._user.name, check_read=self._live,
                                check_write=self._writable)
        return self._store

    def _live(self) -> None:
        if not self._key.live:
            raise VaultLocked(translate("VaultCore",
                    "The vault is locked. Unlock it to continue."))

    def _writable(self) -> None:
        self._live()
        if self.read_only:
            raise VaultDamaged(translate("VaultCore",
                    "The vault is open read-only because it is damaged; restore it first."))

    def lock(self) -> None:
        """Dispose the engine, drop the store and zero the key; idempotent.

        Waits for a key rotation under way on another thread (it takes one rekey).
        """
        with self._keying:
            self._lock_now()

    def _lock_now(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        self._store = None
        self._key.wipe()
        from models.store_convert import forget_decoded

        forget_decoded()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.lock()

    # -- users ---------------------------------------------------------------------------
    def users(self) -> list[User]:
        """Every user with a key slot, in the order they were added."""
        self._live()
        return [User(s.id, s.name, Role(s.role)) for s in self._slots.users()]

    def add_user(self, name: str, role: Role | str, passphrase: str) -> User:
        """Give a new user their own key slot."""
        self._writable()
        name, role = validate_user_name(name), validate_role(role)
        secret = validate_passphrase(passphrase)
        if any(s.name == name for s in self._slots.users()):
            raise InvalidInput(translate("VaultCore",
                    "A user with that name already exists."), field="user")
        slot = ks.make_slot("user", self._slots.next_id, name, role.value, secret,
                            [self._key.raw()], self._slots.kdf_profile)
        self._slots.slots.append(slot)
        self._slots.next_id += 1
        ks.save_slots(self._folder, self._slots)
        return User(slot.id, name, role)

    def change_passphrase(self, name: str, old: str, new: str) -> None:
        """Rewrap that user's slot only (WrongPassphrase if ``old`` does not open it)."""
        self._writable()
        secret = validate_passphrase(new)
        slot = self._slots.user(name)
        private = ks.unlock_slot(slot, ks.passphrase_bytes(old))
        ks.rewrap(slot, private, secret, ks.new_kdf(self._slots.kdf_profile))
        ks.save_slots(self._folder, self._slots)

    def _reset_slot(self, name: str, secret: bytes) -> None:
        # Recovery only: the old passphrase is lost, so the user gets a fresh keypair and slot,
        # and the vault then acts as that user.
        self._writable()
        old = self._slots.user(name)
        fresh = ks.make_slot("user", old.id, old.name, old.role, secret, [self._key.raw()],
                             self._slots.kdf_profile)
        self._slots.slots[self._slots.slots.index(old)] = fresh
        ks.save_slots(self._folder, self._slots)
        self._user = User(old.id, old.name, Role(old.role))
        self._store = None

    def remove_user(self, name: str) -> None:
        """Delete the user's slot and rotate the database key (refuses the last user)."""
        with self._keying:
            self._writable()
            remaining = [s for s in self._slots.slots
                         if not (s.kind == "user" and s.name == name)]
            if len(remaining) == len(self._slots.slots):
                raise NotFound(translate("VaultCore",
                        "There is no user with that name."))
            if not any(s.kind == "user" for s in remaining):
                raise InvalidInput(translate("VaultCore",
                        "The last user cannot be removed; add another user first."),
                                   field="user")
            self._slots.slots = remaining
            self._rotate()

    def rotate_key(self) -> None:
        """Replace the database key with a new random one, sealed to every remaining slot."""
        with self._keying:
            self._rotate()

    def _rotate(self) -> None:
        self._writable()
        # Crash safety: the slot file holds [new, old] until the rekey is done, and the opener
        # tries both (then finishes the rotation), so a crash at any point leaves an openable vault.
        new = SecretKey(secrets.token_bytes(32))
        for slot in self._slots.slots:
            ks.reseal(slot, [new.raw(), self._key.raw()])
        ks.save_slots(self._folder, self._slots)
        assert self._engine is not None
        self._engine.dispose()
        rekey(self._folder / DB_FILE, self._key, new)
        for slot in self._slots.slots:
            ks.reseal(slot, [new.raw()])
        ks.save_slots(self._folder, self._slots)
        self._key.wipe()
        self._key = new
        self._engine = make_engine(self._folder / DB_FILE, new)
        self._store = None

    # -- integrity and backups -----------------------------------------------------------
    def check(self) -> IntegrityReport:
        """cipher_integrity_check + integrity_check + schema revision, naming damaged pages."""
        raw = self.engine.raw_connection()  # a pooled connection sees what the pool wrote
        try:
            cipher, plain = integrity_errors(raw.driver_connection)
        finally:
            raw.close()
        pages = sorted({int(m) for line in cipher + plain for m in PAGE_RE.findall(line)})
        revision = migrate.current_revision(self.engine) if not cipher and not plain else None
        return IntegrityReport(tuple(cipher), tuple(plain), revision, migrate.head_revision(),
                               tuple(pages))

    def backup(self, out_path: Path | None = None) -> Path:
        """An encrypted backup folder (default: a new one under ``backups/``); returns its path."""
        self._writable()
        target = Path(out_path) if out_path else self._folder / backups.BACKUPS_DIR / backups.backup_name()
        return backups.make_backup(self._folder, self._key, target)


def rekey(db_path: Path, old: SecretKey, new: SecretKey) -> None:
    """Re-encrypt every page under ``new`` in one WAL transaction (old or new, never a mix)."""
    conn = connect(db_path, old)
    try:
        run_secret(conn, "PRAGMA rekey = " + new.pragma_literal())
    finally:
        conn.close()
