"""Vault benchmarks (issue 2 §6), each against a baseline measured in the same run.

(a) unlock (open_vault with the calibrated KDF + first query) vs the KDF alone: ≤ +50 ms;
(b) `workbench cases VAULT --json` cold start in a subprocess (no Qt imported) vs the KDF
    alone: ≤ KDF + 0.3 s (`python -c pass` measured too).
The store workload (SQLCipher vs plain SQLite, bulk import) is in bench/bench_store.py.
All data is fictional and lives in a temporary folder removed at the end.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.harness import Result, best_of
from models import keyslots as ks
from models.records import Role
from models.vault import create_vault, open_vault

USER, PASSPHRASE = "bench", "bench passphrase, not a secret"
PYTHON = sys.executable


def _kdf_alone(folder: Path) -> float:
    slot = next(s for s in ks.load_slots(folder).users() if s.name == USER)
    secret = ks.passphrase_bytes(PASSPHRASE)
    return best_of(lambda: slot.kdf.derive(secret), repeat=3)


def _unlock_once(folder: Path, kdf_times: list[float]) -> float:
    """Seconds for open_vault + first query; appends the KDF's share of it to ``kdf_times``."""
    derive = ks.KdfParams.derive

    def timed(params: ks.KdfParams, secret: bytes) -> bytes:
        began = time.perf_counter()
        try:
            return derive(params, secret)
        finally:
            kdf_times.append(time.perf_counter() - began)

    ks.KdfParams.derive = timed  # type: ignore[method-assign]
    try:
        began = time.perf_counter()
        vault = open_vault(folder, USER, PASSPHRASE)
        vault.store.list_cases()
        took = time.perf_counter() - began
    finally:
        ks.KdfParams.derive = derive  # type: ignore[method-assign]
    vault.lock()
    return took


def bench_unlock(folder: Path) -> tuple[Result, float]:
    """(a) open_vault + first query vs the KDF of the same slot.

    On a shared machine the KDF alone varies by more than 50 ms between runs, so the overhead
    is judged per run: the unlock's time minus the KDF time measured inside that same unlock.
    """
    kdf = _kdf_alone(folder)
    totals: list[float] = []
    inside: list[float] = []
    for _ in range(4):
        totals.append(_unlock_once(folder, inside))
    overhead = min(t - k for t, k in zip(totals, inside, strict=True))
    result = Result("unlock: open_vault + first query", min(totals), kdf, "s", "≤ KDF+50ms",
                    overhead <= 0.050,
                    f"Argon2id alone (slot params); overhead per run {1e3 * overhead:.0f} ms")
    return result, kdf


def _cases_command(folder: Path) -> list[str]:
    return [PYTHON, "-m", "workbench.cli", "cases", str(folder), "--json", "--user", USER]


def _run(argv: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "WORKBENCH_PASSPHRASE": PASSPHRASE}
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("DISPLAY", None)  # headless, as on a server
    done = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"{argv[1:4]} failed with exit code {done.returncode}")
    return done


def bench_cold_start(folder: Path, kdf: float) -> Result:
    """(c) `workbench cases --json` in a fresh interpreter vs the KDF alone."""
    check = _run([PYTHON, "-X", "importtime", *_cases_command(folder)[1:]])
    if "PySide6" in check.stderr:
        raise RuntimeError("`workbench cases` imported Qt")
    if len(json.loads(check.stdout)) != 3:
        raise RuntimeError("`workbench cases --json` did not list the bench cases")
    bare = best_of(lambda: _run([PYTHON, "-c", "pass"]), repeat=2)
    cold = best_of(lambda: _run(_cases_command(folder)), repeat=5)  # a loaded 2-core box is noisy
    return Result("`workbench cases --json` cold start (no Qt)", cold, kdf, "s", "≤ KDF+0.3s",
                  cold <= kdf + 0.3, f"Argon2id alone; `python -c pass` = {bare:.3f} s")


def run() -> list[Result]:
    """The vault benchmarks (about a minute on 2 vCPU)."""
    with tempfile.TemporaryDirectory(prefix="wb-bench-") as tmp:
        folder = Path(tmp) / "calibrated"
        vault, _code = create_vault(folder, USER, Role.ADVOCATE, PASSPHRASE)
        try:
            for n in range(3):
                vault.store.add_case(f"Person {n}")
        finally:
            vault.lock()
        unlock, kdf = bench_unlock(folder)
        results = [unlock, bench_cold_start(folder, kdf)]
    return results
