"""The hub under hostile conditions, on a real PostgreSQL (never a mock, never skipped).

1. Many writers: 20 writer processes x 200 writes on one hub lose no acknowledged write and
   no update (counters incremented by read-version-update-retry end at exactly the total),
   and never fork the audit chain.
2. A superuser editing, swapping, deleting or inserting rows directly in SQL, systematically
   for every column of every sealed table, is detected by ``hub.check()`` (each attack on a
   fresh copy of one populated hub); problems name the table and never the content. What the
   seal leaves out on purpose is listed in ``EXCLUDED`` with the reason.
3. Canary sweep: names, notes, addresses and titles written through the hub never appear in the
   server's files (data directory, WAL, log) or in ``pg_dump --inserts`` output; the same sweep
   finds them in a plaintext scratch table (positive control).
4. Crash safety: kill -9 of a client in a write loop and inside an open transaction loses
   nothing committed and leaves nothing half-written; a server restart and a server crash
   while a hub session is open: the session works again (or says HubUnavailable) and nothing
   committed is lost.
"""

from __future__ import annotations

import base64
import itertools
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import psycopg
import pytest

from models import field_cipher as fc
from models import hub as hubs
from models.errors import HubUnavailable
from models.pg_cluster import ADMIN, Cluster
from models.records import StaffProfile
from tests.hostile.metrics import LONG, METRICS, NOTES
from tests.hostile.scan import CANARIES, files_under, scan, scan_bytes
from tests.hub_fixtures import PASSPHRASES, SUPERVISOR, as_new_hub

ROOT = Path(__file__).resolve().parents[2]
NY = ZoneInfo("America/New_York")
PDF = b"%PDF-1.4\n% hostile hub test\n"
SHA = "cd" * 32
# more canaries of the kinds the hub must hide: an address and a title
HUB_CANARIES = {**CANARIES, "address": "17 Rue Kanárek, Apt 4B, Canaryville",
                "title": "Kanárek asylum interview"}
_COPIES = itertools.count(1)


# --- helpers -----------------------------------------------------------------------------------

def _url(cluster: Cluster, db: str) -> str:
    return f"postgresql:///{db}?host={cluster.socket_dir}&port={cluster.port}"


@dataclass
class HubCopies:
    """Copies of a hub database (CREATE DATABASE ... TEMPLATE), dropped afterwards."""

    cluster: Cluster
    template: str
    made: list[str]

    def copy(self, template: str | None = None, prefix: str = "hh") -> str:
        template = template or self.template
        name = f"{prefix}_{os.getpid()}_{next(_COPIES)}"
        self.cluster.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" OWNER {SUPERVISOR}')
        self.made.append(name)
        as_new_hub(self.cluster, name)
        return name

    def url(self, name: str) -> str:
        return _url(self.cluster, name)


@pytest.fixture
def copies(hub_template) -> Iterator[HubCopies]:
    made = HubCopies(hub_template.cluster, hub_template.name, [])
    yield made
    for name in made.made:
        made.cluster.drop_database(name)


def _open(url: str) -> hubs.Hub:
    return hubs.open_hub(url, SUPERVISOR, PASSPHRASES[SUPERVISOR])


def _worker_env(isolated) -> dict[str, str]:
    env = isolated.environ()
    env["WORKBENCH_PASSPHRASE"] = PASSPHRASES[SUPERVISOR]
    return env


def _worker(args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "tests.hostile.hub_worker", *args], cwd=ROOT,
                            env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _wait_ready(proc: subprocess.Popen[str]) -> None:
    assert proc.stdout is not None
    first = proc.stdout.readline().strip()
    if first != "ready":
        proc.kill()
        _out, err = proc.communicate()
        raise AssertionError(f"hub worker did not start: {first!r} {err[-2000:]}")


def _audit_shape(cluster: Cluster, db: str) -> tuple[int, int, int, int]:
    """(rows, max id, distinct prev_hash, chain head length) of the audit chain."""
    [(rows, top, prevs)] = cluster.execute(
        "SELECT count(*), coalesce(max(id), 0), count(DISTINCT prev_hash) FROM audit", db=db)
    [(length,)] = cluster.execute("SELECT length FROM chain_heads WHERE name = 'audit'", db=db)
    return rows, top, prevs, length


# --- 1. many writers ----------------------------------------------------------------------------

