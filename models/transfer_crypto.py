"""Organisation keys and transfer bundles (format: docs/transfer-format.md).

An organisation has an X25519 key pair (bundles are encrypted to it) and an Ed25519 key pair
(its bundles are signed with it). ``org.key`` holds both private keys wrapped with AES-256-GCM
under Argon2id(passphrase), as the vault's key slots are; ``org.pub`` holds the public keys,
the organisation's name and a fingerprint people compare by phone. A bundle's content is
encrypted to the recipient (ephemeral X25519 → HKDF-SHA256 → AES-256-GCM, the header as the
associated data) and signed by the sender over the header and the ciphertext. Every failure
is a typed error whose message names what is wrong and never echoes content.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from models.errors import InvalidInput, WorkbenchError, WrongPassphrase
from models.i18n import fill, translate
from models.keyslots import (
    MAX_MEMORY_KIB,
    MAX_TIME_COST,
    MIN_MEMORY_KIB,
    KdfParams,
    fsync_dir,
    new_kdf,
    passphrase_bytes,
)

KEY_FORMAT, PUB_FORMAT, BUNDLE_FORMAT = "workbench-org-key", "workbench-org-pub", "workbench-transfer"
VERSION = 1
KEY_FILE, PUB_FILE = "org.key", "org.pub"
MIN_KEY_PASSPHRASE = 10  # as a vault passphrase (models.vault_core.MIN_PASSPHRASE)
CIPHER = "X25519-HKDF-SHA256-AES-256-GCM"
SIGNATURE = "Ed25519"
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_MAX_BUNDLE = 512 * 1024 * 1024


class BundleRefused(WorkbenchError):
    """A transfer bundle was refused (tampered, not for us, untrusted, replayed, malformed);
    ``reason`` is one word for tests and logs, the message says what to do."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any, size: int | None = None) -> bytes:
    if not isinstance(value, str):
        raise ValueError("not base64 text")
    raw = base64.b64decode(value.encode("ascii"), validate=True)
    if size is not None and len(raw) != size:
        raise ValueError("wrong length")
    return raw


def canonical(obj: Any) -> bytes:
    """The one byte form of a JSON object that is signed and authenticated."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def fingerprint(organisation: str, encryption_key: bytes, signing_key: bytes) -> str:
    """SHA-256 over the name and both public keys, 160 bits in eight groups of four
    Crockford base32 characters ("7KQ2-…"), to read out over the phone."""
    digest = hashlib.sha256(b"workbench-org-v1\0" + organisation.encode("utf-8") + b"\0"
                            + encryption_key + signing_key).digest()[:20]
    number = int.from_bytes(digest, "big")
    chars = "".join(_CROCKFORD[(number >> (5 * i)) & 31] for i in reversed(range(32)))
    return "-".join(chars[i:i + 4] for i in range(0, 32, 4))


@dataclass(frozen=True, slots=True)
class OrgPublic:
    """An organisation's public half: what ``org.pub`` holds."""

    organisation: str
    encryption_key: bytes  # X25519, 32 bytes
    signing_key: bytes  # Ed25519, 32 bytes

    @property
    def fingerprint(self) -> str:
        """The fingerprint people compare by phone."""
        return fingerprint(self.organisation, self.encryption_key, self.signing_key)

    def to_json(self) -> dict[str, Any]:
        """The ``org.pub`` object."""
        return {"format": PUB_FORMAT, "version": VERSION, "organisation": self.organisation,
                "encryption_key": _b64(self.encryption_key), "signing_key": _b64(self.signing_key),
                "fingerprint": self.fingerprint}


@dataclass(frozen=True, slots=True)
class OrgKeys:
    """An unlocked ``org.key``: both private keys and the public half."""

    public: OrgPublic
    decryption: X25519PrivateKey
    signing: Ed25519PrivateKey


def _check_name(organisation: str) -> str:
    name = " ".join(organisation.split())
    if not name or len(name) > 200:
        raise InvalidInput(translate("TransferCrypto",
                "Name the organisation (1 to 200 characters); it is shown to the agencies you "
                "exchange bundles with."), field="organisation")
    return name


