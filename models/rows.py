"""SQLAlchemy ORM rows: the schema of the encrypted database (never leave models/).

Storage choices (so that sorting, hashing and migration stay simple):
- aware datetimes: UTC ISO-8601 text (``2026-03-02T17:00:00+00:00``) plus an IANA zone name;
- dates: ISO text (``2026-03-02``), which sorts like the date;
- tuples and sets: JSON arrays in text columns;
- enums: their string values.
Users are not stored here: they live in the vault's key slots.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    backref,
    declared_attr,
    deferred,
    mapped_column,
    relationship,
)

from models.field_cipher import Sealed, install


class Base(DeclarativeBase):
    """Declarative base of every row; ``Base.metadata`` is the schema of the newest migration."""


class Versioned:
    """An editable row: its version (optimistic concurrency) and, on a hub, its seal (0004).

    Every UPDATE is ``WHERE id = :id AND version = :v`` and raises StaleDataError when another
    writer got there first (models.field_cipher raises the version before each update).
    ``seal`` is NULL in the local vault; on a hub it authenticates the row's plaintext columns.
    """

    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    seal: Mapped[str | None] = mapped_column(Text, nullable=True)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version, "version_id_generator": False}


SCHEDULED = "status = 'scheduled'"  # literal: SQLite uses a partial index only for constants
# the program reports' partial indexes (0009), literal for the same reason; a query that is to
# use one says the same text in its WHERE
INTERPRETER_NEEDED = "interpreter_needed = true"  # "IS TRUE" would not cover: SQLite reads the table
SERVICE_APPOINTMENT = "kind = 'service_appointment'"
RECURRING = "rrule IS NOT NULL"


def _case_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)


class CaseRow(Versioned, Base):
    """One survivor's case (records.Case)."""

    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str] = mapped_column(String(16), unique=True)
    display_name: Mapped[str] = mapped_column(Sealed())
    legal_name: Mapped[str | None] = mapped_column(Sealed(withheld=None))
    pronouns: Mapped[str | None] = mapped_column(Sealed(withheld=None))
    date_of_birth: Mapped[str | None] = mapped_column(Sealed(withheld=None))
    languages: Mapped[str] = mapped_column(Sealed(withheld="[]"), default="[]")
    interpreter_language: Mapped[str | None] = mapped_column(Sealed(withheld=None))
    safe_contact: Mapped[str | None] = mapped_column(Sealed(withheld=None))
    confidential_address: Mapped[bool] = mapped_column(Boolean, default=False)
    address: Mapped[str | None] = mapped_column(Sealed(withheld=None))
    jurisdiction: Mapped[str | None] = mapped_column(String(32))
    assigned_to: Mapped[str] = mapped_column(Text, default="[]")
    notes: Mapped[str | None] = mapped_column(Sealed("notes", None))
    created_at: Mapped[str] = mapped_column(String(32))
    safe_addresses: Mapped[list[SafeAddressRow]] = relationship(
        lazy="selectin", order_by="SafeAddressRow.id", cascade="all, delete-orphan"
    )


class SafeAddressRow(Versioned, Base):
    """A substitute mailing address for one filing (records.SafeAddress)."""

    __tablename__ = "safe_addresses"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = _case_fk()
    filing: Mapped[str] = mapped_column(Sealed())
    address: Mapped[str] = mapped_column(Sealed())


class MatterRow(Versioned, Base):
    """A legal matter of a case (records.Matter)."""

    __tablename__ = "matters"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = _case_fk()
    ref: Mapped[str] = mapped_column(String(24), unique=True)
    kind: Mapped[str] = mapped_column(String(24))
    title: Mapped[str] = mapped_column(Sealed(), default="")
    court: Mapped[str | None] = mapped_column(Sealed(withheld=None))
    case_number: Mapped[str | None] = mapped_column(Sealed(withheld=None))
    jurisdiction: Mapped[str | None] = mapped_column(String(32))
    notes: Mapped[str | None] = mapped_column(Sealed("notes", None))


