"""Store: cases, matters, events, triggers, caseload (plain sqlite; vault tests come later)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import create_engine, event, text

from models.errors import InvalidInput, NotFound
from models.records import Category, EventKind, EventStatus, Owner
from models.rows import Base
from models.store import Store

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
TODAY = date(2026, 3, 1)
LA = ZoneInfo("America/Los_Angeles")


def make_store(path: str = "") -> Store:
    """A store over a plain sqlite file (or memory) with foreign keys on."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", lambda conn, _rec: conn.execute("PRAGMA foreign_keys=ON"))
    Base.metadata.create_all(engine)
    return Store(engine, "ana", clock=lambda: NOW)


@pytest.fixture
def store() -> Store:
    return make_store()  # in memory: fast; one connection per thread


def count_rows(store: Store, table: str) -> int:
    with store._engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


def test_add_case_generates_refs_and_audits_ids_only(store):
    a = store.add_case("Ana", notes="secret note", date_of_birth="1990-01-02")
    b = store.add_case("Bea")
    assert (a.ref, b.ref) == ("C-0001", "C-0002")
    assert a.date_of_birth == date(1990, 1, 2)
    audit = store.list_audit()
    assert [(e.action, e.entity, e.entity_id, e.case_id) for e in audit] == [
        ("case.add", "cases", a.id, a.id), ("case.add", "cases", b.id, b.id)]
    assert all("Ana" not in repr(e) and "secret" not in repr(e) for e in audit)
    assert audit[0].user == "ana" and audit[0].at == NOW


def test_add_case_invalid_date_names_field_and_writes_nothing(store):
    with pytest.raises(InvalidInput) as err:
        store.add_case("Ana", date_of_birth="2026-02-30")
    assert err.value.field == "date_of_birth"
    assert "date_of_birth: the value given is not a date (use YYYY-MM-DD)" == str(err.value)
    assert count_rows(store, "cases") == 0 and count_rows(store, "audit") == 0


@pytest.mark.parametrize("fields, field", [
    ({"display_name": " "}, "display_name"),
    ({"display_name": "A", "shoe_size": 3}, "shoe_size"),
    ({"display_name": "A", "confidential_address": "maybe"}, "confidential_address"),
    ({"display_name": "A", "languages": "es"}, "languages"),
])
def test_add_case_rejects_bad_fields(store, fields, field):
    with pytest.raises(InvalidInput) as err:
        store.add_case(**fields)
    assert err.value.field == field


def test_update_case_and_not_found(store):
    case = store.add_case("Ana")
    updated = store.update_case(case.id, pronouns="she/her", languages=["es", "en"])
    assert updated.pronouns == "she/her" and updated.languages == ("es", "en")
    assert store.get_case_by_ref("c-0001") == updated
    with pytest.raises(NotFound):
        store.get_case(99)
    with pytest.raises(NotFound):
        store.get_case_by_ref("C-0099")
    with pytest.raises(NotFound):
        store.update_case(99, pronouns="x")


def test_case_ref_kept_when_free_else_next(store):
    assert store.add_case("A", ref="C-0042").ref == "C-0042"
    assert store.add_case("B", ref="C-0042").ref == "C-0002"  # counts on from the newest id
    with pytest.raises(InvalidInput):
        store.add_case("C", ref="X-1")


def test_matters_refs_per_case_and_safe_address(store):
    a, b = store.add_case("A"), store.add_case("B")
    m1 = store.add_matter(a.id, "immigration", title="T visa")
    m2 = store.add_matter(a.id, "protective_order")
    m3 = store.add_matter(b.id, "family")
    assert [m.ref for m in (m1, m2, m3)] == ["M-0001-1", "M-0001-2", "M-0002-1"]
    assert store.get_matter_by_ref("M-0001-2") == m2
    assert store.list_matters(a.id) == [m1, m2]
    safe = store.add_safe_address(a.id, "I-914", "PO Box 1")
    assert store.get_case(a.id).safe_addresses == (safe,)
    with pytest.raises(InvalidInput):
        store.add_matter(a.id, "spaceship")


