"""Plain frozen records: what the store returns and every other room works with.

No SQLAlchemy here. Records are immutable; change them with ``dataclasses.replace`` and hand
them back to the store's intent-named methods.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import NamedTuple
from zoneinfo import ZoneInfo


class Role(StrEnum):
    """Staff roles; they decide what a user may see (timeline.views)."""

    ADVOCATE = "advocate"  # embedded legal advocate or attorney
    CLINICIAN = "clinician"
    CASE_MANAGER = "case_manager"
    SUPERVISOR = "supervisor"
    PEER_MENTOR = "peer_mentor"  # a survivor-leader who accompanies and supports


class Category(StrEnum):
    """Data categories for consent, visibility and redaction (PRODUCT.md)."""

    IDENTITY = "identity"
    CONTACT_LOCATION = "contact_location"
    MEDICAL = "medical"
    REPRODUCTIVE_HEALTH = "reproductive_health"
    HIV_STI = "hiv_sti"
    MENTAL_HEALTH = "mental_health"
    SUBSTANCE_USE = "substance_use"  # 42 CFR Part 2
    IMMIGRATION = "immigration"  # 8 U.S.C. 1367
    PROTECTIVE_ORDER = "protective_order"
    CRIMINAL_CASE = "criminal_case"
    FAMILY_CASE = "family_case"
    TRAFFICKING_NARRATIVE = "trafficking_narrative"
    SAFETY_PLAN = "safety_plan"
    HOUSING_BENEFITS = "housing_benefits"
    # consent only: the survivor allows their case to be counted in aggregate program reports
    # (no record is of this category; the store refuses it on one)
    AGGREGATE_REPORTING = "aggregate_reporting"


# categories a consent may name but no record has
CONSENT_ONLY_CATEGORIES = frozenset({Category.AGGREGATE_REPORTING})
RECORD_CATEGORIES = tuple(c for c in Category if c not in CONSENT_ONLY_CATEGORIES)


CLINICAL_CATEGORIES = frozenset(
    {
        Category.MEDICAL,
        Category.REPRODUCTIVE_HEALTH,
        Category.HIV_STI,
        Category.MENTAL_HEALTH,
        Category.SUBSTANCE_USE,
    }
)
LEGAL_CATEGORIES = frozenset(
    {
        Category.IMMIGRATION,
        Category.PROTECTIVE_ORDER,
        Category.CRIMINAL_CASE,
        Category.FAMILY_CASE,
    }
)


class MatterKind(StrEnum):
    IMMIGRATION = "immigration"
    PROTECTIVE_ORDER = "protective_order"
    CRIMINAL = "criminal"
    FAMILY = "family"
    CIVIL = "civil"


class EventKind(StrEnum):
    MEDICAL_APPOINTMENT = "medical_appointment"
    COURT_HEARING = "court_hearing"
    LEGAL_DEADLINE = "legal_deadline"
    SERVICE_APPOINTMENT = "service_appointment"
    CASE_CONFERENCE = "case_conference"
    MILESTONE = "milestone"
    TASK = "task"  # e.g. "inform the survivor of a compelled release"


class EventStatus(StrEnum):
    SCHEDULED = "scheduled"
    DONE = "done"
    CANCELLED = "cancelled"
    MISSED = "missed"


class Owner(StrEnum):
    """Who must act: the client's team, or a court/agency/clinic ("expected by")."""

    CLIENT = "client"
    COURT = "court"
    AGENCY = "agency"
    CLINIC = "clinic"


# What "overdue" means, in one place: the caseload's counts (models.store_caseload builds its
# SQL filter from these), the agenda's overdue list (timeline.agenda) and the GUI, which shows
# both. Overdue = a legal deadline or a task of ours (owner client, or none given), still
# scheduled, not a recurring series, whose due day is before today. Not overdue: a date due
# today; milestones (targets, or another's "expected by" date: a passed one is a conflict, not
# our lateness); care-plan milestones; done, cancelled or missed items (a person closed them);
# occurrences of a series (they have no status of their own). docs/architecture.md, "Overdue".
OVERDUE_KINDS = frozenset({EventKind.LEGAL_DEADLINE, EventKind.TASK})
TEAM_OWNERS: frozenset[Owner | None] = frozenset({Owner.CLIENT, None})
OVERDUE_STATUS = EventStatus.SCHEDULED