class TriggerRow(Versioned, Base):
    """A typed legal event deadlines are computed from (records.Trigger)."""

    __tablename__ = "triggers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = _case_fk()
    matter_id: Mapped[int | None] = mapped_column(ForeignKey("matters.id", ondelete="SET NULL"))
    # sealed on a hub: a rule or event type ("E-SA-FU", "assault") says what happened
    trigger_type: Mapped[str] = mapped_column(Sealed())
    rule_id: Mapped[str] = mapped_column(Sealed())
    # a date (ISO) or, with occurred_tz set, a UTC ISO datetime
    occurred: Mapped[str] = mapped_column(String(32))
    occurred_tz: Mapped[str | None] = mapped_column(String(64))
    jurisdiction: Mapped[str | None] = mapped_column(String(32))
    service: Mapped[str | None] = mapped_column(String(16))
    notes: Mapped[str | None] = mapped_column(Sealed("notes", None))


class EventRow(Versioned, Base):
    """Anything on a timeline (records.Event); ``first_date`` drives the agenda indexes."""

    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_case_first_date", "case_id", "first_date"),
        Index("ix_events_first_date", "first_date"),
        # recurring series are few and read by every window query and the caseload (0002)
        Index("ix_events_series", "first_date", sqlite_where=text("rrule IS NOT NULL")),
        # covers the caseload's aggregates: a narrow index to read instead of every event
        # (0002; the series progression columns added in 0005)
        Index("ix_events_open", "case_id", "first_date", "kind", "owner", "due", "rrule", "status",
              "series_first", "series_step", "series_last", sqlite_where=text(SCHEDULED)),
        # the series the caseload expands in Python: those with no progression (0005)
        Index("ix_events_series_rule", "case_id",
              sqlite_where=text("rrule IS NOT NULL AND series_step IS NULL")),
        # the program reports (0009): small covering indexes read instead of the table, whose
        # every page a SQLCipher vault would decrypt (the id is the rowid on SQLite). Only the
        # SQLite options are declared here: a hub's schema is made by the migrations alone
        # (0005, 0009 say postgresql_where and, for the interpreter index, INCLUDE (id), which a
        # hub needs to decrypt the sealed language), and a postgresql_* option here would load
        # SQLAlchemy's PostgreSQL dialect into every command's start (~40 ms)
        Index("ix_events_interpreter", "first_date", "case_id", "kind", "status",
              "interpreter_booked", "interpreter_language", sqlite_where=text(INTERPRETER_NEEDED)),
        Index("ix_events_visits", "first_date", "case_id", "status",
              sqlite_where=text(SERVICE_APPOINTMENT)),
        # a case's recurring series, sought per case (is it running in the period?)
        Index("ix_events_case_series", "case_id", "first_date", "series_last",
              sqlite_where=text(RECURRING)),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    matter_id: Mapped[int | None] = mapped_column(ForeignKey("matters.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(Sealed())
    category: Mapped[str] = mapped_column(String(32))
    first_date: Mapped[str] = mapped_column(String(10))  # local date of start, or due
    start_utc: Mapped[str | None] = mapped_column(String(32))
    end_utc: Mapped[str | None] = mapped_column(String(32))
    due: Mapped[str | None] = mapped_column(String(10))
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    tz: Mapped[str] = mapped_column(String(64), default="UTC")
    location: Mapped[str | None] = mapped_column(Sealed("location", None))
    status: Mapped[str] = mapped_column(String(16), default="scheduled")
    rrule: Mapped[str | None] = mapped_column(Text)
    exdates: Mapped[str] = mapped_column(Text, default="[]")
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    interpreter_booked: Mapped[bool] = mapped_column(Boolean, default=False)
    interpreter_language: Mapped[str | None] = mapped_column(Sealed(withheld=None))
    owner: Mapped[str | None] = mapped_column(String(16))
    assigned_to: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Sealed("notes", None))
    trigger_id: Mapped[int | None] = mapped_column(
        ForeignKey("triggers.id", ondelete="SET NULL"), index=True
    )
    rule_id: Mapped[str | None] = mapped_column(Sealed(withheld=None))
    result_label: Mapped[str | None] = mapped_column(Sealed(withheld=None))
    computed_due: Mapped[str | None] = mapped_column(String(10))
    safe_due: Mapped[str | None] = mapped_column(String(10))
    overridden: Mapped[bool] = mapped_column(Boolean, default=False)
    explanation: Mapped[str] = mapped_column(Sealed("explanation", "[]"), default="[]")
    # a recurring series whose occurrences are one arithmetic progression of local days
    # (0005): the first occurrence's ordinal day, the step in days, the last one's (None:
    # unbounded); NULL for any other rule, which the caseload expands in Python
    series_first: Mapped[int | None] = mapped_column(Integer, nullable=True)
    series_step: Mapped[int | None] = mapped_column(Integer, nullable=True)
    series_last: Mapped[int | None] = mapped_column(Integer, nullable=True)
    evidence_for_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="SET NULL")
    )


