"""Store reads: the fast row converters equal the ORM ones; timelines use indexes and stay fast."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from models import store_convert as convert
from models import store_rowmap as rowmap
from models.rows import CaseRow, EventRow
from tests.models.test_store import make_store

NY = ZoneInfo("America/New_York")


def _full_event_fields(i: int) -> dict:
    """An event with every optional field set to a distinct value (catches swapped columns)."""
    return dict(
        kind="court_hearing", title=f"Hearing {i}", category="protective_order",
        start=datetime(2026, 3, 2, 9, tzinfo=NY) + timedelta(days=i),
        end=datetime(2026, 3, 2, 10, tzinfo=NY) + timedelta(days=i), location="Dept 5",
        status="done", rrule="FREQ=WEEKLY;COUNT=3", exdates=["2026-03-09"],
        interpreter_needed=True, interpreter_booked=False, interpreter_language="vi",
        owner="court", assigned_to="ana", notes="bring ID", result_label="r", rule_id="x",
        computed_due="2026-04-01", safe_due="2026-03-30", overridden=True,
        explanation=["step 1", "step 2"], all_day=False,
    )


def test_store_rowmap_event_and_case_equal_orm_conversion():
    store = make_store()
    case = store.add_case("Ana", languages=["es"], date_of_birth="1990-01-02",
                          confidential_address=True, assigned_to=["ana"], notes="n")
    store.add_safe_address(case.id, "I-914", "PO Box 1")
    first = store.add_event(case.id, "legal_deadline", "File", "immigration", due="2026-03-01",
                            owner="client")
    store.add_event(case.id, evidence_for_id=first.id, **_full_event_fields(1))
    with Session(store._engine) as s:
        orm_events = [convert.event(e) for e in s.scalars(select(EventRow).order_by(EventRow.id))]
        fast_events = rowmap.events_from(s.execute(rowmap.event_select().order_by(EventRow.id)))
        orm_cases = [convert.case(c) for c in s.scalars(select(CaseRow))]
    assert fast_events == orm_events and len(fast_events) == 2
    assert fast_events[1].start.tzinfo == NY and fast_events[1].exdates == (date(2026, 3, 9),)
    assert store.list_cases() == orm_cases


def test_store_list_events_uses_indexes_not_a_scan():
    store = make_store()
    case = store.add_case("Ana")
    store.add_event(case.id, "legal_deadline", "File", "immigration", due="2026-03-01")
    plans = []

    def capture(conn, cursor, statement, params, context, many):
        if statement.lstrip().upper().startswith("SELECT") and "FROM events" in statement:
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).fetchall()
            plans.append(" ".join(str(row[-1]) for row in plan))

    from sqlalchemy import event

    event.listen(store._engine, "before_cursor_execute", capture)
    store.list_events(start=date(2026, 3, 1), end=date(2026, 3, 7))
    store.list_events(case.id, start=date(2026, 3, 1))
    store.caseload(date(2026, 3, 1))
    event.remove(store._engine, "before_cursor_execute", capture)
    window, one_case, counts, scheduled, series = plans
    assert "ix_events_series" in window and "ix_events_first_date" in window
    assert "SEARCH events USING INDEX ix_events_case_first_date" in one_case
    # the caseload reads narrow indexes, never the wide event rows
    assert "COVERING INDEX ix_events_case_first_date" in counts
    assert "COVERING INDEX ix_events_open" in scheduled
    assert "INDEX ix_events_series" in series


def test_store_one_case_of_2000_events_loads_whole(tmp_path):
    store = make_store(str(tmp_path / "big.db"))
    case = store.add_case("Ana")
    base = datetime(2026, 1, 1, 9, tzinfo=NY)
    store.add_events_bulk(case.id, [
        {"kind": "service_appointment", "title": "Visit", "category": "medical",
         "start": base + timedelta(hours=7 * i), "location": "Clinic"}
        for i in range(2000)
    ])
    with store._engine.connect() as conn:  # one INSERT statement path, one audit entry
        assert conn.execute(text("SELECT count(*) FROM audit")).scalar_one() == 2
    # how fast it loads is measured by `make bench` (switch to a 2,000-entry case), not here
    events = store.list_events(case.id)
    assert len(events) == 2000 and events[0].start == base and events[-1].start.tzinfo == NY
    assert events[5].start.astimezone(UTC) == (base + timedelta(hours=35)).astimezone(UTC)


def test_store_import_writes_each_table_in_one_statement_not_one_per_record():
    # The bulk path: one executemany per table and one for the audit trail, however many
    # records (the speed itself is measured by `make bench`, against a raw executemany).
    from sqlalchemy import event

    from models.interchange import import_data

    store = make_store()
    day = date(2026, 3, 2)
    data = {"format": "workbench", "version": 1, "cases": [
        {"display_name": f"Person {n}", "events": [
            {"kind": "task", "title": f"Call {i}", "category": "identity",
             "due": (day + timedelta(days=i)).isoformat()} for i in range(300)]}
        for n in range(3)]}
    inserts: list[tuple[str, bool]] = []

    def capture(conn, cursor, statement, params, context, many):
        if statement.lstrip().upper().startswith("INSERT"):
            inserts.append((statement.split()[2], many))

    event.listen(store._engine, "before_cursor_execute", capture)
    counts = import_data(store, data)
    event.remove(store._engine, "before_cursor_execute", capture)
    assert counts["events"] == 900
    # (plus the audit chain's head, created by the first write to an empty vault)
    assert sorted(inserts) == [("audit", True), ("cases", True), ("chain_heads", False),
                               ("events", True)]
    assert len(store.list_audit()) == 903 and store.verify_chains() == []
