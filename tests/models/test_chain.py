"""Hash chains: any edit, deletion or reordering of audit or disclosure rows is reported."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, event, text

from models import chain
from models.rows import Base
from models.store import Store

SHA = "b" * 64


@pytest.fixture
def store() -> Store:
    """A store with 4 audit-worthy writes and 3 disclosures."""
    engine = create_engine("sqlite://")
    event.listen(engine, "connect", lambda conn, _rec: conn.execute("PRAGMA foreign_keys=ON"))
    Base.metadata.create_all(engine)
    store = Store(engine, "ana")
    case = store.add_case("Ana")
    consent = store.add_consent(case.id, "Court", ["identity"], "hearing", "2026-01-01")
    for purpose in ("hearing", "filing", "conference"):
        store.record_disclosure(case.id, "Court", purpose, ["identity"], ["case:1"],
                                [consent.id], SHA)
    return store


def tamper(store: Store, *statements: str) -> None:
    """The attacker: raw SQL straight on the database, bypassing the store."""
    with store._engine.begin() as conn:
        for sql in statements:
            conn.execute(text(sql))


def test_chain_intact_store_verifies(store):
    assert store.verify_chains() == []
    assert len(store.list_audit()) == 5 and len(store.list_disclosures()) == 3


@pytest.mark.parametrize("table", ["audit", "disclosures"])
@pytest.mark.parametrize("attack", [
    "UPDATE {t} SET user = 'mallory' WHERE id = 2",
    "UPDATE {t} SET at = '2020-01-01T00:00:00+00:00' WHERE id = 1",
    "UPDATE {t} SET case_id = 9 WHERE id = 3",
    "DELETE FROM {t} WHERE id = 2",
    "DELETE FROM {t} WHERE id = 1",
    "DELETE FROM {t} WHERE id = (SELECT max(id) FROM {t})",
    "DELETE FROM {t}",
    "UPDATE {t} SET id = -1 WHERE id = 1; UPDATE {t} SET id = 1 WHERE id = 2;"
    " UPDATE {t} SET id = 2 WHERE id = -1",
    "UPDATE {t} SET id = id + 100",
])
def test_chain_tampering_is_detected(store, table, attack):
    assert store.verify_chains() == []
    tamper(store, *attack.format(t=table).split(";"))
    problems = store.verify_chains()
    name = "audit" if table == "audit" else "disclosure"
    assert problems and all(p.startswith(f"{name}:") for p in problems)


def test_chain_swapped_contents_detected(store):
    cols = "at, user, case_id, recipient, purpose, categories, record_ids, consent_ids, " \
           "packet_sha256, legal_basis, prev_hash, hash"
    tamper(
        store,
        f"CREATE TEMP TABLE t AS SELECT {cols} FROM disclosures WHERE id = 2",
        "UPDATE disclosures SET purpose = (SELECT purpose FROM disclosures WHERE id = 3),"
        " hash = (SELECT hash FROM disclosures WHERE id = 3),"
        " prev_hash = (SELECT prev_hash FROM disclosures WHERE id = 3) WHERE id = 2",
        "UPDATE disclosures SET purpose = (SELECT purpose FROM t),"
        " hash = (SELECT hash FROM t), prev_hash = (SELECT prev_hash FROM t) WHERE id = 3",
    )
    assert store.verify_chains()


def test_chain_head_edit_detected(store):
    tamper(store, "UPDATE chain_heads SET length = length - 1 WHERE name = 'audit'")
    assert store.verify_chains() == ["audit: 4 rows were written but 5 are present"]


def test_chain_verify_pure_function():
    rows = []
    prev = chain.GENESIS
    for i in (1, 2, 3):
        fields = {"id": i, "x": f"v{i}"}
        digest = chain.link_hash(fields, prev)
        rows.append({**fields, "prev_hash": prev, "hash": digest})
        prev = digest
    assert chain.verify("t", rows, ("id", "x"), (3, prev)) == []
    assert chain.verify("t", [], ("id", "x"), None) == []
    rows[1] = {**rows[1], "x": "changed"}
    assert chain.verify("t", rows, ("id", "x"), (3, prev)) == ["t: row 2 was changed after it was written"]


def test_chain_canonical_is_order_independent():
    assert chain.canonical({"b": 1, "a": "é"}) == chain.canonical({"a": "é", "b": 1})
    assert chain.link_hash({"a": 1}, "x") != chain.link_hash({"a": 1}, "y")
