"""The store contract (models.store_contract.StoreContract), tested against every backend.

One suite, parametrized by ``BACKENDS``: the SQLCipher vault's store, opened on a copy of the
session's template vault, and the hub's (models.hub) on a real PostgreSQL, on a copy of the
session's template hub. Both pass every test unchanged. The tests use nothing but the contract: no SQL, no sessions.

What every method must do: give back what was written (round-trips); raise NotFound for an
unknown id or reference; raise InvalidInput naming the field for a bad value, with nothing
written; append exactly one audit entry per write; and, inside ``transaction()``, write all
or nothing.
"""

from __future__ import annotations

import dataclasses
import inspect
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from itertools import count
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from models import records as r
from models.errors import Conflict, InvalidInput, NotFound
from models.store_contract import StoreContract
from tests.conftest import TemplateVault
from tests.vault_fixtures import ANA, ANA_PASSPHRASE, TODAY

NY = ZoneInfo("America/New_York")
PDF = b"%PDF-1.4\n% contract test\n"
SHA = "ab" * 32
UNKNOWN = 987_654

MakeStore = Callable[[], StoreContract]


def _vault_backend(template: TemplateVault, tmp_path: Path) -> Iterator[MakeStore]:
    """Fresh stores, each on its own copy of the template vault (locked at teardown)."""
    import shutil

    from models.vault import open_vault

    opened = []
    numbers = count()

    def make() -> StoreContract:
        path = tmp_path / f"vault-{next(numbers)}"
        shutil.copytree(template.path, path)
        vault = open_vault(path, ANA, ANA_PASSPHRASE)
        opened.append(vault)
        return vault.store

    try:
        yield make
    finally:
        for vault in opened:
            vault.lock()


def _hub_backend(request: pytest.FixtureRequest, _folder: Path) -> Iterator[MakeStore]:
    """Fresh stores, each on its own hub database copied from the session's template hub
    (a real PostgreSQL; the same member keys in every copy)."""
    from models.hub import open_hub
    from tests.hub_fixtures import PASSPHRASES, SUPERVISOR, as_new_hub

    template = request.getfixturevalue("hub_template")
    cluster = template.cluster
    opened = []
    names = []

    def make() -> StoreContract:
        name = f"{template.name}_{len(names)}_{next(_HUB_COPIES)}"
        cluster.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template.name}" OWNER {SUPERVISOR}')
        names.append(name)
        as_new_hub(cluster, name)
        url = f"postgresql:///{name}?host={cluster.socket_dir}&port={cluster.port}"
        hub = open_hub(url, SUPERVISOR, PASSPHRASES[SUPERVISOR])
        opened.append(hub)
        return hub.store

    try:
        yield make
    finally:
        for hub in opened:
            hub.lock()
        for name in names:
            cluster.drop_database(name)


_HUB_COPIES = count()

# name -> a generator of store factories, given the fixture request and a folder of its own
BACKENDS: dict[str, Callable[[pytest.FixtureRequest, Path], Iterator[MakeStore]]] = {
    "vault": lambda request, folder: _vault_backend(request.getfixturevalue("template_vault"),
                                                    folder),
    "hub": _hub_backend,
}


@pytest.fixture(params=sorted(BACKENDS))
def make_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[MakeStore]:
    """A factory of fresh, empty stores of one backend (acting as ana)."""
    yield from BACKENDS[request.param](request, tmp_path)


@pytest.fixture
def store(make_store: MakeStore) -> StoreContract:
    """A fresh, empty store."""
    return make_store()


@dataclasses.dataclass
class World:
    """One case holding one record of every kind, and a second case to link across."""

    case: r.Case
    other: r.Case
    matter: r.Matter
    event: r.Event
    trigger: r.Trigger
    deadline: r.Event
    consent: r.Consent
    document: r.Document
    referral: r.Referral
    goal: r.Goal
    milestone: r.Milestone
    contact: r.Contact
    shared: r.Contact
    closure: r.Closure
    disclosure: r.Disclosure
    safe: r.SafeAddress
    screening: r.Screening  # in progress
    paused: r.Screening
    plan: r.SafetyPlan
    conference: r.Conference
    link: r.Link
    booking: r.InterpreterBooking


@pytest.fixture
def world(store: StoreContract) -> World:
    return build_world(store)


@pytest.fixture(scope="module", params=sorted(BACKENDS))
def shared(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[StoreContract, World]]:
    """One store with a world, shared by the tests that must write nothing (they check it)."""
    for make in BACKENDS[request.param](request, tmp_path_factory.mktemp("contract")):
        store = make()
        yield store, build_world(store)


def build_world(store: StoreContract) -> World:
    """Write one record of every kind (the World)."""
    case = store.add_case("Ana", languages=["es"], jurisdiction="CA", assigned_to=["ana"])
    other = store.add_case("Bea")
    matter = store.add_matter(case.id, "protective_order", title="DVRO", court="LA Superior")
    event = store.add_event(case.id, "court_hearing", "Hearing", "protective_order",
                            start=datetime(2026, 12, 3, 9, tzinfo=NY), matter_id=matter.id,
                            owner="court")
    trigger = store.add_trigger(case.id, "tro_granted", "ca-dvro-hearing", date(2026, 11, 20),
                                matter_id=matter.id, jurisdiction="CA")
    [deadline] = store.replace_trigger_deadlines(trigger.id, [
        {"title": "Serve", "result_label": "Serve", "due": date(2026, 12, 1), "owner": "client",
         "category": "protective_order"}])
    consent = store.add_consent(case.id, "Legal aid", ["protective_order"], "representation",
                                date(2026, 11, 1))
    document = store.add_document(case.id, "protective_order", "TRO", PDF, "application/pdf",
                                  doc_date=date(2026, 11, 20))
    referral = store.add_referral(case.id, "Shelter", "Safe House")
    goal = store.add_goal(case.id, "Housing")
    milestone = store.add_milestone(goal.id, "Apply", due=date(2026, 12, 15))
    goal = store.list_goals(case.id)[0]
    contact = store.add_contact("attorney", "Pat", case.id, phone="555")
    shared = store.add_contact("court", "LA Superior")
    closure = store.add_closure(date(2026, 12, 24), "CA", "holiday", note="Eve")
    disclosure = store.record_disclosure(case.id, "Legal aid", "representation",
                                         ["protective_order"], [f"event:{event.id}"],
                                         [consent.id], SHA)
    safe = store.add_safe_address(case.id, "I-914", "c/o Clinic, PO Box 1")
    consent_at = datetime(2026, 11, 20, 15, tzinfo=UTC)
    screening = store.add_screening(case.id, "phq9", "1", "mental_health", consent_at=consent_at)
    paused = store.add_screening(case.id, "gad7", "1", "mental_health", consent_at=consent_at)
    paused = store.pause_screening(paused.id)
    plan = store.save_safety_plan(case.id, warning_signs=["He calls from new numbers"],
                                  risk_level="medium", review_on=date(2026, 12, 20))
    conference = store.add_conference(case.id, date(2026, 11, 25), "attended",
                                      attendees=[{"name": "Ana", "kind": "staff"}],
                                      decisions=["Apply for housing"])
    store.add_feedback("Bay hub", "2026-11", language="es", satisfaction=4, felt_safe="yes")
    link = store.add_link("fhir", "Appointment", "apt-1", case.id, record_id=event.id)
    booking = store.add_interpreter_booking(event.id, "Spanish", "court_appointed", "in_person")
    event = store.get_event(event.id)  # the booking marked it as needing an interpreter
    case = store.get_case(case.id)
    return World(case, other, matter, event, trigger, deadline, consent, document, referral,
                 goal, milestone, contact, shared, closure, disclosure, safe, screening, paused,
                 plan, conference, link, booking)


