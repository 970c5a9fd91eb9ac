"""The hub's fast paths keep their meaning: reading sealed values (the result processor), sealing
Core rows, hashing audit entries, reserving ids, and a transaction's audit entries appended at
commit in one statement. Behaviour only: the speed itself is measured by bench/bench_hub.py."""

from __future__ import annotations

import binascii
import hashlib
import json
import secrets
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import event, text

from models import chain, hub_keys
from models import field_cipher as fc
from models import rows as _rows  # noqa: F401  # installs the mapper events, names the columns
from models.errors import Tampered, VaultLocked
from models.interchange import import_data

KEY = "core.title.1"


class _Dialect:
    name = "postgresql"


def _keyed(*key_ids: str) -> tuple[_Dialect, fc.KeyRing]:
    dialect, ring = _Dialect(), fc.KeyRing()
    for key_id in key_ids:
        ring.add(key_id, secrets.token_bytes(32))
    fc.attach(dialect, ring)  # type: ignore[arg-type]
    return dialect, ring


def _processor(dialect: _Dialect, table: str = "events", column: str = "title",
               withheld: str | None = "", binary: bool = False) -> Any:
    sealed = fc.Sealed("title", withheld=withheld, binary=binary)
    sealed.table, sealed.column = table, column
    return sealed.result_processor(dialect, None)  # type: ignore[arg-type]


def _read(row_id: object, envelope: str) -> str:
    return f"{row_id}:{envelope}"  # as the column expression returns it (id::text || ':' || col)


# --- reading ----------------------------------------------------------------------------------

def test_a_null_is_none_and_a_value_opens_with_its_envelope() -> None:
    dialect, ring = _keyed(KEY)
    opened = _processor(dialect)
    assert opened(None) is None
    envelope = fc.seal_value(ring, "core.title", "events", 7, "title", "Hearing ñ 7".encode())
    value = opened(_read(7, envelope))
    assert value == "Hearing ñ 7" and isinstance(value, fc.Opened)
    assert value.envelope == envelope and value.withheld is False
    assert fc.open_value(ring, envelope, "events", "7", "title") == "Hearing ñ 7".encode()


@settings(max_examples=60, deadline=None)
@given(plain=st.text(max_size=40), row_id=st.integers(min_value=1, max_value=2**31 - 1))
def test_the_processor_opens_what_open_value_opens(plain: str, row_id: int) -> None:
    dialect, ring = _keyed(KEY)
    envelope = fc.seal_value(ring, "core.title", "events", row_id, "title", plain.encode())
    assert _processor(dialect)(_read(row_id, envelope)) == plain
    assert fc.open_value(ring, envelope, "events", str(row_id), "title") == plain.encode()


def test_bytes_open_as_opened_bytes() -> None:
    dialect, ring = _keyed(KEY)
    envelope = fc.seal_value(ring, "core.title", "documents", 3, "data", b"\x00\x01pdf")
    raw = f"3:{envelope}".encode("ascii")  # bytea: convert_to(id || ':') || column
    value = _processor(dialect, "documents", "data", withheld=None, binary=True)(raw)
    assert value == b"\x00\x01pdf" and isinstance(value, fc.OpenedBytes)
    assert value.envelope == envelope


def test_aad_binds_row_column_table_and_key() -> None:
    dialect, ring = _keyed(KEY)
    envelope = fc.seal_value(ring, "core.title", "events", 7, "title", b"Hearing")
    with pytest.raises(Tampered, match="events row 8, column title"):
        _processor(dialect)(_read(8, envelope))  # moved to another row
    with pytest.raises(Tampered):
        _processor(dialect, column="notes")(_read(7, envelope))  # another column
    with pytest.raises(Tampered):
        _processor(dialect, table="cases")(_read(7, envelope))  # another table
    # another key id in the envelope (an epoch this member also holds): the AAD names the key
    other_dialect, other_ring = _keyed(KEY, "core.title.2")
    other_ring.keys["core.title.2"] = bytearray(ring.keys[KEY])  # same key bytes, other id
    moved = envelope.replace(f":{KEY}:", ":core.title.2:")
    with pytest.raises(Tampered):
        _processor(other_dialect)(_read(7, moved))