class ReferralStatus(StrEnum):
    PROPOSED = "proposed"
    MADE = "made"
    ACCEPTED = "accepted"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    DECLINED = "declined"
    CLOSED = "closed"


REFERRAL_TRANSITIONS: dict[ReferralStatus, frozenset[ReferralStatus]] = {
    ReferralStatus.PROPOSED: frozenset({ReferralStatus.MADE, ReferralStatus.DECLINED, ReferralStatus.CLOSED}),
    ReferralStatus.MADE: frozenset({ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, ReferralStatus.CLOSED}),
    ReferralStatus.ACCEPTED: frozenset({ReferralStatus.IN_PROGRESS, ReferralStatus.COMPLETED, ReferralStatus.CLOSED}),
    ReferralStatus.IN_PROGRESS: frozenset({ReferralStatus.COMPLETED, ReferralStatus.CLOSED}),
    ReferralStatus.COMPLETED: frozenset({ReferralStatus.CLOSED}),
    ReferralStatus.DECLINED: frozenset({ReferralStatus.CLOSED, ReferralStatus.PROPOSED}),
    ReferralStatus.CLOSED: frozenset(),
}


class ContactKind(StrEnum):
    ATTORNEY = "attorney"
    CLINICIAN = "clinician"
    CERTIFYING_OFFICIAL = "certifying_official"
    INTERPRETER = "interpreter"
    COURT = "court"
    OTHER = "other"


class ClosureReason(StrEnum):
    """Why a court or agency was closed on a day (deadline-rules.md §4.3)."""

    HOLIDAY = "holiday"
    EXECUTIVE_ORDER = "executive_order"  # a legal holiday under FRCP 6(a)(6)(B)
    INACCESSIBLE = "inaccessible"  # FRCP 6(a)(3): weather, clerk's office closed
    OUTAGE = "outage"  # e-filing system outage (e.g. ECAS)


class ConsentStatus(StrEnum):
    ACTIVE = "active"
    EXPIRED = "expired"
    REVOKED = "revoked"
    NOT_YET = "not_yet"


@dataclass(frozen=True, slots=True)
class User:
    id: int
    name: str
    role: Role


@dataclass(frozen=True, slots=True)
class StaffProfile:
    """How a staff member signs a packet: "Prepared by" and the representative block.

    Keyed by the user (login) name, which never appears on paper when a profile exists.
    """

    user: str
    full_name: str
    role_title: str = ""  # e.g. "Immigration attorney", "Accredited representative"
    organisation: str = ""
    bar_or_eoir_id: str | None = None  # bar number or EOIR ID (e.g. for Form EOIR-28)
    address: str | None = None  # the organisation's address, never a survivor's
    phone: str | None = None
    email: str | None = None
    # the row's version when read (optimistic concurrency; not part of equality)
    version: int = field(default=1, compare=False)



@dataclass(frozen=True, slots=True)
class SafeAddress:
    """The mailing address to print on one filing when the real address is confidential."""

    id: int
    case_id: int
    filing: str  # e.g. "I-914", "DVRO petition", or a matter ref
    address: str
    # the row's version when read (optimistic concurrency; not part of equality)
    version: int = field(default=1, compare=False)



@dataclass(frozen=True, slots=True)
class Case:
    id: int
    ref: str  # short non-identifying reference, e.g. "C-0001"
    display_name: str
    legal_name: str | None = None
    pronouns: str | None = None
    date_of_birth: date | None = None
    languages: tuple[str, ...] = ()
    interpreter_language: str | None = None
    safe_contact: str | None = None
    confidential_address: bool = False
    address: str | None = None  # never printed when confidential_address is set
    jurisdiction: str | None = None  # e.g. "federal-CA", "CA", "NY", "TX"
    assigned_to: tuple[str, ...] = ()  # user names
    notes: str | None = None
    created_at: datetime | None = None
    safe_addresses: tuple[SafeAddress, ...] = ()
    # the row's version when read (optimistic concurrency; not part of equality)
    version: int = field(default=1, compare=False)



@dataclass(frozen=True, slots=True)
class Matter:
    id: int
    case_id: int
    ref: str  # e.g. "M-0001-1"
    kind: MatterKind
    title: str = ""
    court: str | None = None
    case_number: str | None = None
    jurisdiction: str | None = None
    notes: str | None = None
    # the row's version when read (optimistic concurrency; not part of equality)
    version: int = field(default=1, compare=False)



