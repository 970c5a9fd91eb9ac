"""Key slots: the vault's database key sealed to one X25519 keypair per user plus a recovery slot.

Each slot's private key is wrapped with AES-256-GCM under a KEK = Argon2id(passphrase, salt).
The database key is sealed to every slot's public key (ephemeral X25519 + HKDF-SHA256 +
AES-256-GCM), so the key can be rotated without anyone's passphrase. Kind, name and role are
the associated data: editing a role in the file breaks the unwrap. During a rotation every slot
carries ``[new, previous]`` sealed keys; the opener tries them in order (SECURITY.md control 1).
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import secrets
import tempfile
import time
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from _argon2_cffi_bindings import ffi as argon2_ffi  # the binding argon2-cffi itself calls
from _argon2_cffi_bindings import lib as argon2_lib
from argon2.exceptions import HashingError
from argon2.low_level import ARGON2_VERSION, Type, error_to_str
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from models.errors import (
    InvalidInput,
    UnknownUser,
    VaultDamaged,
    VaultTooNew,
    WrongPassphrase,
)
from models.i18n import fill, translate

SLOT_FILE = "keyslots.json"
FORMAT = 1
MIN_MEMORY_KIB = 64 * 1024  # 64 MiB, never less (SECURITY.md control 1)
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_TIME_COST = 1000
TARGET_SECONDS = 0.5
KDF_PROFILES = ("calibrated", "fast")
RECOVERY = "recovery"
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RECOVERY_GROUPS, _GROUP_LEN = 6, 5  # 30 chars x 5 bits = 150 random bits
TOO_NEW = "This vault was written by a newer Workbench; update Workbench to open it."
_DAMAGED = "The vault's key slot file is damaged. Restore the vault from a backup."


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id parameters stored with each slot."""

    salt: bytes
    time_cost: int
    memory_kib: int = MIN_MEMORY_KIB
    parallelism: int = 1

    def derive(self, secret: bytes) -> bytes:
        """The 32-byte key-encryption key for ``secret``.

        argon2-cffi's ``hash_secret_raw`` copies the secret into a C buffer it frees without
        wiping; this calls the same binding with a buffer of ours that is zeroed afterwards, so
        unlocks do not leave passphrase copies behind in freed memory.
        """
        size = len(secret)
        pwd = argon2_ffi.new("uint8_t[]", max(size, 1))
        out = argon2_ffi.new("uint8_t[]", 32)
        argon2_ffi.memmove(pwd, secret, size)
        try:
            rv = argon2_lib.argon2_hash(
                self.time_cost, self.memory_kib, self.parallelism, pwd, size,
                self.salt, len(self.salt), out, 32, argon2_ffi.NULL, 0, Type.ID.value,
                ARGON2_VERSION)
        finally:
            argon2_ffi.memmove(pwd, bytes(size), size)
        if rv != argon2_lib.ARGON2_OK:
            raise HashingError(error_to_str(rv))
        return bytes(argon2_ffi.buffer(out, 32))


@cache
def calibrated_time_cost(target: float = TARGET_SECONDS) -> int:
    """Argon2id time cost at 64 MiB that takes about ``target`` seconds here (once per process)."""
    probe = KdfParams(salt=b"\0" * 16, time_cost=1)
    t0 = time.perf_counter()
    probe.derive(b"calibration")
    one = time.perf_counter() - t0
    t0 = time.perf_counter()
    KdfParams(salt=b"\0" * 16, time_cost=3).derive(b"calibration")
    three = time.perf_counter() - t0
    per_pass = max((three - one) / 2, 1e-3)  # t=1 also pays the fixed cost of filling memory
    return max(2, min(MAX_TIME_COST, round(1 + (target - one) / per_pass)))


def new_kdf(profile: str) -> KdfParams:
    """Fresh parameters with a unique salt: "calibrated" (~0.5 s) or "fast" (t=1, tests/demo)."""
    if profile not in KDF_PROFILES:
        raise InvalidInput(fill(translate("Keyslots",
                "Unknown key-derivation profile; use one of %1."),
                KDF_PROFILES))
    cost = 1 if profile == "fast" else calibrated_time_cost()
    return KdfParams(salt=secrets.token_bytes(16), time_cost=cost)