def test_add_event_timed_keeps_zone_and_first_local_date(store):
    case = store.add_case("A")
    start = datetime(2026, 3, 8, 23, 30, tzinfo=LA)  # already 3/9 in UTC
    ev = store.add_event(case.id, "medical_appointment", "Clinic", "medical",
                         start=start, end=start + timedelta(minutes=30))
    assert ev.tz == "America/Los_Angeles" and ev.start == start and ev.start.tzinfo.key == ev.tz
    assert store.list_events(case.id, date(2026, 3, 8), date(2026, 3, 8)) == [ev]
    assert store.list_events(case.id, date(2026, 3, 9), date(2026, 3, 9)) == []


@pytest.mark.parametrize("fields, field", [
    ({}, "due"),
    ({"start": datetime(2026, 3, 1, 9)}, "start"),  # naive
    ({"start": "2026-03-01T09:00-08:00"}, "tz"),  # offset without a zone name
    ({"due": "2026-03-01", "tz": "Mars/Olympus"}, "tz"),
    ({"due": "2026-03-01", "rrule": "FREQ=SOMETIMES"}, "rrule"),
    ({"start": datetime(2026, 3, 1, 9, tzinfo=LA), "end": datetime(2026, 3, 1, 8, tzinfo=LA)}, "end"),
    ({"due": "2026-03-01", "matter_id": 77}, "matter_id"),
])
def test_add_event_rejects(store, fields, field):
    case = store.add_case("A")
    with pytest.raises(InvalidInput) as err:
        store.add_event(case.id, "task", "Call", "identity", **fields)
    assert err.value.field == field
    assert count_rows(store, "events") == 0


def test_list_events_window_includes_every_series(store):
    a, b = store.add_case("A"), store.add_case("B")
    in_window = store.add_event(a.id, "task", "T", "identity", due=date(2026, 3, 5))
    store.add_event(a.id, "task", "Late", "identity", due=date(2026, 5, 5))
    series = store.add_event(a.id, "service_appointment", "Group", "mental_health",
                             due=date(2025, 1, 6), rrule="FREQ=WEEKLY;COUNT=200")
    other = store.add_event(b.id, "task", "B", "identity", due=date(2026, 3, 6))
    got = store.list_events(a.id, date(2026, 3, 1), date(2026, 3, 31))
    assert got == [series, in_window]
    assert store.list_events(None, date(2026, 3, 1), date(2026, 3, 31)) == [series, in_window, other]
    assert len(store.list_events()) == 4


def test_update_event_due_on_computed_deadline_marks_overridden(store):
    case = store.add_case("A")
    trig = store.add_trigger(case.id, "ij_decision", "bia_appeal", date(2026, 3, 2))
    [dl] = store.replace_trigger_deadlines(trig.id, [
        {"title": "Appeal", "category": "immigration", "due": date(2026, 4, 1)}])
    assert not dl.overridden and dl.computed_due == date(2026, 4, 1)
    moved = store.update_event(dl.id, due=date(2026, 3, 25))
    assert moved.overridden and moved.due == date(2026, 3, 25)
    assert moved.computed_due == date(2026, 4, 1)
    back = store.update_event(dl.id, overridden=False)
    assert back.due == date(2026, 4, 1) and not back.overridden
    plain = store.add_event(case.id, "task", "Call", "identity", due=date(2026, 3, 3))
    assert not store.update_event(plain.id, due=date(2026, 3, 4)).overridden