# issue 10's 20 x 200 in `make test`; a bigger run under WORKBENCH_LONG=1 (make test-long)
WRITERS, WRITES = (40, 500) if LONG else (20, 200)
SHARED = 16  # shared cases, and counter events, that every writer updates


def _many_writers(copies: HubCopies, isolated, writers: int, writes: int) -> None:
    db = copies.copy()
    url = copies.url(db)
    hub = _open(url)
    store = hub.store
    cases = [store.add_case(f"shared case {n}").id for n in range(SHARED)]
    counters = [store.add_event(cases[n % SHARED], "task", f"counter {n}", "identity",
                                due="2026-12-01", notes="0").id for n in range(SHARED)]
    audit_before = len(store.list_audit())
    plan = json.dumps({"cases": cases, "counters": counters})
    env = _worker_env(isolated)
    procs = [_worker(["writers", url, str(w), str(writes), plan], env) for w in range(writers)]
    try:
        for proc in procs:
            _wait_ready(proc)
        for proc in procs:  # all unlocked: start together
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        reports = []
        for proc in procs:
            out, err = proc.communicate(timeout=600)
            assert proc.returncode == 0, err[-3000:]
            reports.append(json.loads(out.strip().splitlines()[-1]))
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    elapsed = max(r["ended"] for r in reports) - min(r["started"] for r in reports)
    acked = writers * writes
    conflicts = sum(r["conflicts"] for r in reports)

    # every acknowledged write is there, as written
    events = {e.id: e for c in cases for e in store.list_events(c)}
    consents = {k.id: k for c in cases for k in store.list_consents(c)}
    acked_events = [tuple(x) for r in reports for x in r["events"]]
    acked_consents = [tuple(x) for r in reports for x in r["consents"]]
    missing = [i for i, title in acked_events if i not in events or events[i].title != title]
    missing += [i for i, who in acked_consents
                if i not in consents or consents[i].recipient != who]
    assert missing == [], f"lost writes: {missing[:20]}"
    assert len(events) == len(acked_events) + len(counters)
    assert len(consents) == len(acked_consents)
    # no lost update: each counter ends at exactly the increments acknowledged on it, and every
    # record's version moved once per acknowledged update
    increments = {c: sum(r["increments"].get(str(c), 0) for r in reports) for c in counters}
    for counter in counters:
        event = store.get_event(counter)
        assert (int(event.notes), event.version) == (increments[counter],
                                                     1 + increments[counter]), counter
    updates = {c: sum(r["case_updates"].get(str(c), 0) for r in reports) for c in cases}
    for case_id in cases:
        assert store.get_case(case_id).version == 1 + updates[case_id], case_id
    total_increments = sum(increments.values())
    assert total_increments + sum(updates.values()) + len(acked_events) + len(acked_consents) \
        == acked
    # no fork: one chain, one entry per acknowledged write, each prev_hash used once
    assert store.verify_chains() == []
    rows, top, prevs, length = _audit_shape(copies.cluster, db)
    assert rows == top == prevs == length == audit_before + acked
    report = hub.check()
    assert report.ok, report.problems[:10]
    hub.lock()
    rate = acked / elapsed
    METRICS[f"hub writers {writers}x{writes}: writes/s"] = round(rate)
    METRICS[f"hub writers {writers}x{writes}: conflicts retried"] = conflicts
    NOTES.append(f"hub many writers: {writers} processes x {writes} writes = {acked} acknowledged "
                 f"in {elapsed:.1f} s ({rate:.0f} writes/s), {conflicts} conflicts retried, "
                 f"{total_increments} counter increments all present, 0 lost, 0 forks "
                 f"(audit {rows} entries)")
    print(f"\n{NOTES[-1]}")


def test_hub_many_writers_lose_nothing_and_never_fork_the_chain(copies, isolated):
    _many_writers(copies, isolated, WRITERS, WRITES)


# --- 2. a superuser's edits, swaps, deletions and insertions ----------------------------------

TAMPER_TABLES = ("cases", "safe_addresses", "matters", "triggers", "events", "consents",
                 "documents", "referrals", "goals", "milestones", "contacts", "closures",
                 "staff_profiles", "screenings", "status_changes", "safety_plans", "conferences",
                 "feedback", "report_disclosures", "disclosures", "audit")