@dataclass(frozen=True, slots=True)
class Event:
    """Anything on a timeline. Timed events have start/end; deadlines have a due date."""

    id: int
    case_id: int
    kind: EventKind
    title: str
    category: Category
    matter_id: int | None = None
    start: datetime | None = None  # aware, in ``tz``
    end: datetime | None = None
    due: date | None = None  # for deadlines and milestones (all-day)
    all_day: bool = False
    tz: str = "UTC"  # IANA zone name
    location: str | None = None
    status: EventStatus = EventStatus.SCHEDULED
    rrule: str | None = None  # RFC 5545 RRULE body, e.g. "FREQ=WEEKLY;COUNT=10"
    exdates: tuple[date, ...] = ()  # occurrences skipped (by local date)
    interpreter_needed: bool = False
    interpreter_booked: bool = False
    interpreter_language: str | None = None
    owner: Owner | None = None
    assigned_to: str | None = None  # user name responsible
    notes: str | None = None
    # computed deadlines (set when created from a trigger)
    trigger_id: int | None = None
    rule_id: str | None = None
    result_label: str | None = None  # which result of the rule this is
    computed_due: date | None = None  # what the rule computed (kept when overridden)
    safe_due: date | None = None  # earliest defensible reading, when ambiguous
    overridden: bool = False
    explanation: tuple[str, ...] = ()
    evidence_for_id: int | None = None  # this appointment produces evidence for that filing

    # the row's version when read (optimistic concurrency; not part of equality)
    version: int = field(default=1, compare=False)
    def due_day(self) -> date | None:
        """The day this is due: ``due``, else the local day (in ``tz``) of ``start``."""
        if self.due is not None:
            return self.due
        if self.start is None:
            return None
        return self.start.astimezone(ZoneInfo(self.tz)).date()

    def is_open_obligation(self) -> bool:
        """A legal deadline or task of ours, still scheduled, one-off: overdue once past due."""
        return (self.kind in OVERDUE_KINDS and self.owner in TEAM_OWNERS
                and self.status == OVERDUE_STATUS and not self.rrule)

    def is_overdue(self, today: date) -> bool:
        """An open obligation (``is_open_obligation``) whose due day is before ``today``."""
        if not self.is_open_obligation():
            return False
        day = self.due_day()
        return day is not None and day < today



@dataclass(frozen=True, slots=True)
class Trigger:
    """A typed legal event (e.g. an IJ decision) from which deadlines are computed."""

    id: int
    case_id: int
    trigger_type: str  # e.g. "ij_decision", "tro_granted"
    rule_id: str
    occurred: datetime | date  # a datetime when an hour-based rule needs the time
    matter_id: int | None = None
    jurisdiction: str | None = None
    service: str | None = None  # mail | electronic | personal
    notes: str | None = None
    # the row's version when read (optimistic concurrency; not part of equality)
    version: int = field(default=1, compare=False)



@dataclass(frozen=True, slots=True)
class Consent:
    id: int
    case_id: int
    recipient: str
    categories: frozenset[Category]
    purpose: str
    granted: date
    expires: date | None = None
    revoked: date | None = None
    how_given: str = "written"  # written | verbal | electronic
    notes: str | None = None

    # the row's version when read (optimistic concurrency; not part of equality)
    version: int = field(default=1, compare=False)
    def status(self, today: date) -> ConsentStatus:
        """Active, expired, revoked or not yet in force on ``today``."""
        if self.revoked is not None and self.revoked <= today:
            return ConsentStatus.REVOKED
        if self.expires is not None and self.expires < today:
            return ConsentStatus.EXPIRED
        if self.granted > today:
            return ConsentStatus.NOT_YET
        return ConsentStatus.ACTIVE



@dataclass(frozen=True, slots=True)
class Document:
    """Metadata of an encrypted blob held in the vault (fetch bytes from the store)."""

    id: int
    case_id: int
    category: Category
    title: str
    doc_date: date | None
    media_type: str  # application/pdf, image/png, image/jpeg
    size: int
    sha256: str
    # the row's version when read (optimistic concurrency; not part of equality)
    version: int = field(default=1, compare=False)



