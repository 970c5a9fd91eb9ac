"""Key slots: KDF floor, associated data, recovery codes, malformed files, atomic writes."""

from __future__ import annotations

import json
import secrets
import stat
from pathlib import Path

import pytest

from models import keyslots as ks
from models.errors import VaultDamaged, VaultTooNew, WrongPassphrase
from models.vault import open_vault
from tests.vault_fixtures import ANA_PASSPHRASE


def _edit(vault_path: Path, change) -> None:
    data = json.loads((vault_path / "keyslots.json").read_text())
    change(data)
    (vault_path / "keyslots.json").write_text(json.dumps(data))


def test_keyslots_every_slot_has_unique_salt_and_at_least_64_mib(vault_path: Path) -> None:
    slots = ks.load_slots(vault_path).slots
    assert len({s.kdf.salt for s in slots}) == len(slots) == 3
    assert all(s.kdf.memory_kib >= 64 * 1024 and len(s.kdf.salt) == 16 for s in slots)


def test_keyslots_fast_and_calibrated_profiles_never_go_below_64_mib() -> None:
    fast = ks.new_kdf("fast")
    assert (fast.memory_kib, fast.time_cost) == (64 * 1024, 1)
    with pytest.raises(Exception, match="profile"):
        ks.new_kdf("turbo")


def test_keyslots_editing_a_role_breaks_the_unwrap(vault_path: Path) -> None:
    _edit(vault_path, lambda d: d["slots"][1].update(role="supervisor"))
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, "ana", ANA_PASSPHRASE)


def test_keyslots_renaming_a_slot_breaks_the_unwrap(vault_path: Path) -> None:
    _edit(vault_path, lambda d: d["slots"][2].update(name="eve"))  # ben's slot renamed
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, "eve", "clinician passphrase 42")


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_text("{not json"),
        lambda p: p.write_bytes(b"\xff\xfe\x00"),
        lambda p: p.write_text("[]"),
        lambda p: _edit(p.parent, lambda d: d["slots"][1]["kdf"].update(m=1024)),
        lambda p: _edit(p.parent, lambda d: d["slots"][1].update(public="!!notbase64")),
        lambda p: _edit(p.parent, lambda d: d.update(slots=[s for s in d["slots"] if s["kind"] == "user"])),
        lambda p: _edit(p.parent, lambda d: d["slots"][1].update(sealed=[])),
    ],
)
def test_keyslots_malformed_file_is_vault_damaged(vault_path: Path, damage) -> None:
    damage(vault_path / "keyslots.json")
    with pytest.raises(VaultDamaged):
        open_vault(vault_path, "ana", ANA_PASSPHRASE)


def test_keyslots_corrupt_sealed_key_is_damaged_not_wrong_passphrase(vault_path: Path) -> None:
    def flip(d: dict) -> None:
        ct = bytearray(ks._unb64(d["slots"][1]["sealed"][0]["ct"]))
        ct[0] ^= 1
        d["slots"][1]["sealed"][0]["ct"] = ks._b64(bytes(ct))

    _edit(vault_path, flip)
    with pytest.raises(VaultDamaged):
        open_vault(vault_path, "ana", ANA_PASSPHRASE)


def test_keyslots_newer_format_is_too_new(vault_path: Path) -> None:
    _edit(vault_path, lambda d: d.update(format=99))
    with pytest.raises(VaultTooNew):
        open_vault(vault_path, "ana", ANA_PASSPHRASE)


def test_keyslots_recovery_code_has_128_plus_bits_and_normalises() -> None:
    code = ks.new_recovery_code()
    assert len(code.replace("-", "")) * 5 >= 128
    assert ks.recovery_bytes(code) == ks.recovery_bytes(code.lower().replace("-", "  "))
    assert ks.recovery_bytes("OOOOO-IIIII-LLLLL-00000-11111-22222") == b"0" * 5 + b"1" * 10 + b"0" * 5 + b"1" * 5 + b"2" * 5
    assert len({ks.new_recovery_code() for _ in range(50)}) == 50
    with pytest.raises(WrongPassphrase):
        ks.recovery_bytes("UUUUU-UUUUU-UUUUU-UUUUU-UUUUU-UUUUU")  # U is not Crockford


def test_keyslots_seal_unseal_round_trip_and_wrong_secret() -> None:
    key = bytearray(secrets.token_bytes(32))
    slot = ks.make_slot("user", 7, "dee", "advocate", b"dee's secret phrase", [key], "fast")
    private = ks.unlock_slot(slot, b"dee's secret phrase")
    assert ks.unseal_keys(slot, private) == [key]
    with pytest.raises(WrongPassphrase):
        ks.unlock_slot(slot, b"someone else's phrase")


def test_keyslots_atomic_write_is_0600_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "keyslots.json"
    ks.atomic_write(target, b"one")
    ks.atomic_write(target, b"two")
    assert target.read_bytes() == b"two"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["keyslots.json"]
