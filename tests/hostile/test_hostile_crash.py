"""Crashes lose nothing: kill -9 during writes, import, key rotation, backup and export.

Each run kills the writer at a random moment; afterwards the vault must open (old or new key),
pass the integrity check and hold every step the writer reported as done, and no partial
backup or export may sit where a finished one would be. 3 runs each; 20 with WORKBENCH_LONG=1.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from models.vault import open_vault
from tests.hostile.crash import kill_at_random
from tests.hostile.metrics import METRICS, runs
from tests.vault_fixtures import ANA_PASSPHRASE

RUNS = runs(3, 20)
SEED = random.randrange(1 << 30)


def _env(isolated) -> dict[str, str]:
    env = isolated.environ()
    env["WORKBENCH_PASSPHRASE"] = ANA_PASSPHRASE
    return env


def _names(vault) -> set[str]:
    return {c.display_name for c in vault.store.list_cases()}


def _reopen_checked(vault_path: Path):
    vault = open_vault(vault_path, "ana", ANA_PASSPHRASE)
    report = vault.check()
    assert report.ok, report.message
    return vault


def _done(lines: list[str]) -> list[int]:
    return [int(x) for x in lines]


@pytest.mark.parametrize("run", range(RUNS))
def test_crash_during_writes_keeps_every_committed_case(run, vault_path, isolated):
    rng = random.Random(SEED + run)
    lines = kill_at_random("write", vault_path, _env(isolated), window=0.6, rng=rng)
    with _reopen_checked(vault_path) as vault:
        names = _names(vault)
    missing = [i for i in _done(lines) if f"crash-{i}" not in names]
    assert missing == []
    METRICS["crash runs: write"] += 1
    METRICS["crash steps confirmed before kill"] += len(lines)


@pytest.mark.parametrize("run", range(RUNS))
def test_crash_during_import_is_all_or_nothing(run, vault_path, isolated):
    rng = random.Random(SEED + 100 + run)
    lines = kill_at_random("import", vault_path, _env(isolated), window=0.8, rng=rng)
    with _reopen_checked(vault_path) as vault:
        names = _names(vault)
    batches: dict[int, int] = {}
    for name in names:
        if name.startswith("batch-"):
            _b, i, _j = name.split("-")
            batches[int(i)] = batches.get(int(i), 0) + 1
    assert all(count == 5 for count in batches.values()), batches  # never half a batch
    assert set(_done(lines)) <= set(batches)
    METRICS["crash runs: import"] += 1


@pytest.mark.parametrize("run", range(RUNS))
def test_crash_during_key_rotation_opens_with_old_or_new_key(run, vault_path, isolated):
    rng = random.Random(SEED + 200 + run)
    lines = kill_at_random("rotate", vault_path, _env(isolated), window=1.2, rng=rng)
    with _reopen_checked(vault_path) as vault:
        names = _names(vault)
        users = {u.name for u in vault.users()}
    assert {"ana", "ben"} <= users
    done = _done(lines)
    assert all(f"rot-{i}" in names for i in done)
    assert not any(f"tmp{i}" in users for i in done)  # a finished removal stays finished
    # ben's slot was resealed through every rotation: it still opens, with the current key
    with _reopen_ben(vault_path) as ben:
        assert ben.check().ok
    METRICS["crash runs: key rotation"] += 1


def _reopen_ben(vault_path: Path):
    from tests.vault_fixtures import BEN, BEN_PASSPHRASE

    return open_vault(vault_path, BEN, BEN_PASSPHRASE)


@pytest.mark.parametrize("run", range(RUNS))
def test_crash_during_backup_leaves_only_complete_backups(run, vault_path, isolated, tmp_path):
    rng = random.Random(SEED + 300 + run)
    out = tmp_path / "backups"
    out.mkdir()
    lines = kill_at_random("backup", vault_path, _env(isolated), window=1.0, out=out, rng=rng)
    _reopen_checked(vault_path).lock()
    finished = sorted(p for p in out.iterdir() if not p.name.startswith("."))
    assert {f"b{i}" for i in _done(lines)} <= {p.name for p in finished}
    for backup in finished:  # everything under a final name is a whole, verified backup
        with open_vault(backup, "ana", ANA_PASSPHRASE, read_only=True) as copy:
            assert copy.check().ok
    leftovers = [p.name for p in out.iterdir() if p.name.startswith(".")]
    METRICS["crash runs: backup"] += 1
    METRICS["backup temp folders left by a kill (hidden, never the final name)"] += len(leftovers)


@pytest.mark.parametrize("run", range(RUNS))
def test_crash_during_export_leaves_no_partial_file(run, vault_path, isolated, tmp_path):
    rng = random.Random(SEED + 400 + run)
    out = tmp_path / "exports"
    out.mkdir()
    lines = kill_at_random("export", vault_path, _env(isolated), window=0.8, out=out, rng=rng)
    _reopen_checked(vault_path).lock()
    finished = _check_exports(out)
    assert {f"e{i}.json" for i in _done(lines)} <= {p.name for p in finished}
    METRICS["crash runs: export"] += 1


def _check_exports(out: Path) -> list[Path]:
    """Every export under a final name is complete JSON; returns them."""
    finished = [p for p in out.iterdir() if not p.name.startswith(".")]
    for path in finished:
        assert json.loads(path.read_text())["format"] == "workbench"
    return finished


def test_crash_checks_positive_control_partial_file_and_wrong_key_order(vault_path, tmp_path):
    from models import keyslots as ks
    from models.errors import VaultDamaged
    from models.hardening import SecretKey

    out = tmp_path / "exports"
    out.mkdir()
    (out / "e0.json").write_text('{"format": "workbench", "cases": [')  # a non-atomic writer
    with pytest.raises(json.JSONDecodeError):
        _check_exports(out)
    # A rotation that seals only the new key before the rekey (no [new, old] pair) is caught.
    slots = ks.load_slots(vault_path)
    new = SecretKey(bytes(range(32)))
    for slot in slots.slots:
        ks.reseal(slot, [new.raw()])
    ks.save_slots(vault_path, slots)
    with pytest.raises(VaultDamaged):
        _reopen_checked(vault_path)