@pytest.mark.parametrize("change", ["flip", "prefix", "base64", "short", "no key id", "text"])
def test_a_tampered_envelope_raises_tampered(change: str) -> None:
    dialect, ring = _keyed(KEY)
    envelope = fc.seal_value(ring, "core.title", "events", 7, "title", b"Hearing")
    _prefix, key_id, body = envelope.split(":", 2)
    blob = binascii.a2b_base64(body)
    altered = {
        "flip": f"wb1:{key_id}:{binascii.b2a_base64(blob[:-1] + bytes([blob[-1] ^ 1]), newline=False).decode()}",
        "prefix": f"wb2:{key_id}:{body}",
        "base64": f"wb1:{key_id}:{body[:-2]}*=",
        "short": f"wb1:{key_id}:{binascii.b2a_base64(blob[:20], newline=False).decode()}",
        "no key id": f"wb1:{body}",
        "text": "plain text slipped in on the server",
    }[change]
    with pytest.raises(Tampered, match="events row 7, column title"):
        _processor(dialect)(_read(7, altered))
    with pytest.raises(Tampered):
        fc.open_value(ring, altered, "events", "7", "title")


def test_a_withheld_value_is_as_before() -> None:
    _writer_dialect, writer = _keyed(KEY)
    envelope = fc.seal_value(writer, "core.title", "events", 7, "title", b"Hearing")
    reader_dialect, _reader = _keyed("core.notes.1")  # holds no core.title key
    text_value = _processor(reader_dialect)(_read(7, envelope))
    assert text_value == "" and text_value.withheld is True and text_value.envelope == envelope
    assert _processor(reader_dialect, withheld=None)(_read(7, envelope)) is None
    assert _processor(reader_dialect, withheld="[]")(_read(7, envelope)) == "[]"
    raw = f"7:{envelope}".encode("ascii")
    assert _processor(reader_dialect, binary=True, withheld=None)(raw) is None
    # a tampered envelope is Tampered even for a member without the key
    with pytest.raises(Tampered):
        _processor(reader_dialect)(_read(7, "wb1:" + KEY + ":not base64!"))


def test_a_locked_ring_reads_nothing() -> None:
    dialect, ring = _keyed(KEY)
    opened = _processor(dialect)
    envelope = fc.seal_value(ring, "core.title", "events", 7, "title", b"Hearing")
    assert opened(_read(7, envelope)) == "Hearing"
    ring.wipe()
    assert opened(None) is None
    with pytest.raises(VaultLocked):
        opened(_read(7, envelope))
    assert not ring._ciphers  # no cipher kept past the lock


def test_opened_copies_keep_their_envelope() -> None:
    import copy
    import pickle

    dialect, ring = _keyed(KEY)
    envelope = fc.seal_value(ring, "core.title", "events", 7, "title", b"Hearing")
    value = _processor(dialect)(_read(7, envelope))
    for other in (copy.copy(value), copy.deepcopy(value), pickle.loads(pickle.dumps(value))):
        assert other == "Hearing" and other.envelope == envelope and other.withheld is False


def test_a_bare_postgresql_dialect_cannot_read() -> None:
    processor = _processor(_Dialect())  # no key ring attached
    assert processor(None) is None
    with pytest.raises(fc.HubKeysMissing):
        processor("7:wb1:x:y")


# --- sealing Core rows, row digests and audit hashes ------------------------------------------

class _Connection:
    def __init__(self, dialect: _Dialect) -> None:
        self.dialect = dialect


def _event_row(n: int) -> dict[str, Any]:
    return {"id": 100 + n, "case_id": 4, "kind": "court_hearing", "title": f"Hearing {n}",
            "category": "immigration", "first_date": "2026-03-02", "location": "Room ñ",
            "notes": None, "overridden": n % 2 == 0, "version": 1}