def test_replace_trigger_deadlines_keeps_overridden_due_and_refreshes_rest(store):
    case = store.add_case("A")
    trig = store.add_trigger(case.id, "tro_granted", "tro_hearing",
                             datetime(2026, 3, 2, 15, 0, tzinfo=LA), service="personal")
    assert trig.occurred == datetime(2026, 3, 2, 15, 0, tzinfo=LA)
    first = store.replace_trigger_deadlines(trig.id, [
        {"title": "Hearing", "result_label": "hearing", "category": "protective_order",
         "due": date(2026, 3, 23), "explanation": ["21 days"]},
        {"title": "Serve", "result_label": "serve", "category": "protective_order",
         "due": date(2026, 3, 18)},
    ])
    serve = next(e for e in first if e.result_label == "serve")
    hearing = next(e for e in first if e.result_label == "hearing")
    store.update_event(hearing.id, due=date(2026, 3, 20))
    store.update_event(serve.id, status="done")
    second = store.replace_trigger_deadlines(trig.id, [
        {"title": "Hearing", "result_label": "hearing", "category": "protective_order",
         "due": date(2026, 3, 24), "safe_due": date(2026, 3, 23), "explanation": ["22 days"]},
        {"title": "Serve", "result_label": "serve", "category": "protective_order",
         "due": date(2026, 3, 19)},
    ])
    h2 = next(e for e in second if e.result_label == "hearing")
    s2 = next(e for e in second if e.result_label == "serve")
    assert (h2.id, h2.due, h2.overridden) == (hearing.id, date(2026, 3, 20), True)
    assert (h2.computed_due, h2.safe_due, h2.explanation) == (
        date(2026, 3, 24), date(2026, 3, 23), ("22 days",))
    assert (s2.id, s2.due, s2.status) == (serve.id, date(2026, 3, 19), EventStatus.DONE)
    third = store.replace_trigger_deadlines(trig.id, [])
    assert [e.id for e in third] == [hearing.id]  # the overridden one survives
    assert store.list_audit()[-1].action == "trigger.deadlines"


def test_replace_trigger_deadlines_bad_item_writes_nothing(store):
    case = store.add_case("A")
    trig = store.add_trigger(case.id, "x", "r", "2026-03-02")
    before = count_rows(store, "audit")
    with pytest.raises(InvalidInput) as err:
        store.replace_trigger_deadlines(trig.id, [
            {"title": "ok", "category": "immigration", "due": "2026-04-01"},
            {"title": "bad", "category": "immigration", "due": "2026-04-31"}])
    assert err.value.field == "events[1].due"
    assert count_rows(store, "events") == 0 and count_rows(store, "audit") == before


def test_delete_event_and_evidence_link(store):
    case, other = store.add_case("A"), store.add_case("B")
    filing = store.add_event(case.id, "legal_deadline", "I-914", "immigration", due=date(2026, 5, 1))
    evalu = store.add_event(case.id, "medical_appointment", "Eval", "mental_health",
                            start=datetime(2026, 4, 1, 9, tzinfo=LA), evidence_for_id=filing.id)
    with pytest.raises(InvalidInput):
        store.add_event(other.id, "task", "x", "identity", due=TODAY, evidence_for_id=filing.id)
    store.delete_event(filing.id)
    assert store.get_event(evalu.id).evidence_for_id is None
    with pytest.raises(NotFound):
        store.delete_event(filing.id)


def test_transaction_rolls_back_every_call(store):
    with pytest.raises(InvalidInput):
        with store.transaction():
            case = store.add_case("A")
            store.add_event(case.id, "task", "x", "identity", due=TODAY)
            store.add_case("B", date_of_birth="nope")
    assert count_rows(store, "cases") == 0 and count_rows(store, "audit") == 0
    assert store.verify_chains() == []


def test_caseload_next_date_overdue_and_series(store):
    a, b, c = store.add_case("A"), store.add_case("B"), store.add_case("C")
    late = dict(owner=Owner.CLIENT)
    store.add_event(a.id, "legal_deadline", "Past", "immigration", due=date(2026, 2, 1), **late)
    store.add_event(a.id, "legal_deadline", "Court's", "immigration", due=date(2026, 2, 1),
                    owner="court")
    store.add_event(a.id, "task", "Done", "identity", due=date(2026, 2, 1), status="done", **late)
    store.add_event(a.id, "legal_deadline", "Next", "immigration", due=date(2026, 3, 20), **late)
    store.add_event(a.id, "court_hearing", "Hearing", "immigration",
                    start=datetime(2026, 3, 10, 9, tzinfo=LA))
    # weekly from Monday 2026-01-05, skipping 2026-03-02: next is 2026-03-09
    store.add_event(b.id, "service_appointment", "Group", "mental_health",
                    start=datetime(2026, 1, 5, 18, tzinfo=LA), rrule="FREQ=WEEKLY",
                    exdates=[date(2026, 3, 2)])
    store.add_event(b.id, "task", "Later", "identity", due=date(2026, 4, 1))
    goal = store.add_goal(c.id, "Housing")
    store.add_milestone(goal.id, "Apply", due=date(2026, 2, 1))  # a care-plan target: not overdue
    store.add_event(c.id, "task", "Call back", "identity", due=date(2026, 2, 27))  # no owner: ours
    summaries = {s.case.ref: s for s in store.caseload(TODAY)}
    sa, sb, sc = summaries["C-0001"], summaries["C-0002"], summaries["C-0003"]
    assert (sa.next_date, sa.overdue, sa.events) == (date(2026, 3, 10), 1, 5)
    assert (sb.next_date, sb.overdue, sb.events) == (date(2026, 3, 9), 0, 2)
    assert (sc.next_date, sc.overdue, sc.events) == (None, 1, 1)