def state(store: StoreContract) -> tuple[Any, ...]:
    """Everything the contract can read back: equal before and after means nothing written."""
    cases = store.list_cases()
    per_case = tuple(
        (store.list_matters(c.id), store.list_events(c.id), store.list_triggers(c.id),
         store.list_consents(c.id), store.list_documents(c.id), store.list_referrals(c.id),
         store.list_goals(c.id), store.list_contacts(c.id), store.list_screenings(c.id),
         store.get_safety_plan(c.id), store.list_conferences(c.id),
         store.list_status_changes(c.id), store.links_for_case(c.id),
         store.list_interpreter_bookings(c.id))
        for c in cases)
    return (cases, per_case, store.list_contacts(), store.list_closures(),
            store.list_disclosures(), store.list_feedback(), store.list_report_disclosures(),
            store.list_audit())


# --- the contract and the class cannot drift apart ------------------------------------------

def _public(cls: type) -> set[str]:
    return {n for n in dir(cls) if not n.startswith("_")}


def test_store_contract_lists_every_public_member_of_store() -> None:
    from models.store import Store

    members = {n for n in vars(StoreContract) if not n.startswith("_")}
    store_members = _public(Store) | {"actor"}  # an instance attribute, set in __init__
    assert members == store_members


def test_store_contract_signatures_name_the_same_parameters_as_store() -> None:
    from models.store import Store

    for name in vars(StoreContract):
        if name.startswith("_") or name == "actor":
            continue
        want = inspect.signature(getattr(StoreContract, name)).parameters
        got = inspect.signature(getattr(Store, name)).parameters
        assert [(p.name, p.kind, p.default) for p in want.values()] == [
            (p.name, p.kind, p.default) for p in got.values()], name


def test_store_contract_imports_no_sqlalchemy() -> None:
    code = ("import sys, models.store_contract; "
            "sys.exit(any(m.split('.')[0] in ('sqlalchemy', 'sqlcipher3') for m in sys.modules))")
    root = Path(__file__).resolve().parents[2]
    assert subprocess.run([sys.executable, "-c", code], cwd=root).returncode == 0


def test_store_contract_is_met_at_run_time(store: StoreContract) -> None:
    assert isinstance(store, StoreContract)
    assert store.actor == ANA


# --- round-trips ----------------------------------------------------------------------------

def test_store_contract_cases_round_trip(store: StoreContract) -> None:
    case = store.add_case("Ana", legal_name="Ana M.", date_of_birth="1990-01-02",
                          languages=["es", "en"], confidential_address=True,
                          assigned_to=["ana"], notes="n")
    assert case.ref == "C-0001" and case.date_of_birth == date(1990, 1, 2)
    assert store.get_case(case.id) == case == store.get_case_by_ref(" c-0001 ")
    address = store.add_safe_address(case.id, "I-914", "PO Box 1")
    updated = store.update_case(case.id, pronouns="she/her")
    assert updated.safe_addresses == (address,) and updated.pronouns == "she/her"
    assert updated.created_at is not None and updated.created_at.tzinfo is not None
    kept = store.add_case("Bea", ref="C-0042")
    taken = store.add_case("Cy", ref="C-0042")
    assert kept.ref == "C-0042" and taken.ref not in ("C-0001", "C-0042")
    assert re.fullmatch(r"C-\d{4,}", taken.ref)
    assert store.list_cases() == sorted([updated, kept, taken], key=lambda c: c.ref)  # by ref


def test_store_contract_matters_round_trip(world: World, store: StoreContract) -> None:
    assert world.matter.ref == "M-0001-1"
    assert store.get_matter_by_ref("m-0001-1") == world.matter
    changed = store.update_matter(world.matter.id, case_number="24DV001")
    assert store.list_matters(world.case.id) == [changed]
    store.delete_matter(world.matter.id)
    assert store.list_matters(world.case.id) == []
    assert store.get_event(world.event.id).matter_id is None  # kept on the case, unlinked


def test_store_contract_events_round_trip(world: World, store: StoreContract) -> None:
    assert store.get_event(world.event.id) == world.event
    assert world.event.start == datetime(2026, 12, 3, 9, tzinfo=NY)
    assert world.event.start.tzinfo == NY and world.event.tz == "America/New_York"
    series = store.add_event(world.case.id, "medical_appointment", "PT", "medical",
                             start=datetime(2026, 1, 5, 10, tzinfo=NY),
                             end=datetime(2026, 1, 5, 11, tzinfo=NY), rrule="FREQ=WEEKLY",
                             exdates=[date(2026, 1, 12)], interpreter_needed=True)
    assert series.exdates == (date(2026, 1, 12),) and series.end is not None
    moved = store.update_event(world.event.id, location="Dept 5", status="done")
    assert moved.location == "Dept 5" and moved.status is r.EventStatus.DONE
    assert store.add_events_bulk(world.other.id, [
        {"kind": "task", "title": f"t{i}", "category": "identity", "due": TODAY + timedelta(i)}
        for i in range(3)]) == 3
    everything = store.list_events()
    assert {e.id for e in everything} == {e.id for c in (world.case, world.other)
                                          for e in store.list_events(c.id)}
    window = store.list_events(start=date(2026, 12, 1), end=date(2026, 12, 3))
    assert moved in window and series in window  # a series always comes back
    assert world.deadline in window and len(store.list_events(world.other.id)) == 3
    store.delete_event(series.id)
    assert series not in store.list_events(world.case.id)


def test_store_contract_event_first_date_orders_lists(store: StoreContract) -> None:
    case = store.add_case("Ana")
    late = store.add_event(case.id, "task", "b", "identity", due=date(2026, 12, 2))
    # 23:30 in New York on the 1st is the 2nd in UTC: the event's own day decides
    early = store.add_event(case.id, "task", "a", "identity",
                            start=datetime(2026, 12, 1, 23, 30, tzinfo=NY))
    assert store.list_events(case.id) == [early, late]
    assert store.list_events(case.id, start=date(2026, 12, 2)) == [late]


