"""The hub: the same store on PostgreSQL, where the server never reads a case.

``init_hub`` creates the schema (the vault's migrations), the first member and the recovery
slot; ``open_hub`` unlocks a member and returns a ``Hub``, which the operations layer uses as
it uses a ``Vault`` (operations.context.UnlockedVault).

Keys (docs/hub.md has the picture):
- each member's **slot** (``hub_members``) is a vault key slot: an X25519 keypair wrapped under
  Argon2id(passphrase), with kind, name and role as associated data — a role edited on the
  server breaks the unwrap; the member's **Ed25519 signing key** is wrapped under a key derived
  from the X25519 private key, so one passphrase derivation opens both;
- the **data keys** (models.hub_keys: one per key group × tier, per epoch) reach a member in a
  **bundle** sealed to the member's X25519 key and signed by whoever sealed it (a supervisor,
  or the member at ``init``); a bundle whose signature does not verify is refused, so the
  server cannot slip a member keys of its own;
- removing a member or changing a role **rotates** every key the member held: new epochs,
  new bundles for those who remain, the member's bundles deleted; ``reencrypt`` then moves old
  rows to the new epochs in the background, with progress, and old epochs are dropped when no
  row uses them.
"""

from __future__ import annotations

import base64
import json
import re
import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Engine, create_engine, delete, func, select, text

from models import field_cipher as fc
from models import hub_address, hub_keys, migrate
from models import keyslots as ks
from models.errors import (
    HubAsksForPassword,
    HubUnavailable,
    InvalidInput,
    NeedsConfirmation,
    NotFound,
    Tampered,
    UnknownUser,
    VaultLocked,
    WrongPassphrase,
)
from models.hardening import harden_process
from models.i18n import fill, translate
from models.records import Role, User
from models.rows import HubKeyBundleRow, HubMemberRow, HubMetaRow

if TYPE_CHECKING:
    from models.hub_check import HubIntegrityReport
    from models.store import Store

RECOVERY_NAME = "recovery"
_SIGN_INFO = b"workbench-hub-signing-wrap-v1"
_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _now() -> str:
    return datetime.now(UTC).isoformat()


def validate_member_name(name: str) -> str:
    """A hub member's name is also their database role: 1-40 lower-case letters, digits, '_'."""
    if not isinstance(name, str) or not _NAME.fullmatch(name) or name == RECOVERY_NAME:
        raise InvalidInput(translate("Hub",
                "A hub user name is 1 to 40 lower-case letters, digits or '_', starting with a "
                "letter (it is also the database role)."), field="user")
    return name


# --- connecting -------------------------------------------------------------------------------

def make_engine(address: str | hub_address.HubAddress, db_user: str,
                password: str | None = None) -> Engine:
    """An engine on the hub as database role ``db_user``; its dialect gets an empty key ring."""
    import psycopg

    where = address if isinstance(address, hub_address.HubAddress) else hub_address.parse(address)
    args = where.connect_args(db_user, password)
    # room for the caseload's sort by ref of wide (ciphertext) rows without spilling to disk
    args["options"] = " ".join(filter(None, [args.get("options"), f"-c work_mem={WORK_MEM}"]))

    def creator() -> Any:
        try:
            return psycopg.connect(**args)
        except psycopg.OperationalError as exc:
            said = str(exc)
            if "does not exist" in said and "role" in said or "not permitted to log in" in said:
                raise UnknownUser() from None  # no such member (or removed): as a wrong login
            raise _unreachable(where, exc) from None

    engine = create_engine("postgresql+psycopg://", creator=creator, pool_size=5, max_overflow=5)
    _ping_when_idle(engine)
    fc.attach(engine.dialect, fc.KeyRing())
    return engine


WORK_MEM = "16MB"  # per sort or hash of one session's query; PostgreSQL's default is 4MB
IDLE_PING_SECONDS = 0.25  # back-to-back calls skip it; anything after a pause is checked


