"""Import integrity: enum values, references and rule ids are checked, re-imports never duplicate.

Every refusal names the row and the field, never the value, and leaves every table exactly as
it was (contents compared, not just counts).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, text

from models.errors import Duplicate, InvalidInput
from models.interchange import export_data, import_data
from models.rows import Base
from models.store import Store

EXAMPLE = json.loads(
    (Path(__file__).resolve().parents[2] / "docs" / "import-example.json").read_text("utf-8"))
RULES = frozenset({"bia_appeal_30", "B-EOIR-BIA-APPEAL"})
BAD = "Zofia-not-an-enum-ÆØ"  # would be case data: must never appear in a message


def new_store() -> Store:
    engine = create_engine("sqlite://")
    event.listen(engine, "connect", lambda conn, _rec: conn.execute("PRAGMA foreign_keys=ON"))
    Base.metadata.create_all(engine)
    return Store(engine, "ana")


def contents(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table, in id order: what 'nothing was written' is checked against."""
    with store._engine.connect() as conn:
        return {t.name: [tuple(r) for r in conn.execute(t.select().order_by(*t.primary_key))]
                for t in Base.metadata.sorted_tables}


@pytest.fixture
def example() -> dict:
    return copy.deepcopy(EXAMPLE)


@pytest.fixture
def loaded() -> Store:
    """A store that already holds something (a refused import must not touch it)."""
    store = new_store()
    other = store.add_case("Already here")
    store.add_event(other.id, "task", "Call back", "identity", due="2026-12-01")
    return store


def refused(store: Store, data: dict, **kwargs) -> InvalidInput:
    before = contents(store)
    with pytest.raises(InvalidInput) as err:
        import_data(store, data, **kwargs)
    assert contents(store) == before
    assert BAD not in str(err.value)
    return err.value


def _case0(d: dict) -> dict:
    return d["cases"][0]


ENUMS = [
    (lambda d: _case0(d)["events"][1].update(kind=BAD), "cases[0].events[1].kind"),
    (lambda d: _case0(d)["events"][0].update(category=BAD), "cases[0].events[0].category"),
    (lambda d: _case0(d)["events"][3].update(status=BAD), "cases[0].events[3].status"),
    (lambda d: _case0(d)["events"][3].update(owner=BAD), "cases[0].events[3].owner"),
    (lambda d: _case0(d)["matters"][0].update(kind=BAD), "cases[0].matters[0].kind"),
    (lambda d: _case0(d)["triggers"][0].update(service=BAD), "cases[0].triggers[0].service"),
    (lambda d: _case0(d)["consents"][1].update(how_given=BAD), "cases[0].consents[1].how_given"),
    (lambda d: _case0(d)["consents"][0].update(categories=["identity", BAD]),
     "cases[0].consents[0].categories"),
    (lambda d: _case0(d)["referrals"][0].update(status=BAD), "cases[0].referrals[0].status"),
    (lambda d: _case0(d)["goals"][0].update(status=BAD), "cases[0].goals[0].status"),
    (lambda d: _case0(d)["contacts"][0].update(kind=BAD), "cases[0].contacts[0].kind"),
    (lambda d: _case0(d)["documents"][0].update(media_type=BAD),
     "cases[0].documents[0].media_type"),
    (lambda d: d["contacts"][0].update(kind=BAD), "contacts[0].kind"),
    (lambda d: d["closures"][0].update(reason=BAD), "closures[0].reason"),
    (lambda d: d["cases"][1]["events"][0].update(kind=BAD), "cases[1].events[0].kind"),
]


@pytest.mark.parametrize("change, field", ENUMS)
def test_import_bad_enum_names_row_and_field_not_value(loaded, example, change, field):
    change(example)
    err = refused(loaded, example)
    assert err.field == field and str(err).startswith(f"{field}: the value given is not one of")
    assert err.row == (1 if field.startswith("cases[1]") else 0)


