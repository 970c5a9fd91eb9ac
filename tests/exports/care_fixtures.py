"""Care-hub records for packet tests (a safety plan, two conferences with their action tasks,
housing and risk histories), each with canary strings a PDF scan can find or miss.

A uniquely named module (not conftest) so other rooms' conftest files cannot shadow it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from packet_fixtures import NOW, TODAY, Records, consent, make_records

from exports.consent_gate import PacketPlan, plan_packet
from exports.packet import build_packet
from models.records import (
    Attendee,
    AttendeeKind,
    Category,
    Conference,
    Event,
    EventKind,
    EventStatus,
    HistorySubject,
    Owner,
    Participation,
    RiskLevel,
    SafeContact,
    SafetyPlan,
    StatusChange,
)

AGENCY = "Bay Area Care Network"
CONFERENCE = "Case conference"
BASE_CATS = {Category.IDENTITY, Category.PROTECTIVE_ORDER}
STAFF_NAMES = (("sam", "Samira Okafor"), ("cam", "Camille Duarte"))

# the plan's content: every field carries its own canary
PLAN_CANARIES = ("CANARYSIGN1 he texts from new numbers", "CANARYSTEP1 call the hotline",
                 "CANARYCONTACT Tía Lupe", "CANARYROLE aunt", "CANARYHOW 510-555-0199",
                 "CANARYPLACE St. Anne's chapel", "CANARYOWNWORDS I know my way out")
MINUTES_CANARIES = ("CANARYATTENDEE Rosa Shelter", "CANARYWISH stay near my son's school",
                    "CANARYDECISION1 apply for rapid rehousing", "CANARYOPENACTION call HUD")
EARLIER_CANARY = "CANARYEARLYDECISION move to shelter"
DONE_ACTION = "CANARYDONEACTION book interpreter"
HOUSING_DAYS = ("2026-03-02", "2026-06-15", "2026-10-05")
RISK_DAYS = ("2026-02-11", "2026-09-08")


def safety_plan() -> SafetyPlan:
    return SafetyPlan(
        7, 1, datetime(2026, 11, 20, 18, tzinfo=UTC), "sam",
        warning_signs=(PLAN_CANARIES[0], "He waits outside the clinic"),
        safe_contacts=(SafeContact(PLAN_CANARIES[2], PLAN_CANARIES[3], PLAN_CANARIES[4]),
                       SafeContact("National hotline", "hotline", "1-888-373-7888")),
        safe_places=(PLAN_CANARIES[5], "Oakland public library, main branch"),
        steps=(PLAN_CANARIES[1], "Keep the go-bag at the library locker"),
        own_words=PLAN_CANARIES[6], risk_level=RiskLevel.MEDIUM, review_on=date(2026, 12, 18))


def action_tasks() -> list[Event]:
    """The conferences' actions: an open overdue one, an open future one, a done one."""
    def task(eid: int, title: str, due: date, owner: str,
             status: EventStatus = EventStatus.SCHEDULED) -> Event:
        return Event(eid, 1, EventKind.TASK, title, Category.SAFETY_PLAN, due=due,
                     all_day=True, owner=Owner.CLIENT, assigned_to=owner, status=status)
    return [task(40, MINUTES_CANARIES[3], date(2026, 11, 20), "cam"),
            task(41, "Send the shelter referral", date(2026, 12, 8), "sam"),
            task(42, DONE_ACTION, date(2026, 10, 30), "sam", EventStatus.DONE)]


def conferences() -> list[Conference]:
    at = datetime(2026, 11, 10, 19, tzinfo=UTC)
    earlier = Conference(
        3, 1, date(2026, 9, 14), Participation.VIEWS_GIVEN, "sam", at,
        attendees=(Attendee("Samira Okafor", AttendeeKind.STAFF, "supervisor"),),
        decisions=(EARLIER_CANARY,), action_event_ids=(42,))
    latest = Conference(
        4, 1, date(2026, 11, 10), Participation.ATTENDED, "sam", at,
        attendees=(Attendee("Samira Okafor", AttendeeKind.STAFF, "supervisor"),
                   Attendee(MINUTES_CANARIES[0], AttendeeKind.CONTACT, "shelter case worker"),
                   Attendee("Ánh", AttendeeKind.SURVIVOR)),
        wishes=MINUTES_CANARIES[1],
        decisions=(MINUTES_CANARIES[2], "Review the safety plan in December"),
        action_event_ids=(40, 41))
    return [earlier, latest]


def status_changes() -> list[StatusChange]:
    def at(day: str) -> datetime:
        return datetime.fromisoformat(day).replace(hour=17, tzinfo=UTC)
    housing = [StatusChange(50 + i, 1, HistorySubject.HOUSING, value, Category.HOUSING_BENEFITS,
                            at(day), "cam")
               for i, (day, value) in enumerate(zip(
                   HOUSING_DAYS, ("unsheltered", "emergency_shelter", "transitional"),
                   strict=True))]
    risk = [StatusChange(60 + i, 1, HistorySubject.RISK, value, Category.SAFETY_PLAN, at(day),
                         "sam", subject_id=7)
            for i, (day, value) in enumerate(zip(RISK_DAYS, ("high", "medium"), strict=True))]
    return housing + risk


def care_records(cats: set[Category]) -> Records:
    records = make_records([consent(1, cats, AGENCY, CONFERENCE)])
    records.events = [*records.events, *action_tasks()]
    return records


def care_plan(cats: set[Category], kind: str = "agency", **kw) -> tuple[PacketPlan, Records]:
    records = care_records(cats)
    recipient, purpose = (AGENCY, CONFERENCE)
    plan = plan_packet(kind, records.case, recipient=recipient, purpose=purpose, today=TODAY,
                       consents=records.consents, events=records.events,
                       matters=records.matters, documents=records.documents,
                       goals=records.goals, referrals=records.referrals,
                       safety_plan=safety_plan(), conferences=conferences(),
                       status_changes=status_changes(), **kw)
    return plan, records


def render_care(plan: PacketPlan, records: Records) -> bytes:
    return build_packet(plan, now=NOW, prepared_by="sam", document_bytes=records.blobs,
                        staff_names=dict(STAFF_NAMES)).data