def generate_keys(folder: Path, organisation: str, passphrase: str, *,
                  kdf_profile: str = "calibrated") -> OrgPublic:
    """Write ``folder/org.key`` (0600 from creation, never overwritten) and ``folder/org.pub``."""
    name = _check_name(organisation)
    if len(passphrase.strip()) < MIN_KEY_PASSPHRASE:
        raise InvalidInput(fill(translate("TransferCrypto",
                "The key's passphrase needs at least %1 characters; a few unrelated words work "
                "well."),
                MIN_KEY_PASSPHRASE), field="passphrase")
    if not folder.is_dir():
        raise InvalidInput(fill(translate("TransferCrypto",
                "The folder %1 does not exist; create it first."),
                folder), field="dir")
    for file in (KEY_FILE, PUB_FILE):
        if (folder / file).exists():
            raise InvalidInput(fill(translate("TransferCrypto",
                    "%1 already exists; an organisation key is never replaced. Choose another "
                    "folder."),
                    folder / file), field="dir")
    decryption, signing = X25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    public = OrgPublic(name, decryption.public_key().public_bytes_raw(),
                       signing.public_key().public_bytes_raw())
    secret = bytearray(decryption.private_bytes_raw() + signing.private_bytes_raw())
    try:
        kdf = new_kdf(kdf_profile)
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(kdf.derive(passphrase_bytes(passphrase))).encrypt(
            nonce, bytes(secret), _key_aad(public))
    finally:
        secret[:] = bytes(len(secret))
    key_doc = {"format": KEY_FORMAT, "version": VERSION, "public": public.to_json(),
               "kdf": {"alg": "argon2id", "salt": _b64(kdf.salt), "t": kdf.time_cost,
                       "m": kdf.memory_kib, "p": kdf.parallelism},
               "nonce": _b64(nonce), "wrapped_private": _b64(wrapped)}
    _create_new(folder / KEY_FILE, json.dumps(key_doc, indent=1).encode("utf-8"), 0o600)
    try:
        _create_new(folder / PUB_FILE, json.dumps(public.to_json(), indent=1).encode("utf-8"),
                    0o644)
    except BaseException:
        (folder / KEY_FILE).unlink(missing_ok=True)
        raise
    fsync_dir(folder)
    return public


def _key_aad(public: OrgPublic) -> bytes:
    return b"workbench-org-key-v1\0" + canonical(public.to_json())


