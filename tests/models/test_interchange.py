"""JSON and CSV interchange: round trips, all-or-nothing, errors that name the place."""

from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import create_engine, event, text

from models.errors import InvalidInput
from models.records import EventKind
from models.rows import Base
from models.store import Store

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "import-example.json"


def new_store() -> Store:
    engine = create_engine("sqlite://")
    event.listen(engine, "connect", lambda conn, _rec: conn.execute("PRAGMA foreign_keys=ON"))
    Base.metadata.create_all(engine)
    return Store(engine, "ana")


def rows_in(store: Store, table: str) -> int:
    with store._engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


@pytest.fixture
def example() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def test_interchange_example_imports_everything(example):
    store = new_store()
    counts = store.import_data(example)
    assert counts == {"cases": 2, "events": 5, "documents": 1, "refs": {"C-0001": "C-0001"},
                      "unchanged": {"cases": [], "closures": 0, "contacts": 0,
                                    "feedback": 0}}
    case = store.get_case_by_ref("C-0001")
    assert case.date_of_birth == date(1996, 4, 12) and case.confidential_address
    events = {e.title: e for e in store.list_events(case.id)}
    evaluation = events["Psychological evaluation"]
    deadline = events["BIA appeal (EOIR-26) due"]
    assert evaluation.evidence_for_id == deadline.id
    assert evaluation.start == datetime(2026, 12, 10, 10, tzinfo=ZoneInfo("America/Los_Angeles"))
    assert deadline.trigger_id == store.list_triggers(case.id)[0].id
    assert events["Support group"].exdates == (date(2026, 12, 22),)
    assert store.list_consents(case.id)[1].revoked == date(2026, 11, 1)
    assert store.list_goals(case.id)[0].milestones[0].done == date(2026, 10, 12)
    assert store.document_bytes(store.list_documents(case.id)[0].id).startswith(b"%PDF")
    assert store.get_matter_by_ref("M-0001-1").case_number == "A000-000-000"
    assert store.verify_chains() == []


def test_interchange_round_trip_is_exact(example):
    first = new_store()
    first.import_data(example)
    exported = first.export_data()
    second = new_store()
    second.import_data(json.loads(json.dumps(exported)))
    assert second.export_data() == exported


def test_interchange_export_one_case(example):
    store = new_store()
    store.import_data(example)
    one = store.export_data("C-0002")
    assert [c["ref"] for c in one["cases"]] == ["C-0002"]
    assert "closures" not in one


def test_interchange_bad_date_names_row_and_writes_nothing(example):
    store = new_store()
    data = copy.deepcopy(example)
    data["cases"].append({"display_name": "X"})
    data["cases"][2]["date_of_birth"] = "2026-02-30"
    with pytest.raises(InvalidInput) as err:
        store.import_data(data)
    assert str(err.value) == "cases[2].date_of_birth: the value given is not a date (use YYYY-MM-DD)"
    assert (err.value.row, err.value.field) == (2, "cases[2].date_of_birth")
    for table in ("cases", "events", "audit", "closures", "contacts", "documents"):
        assert rows_in(store, table) == 0


@pytest.mark.parametrize("change, message", [
    (lambda d: d["cases"][0]["events"][1].update(due="2026-13-01"),
     "cases[0].events[1].due: the value given is not a date"),
    (lambda d: d["cases"][0]["consents"][0].pop("granted"),
     "cases[0].consents[0].granted: is required"),
    (lambda d: d["cases"][0]["referrals"][0].update(colour="red"),
     "cases[0].referrals[0].colour: is not a field"),
    (lambda d: d["cases"][0]["documents"][0].update(data_base64="***"),
     "cases[0].documents[0].data_base64: is not valid base64"),
    (lambda d: d["cases"][0]["events"][1].update(evidence_for_id=99),
     "cases[0].events[1].evidence_for_id: is not the id of an event of this case"),
    (lambda d: d["cases"][0]["goals"][0]["milestones"][1].update(due="soon"),
     "cases[0].goals[0].milestones[1].due: the value given is not a date"),
    (lambda d: d["cases"][1].update(events="none"), "cases[1].events: must be a list"),
    (lambda d: d["cases"].__setitem__(1, "oops"), "cases[1]: must be an object"),
    (lambda d: d.update(version=7), "file: not a workbench file"),
])
def test_interchange_errors_name_the_place(example, change, message):
    store = new_store()
    change(example)
    with pytest.raises(InvalidInput) as err:
        store.import_data(example)
    assert str(err.value).startswith(message)
    assert rows_in(store, "cases") == 0 and rows_in(store, "audit") == 0


def test_interchange_reimport_of_the_same_file_adds_nothing_with_a_ref(example):
    store = new_store()
    store.import_data(example)
    counts = store.import_data(example)
    # the case with a ref is matched and skipped; the one without a ref is always new
    assert counts["refs"] == {"C-0001": "C-0001"} and counts["cases"] == 1
    assert counts["unchanged"] == {"cases": ["C-0001"], "closures": 1, "contacts": 1,
                                   "feedback": 0}
    assert rows_in(store, "cases") == 3 and rows_in(store, "closures") == 1


