"""Property tests: any sequence of writes keeps the audit chain intact with one entry per write;
any valid import round-trips through export."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, event

from models.errors import InvalidInput
from models.records import (
    RECORD_CATEGORIES,
    ContactKind,
    EventKind,
    EventStatus,
    MatterKind,
    Owner,
)
from models.rows import Base
from models.store import Store

ZONES = ("UTC", "America/New_York", "America/Los_Angeles", "Europe/Kyiv", "Asia/Ho_Chi_Minh")
SETTINGS = settings(max_examples=20, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def new_store() -> Store:
    engine = create_engine("sqlite://")
    event.listen(engine, "connect", lambda conn, _rec: conn.execute("PRAGMA foreign_keys=ON"))
    Base.metadata.create_all(engine)
    return Store(engine, "ana")


# text as people type it in several scripts, already trimmed (the store trims)
words = st.text(alphabet="abcxyz ÁéñøçĐươЖжя王秀英-'", min_size=1, max_size=12).map(str.strip).filter(bool)
days = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))
categories = st.sampled_from(RECORD_CATEGORIES)  # the categories a record may have


@st.composite
def moments(draw: Any) -> datetime:
    """An aware time in one of a few zones (DST gaps and folds included)."""
    zone = ZoneInfo(draw(st.sampled_from(ZONES)))
    local = datetime.combine(draw(days), time(draw(st.integers(0, 23)), draw(st.sampled_from([0, 30]))))
    return local.replace(tzinfo=zone)


def event_fields(draw: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {"kind": draw(st.sampled_from(list(EventKind))), "title": draw(words),
                              "category": draw(categories)}
    if draw(st.booleans()):
        fields["start"] = start = draw(moments())
        if draw(st.booleans()):
            fields["end"] = start + timedelta(minutes=draw(st.integers(0, 600)))
    else:
        fields["due"] = draw(days)
        fields["owner"] = draw(st.sampled_from(list(Owner)))
    if draw(st.booleans()):
        fields["rrule"] = draw(st.sampled_from(["FREQ=WEEKLY;COUNT=6", "FREQ=DAILY;INTERVAL=2;COUNT=3"]))
    fields["status"] = draw(st.sampled_from(list(EventStatus)))
    return fields


# one write: (name, a number choosing the target among existing records, a draw of values)
OPS = ("add_case", "update_case", "add_matter", "update_matter", "delete_matter", "add_event",
       "update_event", "delete_event", "add_consent", "update_consent", "revoke_consent",
       "add_contact", "update_contact", "delete_contact", "bad_write")


@st.composite
def operations(draw: Any) -> list[tuple[str, int, dict[str, Any]]]:
    ops = []
    for _ in range(draw(st.integers(1, 12))):
        name = draw(st.sampled_from(OPS))
        values: dict[str, Any] = {"text": draw(words), "day": draw(days), "event": event_fields(draw),
                                  "kind": draw(st.sampled_from(list(MatterKind))),
                                  "contact": draw(st.sampled_from(list(ContactKind))),
                                  "cats": draw(st.frozensets(categories, min_size=1, max_size=3))}
        ops.append((name, draw(st.integers(0, 1000)), values))
    return ops


def apply(store: Store, name: str, pick: int, v: dict[str, Any], live: dict[str, list]) -> str | None:
    """Run one operation; returns the audit action expected, or None when nothing applies."""
    def target(kind: str) -> Any:
        return live[kind][pick % len(live[kind])] if live[kind] else None

    case = target("case")
    if name == "add_case":
        live["case"].append(store.add_case(v["text"], languages=["es"]).id)
        return "case.add"
    if name == "bad_write":  # invalid input: refused, nothing written
        try:
            store.add_case(v["text"], date_of_birth="2026-02-30")
        except InvalidInput:
            return None
        raise AssertionError("a bad date was accepted")
    if case is None:
        return None
    match name:
        case "update_case":
            store.update_case(case, pronouns=v["text"])
        case "add_matter":
            live["matter"].append(store.add_matter(case, v["kind"], title=v["text"]).id)
        case "add_event":
            live["event"].append(store.add_event(case, **v["event"]).id)
        case "add_consent":
            live["consent"].append(store.add_consent(case, v["text"], v["cats"], "care", "2020-01-01").id)
        case "add_contact":
            live["contact"].append(store.add_contact(v["contact"], v["text"], case_id=case).id)
        case _:
            return apply_to_record(store, name, pick, v, live)
    return action_of(name)


def apply_to_record(store: Store, name: str, pick: int, v: dict[str, Any], live: dict[str, list]) -> str | None:
    kind = name.split("_", 1)[1]
    if not live[kind]:
        return None
    rid = live[kind][pick % len(live[kind])]
    if name.startswith("delete_"):
        getattr(store, name)(rid)
        live[kind].remove(rid)
    elif name == "update_matter":
        store.update_matter(rid, court=v["text"], kind=v["kind"])
    elif name == "update_event":
        store.update_event(rid, title=v["text"], location=v["text"])
    elif name == "update_contact":
        store.update_contact(rid, phone=v["text"])
    else:  # update_consent / revoke_consent: refused when revoked or dates conflict
        try:
            if name == "revoke_consent":
                store.revoke_consent(rid, v["day"])
            else:
                store.update_consent(rid, expires=v["day"], notes=v["text"])
        except InvalidInput:
            return None  # refused: nothing written
    return action_of(name)


def action_of(name: str) -> str:
    """The audit action of a store method: add_case -> case.add."""
    verb, kind = name.split("_", 1)
    return f"{kind}.{verb}"


@SETTINGS
@given(operations())
def test_store_property_every_write_one_audit_entry_chain_verifies(ops):
    store = new_store()
    live: dict[str, list] = {k: [] for k in ("case", "matter", "event", "consent", "contact")}
    expected = []
    for name, pick, values in ops:
        before = len(store.list_audit())
        action = apply(store, name, pick, values, live)
        after = store.list_audit()
        if action is None:
            assert len(after) == before
        else:
            assert len(after) == before + 1 and after[-1].action == action
            expected.append(action)
    assert [e.action for e in store.list_audit()] == expected
    assert store.verify_chains() == []


@st.composite
def import_files(draw: Any) -> dict[str, Any]:
    """A valid import file: cases with matters, events (some linked) and consents."""
    cases = []
    for c in range(draw(st.integers(1, 3))):
        matters = [{"id": i + 1, "kind": draw(st.sampled_from(list(MatterKind))).value,
                    "title": draw(words)} for i in range(draw(st.integers(0, 2)))]
        events = []
        for i in range(draw(st.integers(0, 5))):
            fields = event_fields(draw)
            item: dict[str, Any] = {"id": i + 1, **{k: getattr(x, "value", x) for k, x in fields.items()}}
            for key in ("start", "end"):
                if key in item:
                    item["tz"] = item[key].tzinfo.key
                    item[key] = item[key].isoformat()
            if "due" in item:
                item["due"] = item["due"].isoformat()
            if matters and draw(st.booleans()):
                item["matter_id"] = draw(st.sampled_from(matters))["id"]
            events.append(item)
        consents = [{"recipient": draw(words), "categories": sorted(x.value for x in draw(
            st.frozensets(categories, min_size=1, max_size=3))), "purpose": draw(words),
            "granted": draw(days).isoformat()} for _ in range(draw(st.integers(0, 2)))]
        cases.append({"ref": f"C-{c + 1:04d}", "display_name": draw(words), "matters": matters,
                      "events": events, "consents": consents,
                      "languages": draw(st.lists(st.sampled_from(["es", "vi", "ru", "en"]), unique=True))})
    return {"format": "workbench", "version": 1, "cases": cases}


def _instant(item: dict[str, Any]) -> Any:
    return datetime.fromisoformat(item["start"]).astimezone(UTC) if "start" in item else item["due"]


@SETTINGS
@given(import_files())
def test_store_property_import_round_trips_through_export(data):
    first = new_store()
    first.import_data(json.loads(json.dumps(data)))
    exported = first.export_data()
    assert [c["display_name"] for c in exported["cases"]] == [c["display_name"] for c in data["cases"]]
    for given_case, out_case in zip(data["cases"], exported["cases"], strict=True):
        mine = sorted((e["title"], str(_instant(e))) for e in given_case["events"])
        theirs = sorted((e["title"], str(_instant(e))) for e in out_case["events"])
        assert mine == theirs
        assert [x["recipient"] for x in out_case["consents"]] == [x["recipient"] for x in given_case["consents"]]
        assert [x["kind"] for x in out_case["matters"]] == [x["kind"] for x in given_case["matters"]]
    second = new_store()
    second.import_data(json.loads(json.dumps(exported)))
    assert second.export_data() == exported
    assert first.verify_chains() == [] and second.verify_chains() == []