def test_store_contract_triggers_round_trip(world: World, store: StoreContract) -> None:
    assert store.get_trigger(world.trigger.id) == world.trigger
    assert world.deadline.trigger_id == world.trigger.id
    assert world.deadline.computed_due == date(2026, 12, 1)
    timed = store.add_trigger(world.case.id, "arrest", "x", datetime(2026, 11, 2, 8, tzinfo=NY))
    assert timed.occurred == datetime(2026, 11, 2, 8, tzinfo=NY)
    assert store.list_triggers(world.case.id) == [world.trigger, timed]
    changed = store.update_trigger(world.trigger.id, service="mail")
    assert changed.service == "mail"
    # an override survives recomputation; the rule's own fields are refreshed
    store.update_event(world.deadline.id, due=date(2026, 12, 4))
    [again] = store.replace_trigger_deadlines(world.trigger.id, [
        {"title": "Serve", "result_label": "Serve", "due": date(2026, 12, 2), "owner": "client",
         "category": "protective_order", "explanation": ["step"]}])
    assert (again.id, again.due, again.computed_due, again.overridden) == (
        world.deadline.id, date(2026, 12, 4), date(2026, 12, 2), True)
    assert again.explanation == ("step",)


def test_store_contract_consents_round_trip(world: World, store: StoreContract) -> None:
    assert world.consent.categories == frozenset({r.Category.PROTECTIVE_ORDER})
    noted = store.update_consent(world.consent.id, notes="verbal follow-up")
    revoked = store.revoke_consent(world.consent.id, date(2026, 11, 25))
    assert revoked.revoked == date(2026, 11, 25) and revoked.notes == noted.notes
    assert revoked.status(TODAY) is r.ConsentStatus.REVOKED
    assert store.list_consents(world.case.id) == [revoked]


def test_store_contract_documents_round_trip(world: World, store: StoreContract) -> None:
    assert store.document_bytes(world.document.id) == PDF
    assert world.document.size == len(PDF) and len(world.document.sha256) == 64
    assert store.list_documents(world.case.id) == [world.document]


def test_store_contract_care_plan_round_trip(world: World, store: StoreContract) -> None:
    assert world.referral.status is r.ReferralStatus.PROPOSED
    made = store.set_referral_status(world.referral.id, "made", date(2026, 11, 26))
    assert made.updated == date(2026, 11, 26)
    assert store.list_referrals(world.case.id) == [made]
    assert world.goal.milestones == (world.milestone,)
    done = store.complete_milestone(world.milestone.id, "2026-11-26")
    achieved = store.set_goal_status(world.goal.id, "achieved")
    assert achieved.milestones == (done,) and done.done == date(2026, 11, 26)
    assert store.list_goals(world.case.id) == [achieved]
    assert store.list_goals(world.other.id) == []


def test_store_contract_care_records_round_trip(world: World, store: StoreContract) -> None:
    case = world.case.id
    assert store.get_safety_plan(case) == world.plan
    assert store.get_safety_plan(world.other.id) is None
    assert (world.plan.risk_level, world.plan.review_on) == (r.RiskLevel.MEDIUM, date(2026, 12, 20))
    contacts = (r.SafeContact("Rosa", "friend", "555-0101"),)
    assessed = datetime(2026, 11, 28, 16, tzinfo=UTC)
    plan = store.save_safety_plan(case, safe_contacts=contacts, risk_level="high",
                                  risk_note="new threat", version=world.plan.version,
                                  risk_assessed_at=assessed)
    assert plan.id == world.plan.id and plan.safe_contacts == contacts
    assert plan.warning_signs == world.plan.warning_signs  # fields not given are kept
    risks = store.list_status_changes(case, "risk")
    assert [(c.value, c.note, c.subject_id, c.changed_by) for c in risks] == [
        ("high", "new threat", plan.id, ANA), ("medium", None, plan.id, ANA)]  # by date
    assert risks[0].changed_at == assessed
    with pytest.raises(Conflict):  # an edit of the version read before is refused
        store.save_safety_plan(case, steps=["x"], version=world.plan.version)
    attendee = r.Attendee("Dr. Lee", r.AttendeeKind.STAFF, "clinician")
    conference = store.update_conference(world.conference.id, attendees=[attendee],
                                         action_event_ids=[world.event.id], wishes="Stay here")
    assert conference.attendees == (attendee,) and conference.action_event_ids == (world.event.id,)
    assert store.list_conferences(case) == [conference]
    assert conference.participation is r.Participation.ATTENDED
    measure = r.Measure(r.MeasureKind.SCORE, instrument_id="phq9")
    goal = store.update_goal(world.goal.id, domain="mental_health", priority=1, measure=measure,
                             baseline=18, target="9")
    assert (goal.domain, goal.priority, goal.measure, goal.baseline, goal.target) == (
        r.GoalDomain.MENTAL_HEALTH, 1, measure, "18", "9")
    assert store.list_goals(case)[0] == goal
    store.set_goal_status(goal.id, "achieved", note="PHQ-9 under 10")
    history = store.list_status_changes(case, "goal", goal.id)
    assert [(c.value, c.note) for c in history] == [("open", None), ("achieved", "PHQ-9 under 10")]
    linked = store.link_milestone(world.milestone.id, world.event.id)
    assert store.list_goals(case)[0].milestones == (linked,)
    assert linked.linked_event_id == world.event.id
    referral = store.update_referral(world.referral.id, choice="opted_in", shares_data=True,
                                     consent_id=world.consent.id)
    assert (referral.choice, referral.shares_data, referral.consent_id) == (
        r.ReferralChoice.OPTED_IN, True, world.consent.id)
    store.set_referral_status(referral.id, "made", TODAY)
    assert [c.value for c in store.list_status_changes(case, "referral")] == ["proposed", "made"]
    housing = store.record_housing(case, "emergency_shelter", note="intake")
    assert store.list_status_changes(case, "housing") == [housing]
    assert housing.category is r.Category.HOUSING_BENEFITS


def test_store_contract_feedback_and_reports_round_trip(store: StoreContract) -> None:
    first = store.add_feedback("Bay hub", "2026-10", language="es", satisfaction=4,
                               felt_safe="yes", felt_listened=5)
    second = store.add_feedback("Bay hub", date(2026, 11, 20), felt_safe="unsure")
    assert second.period == "2026-11" and second.satisfaction is None
    assert store.list_feedback() == [first, second]
    assert store.list_feedback("2026-11", "2026-12") == [second]
    assert store.export_data()["feedback"][1] == {"program": "Bay hub", "period": "2026-11",
                                                  "felt_safe": "unsure"}
    assert store.list_feedback(period_to=date(2026, 10, 31)) == [first]
    made = store.record_report("program", date(2026, 1, 1), date(2026, 11, 30), threshold=11,
                               left_out_cases=3, suppressed_cells=7, output="pdf",
                               output_sha256=SHA)
    assert (made.user, made.template_id, made.threshold, made.left_out_cases) == (
        ANA, "program", 11, 3)
    assert made.at.tzinfo is not None and store.list_report_disclosures() == [made]
    # nothing in a feedback row or its audit entry names a case
    assert all(e.case_id is None for e in store.list_audit() if e.entity == "feedback")


def test_store_contract_contacts_round_trip(world: World, store: StoreContract) -> None:
    assert store.list_contacts() == [world.contact, world.shared]
    assert store.list_contacts(world.other.id) == [world.shared]
    changed = store.update_contact(world.contact.id, email="pat@example.org")
    assert store.list_contacts(world.case.id) == [changed, world.shared]
    store.delete_contact(world.contact.id)
    assert store.list_contacts(world.case.id) == [world.shared]


