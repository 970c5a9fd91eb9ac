"""Password-sealed files: a whole-case export encrypted with AES-256-GCM under Argon2id.

Format (JSON, UTF-8): ``{"format": "workbench-sealed", "version": 1, "kdf": {...}, "nonce",
"ciphertext"}`` (base64). The associated data is the format header, so a file cannot be
re-labelled. A wrong password and a damaged file are told apart only as far as GCM allows:
both fail authentication, and the message says to check the password first.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from models.errors import InvalidInput, WrongPassphrase
from models.i18n import fill, translate
from models.keyslots import KdfParams, new_kdf, passphrase_bytes

FORMAT = "workbench-sealed"
VERSION = 1
_AAD = f"{FORMAT}/{VERSION}".encode()
MIN_PASSWORD = 8


def is_sealed(data: bytes) -> bool:
    """True when ``data`` looks like a sealed file (its header, not its contents)."""
    return data.lstrip()[:1] == b"{" and FORMAT.encode() in data[:200]


def seal(plaintext: bytes, password: str, *, kdf_profile: str = "calibrated") -> bytes:
    """``plaintext`` encrypted under ``password``."""
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(fill(translate("SealedFile",
                "The export password needs at least %1 characters."),
                MIN_PASSWORD),
                           field="password")
    kdf = new_kdf(kdf_profile)
    key = kdf.derive(passphrase_bytes(password))
    nonce = secrets.token_bytes(12)
    body = AESGCM(key).encrypt(nonce, plaintext, _AAD)
    envelope = {"format": FORMAT, "version": VERSION,
                "kdf": {"alg": "argon2id", "salt": _b64(kdf.salt), "time_cost": kdf.time_cost,
                        "memory_kib": kdf.memory_kib, "parallelism": kdf.parallelism},
                "nonce": _b64(nonce), "ciphertext": _b64(body)}
    return json.dumps(envelope).encode("utf-8")


def unseal(data: bytes, password: str) -> bytes:
    """The plaintext of a sealed file; WrongPassphrase when it does not open."""
    try:
        env: dict[str, Any] = json.loads(data.decode("utf-8"))
        if env.get("format") != FORMAT:
            raise ValueError("format")
        if env.get("version") != VERSION:
            raise InvalidInput(translate("SealedFile",
                    "This export was sealed by a newer Workbench; update to open it."))
        k = env["kdf"]
        kdf = KdfParams(salt=_unb64(k["salt"]), time_cost=int(k["time_cost"]),
                        memory_kib=int(k["memory_kib"]), parallelism=int(k["parallelism"]))
        nonce, body = _unb64(env["nonce"]), _unb64(env["ciphertext"])
    except InvalidInput:
        raise
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, binascii.Error):
        raise InvalidInput(translate("SealedFile",
                "The file is not a sealed Workbench export, or it is damaged.")) from None
    key = kdf.derive(passphrase_bytes(password))
    try:
        return AESGCM(key).decrypt(nonce, body, _AAD)
    except InvalidTag:
        raise WrongPassphrase(translate("SealedFile",
                "The export password does not open this file (or the file was changed). Check the "
                "password and try again.")) from None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not text")
    return base64.b64decode(text, validate=True)