@dataclass(frozen=True, slots=True)
class Referral:
    id: int
    case_id: int
    service: str
    organisation: str
    status: ReferralStatus
    category: Category = Category.HOUSING_BENEFITS
    opened: date | None = None
    updated: date | None = None
    notes: str | None = None
    choice: ReferralChoice | None = None  # None: not asked yet
    shares_data: bool = False  # making it sends case data to the organisation
    consent_id: int | None = None  # the consent that allows that sharing
    # the row's version when read (optimistic concurrency; not part of equality)
    version: int = field(default=1, compare=False)



@dataclass(frozen=True, slots=True)
class Milestone:
    id: int
    goal_id: int
    title: str
    due: date | None = None
    done: date | None = None
    linked_event_id: int | None = None  # the timeline event that achieves it, if any
    # the row's version when read (optimistic concurrency; not part of equality)
    version: int = field(default=1, compare=False)



@dataclass(frozen=True, slots=True)
class Goal:
    """A care-plan goal with its milestones."""

    id: int
    case_id: int
    title: str
    category: Category = Category.SAFETY_PLAN
    status: str = "open"  # open | achieved | dropped
    milestones: tuple[Milestone, ...] = ()
    domain: GoalDomain | None = None
    priority: int | None = None  # the survivor's own ranking: 1 matters most to them
    measure: Measure | None = None
    baseline: str | None = None  # a value of the measure (a score, a status, "yes"/"no")
    target: str | None = None
    # the row's version when read (optimistic concurrency; not part of equality)
    version: int = field(default=1, compare=False)



class ScreeningStatus(StrEnum):
    """Where one administration of a screening instrument stands."""

    IN_PROGRESS = "in_progress"
    PAUSED = "paused"
    COMPLETED = "completed"
    DECLINED = "declined"


# answers that are not a scale value, and not errors (timeline.screening.NON_ANSWERS)
SCREENING_NON_ANSWERS = ("skip", "not_today", "prefer_not_to_say")


@dataclass(frozen=True, slots=True)
class ScreeningAnswer:
    """One item's answer, and who asked it, in which role, when (tell it once)."""

    item_id: str
    value: int | str  # a scale value, or one of SCREENING_NON_ANSWERS
    asked_by: str
    asked_role: str
    asked_at: datetime


@dataclass(frozen=True, slots=True)
class Screening:
    """One administration of a screening instrument, given under the survivor's consent."""

    id: int
    case_id: int
    instrument_id: str
    instrument_version: str
    category: Category
    status: ScreeningStatus
    consent_at: datetime  # consent to the assessment, recorded before the first item
    consent_by: str  # the user who recorded it
    started_at: datetime
    consent_note: str | None = None
    completed_at: datetime | None = None
    answers: tuple[ScreeningAnswer, ...] = ()  # in the order first answered
    total: int | None = None
    band: str | None = None  # the band's id
    reason: str | None = None  # why there is no total
    # the row's version when read (optimistic concurrency; not part of equality)
    version: int = field(default=1, compare=False)

    def answer(self, item_id: str) -> ScreeningAnswer | None:
        """The answer to ``item_id``, or None when it was not asked."""
        return next((a for a in self.answers if a.item_id == item_id), None)


# --- care-hub records (issue 11 §3-§5) ------------------------------------------------------

