"""Store benchmarks, each against a baseline measured in the same run.

(a) the same Store on SQLCipher (the vault's connection recipe) vs on plain SQLite with the same
    pragmas, 2,000 cases x 50 events: insert (100 cases per transaction), 200 case timelines,
    the caseload: each <= 1.3x. Beside them, the engine alone: raw sqlcipher3 vs sqlite3 (20,000
    inserts at 100 per transaction, then indexed reads, same pragmas). Where the engine alone
    costs more than 1.3x, the Store's target is to stay within 10% of the engine's own ratio.
(b) importing 100,000 events (2,000 cases x 50, a JSON file's dict) in one all-or-nothing
    transaction vs a raw executemany of the same case and event rows on the same connection:
    <= 3x.
The two sides of every comparison run alternately, so that a loaded machine slows both alike.
All data is fictional and lives in a temporary folder removed at the end.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, create_engine, event, text

from bench.harness import Result
from models import migrate
from models.interchange import import_data, plan_file
from models.records import Role
from models.store import Store
from models.vault import create_vault

USER, PASSPHRASE = "bench", "bench passphrase, not a secret"
CASES, EVENTS_PER_CASE, TIMELINES, TXN_CASES = 2000, 50, 200, 100
RAW_ROWS, RAW_TXN = 20_000, 100
TODAY = date(2026, 3, 2)
NY = ZoneInfo("America/New_York")
# the vault's recipe minus the key (models/connection.py)
PLAIN_PRAGMAS = ("temp_store = MEMORY", "secure_delete = ON", "journal_mode = WAL",
                 "synchronous = FULL", "foreign_keys = ON")
CIPHER_PRAGMAS = ("cipher_memory_security = OFF", *PLAIN_PRAGMAS)
STORE_LIMIT, IMPORT_LIMIT = 1.3, 3.0


def events(case_no: int) -> list[dict[str, Any]]:
    """50 fictional items: hearings, client deadlines, appointments and one weekly series."""
    start = datetime(2026, 1, 5, 9, tzinfo=NY) + timedelta(days=case_no % 7)
    items: list[dict[str, Any]] = []
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


def _best_alternating(a: Callable[[], object], b: Callable[[], object],
                      repeat: int) -> tuple[float, float]:
    """Best of ``repeat`` runs of each, run a, b, a, b, ..."""
    times_a, times_b = [], []
    for _ in range(repeat):
        times_a.append(_timed(a))
        times_b.append(_timed(b))
    return min(times_a), min(times_b)


# --- the engine alone ------------------------------------------------------------------------

def _raw_connection(module: Any, path: Path, key: str | None, pragmas: tuple[str, ...]) -> Any:
    conn = module.connect(str(path))
    conn.isolation_level = None
    if key is not None:
        conn.executescript(f"PRAGMA key = \"x'{key}'\";")
    for pragma in pragmas:
        conn.execute("PRAGMA " + pragma).fetchall()
    conn.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, grp INTEGER, day TEXT, "
                 "title TEXT, notes TEXT)")
    conn.execute("CREATE INDEX IF NOT EXISTS ix_t_grp_day ON t (grp, day)")
    return conn


def _raw_inserts(conn: Any, first: int, count: int) -> None:
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO t (grp, day, title, notes) VALUES (?, ?, ?, ?)", [
        (n % 400, f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}", f"Appointment {n}", "x" * 60)
        for n in range(first, first + count)])
    conn.execute("COMMIT")


def _raw_reads(opened: Callable[[], Any]) -> None:
    conn = opened()  # a fresh connection: a cold page cache, so every page read is decrypted
    try:
        for grp in range(0, 400, 2):
            conn.execute("SELECT * FROM t WHERE grp = ? ORDER BY day", (grp,)).fetchall()
        conn.execute("SELECT grp, count(*), min(day) FROM t GROUP BY grp").fetchall()
    finally:
        conn.close()


def bench_engine(tmp: Path) -> tuple[Result, Result]:
    """Raw sqlcipher3 vs sqlite3: 20,000 inserts at 100 per transaction, then indexed reads."""
    from sqlcipher3 import dbapi2 as sqlcipher

    key = secrets.token_hex(32)
    rounds: list[tuple[float, float]] = []
    for n in range(3):  # fresh files each round; the best round of each side counts
        def open_cipher(n: int = n) -> Any:
            return _raw_connection(sqlcipher, tmp / f"raw-cipher-{n}.db", key, CIPHER_PRAGMAS)

        def open_plain(n: int = n) -> Any:
            return _raw_connection(sqlite3, tmp / f"raw-plain-{n}.db", None, PLAIN_PRAGMAS)

        cipher, plain = open_cipher(), open_plain()
        took = [0.0, 0.0]
        for first in range(0, RAW_ROWS, RAW_TXN):  # one transaction each, in turn
            took[0] += _timed(lambda f=first, c=cipher: _raw_inserts(c, f, RAW_TXN))
            took[1] += _timed(lambda f=first, p=plain: _raw_inserts(p, f, RAW_TXN))
        cipher.close()
        plain.close()
        rounds.append((took[0], took[1]))
    inserts = (min(r[0] for r in rounds), min(r[1] for r in rounds))
    reads = _best_alternating(lambda: _raw_reads(open_cipher), lambda: _raw_reads(open_plain),
                              repeat=5)
    label = "raw sqlcipher3 vs sqlite3 (same pragmas)"
    return (Result(f"engine: {RAW_ROWS:,} inserts, {RAW_TXN}/txn", inserts[0], inserts[1],
                   "s", "info", True, label),
            Result("engine: 200 indexed range reads + group by", reads[0], reads[1], "s", "info",
                   True, label))


# --- (a) the same Store on SQLCipher and on plain SQLite ----------------------------------------

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


def _insert_chunk(store: Store, first: int) -> None:
    with store.transaction():  # an import-sized transaction per 100 cases
        for n in range(first, first + TXN_CASES):
            case = store.add_case(f"Person {n}", languages=["es"])
            store.add_events_bulk(case.id, events(n))


def _workloads(cipher: Store, plain: Store, cases: int = CASES,
               inserted: Callable[[], object] | None = None) -> dict[str, tuple[float, float]]:
    """(first store's seconds, second's) per phase; the two stores take turns.

    ``cases`` (a multiple of 100) scales the insert phase; bench_hub runs it smaller and has
    ``inserted`` called when the insert phase is over.
    """
    insert = [0.0, 0.0]
    for first in range(0, cases, TXN_CASES):
        insert[0] += _timed(lambda f=first: _insert_chunk(cipher, f))
        insert[1] += _timed(lambda f=first: _insert_chunk(plain, f))
    if inserted is not None:
        inserted()
    step = max(1, cases // TIMELINES)
    picks = [[c.id for c in s.list_cases()][::step][:TIMELINES] for s in (cipher, plain)]
    return {
        "insert": (insert[0], insert[1]),
        "timelines": _best_alternating(lambda: [cipher.list_events(i) for i in picks[0]],
                                       lambda: [plain.list_events(i) for i in picks[1]], 3),
        "caseload": _best_alternating(lambda: cipher.caseload(TODAY),
                                      lambda: plain.caseload(TODAY), 3),
    }


def _limit(engine_ratio: float) -> tuple[float, str]:
    """1.3x, or within 10% of the engine's own ratio where the engine alone costs more."""
    if engine_ratio <= STORE_LIMIT:
        return STORE_LIMIT, "≤ 1.3x"
    return 1.1 * engine_ratio, f"≤ 1.3x or ≤ engine+10% = {1.1 * engine_ratio:.2f}x"


