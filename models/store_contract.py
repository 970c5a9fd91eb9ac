"""The store's typed contract: what every room holding a store may call, and nothing else.

``StoreContract`` lists every public method and attribute of ``models.store.Store`` (the
SQLCipher vault's store) in terms of models.records. A second backend (the PostgreSQL hub) and
any test double implement it and pass tests/models/test_store_contract.py. mypy proves that
``Store`` satisfies it (models/store.py); a test keeps the two lists of names equal.

This module imports no SQLAlchemy: the UI and the operations layer import it for typing.

Rules every implementation keeps (the contract tests check them):
- every write runs in one transaction and appends one audit entry (ids and the action only);
  ``with store.transaction(): ...`` makes several calls one transaction: all or nothing;
- a bad value raises ``models.errors.InvalidInput`` naming the field, and nothing is written;
- an unknown id or reference raises ``models.errors.NotFound``;
- what comes back are plain frozen records, never rows or sessions.
Field values (``**fields``) are ``object``: each is validated at run time and a wrong one is
an ``InvalidInput``, so a value read from a form or a file may be passed as it is.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import date, datetime
from typing import Any, Protocol, TypeAlias, runtime_checkable

from models import records as r

__all__ = ["JsonObject", "StoreContract"]

# A JSON object of docs/import-format.md (free-form by nature: no record type to name)
JsonObject: TypeAlias = dict[str, Any]
Day: TypeAlias = date | str  # a date, or ISO text YYYY-MM-DD


@runtime_checkable
class StoreContract(Protocol):
    """Cases, timelines, consent, documents, care plans, disclosures and the audit trail."""

    @property
    def actor(self) -> str:
        """The user name every write is audited under."""
        ...

    def transaction(self) -> AbstractContextManager[None]:
        """Run several store calls as one transaction: all are written, or none."""
        ...

    # --- cases, safe addresses, matters ---------------------------------------------------
    def add_case(self, display_name: str, *, ref: str | None = None, **fields: object) -> r.Case:
        """Open a case; only a display name is required. ``ref`` is kept when free."""
        ...

    def update_case(self, case_id: int, **fields: object) -> r.Case:
        """Change any case fields (not the ref)."""
        ...

    def get_case(self, case_id: int) -> r.Case:
        """The case with this id."""
        ...

    def get_case_by_ref(self, ref: str) -> r.Case:
        """The case with this reference (e.g. C-0001)."""
        ...

    def list_cases(self) -> list[r.Case]:
        """Every case, by reference."""
        ...

    def caseload(self, today: date) -> list[r.CaseSummary]:
        """Every case with next date (>= today), overdue count and event count."""
        ...

    def add_safe_address(self, case_id: int, filing: str, address: str) -> r.SafeAddress:
        """The address to print on one filing instead of the confidential one."""
        ...

    def update_safe_address(self, address_id: int, **fields: object) -> r.SafeAddress:
        """Change the filing or the address of one safe address (not its case)."""
        ...

    def delete_safe_address(self, address_id: int) -> None:
        """Delete one safe address; the filing then has none until another is added."""
        ...

    def add_matter(self, case_id: int, kind: r.MatterKind | str, **fields: object) -> r.Matter:
        """Add a legal matter; its ref is M-<case number>-<n>."""
        ...

    def update_matter(self, matter_id: int, **fields: object) -> r.Matter:
        """Change a matter's kind, title, court, case number, jurisdiction or notes."""
        ...

    def delete_matter(self, matter_id: int) -> None:
        """Delete a matter; its events and triggers stay on the case, unlinked."""
        ...

    def list_matters(self, case_id: int) -> list[r.Matter]:
        """The matters of one case, oldest first."""
        ...

    def get_matter_by_ref(self, ref: str) -> r.Matter:
        """The matter with this reference (e.g. M-0001-1)."""
        ...

    # --- events -----------------------------------------------------------------------------
    def add_event(self, case_id: int, kind: r.EventKind | str, title: str,
                  category: r.Category | str, **fields: object) -> r.Event:
        """Add one event (an appointment needs ``start``, a deadline ``due``)."""
        ...

    def add_events_bulk(self, case_id: int, items: Iterable[Mapping[str, object]]) -> int:
        """Add many events to one case with one audit entry; returns the count."""
        ...

    def update_event(self, event_id: int, **fields: object) -> r.Event:
        """Change an event; a new ``due`` on a computed deadline marks it overridden."""
        ...

    def delete_event(self, event_id: int) -> None:
        """Delete one event (events pointing to it as evidence lose the link)."""
        ...

    def get_event(self, event_id: int) -> r.Event:
        """The event with this id."""
        ...

    def list_events(self, case_id: int | None = None, start: date | None = None,
                    end: date | None = None) -> list[r.Event]:
        """Events whose first date is in [start, end], plus every recurring series."""
        ...

    # --- triggers and computed deadlines ----------------------------------------------------
    def add_trigger(self, case_id: int, trigger_type: str, rule_id: str,
                    occurred: date | datetime | str, **fields: object) -> r.Trigger:
        """Record a trigger (e.g. an IJ decision); the timeline computes its deadlines."""
        ...

    def update_trigger(self, trigger_id: int, **fields: object) -> r.Trigger:
        """Change a trigger; call replace_trigger_deadlines with the new results."""
        ...

    def get_trigger(self, trigger_id: int) -> r.Trigger:
        """The trigger with this id."""
        ...

    def list_triggers(self, case_id: int) -> list[r.Trigger]:
        """The triggers of one case, oldest first."""
        ...

    def replace_trigger_deadlines(self, trigger_id: int,
                                  events: Sequence[Mapping[str, object]]) -> list[r.Event]:
        """Replace a trigger's computed events; overridden ones keep their ``due``."""
        ...

    # --- consent ledger and documents -------------------------------------------------------
    def add_consent(self, case_id: int, recipient: str, categories: Iterable[r.Category | str],
                    purpose: str, granted: Day, **fields: object) -> r.Consent:
        """Record a consent: recipient x categories x purpose, from ``granted``."""
        ...

    def revoke_consent(self, consent_id: int, on: Day) -> r.Consent:
        """Revoke a consent from ``on``; it is never used again from that day."""
        ...

    def update_consent(self, consent_id: int, **fields: object) -> r.Consent:
        """Correct a consent; a revoked one, or terms a disclosure relied on, keep all but notes."""
        ...

    def list_consents(self, case_id: int) -> list[r.Consent]:
        """The consent ledger of one case, oldest first."""
        ...

    def add_document(self, case_id: int, category: r.Category | str, title: str, data: bytes,
                     media_type: str, doc_date: Day | None = None) -> r.Document:
        """Store a PDF, PNG or JPEG inside the vault."""
        ...

    def document_bytes(self, document_id: int) -> bytes:
        """The bytes of one document."""
        ...

    def list_documents(self, case_id: int) -> list[r.Document]:
        """The documents of one case (metadata only), oldest first."""
        ...

    # --- referrals, care plan, contacts, closures -------------------------------------------
    def add_referral(self, case_id: int, service: str, organisation: str,
                     status: r.ReferralStatus | str = r.ReferralStatus.PROPOSED,
                     **fields: object) -> r.Referral:
        """Record a referral to a service (status defaults to proposed)."""
        ...

    def set_referral_status(self, referral_id: int, status: r.ReferralStatus | str,
                            on: Day) -> r.Referral:
        """Move a referral along records.REFERRAL_TRANSITIONS; other moves are refused."""
        ...

    def list_referrals(self, case_id: int) -> list[r.Referral]:
        """The referrals of one case, oldest first."""
        ...

    def add_goal(self, case_id: int, title: str, **fields: object) -> r.Goal:
        """Add a care-plan goal (category defaults to safety plan); measurable with domain,
        priority, measure, baseline and target."""
        ...

    def set_goal_status(self, goal_id: int, status: str, *, note: str | None = None) -> r.Goal:
        """Mark a goal open, achieved or dropped (added to its history, with ``note``)."""
        ...

    def update_goal(self, goal_id: int, **fields: object) -> r.Goal:
        """Change a goal's title, domain, the survivor's priority, its measure, baseline or
        target (``version``: as read). The status has its own call (set_goal_status)."""
        ...

    def link_milestone(self, milestone_id: int, event_id: int | None) -> r.Milestone:
        """Link a milestone to the timeline event that achieves it (None: unlink)."""
        ...

    def update_referral(self, referral_id: int, **fields: object) -> r.Referral:
        """Record the survivor's choice, whether making it shares case data, the consent that
        allows it, or notes (``version``: as read). Its status has its own call."""
        ...

    def add_milestone(self, goal_id: int, title: str, due: Day | None = None,
                      **fields: object) -> r.Milestone:
        """Add a milestone to a goal."""
        ...

    def complete_milestone(self, milestone_id: int, on: Day) -> r.Milestone:
        """Mark a milestone done on ``on``."""
        ...

    def list_goals(self, case_id: int) -> list[r.Goal]:
        """The care plan of one case: goals with their milestones."""
        ...

    def add_contact(self, kind: r.ContactKind | str, name: str, case_id: int | None = None,
                    **fields: object) -> r.Contact:
        """Add a contact of one case, or shared by all cases when ``case_id`` is None."""
        ...

    def update_contact(self, contact_id: int, **fields: object) -> r.Contact:
        """Change a contact's kind, name, organisation, phone, email or language."""
        ...

    def delete_contact(self, contact_id: int) -> None:
        """Delete a contact (of a case, or a shared one)."""
        ...

    def list_contacts(self, case_id: int | None = None) -> list[r.Contact]:
        """All contacts; with ``case_id``, that case's contacts and the shared ones."""
        ...

    def get_staff_profile(self, user: str) -> r.StaffProfile | None:
        """How ``user`` signs a packet, or None when they have no profile yet."""
        ...

    def set_staff_profile(self, profile: r.StaffProfile) -> r.StaffProfile:
        """Store ``profile`` as its user's only profile (added, or replacing the one there)."""
        ...

    def add_closure(self, day: Day, calendar: str, reason: r.ClosureReason | str,
                    note: str | None = None) -> r.Closure:
        """Record a day a court or agency was closed ("*" for every calendar)."""
        ...

    def list_closures(self) -> list[r.Closure]:
        """Every closure day, in date order."""
        ...

    # --- screenings ------------------------------------------------------------------------
    def add_screening(self, case_id: int, instrument_id: str, instrument_version: str,
                      category: r.Category | str, *, consent_at: datetime | str | None,
                      consent_note: str | None = None,
                      started_at: datetime | str | None = None) -> r.Screening:
        """Start a screening; refused unless consent to the assessment is recorded with it
        (``consent_at``; the acting user is recorded as the one who took it). ``started_at``
        (default now) records a screening given earlier, e.g. on paper."""
        ...

    def record_answers(self, screening_id: int, answers: Mapping[str, object], *,
                       asked_role: str, asked_at: datetime | str | None = None,
                       version: int | None = None) -> r.Screening:
        """Merge ``answers`` (item id -> a scale value or a non-answer) into an open screening,
        each recorded as asked by the acting user in ``asked_role`` at ``asked_at`` (now)."""
        ...

    def pause_screening(self, screening_id: int, *, version: int | None = None) -> r.Screening:
        """Pause an open screening (it can be resumed later)."""
        ...

    def resume_screening(self, screening_id: int, *, version: int | None = None) -> r.Screening:
        """Resume a paused screening."""
        ...

    def decline_screening(self, screening_id: int, *, version: int | None = None) -> r.Screening:
        """Record that the survivor declined to go on (no score is ever given)."""
        ...

    def complete_screening(self, screening_id: int, *, total: int | None, band: str | None,
                           reason: str | None, version: int | None = None,
                           completed_at: datetime | str | None = None) -> r.Screening:
        """Close a screening with its score (``total`` and ``band``) or the ``reason`` there is
        none, as the instrument's rules gave them; ``completed_at`` defaults to now."""
        ...

    def get_screening(self, screening_id: int) -> r.Screening:
        """The screening with this id."""
        ...

    def list_screenings(self, case_id: int) -> list[r.Screening]:
        """The screenings of one case, oldest first."""
        ...

    # --- status histories, safety plans, case conferences (0007) ----------------------------
    def record_housing(self, case_id: int, status: r.HousingStatus | str, *,
                       note: str | None = None,
                       on: datetime | str | None = None) -> r.StatusChange:
        """Record where the survivor lives now (the housing series; ``on`` defaults to now)."""
        ...

    def list_status_changes(self, case_id: int, subject: r.HistorySubject | str | None = None,
                            subject_id: int | None = None) -> list[r.StatusChange]:
        """A case's status histories, oldest first (of one subject, and of one record):
        goal and referral statuses, risk levels, housing."""
        ...

    def save_safety_plan(self, case_id: int, *, risk_note: str | None = None,
                         risk_assessed_at: datetime | str | None = None,
                         **fields: object) -> r.SafetyPlan:
        """Create the case's safety plan or change it (``version``: as read). A new risk level
        is added to the risk history (with ``risk_note``, dated ``risk_assessed_at``: now, or
        when it was assessed, e.g. a plan recorded from paper) in the same transaction."""
        ...

    def get_safety_plan(self, case_id: int) -> r.SafetyPlan | None:
        """The case's safety plan, or None when it has none yet."""
        ...

    def add_conference(self, case_id: int, held_on: object, participation: object,
                       **fields: object) -> r.Conference:
        """Record a case conference: its day, how the survivor took part, and (fields)
        attendees, wishes, decisions, action_event_ids, event_id and category."""
        ...

    def update_conference(self, conference_id: int, **fields: object) -> r.Conference:
        """Change a conference's minutes (``version``: as read)."""
        ...

    def list_conferences(self, case_id: int) -> list[r.Conference]:
        """The case conferences of one case, by day."""
        ...

    # --- anonymous feedback and aggregate reports made (0008) -------------------------------
    def add_feedback(self, program: str, period: object, **fields: object) -> r.Feedback:
        """Store one survivor's anonymous feedback for ``program`` in the month ``period``
        (fields: language, satisfaction and felt_listened 1-5, felt_safe yes/no/unsure)."""
        ...

    def list_feedback(self, period_from: object = None,
                      period_to: object = None) -> list[r.Feedback]:
        """Feedback of the months from ``period_from`` to ``period_to`` (YYYY-MM or a date,
        both included; each optional), by month."""
        ...

    def record_report(self, template_id: str, period_from: object, period_to: object, *,
                      threshold: int, left_out_cases: int, suppressed_cells: int,
                      output: str, output_sha256: str | None = None) -> r.ReportDisclosure:
        """Record that an aggregate report was made (by the acting user, now)."""
        ...

    def list_report_disclosures(self) -> list[r.ReportDisclosure]:
        """Every aggregate report made, oldest first."""
        ...

    def report_facts(self, period_from: Day, period_to: Day, *,
                     needs_by_case: bool = True) -> r.ReportFacts:
        """The narrow facts the program reports count for a period (both days included):
        every case opened by ``period_to`` and its records for the period (no names, notes or
        titles); timeline.reports.aggregate decides which cases count. ``needs_by_case``
        false: the interpreter needs as totals over the counted cases (case_id None)."""
        ...

    # --- links to records held elsewhere (0010, models.store_links) ------------------------
    def link_for(self, source: str, kind: str, external_id: str) -> r.Link | None:
        """The link of that record of that system, or None when it was never linked."""
        ...

    def add_link(
        self, source: str, kind: str, external_id: str, case_id: int, *,
        record_id: int | None = None, digest: str | None = None,
    ) -> r.Link:
        """Link a record held elsewhere to a case (and our record); InvalidInput if linked."""
        ...

    def update_link(self, link_id: int, **fields: object) -> r.Link:
        """Change a link's ``record_id`` or ``digest``; no change writes nothing."""
        ...

    def delete_link(self, link_id: int) -> None:
        """Forget a link (the record it became stays)."""
        ...

    def links_for_case(self, case_id: int, source: str | None = None) -> list[r.Link]:
        """The links of one case (of one source, if given), oldest first."""
        ...

    # --- disclosure log and audit trail -----------------------------------------------------
    def record_disclosure(self, case_id: int, recipient: str, purpose: str,
                          categories: Iterable[r.Category | str], record_ids: Iterable[str],
                          consent_ids: Iterable[int], packet_sha256: str,
                          legal_basis: str | None = None) -> r.Disclosure:
        """Log one export, print or share on the disclosure chain."""
        ...

    def list_disclosures(self, case_id: int | None = None) -> list[r.Disclosure]:
        """The disclosure log (of one case, or all), oldest first."""
        ...

    def list_audit(self, case_id: int | None = None) -> list[r.AuditEntry]:
        """The audit trail (of one case, or all), oldest first."""
        ...

    def audit_origin(self) -> str | None:
        """The hash of the first audit entry (fixed for the store's life), or None."""
        ...

    def carry_audit(self, entries: Sequence[r.AuditEntry],
                    ids: Mapping[tuple[str, int], int]) -> int:
        """Append another store's audit entries, original time/user/action kept (``carried.``),
        ids mapped; one closing ``audit.carry`` entry; returns how many."""
        ...

    def verify_chains(self) -> list[str]:
        """Problems in the audit and disclosure chains; empty when both are intact."""
        ...

    # --- interchange (docs/import-format.md) ------------------------------------------------
    def export_data(self, case_ref: str | None = None) -> JsonObject:
        """Everything (or one case) as the JSON-ready dict of docs/import-format.md."""
        ...

    def import_data(self, data: Mapping[str, Any], *,
                    known_rule_ids: Collection[str] | None = None) -> JsonObject:
        """Import a dict of docs/import-format.md: all of it, or nothing.

        With ``known_rule_ids`` (the rule catalog's ids) a trigger naming another rule is refused.
        """
        ...

    def import_csv(self, text: str, default_tz: str = "UTC") -> dict[str, int]:
        """Import a spreadsheet of cases and events: all or nothing."""
        ...

    # --- interpreter bookings (0011, models.store_bookings) ---------------------------------
    def add_interpreter_booking(self, event_id: int, language: str,
                                provider: r.InterpreterProvider | str,
                                mode: r.InterpreterMode | str,
                                **fields: object) -> r.InterpreterBooking:
        """Book an interpreter for an appointment, hearing or conference (fields: dialect,
        contact_id, interpreter_name, vendor, status, reference, confirmed_at, notes); marks
        the event as needing one, and booked while a booking of it is confirmed."""
        ...

    def update_interpreter_booking(self, booking_id: int,
                                   **fields: object) -> r.InterpreterBooking:
        """Change a booking (its status, interpreter, mode, language, reference, notes); the
        event's ``interpreter_booked`` follows; no change writes nothing."""
        ...

    def get_interpreter_booking(self, booking_id: int) -> r.InterpreterBooking:
        """The booking with this id."""
        ...

    def list_interpreter_bookings(self, case_id: int | None = None, *,
                                  event_id: int | None = None) -> list[r.InterpreterBooking]:
        """Bookings of one case, of one event, or of every case, oldest first."""
        ...