def test_core_rows_are_sealed_as_the_seal_check_expects() -> None:
    dialect, ring = _keyed()
    for key_id in (f"{hub_keys.SEAL}.1", *(f"{group}.{tier}.1" for group in hub_keys.KEY_GROUPS
                                            for tier in hub_keys.TIERS)):
        ring.add(key_id, secrets.token_bytes(32))
    rows = [_event_row(n) for n in range(6)]
    sealed = fc.seal_core_rows(_Connection(dialect), "events", rows, need_ids=False)  # type: ignore[arg-type]
    columns = fc.SEALED["events"]
    for given_row, row in zip(rows, sealed, strict=True):
        assert set(row) == {c.name for c in fc.TABLES["events"].columns}
        digest = fc.open_value(ring, row["seal"], "events", str(row["id"]), "seal")
        assert digest == fc.row_digest("events", row)  # what verify_rows and `check` recompute
        for column, spec in columns.items():
            value = row[column]
            if value is None:  # neither given nor defaulted
                assert given_row.get(column) is None
                continue
            assert isinstance(value, fc.Bound)  # given, or the column's default ("[]")
            assert given_row.get(column) in (None, str(value))
            assert spec.tier in value.envelope.split(":")[1]
            assert fc.open_value(ring, value.envelope, "events", str(row["id"]), column) == \
                str(value).encode()


def _old_row_digest(table: str, stored: dict[str, Any]) -> bytes:
    # the digest as first written (kept byte for byte: rows sealed then must still verify)
    skip = fc.unsealed_columns(table)
    body = json.dumps({k: fc._stored(v) for k, v in sorted(stored.items())
                       if k not in skip and (v is not None or k not in fc.ADDED_LATER)},
                      sort_keys=True, default=str)
    return hashlib.sha256(body.encode()).digest()


def test_row_digest_is_unchanged() -> None:
    stored = {"id": 5, "title": fc.Bound("Hearing", "wb1:core.title.1:AAAA"), "flag": True,
              "count": 0, "day": date(2026, 3, 2), "data": b"bytes", "blob": b"\x00\x01",
              "series_first": None, "notes": None, "name": "Zoë \"quoted\"",
              "opened": fc.Opened("x", "wb1:core.title.1:BBBB"), "seal": "wb1:core.seal.1:CC"}
    assert fc.row_digest("events", stored) == _old_row_digest("events", stored)


_texts = st.text(max_size=12)
_ids = st.none() | st.integers(min_value=0, max_value=2**31 - 1)


@settings(max_examples=200, deadline=None)
@given(action=_texts, at=_texts, user=_texts, entity=_texts, entity_id=_ids, case_id=_ids,
       version=_ids, row=st.integers(min_value=1, max_value=10**9), prev=_texts)
def test_audit_hash_is_link_hash(action: str, at: str, user: str, entity: str,
                                 entity_id: int | None, case_id: int | None,
                                 version: int | None, row: int, prev: str) -> None:
    fields = {"id": row, "at": at, "user": user, "action": action, "entity": entity,
              "entity_id": entity_id, "case_id": case_id, "row_version": version}
    assert chain.audit_hash(fields, prev) == chain.link_hash(fields, prev)
    assert chain.canonical(fields) == json.dumps(fields, sort_keys=True, separators=(",", ":"),
                                                 ensure_ascii=False).encode()


def test_audit_hash_of_other_shapes_falls_back_to_link_hash() -> None:
    odd = {"id": 1, "at": "t", "user": "u", "action": "a", "entity": "e", "entity_id": True,
           "case_id": 2.5, "row_version": None}
    assert chain.audit_hash(odd, "p") == chain.link_hash(odd, "p")
    fewer = {"id": 1, "at": "t", "user": "u", "action": "a"}
    assert chain.audit_hash(fewer, "p") == chain.link_hash(fewer, "p")


# --- on a hub -----------------------------------------------------------------------------------

def _events(n: int) -> list[dict[str, Any]]:
    return [{"kind": "court_hearing", "title": f"Hearing {i}", "category": "immigration",
             "start": f"2026-04-{1 + i % 28:02d}T09:00:00-04:00", "tz": "America/New_York"}
            for i in range(n)]