CHAINS = ("audit", "disclosures")
# What hub.check() does not see, on purpose or by design, with the reason. The test asserts
# that exactly these attacks go unreported (one that starts being detected must leave here).
# Empty since 0005: a row put back as an older sealed copy shows against the version its last
# audit entry recorded, and staff profiles are in the row accounts by their number.
EXCLUDED: dict[tuple[str, str, str], str] = {}
# tables whose older, genuinely sealed row is written back over the newer one (replay)
REPLAYED = ("cases", "events", "staff_profiles", "safety_plans")
# hub.check() reports every attack; it never raises instead
CHECK_RAISES: set[tuple[str, str, str]] = set()
# the disclosures table's chain is called "disclosure" in its problems (chain_heads name)
_NAMED = {"disclosures": "disclosure"}
_HEADS = {"audit": "audit", "disclosures": "disclosure"}


def _pk(table: str) -> str:
    return "user" if table == "staff_profiles" else "id"


def _populate(store) -> None:
    """Two rows of every sealed kind, every optional field filled, canaries in the texts."""
    c = HUB_CANARIES
    for n in range(2):
        case = store.add_case(f"{c['name_diacritics']} {n}", legal_name=c["name_cjk"],
                              pronouns="she/her", date_of_birth=c["dob"], languages=["es", "en"],
                              interpreter_language="Spanish", safe_contact=c["a_number"],
                              confidential_address=True, address=c["address"],
                              jurisdiction="CA", assigned_to=["ana"], notes=c["note"])
        store.add_safe_address(case.id, "I-914", c["address"])
        matter = store.add_matter(case.id, "protective_order", title=c["title"],
                                  court="LA Superior", case_number=c["a_number"],
                                  jurisdiction="CA", notes=c["note"])
        trigger = store.add_trigger(case.id, "tro_granted", "ca-dvro-hearing", date(2026, 11, 20),
                                    matter_id=matter.id, jurisdiction="CA", notes=c["note"])
        [deadline] = store.replace_trigger_deadlines(trigger.id, [
            {"title": c["title"], "result_label": "Serve", "due": date(2026, 12, 1),
             "owner": "client", "category": "protective_order"}])
        event = store.add_event(case.id, "court_hearing", c["title"], "protective_order",
                                start=datetime(2026, 12, 3, 9, tzinfo=NY),
                                end=datetime(2026, 12, 3, 10, tzinfo=NY), matter_id=matter.id,
                                owner="court", location=c["address"], notes=c["note"],
                                interpreter_needed=True, interpreter_language="Spanish",
                                assigned_to="ana")
        consent = store.add_consent(case.id, c["name_diacritics"], ["protective_order"],
                                    "representation", date(2026, 11, 1),
                                    expires=date(2027, 11, 1), notes=c["note"])
        store.add_document(case.id, "protective_order", c["title"], PDF + c["note"].encode(),
                           "application/pdf", doc_date=date(2026, 11, 20))
        store.add_referral(case.id, "Shelter", c["name_diacritics"], notes=c["note"],
                           opened=date(2026, 11, 2), choice="opted_in", shares_data=True,
                           consent_id=consent.id)
        goal = store.add_goal(case.id, c["title"], domain="mental_health", priority=1,
                              measure={"kind": "score", "instrument_id": "phq9"},
                              baseline=18, target=9)
        store.add_milestone(goal.id, c["title"], due=date(2026, 12, 15),
                            linked_event_id=event.id)
        screening = store.add_screening(case.id, "phq9", "1", "mental_health",
                                        consent_at=datetime(2026, 11, 20, 15, tzinfo=NY),
                                        consent_note=c["note"])
        store.record_answers(screening.id, {"phq9_1": 2}, asked_role="clinician")
        # a total and a note on it (an interpreter), so that every sealed column holds a value
        store.complete_screening(screening.id, total=2, band="minimal", reason=c["note"])
        store.save_safety_plan(case.id, warning_signs=[c["note"]], own_words=c["note"],
                               safe_contacts=[{"name": c["name_diacritics"], "role": "friend",
                                               "how": c["a_number"]}],
                               safe_places=[c["address"]], steps=[c["title"]],
                               risk_level="high", risk_note=c["note"],
                               review_on=date(2026, 12, 20), review_event_id=deadline.id)
        store.add_conference(case.id, date(2026, 11, 25), "attended", wishes=c["note"],
                             attendees=[{"name": c["name_diacritics"], "kind": "staff"}],
                             decisions=[c["title"]], action_event_ids=[deadline.id],
                             event_id=event.id, category="safety_plan")
        store.record_housing(case.id, "emergency_shelter", note=c["note"])
        store.add_contact("attorney", c["name_diacritics"], case.id, organisation=c["address"],
                          phone="555-0100", email="pat@example.org", language="es")
        store.add_closure(date(2026, 12, 24 + n), "CA", "holiday", note=c["note"])
        store.record_disclosure(case.id, c["name_diacritics"], "representation",
                                ["protective_order"], [f"event:{event.id}", f"event:{deadline.id}"],
                                [consent.id], SHA, legal_basis=c["note"])
    store.add_case("No plan yet")  # where a forged or moved safety plan goes (one per case)
    for n in range(2):
        store.add_feedback("Bay hub", f"2026-1{n}", language="es", satisfaction=4 + n,
                           felt_safe="yes", felt_listened=3 + n)
        store.record_report("program", date(2026, 1, 1), date(2026, 10 + n, 28), threshold=11,
                            left_out_cases=n, suppressed_cells=3 + n, output="pdf",
                            output_sha256=SHA)
    for user in ("ana", "ben"):
        store.set_staff_profile(StaffProfile(user, c["name_diacritics"], "Attorney",
                                             c["address"], "EOIR123", c["address"], "555-0101",
                                             f"{user}@example.org"))


