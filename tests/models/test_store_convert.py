"""The one row ↔ record mapping (models.store_convert): complete, symmetric, one path."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import records as r
from models import rows, store_rowmap
from models import store_convert as convert
from tests.models.test_store import make_store

NY = ZoneInfo("America/New_York")
MAPS: dict[str, tuple[convert.RecordMap[Any], type[rows.Base]]] = {
    "safe_address": (convert.SAFE_ADDRESS, rows.SafeAddressRow),
    "case": (convert.CASE, rows.CaseRow),
    "matter": (convert.MATTER, rows.MatterRow),
    "event": (convert.EVENT, rows.EventRow),
    "trigger": (convert.TRIGGER, rows.TriggerRow),
    "consent": (convert.CONSENT, rows.ConsentRow),
    "document": (convert.DOCUMENT, rows.DocumentRow),
    "referral": (convert.REFERRAL, rows.ReferralRow),
    "milestone": (convert.MILESTONE, rows.MilestoneRow),
    "goal": (convert.GOAL, rows.GoalRow),
    "contact": (convert.CONTACT, rows.ContactRow),
    "closure": (convert.CLOSURE, rows.ClosureRow),
    "disclosure": (convert.DISCLOSURE, rows.DisclosureRow),
    "audit": (convert.AUDIT, rows.AuditRow),
    "staff_profile": (convert.STAFF_PROFILE, rows.StaffProfileRow),
    "screening": (convert.SCREENING, rows.ScreeningRow),
    "status_change": (convert.STATUS_CHANGE, rows.StatusChangeRow),
    "safety_plan": (convert.SAFETY_PLAN, rows.SafetyPlanRow),
    "conference": (convert.CONFERENCE, rows.ConferenceRow),
    "feedback": (convert.FEEDBACK, rows.FeedbackRow),
    "report_disclosure": (convert.REPORT_DISCLOSURE, rows.ReportDisclosureRow),
    "link": (convert.LINK, rows.ExternalLinkRow),
    "booking": (convert.BOOKING, rows.InterpreterBookingRow),
}
GIVEN = {"case": "safe_addresses", "goal": "milestones"}


def test_store_convert_has_one_map_per_record_and_table() -> None:
    # the hub's member and key tables hold no records (models.hub reads them)
    tables = {cls.__tablename__ for cls in rows.Base.__subclasses__()
              if not cls.__tablename__.startswith("hub_")} - {"chain_heads"}
    assert {row.__tablename__ for _, row in MAPS.values()} == tables
    # columns no record field is read from: derived (an index key), or fetched on demand
    unread = {"events": {"first_date", "series_first", "series_step", "series_last"},
              "documents": {"data"},
              "staff_profiles": {"id"},  # the profile's number: the audit trail's, not a field
              "external_links": {"lookup"}}  # the keyed hash a link is found by
    hub_only = {"seal", "signature"}  # the hub's row seals and entry signatures (models.field_cipher)
    for name, (mapping, row) in MAPS.items():
        table = set(row.__table__.columns.keys()) - hub_only  # type: ignore[attr-defined]
        assert len(mapping.names) == len(set(mapping.names)), name
        assert set(table) - set(mapping.names) == unread.get(row.__tablename__, set()), name
        fields = {f.name for f in dataclasses.fields(mapping.record)}
        assert fields - set(mapping.names) <= {GIVEN.get(name), "start", "end"}, name


def _filled(store: Any) -> None:
    """One of every record, with optional fields set to distinct values."""
    case = store.add_case("Ana", languages=["es"], date_of_birth="1990-01-02",
                          confidential_address=True, assigned_to=["ana"], notes="n")
    store.add_safe_address(case.id, "I-914", "PO Box 1")
    matter = store.add_matter(case.id, "immigration", title="U visa", court="EOIR")
    trigger = store.add_trigger(case.id, "arrest", "x", datetime(2026, 3, 1, 8, tzinfo=NY),
                                matter_id=matter.id, service="mail")
    store.add_trigger(case.id, "ij_decision", "y", date(2026, 3, 2))
    first = store.add_event(case.id, "legal_deadline", "File", "immigration", due="2026-03-01",
                            owner="client", trigger_id=trigger.id, matter_id=matter.id)
    hearing = store.add_event(
        case.id, "court_hearing", "Hearing", "protective_order", evidence_for_id=first.id,
        start=datetime(2026, 3, 2, 9, tzinfo=NY), end=datetime(2026, 3, 2, 10, tzinfo=NY),
        location="Dept 5", status="done", rrule="FREQ=WEEKLY;COUNT=3", exdates=["2026-03-09"],
        interpreter_needed=True, interpreter_booked=False, interpreter_language="vi",
        owner="court", assigned_to="ana", notes="bring ID", result_label="r", rule_id="x",
        computed_due="2026-04-01", safe_due="2026-03-30", overridden=True,
        explanation=["step 1", "step 2"])
    consent = store.add_consent(case.id, "Clinic", ["medical", "identity"], "care", "2026-01-01",
                                expires="2026-12-31", how_given="verbal")
    store.add_document(case.id, "identity", "ID", b"%PDF-1.4 x", "application/pdf",
                       doc_date="2026-01-02")
    store.add_referral(case.id, "Shelter", "Safe House", opened="2026-01-03", choice="opted_in",
                       shares_data=True, consent_id=consent.id)
    goal = store.add_goal(case.id, "Housing", domain="housing", priority=1,
                          measure={"kind": "status", "scale": "housing"},
                          baseline="emergency_shelter", target="stable")
    store.save_safety_plan(case.id, warning_signs=["calls"], risk_level="high",
                           safe_contacts=[{"name": "Rosa", "role": "friend", "how": "555"}],
                           safe_places=["library"], steps=["call 911"], own_words="I know",
                           review_on="2026-02-01", review_event_id=first.id)
    store.add_conference(case.id, "2026-01-05", "views_given", wishes="stay",
                         attendees=[{"name": "Pat", "kind": "contact", "role": "attorney"}],
                         decisions=["apply"], action_event_ids=[first.id], event_id=first.id)
    screening = store.add_screening(case.id, "phq9", "1", "mental_health",
                                    consent_at="2026-01-03T10:00:00+00:00", consent_note="verbal")
    store.record_answers(screening.id, {"phq9_1": 2, "phq9_9": "skip"}, asked_role="clinician")
    store.complete_screening(screening.id, total=None, band=None, reason="too few answered")
    store.add_milestone(goal.id, "Apply", due="2026-02-01", linked_event_id=first.id)
    pat = store.add_contact("attorney", "Pat", case.id, phone="555")
    store.add_interpreter_booking(hearing.id, "Vietnamese", "vendor", "video", dialect="Hue",
                                  contact_id=pat.id, interpreter_name="V.", vendor="Lines",
                                  status="confirmed", reference="R", notes="n")
    store.add_closure("2026-12-24", "CA", "holiday", note="Eve")
    store.record_disclosure(case.id, "Clinic", "care", ["medical"], ["event:1"], [consent.id],
                            "ab" * 32)
    store.add_feedback("Bay hub", "2026-01", language="es", satisfaction=4, felt_safe="yes",
                       felt_listened=5)
    store.record_report("program", "2026-01-01", "2026-01-31", threshold=11, left_out_cases=1,
                        suppressed_cells=2, output="pdf", output_sha256="cd" * 32)
    store.set_staff_profile(r.StaffProfile("ana", "Ana Q.", role_title="Attorney",
                                           organisation="Clinic", bar_or_eoir_id="EOIR 1",
                                           address="PO Box 2", phone="555", email="a@b.example"))
    store.add_link("fhir", "Appointment", "apt-1", case.id, record_id=first.id, digest="ef" * 32)


def test_store_convert_orm_rows_and_plain_rows_give_equal_records() -> None:
    store = make_store()
    _filled(store)
    with Session(store._engine) as s:
        for name, (mapping, row_type) in MAPS.items():
            key = row_type.__table__.primary_key.columns  # type: ignore[attr-defined]
            orm = list(s.scalars(select(row_type).order_by(*key)))
            plain = list(s.execute(mapping.select().order_by(*key)))
            assert orm, name
            if name == "case":
                made = [convert.case(x) for x in orm]
                fast = [mapping.decode(v, made[i].safe_addresses) for i, v in enumerate(plain)]
            elif name == "goal":
                made = [convert.goal(x) for x in orm]
                fast = [mapping.decode(v, made[i].milestones) for i, v in enumerate(plain)]
            else:
                made = [mapping.from_row(x) for x in orm]
                fast = mapping.from_rows(plain)
            assert fast == made and all(type(x) is mapping.record for x in fast), name
    # the store's own reads give the same records
    case = store.list_cases()[0]
    assert case.safe_addresses and store.get_case(case.id) == case
    assert store.list_goals(case.id)[0].milestones


def test_store_convert_old_rowmap_names_are_the_same_path() -> None:
    assert store_rowmap.events_from == convert.EVENT.from_rows
    assert store_rowmap.EVENT_COLUMNS == convert.EVENT.columns
    store = make_store()
    _filled(store)
    with Session(store._engine) as s:
        plain = list(s.execute(store_rowmap.case_select()))
    [case] = store.list_cases()
    assert store_rowmap.case_maker({case.id: case.safe_addresses})(plain[0]) == case


def test_store_convert_decoded_values_have_record_types() -> None:
    store = make_store()
    _filled(store)
    case = store.list_cases()[0]
    first, series = store.list_events(case.id)
    assert first.kind is r.EventKind.LEGAL_DEADLINE and first.owner is r.Owner.CLIENT
    assert series.start is not None and series.start.tzinfo == NY
    assert series.exdates == (date(2026, 3, 9),) and series.explanation == ("step 1", "step 2")
    timed, dated = store.list_triggers(case.id)
    assert timed.occurred == datetime(2026, 3, 1, 8, tzinfo=NY) and dated.occurred == date(2026, 3, 2)
    [consent] = store.list_consents(case.id)
    assert consent.categories == frozenset({r.Category.MEDICAL, r.Category.IDENTITY})
    [disclosure] = store.list_disclosures()
    assert disclosure.categories == (r.Category.MEDICAL,) and disclosure.consent_ids == (consent.id,)


ZONES = ("UTC", "America/New_York", "Asia/Tokyo", "Pacific/Kiritimati", "Pacific/Pago_Pago")
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))
texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=8)


@st.composite
def events(draw: Any) -> r.Event:
    """Any event record the store could hold (timed or dated, every optional field drawn)."""
    tz = draw(st.sampled_from(ZONES))
    start = end = due = None
    if draw(st.booleans()):
        start = draw(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2040, 1, 1),
                                  timezones=st.just(ZoneInfo(tz))))
        # a wall time in a DST gap or fold is stored as its instant: draw instants, not wall times
        start = start.astimezone(UTC).astimezone(ZoneInfo(tz))
        if draw(st.booleans()):
            end = start + timedelta(minutes=draw(st.integers(0, 10_000)))
    if start is None or draw(st.booleans()):
        due = draw(days)
    maybe = lambda s: draw(st.none() | s)  # noqa: E731
    return r.Event(
        id=draw(st.integers(1, 10**6)), case_id=draw(st.integers(1, 10**6)),
        kind=draw(st.sampled_from(r.EventKind)), title=draw(texts) or "t",
        category=draw(st.sampled_from(r.Category)), matter_id=maybe(st.integers(1, 99)),
        start=start, end=end, due=due, all_day=draw(st.booleans()), tz=tz, location=maybe(texts),
        status=draw(st.sampled_from(r.EventStatus)), rrule=maybe(st.just("FREQ=DAILY;COUNT=2")),
        exdates=tuple(draw(st.lists(days, max_size=3))), interpreter_needed=draw(st.booleans()),
        interpreter_booked=draw(st.booleans()), interpreter_language=maybe(texts),
        owner=maybe(st.sampled_from(r.Owner)), assigned_to=maybe(texts), notes=maybe(texts),
        trigger_id=maybe(st.integers(1, 99)), rule_id=maybe(texts), result_label=maybe(texts),
        computed_due=maybe(days), safe_due=maybe(days), overridden=draw(st.booleans()),
        explanation=tuple(draw(st.lists(texts, max_size=3))),
        evidence_for_id=maybe(st.integers(1, 99)),
    )


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events())
def test_store_convert_event_columns_read_back_as_the_same_record(event: r.Event) -> None:
    cols = {"id": event.id, "case_id": event.case_id, "version": event.version,
            **convert.event_columns(event)}
    back = convert.EVENT.decode(tuple(cols[n] for n in convert.EVENT.names))
    assert back == event
    assert cols["first_date"] == (event.due_day() if event.start is None
                                  else event.start.date()).isoformat()
