"""Sealed exports: AES-256-GCM under Argon2id; a wrong password or a changed byte never opens."""

from __future__ import annotations

import base64
import json

import pytest

from models import sealed_file
from models.errors import InvalidInput, WrongPassphrase

BODY = json.dumps({"cases": [{"display_name": "Ana Lucía Pérez"}]}, ensure_ascii=False).encode()


def test_sealed_file_round_trips_and_hides_the_contents() -> None:
    sealed = sealed_file.seal(BODY, "a long export password", kdf_profile="fast")
    assert sealed_file.is_sealed(sealed) and not sealed_file.is_sealed(BODY)
    assert "Pérez".encode() not in sealed and b"display_name" not in sealed
    assert sealed_file.unseal(sealed, "a long export password") == BODY


def test_sealed_file_wrong_password_is_refused() -> None:
    sealed = sealed_file.seal(BODY, "a long export password", kdf_profile="fast")
    with pytest.raises(WrongPassphrase, match="password"):
        sealed_file.unseal(sealed, "another long password")


def test_sealed_file_changed_ciphertext_is_refused() -> None:
    envelope = json.loads(sealed_file.seal(BODY, "a long export password", kdf_profile="fast"))
    body = bytearray(base64.b64decode(envelope["ciphertext"]))
    body[3] ^= 1
    envelope["ciphertext"] = base64.b64encode(bytes(body)).decode()
    with pytest.raises(WrongPassphrase):
        sealed_file.unseal(json.dumps(envelope).encode(), "a long export password")


@pytest.mark.parametrize("data", [b"{}", b'{"format": "workbench-sealed", "version": 1}',
                                  b"not json", b'{"format": "workbench-sealed", "version": 1, '
                                  b'"kdf": {"salt": 5}, "nonce": "", "ciphertext": ""}'])
def test_sealed_file_malformed_is_invalid_input(data: bytes) -> None:
    with pytest.raises(InvalidInput, match="not a sealed Workbench export"):
        sealed_file.unseal(data, "a long export password")


def test_sealed_file_short_password_is_refused() -> None:
    with pytest.raises(InvalidInput, match="at least 8"):
        sealed_file.seal(BODY, "short", kdf_profile="fast")