def bench_store(tmp: Path, engine: tuple[Result, Result]) -> list[Result]:
    """(a) the same workload on SQLCipher and on plain SQLite."""
    vault, _code = create_vault(tmp / "load", USER, Role.ADVOCATE, PASSPHRASE, kdf_profile="fast")
    plain_engine = _plain_engine(tmp / "plain.db")
    try:
        took = _workloads(vault.store, Store(plain_engine, USER))
    finally:
        vault.lock()
        plain_engine.dispose()
    results = []
    phases = (("insert", f"insert {CASES}x{EVENTS_PER_CASE} (bulk, {TXN_CASES}/txn)", engine[0]),
              ("timelines", f"{TIMELINES} case timelines", engine[1]),
              ("caseload", "caseload", engine[1]))
    for phase, label, raw in phases:
        limit, target = _limit(raw.ratio)
        c, p = took[phase]
        results.append(Result(f"store {label}", c, p, "s", target, c <= limit * p,
                              f"same Store on plain SQLite; engine alone {raw.ratio:.2f}x"))
    total_c, total_p = (sum(t[i] for t in took.values()) for i in (0, 1))
    limit, target = _limit(engine[0].ratio)
    results.append(Result("store workload total", total_c, total_p, "s", target,
                          total_c <= limit * total_p, "same Store on plain SQLite"))
    return results


