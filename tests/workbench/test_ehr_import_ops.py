"""FHIR R4 Appointment import (workbench.operations.ehr_import, ehr_fhir) on a real vault.

The HL7 specification's own examples and an OpenEMR-shaped bulk export (tests/data/fhir),
parsed by fhir.resources (R4B): the exact times and statuses they map to; a first import that
stops at an unconfirmed patient, the confirmation, an idempotent re-import and a later export
that moves one appointment and cancels another; refusals that name the resource and field
and write nothing.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.errors import InvalidInput, PermissionDenied
from models.records import Case, Category, EventStatus
from workbench.operations import ehr_import
from workbench.operations.ehr_fhir import STATUS, parse_file

DATA = Path(__file__).resolve().parents[1] / "data" / "fhir"
EXPORT = DATA / "openemr-export"
LATER = DATA / "openemr-later.ndjson"
PATIENT = "Patient/96506861-511f-4f6d-bc97-b65a78cf1995"
FIRST = "9f3c0a52-7b1e-4c8d-a6f2-0e5d9b7c3a14"
SECOND = "b2e8d6f1-4a3c-4f9e-8d70-6c1b5a9e2f37"
THIRD = "c7a1f4e9-2d6b-4b3a-9e85-1f0c8d7b6a52"


def _read(name: str) -> str:
    return (DATA / name).read_text("utf-8")


def _written(ctx: Any, case_id: int) -> tuple[int, int, int, int]:
    store = ctx.store
    return (len(store.list_audit()), len(store.list_events(case_id)),
            len(store.links_for_case(case_id)), len(store.list_contacts(case_id)))


def _case(ctx: Any, ref: str = "C-0002") -> Any:
    return ctx.store.get_case_by_ref(ref)


def _imported(ctx: Any, case_id: int) -> dict[str, Any]:
    links = {k.record_id: k.external_id for k in ctx.store.links_for_case(case_id, "fhir")
             if k.kind == "Appointment"}
    return {links[e.id]: e for e in ctx.store.list_events(case_id) if e.id in links}


# --- the HL7 examples -----------------------------------------------------------------------

def test_ehr_fhir_hl7_examples_map_to_their_exact_times_and_statuses() -> None:
    [example] = parse_file(_read("appointment-example.json")).visits
    assert (example.resource_id, example.fhir_status, example.status) == (
        "example", "booked", EventStatus.SCHEDULED)
    assert example.start == datetime(2013, 12, 10, 9, tzinfo=UTC)
    assert example.end == datetime(2013, 12, 10, 11, tzinfo=UTC)
    assert example.category is Category.MEDICAL  # specialty 394814009 is general practice
    assert example.practitioners == ("Dr Adam Careful",)
    assert example.patient.reference == "Patient/example"
    assert example.notes == ("Discussion on the results of your recent MRI\n\nFurther expand on "
                             "the results of the MRI and determine the next actions that may "
                             "be appropriate.")
    [two] = parse_file(_read("appointment-example2doctors.json")).visits
    assert (two.resource_id, two.status) == ("2docs", EventStatus.SCHEDULED)
    assert (two.start, two.end) == (datetime(2013, 12, 9, 9, tzinfo=UTC),
                                    datetime(2013, 12, 9, 11, tzinfo=UTC))
    assert two.practitioners == ("Dr Adam Careful", "Luigi Maas")  # not the "Phone Call"


def test_ehr_fhir_the_request_example_has_no_time_and_is_refused_by_id_and_field() -> None:
    parsed = parse_file(_read("appointment-example-request.json"))
    assert parsed.visits == ()
    [refusal] = parsed.refused
    assert (refusal.resource, refusal.field) == ("Appointment/examplereq", "start")


@pytest.mark.parametrize(("fhir", "ours"), [
    ("proposed", "scheduled"), ("pending", "scheduled"), ("booked", "scheduled"),
    ("waitlist", "scheduled"), ("arrived", "done"), ("checked-in", "done"),
    ("fulfilled", "done"), ("cancelled", "cancelled"), ("entered-in-error", "cancelled"),
    ("noshow", "missed")])
def test_ehr_fhir_every_r4_status_maps(fhir: str, ours: str) -> None:
    data = json.loads(_read("appointment-example.json"))
    [visit] = parse_file(json.dumps({**data, "status": fhir})).visits
    assert visit.status.value == ours


def test_ehr_fhir_a_specialty_code_not_free_text_moves_the_category() -> None:
    data = json.loads(_read("appointment-example.json"))
    data["specialty"] = [{"coding": [{"system": "http://snomed.info/sct", "code": "394587001"}]}]
    [visit] = parse_file(json.dumps(data)).visits
    assert visit.category is Category.MENTAL_HEALTH
    data = json.loads(_read("appointment-example.json"))
    data["description"] = "psychiatry, HIV, pregnancy"  # words never decide a category
    assert parse_file(json.dumps(data)).visits[0].category is Category.MEDICAL


# --- the OpenEMR export: confirm once, import, re-import, a later export --------------------

def test_ehr_import_stops_at_an_unconfirmed_patient_and_writes_nothing(as_user: Any) -> None:
    ctx = as_user("ben")
    case = _case(ctx)
    before = _written(ctx, case.id)
    plan = ehr_import.plan_import(ctx, path=EXPORT)
    assert plan.visits == () and len(plan.refused) == 3
    assert {(r.resource, r.field) for r in plan.refused} == {
        (f"Appointment/{i}", "participant.actor") for i in (FIRST, SECOND, THIRD)}
    assert f"--confirm-patient {PATIENT}" in plan.refused[0].problem
    [unknown] = plan.unknown_patients
    assert unknown.reference == PATIENT and "1042" not in repr(unknown)
    with pytest.raises(InvalidInput, match="Nothing was imported"):
        ehr_import.import_appointments(ctx, path=EXPORT)
    assert _written(ctx, case.id) == before


def test_ehr_import_confirm_then_reimport_changes_nothing(as_user: Any) -> None:
    ctx = as_user("ben")
    case = _case(ctx)
    done = ehr_import.import_appointments(ctx, path=EXPORT, case_ref=case.ref,
                                          confirm_patient=PATIENT)
    assert done.value.plan.summary()["new"] == 3 and done.value.linked_patients == 1
    events = _imported(ctx, case.id)
    first = events[FIRST]
    assert (first.title, first.kind, first.status) == ("Clinic appointment",
                                                       "medical_appointment", "scheduled")
    assert first.start == datetime(2026, 12, 3, 15, tzinfo=UTC)  # the same instant
    assert first.tz == "America/Los_Angeles"  # the case's jurisdiction (federal-CA)
    assert first.start.utcoffset().total_seconds() == -8 * 3600
    assert first.notes == "Follow-up; bring medication list"  # a clinician sees medical notes
    assert events[THIRD].status == "done"
    [contact] = [c for c in ctx.store.list_contacts(case.id) if c.name == "Dr. Ngozi Okafor"]
    assert contact.kind == "clinician"
    # the patient's SSN is never a key (nor stored hashed): only the PT identifier is linked
    [patient] = [k for k in ctx.store.links_for_case(case.id) if k.kind == "Patient"]
    assert patient.external_id == "http://terminology.hl7.org/CodeSystem/v2-0203|1042"
    before = _written(ctx, case.id)
    again = ehr_import.import_appointments(ctx, path=EXPORT)  # no --case: the link finds it
    assert again.value.plan.summary()["unchanged"] == 3 and again.value.event_ids == ()
    assert _written(ctx, case.id) == before  # no event, link, contact or audit entry


def test_ehr_import_a_later_export_moves_one_and_cancels_another(as_user: Any) -> None:
    ctx = as_user("sam")
    case = _case(ctx)
    ehr_import.import_appointments(ctx, path=EXPORT, case_ref=case.ref, confirm_patient=PATIENT)
    contacts = len(ctx.store.list_contacts(case.id))
    plan = ehr_import.plan_import(ctx, path=LATER)
    assert {v.resource_id: v.action for v in plan.visits} == {
        FIRST: "update", SECOND: "cancel", THIRD: "unchanged"}
    ehr_import.import_appointments(ctx, path=LATER)
    events = _imported(ctx, case.id)
    assert events[FIRST].start == datetime(2026, 12, 4, 16, tzinfo=UTC)
    assert events[FIRST].end == datetime(2026, 12, 4, 16, 30, tzinfo=UTC)
    assert events[SECOND].status == "cancelled"
    assert len(events) == 3 and len(ctx.store.list_contacts(case.id)) == contacts
    assert ehr_import.plan_import(ctx, path=LATER).summary()["unchanged"] == 3


def test_ehr_import_hl7_examples_share_one_confirmed_patient(as_user: Any) -> None:
    ctx = as_user("ben")
    case = _case(ctx, "C-0003")
    ehr_import.import_appointments(ctx, path=DATA / "appointment-example.json",
                                   case_ref=case.ref, confirm_patient="Patient/example")
    done = ehr_import.import_appointments(ctx, path=DATA / "appointment-example2doctors.json")
    assert done.value.plan.visits[0].case_id == case.id
    names = [c.name for c in ctx.store.list_contacts(case.id) if c.case_id == case.id]
    assert names.count("Dr Adam Careful") == 1 and names.count("Luigi Maas") == 1
    events = _imported(ctx, case.id)
    assert events["2docs"].start == datetime(2013, 12, 9, 9, tzinfo=UTC)


# --- refusals, permissions ------------------------------------------------------------------

def _bad_file(tmp_path: Path) -> Path:
    good = json.loads(_read("appointment-example.json"))
    lines = [
        json.dumps({**good, "id": "ok"}),
        "{not json",
        json.dumps({"resourceType": "Observation", "id": "obs-1", "status": "final",
                    "code": {"text": "x"}}),
        json.dumps({k: v for k, v in {**good, "id": "no-start"}.items() if k != "start"}),
        json.dumps({**good, "id": "backwards", "end": "2013-12-10T08:00:00Z"}),
        json.dumps({**good, "id": "odd-status", "status": "postponed"}),
        json.dumps({**good, "id": "nobody", "participant": good["participant"][1:]}),
    ]
    path = tmp_path / "bad.ndjson"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_ehr_import_refusals_name_resource_and_field_and_write_nothing(
        as_user: Any, tmp_path: Path) -> None:
    ctx = as_user("ben")
    case = _case(ctx)
    path = _bad_file(tmp_path)
    before = _written(ctx, case.id)
    plan = ehr_import.plan_import(ctx, path=path, case_ref=case.ref,
                                  confirm_patient="Patient/example")
    assert {(r.resource, r.field) for r in plan.refused} == {
        ("line 2", "json"), ("Observation/obs-1", "resourceType"),
        ("Appointment/no-start", "start"), ("Appointment/backwards", "end"),
        ("Appointment/odd-status", "status"), ("Appointment/nobody", "participant")}
    assert [v.resource_id for v in plan.visits] == ["ok"]
    with pytest.raises(InvalidInput, match="6 resource"):
        ehr_import.import_appointments(ctx, path=path, case_ref=case.ref,
                                       confirm_patient="Patient/example")
    assert _written(ctx, case.id) == before
    done = ehr_import.import_appointments(ctx, path=path, case_ref=case.ref,
                                          confirm_patient="Patient/example", skip_refused=True)
    assert len(done.value.event_ids) == 1 and len(done.value.skipped) == 6


def test_ehr_import_only_medical_writers_may(as_user: Any) -> None:
    ctx = as_user("ana")  # an advocate
    case = _case(ctx)
    before = _written(ctx, case.id)
    with pytest.raises(PermissionDenied, match="clinician or a supervisor"):
        ehr_import.import_appointments(ctx, path=EXPORT, case_ref=case.ref,
                                       confirm_patient=PATIENT)
    assert _written(ctx, case.id) == before


def test_ehr_import_a_patient_belongs_to_one_case(as_user: Any) -> None:
    ctx = as_user("ben")
    ehr_import.import_appointments(ctx, path=EXPORT, case_ref="C-0002", confirm_patient=PATIENT)
    other = _case(ctx, "C-0003")
    before = _written(ctx, other.id)
    with pytest.raises(InvalidInput, match="another case"):
        ehr_import.plan_import(ctx, path=EXPORT, case_ref="C-0003", confirm_patient=PATIENT)
    plan = ehr_import.plan_import(ctx, path=EXPORT, case_ref="C-0003")
    assert plan.visits == () and all("another case" in r.problem for r in plan.refused)
    assert _written(ctx, other.id) == before


def test_ehr_fhir_a_bundle_resolves_urn_and_contained_patients_and_practitioners() -> None:
    appt = json.loads(_read("appointment-example.json"))
    appt["participant"] = [
        {"actor": {"reference": "urn:uuid:7d1c4a2e-0000-4000-8000-000000000001"},
         "status": "accepted"},
        {"actor": {"reference": "#doc"}, "status": "accepted"}]
    appt["contained"] = [{"resourceType": "Practitioner", "id": "doc",
                          "name": [{"family": "Maas", "given": ["Luigi"]}]}]
    patient = {"resourceType": "Patient", "id": "p1",
               "identifier": [{"system": "urn:oid:1.2.36.146.595.217.0.1", "value": "12345"},
                              {"system": "http://hl7.org/fhir/sid/us-ssn", "value": "000-00-0000"}]}
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"fullUrl": "urn:uuid:7d1c4a2e-0000-4000-8000-000000000001", "resource": patient},
        {"fullUrl": "urn:uuid:7d1c4a2e-0000-4000-8000-000000000002", "resource": appt}]}
    parsed = parse_file(json.dumps(bundle))
    assert parsed.refused == ()
    [visit] = parsed.visits
    assert visit.practitioners == ("Luigi Maas",)
    assert visit.patient.keys == ("urn:oid:1.2.36.146.595.217.0.1|12345",)  # never the SSN
    assert visit.patient.reference == "Patient/p1"


def test_ehr_import_zone_of_a_case_without_jurisdiction_is_the_offsets(as_user: Any,
                                                                     tmp_path: Path) -> None:
    ctx = as_user("ben")
    case = ctx.store.add_case("No jurisdiction")
    appt = json.loads(_read("appointment-example.json"))
    appt["start"], appt["end"] = "2026-12-03T10:00:00-05:00", "2026-12-03T11:00:00-05:00"
    path = tmp_path / "one.json"
    path.write_text(json.dumps(appt), "utf-8")
    ehr_import.import_appointments(ctx, path=path, case_ref=case.ref,
                                   confirm_patient="Patient/example")
    [event] = _imported(ctx, case.id).values()
    assert event.tz == "Etc/GMT+5" and event.start == datetime(2026, 12, 3, 15, tzinfo=UTC)


# --- the hub (a real PostgreSQL) ------------------------------------------------------------

def test_ehr_import_on_a_hub_is_idempotent_and_the_server_holds_no_identifier(
        new_hub, open_as, hub_address) -> None:  # type: ignore[no-untyped-def]
    from workbench.operations.context import Context

    hub, _code, _url = new_hub
    case = hub.store.add_case("Hub survivor", jurisdiction="CA")
    clinician = Context(open_as("cleo", "clinician"))
    done = ehr_import.import_appointments(clinician, path=EXPORT, case_ref=case.ref,
                                          confirm_patient=PATIENT)
    assert len(done.value.event_ids) == 3
    again = ehr_import.plan_import(clinician, path=EXPORT)
    assert again.summary()["unchanged"] == 3
    later = ehr_import.import_appointments(clinician, path=LATER)
    assert later.value.plan.summary()["cancelled"] == 1
    raw = hub_address.database.cluster.execute("SELECT * FROM external_links",
                                               db=hub_address.database.name)
    assert len(raw) == 4 and "1042" not in repr(raw) and FIRST not in repr(raw)
    assert hub.check().ok


def test_ehr_import_a_wrong_confirmation_can_be_undone(as_user: Any) -> None:
    ctx = as_user("ben")
    ehr_import.import_appointments(ctx, path=EXPORT, case_ref="C-0002", confirm_patient=PATIENT)
    [shown] = ehr_import.patient_links(ctx, case_ref="C-0002")
    assert shown.shown == "http://terminology.hl7.org/CodeSystem/v2-0203|…"  # value masked
    assert ehr_import.unlink_patient(ctx, case_ref="C-0002").value == 1
    assert ehr_import.patient_links(ctx, case_ref="C-0002") == []
    plan = ehr_import.plan_import(ctx, path=EXPORT)
    assert plan.unknown_patients and plan.visits == ()  # stops again until confirmed
    with pytest.raises(PermissionDenied):
        ehr_import.unlink_patient(as_user("ana"), case_ref="C-0002")


# --- properties -----------------------------------------------------------------------------

_MOMENTS = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2040, 12, 31),
                        timezones=st.sampled_from([UTC]))
_OFFSETS = st.integers(min_value=-12 * 60, max_value=14 * 60).map(lambda m: m - m % 15)


@settings(max_examples=60, deadline=None)
@given(start=_MOMENTS, minutes=st.integers(min_value=-300, max_value=600), offset=_OFFSETS,
       status=st.sampled_from(sorted(STATUS)))
def test_ehr_fhir_times_are_kept_as_instants_and_never_run_backwards(
        start: datetime, minutes: int, offset: int, status: str) -> None:
    from datetime import timedelta, timezone

    zone = timezone(timedelta(minutes=offset))
    local = start.replace(microsecond=0).astimezone(zone)
    end = local + timedelta(minutes=minutes)
    appt = json.loads(_read("appointment-example.json"))
    appt.update(status=status, start=local.isoformat(), end=end.isoformat())
    parsed = parse_file(json.dumps(appt))
    if minutes < 0:
        assert parsed.visits == () and [r.field for r in parsed.refused] == ["end"]
        return
    [visit] = parsed.visits
    assert visit.start == local and visit.end == end  # the same instants, whatever the offset
    assert visit.status is STATUS[status]
    case = Case(id=1, ref="C-1", display_name="x", created_at=datetime(2026, 1, 1, tzinfo=UTC))
    tz = ehr_import.zone_for(case, visit)
    assert visit.start.astimezone(ZoneInfo(tz)) == visit.start


def test_ehr_import_a_refused_appointment_cannot_confirm_its_patient(as_user: Any) -> None:
    ctx = as_user("ben")
    case = _case(ctx)
    before = _written(ctx, case.id)
    with pytest.raises(InvalidInput, match="refused appointment cannot confirm"):
        ehr_import.import_appointments(
            ctx, path=DATA / "appointment-example-request.json", case_ref=case.ref,
            confirm_patient="Patient/example", skip_refused=True)
    assert _written(ctx, case.id) == before