class ConsentRow(Versioned, Base):
    """One line of the consent ledger (records.Consent)."""

    __tablename__ = "consents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = _case_fk()
    recipient: Mapped[str] = mapped_column(Sealed())
    categories: Mapped[str] = mapped_column(Text)  # JSON array, sorted
    purpose: Mapped[str] = mapped_column(Sealed())
    granted: Mapped[str] = mapped_column(String(10))
    expires: Mapped[str | None] = mapped_column(String(10))
    revoked: Mapped[str | None] = mapped_column(String(10))
    how_given: Mapped[str] = mapped_column(String(16), default="written")
    notes: Mapped[str | None] = mapped_column(Sealed("notes", None))


class DocumentRow(Versioned, Base):
    """A document; its bytes are a BLOB inside the encrypted database (records.Document)."""

    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = _case_fk()
    category: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(Sealed())
    doc_date: Mapped[str | None] = mapped_column(String(10))
    media_type: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(Sealed())
    # deferred: listing documents must not pull every blob into memory
    data: Mapped[bytes] = deferred(mapped_column(Sealed(binary=True), nullable=False))


class ReferralRow(Versioned, Base):
    """A referral to a service (records.Referral)."""

    __tablename__ = "referrals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = _case_fk()
    service: Mapped[str] = mapped_column(Sealed())
    organisation: Mapped[str] = mapped_column(Sealed())
    status: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(32))
    opened: Mapped[str | None] = mapped_column(String(10))
    updated: Mapped[str | None] = mapped_column(String(10))
    notes: Mapped[str | None] = mapped_column(Sealed("notes", None))
    # 0007: the survivor's choice, and the consent that allows sharing when it shares data
    choice: Mapped[str | None] = mapped_column(String(16))
    shares_data: Mapped[bool | None] = mapped_column(Boolean)  # NULL: no (rows before 0007)
    consent_id: Mapped[int | None] = mapped_column(ForeignKey("consents.id", ondelete="SET NULL"))


class GoalRow(Versioned, Base):
    """A care-plan goal (records.Goal)."""

    __tablename__ = "goals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = _case_fk()
    title: Mapped[str] = mapped_column(Sealed())
    category: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="open")
    milestones: Mapped[list[MilestoneRow]] = relationship(
        lazy="selectin", order_by="MilestoneRow.id", cascade="all, delete-orphan"
    )
    # 0007: a measurable goal (what it is measured by is sealed: an instrument names a category)
    domain: Mapped[str | None] = mapped_column(String(32))
    priority: Mapped[int | None] = mapped_column(Integer)
    measure: Mapped[str | None] = mapped_column(Sealed(withheld=None))  # JSON records.Measure
    baseline: Mapped[str | None] = mapped_column(Sealed(withheld=None))
    target: Mapped[str | None] = mapped_column(Sealed(withheld=None))


class MilestoneRow(Versioned, Base):
    """A milestone of a care-plan goal (records.Milestone)."""

    __tablename__ = "milestones"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Sealed())
    due: Mapped[str | None] = mapped_column(String(10))
    done: Mapped[str | None] = mapped_column(String(10))
    linked_event_id: Mapped[int | None] = mapped_column(  # 0007
        ForeignKey("events.id", ondelete="SET NULL"))