@dataclass(frozen=True)
class Attack:
    """One superuser edit made in SQL on a fresh copy of the populated hub."""

    klass: str  # edit | swap | delete | insert | truncate | replay
    table: str
    column: str  # the column changed ("" for whole rows)
    statements: tuple[tuple[str, tuple[Any, ...]], ...]
    replica: bool = True  # session_replication_role = replica (no FK checks), as a superuser may

    @property
    def key(self) -> tuple[str, str, str]:
        return self.klass, self.table, self.column


def _flip_envelope(value: str) -> str:
    """One bit of the ciphertext (or, if it is empty, of the tag) flipped."""
    prefix, key_id, body = value.split(":", 2)
    blob = bytearray(base64.b64decode(body))
    blob[12 if len(blob) > 28 else len(blob) - 1] ^= 0x01
    return f"{prefix}:{key_id}:{base64.b64encode(bytes(blob)).decode('ascii')}"


def _changed(table: str, column: str, value: Any, data_type: str) -> Any:
    """A different, storable value for ``column`` (bit flips for ciphertexts and signatures)."""
    sealed = set(fc.SEALED.get(table, {})) | {"seal"}
    if value is None:
        return {"integer": 1, "boolean": True}.get(data_type, "1")
    if isinstance(value, bytes | memoryview):
        return _flip_envelope(bytes(value).decode("ascii")).encode("ascii")
    if column in sealed:
        return _flip_envelope(value)
    if column == "signature":
        raw = bytearray(base64.b64decode(value))
        raw[0] ^= 0x01
        return base64.b64encode(bytes(raw)).decode("ascii")
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + (1000 if column in (_pk(table), "id") else 1)  # ids are unique
    return value[:-1] + ("x" if value[-1:] != "x" else "y")


def _rows(conn: psycopg.Connection, table: str) -> list[dict[str, Any]]:
    cur = conn.execute(f'SELECT * FROM {table} ORDER BY "{_pk(table)}"')
    names = [d.name for d in cur.description or ()]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _update(table: str, column: str, value: Any, where: Any) -> tuple[str, tuple[Any, ...]]:
    return f'UPDATE {table} SET "{column}" = %s WHERE "{_pk(table)}" = %s', (value, where)


