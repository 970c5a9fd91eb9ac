"""Vault benchmarks (issue 2 §6), each against a baseline measured in the same run.

(a) unlock (open_vault with the calibrated KDF + first query) vs the KDF alone: ≤ +50 ms;
(b) store workload on 2,000 cases x 50 events (bulk insert, 200 case timelines, caseload):
    SQLCipher vault vs the same Store on plain SQLite with the same pragmas: ≤ 1.3x;
(c) `workbench cases VAULT --json` cold start in a subprocess (no Qt imported) vs the KDF
    alone: ≤ KDF + 0.3 s (`python -c pass` measured too).
All data is fictional and lives in a temporary folder removed at the end.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, create_engine, event

from bench.harness import Result, best_of
from models import keyslots as ks
from models import migrate
from models.records import Role
from models.store import Store
from models.vault import create_vault, open_vault

USER, PASSPHRASE = "bench", "bench passphrase, not a secret"
CASES, EVENTS_PER_CASE, TIMELINES, TXN_CASES = 2000, 50, 200, 100
TODAY = date(2026, 3, 2)
NY = ZoneInfo("America/New_York")
# the vault's recipe minus the key (models/connection.py)
PLAIN_PRAGMAS = ("temp_store = MEMORY", "secure_delete = ON", "journal_mode = WAL",
                 "synchronous = FULL", "foreign_keys = ON")
PYTHON = sys.executable


def _events(case_no: int) -> list[dict]:
    """50 fictional items: hearings, client deadlines, appointments and one weekly series."""
    start = datetime(2026, 1, 5, 9, tzinfo=NY) + timedelta(days=case_no % 7)
    items: list[dict] = []
    for i in range(EVENTS_PER_CASE - 1):
        if i % 3 == 0:
            items.append({"kind": "legal_deadline", "title": f"Filing {i}", "category": "immigration",
                          "due": (start + timedelta(days=5 * i)).date(), "owner": "client"})
        else:
            items.append({"kind": "court_hearing" if i % 3 == 1 else "medical_appointment",
                          "title": f"Appointment {i}", "category": "medical",
                          "start": start + timedelta(days=5 * i, hours=i % 5),
                          "end": start + timedelta(days=5 * i, hours=i % 5 + 1), "location": "Room 2"})
    items.append({"kind": "service_appointment", "title": "Weekly group", "category": "mental_health",
                  "start": start, "rrule": "FREQ=WEEKLY;COUNT=30"})
    return items


def _timed(fn: Callable[[], object]) -> float:
    began = time.perf_counter()
    fn()
    return time.perf_counter() - began


def _workload(store: Store) -> dict[str, float]:
    """Insert, then read: seconds per phase."""
    def insert() -> None:
        for first in range(0, CASES, TXN_CASES):
            with store.transaction():  # an import-sized transaction per 100 cases
                for n in range(first, first + TXN_CASES):
                    case = store.add_case(f"Person {n}", languages=["es"])
                    store.add_events_bulk(case.id, _events(n))

    took = {"insert": _timed(insert)}
    ids = [c.id for c in store.list_cases()][:: CASES // TIMELINES]
    took["timelines"] = best_of(lambda: [store.list_events(i) for i in ids], repeat=3)
    took["caseload"] = best_of(lambda: store.caseload(TODAY), repeat=3)
    return took


def _plain_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _pragmas(conn: object, _record: object) -> None:
        conn.isolation_level = None  # type: ignore[attr-defined]  # as the vault's connections
        for pragma in PLAIN_PRAGMAS:
            conn.execute("PRAGMA " + pragma).fetchall()  # type: ignore[attr-defined]

    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    migrate.upgrade(engine)
    return engine


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


def bench_store(tmp: Path) -> list[Result]:
    """(b) the same workload on SQLCipher and on plain SQLite."""
    vault, _code = create_vault(tmp / "load", USER, Role.ADVOCATE, PASSPHRASE, kdf_profile="fast")
    try:
        cipher = _workload(vault.store)
    finally:
        vault.lock()
    plain_engine = _plain_engine(tmp / "plain.db")
    try:
        plain = _workload(Store(plain_engine, USER))
    finally:
        plain_engine.dispose()
    results = []
    for phase, label in (("insert", f"insert {CASES}x{EVENTS_PER_CASE} (bulk, {TXN_CASES}/txn)"),
                         ("timelines", f"{TIMELINES} case timelines"), ("caseload", "caseload")):
        results.append(Result(f"store {label}", cipher[phase], plain[phase], "s", "≤ 1.3x",
                              cipher[phase] <= 1.3 * plain[phase], "same Store on plain SQLite"))
    total_c, total_p = sum(cipher.values()), sum(plain.values())
    results.append(Result("store workload total", total_c, total_p, "s", "≤ 1.3x",
                          total_c <= 1.3 * total_p, "same Store on plain SQLite"))
    return results


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
    """All vault benchmarks (about a minute or two on 2 vCPU)."""
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
        results.extend(bench_store(Path(tmp)))
    return results