def test_caseload_series_with_until_in_utc(store):
    case = store.add_case("A")
    store.add_event(case.id, "medical_appointment", "PT", "medical",
                    start=datetime(2026, 2, 2, 10, tzinfo=LA),
                    rrule="FREQ=WEEKLY;UNTIL=20260305T000000Z")
    store.add_event(case.id, "medical_appointment", "Ended", "medical",
                    start=datetime(2025, 2, 2, 10, tzinfo=LA), rrule="FREQ=DAILY;COUNT=3")
    [summary] = store.caseload(TODAY)
    assert summary.next_date == date(2026, 3, 2)


def test_bulk_events_one_audit_entry(store):
    case = store.add_case("A")
    added = store.add_events_bulk(case.id, [
        {"kind": "task", "title": f"t{i}", "category": "identity", "due": TODAY} for i in range(30)])
    assert added == 30 and len(store.list_events(case.id)) == 30
    assert [e.action for e in store.list_audit()] == ["case.add", "event.add_bulk"]


def test_caseload_is_fast_on_2000_cases_of_50_events(tmp_path):
    store = make_store(str(tmp_path / "bench.db"))
    first = store.add_case("Case 0")
    store.add_events_bulk(first.id, [
        {"kind": "legal_deadline", "title": "d", "category": "immigration",
         "due": TODAY + timedelta(days=j - 10), "owner": "client"} for j in range(50)])
    # copy the first case's rows at the SQL level: building 100,000 events is not the point
    with store._engine.begin() as conn:
        conn.execute(text(
            "WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
            " INSERT INTO cases (id, ref, display_name, languages, confidential_address,"
            " assigned_to, created_at) SELECT i, printf('C-%04d', i), 'x', '[]', 0, '[]',"
            " '2026-01-01T00:00:00+00:00' FROM n"))
        cols = [c for c in Base.metadata.tables["events"].columns.keys() if c not in ("id", "case_id")]
        conn.execute(text(
            f"INSERT INTO events (case_id, {', '.join(cols)}) SELECT cases.id, {', '.join('e.' + c for c in cols)}"
            " FROM cases JOIN events e ON e.case_id = 1 WHERE cases.id > 1"))
    assert count_rows(store, "events") == 100_000
    rows = store.caseload(TODAY)  # its speed is `make bench`'s (store: caseload), not a test's
    assert len(rows) == 2000
    assert {(s.next_date, s.overdue, s.events) for s in rows} == {(TODAY, 10, 50)}


def test_bulk_events_bad_item_names_index(store):
    case = store.add_case("A")
    with pytest.raises(InvalidInput) as err:
        store.add_events_bulk(case.id, [
            {"kind": "task", "title": "a", "category": "identity", "due": "2026-03-01"},
            {"kind": "task", "title": "b", "category": "identity", "due": "03/02/2026"}])
    assert str(err.value).startswith("events[1].due:")
    assert count_rows(store, "events") == 0


def test_event_kinds_and_categories_round_trip(store):
    case = store.add_case("A")
    ev = store.add_event(case.id, EventKind.MILESTONE, "M", Category.SAFETY_PLAN, due=TODAY,
                         interpreter_needed=True, interpreter_language="ti", owner=Owner.CLIENT,
                         explanation=("a", "b"))
    assert store.get_event(ev.id) == ev
    assert ev.kind is EventKind.MILESTONE and ev.explanation == ("a", "b")
