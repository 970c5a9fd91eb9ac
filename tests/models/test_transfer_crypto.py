"""Organisation keys and transfer bundles: sealed key files, signatures, refusals."""

from __future__ import annotations

import base64
import json
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from models import transfer_crypto as tc
from models.errors import InvalidInput, WrongPassphrase

NOW = datetime(2026, 11, 27, 18, tzinfo=UTC)
PASS = "correct horse battery staple"
CONTENT = json.dumps({"display_name": "Ana Lucía Pérez"}, ensure_ascii=False).encode()


@pytest.fixture
def orgs(tmp_path: Path) -> dict[str, Path]:
    """Three organisations' key folders (fast KDF)."""
    out = {}
    for name in ("Harbor Legal", "Bright Clinic", "Other Shelter"):
        folder = tmp_path / name.split()[0].lower()
        folder.mkdir()
        tc.generate_keys(folder, name, PASS, kdf_profile="fast")
        out[name] = folder
    return out


def _unlock(folder: Path) -> tc.OrgKeys:
    return tc.unlock_keys(folder / tc.KEY_FILE, PASS)


def _seal(orgs: dict[str, Path]) -> bytes:
    return tc.seal_bundle(CONTENT, sender=_unlock(orgs["Harbor Legal"]),
                          recipient=tc.load_public(orgs["Bright Clinic"] / tc.PUB_FILE), now=NOW)


def _open(orgs: dict[str, Path], data: bytes, *, ours: str = "Bright Clinic",
          trusted: str = "Harbor Legal") -> bytes:
    return tc.open_bundle(tc.read_bundle(data), ours=_unlock(orgs[ours]),
                          trusted=tc.load_public(orgs[trusted] / tc.PUB_FILE))


def test_transfer_crypto_key_file_is_private_and_sealed(orgs: dict[str, Path]) -> None:
    folder = orgs["Harbor Legal"]
    assert stat.S_IMODE((folder / tc.KEY_FILE).stat().st_mode) == 0o600
    keys = _unlock(folder)
    raw = keys.decryption.private_bytes_raw() + keys.signing.private_bytes_raw()
    text = (folder / tc.KEY_FILE).read_bytes()
    for secret in (keys.decryption.private_bytes_raw(), keys.signing.private_bytes_raw()):
        assert secret not in text and base64.b64encode(secret) not in text
        assert secret.hex().encode() not in text
    assert raw not in text
    public = tc.load_public(folder / tc.PUB_FILE)
    assert public == keys.public == tc.key_public(folder / tc.KEY_FILE)
    assert public.organisation == "Harbor Legal"
    assert len(public.fingerprint) == 39 and public.fingerprint.count("-") == 7


def test_transfer_crypto_keygen_never_overwrites(orgs: dict[str, Path]) -> None:
    before = (orgs["Harbor Legal"] / tc.KEY_FILE).read_bytes()
    with pytest.raises(InvalidInput, match="never replaced"):
        tc.generate_keys(orgs["Harbor Legal"], "Harbor Legal", PASS, kdf_profile="fast")
    assert (orgs["Harbor Legal"] / tc.KEY_FILE).read_bytes() == before


@pytest.mark.parametrize(("name", "passphrase", "match"), [
    ("", PASS, "Name the organisation"), ("X", "short", "at least 10")])
def test_transfer_crypto_keygen_refuses_bad_input(tmp_path: Path, name: str, passphrase: str,
                                                  match: str) -> None:
    with pytest.raises(InvalidInput, match=match):
        tc.generate_keys(tmp_path, name, passphrase, kdf_profile="fast")
    assert list(tmp_path.iterdir()) == []


def test_transfer_crypto_wrong_passphrase(orgs: dict[str, Path]) -> None:
    with pytest.raises(WrongPassphrase, match="does not open the organisation key"):
        tc.unlock_keys(orgs["Harbor Legal"] / tc.KEY_FILE, "not the passphrase at all")