# --- (b) bulk import vs raw executemany ---------------------------------------------------------

def import_file() -> dict[str, Any]:
    """2,000 cases x 50 events as a JSON file holds them (text dates, zone names)."""
    cases = []
    for n in range(CASES):
        items = events(n)
        for item in items:
            if "start" in item:
                item["tz"] = "America/New_York"
        cases.append({"display_name": f"Person {n}", "languages": ["es"], "events": items})
    data = {"format": "workbench", "version": 1, "cases": cases}
    loaded: dict[str, Any] = json.loads(json.dumps(data, default=lambda v: v.isoformat()))
    return loaded


def _raw_rows(data: dict[str, Any], round_no: int, first_case_id: int) -> tuple[list, list]:
    """The case and event rows the import writes, as a raw executemany would take them."""
    plan = plan_file(data)
    cases, rows = [], []
    for n, case in enumerate(plan.cases):
        case_id = first_case_id + n
        cases.append({**case.tables["cases"][0], "id": case_id, "ref": f"R{round_no}-{n}",
                      "created_at": "2026-03-02T00:00:00+00:00"})
        rows.extend({**e, "case_id": case_id} for e in case.tables["events"])
    return cases, rows


def _insert_sql(table: str, row: dict[str, Any]) -> str:
    names = ", ".join(row)
    return f"INSERT INTO {table} ({names}) VALUES ({', '.join(':' + n for n in row)})"


def bench_import(tmp: Path) -> Result:
    """(b) import_data of 100,000 events vs executemany of the same rows, same connection."""
    vault, _code = create_vault(tmp / "import", USER, Role.ADVOCATE, PASSPHRASE,
                                kdf_profile="fast")
    connections: set[int] = set()
    event.listen(vault.engine, "checkout", lambda dbapi, _rec, _proxy: connections.add(id(dbapi)))
    data = import_file()
    raw_times, import_times, next_id = [], [], 1
    try:
        for round_no in range(2):
            cases, rows = _raw_rows(data, round_no, next_id)
            next_id += 2 * CASES  # the import in between takes the next CASES ids

            def raw(cases: list = cases, rows: list = rows) -> None:
                proxied = vault.engine.raw_connection()
                try:
                    conn = proxied.driver_connection
                    conn.execute("BEGIN")
                    conn.executemany(_insert_sql("cases", cases[0]), cases)
                    conn.executemany(_insert_sql("events", rows[0]), rows)
                    conn.execute("COMMIT")
                finally:
                    proxied.close()

            raw_times.append(_timed(raw))
            import_times.append(_timed(lambda: import_data(vault.store, data)))
        _check_import(vault.store, 2 * (CASES + CASES * EVENTS_PER_CASE))
    finally:
        vault.lock()
    value, baseline = min(import_times), min(raw_times)
    same = "the same connection" if len(connections) == 1 else "NOT the same connection"
    return Result(f"import {CASES * EVENTS_PER_CASE:,} events ({CASES:,} cases, one txn)", value,
                  baseline, "s", "≤ 3x", value <= IMPORT_LIMIT * baseline and len(connections) == 1,
                  f"raw executemany of the same case and event rows on {same}")


def _check_import(store: Store, records: int) -> None:
    """Both imports landed with one audit entry per record on an intact chain."""
    with store._engine.connect() as conn:
        audited = conn.execute(text("SELECT count(*) FROM audit")).scalar_one()
    if audited != records or store.verify_chains():
        raise RuntimeError(f"import bench: {audited} audit entries for {records} records")


def run() -> list[Result]:
    """All store benchmarks (a few minutes on 2 vCPU)."""
    with tempfile.TemporaryDirectory(prefix="wb-bench-") as tmp:
        folder = Path(tmp)
        engine = bench_engine(folder)
        results = [*engine, *bench_store(folder, engine), bench_import(folder)]
    return results