def _attacks(conn: psycopg.Connection, replayed: dict[str, dict[str, Any]]) -> list[Attack]:
    """Every attack class on every table (and, for edits and swaps, every column)."""
    attacks: list[Attack] = []
    for table in TAMPER_TABLES:
        pk = _pk(table)
        rows = _rows(conn, table)
        assert len(rows) >= 2, f"{table} needs two rows to swap"
        types = dict(conn.execute("SELECT column_name, data_type FROM information_schema.columns "
                                  "WHERE table_schema = 'public' AND table_name = %s",
                                  (table,)).fetchall())
        swappable = [*fc.SEALED.get(table, {}), *(["seal"] if "seal" in types else []),
                     *(["signature"] if table in CHAINS else [])]
        free_case = max(r["id"] for r in _rows(conn, "cases"))  # holds no safety plan
        for column in types:
            row = next((r for r in rows if r[column] is not None), rows[0])
            new = _changed(table, column, row[column], types[column])
            if (table, column) == ("safety_plans", "case_id"):
                new = free_case  # one plan per case: moved to the case without one
            attacks.append(Attack("edit", table, column, (_update(table, column, new, row[pk]),)))
        for column in swappable:
            a, b, *_rest = [r for r in rows if r[column] is not None]
            assert a[column] != b[column], (table, column)
            attacks.append(Attack("swap", table, column, (
                _update(table, column, b[column], a[pk]), _update(table, column, a[column], b[pk]))))
        first, last = rows[0], rows[-1]
        attacks.append(Attack("delete", table, "first row", (
            (f'DELETE FROM {table} WHERE "{pk}" = %s', (first[pk],)),), replica=False))
        if table in CHAINS:
            attacks.append(Attack("delete", table, "newest row", (
                (f'DELETE FROM {table} WHERE "{pk}" = %s', (last[pk],)),), replica=False))
            # cut the newest entry off and rewind the chain head to match
            attacks.append(Attack("truncate", table, "newest row + chain head", (
                (f'DELETE FROM {table} WHERE "{pk}" = %s', (last[pk],)),
                ("UPDATE chain_heads SET length = length - 1, last_hash = %s WHERE name = %s",
                 (last["prev_hash"], _HEADS[table])))))
        forged = dict(first)
        forged[pk] = "mallory" if pk == "user" else max(r[pk] for r in rows) + (
            1 if table in CHAINS else 1000)
        if pk == "user":  # a staff profile's number is unique too
            forged["id"] = max(r["id"] for r in rows) + 1000
        for unique in ("ref", "day"):
            if unique in forged:
                forged[unique] = forged[unique][:-1] + "9"
        if table == "safety_plans":
            forged["case_id"] = free_case
        if table in CHAINS:
            forged["prev_hash"] = last["hash"]
        columns = ", ".join(f'"{k}"' for k in forged)
        attacks.append(Attack("insert", table, "forged row", (
            (f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(forged))})",
             tuple(forged.values())),)))
    # an older, genuinely sealed state of a row written back over its newer one
    for table, old in replayed.items():
        pk = _pk(table)
        attacks.append(Attack("replay", table, "earlier sealed version", tuple(
            _update(table, column, value, old[pk]) for column, value in old.items()
            if column != pk)))
    return attacks


@pytest.fixture(scope="module")
def populated(hub_template) -> Iterator[tuple[Cluster, str, dict[str, dict[str, Any]]]]:
    """A hub with two rows of every kind (canaries inside), to copy for each attack; and the
    raw state of a case, an event and a staff profile before their latest update (for the
    replay attacks)."""
    cluster = hub_template.cluster
    name = f"hh_populated_{os.getpid()}"
    cluster.drop_database(name)
    cluster.execute(f'CREATE DATABASE "{name}" TEMPLATE "{hub_template.name}" OWNER {SUPERVISOR}')
    as_new_hub(cluster, name)
    hub = _open(_url(cluster, name))
    _populate(hub.store)
    store = hub.store
    first = min(c.id for c in store.list_cases())
    event = next(e for e in store.list_events(first) if e.kind == "court_hearing")
    plan = store.get_safety_plan(first)
    assert plan is not None
    keys = {"cases": first, "events": event.id, "staff_profiles": "ana", "safety_plans": plan.id}
    with cluster.connect(name) as conn:
        before = {table: next(r for r in _rows(conn, table) if r[_pk(table)] == keys[table])
                  for table in REPLAYED}
    store.update_case(first, pronouns="they/them", version=store.get_case(first).version)
    store.update_event(event.id, status="done", version=event.version)
    profile = store.get_staff_profile("ana")
    assert profile is not None
    store.set_staff_profile(replace(profile, phone="555-0199"))
    store.save_safety_plan(first, risk_level="medium", version=plan.version)  # the older: high
    assert hub.check().ok
    hub.lock()
    try:
        yield cluster, name, before
    finally:
        cluster.drop_database(name)


def _attack_and_check(cluster: Cluster, template: str, attack: Attack, n: int
                      ) -> tuple[Attack, tuple[str, ...] | None, str]:
    name = f"hh_attack_{os.getpid()}_{n}"
    cluster.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" OWNER {SUPERVISOR}')
    try:
        with cluster.connect(name) as conn:
            if attack.replica:
                conn.execute("SET session_replication_role = replica")
            for statement, params in attack.statements:
                conn.execute(statement, params)  # type: ignore[arg-type]
        hub = _open(_url(cluster, name))
        try:
            return attack, hub.check().problems, ""
        except Exception as exc:  # a check that crashes reports nothing: counted, shown
            return attack, None, f"{type(exc).__name__}: {exc}"
        finally:
            hub.lock()
    finally:
        cluster.drop_database(name)