def test_transfer_crypto_altered_public_key_is_refused(orgs: dict[str, Path]) -> None:
    path = orgs["Harbor Legal"] / tc.PUB_FILE
    data = json.loads(path.read_text())
    data["organisation"] = "Someone Else"
    path.write_text(json.dumps(data))
    with pytest.raises(InvalidInput, match="altered"):
        tc.load_public(path)


def test_transfer_crypto_round_trip_hides_content(orgs: dict[str, Path]) -> None:
    data = _seal(orgs)
    assert "Pérez".encode() not in data and b"display_name" not in data
    assert _open(orgs, data) == CONTENT
    bundle = tc.read_bundle(data)
    assert bundle.sender.organisation == "Harbor Legal" and bundle.created == NOW
    assert len(bytes.fromhex(bundle.bundle_id)) == 16


def _flip(data: bytes, where: str) -> bytes:
    env = json.loads(data)
    if where == "header":
        env["header"]["created"] = "2026-11-27T18:00:01+00:00"
    else:
        raw = bytearray(base64.b64decode(env[where]))
        raw[len(raw) // 2] ^= 1
        env[where] = base64.b64encode(bytes(raw)).decode()
    return json.dumps(env).encode()


@pytest.mark.parametrize("where", ["ciphertext", "header", "signature"])
def test_transfer_crypto_one_changed_byte_is_tampering(orgs: dict[str, Path], where: str) -> None:
    data = _seal(orgs)
    with pytest.raises(tc.BundleRefused) as refused:
        _open(orgs, _flip(data, where))
    assert refused.value.reason == "tampered"


def test_transfer_crypto_ciphertext_is_also_authenticated_by_gcm(orgs: dict[str, Path]) -> None:
    """Past a (hypothetically) valid signature, GCM still refuses a changed ciphertext: the
    sender re-signs a flipped ciphertext, and only the decryption catches it."""
    sender = _unlock(orgs["Harbor Legal"])
    env = json.loads(_seal(orgs))
    raw = bytearray(base64.b64decode(env["ciphertext"]))
    raw[0] ^= 1
    env["ciphertext"] = base64.b64encode(bytes(raw)).decode()
    env["signature"] = base64.b64encode(sender.signing.sign(tc._signed_bytes(
        tc.canonical(env["header"]), bytes(raw)))).decode()
    with pytest.raises(tc.BundleRefused, match="does not decrypt"):
        _open(orgs, json.dumps(env).encode())


def test_transfer_crypto_wrong_recipient_and_untrusted_sender(orgs: dict[str, Path]) -> None:
    data = _seal(orgs)
    with pytest.raises(tc.BundleRefused) as wrong:
        _open(orgs, data, ours="Other Shelter")
    assert wrong.value.reason == "wrong_recipient"
    with pytest.raises(tc.BundleRefused) as untrusted:
        _open(orgs, data, trusted="Other Shelter")
    assert untrusted.value.reason == "untrusted_sender"


def test_transfer_crypto_impostor_with_the_senders_name_is_untrusted(
        orgs: dict[str, Path], tmp_path: Path) -> None:
    """Another key pair under the same organisation name has another fingerprint."""
    impostor = tmp_path / "impostor"
    impostor.mkdir()
    tc.generate_keys(impostor, "Harbor Legal", PASS, kdf_profile="fast")
    data = tc.seal_bundle(CONTENT, sender=_unlock(impostor),
                          recipient=tc.load_public(orgs["Bright Clinic"] / tc.PUB_FILE), now=NOW)
    with pytest.raises(tc.BundleRefused) as refused:
        _open(orgs, data)
    assert refused.value.reason == "untrusted_sender"


@pytest.mark.parametrize(("data", "reason"), [
    (b"not json", "malformed"), (b"[]", "malformed"),
    (b'{"format": "workbench-transfer", "version": 2}', "version"),
    (b'{"format": "workbench-transfer", "version": 1, "header": {}}', "malformed")])
def test_transfer_crypto_malformed_files(data: bytes, reason: str) -> None:
    with pytest.raises(tc.BundleRefused) as refused:
        tc.read_bundle(data)
    assert refused.value.reason == reason