def passphrase_bytes(passphrase: str) -> bytes:
    """NFC-normalised UTF-8, so the same typed passphrase works on every OS keyboard."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def new_recovery_code() -> str:
    """A printable code of 150 random bits: six groups of five Crockford base32 characters."""
    chars = [secrets.choice(_CROCKFORD) for _ in range(_RECOVERY_GROUPS * _GROUP_LEN)]
    groups = ["".join(chars[i : i + _GROUP_LEN]) for i in range(0, len(chars), _GROUP_LEN)]
    return "-".join(groups)


def recovery_bytes(code: str) -> bytes:
    """Canonical form of a typed code: case, spaces and dashes ignored; O→0, I/L→1."""
    text = "".join(ch for ch in code.upper() if ch not in " -\t\n")
    text = text.translate(str.maketrans("OIL", "011"))
    if len(text) != _RECOVERY_GROUPS * _GROUP_LEN or any(ch not in _CROCKFORD for ch in text):
        raise WrongPassphrase(translate("Keyslots",
                "That is not a recovery code of this format. Check it and try again."))
    return text.encode("ascii")


@dataclass(frozen=True, slots=True)
class Sealed:
    """The database key sealed to a slot's public key."""

    ephemeral: bytes
    nonce: bytes
    ciphertext: bytes


@dataclass(slots=True)
class Slot:
    """One user's (or the recovery) key slot."""

    kind: str  # "user" | "recovery"
    id: int
    name: str
    role: str
    kdf: KdfParams
    public: bytes
    wrap_nonce: bytes
    wrapped_private: bytes
    sealed: list[Sealed] = field(default_factory=list)

    @property
    def aad(self) -> bytes:
        """Associated data binding every ciphertext in the slot to its kind, name and role."""
        return f"workbench-slot-v1\0{self.kind}\0{self.name}\0{self.role}".encode()


def _seal_key(public: bytes, db_key: bytes | bytearray, aad: bytes) -> Sealed:
    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes_raw()
    shared = eph.exchange(X25519PublicKey.from_public_bytes(public))
    wrap_key = _hkdf(shared, eph_pub + public, aad)
    nonce = secrets.token_bytes(12)
    return Sealed(eph_pub, nonce, AESGCM(wrap_key).encrypt(nonce, bytes(db_key), aad))


def _hkdf(shared: bytes, salt: bytes, aad: bytes) -> bytes:
    kdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"workbench-seal-v1" + aad)
    return kdf.derive(shared)


def make_slot(kind: str, slot_id: int, name: str, role: str, secret: bytes,
              db_keys: list[bytearray], profile: str) -> Slot:
    """A new slot for ``secret`` (passphrase or recovery bytes) sealing each of ``db_keys``."""
    kdf = new_kdf(profile)
    private = X25519PrivateKey.generate()
    public = private.public_key().public_bytes_raw()
    slot = Slot(kind, slot_id, name, role, kdf, public, b"", b"")
    rewrap(slot, private, secret, kdf)
    slot.sealed = [_seal_key(public, key, slot.aad) for key in db_keys]
    return slot


def rewrap(slot: Slot, private: X25519PrivateKey, secret: bytes, kdf: KdfParams) -> None:
    """Wrap ``private`` under a KEK derived from ``secret`` (a passphrase change touches only this)."""
    slot.kdf = kdf
    slot.wrap_nonce = secrets.token_bytes(12)
    slot.wrapped_private = AESGCM(kdf.derive(secret)).encrypt(
        slot.wrap_nonce, private.private_bytes_raw(), slot.aad)


def unlock_slot(slot: Slot, secret: bytes) -> X25519PrivateKey:
    """The slot's private key; a failed GCM unwrap is WrongPassphrase (nothing else happens)."""
    try:
        raw = AESGCM(slot.kdf.derive(secret)).decrypt(slot.wrap_nonce, slot.wrapped_private, slot.aad)
    except InvalidTag:
        raise WrongPassphrase() from None
    return X25519PrivateKey.from_private_bytes(raw)


def unseal_keys(slot: Slot, private: X25519PrivateKey) -> list[bytearray]:
    """Every database key sealed in the slot, newest first (VaultDamaged if one is corrupt)."""
    keys = []
    for sealed in slot.sealed:
        shared = private.exchange(X25519PublicKey.from_public_bytes(sealed.ephemeral))
        wrap_key = _hkdf(shared, sealed.ephemeral + slot.public, slot.aad)
        try:
            keys.append(bytearray(AESGCM(wrap_key).decrypt(sealed.nonce, sealed.ciphertext, slot.aad)))
        except InvalidTag:
            raise VaultDamaged(_DAMAGED) from None
    return keys


def reseal(slot: Slot, db_keys: list[bytearray]) -> None:
    """Seal ``db_keys`` (newest first) to the slot's public key, replacing what it held."""
    slot.sealed = [_seal_key(slot.public, key, slot.aad) for key in db_keys]