class ScreeningRow(Versioned, Base):
    """One administration of a screening instrument (records.Screening).

    Sealed on a hub at the notes tier (only roles that read the category in full hold it):
    the answers, score, band, reason and the consent note are clinical content. The
    instrument, category, status, dates and who recorded consent stay plaintext, like other
    rows' kind, category, status and dates (docs/hub.md).
    """

    __tablename__ = "screenings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = _case_fk()
    instrument_id: Mapped[str] = mapped_column(String(32))
    instrument_version: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    consent_at: Mapped[str] = mapped_column(String(32))
    consent_by: Mapped[str] = mapped_column(Text)
    consent_note: Mapped[str | None] = mapped_column(Sealed("notes", None))
    started_at: Mapped[str] = mapped_column(String(32))
    completed_at: Mapped[str | None] = mapped_column(String(32))
    # JSON: item id -> {"value", "asked_by", "asked_role", "asked_at"}
    answers: Mapped[str] = mapped_column(Sealed("notes", "{}"), default="{}")
    total: Mapped[str | None] = mapped_column(Sealed("notes", None))  # a whole number as text
    band: Mapped[str | None] = mapped_column(Sealed("notes", None))
    reason: Mapped[str | None] = mapped_column(Sealed("notes", None))


class StatusChangeRow(Versioned, Base):
    """One entry of a status history (records.StatusChange; 0007): goal and referral statuses,
    risk levels, housing. The value and note are sealed; what it is the history of, when and
    by whom stay plaintext (docs/hub.md)."""

    __tablename__ = "status_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = _case_fk()
    subject: Mapped[str] = mapped_column(String(16))
    subject_id: Mapped[int | None] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(32))
    value: Mapped[str] = mapped_column(Sealed())
    changed_at: Mapped[str] = mapped_column(String(32))
    changed_by: Mapped[str] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Sealed("notes", None))


class SafetyPlanRow(Versioned, Base):
    """A case's safety plan (records.SafetyPlan; 0007), one per case. Its content is sealed at
    the notes tier of the safety group; the risk level at the title tier; the review day is
    plaintext like every other date (the review is also a task on the timeline)."""

    __tablename__ = "safety_plans"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), unique=True)
    category: Mapped[str] = mapped_column(String(32))
    warning_signs: Mapped[str] = mapped_column(Sealed("notes", "[]"), default="[]")
    safe_contacts: Mapped[str] = mapped_column(Sealed("notes", "[]"), default="[]")
    safe_places: Mapped[str] = mapped_column(Sealed("notes", "[]"), default="[]")
    steps: Mapped[str] = mapped_column(Sealed("notes", "[]"), default="[]")
    own_words: Mapped[str | None] = mapped_column(Sealed("notes", None))
    risk_level: Mapped[str | None] = mapped_column(Sealed(withheld=None))
    review_on: Mapped[str | None] = mapped_column(String(10))
    review_event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="SET NULL"))
    updated_at: Mapped[str] = mapped_column(String(32))
    updated_by: Mapped[str] = mapped_column(Text)


class ConferenceRow(Versioned, Base):
    """A case conference (records.Conference; 0007). Attendees, the survivor's wishes and the
    decisions are sealed at the notes tier; the day, participation and the ids of its timeline
    event and action tasks stay plaintext."""

    __tablename__ = "conferences"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = _case_fk()
    category: Mapped[str] = mapped_column(String(32))
    held_on: Mapped[str] = mapped_column(String(10))
    participation: Mapped[str] = mapped_column(String(16))
    attendees: Mapped[str] = mapped_column(Sealed("notes", "[]"), default="[]")
    wishes: Mapped[str | None] = mapped_column(Sealed("notes", None))
    decisions: Mapped[str] = mapped_column(Sealed("notes", "[]"), default="[]")
    action_event_ids: Mapped[str] = mapped_column(Text, default="[]")
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"))
    recorded_by: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[str] = mapped_column(String(32))


class ContactRow(Versioned, Base):
    """A professional contact, shared (case_id NULL) or of one case (records.Contact)."""

    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(Sealed())
    organisation: Mapped[str | None] = mapped_column(Sealed(withheld=None))
    phone: Mapped[str | None] = mapped_column(Sealed(withheld=None))
    email: Mapped[str | None] = mapped_column(Sealed(withheld=None))
    language: Mapped[str | None] = mapped_column(Sealed(withheld=None))