REFERENCES = [
    (lambda d: _case0(d)["events"][0].update(matter_id=7), "cases[0].events[0].matter_id",
     "is not the id of a matter of this case"),
    (lambda d: _case0(d)["triggers"][0].update(matter_id=2), "cases[0].triggers[0].matter_id",
     "is not the id of a matter of this case"),
    (lambda d: _case0(d)["events"][0].update(trigger_id="t9"), "cases[0].events[0].trigger_id",
     "is not the id of a trigger of this case"),
    (lambda d: _case0(d)["events"][1].update(evidence_for_id=99),
     "cases[0].events[1].evidence_for_id", "is not the id of an event of this case"),
    # ids are local to their case: case 1 cannot point at case 0's matter
    (lambda d: d["cases"][1]["events"][0].update(matter_id=1), "cases[1].events[0].matter_id",
     "is not the id of a matter of this case"),
    (lambda d: _case0(d)["events"][1].update(evidence_for_id=True),
     "cases[0].events[1].evidence_for_id", "is not the id of an event"),
    (lambda d: _case0(d)["events"][2].update(id=1), "cases[0].events[2].id",
     "events[0] has the same id in this case"),
    (lambda d: _case0(d)["matters"].append({"id": 1, "kind": "civil"}), "cases[0].matters[1].id",
     "matters[0] has the same id in this case"),
]


@pytest.mark.parametrize("change, field, message", REFERENCES)
def test_import_bad_reference_names_row_and_field(loaded, example, change, field, message):
    change(example)
    err = refused(loaded, example)
    assert err.field == field and str(err).startswith(f"{field}: {message}")


def test_import_unknown_rule_id_is_refused_when_the_catalog_is_given(loaded, example):
    example["cases"][0]["triggers"][0]["rule_id"] = "B-NOT-A-RULE"
    err = refused(loaded, example, known_rule_ids=RULES)
    assert str(err) == ("cases[0].triggers[0].rule_id: not a rule of the catalog; "
                        "see `workbench rules`")
    assert (err.field, err.row) == ("cases[0].triggers[0].rule_id", 0)


def test_import_unknown_rule_id_of_a_computed_event_is_refused(loaded, example):
    example["cases"][0]["events"][0]["rule_id"] = "B-NOT-A-RULE"
    err = refused(loaded, example, known_rule_ids=RULES)
    assert err.field == "cases[0].events[0].rule_id" and "not a rule of the catalog" in str(err)


def test_import_rule_ids_checked_only_when_a_catalog_is_given(example):
    example["cases"][0]["triggers"][0]["rule_id"] = "B-NOT-A-RULE"
    assert import_data(new_store(), copy.deepcopy(example))["cases"] == 2
    with pytest.raises(InvalidInput):
        import_data(new_store(), example, known_rule_ids=frozenset())
    assert import_data(new_store(), copy.deepcopy(EXAMPLE), known_rule_ids=RULES)["cases"] == 2


def test_import_duplicate_refs_in_one_file_are_refused(loaded, example):
    example["cases"][1]["ref"] = "c-0001 "  # the same ref once normalised
    err = refused(loaded, example)
    assert str(err).startswith("cases[1].ref: cases[0] has the same ref in this file")
    assert (err.field, err.row) == ("cases[1].ref", 1)


def test_import_malformed_ref_is_refused_without_echo(loaded, example):
    example["cases"][0]["ref"] = BAD
    err = refused(loaded, example)
    assert str(err) == "cases[0].ref: is not a case reference (use C-0001)"


def test_import_duplicate_closure_in_one_file_is_refused(loaded, example):
    example["closures"].append(dict(example["closures"][0], reason="outage"))
    err = refused(loaded, example)
    assert str(err).startswith("closures[1].day: closures[0] is already this calendar's closure")


# --- re-importing ---------------------------------------------------------------------------