@dataclass(slots=True)
class SlotFile:
    """All slots of one vault, loaded from and saved to ``keyslots.json``."""

    slots: list[Slot]
    next_id: int
    kdf_profile: str = "calibrated"  # profile for slots added later (a "fast" demo vault stays fast)

    def user(self, name: str) -> Slot:
        """The user's slot; UnknownUser (reads like a wrong passphrase) if there is none."""
        for slot in self.slots:
            if slot.kind == "user" and slot.name == name:
                return slot
        raise UnknownUser()

    def users(self) -> list[Slot]:
        """User slots in creation order."""
        return [s for s in self.slots if s.kind == "user"]

    def recovery(self) -> Slot:
        """The recovery slot."""
        found = [s for s in self.slots if s.kind == RECOVERY]
        if len(found) != 1:
            raise VaultDamaged(_DAMAGED)
        return found[0]

    def to_json(self) -> dict[str, Any]:
        """Plain JSON-able form (bytes as base64)."""
        return {"format": FORMAT, "next_id": self.next_id, "kdf_profile": self.kdf_profile,
                "slots": [_slot_json(s) for s in self.slots]}


def _slot_json(s: Slot) -> dict[str, Any]:
    kdf = {"alg": "argon2id", "salt": _b64(s.kdf.salt), "t": s.kdf.time_cost,
           "m": s.kdf.memory_kib, "p": s.kdf.parallelism}
    sealed = [{"eph": _b64(x.ephemeral), "nonce": _b64(x.nonce), "ct": _b64(x.ciphertext)}
              for x in s.sealed]
    return {"kind": s.kind, "id": s.id, "name": s.name, "role": s.role, "kdf": kdf,
            "public": _b64(s.public), "wrap_nonce": _b64(s.wrap_nonce),
            "wrapped_private": _b64(s.wrapped_private), "sealed": sealed}


def _slot_from(d: dict[str, Any], *, unsealed_ok: bool = False) -> Slot:
    k = d["kdf"]
    kdf = KdfParams(_unb64(k["salt"]), int(k["t"]), int(k["m"]), int(k["p"]))
    bad_kdf = (k["alg"] != "argon2id" or len(kdf.salt) != 16 or not 1 <= kdf.time_cost <= MAX_TIME_COST
               or not MIN_MEMORY_KIB <= kdf.memory_kib <= MAX_MEMORY_KIB or not 1 <= kdf.parallelism <= 16)
    sealed = [Sealed(_unb64(x["eph"]), _unb64(x["nonce"]), _unb64(x["ct"])) for x in d["sealed"]]
    slot = Slot(str(d["kind"]), int(d["id"]), str(d["name"]), str(d["role"]), kdf, _unb64(d["public"]),
                _unb64(d["wrap_nonce"]), _unb64(d["wrapped_private"]), sealed)
    if (bad_kdf or slot.kind not in ("user", RECOVERY) or len(slot.public) != 32
            or (not sealed and not unsealed_ok)
            or any(len(x.ephemeral) != 32 or len(x.nonce) != 12 for x in sealed)
            or len(slot.wrap_nonce) != 12):
        raise ValueError("slot fields out of range")
    return slot


def load_slots(folder: Path) -> SlotFile:
    """Read ``keyslots.json``; anything malformed is VaultDamaged."""
    try:
        data = json.loads((folder / SLOT_FILE).read_bytes())
        if isinstance(data["format"], int) and data["format"] > FORMAT:
            raise VaultTooNew(TOO_NEW)
        if data["format"] != FORMAT:
            raise ValueError("unknown slot file format")
        slots = [_slot_from(d) for d in data["slots"]]
        result = SlotFile(slots, int(data["next_id"]), str(data.get("kdf_profile", "calibrated")))
        result.recovery()
        names = [s.name for s in result.users()]
        if (not names or len(set(names)) != len(names) or len({len(s.sealed) for s in slots}) != 1
                or result.kdf_profile not in KDF_PROFILES):
            raise ValueError("inconsistent slots")
        return result
    except FileNotFoundError:
        raise
    except (OSError, ValueError, KeyError, TypeError, binascii.Error, AttributeError):
        raise VaultDamaged(_DAMAGED) from None


def save_slots(folder: Path, slot_file: SlotFile) -> None:
    """Write ``keyslots.json`` atomically: temp in the same folder, fsync, replace, 0600."""
    atomic_write(folder / SLOT_FILE, json.dumps(slot_file.to_json(), indent=1).encode("utf-8"))


def atomic_write(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` so that a crash leaves the old or the new file, never half."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), 0o600)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def unlock_keys(slot_file: SlotFile, name: str | None, secret: bytes) -> tuple[Slot, list[bytearray]]:
    """The slot of user ``name`` (None: the recovery slot) and its database keys, newest first."""
    try:
        slot = slot_file.recovery() if name is None else slot_file.user(name)
    except UnknownUser:
        # Spend the same KDF time as a real slot, so timing does not reveal which names exist.
        slot_file.users()[0].kdf.derive(secret)
        raise
    try:
        private = unlock_slot(slot, secret)
    except WrongPassphrase:
        if name is None:
            raise WrongPassphrase(translate("Keyslots",
                    "That recovery code does not open this vault.")) from None
        raise
    return slot, unseal_keys(slot, private)