class ClosureRow(Versioned, Base):
    """A court/agency closure day entered by users (records.Closure)."""

    __tablename__ = "closures"
    __table_args__ = (UniqueConstraint("day", "calendar", name="uq_closures_day_calendar"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[str] = mapped_column(String(10))
    calendar: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Sealed("notes", None))


class FeedbackRow(Versioned, Base):
    """One survivor's anonymous feedback (records.Feedback; 0008): no link to a case, no time
    finer than the month it was given in, only the program it was given to."""

    __tablename__ = "feedback"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    program: Mapped[str] = mapped_column(String(64))
    period: Mapped[str] = mapped_column(String(7), index=True)  # YYYY-MM
    language: Mapped[str | None] = mapped_column(String(16))
    satisfaction: Mapped[int | None] = mapped_column(Integer)  # 1..5
    felt_safe: Mapped[str | None] = mapped_column(String(8))  # yes | no | unsure
    felt_listened: Mapped[int | None] = mapped_column(Integer)  # 1..5


class ReportDisclosureRow(Versioned, Base):
    """One aggregate report made (records.ReportDisclosure; 0008): who, when, which template,
    which period, the suppression threshold, how many cases were left out, never which."""

    __tablename__ = "report_disclosures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(32))
    user: Mapped[str] = mapped_column(Text)
    template_id: Mapped[str] = mapped_column(String(64))
    period_from: Mapped[str] = mapped_column(String(10))
    period_to: Mapped[str] = mapped_column(String(10))
    threshold: Mapped[int] = mapped_column(Integer)
    left_out_cases: Mapped[int] = mapped_column(Integer)
    suppressed_cells: Mapped[int] = mapped_column(Integer)
    output: Mapped[str] = mapped_column(String(8))  # pdf | csv | json | screen
    output_sha256: Mapped[str | None] = mapped_column(String(64))


class DisclosureRow(Base):
    """One export/print/share, hash-chained (records.Disclosure); no FK so it outlives cases."""

    __tablename__ = "disclosures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))
    user: Mapped[str] = mapped_column(Text)
    case_id: Mapped[int] = mapped_column(Integer, index=True)
    recipient: Mapped[str] = mapped_column(Sealed())
    purpose: Mapped[str] = mapped_column(Sealed())
    categories: Mapped[str] = mapped_column(Text)
    record_ids: Mapped[str] = mapped_column(Text)
    consent_ids: Mapped[str] = mapped_column(Text)
    packet_sha256: Mapped[str] = mapped_column(String(64))
    legal_basis: Mapped[str | None] = mapped_column(Sealed(withheld=None))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # on a hub: the author's Ed25519 signature over ``hash`` (base64); NULL in the vault (0004)
    signature: Mapped[str | None] = mapped_column(Text, nullable=True)


class AuditRow(Base):
    """One write (ids and action only), hash-chained (records.AuditEntry)."""

    __tablename__ = "audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))
    user: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(48))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # on a hub: the author's Ed25519 signature over ``hash`` (base64); NULL in the vault (0004)
    signature: Mapped[str | None] = mapped_column(Text, nullable=True)
    # on a hub: the version the write left the named row at (0005), so that `check` tells an
    # older copy of a row put back on the server; NULL in the vault and for removals
    row_version: Mapped[int | None] = mapped_column(Integer, nullable=True)


class ChainHeadRow(Base):
    """Length and last hash of each chain, so that cutting rows off the end is detected."""

    __tablename__ = "chain_heads"
    name: Mapped[str] = mapped_column(String(16), primary_key=True)
    length: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))


class StaffProfileRow(Versioned, Base):
    """How a staff member signs a packet (records.StaffProfile); staff data, not case data.

    Keyed by the user (login) name, one profile each; users themselves live in the vault's
    key slots.
    """

    __tablename__ = "staff_profiles"
    user: Mapped[str] = mapped_column(String(64), primary_key=True)
    # a number for the audit trail's row accounts (0005; NULL for a profile written before)
    id: Mapped[int | None] = mapped_column(Integer, nullable=True, unique=True)
    full_name: Mapped[str] = mapped_column(Sealed())
    role_title: Mapped[str] = mapped_column(Sealed(), default="")
    organisation: Mapped[str] = mapped_column(Sealed(), default="")
    bar_or_eoir_id: Mapped[str | None] = mapped_column(Sealed(withheld=None))
    address: Mapped[str | None] = mapped_column(Sealed(withheld=None))
    phone: Mapped[str | None] = mapped_column(Sealed(withheld=None))
    email: Mapped[str | None] = mapped_column(Sealed(withheld=None))