@pytest.fixture(scope="module")
def attack_results(populated) -> list[tuple[Attack, tuple[str, ...] | None, str]]:
    """Every attack, each on a fresh copy of the populated hub, and what hub.check() said
    (problems; or None and the exception when the check raised)."""
    cluster, template, replayed = populated
    with cluster.connect(template) as conn:
        attacks = _attacks(conn, replayed)
    with ThreadPoolExecutor(max_workers=3) as pool:
        return list(pool.map(lambda pair: _attack_and_check(cluster, template, *pair),
                             [(a, n) for n, a in enumerate(attacks)]))


def test_hub_superuser_edits_swaps_deletions_and_insertions_are_all_detected(attack_results):
    leaked, undetected, raised = [], [], []
    totals: dict[str, list[int]] = {}
    for attack, problems, error in attack_results:
        seen = totals.setdefault(attack.klass, [0, 0])
        seen[1] += 1
        text = error if problems is None else " ".join(problems)
        if any(canary in text for canary in HUB_CANARIES.values()):
            leaked.append(attack.key)
        if problems is None:
            raised.append(attack.key)
        elif problems and _NAMED.get(attack.table, attack.table) in text:
            seen[0] += 1
        else:
            undetected.append(attack.key)
    summary = ", ".join(f"{k} {d}/{t}" for k, (d, t) in sorted(totals.items()))
    reported = sum(d for d, _ in totals.values())
    judged = len(attack_results) - len(EXCLUDED) - len(raised)
    NOTES.append(f"hub superuser attacks: {len(attack_results)} on fresh copies, reported "
                 f"{reported}/{judged} of those not excluded ({summary}); documented exclusions "
                 f"{len(EXCLUDED)}; check raised instead of reporting {len(raised)}")
    print(f"\n{NOTES[-1]}")
    for key in undetected:
        print("  not detected:", key, EXCLUDED.get(key, "NOT DOCUMENTED"))
    METRICS["hub superuser attacks reported"] = reported
    METRICS["hub superuser attacks judged"] = judged
    assert leaked == [], f"problem texts carry canary content: {leaked}"
    assert sorted(undetected) == sorted(EXCLUDED), "undetected attacks are not the documented ones"
    assert set(raised) <= CHECK_RAISES, sorted(set(raised) - CHECK_RAISES)
    assert reported == judged  # 100%


def test_hub_check_reports_every_attack_instead_of_raising(attack_results):
    raised = [(a.key, e[:200]) for a, problems, e in attack_results if problems is None]
    assert raised == []


def test_hub_disclosure_chain_problems_are_integrity_errors(populated):
    cluster, template, _replayed = populated
    name = f"hh_chain_{os.getpid()}"
    cluster.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" OWNER {SUPERVISOR}')
    try:
        cluster.execute("UPDATE disclosures SET packet_sha256 = %s WHERE id = 1", ("ef" * 32,),
                        db=name)
        hub = _open(_url(cluster, name))
        try:
            report = hub.check()
        finally:
            hub.lock()
        assert not report.ok
        assert report.cipher_errors == () and report.integrity_errors == report.problems
    finally:
        cluster.drop_database(name)


# --- 3. canary sweep over the server's files and pg_dump ----------------------------------------

def _b64_forms(canaries: dict[str, str]) -> dict[str, str]:
    """Base64 of each canary at the three byte alignments (the characters that depend only on
    the canary's own bytes)."""
    out = {}
    for name, value in canaries.items():
        raw = value.encode("utf-8")
        for shift in range(3):
            encoded = base64.b64encode(b"\0" * shift + raw).decode("ascii")
            out[f"{name}/base64+{shift}"] = encoded[4 if shift else 0:-4]
    return out


@dataclass
class OwnHub:
    """A hub on a cluster of the test's own (restarted and killed without disturbing others)."""

    cluster: Cluster
    db: str
    url: str