def test_store_contract_safe_addresses_round_trip(world: World, store: StoreContract) -> None:
    assert store.get_case(world.case.id).safe_addresses == (world.safe,)
    changed = store.update_safe_address(world.safe.id, filing="I-485", address="PO Box 2")
    assert (changed.id, changed.case_id, changed.filing, changed.address) == (
        world.safe.id, world.case.id, "I-485", "PO Box 2")
    second = store.add_safe_address(world.case.id, "DVRO petition", "PO Box 3")
    assert store.get_case(world.case.id).safe_addresses == (changed, second)
    store.delete_safe_address(changed.id)
    assert store.get_case(world.case.id).safe_addresses == (second,)
    assert store.get_case(world.other.id).safe_addresses == ()


def test_store_contract_staff_profiles_round_trip(store: StoreContract) -> None:
    assert store.get_staff_profile("ana") is None
    profile = r.StaffProfile(user="ana", full_name="Ana Quintero", role_title="Attorney",
                             organisation="Bay Legal", bar_or_eoir_id="EOIR XY123456",
                             address="PO Box 4410", phone="510-555-0144", email="a@b.example")
    assert store.set_staff_profile(profile) == profile == store.get_staff_profile("ana")
    again = dataclasses.replace(profile, phone=None, role_title="Supervising attorney")
    assert store.set_staff_profile(again) == again == store.get_staff_profile("ana")
    assert store.get_staff_profile("ben") is None


def test_store_contract_closures_round_trip(world: World, store: StoreContract) -> None:
    first = store.add_closure("2026-12-01", "*", "outage")
    assert store.list_closures() == [first, world.closure]


def test_store_contract_disclosures_and_audit_round_trip(world: World,
                                                         store: StoreContract) -> None:
    assert store.list_disclosures(world.case.id) == [world.disclosure]
    assert store.list_disclosures(world.other.id) == []
    compelled = store.record_disclosure(world.other.id, "Court", "subpoena", ["identity"], [],
                                        [], SHA, legal_basis="subpoena 24-1")
    assert store.list_disclosures() == [world.disclosure, compelled]
    assert compelled.prev_hash == world.disclosure.hash
    audit = store.list_audit()
    assert [a.id for a in audit] == list(range(1, len(audit) + 1))
    assert all(a.user == ANA and a.at.tzinfo is not None for a in audit)
    assert all(later.prev_hash == earlier.hash for earlier, later in zip(audit, audit[1:], strict=False))
    assert {a.case_id for a in store.list_audit(world.other.id)} == {world.other.id}
    assert store.verify_chains() == []


def test_store_contract_audit_holds_ids_and_actions_only(world: World,
                                                         store: StoreContract) -> None:
    text = repr(store.list_audit())
    for secret in ("Ana", "Hearing", "Legal aid", "Safe House", "Pat", "representation"):
        assert secret not in text


def test_store_contract_caseload_counts(world: World, store: StoreContract) -> None:
    rows = {s.case.id: s for s in store.caseload(TODAY)}
    assert rows.keys() == {world.case.id, world.other.id}
    mine = rows[world.case.id]
    # the hearing (Dec 3) and the computed deadline (Dec 1) are both ahead of TODAY
    assert (mine.next_date, mine.overdue, mine.events) == (date(2026, 12, 1), 0, 2)
    late = rows[world.other.id]
    assert (late.next_date, late.overdue, late.events) == (None, 0, 0)
    assert store.caseload(date(2026, 12, 2))[0].overdue == 1  # the deadline has passed


def test_store_contract_export_import_round_trip(world: World, make_store: MakeStore,
                                                 store: StoreContract) -> None:
    exported = store.export_data()
    fresh = make_store()
    counts = fresh.import_data(exported)
    assert (counts["cases"], counts["documents"]) == (2, 1)
    assert _without_ids(fresh.export_data()) == _without_ids(exported)
    assert fresh.document_bytes(fresh.list_documents(fresh.list_cases()[0].id)[0].id) == PDF
    one = store.export_data(world.case.ref)
    assert [c["display_name"] for c in one["cases"]] == ["Ana"]


def test_store_contract_screenings_travel_with_their_case(world: World, make_store: MakeStore,
                                                         store: StoreContract) -> None:
    """An export (a backup, a hub push or pull) carries each screening whole: answers with
    who asked, when and in which role, score, band, consent; nothing is dropped."""
    store.record_answers(world.screening.id, {"phq9_1": 2, "phq9_2": "skip"},
                         asked_role="clinician")
    done = store.complete_screening(world.screening.id, total=2, band="minimal", reason=None)
    fresh = make_store()
    fresh.import_data(store.export_data(world.case.ref))
    [copy] = [c for c in fresh.list_cases() if c.display_name == world.case.display_name]
    moved = {s.instrument_id: s for s in fresh.list_screenings(copy.id)}
    mine = {s.instrument_id: s for s in store.list_screenings(world.case.id)}
    assert set(moved) == set(mine) == {"phq9", "gad7"}
    assert moved["phq9"] == dataclasses.replace(done, id=moved["phq9"].id, case_id=copy.id)
    assert [(a.item_id, a.value) for a in moved["phq9"].answers] == [("phq9_1", 2),
                                                                    ("phq9_2", "skip")]
    assert moved["gad7"].status is r.ScreeningStatus.PAUSED


def test_store_contract_import_csv(store: StoreContract) -> None:
    text = ("case,display_name,kind,title,category,date,time,tz\n"
            "f1,Maya,court_hearing,Hearing,protective_order,2026-12-02,09:30,America/New_York\n"
            "f1,,legal_deadline,File,protective_order,2026-12-10,,\n")
    assert store.import_csv(text) == {"cases": 1, "events": 2}
    [case] = store.list_cases()
    hearing, filing = store.list_events(case.id)
    assert hearing.start == datetime(2026, 12, 2, 9, 30, tzinfo=NY)
    assert filing.due == date(2026, 12, 10)


def _without_ids(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_ids(v) for k, v in value.items() if not k.endswith("id")}
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    return value


# --- unknown ids raise NotFound, and nothing is written -------------------------------------