class RiskLevel(StrEnum):
    """The team's judgement of current danger, recorded with the safety plan (worst last)."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class HousingStatus(StrEnum):
    """Where the survivor lives now, least stable first (the housing categorical series)."""

    UNSHELTERED = "unsheltered"
    EMERGENCY_SHELTER = "emergency_shelter"
    STAYING_WITH_OTHERS = "staying_with_others"
    TRANSITIONAL = "transitional"
    STABLE = "stable"


class HistorySubject(StrEnum):
    """What a StatusChange is the history of."""

    GOAL = "goal"  # subject_id: the goal; value: its status
    REFERRAL = "referral"  # subject_id: the referral; value: its status
    RISK = "risk"  # subject_id: the safety plan; value: a RiskLevel
    HOUSING = "housing"  # no subject_id; value: a HousingStatus


@dataclass(frozen=True, slots=True)
class StatusChange:
    """One entry of a status history: who set which value when (append-only)."""

    id: int
    case_id: int
    subject: HistorySubject
    value: str
    category: Category
    changed_at: datetime
    changed_by: str
    subject_id: int | None = None
    note: str | None = None
    # the row's version when read (optimistic concurrency; not part of equality)
    version: int = field(default=1, compare=False)


@dataclass(frozen=True, slots=True)
class SafeContact:
    """Someone the survivor can call when the warning signs show."""

    name: str
    role: str  # e.g. "friend", "advocate", "hotline"
    how: str | None = None  # phone or how to reach them safely


@dataclass(frozen=True, slots=True)
class SafetyPlan:
    """A case's safety plan (one per case), in the safety_plan category."""

    id: int
    case_id: int
    updated_at: datetime
    updated_by: str
    warning_signs: tuple[str, ...] = ()
    safe_contacts: tuple[SafeContact, ...] = ()
    safe_places: tuple[str, ...] = ()
    steps: tuple[str, ...] = ()  # what to do
    own_words: str | None = None  # the survivor's own words
    risk_level: RiskLevel | None = None
    review_on: date | None = None
    review_event_id: int | None = None  # the review task on the timeline
    category: Category = Category.SAFETY_PLAN
    # the row's version when read (optimistic concurrency; not part of equality)
    version: int = field(default=1, compare=False)


class Participation(StrEnum):
    """How the survivor took part in a case conference."""

    ATTENDED = "attended"
    VIEWS_GIVEN = "views_given"  # did not attend; gave their views beforehand
    REPRESENTED = "represented"  # an advocate spoke for them, with their agreement
    DECLINED = "declined"  # chose not to take part


class AttendeeKind(StrEnum):
    STAFF = "staff"  # a hub user
    CONTACT = "contact"  # one of the case's contacts (another agency)
    SURVIVOR = "survivor"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Attendee:
    name: str
    kind: AttendeeKind
    role: str | None = None  # e.g. "clinician", "shelter case worker"
    contact_id: int | None = None


@dataclass(frozen=True, slots=True)
class Conference:
    """A case conference: who met, how the survivor took part, what was decided.

    Action items are tasks on the timeline (``action_event_ids``); the conference itself may be
    a timeline event (``event_id``)."""

    id: int
    case_id: int
    held_on: date
    participation: Participation
    recorded_by: str
    recorded_at: datetime
    attendees: tuple[Attendee, ...] = ()
    wishes: str | None = None  # the survivor's wishes, in their words where possible
    decisions: tuple[str, ...] = ()
    action_event_ids: tuple[int, ...] = ()
    event_id: int | None = None
    category: Category = Category.SAFETY_PLAN
    # the row's version when read (optimistic concurrency; not part of equality)
    version: int = field(default=1, compare=False)


class GoalDomain(StrEnum):
    """The domains of a measurable care plan."""

    HEALTH = "health"
    MENTAL_HEALTH = "mental_health"
    SAFETY = "safety"
    HOUSING = "housing"
    LEGAL = "legal"
    INCOME_BENEFITS = "income_benefits"
    EDUCATION_EMPLOYMENT = "education_employment"
    SOCIAL_CONNECTION = "social_connection"


class MeasureKind(StrEnum):
    SCORE = "score"  # an instrument's total (instrument_id)
    STATUS = "status"  # a categorical status (scale: "housing" or "risk")
    YES_NO = "yes_no"


@dataclass(frozen=True, slots=True)
class Measure:
    """How a goal is measured; its baseline and target are values of this measure."""

    kind: MeasureKind
    instrument_id: str | None = None  # SCORE
    scale: str | None = None  # STATUS: "housing" (HousingStatus) or "risk" (RiskLevel)


class ReferralChoice(StrEnum):
    """The survivor's choice about a referral: never referred without it."""

    OPTED_IN = "opted_in"
    DECLINED = "declined"  # respected: the referral is not made


@dataclass(frozen=True, slots=True)
class Contact:
    id: int
    kind: ContactKind
    name: str
    case_id: int | None = None  # None: shared across cases (e.g. a court)
    organisation: str | None = None
    phone: str | None = None
    email: str | None = None
    language: str | None = None
    # the row's version when read (optimistic concurrency; not part of equality)
    version: int = field(default=1, compare=False)



