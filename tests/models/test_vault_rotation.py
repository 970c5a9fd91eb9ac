"""Key rotation on user removal: the removed slot stops working; crashes leave an openable vault."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from models import keyslots as ks
from models import vault as vault_module
from models import vault_core
from models.connection import KeyRejected, connect
from models.errors import VaultDamaged
from models.hardening import SecretKey
from models.vault import open_vault
from tests.models.conftest import CANARIES, read_canaries, write_canaries
from tests.vault_fixtures import ANA_PASSPHRASE, BEN_PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def _db_key_of(vault_path: Path, user: str, passphrase: str) -> list[SecretKey]:
    _slot, keys = ks.unlock_keys(ks.load_slots(vault_path), user, ks.passphrase_bytes(passphrase))
    return [SecretKey(k) for k in keys]


def test_rotation_removed_users_old_slot_cannot_open(vault_path: Path) -> None:
    old_slots = (vault_path / "keyslots.json").read_bytes()  # what ben could have kept
    old_key = _db_key_of(vault_path, "ben", BEN_PASSPHRASE)[0]
    with open_vault(vault_path, "ana", ANA_PASSPHRASE) as vault:
        write_canaries(vault.engine)
        vault.remove_user("ben")
    with pytest.raises(KeyRejected):
        connect(vault_path / "vault.db", old_key, read_only=True)
    stale = vault_path.parent / "stale"
    shutil.copytree(vault_path, stale)
    (stale / "keyslots.json").write_bytes(old_slots)
    with pytest.raises(VaultDamaged):
        open_vault(stale, "ben", BEN_PASSPHRASE)
    with open_vault(vault_path, "ana", ANA_PASSPHRASE) as vault:
        assert read_canaries(vault.engine) == list(CANARIES)
        assert vault.check().ok


def test_rotation_keeps_recovery_slot_working(vault_path: Path, recovery_code: str) -> None:
    with open_vault(vault_path, "ana", ANA_PASSPHRASE) as vault:
        vault.remove_user("ben")
    vault_module.open_vault_with_recovery(vault_path, recovery_code).lock()


@pytest.mark.parametrize("crash_at", ["before_rekey", "after_rekey"])
def test_rotation_interrupted_rolls_forward_on_open(vault_path: Path, monkeypatch, crash_at: str) -> None:
    old_key = _db_key_of(vault_path, "ana", ANA_PASSPHRASE)[0]
    real_rekey, real_save = vault_core.rekey, ks.save_slots
    saves = []

    def crash(*args):
        raise KeyboardInterrupt("simulated power cut")

    def save_then_crash(folder, slot_file):
        saves.append(1)
        if len(saves) == 2:
            crash()
        real_save(folder, slot_file)

    vault = open_vault(vault_path, "ana", ANA_PASSPHRASE)
    write_canaries(vault.engine)
    if crash_at == "before_rekey":
        monkeypatch.setattr(vault_core, "rekey", crash)
    else:
        monkeypatch.setattr(ks, "save_slots", save_then_crash)
    with pytest.raises(KeyboardInterrupt):
        vault.remove_user("ben")
    vault.lock()
    monkeypatch.setattr(vault_core, "rekey", real_rekey)
    monkeypatch.setattr(ks, "save_slots", real_save)
    assert len(ks.load_slots(vault_path).slots[0].sealed) == 2  # [new, previous] left behind
    with open_vault(vault_path, "ana", ANA_PASSPHRASE) as reopened:
        assert read_canaries(reopened.engine) == list(CANARIES)
        assert [u.name for u in reopened.users()] == ["ana"]
    assert len(ks.load_slots(vault_path).slots[0].sealed) == 1  # stale key dropped
    with pytest.raises(KeyRejected):  # rolled forward: the removed user's key is dead
        connect(vault_path / "vault.db", old_key, read_only=True)


_CHILD = """
import sys
from sqlalchemy import text
from models.vault import open_vault
vault = open_vault(sys.argv[1], "ana", sys.argv[2])
with vault.engine.begin() as conn:
    conn.execute(text("CREATE TABLE IF NOT EXISTS kill_t (id INTEGER PRIMARY KEY, v TEXT)"))
print("ready", flush=True)
while True:
    with vault.engine.begin() as conn:
        row = conn.execute(text("INSERT INTO kill_t (v) VALUES ('x') RETURNING id")).scalar()
    print(row, flush=True)
    vault.rotate_key()
"""


def _kill_during_rotation(vault_path: Path, delay: float) -> int:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(vault_path), ANA_PASSPHRASE],
                             stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate(timeout=30)
    committed = [int(line) for line in out.split() if line.isdigit()]
    return max(committed, default=0)


def test_rotation_kill_9_leaves_vault_openable_with_all_committed_rows(vault_path: Path) -> None:
    runs = 20 if os.environ.get("WORKBENCH_LONG") else 3
    rng = random.Random(1367)
    for _ in range(runs):
        committed = _kill_during_rotation(vault_path, rng.uniform(0.05, 0.6))
        with open_vault(vault_path, "ben", BEN_PASSPHRASE) as vault:
            assert vault.check().ok
            with vault.engine.connect() as conn:
                ids = {r[0] for r in conn.exec_driver_sql("SELECT id FROM kill_t")}
        assert set(range(1, committed + 1)) <= ids
    assert committed > 0  # the child really was rotating when killed


def test_vault_lock_during_a_rotation_waits_and_leaves_no_live_key(vault_path, monkeypatch) -> None:
    import threading

    import models.vault_core as core
    from models.errors import VaultLocked
    from models.vault import open_vault
    from tests.vault_fixtures import ANA, ANA_PASSPHRASE, BEN

    vault = open_vault(vault_path, ANA, ANA_PASSPHRASE)
    started, failures = threading.Event(), []
    real_rekey = core.rekey

    def slow_rekey(*args, **kwargs):
        started.set()
        threading.Event().wait(0.3)  # the lock arrives while the pages are re-encrypted
        return real_rekey(*args, **kwargs)

    def remove() -> None:
        try:
            vault.remove_user(BEN)
        except Exception as exc:  # noqa: BLE001 - reported by the assert below
            failures.append(exc)

    monkeypatch.setattr(core, "rekey", slow_rekey)
    worker = threading.Thread(target=remove)
    worker.start()
    assert started.wait(5)
    vault.lock()  # waits for the rotation instead of racing it
    worker.join(5)
    assert failures == [] and vault.locked
    with pytest.raises(VaultLocked):
        vault.store.list_cases()
    with open_vault(vault_path, ANA, ANA_PASSPHRASE) as again:  # the new key opens it
        assert [u.name for u in again.users()] == [ANA]