Call = Callable[[StoreContract, World], object]
NOT_FOUND: dict[str, Call] = {
    "update_case": lambda s, w: s.update_case(UNKNOWN, notes="x"),
    "get_case": lambda s, w: s.get_case(UNKNOWN),
    "get_case_by_ref": lambda s, w: s.get_case_by_ref("C-9999"),
    "add_safe_address": lambda s, w: s.add_safe_address(UNKNOWN, "I-914", "PO Box"),
    "update_safe_address": lambda s, w: s.update_safe_address(UNKNOWN, filing="I-914"),
    "delete_safe_address": lambda s, w: s.delete_safe_address(UNKNOWN),
    "add_matter": lambda s, w: s.add_matter(UNKNOWN, "civil"),
    "update_matter": lambda s, w: s.update_matter(UNKNOWN, title="x"),
    "delete_matter": lambda s, w: s.delete_matter(UNKNOWN),
    "list_matters": lambda s, w: s.list_matters(UNKNOWN),
    "get_matter_by_ref": lambda s, w: s.get_matter_by_ref("M-9999-1"),
    "add_event": lambda s, w: s.add_event(UNKNOWN, "task", "t", "identity", due=TODAY),
    "add_events_bulk": lambda s, w: s.add_events_bulk(UNKNOWN, []),
    "update_event": lambda s, w: s.update_event(UNKNOWN, title="x"),
    "delete_event": lambda s, w: s.delete_event(UNKNOWN),
    "get_event": lambda s, w: s.get_event(UNKNOWN),
    "list_events": lambda s, w: s.list_events(UNKNOWN),
    "add_trigger": lambda s, w: s.add_trigger(UNKNOWN, "t", "r", TODAY),
    "update_trigger": lambda s, w: s.update_trigger(UNKNOWN, notes="x"),
    "get_trigger": lambda s, w: s.get_trigger(UNKNOWN),
    "list_triggers": lambda s, w: s.list_triggers(UNKNOWN),
    "replace_trigger_deadlines": lambda s, w: s.replace_trigger_deadlines(UNKNOWN, []),
    "add_consent": lambda s, w: s.add_consent(UNKNOWN, "x", ["identity"], "p", TODAY),
    "revoke_consent": lambda s, w: s.revoke_consent(UNKNOWN, TODAY),
    "update_consent": lambda s, w: s.update_consent(UNKNOWN, notes="x"),
    "list_consents": lambda s, w: s.list_consents(UNKNOWN),
    "add_document": lambda s, w: s.add_document(UNKNOWN, "identity", "t", PDF, "application/pdf"),
    "document_bytes": lambda s, w: s.document_bytes(UNKNOWN),
    "list_documents": lambda s, w: s.list_documents(UNKNOWN),
    "add_referral": lambda s, w: s.add_referral(UNKNOWN, "s", "o"),
    "set_referral_status": lambda s, w: s.set_referral_status(UNKNOWN, "made", TODAY),
    "list_referrals": lambda s, w: s.list_referrals(UNKNOWN),
    "add_goal": lambda s, w: s.add_goal(UNKNOWN, "g"),
    "set_goal_status": lambda s, w: s.set_goal_status(UNKNOWN, "achieved"),
    "add_milestone": lambda s, w: s.add_milestone(UNKNOWN, "m"),
    "complete_milestone": lambda s, w: s.complete_milestone(UNKNOWN, TODAY),
    "list_goals": lambda s, w: s.list_goals(UNKNOWN),
    "update_goal": lambda s, w: s.update_goal(UNKNOWN, priority=1),
    "link_milestone": lambda s, w: s.link_milestone(UNKNOWN, None),
    "link_milestone event": lambda s, w: s.link_milestone(w.milestone.id, UNKNOWN),
    "update_referral": lambda s, w: s.update_referral(UNKNOWN, choice="opted_in"),
    "update_referral consent": lambda s, w: s.update_referral(w.referral.id, consent_id=UNKNOWN),
    "record_housing": lambda s, w: s.record_housing(UNKNOWN, "stable"),
    "list_status_changes": lambda s, w: s.list_status_changes(UNKNOWN),
    "save_safety_plan": lambda s, w: s.save_safety_plan(UNKNOWN, steps=["Call"]),
    "save_safety_plan review event": lambda s, w: s.save_safety_plan(w.case.id,
                                                                     review_event_id=UNKNOWN),
    "get_safety_plan": lambda s, w: s.get_safety_plan(UNKNOWN),
    "add_conference": lambda s, w: s.add_conference(UNKNOWN, TODAY, "attended"),
    "add_conference action": lambda s, w: s.add_conference(w.case.id, TODAY, "attended",
                                                           action_event_ids=[UNKNOWN]),
    "update_conference": lambda s, w: s.update_conference(UNKNOWN, wishes="x"),
    "list_conferences": lambda s, w: s.list_conferences(UNKNOWN),
    "add_contact": lambda s, w: s.add_contact("other", "x", UNKNOWN),
    "update_contact": lambda s, w: s.update_contact(UNKNOWN, name="x"),
    "delete_contact": lambda s, w: s.delete_contact(UNKNOWN),
    "list_contacts": lambda s, w: s.list_contacts(UNKNOWN),
    "record_disclosure": lambda s, w: s.record_disclosure(UNKNOWN, "x", "p", ["identity"], [],
                                                          [], SHA, legal_basis="order"),
    "export_data": lambda s, w: s.export_data("C-9999"),
}


@pytest.mark.parametrize("name", sorted(NOT_FOUND))
def test_store_contract_unknown_id_is_not_found(name: str,
                                                shared: tuple[StoreContract, World]) -> None:
    store, world = shared
    before = state(store)
    with pytest.raises(NotFound):
        NOT_FOUND[name](store, world)
    assert state(store) == before


@pytest.mark.parametrize("bad_id", [True, "1", 1.0, None, -1])
def test_store_contract_ids_of_another_type_are_not_found(
        bad_id: Any, shared: tuple[StoreContract, World]) -> None:
    store, _ = shared
    for get in (store.get_case, store.get_event, store.get_trigger, store.document_bytes):
        with pytest.raises(NotFound):
            get(bad_id)


def test_store_contract_logs_of_an_unknown_case_are_empty(store: StoreContract) -> None:
    # disclosure and audit entries outlive their case: an unknown case id has none
    assert store.list_disclosures(UNKNOWN) == [] and store.list_audit(UNKNOWN) == []


# --- bad values raise InvalidInput naming the field, and nothing is written -----------------