class HubMemberRow(Base):
    """A hub member's slot (models.hub): public keys, and private keys wrapped under the
    passphrase's KEK. Unused inside a local vault, whose slots live in keyslots.json (0004)."""

    __tablename__ = "hub_members"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # user | recovery
    role: Mapped[str] = mapped_column(String(16))
    public_key: Mapped[str] = mapped_column(Text)  # X25519, base64
    signing_key: Mapped[str] = mapped_column(Text)  # Ed25519 public key, base64
    wrapped: Mapped[str] = mapped_column(Text)  # JSON: KDF parameters and wrapped private keys
    # JSON {"by": member name, "sig": Ed25519 over name, kind, role and both public keys}
    certificate: Mapped[str | None] = mapped_column(Text)
    added_at: Mapped[str] = mapped_column(String(32))
    removed_at: Mapped[str | None] = mapped_column(String(32))


class HubKeyBundleRow(Base):
    """The data keys one member may read, sealed to that member's X25519 key (0004)."""

    __tablename__ = "hub_key_bundles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("hub_members.id", ondelete="CASCADE"),
                                           index=True)
    generation: Mapped[int] = mapped_column(Integer)
    sealed: Mapped[str] = mapped_column(Text)  # JSON: ephemeral key, nonce, ciphertext


class HubMetaRow(Base):
    """Small facts about a hub: its id, key generation, a rotation under way (0004)."""

    __tablename__ = "hub_meta"
    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ExternalLinkRow(Versioned, Base):
    """A record held elsewhere (an EHR appointment, a partner's bundle) linked to a case
    (records.Link, models.store_links; 0010).

    ``external_id`` (the other system's id: it can identify a person) is sealed; ``lookup``
    finds it without decrypting: an HMAC of (source, kind, external id), keyed on a hub by the
    member's ``core.seal`` key (prefixed by that key's id) and in the vault, whose file is
    encrypted whole, by a fixed key.
    """

    __tablename__ = "external_links"
    __table_args__ = (UniqueConstraint("source", "kind", "lookup",
                                       name="uq_external_links_lookup"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(32))
    external_id: Mapped[str] = mapped_column(Sealed())
    lookup: Mapped[str] = mapped_column(String(96))
    case_id: Mapped[int] = _case_fk()
    record_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    digest: Mapped[str | None] = mapped_column(Sealed(withheld=None))
    linked_at: Mapped[str] = mapped_column(String(32))


class InterpreterBookingRow(Versioned, Base):
    """An interpreter booked for an appointment or hearing (records.InterpreterBooking,
    models.store_bookings; 0011).

    The row takes its event's data category (on a hub its key group and its write policy:
    whoever may write the event may book for it). Language, dialect, the interpreter's name,
    the vendor, the confirmation reference and the notes are sealed; provider, mode, status
    and the confirmation time stay plaintext. Deleting the event deletes its bookings through
    the ORM (``event``'s cascade), so that on a hub each removal is in the audit trail.
    """

    __tablename__ = "interpreter_bookings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = _case_fk()
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"),
                                          index=True)
    category: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(Sealed())
    dialect: Mapped[str | None] = mapped_column(Sealed(withheld=None))
    provider: Mapped[str] = mapped_column(String(24))
    mode: Mapped[str] = mapped_column(String(16))
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), nullable=True)
    interpreter_name: Mapped[str | None] = mapped_column(Sealed(withheld=None))
    vendor: Mapped[str | None] = mapped_column(Sealed(withheld=None))
    status: Mapped[str] = mapped_column(String(16), default="requested")
    reference: Mapped[str | None] = mapped_column(Sealed(withheld=None))
    confirmed_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    notes: Mapped[str | None] = mapped_column(Sealed("notes", None))
    event: Mapped[EventRow] = relationship(backref=backref(
        "interpreter_bookings", cascade="all, delete-orphan", order_by="InterpreterBookingRow.id"))


install([m.class_ for m in Base.registry.mappers], Base.metadata.tables.values())
