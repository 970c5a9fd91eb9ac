"""The bulk write path of imports (models.store_bulk) writes what the store's methods write.

Same rows, same ids, one audit entry per record on an intact chain, also when bulk writes and
ordinary writes share one transaction.
"""

from __future__ import annotations

import base64
import copy
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from models import chain
from models import store_bulk as bulk
from models.errors import InvalidInput
from models.interchange import import_data
from models.interchange_csv import import_csv
from models.rows import Base
from models.store import Store
from tests.models.test_import_integrity import contents, new_store
from tests.models.test_store_properties import SETTINGS, event_fields

EXAMPLE = json.loads(
    (Path(__file__).resolve().parents[2] / "docs" / "import-example.json").read_text("utf-8"))
_LISTS = ("safe_addresses", "matters", "triggers", "events", "consents", "referrals", "goals",
          "contacts", "documents")


def _without(d: dict, *keys: str) -> dict:
    return {k: v for k, v in d.items() if k not in keys}


def import_by_methods(store: Store, data: dict) -> None:
    """The example file written through the intent-named methods, one call per record."""
    with store.transaction():
        for c in data["closures"]:
            store.add_closure(**c)
        for c in data["contacts"]:
            store.add_contact(**c)
        for case in data["cases"]:
            new = store.add_case(ref=case.get("ref"), **_without(case, "ref", *_LISTS))
            for a in case.get("safe_addresses", []):
                store.add_safe_address(new.id, **a)
            matters = {m["id"]: store.add_matter(new.id, **_without(m, "id", "ref")).id
                       for m in case.get("matters", [])}
            triggers = {}
            for t in case.get("triggers", []):
                linked = {**_without(t, "id"), "matter_id": matters[t["matter_id"]]}
                triggers[t["id"]] = store.add_trigger(new.id, **linked).id
            events, evidence = {}, []
            for e in case.get("events", []):
                given_ = _without(e, "id", "evidence_for_id")
                for key, ids in (("matter_id", matters), ("trigger_id", triggers)):
                    if key in given_:
                        given_[key] = ids[given_[key]]
                events[e.get("id")] = store.add_event(new.id, **given_).id
                if "evidence_for_id" in e:
                    evidence.append((events[e.get("id")], e["evidence_for_id"]))
            for event_id, local in evidence:
                store.update_event(event_id, evidence_for_id=events[local])
            for c in case.get("consents", []):
                store.add_consent(new.id, **_without(c, "id"))
            for x in case.get("referrals", []):
                store.add_referral(new.id, **x)
            for g in case.get("goals", []):
                goal = store.add_goal(new.id, **_without(g, "milestones"))
                for m in g.get("milestones", []):
                    store.add_milestone(goal.id, **m)
            for c in case.get("contacts", []):
                store.add_contact(case_id=new.id, **c)
            for d in case.get("documents", []):
                store.add_document(new.id, data=base64.b64decode(d["data_base64"]),
                                   **_without(d, "data_base64"))


def data_tables(store: Store) -> dict[str, list[tuple]]:
    """Every table but the audit trail, without the creation time of cases or row versions
    (the methods path updates an event after adding it: evidence links point forward)."""
    out = contents(store)
    for name in ("audit", "chain_heads"):
        out.pop(name)
    for name, rows in out.items():
        names = [c.name for c in Base.metadata.tables[name].columns]
        drop = {names.index(c) for c in ("created_at", "version") if c in names}
        out[name] = [tuple(v for i, v in enumerate(row) if i not in drop) for row in rows]
    return out


def test_store_bulk_import_writes_the_rows_the_methods_write():
    fast, slow = new_store(), new_store()
    import_data(fast, copy.deepcopy(EXAMPLE))
    import_by_methods(slow, copy.deepcopy(EXAMPLE))
    fast_rows, slow_rows = data_tables(fast), data_tables(slow)
    # a status history is data: an import writes the one its file holds (this example, written
    # before 0007, holds none), while add_goal and add_referral start one entry each
    assert fast_rows.pop("status_changes") == []
    started = sorted(row[2] for row in slow_rows.pop("status_changes"))
    assert started == ["goal"] * len(fast_rows["goals"]) + ["referral"] * len(fast_rows["referrals"])
    assert fast_rows == slow_rows
    assert sum(map(len, fast_rows.values())) == 20


@SETTINGS
@given(st.lists(st.composite(event_fields)(), min_size=1, max_size=4))
def test_store_bulk_event_row_equals_add_event(items):
    store = new_store()
    case = store.add_case("Ana")
    names = [c.name for c in Base.metadata.tables["events"].columns]
    for fields in items:
        added = store.add_event(case.id, **fields)
        with store._engine.connect() as conn:
            stored = conn.execute(text("SELECT * FROM events WHERE id = :i"), {"i": added.id})
            written = dict(zip(names, stored.one(), strict=True))
        expected = {**bulk.event_row(fields), "id": added.id, "case_id": case.id}
        assert expected == written


@pytest.mark.parametrize("user", ["ana", 'o"brien\\x', "王秀英 Ærø", "tab\there"])
@pytest.mark.parametrize("case_id", [None, 7])
def test_store_bulk_audit_hashes_equal_chain_link_hash(user, case_id):
    entries = [("cases", 3, 3), ("events", 10, case_id), ("closures", 1, None)]
    rows = list(bulk.audit_rows(entries, "2026-03-01T12:00:00+00:00", user, 41, "ab" * 32))
    prev = "ab" * 32
    for n, row in enumerate(rows, start=42):
        fields = {k: row[k] for k in chain.AUDIT_FIELDS}
        assert row["id"] == n and row["prev_hash"] == prev
        assert row["hash"] == chain.link_hash(fields, prev)
        prev = row["hash"]


def test_store_bulk_shares_a_transaction_with_ordinary_writes():
    store = new_store()
    first = store.add_case("Before")  # C-0001
    data = copy.deepcopy(EXAMPLE)
    data["cases"][0].pop("ref")
    with store.transaction():
        store.add_event(first.id, "task", "Inside, before", "identity", due="2026-12-01")
        counts = import_data(store, data)
        store.add_event(first.id, "task", "Inside, after", "identity", due="2026-12-02")
    assert counts["cases"] == 2
    assert store.verify_chains() == []
    assert [e.action for e in store.list_audit()][-1] == "event.add"
    assert len(store.list_audit()) == 1 + 1 + 20 + 1
    assert [c.ref for c in store.list_cases()] == ["C-0001", "C-0002", "C-0003"]


def test_store_bulk_failure_inside_rolls_everything_back():
    store = new_store()
    store.add_case("Before")
    before = contents(store)
    data = copy.deepcopy(EXAMPLE)
    data["cases"][1]["events"][0]["due"] = "2026-02-30"
    with pytest.raises(InvalidInput):
        with store.transaction():
            store.add_case("In the same transaction")
            import_data(store, data)
    assert contents(store) == before


def test_store_bulk_csv_import_audits_each_record():
    store = new_store()
    existing = store.add_case("Already here")
    counts = import_csv(store, (
        "case,display_name,kind,title,category,date\n"
        "fam1,Maya,task,Call,identity,2026-04-02\n"
        f"{existing.ref.lower()},,legal_deadline,File,immigration,2026-04-10\n"))
    assert counts == {"cases": 1, "events": 2}
    actions = [(e.action, e.case_id) for e in store.list_audit()]
    maya = store.get_case_by_ref("C-0002")
    assert actions == [("case.add", existing.id), ("case.add", maya.id), ("event.add", maya.id),
                       ("event.add", existing.id)]
    assert store.verify_chains() == []