def test_reserved_ids_are_fresh_and_ascending(new_hub) -> None:
    hub, _code, _url = new_hub
    with hub.engine.connect() as conn:
        taken: list[int] = []
        for count in (1, 1, 5, 40, 1, 300, 2):
            ids = fc.reserve_ids(conn, "events", count)
            assert len(ids) == count and ids == sorted(ids)
            taken.extend(ids)
        assert len(set(taken)) == len(taken)
        top = conn.scalar(text("SELECT last_value FROM events_id_seq"))
        assert max(taken) <= top


def test_a_transaction_appends_its_audit_entries_once_at_commit(new_hub) -> None:
    hub, _code, _url = new_hub
    store = hub.store
    store.add_case("Person warm")
    seen: list[str] = []

    def capture(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        seen.append(statement)

    event.listen(hub.engine, "before_cursor_execute", capture)
    with store.transaction():
        for n in range(5):
            case = store.add_case(f"Person {n}")
            store.add_events_bulk(case.id, _events(10))
    event.remove(hub.engine, "before_cursor_execute", capture)
    locks = [s for s in seen if "pg_advisory_xact_lock" in s]
    inserts = [s for s in seen if "INSERT INTO audit" in s]
    heads = [s for s in seen if "FROM chain_heads" in s]
    moves = [s for s in seen if "UPDATE chain_heads" in s]
    assert len(locks) == 1 and len(inserts) == 1 and len(heads) == 1
    assert moves == inserts  # the head moves in the statement that appends the entries
    entries = store.list_audit()
    assert [e.action for e in entries].count("event.add_bulk") == 5
    assert sum(e.action == "row.add" and e.entity == "events" for e in entries) == 50
    assert store.verify_chains() == []
    assert store.written_heads["audit"][0] == len(entries)


def test_a_read_inside_a_transaction_sees_its_audit_entries(new_hub) -> None:
    hub, _code, _url = new_hub
    store = hub.store
    with store.transaction():
        case = store.add_case("Person R")
        store.add_events_bulk(case.id, _events(3))
        inside = store.list_audit(case.id)
        assert [e.action for e in inside][-1] == "event.add_bulk"
        store.add_event(case.id, **_events(1)[0])
    assert len(store.list_audit(case.id)) == len(inside) + 1
    assert store.verify_chains() == []


def test_a_rolled_back_transaction_appends_nothing(new_hub) -> None:
    hub, _code, _url = new_hub
    store = hub.store
    store.add_case("Person before")
    before = store.list_audit()
    with pytest.raises(RuntimeError), store.transaction():
        store.add_case("Person gone")
        raise RuntimeError("changed my mind")
    assert store.list_audit() == before and store.verify_chains() == []


def test_an_import_after_writes_in_one_transaction_keeps_one_chain(new_hub) -> None:
    hub, _code, _url = new_hub
    store = hub.store
    data = {"format": "workbench", "version": 1,
            "cases": [{"display_name": f"Person I{n}", "events": _events(3)} for n in range(3)]}
    with store.transaction():
        case = store.add_case("Person first")
        store.add_events_bulk(case.id, _events(2))
        import_data(store, data)
        store.add_event(case.id, **_events(1)[0])
    assert store.verify_chains() == []
    actions = [e.action for e in store.list_audit()]
    assert actions.index("event.add_bulk") < actions.index("event.add")


def test_every_write_of_a_transaction_is_notified_at_commit(new_hub) -> None:
    import psycopg

    from models import hub_address as addresses

    hub, _code, url = new_hub
    listener = psycopg.connect(**addresses.parse(url).connect_args("ana"), autocommit=True)
    try:
        listener.execute("LISTEN workbench")
        with hub.store.transaction():
            case = hub.store.add_case("Person N")
            hub.store.add_events_bulk(case.id, _events(2))
            assert not list(listener.notifies(timeout=0.2, stop_after=1))  # not before commit
        got = [n.payload for n in listener.notifies(timeout=2, stop_after=2)]
    finally:
        listener.close()
    assert got == [f"cases:{case.id}:{case.id}", f"events::{case.id}"]