def _own_hub(folder: Path) -> tuple[OwnHub, hubs.Hub]:
    cluster = Cluster.create(folder, port=None)
    cluster.start()
    cluster.create_role(SUPERVISOR)
    cluster.execute(f"ALTER ROLE {SUPERVISOR} LOGIN CREATEROLE")
    cluster.create_database("hub", owner=SUPERVISOR)
    url = _url(cluster, "hub")
    hub, _code = hubs.init_hub(url, SUPERVISOR, "supervisor", PASSPHRASES[SUPERVISOR],
                               kdf_profile="fast")
    return OwnHub(cluster, "hub", url), hub


def _dump(cluster: Cluster, db: str) -> bytes:
    done = subprocess.run([str(cluster.tool("pg_dump")), "--inserts", "-h", str(cluster.socket_dir),
                           "-p", str(cluster.port), "-U", ADMIN, db], capture_output=True,
                          check=True, env={k: v for k, v in os.environ.items()
                                           if not k.startswith("PG")})
    return done.stdout


def _sweep(own: OwnHub, canaries: dict[str, str], dbs: list[str]) -> tuple[set[str], int, int]:
    """(canaries found, files swept, dump bytes) over every file of the cluster and dumps."""
    own.cluster.execute("CHECKPOINT")
    roots = [own.cluster.folder]
    files = files_under(roots)
    hits = scan(roots, canaries)
    size = 0
    for db in dbs:
        dump = _dump(own.cluster, db)
        size += len(dump)
        hits += scan_bytes(dump, f"pg_dump {db}", canaries)
    return {h.canary for h in hits}, len(files), size


def test_hub_canary_sweep_of_data_dir_wal_and_dump_finds_nothing_but_the_control(pg_folder):
    own, hub = _own_hub(pg_folder)
    c = HUB_CANARIES
    try:
        store = hub.store
        case = store.add_case(c["name_diacritics"], legal_name=c["name_cjk"],
                              date_of_birth=c["dob"], safe_contact=c["a_number"],
                              address=c["address"], notes=c["note"])
        store.add_safe_address(case.id, "I-914", c["address"])
        store.add_matter(case.id, "immigration", title=c["title"], case_number=c["a_number"],
                         notes=c["note"])
        event = store.add_event(case.id, "medical_appointment", c["title"], "mental_health",
                                start=datetime(2026, 12, 3, 9, tzinfo=NY), location=c["address"],
                                notes=c["note"])
        consent = store.add_consent(case.id, c["name_diacritics"], ["identity"],
                                    c["title"], date(2026, 1, 1), notes=c["note"])
        store.add_contact("attorney", c["name_cjk"], case.id, organisation=c["address"])
        store.add_referral(case.id, c["title"], c["name_diacritics"], notes=c["note"])
        goal = store.add_goal(case.id, c["title"])
        store.add_milestone(goal.id, c["note"])
        store.add_document(case.id, "mental_health", c["title"], PDF + c["note"].encode(),
                           "application/pdf")
        store.record_disclosure(case.id, c["name_diacritics"], c["title"], ["identity"],
                                [f"event:{event.id}"], [consent.id], SHA, legal_basis=c["note"])
        store.update_case(case.id, notes=c["note"] + " (updated)")
        assert store.get_case(case.id).display_name == c["name_diacritics"]
        canaries = {**c, **_b64_forms(c)}
        found, files, dumped = _sweep(own, canaries, ["hub"])
        assert found == set(), f"canaries on the server: {sorted(found)}"
        # positive control: the same canaries in a plaintext scratch table are found
        own.cluster.create_database("scratch")
        own.cluster.execute("CREATE TABLE plain (name text, value text)", db="scratch")
        for name, value in c.items():
            own.cluster.execute("INSERT INTO plain VALUES (%s, %s), (%s, %s)",
                                (name, value, name + "/b64",
                                 base64.b64encode(value.encode()).decode()), db="scratch")
        control, _files, _size = _sweep(own, canaries, ["scratch"])
        assert set(c) <= control, sorted(set(c) - control)
        assert {f"{n}/base64+0" for n in c} <= control
        METRICS["hub canary sweep: files"] = files
        METRICS["hub canary sweep: pg_dump bytes"] = dumped
        NOTES.append(f"hub canary sweep: {len(canaries)} canary forms x utf-8/utf-16 over {files} "
                     f"server files (data dir, WAL, log) and {dumped} bytes of pg_dump --inserts: "
                     f"0 found; control found {len(control)} forms in a plaintext table")
        print(f"\n{NOTES[-1]}")
    finally:
        hub.lock()
        own.cluster.stop("immediate")


# --- 4. crashes: kill -9 of a client, server restart and server crash -----------------------------