@dataclass(frozen=True, slots=True)
class Closure:
    """A day a court/agency is closed outside its holiday calendar (entered by users)."""

    id: int
    day: date
    calendar: str  # a jurisdiction ("federal", "CA", ...) or "*" for every calendar
    reason: ClosureReason
    note: str | None = None
    # the row's version when read (optimistic concurrency; not part of equality)
    version: int = field(default=1, compare=False)



@dataclass(frozen=True, slots=True)
class Disclosure:
    """One export, print or share (HIPAA 164.528 fields), hash-chained."""

    id: int
    at: datetime
    user: str
    case_id: int
    recipient: str
    purpose: str
    categories: tuple[Category, ...]
    record_ids: tuple[str, ...]  # e.g. ("event:12", "document:3")
    consent_ids: tuple[int, ...]
    packet_sha256: str
    legal_basis: str | None = None  # set for a compelled release
    prev_hash: str = ""
    hash: str = ""


FEEDBACK_SAFE = ("yes", "no", "unsure")


@dataclass(frozen=True, slots=True)
class Feedback:
    """One survivor's anonymous feedback: the program and month only, never the case."""

    id: int
    program: str
    period: str  # YYYY-MM
    language: str | None = None  # the language the form was answered in
    satisfaction: int | None = None  # 1 (not at all) .. 5 (very)
    felt_safe: str | None = None  # one of FEEDBACK_SAFE
    felt_listened: int | None = None  # 1 .. 5
    # the row's version when read (optimistic concurrency; not part of equality)
    version: int = field(default=1, compare=False)