def test_interchange_opened_is_kept_through_export_and_import(example):
    example["cases"][0]["opened"] = "2025-03-14"
    example["cases"][1]["opened"] = "2025-06-30T17:45:00-07:00"
    store = new_store()
    store.import_data(example)
    first, second = (store.get_case_by_ref(c["ref"]) if c.get("ref") else None
                     for c in example["cases"])
    assert first is not None and first.created_at == datetime(2025, 3, 14, tzinfo=UTC)
    exported = store.export_data()
    assert [c["opened"] for c in exported["cases"]] == ["2025-03-14T00:00:00+00:00",
                                                        "2025-07-01T00:45:00+00:00"]
    again = new_store()
    again.import_data(json.loads(json.dumps(exported)))
    assert [c.created_at for c in again.list_cases()] == [c.created_at for c in store.list_cases()]


def test_interchange_opened_does_not_make_a_case_differ(example):
    store = new_store()
    store.import_data(example)
    example["cases"][0]["opened"] = "2024-01-02"  # the same records, another opening day
    counts = store.import_data(example)
    assert counts["unchanged"]["cases"] == ["C-0001"]
    assert store.get_case_by_ref("C-0001").created_at.date() != date(2024, 1, 2)


@pytest.mark.parametrize("opened, message", [
    ("2999-01-01", "cases[0].opened: the value given is in the future"),
    ("last spring", "cases[0].opened: the value given is not a date"),
    ("2025-01-01T09:00", "cases[0].opened: needs a time zone or UTC offset"),
])
def test_interchange_bad_opened_is_named_and_writes_nothing(example, opened, message):
    example["cases"][0]["opened"] = opened
    store = new_store()
    with pytest.raises(InvalidInput) as err:
        store.import_data(example)
    assert str(err.value).startswith(message)
    assert rows_in(store, "cases") == 0


CSV = """case,display_name,languages,kind,title,category,date,time,end_time,tz,rrule,owner,interpreter_needed
fam1,Maya,es;en,court_hearing,Hearing,protective_order,2026-04-02,09:30,10:30,America/New_York,,court,yes
fam1,,,medical_appointment,Therapy,mental_health,2026-04-06,17:00,,America/New_York,FREQ=WEEKLY;COUNT=6,,
fam2,J.,,,,,,,,,,,
{existing},,,legal_deadline,File reply,protective_order,2026-04-10,,,,,client,
"""


def test_interchange_csv_imports_cases_and_events():
    store = new_store()
    existing = store.add_case("Already here")
    counts = store.import_csv(CSV.format(existing=existing.ref))
    assert counts == {"cases": 2, "events": 3}
    maya = store.get_case_by_ref("C-0002")
    assert maya.languages == ("es", "en")
    hearing, therapy = store.list_events(maya.id)
    assert hearing.start == datetime(2026, 4, 2, 9, 30, tzinfo=ZoneInfo("America/New_York"))
    assert hearing.interpreter_needed and therapy.rrule == "FREQ=WEEKLY;COUNT=6"
    [deadline] = store.list_events(existing.id)
    assert (deadline.kind, deadline.due, deadline.all_day) == (
        EventKind.LEGAL_DEADLINE, date(2026, 4, 10), True)
    assert store.list_events(store.get_case_by_ref("C-0003").id) == []


@pytest.mark.parametrize("bad_line, message", [
    ("fam1,,,task,Call,identity,2026-02-30,,,,,,", "row 3, date: the value given is not a date"),
    ("fam1,,,task,Call,identity,2026-02-03,9am,,,,,",
     "row 3, time: the value given is not a time of day"),
    ("fam1,,,task,Call,gossip,2026-02-03,,,,,,", "row 3, category: the value given is not one of"),
    ("fam9,,,task,Call,identity,2026-02-03,,,,,,", "row 3, display_name: is required"),
])
def test_interchange_csv_bad_row_writes_nothing(bad_line, message):
    store = new_store()
    header = "case,display_name,languages,kind,title,category,date,time,end_time,tz,rrule,owner,notes"
    good = "fam1,Maya,,task,Call,identity,2026-02-02,,,,,,"
    with pytest.raises(InvalidInput) as err:
        store.import_csv("\n".join([header, good, bad_line]))
    assert str(err.value).startswith(message) and err.value.row == 3
    assert rows_in(store, "cases") == 0 and rows_in(store, "audit") == 0


def test_interchange_csv_unknown_column():
    with pytest.raises(InvalidInput) as err:
        new_store().import_csv("case,shoe_size\nx,42\n")
    assert str(err.value).startswith("row 1: unknown column 'shoe_size'")


def test_interchange_csv_opened_column():
    store = new_store()
    store.import_csv("case,display_name,opened\nfam1,Maya,2025-11-03\nfam2,J.,\n")
    opened = {c.display_name: c.created_at for c in store.list_cases()}
    assert opened["Maya"] == datetime(2025, 11, 3, tzinfo=UTC)
    assert opened["J."] is not None and opened["J."].date() > date(2025, 11, 3)
    with pytest.raises(InvalidInput) as err:
        store.import_csv("case,display_name,opened\nfam3,K.,3025-01-01\n")
    assert "opened" in str(err.value) and "in the future" in str(err.value)