def test_import_full_reimport_of_an_export_changes_nothing(example):
    store = new_store()
    import_data(store, example)
    exported = export_data(store)
    before = contents(store)
    counts = import_data(store, json.loads(json.dumps(exported)))
    assert contents(store) == before  # not one row, not one audit entry
    assert counts["cases"] == counts["events"] == counts["documents"] == 0
    assert counts["unchanged"] == {"cases": ["C-0001", "C-0002"], "closures": 1, "contacts": 1,
                                   "feedback": 0}
    assert counts["refs"] == {"C-0001": "C-0001", "C-0002": "C-0002"}


def test_import_reimport_after_an_edit_is_refused_naming_the_case(example):
    store = new_store()
    import_data(store, example)
    exported = json.loads(json.dumps(export_data(store)))
    case = store.get_case_by_ref("C-0002")
    store.add_event(case.id, "task", "Added after the export", "identity", due="2026-12-09")
    err = refused(store, exported)
    assert isinstance(err, Duplicate)
    assert str(err).startswith("cases[1].ref: case C-0002 is already in this vault")
    assert (err.field, err.row) == ("cases[1].ref", 1)


def test_import_export_of_another_vault_with_colliding_refs_and_ids(example):
    ours = new_store()
    mine = ours.add_case("Unrelated person")  # C-0001, and ids 1 for its matter and event
    matter = ours.add_matter(mine.id, "family", title="Custody")
    ours.add_event(mine.id, "court_hearing", "Hearing", "family_case", matter_id=matter.id,
                   start="2027-02-01T09:00:00-05:00", tz="America/New_York")
    theirs = new_store()
    import_data(theirs, example)
    exported = json.loads(json.dumps(export_data(theirs)))
    err = refused(ours, exported)
    assert isinstance(err, Duplicate)
    assert str(err).startswith("cases[0].ref: case C-0001 is already in this vault")
    # without refs they come in as new cases; file-local ids never reach our records
    before = contents(ours)
    for case in exported["cases"]:
        case.pop("ref")
    counts = import_data(ours, exported)
    assert counts["cases"] == 2 and counts["refs"] == {}
    after = contents(ours)
    for table in ("cases", "matters", "events"):
        assert after[table][:len(before[table])] == before[table]  # ours untouched
    new = ours.get_case_by_ref("C-0002")
    [their_matter] = ours.list_matters(new.id)
    events = {e.title: e for e in ours.list_events(new.id)}
    assert events["Master calendar hearing"].matter_id == their_matter.id != matter.id
    assert events["Psychological evaluation"].evidence_for_id == \
        events["BIA appeal (EOIR-26) due"].id
    assert ours.list_events(mine.id)[0].matter_id == matter.id
    assert ours.verify_chains() == []


def test_import_shared_records_already_present_are_skipped(example):
    store = new_store()
    import_data(store, {"format": "workbench", "version": 1,
                        "closures": example["closures"], "contacts": example["contacts"] * 2})
    counts = import_data(store, {"format": "workbench", "version": 1,
                                 "contacts": example["contacts"] * 3})
    assert counts["unchanged"]["contacts"] == 2  # two were there; the third is new
    assert len([c for c in store.list_contacts() if c.case_id is None]) == 3


def test_import_closure_that_differs_from_the_vaults_is_refused(example):
    store = new_store()
    import_data(store, {"format": "workbench", "version": 1, "closures": example["closures"]})
    example["closures"][0]["note"] = "another note"
    err = refused(store, example)
    assert isinstance(err, Duplicate) and err.field == "closures[0].day"
    assert "already has a closure on that day" in str(err)


def test_import_writes_one_audit_entry_per_record(example):
    store = new_store()
    import_data(store, example)
    counted = contents(store)
    records = sum(len(counted[t]) for t in counted if t not in ("audit", "chain_heads"))
    entries = store.list_audit()
    assert len(entries) == records == 20
    assert all(e.entity_id is not None and e.action.endswith(".add") for e in entries)
    assert len({(e.entity, e.entity_id) for e in entries}) == records
    with store._engine.connect() as conn:
        for e in entries:
            row = conn.execute(text(f"SELECT count(*) FROM {e.entity} WHERE id = :i"),
                               {"i": e.entity_id}).scalar_one()
            assert row == 1
    assert store.verify_chains() == []