@dataclass(frozen=True, slots=True)
class ReportDisclosure:
    """One aggregate report made: who, when, template, period, threshold, cases left out."""

    id: int
    at: datetime
    user: str
    template_id: str
    period_from: date
    period_to: date
    threshold: int
    left_out_cases: int
    suppressed_cells: int
    output: str  # pdf | csv | json | screen
    output_sha256: str | None = None
    version: int = field(default=1, compare=False)


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One write: ids and action only, never names or notes; hash-chained."""

    id: int
    at: datetime
    user: str
    action: str  # e.g. "case.add", "event.update"
    entity: str  # table name
    entity_id: int | None
    case_id: int | None = None
    prev_hash: str = ""
    hash: str = ""
    row_version: int | None = None  # on a hub: the version this write left the row at


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """One caseload row."""

    case: Case
    next_date: date | None = None
    overdue: int = 0
    events: int = 0
    open_conflicts: int = 0  # filled by the timeline engine, not the store


# --- program report facts (issue 12 §1, §2, §5): the narrow read behind every measure ----------
# Store.report_facts(period_from, period_to) gives these; timeline.reports.aggregate counts them.
# Ids link a case's facts for the tabulation only: no name, ref, free text or exact time leaves
# the tabulation (every published figure is a count or a statistic of a period).


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """One case as the reports see it: what it may be broken down by, and whether it counts."""

    case_id: int
    created: date  # the day it was opened (UTC)
    consented: bool  # an active consent on period_to names Category.AGGREGATE_REPORTING
    active: bool  # opened, or any event or care record dated, within the period
    date_of_birth: date | None = None
    language: str | None = None  # the first of its languages
    jurisdiction: str | None = None
    housing: str | None = None  # the latest housing status recorded on or before period_to
    safety_plan: bool = False
    safety_review_on: date | None = None

    def in_scope(self, low: date, high: date) -> bool:
        """Whether a report of ``low``..``high`` would count the case, consent aside: opened
        by ``high`` and active in the period or opened in it."""
        return self.created <= high and (self.active or low <= self.created)

    def counted_in(self, low: date, high: date) -> bool:
        """Whether a report of ``low``..``high`` counts the case: in scope and consenting
        (the cases not consenting are the report's "left out")."""
        return self.consented and self.in_scope(low, high)


@dataclass(frozen=True, slots=True)
class ReferralFacts:
    """One referral: its service type (its data category, a closed list), status and history."""

    case_id: int
    service_type: str  # the referral's data category (the service's own name is free text)
    status: str
    opened: date | None = None
    updated: date | None = None  # the day given for its latest status change
    history: tuple[tuple[str, date], ...] = ()  # (status, day recorded), oldest first


@dataclass(frozen=True, slots=True)
class ScreeningFacts:
    """One completed screening (completed on or before period_to)."""

    case_id: int
    instrument_id: str
    completed: date
    total: int | None = None  # None: not scored, or withheld from this role


@dataclass(frozen=True, slots=True)
class GoalFacts:
    """One care-plan goal: its domain, its status and since when."""

    case_id: int
    domain: str | None
    status: str  # open | achieved | dropped (as it stands now)
    created: date | None = None  # the day it was set (its first history entry)
    since: date | None = None  # the day of its latest status change


@dataclass(frozen=True, slots=True)
class LegalFacts:
    """One legal trigger (a filing, a grant, a decision) within the period."""

    case_id: int
    trigger_type: str
    occurred: date


class InterpreterFacts(NamedTuple):
    """Events within the period that need an interpreter (one, or ``events`` alike ones of a
    case; ``day``: the first of them). A named tuple, not a dataclass: a report of 20,000
    cases makes some 160,000 of them, and a tuple is made four times faster."""

    case_id: int | None  # None: a total over the cases a report counts (needs_by_case false)
    day: date
    language: str | None  # the event's interpreter language, else the case's
    booked: bool
    events: int = 1  # how many such events (alike: same case, month, language, booking)


@dataclass(frozen=True, slots=True)
class ReportFacts:
    """Everything the program reports count for one period, and nothing more."""

    period_from: date
    period_to: date
    cases: tuple[CaseFacts, ...] = ()
    referrals: tuple[ReferralFacts, ...] = ()
    screenings: tuple[ScreeningFacts, ...] = ()
    goals: tuple[GoalFacts, ...] = ()
    legal: tuple[LegalFacts, ...] = ()
    interpreter: tuple[InterpreterFacts, ...] = ()
    # (case id, day) of every service appointment not cancelled, on or after period_from
    service_appointments: tuple[tuple[int, date], ...] = ()
    feedback: tuple[Feedback, ...] = ()  # of the months the period touches (no case link)


@dataclass(frozen=True, slots=True)
class Link:
    """A record held elsewhere linked to one of ours (models.store_links): ``source`` names
    the other system ("fhir", "transfer"), ``kind`` its kind of record ("Appointment",
    "Patient", "bundle"), ``external_id`` its id there; ``record_id`` our record it became
    (an event id, or None), ``digest`` a hash of its content when last seen (or None)."""

    id: int
    source: str
    kind: str
    external_id: str
    case_id: int
    record_id: int | None
    digest: str | None
    linked_at: datetime
    version: int = field(default=1, compare=False)


# events one books an interpreter for: those attended at a time (never a date to meet)
BOOKABLE_KINDS = frozenset({EventKind.MEDICAL_APPOINTMENT, EventKind.SERVICE_APPOINTMENT,
                            EventKind.COURT_HEARING, EventKind.CASE_CONFERENCE})


class InterpreterProvider(StrEnum):
    """Who provides an interpreter."""

    VENDOR = "vendor"  # an agency or language line the program pays
    COURT_APPOINTED = "court_appointed"
    STAFF = "staff"
    VOLUNTEER = "volunteer"
    OTHER = "other"


class InterpreterMode(StrEnum):
    """How the interpreter takes part."""

    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"


class BookingStatus(StrEnum):
    """Where an interpreter booking stands; only CONFIRMED makes the event's interpreter booked."""

    REQUESTED = "requested"
    CONFIRMED = "confirmed"
    DECLINED = "declined"  # the vendor or interpreter said no
    CANCELLED = "cancelled"  # we called it off


@dataclass(frozen=True, slots=True)
class InterpreterBooking:
    """An interpreter booked for one appointment or hearing (``event_id``) of a case
    (models.store_bookings). The interpreter is a contact (``contact_id``) or a name; the
    event's ``interpreter_booked`` is true exactly while one of its bookings is confirmed."""

    id: int
    case_id: int
    event_id: int
    language: str
    provider: InterpreterProvider
    mode: InterpreterMode
    status: BookingStatus = BookingStatus.REQUESTED
    dialect: str | None = None
    contact_id: int | None = None
    interpreter_name: str | None = None
    vendor: str | None = None
    reference: str | None = None  # the vendor's or court's confirmation reference
    confirmed_at: datetime | None = None
    notes: str | None = None
    category: Category = Category.IDENTITY  # the event's, when booked (the hub's key group)
    # the row's version when read (optimistic concurrency; not part of equality)
    version: int = field(default=1, compare=False)