CRASH_RUNS = 5 if LONG else 2


def _kill(proc: subprocess.Popen[str]) -> list[str]:
    os.kill(proc.pid, signal.SIGKILL)
    rest, _err = proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    return [line for line in rest.splitlines() if line.strip()]


def _verified(hub: hubs.Hub) -> None:
    assert hub.store.verify_chains() == []
    report = hub.check()
    assert report.ok, report.problems[:10]


@pytest.mark.parametrize("run", range(CRASH_RUNS))
@pytest.mark.parametrize("mode", ["loop", "txn"])
def test_hub_kill_9_of_a_writing_client_loses_nothing_committed(copies, isolated, mode, run):
    url = copies.url(copies.copy())
    proc = _worker([mode, url], _worker_env(isolated))
    _wait_ready(proc)
    time.sleep(random.uniform(0.3, 1.5))
    done = [int(x) for x in _kill(proc)]
    hub = _open(url)
    try:
        prefix = "crash" if mode == "loop" else "txn"
        cases = {k.display_name: k for k in hub.store.list_cases()}
        assert all(f"{prefix}-{i}" in cases for i in done), "a committed write was lost"
        if mode == "txn":  # all or nothing: every case there has its event and consent
            for name, case in cases.items():
                assert [e.title for e in hub.store.list_events(case.id)] == [name]
                assert [k.recipient for k in hub.store.list_consents(case.id)] == [name]
        hub.store.add_case("after the crash")  # the chain lock died with the client
        _verified(hub)
        METRICS[f"hub kill -9 ({mode}): steps committed before the kill"] += len(done)
    finally:
        hub.lock()


def test_hub_kill_9_inside_an_open_transaction_leaves_nothing_half_written(copies, isolated):
    url = copies.url(copies.copy())
    hub = _open(url)
    try:
        kept = hub.store.add_case("committed before")
        proc = _worker(["hold", url, "half-written"], _worker_env(isolated))
        _wait_ready(proc)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "inside"
        assert _kill(proc) == []
        hub.store.add_case("after the kill")  # waits for the dead client's locks, then commits
        names = [k.display_name for k in hub.store.list_cases()]
        assert names.count("half-written") == 0 and kept.display_name in names
        events = [e.title for k in hub.store.list_cases() for e in hub.store.list_events(k.id)]
        assert "half-written" not in events
        _verified(hub)
    finally:
        hub.lock()


def _call_through_outage(call: Callable[[], Any]) -> tuple[Any, int]:
    """``call()``, retried while it raises HubUnavailable (the 'reconnecting' state)."""
    refused = 0
    for _ in range(50):
        try:
            return call(), refused
        except HubUnavailable:
            refused += 1
            time.sleep(0.2)
    raise AssertionError("the hub did not come back")


def test_hub_server_restart_and_crash_with_a_session_open_lose_nothing(pg_folder):
    own, hub = _own_hub(pg_folder)
    try:
        store = hub.store
        before = [store.add_case(f"before {i}").id for i in range(5)]
        own.cluster.restart()
        listed, refused = _call_through_outage(store.list_cases)
        assert [k.id for k in listed] == before
        store.add_case("after restart")
        own.cluster.kill_server()
        with pytest.raises(HubUnavailable):
            store.add_case("while the server is down")
        own.cluster.start()
        _made, refused_after_crash = _call_through_outage(lambda: store.add_case("after crash"))
        names = [k.display_name for k in store.list_cases()]
        assert names == [*(f"before {i}" for i in range(5)), "after restart", "after crash"]
        _verified(hub)
        NOTES.append(f"hub server restart / kill -9 of the server with a session open: "
                     f"{refused}+{refused_after_crash} calls refused with HubUnavailable while "
                     "reconnecting, nothing committed lost")
    finally:
        hub.lock()
        own.cluster.stop("immediate")


def test_hub_server_crash_inside_an_open_transaction_is_hub_unavailable_and_all_or_nothing(
        pg_folder):
    own, hub = _own_hub(pg_folder)
    try:
        store = hub.store
        store.add_case("committed")
        with pytest.raises(HubUnavailable), store.transaction():
            store.add_case("in flight")
            own.cluster.kill_server()
            store.add_case("in flight too")
        own.cluster.start()
        listed, _refused = _call_through_outage(store.list_cases)
        assert [k.display_name for k in listed] == ["committed"]
        _verified(hub)
    finally:
        hub.lock()
        own.cluster.stop("immediate")