def _ping_when_idle(engine: Engine) -> None:
    """Test a pooled connection before use only when it sat idle (a server restart or a
    dropped link shows there), not on every checkout: a round trip saved per store call."""
    import time

    from sqlalchemy import event as sa_event
    from sqlalchemy.exc import DisconnectionError

    @sa_event.listens_for(engine, "checkin")
    def _returned(_dbapi: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @sa_event.listens_for(engine, "checkout")
    def _taken(dbapi: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("idle_since")
        if since is None or time.monotonic() - since < IDLE_PING_SECONDS:
            return
        try:
            alive = engine.dialect.do_ping(dbapi)
        except Exception as exc:  # noqa: BLE001 - any failure: the pool makes a new connection
            raise DisconnectionError() from exc
        if not alive:
            raise DisconnectionError()


def _unreachable(where: hub_address.HubAddress, exc: Exception) -> HubUnavailable:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    said = lines[-1] if lines else type(exc).__name__
    if "password" in said.lower():  # libpq's own (English) words: no password, or a wrong one
        return HubAsksForPassword(fill(translate(
            "Hub", "The hub at %1 asks for a password: put it in a .pgpass file (or "
                   "PGPASSFILE), use a client certificate, or give it when asked."),
            where.display))
    return HubUnavailable(fill(translate(
        "Hub", "The hub at %1 cannot be reached (%2). Check the address and network."),
        where.display, said))


# --- bundles -----------------------------------------------------------------------------------

def _bundle_aad(member: HubMemberRow, generation: int) -> bytes:
    return f"workbench-hub-bundle-v1\0{member.name}\0{member.role}\0{generation}".encode()


def _seal_bundle(member: HubMemberRow, keys: dict[str, bytes], generation: int,
                 sealer: str, signer: Ed25519PrivateKey) -> str:
    public = _unb64(member.public_key)
    aad = _bundle_aad(member, generation)
    payload = json.dumps({k: _b64(v) for k, v in sorted(keys.items())}).encode()
    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes_raw()
    shared = eph.exchange(X25519PublicKey.from_public_bytes(public))
    wrap = HKDF(hashes.SHA256(), 32, eph_pub + public, b"workbench-hub-bundle" + aad).derive(shared)
    nonce = secrets.token_bytes(12)
    body = AESGCM(wrap).encrypt(nonce, payload, aad)
    sealed = {"eph": _b64(eph_pub), "nonce": _b64(nonce), "ct": _b64(body), "by": sealer}
    sealed["sig"] = _b64(signer.sign(_bundle_message(sealed, aad)))
    return json.dumps(sealed, sort_keys=True)


def _bundle_message(sealed: dict[str, str], aad: bytes) -> bytes:
    return aad + b"\0" + "\0".join(sealed[k] for k in ("eph", "nonce", "ct", "by")).encode()


def _open_bundle(member: HubMemberRow, row: HubKeyBundleRow, private: X25519PrivateKey,
                 signers: dict[str, tuple[str, Ed25519PublicKey]]) -> dict[str, bytes]:
    sealed = json.loads(row.sealed)
    aad = _bundle_aad(member, row.generation)
    sealer = signers.get(sealed.get("by", ""))
    if sealer is None or (sealer[0] != Role.SUPERVISOR.value and sealed["by"] != member.name):
        raise Tampered(fill(translate("Hub",
                "hub_key_bundles row %1: sealed by someone who may not give keys"),
                row.id))
    try:
        sealer[1].verify(_unb64(sealed["sig"]), _bundle_message(sealed, aad))
    except InvalidSignature:
        raise Tampered(fill(translate("Hub",
                "hub_key_bundles row %1: the signature does not verify"),
                row.id)) from None
    eph_pub = _unb64(sealed["eph"])
    shared = private.exchange(X25519PublicKey.from_public_bytes(eph_pub))
    wrap = HKDF(hashes.SHA256(), 32, eph_pub + _unb64(member.public_key),
                b"workbench-hub-bundle" + aad).derive(shared)
    try:
        payload = AESGCM(wrap).decrypt(_unb64(sealed["nonce"]), _unb64(sealed["ct"]), aad)
    except InvalidTag:
        raise Tampered(fill(translate("Hub",
                "hub_key_bundles row %1: does not decrypt"),
                row.id)) from None
    return {k: _unb64(v) for k, v in json.loads(payload).items()}


# --- member certificates -------------------------------------------------------------------------

def _cert_message(row: HubMemberRow) -> bytes:
    return "\0".join(("workbench-hub-member-v1", row.name, row.kind, row.role, row.public_key,
                      row.signing_key)).encode()


def _certify(row: HubMemberRow, by: str, signer: Ed25519PrivateKey) -> None:
    """Sign a member row: who they are, their role and keys, vouched for by ``by``."""
    row.certificate = json.dumps({"by": by, "sig": _b64(signer.sign(_cert_message(row)))},
                                 sort_keys=True)


def trusted_members(members: list[HubMemberRow], pinned: str | None
                    ) -> tuple[dict[str, HubMemberRow], HubMemberRow]:
    """The members whose rows chain back, by certificates, to the hub's first member.

    The first member (the lowest id that certified itself) is the root; its signing key is
    pinned on each workstation at first sight (``pinned``), and a different one is Tampered.
    A member is trusted when a trusted supervisor (or the recovery slot) certified its row as it
    now stands; rows the server slipped in or altered (a fake supervisor) are left out, so no
    bundle they seal and no entry they sign is accepted. Returns (trusted by name, the root).
    """
    def cert(row: HubMemberRow) -> dict[str, str]:
        try:
            found = json.loads(row.certificate or "{}")
            return found if isinstance(found, dict) else {}
        except ValueError:
            return {}

    def verifies(row: HubMemberRow, by: HubMemberRow) -> bool:
        try:
            key = Ed25519PublicKey.from_public_bytes(_unb64(by.signing_key))
            key.verify(_unb64(cert(row).get("sig", "")), _cert_message(row))
        except (InvalidSignature, ValueError):
            return False
        return True

    roots = sorted((m for m in members if m.kind == "user" and cert(m).get("by") == m.name
                    and verifies(m, m)), key=lambda m: m.id)
    if not roots:
        raise Tampered(translate("Hub",
                "hub_members: no first member certifies itself (altered on the server)"))
    root = roots[0]
    if pinned is not None and root.signing_key != pinned:
        raise Tampered(translate("Hub",
                "hub_members: the hub's first supervisor is not the one this workstation knows "
                "(replaced on the server)"))
    trusted = {root.name: root}
    grew = True
    while grew:
        grew = False
        for m in members:
            by = trusted.get(cert(m).get("by", ""))
            if m.name in trusted or by is None:
                continue
            if (by.role == Role.SUPERVISOR.value or by.kind == ks.RECOVERY) and verifies(m, by):
                trusted[m.name] = m
                grew = True
    return trusted, root


# --- member slots ------------------------------------------------------------------------------

def _sign_wrap_key(private: X25519PrivateKey, aad: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, None, _SIGN_INFO + aad).derive(private.private_bytes_raw())


@dataclass
class _Unlocked:
    member: HubMemberRow
    private: X25519PrivateKey
    signer: Ed25519PrivateKey


def _new_member(kind: str, member_id: int | None, name: str, role: str, secret: bytes,
                profile: str) -> tuple[HubMemberRow, X25519PrivateKey, Ed25519PrivateKey]:
    slot = ks.make_slot(kind, member_id or 0, name, role, secret, [], profile)
    private = ks.unlock_slot(slot, secret)
    signer = Ed25519PrivateKey.generate()
    nonce = secrets.token_bytes(12)
    wrapped_signer = AESGCM(_sign_wrap_key(private, slot.aad)).encrypt(
        nonce, signer.private_bytes_raw(), slot.aad)
    wrapped = ks._slot_json(slot)
    wrapped["signer_nonce"], wrapped["signer"] = _b64(nonce), _b64(wrapped_signer)
    row = HubMemberRow(name=name, kind=kind, role=role, public_key=_b64(slot.public),
                       signing_key=_b64(signer.public_key().public_bytes_raw()),
                       wrapped=json.dumps(wrapped, sort_keys=True), added_at=_now())
    if member_id is not None:
        row.id = member_id
    return row, private, signer


def _unlock_member(row: HubMemberRow, secret: bytes) -> _Unlocked:
    data = json.loads(row.wrapped)
    slot = ks._slot_from(data, unsealed_ok=True)
    if slot.name != row.name or slot.role != row.role or slot.kind != row.kind:
        raise Tampered(fill(translate("Hub",
                "hub_members row %1: name, kind or role changed on the server"),
                row.id))
    private = ks.unlock_slot(slot, secret)
    if private.public_key().public_bytes_raw() != _unb64(row.public_key):
        raise Tampered(fill(translate("Hub",
                "hub_members row %1: the public key was replaced on the server"),
                row.id))
    try:
        raw = AESGCM(_sign_wrap_key(private, slot.aad)).decrypt(
            _unb64(data["signer_nonce"]), _unb64(data["signer"]), slot.aad)
    except (InvalidTag, KeyError):
        raise Tampered(fill(translate("Hub",
                "hub_members row %1: the signing key does not unwrap"),
                row.id)) from None
    signer = Ed25519PrivateKey.from_private_bytes(raw)
    if signer.public_key().public_bytes_raw() != _unb64(row.signing_key):
        raise Tampered(fill(translate("Hub",
                "hub_members row %1: the signing key was replaced on the server"),
                row.id))
    return _Unlocked(row, private, signer)


# --- the hub -----------------------------------------------------------------------------------

class Hub:
    """An unlocked hub connection: engine, store and acting member, until ``lock()``."""

    def __init__(self, address: hub_address.HubAddress, engine: Engine, me: _Unlocked,
                 keys: dict[str, bytes], user: User, *, kdf_profile: str) -> None:
        self.address = address
        self._engine: Engine | None = engine
        self._me = me
        self._user = user
        self._kdf_profile = kdf_profile
        self._ring = fc.ring_of(engine.dialect)
        for key_id, raw in keys.items():
            self._ring.add(key_id, raw)
        self._store: Store | None = None
        self._keying = threading.RLock()
        self._public_keys: dict[str, Ed25519PublicKey] = {}
        self.read_only = False

    # -- state ---------------------------------------------------------------------------
    @property
    def path(self) -> str:
        """The hub's address as a person reads it (operations show it where a vault's folder goes)."""
        return self.address.display

    @property
    def locked(self) -> bool:
        """True after ``lock()``."""
        return self._engine is None

    @property
    def user(self) -> User:
        """The unlocked (acting) member."""
        self._live()
        return self._user

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine on the hub's PostgreSQL database."""
        self._live()
        assert self._engine is not None
        return self._engine

    @property
    def store(self) -> Store:
        """The store on the hub, acting as the unlocked member."""
        self._live()
        if self._store is None:
            from models.store import Store

            self._store = Store(self.engine, actor=self._user.name, check_read=self._live,
                                check_write=self._live, sign=self._sign,
                                check_signature=self._check_signature)
        return self._store

    def _live(self) -> None:
        if self._engine is None:
            raise VaultLocked(translate("Hub",
                    "The hub connection is locked. Unlock it to continue."))

    def lock(self) -> None:
        """Close the connections and zero every key; idempotent."""
        with self._keying:
            if self._engine is not None:
                try:  # this workstation remembers the chain heads it wrote (models.hub_check)
                    from models.hub_check import remember_heads

                    if self._store is not None and self._store.written_heads:
                        remember_heads(self, self._store.written_heads)
                except Exception:  # noqa: BLE001 - a lock never fails for a bookkeeping file
                    pass
                fc.forget_ids(self._engine.dialect)
                self._engine.dispose()
                self._engine = None
            self._ring.wipe()
            self._store = None
            from models.store_convert import forget_decoded

            forget_decoded()

    def __enter__(self) -> Hub:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.lock()

    def connections_lost(self) -> None:
        """The link to the server dropped (the listener saw it): close the pooled connections,
        so that the next store call opens a fresh one instead of failing on a dead one."""
        if self._engine is not None:
            self._engine.dispose(close=False)

    def holds(self, key_name: str) -> bool:
        """True when this member's keys open ``group.tier`` (models.hub_keys)."""
        return self._ring.holds(key_name)

    # -- signatures ----------------------------------------------------------------------
    def _sign(self, digest: str) -> str:
        return _b64(self._me.signer.sign(digest.encode("ascii")))

    def _check_signature(self, author: str, digest: str, signature: str | None) -> str | None:
        if signature is None:
            return "is not signed (every hub entry is)"
        key = self._public_keys.get(author)
        if key is None:
            self._load_public_keys()
            key = self._public_keys.get(author)
        if key is None:
            return f"names an author who is not a member ({author})"
        try:
            key.verify(_unb64(signature), digest.encode("ascii"))
        except (InvalidSignature, ValueError):
            return "has a signature that does not verify (altered on the server)"
        return None

    def _load_public_keys(self) -> None:
        from sqlalchemy.orm import Session

        from models.hub_check import pinned_root

        with Session(self.engine) as session:
            members = list(session.scalars(select(HubMemberRow)).all())
            hub_id = str(session.scalar(select(HubMetaRow.value)
                                        .where(HubMetaRow.key == "hub_id")))
        trusted, _root = trusted_members(members, pinned_root(hub_id))  # only certified sign
        self._public_keys = {m.name: Ed25519PublicKey.from_public_bytes(_unb64(m.signing_key))
                             for m in trusted.values()}

    # -- members -------------------------------------------------------------------------
    @contextmanager
    def _admin(self) -> Iterator[Any]:
        from sqlalchemy.orm import Session

        self._live()
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            session.execute(text("SELECT pg_advisory_xact_lock(87030001)"))  # one key change at a time
            yield session

    def users(self) -> list[User]:
        """Every current member, in the order they were added."""
        with self.engine.connect() as conn:
            found = conn.execute(select(HubMemberRow.id, HubMemberRow.name, HubMemberRow.role)
                                 .where(HubMemberRow.kind == "user",
                                        HubMemberRow.removed_at.is_(None))
                                 .order_by(HubMemberRow.id)).all()
        return [User(i, n, Role(r)) for i, n, r in found]

    def add_user(self, name: str, role: Role | str, passphrase: str) -> User:
        """A new member: a slot, a database role, and a bundle of what the role may read."""
        from models.vault_core import validate_passphrase, validate_role

        name, role = validate_member_name(name), validate_role(role)
        secret = validate_passphrase(passphrase)
        with self._keying, self._admin() as session:
            if session.scalar(select(HubMemberRow.id).where(HubMemberRow.name == name)):
                raise InvalidInput(translate("Hub",
                        "A user with that name already exists (or did: names of removed users are "
                        "kept for their signatures)."), field="user")
            row, _private, _signer = _new_member("user", None, name, role.value, secret,
                                                 self._kdf_profile)
            _certify(row, self._user.name, self._me.signer)
            session.add(row)
            session.flush()
            self._give_keys(session, row, self._current_generation(session))
            _create_db_role(session, name)
        self._public_keys = {}
        return User(row.id, name, role)

    def _current_generation(self, session: Any) -> int:
        value = session.scalar(select(HubMetaRow.value).where(HubMetaRow.key == "generation"))
        return int(value or 1)

    def _give_keys(self, session: Any, row: HubMemberRow, generation: int) -> None:
        wanted = hub_keys.all_key_names() if row.kind == ks.RECOVERY else \
            hub_keys.role_keys()[Role(row.role)]
        keys = {key_id: bytes(raw) for key_id, raw in self._ring.keys.items()
                if key_id.rsplit(".", 1)[0] in wanted}
        missing = {n for n in wanted if not self._ring.holds(n)}
        if missing:
            raise NeedsConfirmation(translate("Hub",
                    "Only a member who holds every key the new role reads can give them (a "
                    "supervisor)."))
        session.add(HubKeyBundleRow(member_id=row.id, generation=generation,
                                    sealed=_seal_bundle(row, keys, generation, self._user.name,
                                                        self._me.signer)))

    def change_passphrase(self, name: str, old: str, new: str) -> None:
        """Rewrap that member's slot only (WrongPassphrase if ``old`` does not open it)."""
        from models.vault_core import validate_passphrase

        secret = validate_passphrase(new)
        with self._admin() as session:
            row = session.scalar(select(HubMemberRow).where(HubMemberRow.name == name,
                                                            HubMemberRow.removed_at.is_(None)))
            if row is None:
                raise NotFound(translate("Hub",
                        "There is no user with that name."))
            data = json.loads(row.wrapped)
            slot = ks._slot_from(data, unsealed_ok=True)
            private = ks.unlock_slot(slot, ks.passphrase_bytes(old))
            ks.rewrap(slot, private, secret, ks.new_kdf(self._kdf_profile))
            fresh = ks._slot_json(slot)
            fresh["signer_nonce"], fresh["signer"] = data["signer_nonce"], data["signer"]
            row.wrapped = json.dumps(fresh, sort_keys=True)

    def remove_user(self, name: str) -> None:
        """Remove a member: their slot and bundles go, every key they held is rotated."""
        with self._keying:
            with self._admin() as session:
                row = _current_member(session, name)
                others = session.scalar(select(func.count()).select_from(HubMemberRow).where(
                    HubMemberRow.kind == "user", HubMemberRow.removed_at.is_(None),
                    HubMemberRow.id != row.id))
                if not others:
                    raise InvalidInput(translate("Hub",
                            "The last user cannot be removed; add another user first."),
                                       field="user")
                row.removed_at = _now()
                row.wrapped = json.dumps({"removed": True})
                session.execute(delete(HubKeyBundleRow).where(HubKeyBundleRow.member_id == row.id))
                self._rotate(session, hub_keys.role_keys()[Role(row.role)])
                _drop_db_role(session, name)
            self._pin_generation()

    def change_role(self, name: str, role: Role | str, passphrase: str) -> User:
        """Give a member another role: a new slot for it, and every key they held rotated.

        The role is bound into the slot, so the member's new slot is made with their
        passphrase (they type it, or a supervisor sets a new one for them to change).
        """
        from models.vault_core import validate_passphrase, validate_role

        role = validate_role(role)
        secret = validate_passphrase(passphrase)
        with self._keying:
            with self._admin() as session:
                row = _current_member(session, name)
                old_role = Role(row.role)
                fresh, _private, _signer = _new_member("user", row.id, name, role.value, secret,
                                                       self._kdf_profile)
                row.role, row.public_key = fresh.role, fresh.public_key
                row.signing_key, row.wrapped = fresh.signing_key, fresh.wrapped
                _certify(row, self._user.name, self._me.signer)
                session.execute(delete(HubKeyBundleRow).where(HubKeyBundleRow.member_id == row.id))
                session.flush()
                self._rotate(session, hub_keys.role_keys()[old_role])
            self._pin_generation()
        self._public_keys = {}
        return User(row.id, name, role)

    def rotate_keys(self, names: frozenset[str] | None = None) -> None:
        """New epochs for ``names`` (default: every key), sealed to every member who reads them."""
        with self._keying, self._admin() as session:
            self._rotate(session, names or hub_keys.all_key_names())
        self._pin_generation()

    def _pin_generation(self) -> None:
        """After a rotation this workstation wrote: remember the new key generation (models.
        hub_check.pin_generation), so that its rollback on the server shows here too."""
        from models.hub_check import pin_generation

        with self.engine.connect() as conn:
            meta = dict(conn.execute(select(HubMetaRow.key, HubMetaRow.value).where(
                HubMetaRow.key.in_(("hub_id", "generation")))).all())
        pin_generation(str(meta["hub_id"]), int(meta["generation"]))

    def _rotate(self, session: Any, names: frozenset[str]) -> None:
        for name in names:
            if not self._ring.holds(name):
                raise NeedsConfirmation(translate("Hub",
                        "Only a supervisor holds every key a rotation renews."))
        generation = self._current_generation(session) + 1
        for name in sorted(names):
            epoch = int(self._ring.current[name].rsplit(".", 1)[1]) + 1
            self._ring.add(f"{name}.{epoch}", secrets.token_bytes(32))
        members = session.scalars(select(HubMemberRow).where(HubMemberRow.removed_at.is_(None))
                                  ).all()
        session.execute(delete(HubKeyBundleRow))
        for member in members:
            self._give_keys(session, member, generation)
        _set_meta(session, "generation", str(generation))
        _set_meta(session, "reencrypt", "pending")

    # -- re-encryption and integrity ------------------------------------------------------
    def reencrypt(self, progress: Callable[[int, int], object] | None = None,
                  batch: int = 200) -> int:
        """Move every sealed value to its key's newest epoch, then drop epochs no row uses.

        ``progress(done, total)`` is called after each batch; returns how many rows changed.
        """
        from models.hub_check import reencrypt

        with self._keying:
            changed, used = reencrypt(self, progress, batch)
            with self._admin() as session:
                self._drop_old_epochs(session, used)
                _set_meta(session, "reencrypt", "done")
        self._pin_generation()
        return changed

    def _drop_old_epochs(self, session: Any, used: set[str]) -> None:
        old = {k for k in self._ring.keys
               if self._ring.current[k.rsplit(".", 1)[0]] != k and k not in used}
        if not old:
            return
        for key_id in old:
            raw = self._ring.keys.pop(key_id)
            raw[:] = bytes(len(raw))
            self._ring._ciphers.pop(key_id, None)
        generation = self._current_generation(session) + 1
        members = session.scalars(select(HubMemberRow).where(HubMemberRow.removed_at.is_(None))
                                  ).all()
        session.execute(delete(HubKeyBundleRow))
        for member in members:
            self._give_keys(session, member, generation)
        _set_meta(session, "generation", str(generation))

    def check(self) -> HubIntegrityReport:
        """Verify every row's encryption and seal, the signed chains, and deleted rows."""
        from models.hub_check import check_hub

        return check_hub(self)

    def backup(self, out_path: Path | None = None) -> Path:
        """A hub is backed up by its server's tools, or pulled into a local vault."""
        raise InvalidInput(translate("Hub",
                "A hub is backed up on its server (pg_basebackup, WAL archiving), or copied to a "
                "local vault with 'workbench hub pull'."), field="hub")


def _current_member(session: Any, name: str) -> HubMemberRow:
    """The current (not removed) user member of that name, or NotFound."""
    row: HubMemberRow | None = session.scalar(select(HubMemberRow).where(
        HubMemberRow.name == name, HubMemberRow.kind == "user", HubMemberRow.removed_at.is_(None)))
    if row is None:
        raise NotFound(translate("Hub",
                "There is no user with that name."))
    return row


def _set_meta(session: Any, key: str, value: str) -> None:
    row = session.get(HubMetaRow, key)
    if row is None:
        session.add(HubMetaRow(key=key, value=value))
    else:
        row.value = value


def _create_db_role(session: Any, name: str) -> None:
    # the member's own database role, in the hub's member group (models.hub_rls grants it);
    # skipped when the connecting role may not create roles (the server's admin does it then)
    may = session.scalar(text("SELECT rolcreaterole OR rolsuper FROM pg_roles "
                              "WHERE rolname = current_user"))
    exists = session.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
    if may and not exists:
        session.execute(text(f'CREATE ROLE "{name}" LOGIN'))
    elif may:  # a role of the same name (this server's other hub, or an earlier member)
        session.execute(text(f'ALTER ROLE "{name}" LOGIN'))
    if may:
        from models.hub_rls import grant_member

        grant_member(session, name)


def _drop_db_role(session: Any, name: str) -> None:
    # the removed member's database role loses the member group at once (privileges are
    # checked per statement, so an open session of theirs can do nothing more) and its login
    from models.hub_rls import GROUP

    may = session.scalar(text("SELECT rolcreaterole OR rolsuper FROM pg_roles "
                              "WHERE rolname = current_user"))
    if may and name != session.scalar(text("SELECT current_user")):
        session.execute(text(f'REVOKE {GROUP} FROM "{name}"'))
        session.execute(text(f'ALTER ROLE "{name}" NOLOGIN'))


# --- creating and opening -------------------------------------------------------------------------

def init_hub(address: str, user: str, role: Role | str, passphrase: str, *,
             kdf_profile: str = "calibrated", db_password: str | None = None) -> tuple[Hub, str]:
    """Create the schema, the first member and the recovery slot; returns (hub, recovery code)."""
    from sqlalchemy.orm import Session

    from models.vault_core import validate_passphrase, validate_role

    harden_process()
    where = hub_address.parse(address)
    name, role = validate_member_name(user), validate_role(role)
    if role != Role.SUPERVISOR:
        raise InvalidInput(translate("Hub",
                "The first user of a hub is its supervisor, who adds the others (--role "
                "supervisor)."), field="role")
    secret = validate_passphrase(passphrase)
    engine = make_engine(where, name, db_password)
    try:
        migrate.upgrade(engine)
        code = ks.new_recovery_code()
        keys = {f"{n}.1": secrets.token_bytes(32) for n in hub_keys.all_key_names()}
        with Session(engine, expire_on_commit=False) as session, session.begin():
            session.execute(text("SELECT pg_advisory_xact_lock(87030001)"))
            if session.scalar(select(func.count()).select_from(HubMemberRow)):
                raise InvalidInput(translate("Hub",
                        "That database is already a hub; open it instead."), field="hub")
            recovery, _rp, _rs = _new_member(ks.RECOVERY, None, RECOVERY_NAME,
                                             Role.SUPERVISOR.value, ks.recovery_bytes(code),
                                             kdf_profile)
            first, private, signer = _new_member("user", None, name, role.value, secret,
                                                 kdf_profile)
            _certify(first, name, signer)
            _certify(recovery, name, signer)
            session.add_all([recovery, first])
            session.flush()
            mine = {k: v for k, v in keys.items()
                    if k.rsplit(".", 1)[0] in hub_keys.role_keys()[role]}
            session.add(HubKeyBundleRow(member_id=first.id, generation=1,
                                        sealed=_seal_bundle(first, mine, 1, name, signer)))
            session.add(HubKeyBundleRow(member_id=recovery.id, generation=1,
                                        sealed=_seal_bundle(recovery, keys, 1, name, signer)))
            _set_meta(session, "hub_id", secrets.token_hex(16))
            _set_meta(session, "generation", "1")
            from models.hub_rls import install_policies

            install_policies(session, name)
        hub = Hub(where, engine, _Unlocked(first, private, signer), mine,
                  User(first.id, name, role), kdf_profile=kdf_profile)
        return hub, code
    except BaseException:
        engine.dispose()
        raise


def open_hub(address: str, user: str, passphrase: str, *, db_password: str | None = None,
             db_user: str | None = None) -> Hub:
    """Unlock as ``user``: UnknownUser, WrongPassphrase, HubUnavailable, Tampered, VaultTooNew."""
    harden_process()
    where = hub_address.parse(address)
    engine = make_engine(where, db_user or user, db_password)
    try:
        return _open(where, engine, user, ks.passphrase_bytes(passphrase), "user")
    except BaseException:
        engine.dispose()
        raise


def open_hub_with_recovery(address: str, code: str, *, db_user: str,
                           db_password: str | None = None) -> Hub:
    """Unlock with the recovery code (a supervisor's view of every key), as ``db_user``."""
    harden_process()
    where = hub_address.parse(address)
    engine = make_engine(where, db_user, db_password)
    try:
        return _open(where, engine, RECOVERY_NAME, ks.recovery_bytes(code), ks.RECOVERY)
    except BaseException:
        engine.dispose()
        raise


def _open(where: hub_address.HubAddress, engine: Engine, name: str, secret: bytes,
          kind: str) -> Hub:
    from sqlalchemy.orm import Session

    if migrate.plan(engine) == "behind":
        migrate.upgrade(engine)
        # tables a migration added need the members' grants and row policies too
        from models.hub_rls import install_policies

        with Session(engine) as session, session.begin():
            install_policies(session, name)
    with Session(engine) as session:
        row = session.scalar(select(HubMemberRow).where(
            HubMemberRow.name == name, HubMemberRow.kind == kind,
            HubMemberRow.removed_at.is_(None)))
        if row is None:
            raise UnknownUser()
        me = _unlock_member(row, secret)
        members = list(session.scalars(select(HubMemberRow)).all())
        hub_id = str(session.scalar(select(HubMetaRow.value).where(HubMetaRow.key == "hub_id")))
        from models.hub_check import pin_generation, pin_root, pinned_generation, pinned_root

        trusted, root = trusted_members(members, pinned_root(hub_id))
        if row.name not in trusted:
            raise Tampered(fill(translate("Hub",
                    "hub_members row %1: this member's row is not certified by a supervisor "
                    "(altered on the server)"),
                    row.id))
        pin_root(hub_id, root.signing_key)
        signers = {m.name: (m.role if m.kind == "user" else Role.SUPERVISOR.value,
                            Ed25519PublicKey.from_public_bytes(_unb64(m.signing_key)))
                   for m in trusted.values()}
        bundles = session.scalars(select(HubKeyBundleRow).where(
            HubKeyBundleRow.member_id == row.id).order_by(HubKeyBundleRow.generation)).all()
        keys: dict[str, bytes] = {}
        for bundle in bundles:
            keys.update(_open_bundle(row, bundle, me.private, signers))
        newest = max((b.generation for b in bundles), default=0)
        if bundles and newest < pinned_generation(hub_id):
            raise Tampered(fill(translate("Hub",
                    "hub_key_bundles: this member's newest key bundle is of generation %1, but "
                    "this workstation has opened the hub at generation %2: newer bundles were "
                    "removed on the server (a rollback of a key rotation). Tell the hub's "
                    "supervisor."),
                    newest, pinned_generation(hub_id)))
        if bundles:
            pin_generation(hub_id, newest)
        session.expunge_all()
    if not keys:
        raise WrongPassphrase(translate("Hub",
                "This user holds no keys of the hub yet; ask a supervisor."))
    user = User(row.id, row.name, Role(row.role))
    return Hub(where, engine, me, keys, user, kdf_profile="fast" if
               json.loads(row.wrapped)["kdf"]["t"] <= 3 else "calibrated")