def _create_new(path: Path, data: bytes, mode: int) -> None:
    """Create ``path`` with ``mode`` from its first instant (O_EXCL: never replaces a file)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), mode)  # the umask may have narrowed a public file
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _read_json(path: Path, what: str) -> dict[str, Any]:
    try:
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        raise InvalidInput(fill(translate("TransferCrypto",
                "%1 not found: %2"),
                what, path), field="file") from None
    except IsADirectoryError:
        raise InvalidInput(fill(translate("TransferCrypto",
                "%1 is a folder; name the %2."),
                path, what), field="file") from None
    except (ValueError, UnicodeDecodeError):
        raise InvalidInput(fill(translate("TransferCrypto",
                "%1 is not %2 (not JSON)."),
                path.name, what), field="file") from None
    if not isinstance(data, dict):
        raise InvalidInput(fill(translate("TransferCrypto",
                "%1 is not %2."),
                path.name, what), field="file")
    return data


def _check_version(data: dict[str, Any], fmt: str, path: Path, what: str) -> None:
    if data.get("format") != fmt:
        raise InvalidInput(fill(translate("TransferCrypto",
                "%1 is not %2."),
                path.name, what), field="file")
    if data.get("version") != VERSION:
        raise InvalidInput(fill(translate("TransferCrypto",
                "%1 is %2 of another version (%3); this Workbench reads version %4."),
                path.name, what, repr(data.get('version')), VERSION), field="file")


def public_from_json(data: Any) -> OrgPublic:
    """An ``org.pub`` object checked (its fingerprint must match its keys); ValueError if not."""
    if not isinstance(data, dict) or data.get("format") != PUB_FORMAT:
        raise ValueError("not a public key")
    name = data.get("organisation")
    if not isinstance(name, str) or not name.strip():
        raise ValueError("no organisation")
    public = OrgPublic(name, _unb64(data.get("encryption_key"), 32),
                       _unb64(data.get("signing_key"), 32))
    if data.get("fingerprint") != public.fingerprint:
        raise ValueError("fingerprint does not match")
    return public


def load_public(path: Path) -> OrgPublic:
    """Read an ``org.pub``; InvalidInput when it is not one or was altered."""
    what = "an organisation's public key file (org.pub)"
    data = _read_json(path, what)
    _check_version(data, PUB_FORMAT, path, what)
    try:
        return public_from_json(data)
    except (ValueError, binascii.Error):
        raise InvalidInput(fill(translate("TransferCrypto",
                "%1 is damaged or was altered (its fingerprint does not match its keys); ask the "
                "organisation for its org.pub again."),
                path.name),
                           field="file") from None


@dataclass(frozen=True, slots=True)
class _KeyFile:
    public: OrgPublic
    kdf: KdfParams
    nonce: bytes
    wrapped: bytes


def _load_key_file(path: Path) -> _KeyFile:
    what = "an organisation's private key file (org.key)"
    data = _read_json(path, what)
    _check_version(data, KEY_FORMAT, path, what)
    try:
        k = data["kdf"]
        kdf = KdfParams(_unb64(k["salt"], 16), int(k["t"]), int(k["m"]), int(k["p"]))
        if (k["alg"] != "argon2id" or not 1 <= kdf.time_cost <= MAX_TIME_COST
                or not MIN_MEMORY_KIB <= kdf.memory_kib <= MAX_MEMORY_KIB
                or not 1 <= kdf.parallelism <= 16):
            raise ValueError("kdf out of range")
        return _KeyFile(public_from_json(data["public"]), kdf, _unb64(data["nonce"], 12),
                        _unb64(data["wrapped_private"], 64 + 16))
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise InvalidInput(fill(translate("TransferCrypto",
                "%1 is damaged; restore it from your backup of the organisation key."),
                path.name), field="file") from None


def key_public(path: Path) -> OrgPublic:
    """The public half recorded in an ``org.key`` (no passphrase needed)."""
    return _load_key_file(path).public


def unlock_keys(path: Path, passphrase: str) -> OrgKeys:
    """Both private keys of ``org.key``; WrongPassphrase when the passphrase does not open it."""
    found = _load_key_file(path)
    try:
        raw = bytearray(AESGCM(found.kdf.derive(passphrase_bytes(passphrase))).decrypt(
            found.nonce, found.wrapped, _key_aad(found.public)))
    except InvalidTag:
        raise WrongPassphrase(fill(translate("TransferCrypto",
                "That passphrase does not open the organisation key %1 (or the file was changed). "
                "Check it and try again."),
                path.name)) from None
    try:
        decryption = X25519PrivateKey.from_private_bytes(bytes(raw[:32]))
        signing = Ed25519PrivateKey.from_private_bytes(bytes(raw[32:]))
    finally:
        raw[:] = bytes(len(raw))
    if (decryption.public_key().public_bytes_raw() != found.public.encryption_key
            or signing.public_key().public_bytes_raw() != found.public.signing_key):
        raise InvalidInput(fill(translate("TransferCrypto",
                "%1 is damaged (its keys do not match)."),
                path.name), field="file")
    return OrgKeys(found.public, decryption, signing)


# --- bundles ---

@dataclass(frozen=True, slots=True)
class Bundle:
    """A parsed ``.wbx`` before it is opened: the signed header, ciphertext and signature."""

    header: dict[str, Any]
    ciphertext: bytes
    signature: bytes

    @property
    def bundle_id(self) -> str:
        """The random id that makes a replay detectable."""
        return str(self.header["bundle_id"])

    @property
    def created(self) -> datetime:
        """When the sender made it (UTC)."""
        return datetime.fromisoformat(self.header["created"])

    @property
    def sender(self) -> OrgPublic:
        """The sender as the header names it (trusted only after ``open_bundle``)."""
        return public_from_json(self.header["sender"])

    @property
    def recipient_fingerprint(self) -> str:
        """Whose key it is encrypted to."""
        return str(self.header["recipient"]["fingerprint"])


def seal_bundle(content: bytes, *, sender: OrgKeys, recipient: OrgPublic,
                now: datetime) -> bytes:
    """``content`` encrypted to ``recipient`` and signed by ``sender``: the ``.wbx`` bytes."""
    ephemeral = X25519PrivateKey.generate()
    eph_pub = ephemeral.public_key().public_bytes_raw()
    header = {"bundle_id": secrets.token_hex(16),
              "created": now.astimezone(UTC).isoformat(timespec="seconds"),
              "sender": sender.public.to_json(),
              "recipient": {"organisation": recipient.organisation,
                            "fingerprint": recipient.fingerprint},
              "cipher": CIPHER, "signature": SIGNATURE,
              "ephemeral_key": _b64(eph_pub), "nonce": _b64(secrets.token_bytes(12))}
    key = _content_key(ephemeral.exchange(X25519PublicKey.from_public_bytes(
        recipient.encryption_key)), eph_pub, recipient.encryption_key)
    aad = canonical(header)
    ciphertext = AESGCM(key).encrypt(_unb64(header["nonce"]), content, aad)
    signature = sender.signing.sign(_signed_bytes(aad, ciphertext))
    return json.dumps({"format": BUNDLE_FORMAT, "version": VERSION, "header": header,
                       "ciphertext": _b64(ciphertext), "signature": _b64(signature)},
                      indent=1).encode("ascii")


def _content_key(shared: bytes, eph_pub: bytes, recipient_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=eph_pub + recipient_key,
                info=b"workbench-transfer-v1").derive(shared)


def _signed_bytes(aad: bytes, ciphertext: bytes) -> bytes:
    return (b"workbench-transfer-v1\0" + len(aad).to_bytes(8, "big") + aad
            + hashlib.sha256(ciphertext).digest())


def _malformed(detail: str) -> BundleRefused:
    return BundleRefused("malformed", f"This is not a Workbench transfer bundle, or it is "
                                      f"damaged ({detail}). Ask the sender to send it again.")


def read_bundle(data: bytes) -> Bundle:
    """Parse a ``.wbx`` (nothing is verified yet); BundleRefused when it is not one."""
    if len(data) > _MAX_BUNDLE:
        raise _malformed("larger than any bundle")
    try:
        env = json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise _malformed("not JSON") from None
    if not isinstance(env, dict) or env.get("format") != BUNDLE_FORMAT:
        raise _malformed("no transfer header")
    if env.get("version") != VERSION:
        raise BundleRefused(translate("TransferCrypto",
                "version"), f"This bundle is of format version "
                            f"{env.get('version')!r}; this Workbench reads version {VERSION}. "
                            "Update Workbench, or ask the sender for a version "
                            f"{VERSION} bundle.")
    try:
        header = env["header"]
        bundle = Bundle(header, _unb64(env["ciphertext"]), _unb64(env["signature"], 64))
        if header["cipher"] != CIPHER or header["signature"] != SIGNATURE:
            raise ValueError("unknown algorithms")
        _unb64(header["ephemeral_key"], 32), _unb64(header["nonce"], 12)
        bytes.fromhex(bundle.bundle_id)
        if bundle.created.tzinfo is None or not isinstance(bundle.recipient_fingerprint, str):
            raise ValueError("bad header")
        bundle.sender  # noqa: B018 - parses and checks the sender's public key
    except (ValueError, KeyError, TypeError, binascii.Error, AttributeError):
        raise _malformed("its header is incomplete") from None
    return bundle


def open_bundle(bundle: Bundle, *, ours: OrgKeys, trusted: OrgPublic) -> bytes:
    """The verified, decrypted content; BundleRefused naming why when it may not be opened."""
    check_addressing(bundle, ours=ours.public, trusted=trusted)
    aad = canonical(bundle.header)
    try:
        Ed25519PublicKey.from_public_bytes(trusted.signing_key).verify(
            bundle.signature, _signed_bytes(aad, bundle.ciphertext))
    except InvalidSignature:
        raise BundleRefused(translate("TransferCrypto",
                "tampered"), "The bundle's signature does not verify: it was "
                            "changed after it was signed. Nothing was imported; ask the "
                            "sender to send it again.") from None
    eph_pub = _unb64(bundle.header["ephemeral_key"], 32)
    key = _content_key(ours.decryption.exchange(X25519PublicKey.from_public_bytes(eph_pub)),
                       eph_pub, ours.public.encryption_key)
    try:
        return AESGCM(key).decrypt(_unb64(bundle.header["nonce"], 12), bundle.ciphertext, aad)
    except InvalidTag:
        raise BundleRefused(translate("TransferCrypto",
                "tampered"), "The bundle does not decrypt with your organisation "
                            "key: it was changed or damaged. Nothing was imported.") from None


def check_addressing(bundle: Bundle, *, ours: OrgPublic, trusted: OrgPublic) -> None:
    """BundleRefused unless the bundle is for ``ours`` and claims to come from ``trusted``."""
    if bundle.recipient_fingerprint != ours.fingerprint:
        raise BundleRefused(translate("TransferCrypto",
                "wrong_recipient"), "This bundle is encrypted to another "
                            "organisation's key (fingerprint "
                            f"{bundle.recipient_fingerprint}), not to yours "
                            f"({ours.fingerprint}). Nothing was imported.")
    sender = bundle.sender
    if sender.fingerprint != trusted.fingerprint or sender.signing_key != trusted.signing_key:
        raise BundleRefused(translate("TransferCrypto",
                "untrusted_sender"), "This bundle was not signed by the "
                            f"organisation you trust ({trusted.organisation}, "
                            f"{trusted.fingerprint}); it names {sender.fingerprint}. Compare "
                            "fingerprints with the sender by phone. Nothing was imported.")