INVALID: dict[str, tuple[Call, str]] = {
    "add_case": (lambda s, w: s.add_case(" "), "display_name"),
    "add_case unknown field": (lambda s, w: s.add_case("A", shoe_size=3), "shoe_size"),
    "add_case bad ref": (lambda s, w: s.add_case("A", ref="X-1"), "ref"),
    "update_case": (lambda s, w: s.update_case(w.case.id, date_of_birth="1990-02-30"),
                    "date_of_birth"),
    "update_safe_address": (lambda s, w: s.update_safe_address(w.safe.id, filing=" "),
                            "filing"),
    "update_safe_address case": (lambda s, w: s.update_safe_address(w.safe.id,
                                                                    case_id=w.other.id),
                                 "case_id"),
    "set_staff_profile": (lambda s, w: s.set_staff_profile(r.StaffProfile("ana", " ")),
                          "full_name"),
    "set_staff_profile email": (lambda s, w: s.set_staff_profile(
        r.StaffProfile("ana", "Ana", email="ana(at)clinic")), "email"),
    "add_safe_address": (lambda s, w: s.add_safe_address(w.case.id, "", "PO Box"), "filing"),
    "add_matter": (lambda s, w: s.add_matter(w.case.id, "space"), "kind"),
    "update_matter": (lambda s, w: s.update_matter(w.matter.id, court=3), "court"),
    "add_event kind": (lambda s, w: s.add_event(w.case.id, "party", "t", "identity", due=TODAY),
                       "kind"),
    "add_event no date": (lambda s, w: s.add_event(w.case.id, "task", "t", "identity"), "due"),
    "add_event end": (lambda s, w: s.add_event(
        w.case.id, "medical_appointment", "t", "medical", start=datetime(2026, 1, 2, 9, tzinfo=UTC),
        end=datetime(2026, 1, 2, 8, tzinfo=UTC)), "end"),
    "add_event naive": (lambda s, w: s.add_event(
        w.case.id, "medical_appointment", "t", "medical", start=datetime(2026, 1, 2, 9)), "start"),
    "add_event other case's matter": (lambda s, w: s.add_event(
        w.other.id, "task", "t", "identity", due=TODAY, matter_id=w.matter.id), "matter_id"),
    "add_event rrule": (lambda s, w: s.add_event(
        w.case.id, "task", "t", "identity", due=TODAY, rrule="EVERY TUESDAY"), "rrule"),
    "add_events_bulk": (lambda s, w: s.add_events_bulk(w.case.id, [
        {"kind": "task", "title": "a", "category": "identity", "due": "2026-03-01"},
        {"kind": "task", "title": "b", "category": "identity", "due": "03/02/2026"}]),
        "events[1].due"),
    "update_event": (lambda s, w: s.update_event(w.event.id, status="maybe"), "status"),
    "list_events": (lambda s, w: s.list_events(start="soon"), "start"),  # type: ignore[arg-type]
    "add_trigger": (lambda s, w: s.add_trigger(w.case.id, "t", "r", "yesterday"), "occurred"),
    "update_trigger": (lambda s, w: s.update_trigger(w.trigger.id, service="pigeon"), "service"),
    "replace_trigger_deadlines": (lambda s, w: s.replace_trigger_deadlines(
        w.trigger.id, [{"title": "x", "category": "protective_order"}]), "events[0].due"),
    "add_consent": (lambda s, w: s.add_consent(w.case.id, "x", ["identity"], "p", TODAY,
                                               expires=TODAY - timedelta(1)), "expires"),
    "add_consent categories": (lambda s, w: s.add_consent(w.case.id, "x", [], "p", TODAY),
                               "categories"),
    "revoke_consent": (lambda s, w: s.revoke_consent(w.consent.id, "2026-10-01"), "on"),
    "update_consent": (lambda s, w: s.update_consent(w.consent.id, revoked=TODAY), "revoked"),
    "add_document": (lambda s, w: s.add_document(w.case.id, "identity", "t", b"MZ\x90",
                                                 "application/pdf"), "data"),
    "add_document type": (lambda s, w: s.add_document(w.case.id, "identity", "t", PDF,
                                                      "text/html"), "media_type"),
    "add_referral": (lambda s, w: s.add_referral(w.case.id, "s", "o", status="lost"), "status"),
    "set_referral_status": (lambda s, w: s.set_referral_status(w.referral.id, "completed", TODAY),
                            "status"),
    "add_goal": (lambda s, w: s.add_goal(w.case.id, "g", category="fun"), "category"),
    "set_goal_status": (lambda s, w: s.set_goal_status(w.goal.id, "maybe"), "status"),
    "add_milestone": (lambda s, w: s.add_milestone(w.goal.id, "m", due="soon"), "due"),
    "complete_milestone": (lambda s, w: s.complete_milestone(w.milestone.id, "x"), "on"),
    "add_contact": (lambda s, w: s.add_contact("alien", "x"), "kind"),
    "update_contact": (lambda s, w: s.update_contact(w.contact.id, case_id=w.other.id),
                       "case_id"),
    "add_closure": (lambda s, w: s.add_closure(w.closure.day, "CA", "holiday"), "day"),
    "add_closure reason": (lambda s, w: s.add_closure(TODAY, "CA", "party"), "reason"),
    "record_disclosure": (lambda s, w: s.record_disclosure(w.case.id, "x", "p", ["identity"], [],
                                                           [], SHA), "legal_basis"),
    "record_disclosure sha": (lambda s, w: s.record_disclosure(
        w.case.id, "x", "p", ["identity"], [], [w.consent.id], "abc"), "packet_sha256"),
    "record_disclosure consent of another case": (lambda s, w: s.record_disclosure(
        w.other.id, "x", "p", ["identity"], [], [w.consent.id], SHA), "consent_ids"),
    "caseload": (lambda s, w: s.caseload("today"), "today"),  # type: ignore[arg-type]
    "add_feedback period": (lambda s, w: s.add_feedback("hub", "2026-13"), "period"),
    "add_feedback scale": (lambda s, w: s.add_feedback("hub", "2026-11", satisfaction=6),
                           "satisfaction"),
    "add_feedback safe": (lambda s, w: s.add_feedback("hub", "2026-11", felt_safe="maybe"),
                          "felt_safe"),
    "add_feedback empty": (lambda s, w: s.add_feedback("hub", "2026-11"), "satisfaction"),
    "add_feedback case": (lambda s, w: s.add_feedback("hub", "2026-11", satisfaction=3,
                                                      case_id=w.case.id), "case_id"),
    "list_feedback": (lambda s, w: s.list_feedback("last month"), "period_from"),
    "record_report template": (lambda s, w: s.record_report(
        "Program!", TODAY, TODAY, threshold=11, left_out_cases=0, suppressed_cells=0,
        output="pdf"), "template_id"),
    "record_report period": (lambda s, w: s.record_report(
        "program", TODAY, TODAY - timedelta(1), threshold=11, left_out_cases=0,
        suppressed_cells=0, output="pdf"), "period_to"),
    "record_report output": (lambda s, w: s.record_report(
        "program", TODAY, TODAY, threshold=11, left_out_cases=0, suppressed_cells=0,
        output="docx"), "output"),
    "record_report threshold": (lambda s, w: s.record_report(
        "program", TODAY, TODAY, threshold=0, left_out_cases=0, suppressed_cells=0,
        output="csv"), "threshold"),
    "add_event consent-only category": (lambda s, w: s.add_event(
        w.case.id, "task", "t", "aggregate_reporting", due=TODAY), "category"),
    "add_document consent-only category": (lambda s, w: s.add_document(
        w.case.id, "aggregate_reporting", "t", PDF, "application/pdf"), "category"),
    "update_goal domain": (lambda s, w: s.update_goal(w.goal.id, domain="fun"), "domain"),
    "update_goal priority": (lambda s, w: s.update_goal(w.goal.id, priority=0), "priority"),
    "update_goal baseline without measure": (lambda s, w: s.update_goal(w.goal.id, baseline="3"),
                                             "baseline"),
    "update_goal score measure": (lambda s, w: s.update_goal(
        w.goal.id, measure={"kind": "score"}), "measure.instrument_id"),
    "update_goal status value": (lambda s, w: s.update_goal(
        w.goal.id, measure={"kind": "status", "scale": "housing"}, target="castle"), "target"),
    "update_goal yes/no": (lambda s, w: s.update_goal(
        w.goal.id, measure={"kind": "yes_no"}, baseline="maybe"), "baseline"),
    "update_goal status": (lambda s, w: s.update_goal(w.goal.id, status="achieved"), "status"),
    "save_safety_plan other case's event": (lambda s, w: s.save_safety_plan(
        w.other.id, review_event_id=w.event.id), "review_event_id"),
    "add_conference other case's event": (lambda s, w: s.add_conference(
        w.other.id, TODAY, "attended", event_id=w.event.id), "event_id"),
    "update_referral choice": (lambda s, w: s.update_referral(w.referral.id, choice="maybe"),
                               "choice"),
    "record_housing": (lambda s, w: s.record_housing(w.case.id, "palace"), "status"),
    "record_housing future": (lambda s, w: s.record_housing(
        w.case.id, "stable", on=datetime(2099, 1, 1, tzinfo=UTC)), "on"),
    "list_status_changes": (lambda s, w: s.list_status_changes(w.case.id, "mood"), "subject"),
    "save_safety_plan risk": (lambda s, w: s.save_safety_plan(w.case.id, risk_level="extreme"),
                              "risk_level"),
    "save_safety_plan contacts": (lambda s, w: s.save_safety_plan(
        w.case.id, safe_contacts=[{"name": "Jo"}]), "safe_contacts[0].role"),
    "save_safety_plan field": (lambda s, w: s.save_safety_plan(w.case.id, colour="red"),
                               "colour"),
    "save_safety_plan assessed in the future": (lambda s, w: s.save_safety_plan(
        w.case.id, risk_level="high", risk_assessed_at=datetime(2099, 1, 1, tzinfo=UTC)),
        "risk_assessed_at"),
    "add_conference participation": (lambda s, w: s.add_conference(w.case.id, TODAY, "maybe"),
                                     "participation"),
    "add_conference day": (lambda s, w: s.add_conference(w.case.id, "soon", "attended"),
                           "held_on"),
    "add_conference attendee": (lambda s, w: s.add_conference(
        w.case.id, TODAY, "attended", attendees=[{"name": "X", "kind": "alien"}]),
        "attendees[0].kind"),
    "update_conference": (lambda s, w: s.update_conference(w.conference.id, decisions="x"),
                          "decisions"),
}


@pytest.mark.parametrize("name", sorted(INVALID))
def test_store_contract_bad_value_is_invalid_and_writes_nothing(
        name: str, shared: tuple[StoreContract, World]) -> None:
    store, world = shared
    call, field = INVALID[name]
    before = state(store)
    with pytest.raises(InvalidInput) as err:
        call(store, world)
    assert err.value.field == field
    assert str(err.value).startswith(f"{field}:")
    assert state(store) == before


def test_store_contract_bad_import_writes_nothing(world: World, store: StoreContract) -> None:
    before = state(store)
    with pytest.raises(InvalidInput) as err:
        store.import_data({"cases": [{"display_name": "Ok"},
                                     {"display_name": "Bad", "date_of_birth": "1990-02-30"}]})
    assert err.value.field == "cases[1].date_of_birth"
    with pytest.raises(InvalidInput):
        store.import_csv("case,display_name,kind,title,category,date\n"
                         "f1,Maya,task,Call,identity,2026-12-01\n"
                         "f1,,task,Call,identity,2026-13-01\n")
    assert state(store) == before


# --- one audit entry per write ----------------------------------------------------------------

class _AnyNumber:
    """Equal to any whole number (a staff profile's number is the store's to choose)."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, int) and not isinstance(other, bool) and other > 0

    def __repr__(self) -> str:
        return "<a positive number>"


# method -> (call, audit action, the entity id it names (None: taken from the result))
WRITES: dict[str, tuple[Call, str, Callable[[World], int | None] | None]] = {
    "add_case": (lambda s, w: s.add_case("Cy"), "case.add", None),
    "update_case": (lambda s, w: s.update_case(w.case.id, notes="n"), "case.update", None),
    "add_safe_address": (lambda s, w: s.add_safe_address(w.case.id, "I-914", "PO Box"),
                         "safe_address.add", None),
    "update_safe_address": (lambda s, w: s.update_safe_address(w.safe.id, address="PO Box 9"),
                            "safe_address.update", None),
    "delete_safe_address": (lambda s, w: s.delete_safe_address(w.safe.id),
                            "safe_address.delete", lambda w: w.safe.id),
    # keyed by the user name, which the audit never holds: the entry names the profile's
    # number (0005), whatever the store gave it
    "set_staff_profile": (lambda s, w: s.set_staff_profile(r.StaffProfile("ben", "Ben O.")),
                          "staff_profile.add", lambda w: _AnyNumber()),
    "add_matter": (lambda s, w: s.add_matter(w.case.id, "family"), "matter.add", None),
    "update_matter": (lambda s, w: s.update_matter(w.matter.id, title="t"), "matter.update", None),
    "delete_matter": (lambda s, w: s.delete_matter(w.matter.id), "matter.delete",
                      lambda w: w.matter.id),
    "add_event": (lambda s, w: s.add_event(w.case.id, "task", "t", "identity", due=TODAY),
                  "event.add", None),
    "add_events_bulk": (lambda s, w: s.add_events_bulk(w.case.id, [
        {"kind": "task", "title": "t", "category": "identity", "due": TODAY}] * 3),
        "event.add_bulk", lambda w: None),
    "update_event": (lambda s, w: s.update_event(w.event.id, notes="n"), "event.update", None),
    "delete_event": (lambda s, w: s.delete_event(w.event.id), "event.delete",
                     lambda w: w.event.id),
    "add_trigger": (lambda s, w: s.add_trigger(w.case.id, "t", "r", TODAY), "trigger.add", None),
    "update_trigger": (lambda s, w: s.update_trigger(w.trigger.id, notes="n"), "trigger.update",
                       None),
    "replace_trigger_deadlines": (lambda s, w: s.replace_trigger_deadlines(w.trigger.id, []),
                                  "trigger.deadlines", lambda w: w.trigger.id),
    "add_consent": (lambda s, w: s.add_consent(w.case.id, "x", ["identity"], "p", TODAY),
                    "consent.add", None),
    "revoke_consent": (lambda s, w: s.revoke_consent(w.consent.id, TODAY), "consent.revoke",
                       None),
    "update_consent": (lambda s, w: s.update_consent(w.consent.id, notes="n"), "consent.update",
                       None),
    "add_document": (lambda s, w: s.add_document(w.case.id, "identity", "t", PDF,
                                                 "application/pdf"), "document.add", None),
    "add_referral": (lambda s, w: s.add_referral(w.case.id, "s", "o"), "referral.add", None),
    "set_referral_status": (lambda s, w: s.set_referral_status(w.referral.id, "made", TODAY),
                            "referral.status", None),
    "add_goal": (lambda s, w: s.add_goal(w.case.id, "g"), "goal.add", None),
    "set_goal_status": (lambda s, w: s.set_goal_status(w.goal.id, "dropped"), "goal.status",
                        None),
    "add_milestone": (lambda s, w: s.add_milestone(w.goal.id, "m"), "milestone.add", None),
    "complete_milestone": (lambda s, w: s.complete_milestone(w.milestone.id, TODAY),
                           "milestone.complete", None),
    "add_contact": (lambda s, w: s.add_contact("other", "x", w.case.id), "contact.add", None),
    "update_contact": (lambda s, w: s.update_contact(w.contact.id, phone="1"), "contact.update",
                       None),
    "delete_contact": (lambda s, w: s.delete_contact(w.contact.id), "contact.delete",
                       lambda w: w.contact.id),
    "add_closure": (lambda s, w: s.add_closure(TODAY, "*", "outage"), "closure.add", None),
    "record_disclosure": (lambda s, w: s.record_disclosure(w.case.id, "x", "p", ["identity"],
                                                           [], [w.consent.id], SHA),
                          "disclosure.add", None),
    "add_screening": (lambda s, w: s.add_screening(w.case.id, "phq9", "1", "mental_health",
                                                   consent_at=TODAY_MOMENT), "screening.add", None),
    "record_answers": (lambda s, w: s.record_answers(w.screening.id, {"phq9_1": 1},
                                                     asked_role="clinician"),
                       "screening.answer", None),
    "pause_screening": (lambda s, w: s.pause_screening(w.screening.id), "screening.pause", None),
    "resume_screening": (lambda s, w: s.resume_screening(w.paused.id), "screening.resume", None),
    "decline_screening": (lambda s, w: s.decline_screening(w.screening.id), "screening.decline",
                          None),
    "complete_screening": (lambda s, w: s.complete_screening(w.screening.id, total=None,
                                                             band=None, reason="none answered"),
                           "screening.complete", None),
    "update_goal": (lambda s, w: s.update_goal(w.goal.id, priority=2), "goal.update", None),
    "link_milestone": (lambda s, w: s.link_milestone(w.milestone.id, w.event.id),
                       "milestone.link", None),
    "update_referral": (lambda s, w: s.update_referral(w.referral.id, choice="opted_in"),
                        "referral.update", None),
    "record_housing": (lambda s, w: s.record_housing(w.case.id, "transitional"),
                       "housing.add", None),
    "save_safety_plan": (lambda s, w: s.save_safety_plan(w.case.id, risk_level="high"),
                         "safety_plan.update", None),
    "add_conference": (lambda s, w: s.add_conference(w.case.id, TODAY, "declined"),
                       "conference.add", None),
    "update_conference": (lambda s, w: s.update_conference(w.conference.id, wishes="w"),
                          "conference.update", None),
    "add_feedback": (lambda s, w: s.add_feedback("hub", "2026-11", satisfaction=5),
                     "feedback.add", None),
    "record_report": (lambda s, w: s.record_report("program", TODAY, TODAY, threshold=11,
                                                   left_out_cases=1, suppressed_cells=2,
                                                   output="screen"), "report.add", None),
    "add_link": (lambda s, w: s.add_link("fhir", "Patient", "sys|1", w.case.id), "link.add",
                 None),
    "update_link": (lambda s, w: s.update_link(w.link.id, digest="d"), "link.update", None),
    "delete_link": (lambda s, w: s.delete_link(w.link.id), "link.delete", lambda w: w.link.id),
    "add_interpreter_booking": (lambda s, w: s.add_interpreter_booking(
        w.event.id, "Spanish", "vendor", "phone"), "interpreter_booking.add", None),
    "update_interpreter_booking": (lambda s, w: s.update_interpreter_booking(
        w.booking.id, status="confirmed"), "interpreter_booking.update", None),
}
TODAY_MOMENT = datetime(2026, 11, 26, 12, tzinfo=UTC)


def test_store_contract_carry_audit_keeps_time_user_action_and_maps_ids(
        make_store: MakeStore) -> None:
    source, target = make_store(), make_store()
    case = source.add_case("Carried")
    source.add_event(case.id, "task", "t", "identity", due=TODAY)
    entries = source.list_audit()
    mine = target.add_case("Here")
    before = target.list_audit()
    carried = target.carry_audit(entries, {("cases", case.id): mine.id})
    after = target.list_audit()[len(before):]
    assert carried == len(entries) and len(after) == len(entries) + 1
    assert [(e.at, e.user, e.action) for e in after[:-1]] == \
        [(e.at, e.user, "carried." + e.action) for e in entries]
    assert after[0].entity_id == mine.id and after[1].entity_id is None  # unmapped: None
    assert (after[-1].action, after[-1].user) == ("audit.carry", ANA)
    assert target.verify_chains() == [] and target.carry_audit([], {}) == 0


def test_store_contract_write_table_covers_every_write() -> None:
    reads = {"actor", "transaction", "caseload", "report_facts", "document_bytes", "verify_chains",
             "export_data", "import_data", "import_csv",  # imports: one entry per record
             "carry_audit",  # one entry per carried entry, and one closing (its own test)
             "link_for", "links_for_case", "audit_origin"}
    writes = {n for n in vars(StoreContract) if not n.startswith("_")
              and not n.startswith(("get_", "list_"))} - reads
    assert writes == set(WRITES)


@pytest.mark.parametrize("name", sorted(WRITES))
def test_store_contract_each_write_appends_one_audit_entry(name: str, world: World,
                                                           store: StoreContract) -> None:
    call, action, entity = WRITES[name]
    before = store.list_audit()
    result = call(store, world)
    after = store.list_audit()
    # a hub also names, as row.add / row.remove, other rows the write added or removed
    # (computed deadlines, bulk inserts): `workbench check` accounts for every row with them
    named = [e for e in after[len(before):] if not e.action.startswith("row.")]
    assert after[:len(before)] == before and len(named) == 1
    entry = after[-1]
    want = entity(world) if entity is not None else getattr(result, "id", None)
    assert (entry.action, entry.entity_id, entry.user) == (action, want, ANA)
    case_id = getattr(result, "case_id", None)
    if name == "add_case":
        case_id = getattr(result, "id", None)
    if case_id is not None:
        assert entry.case_id == case_id
    assert store.verify_chains() == []


# --- transactions -------------------------------------------------------------------------------

def test_store_contract_transaction_writes_all(store: StoreContract) -> None:
    with store.transaction():
        case = store.add_case("A")
        store.add_event(case.id, "task", "t", "identity", due=TODAY)
        assert [c.id for c in store.list_cases()] == [case.id]  # reads see the open transaction
    assert len(store.list_events(case.id)) == 1
    assert [a.action for a in store.list_audit()] == ["case.add", "event.add"]


def test_store_contract_transaction_writes_nothing_on_error(world: World,
                                                            store: StoreContract) -> None:
    before = state(store)
    with pytest.raises(InvalidInput), store.transaction():
        store.update_case(world.case.id, notes="changed")
        store.add_event(world.case.id, "task", "t", "identity", due=TODAY)
        store.add_case("B", date_of_birth="nope")
    assert state(store) == before
    assert store.verify_chains() == []


def test_store_contract_nested_transaction_belongs_to_the_outer(store: StoreContract) -> None:
    class Stop(Exception):
        pass

    with pytest.raises(Stop), store.transaction():
        store.add_case("A")
        with store.transaction():
            store.add_case("B")
        raise Stop
    assert store.list_cases() == [] and store.list_audit() == []
    with store.transaction():
        with store.transaction():
            store.add_case("C")
        store.add_case("D")
    assert [c.display_name for c in store.list_cases()] == ["C", "D"]
