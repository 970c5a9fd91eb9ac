"""Decide, per data category and record, what a packet may include and why the rest is withheld.

Pure: records in, a PacketPlan out. A category leaves only under a consent of this case that
names this recipient and purpose (case-insensitive, whitespace-normalised exact match) and is
active on ``today``. The caption needs identity: without an identity consent the packet names
the case by its reference only (never its display name). A compelled release (subpoena, court
order) needs a legal basis, includes everything and is marked so the caller creates the task
to inform the survivor.

The builder's role comes first: a category that role may not read in full (``hidden_by_role``,
computed by the caller from the role view) is withheld whatever the consents say, and also
under a compulsion, so nobody sends what they could not see. The plan's recipient is written
as the releasing consent records it (the first by id), not as the person typed it.

The safety plan category (the plan itself, the risk-level history, conferences filed under it
and their action tasks) leaves only under the survivor's consent, also under a compelled
release: a plan lists where the survivor hides and whom they call, and in the wrong hands it
is a map to them (CONSENT_ONLY). A compelled release that would need it says so in the plan.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TypeVar, cast

from exports.template import PacketTemplate, load_template, matter_category
from models.errors import ConsentRefused, InvalidInput
from models.records import (
    Case,
    Category,
    Conference,
    Consent,
    ConsentStatus,
    Document,
    Event,
    EventKind,
    EventStatus,
    Goal,
    HistorySubject,
    Matter,
    Referral,
    SafeAddress,
    SafetyPlan,
    Screening,
    ScreeningStatus,
    StatusChange,
)

Record = (Case | SafeAddress | Event | Matter | Document | Goal | Referral | Screening
          | SafetyPlan | Conference | StatusChange)
R = TypeVar("R", bound=Record)

# categories that leave only under the survivor's consent, never under a compelled release
CONSENT_ONLY = frozenset({Category.SAFETY_PLAN})
COMPELLED_NOTE = ("a safety plan leaves only with the survivor's consent, also under a "
                  "compelled release")
# the consent category of each categorical series (whatever the row's own category says)
SERIES_CATEGORY = {HistorySubject.HOUSING: Category.HOUSING_BENEFITS,
                   HistorySubject.RISK: Category.SAFETY_PLAN}


class WithheldReason(StrEnum):
    """Why a category is not in the packet."""

    NO_CONSENT = "no consent"
    EXPIRED = "expired"
    REVOKED = "revoked"
    NOT_YET = "not yet in force"
    OTHER_RECIPIENT = "other recipient"
    OTHER_PURPOSE = "other purpose"
    ROLE_VIEW = "not visible to your role"
    CONSENT_ONLY = "needs the survivor's consent"


@dataclass(frozen=True, slots=True)
class Withheld:
    """One category left out, the records it covers, the reason and (for a role) what to do."""

    category: Category
    reason: WithheldReason
    record_ids: tuple[str, ...]
    note: str = ""  # e.g. "not visible to your role — a clinician can add it"


@dataclass(frozen=True, slots=True)
class PacketPlan:
    """What goes into one packet and what stays in the vault (computed before rendering)."""

    kind: str
    template: PacketTemplate
    case: Case
    recipient: str
    purpose: str
    today: date
    included: Mapping[Category, tuple[Record, ...]]
    withheld: tuple[Withheld, ...]
    consent_ids: tuple[int, ...]
    record_ids: tuple[str, ...]
    matter: Matter | None = None
    hearing: Event | None = None
    compelled: bool = False
    legal_basis: str | None = None
    _by_type: dict[type, tuple[Record, ...]] = field(default_factory=dict, repr=False)

    def records(self, kind: type[R]) -> tuple[R, ...]:
        """Included records of one type (Event, Document, Goal, Referral, Matter, Screening,
        SafetyPlan, Conference, StatusChange)."""
        if kind not in self._by_type:
            found = {record_id(r): r for recs in self.included.values() for r in recs if type(r) is kind}
            self._by_type[kind] = tuple(found.values())
        # the cache holds only records whose type is exactly ``kind`` (filtered above)
        return cast(tuple[R, ...], self._by_type[kind])

    @property
    def identity_included(self) -> bool:
        """True when the caption may carry the survivor's name."""
        return Category.IDENTITY in self.included

    @property
    def categories(self) -> tuple[Category, ...]:
        """Included categories in a stable order."""
        return tuple(c for c in Category if c in self.included)


def record_id(record: Record) -> str:
    """Stable id of a record for the disclosure log, e.g. "event:12"."""
    kind = {Case: "case", SafeAddress: "safe_address", Event: "event", Matter: "matter",
            Document: "document", Goal: "goal", Referral: "referral",
            Screening: "screening", SafetyPlan: "safety_plan", Conference: "conference",
            StatusChange: "status_change"}[type(record)]
    return f"{kind}:{record.id}"


def same_party_key(text: str) -> str:
    """How recipient names compare: case and spacing do not matter."""
    return " ".join(text.split()).casefold()


def _decide(category: Category, consents: Sequence[Consent], recipient: str, purpose: str,
            today: date) -> tuple[int | None, WithheldReason | None]:
    """The consent id that releases ``category``, or the most specific reason it is withheld."""
    covering = [c for c in consents if category in c.categories]
    to_recipient = [c for c in covering if same_party_key(c.recipient) == same_party_key(recipient)]
    for_purpose = [c for c in to_recipient if same_party_key(c.purpose) == same_party_key(purpose)]
    for consent in sorted(for_purpose, key=lambda c: c.id):
        if consent.status(today) is ConsentStatus.ACTIVE:
            return consent.id, None
    statuses = {c.status(today) for c in for_purpose}
    for status, reason in ((ConsentStatus.REVOKED, WithheldReason.REVOKED),
                           (ConsentStatus.EXPIRED, WithheldReason.EXPIRED),
                           (ConsentStatus.NOT_YET, WithheldReason.NOT_YET)):
        if status in statuses:
            return None, reason
    if to_recipient:
        return None, WithheldReason.OTHER_PURPOSE
    if covering:
        return None, WithheldReason.OTHER_RECIPIENT
    return None, WithheldReason.NO_CONSENT


@dataclass(frozen=True, slots=True)
class CareRecords:
    """A case's care-hub records as the builder's role view gives them (all optional)."""

    screenings: Sequence[Screening] = ()
    safety_plan: SafetyPlan | None = None
    conferences: Sequence[Conference] = ()
    status_changes: Sequence[StatusChange] = ()


def open_action_ids(conferences: Iterable[Conference], events: Iterable[Event]) -> set[int]:
    """Ids of the conferences' action tasks still to do (scheduled): the only ones printed."""
    wanted = {i for c in conferences for i in c.action_event_ids}
    return {e.id for e in events if e.id in wanted and e.kind is EventKind.TASK
            and e.status is EventStatus.SCHEDULED}


def _care_candidates(template: PacketTemplate, events: Sequence[Event], care: CareRecords,
                     add: Callable[[Category, Record], None]) -> None:
    """The care-hub records in scope: a screening by its own category (completed ones only,
    as only they are printed); the safety plan as one record of its category; each conference
    by its category with its open action tasks by theirs; housing and risk levels by the
    category of their series (SERIES_CATEGORY)."""
    if template.has("outcomes"):
        for screening in care.screenings:
            if screening.status is ScreeningStatus.COMPLETED:
                add(screening.category, screening)
        for change in care.status_changes:
            if change.subject in SERIES_CATEGORY:
                add(SERIES_CATEGORY[change.subject], change)
    if template.has("safety_plan") and care.safety_plan is not None:
        add(Category.SAFETY_PLAN, care.safety_plan)
    if template.has("conference_minutes"):
        for conference in care.conferences:
            add(conference.category, conference)
        actions = open_action_ids(care.conferences, events)
        for event in events:
            if event.id in actions:
                add(event.category, event)


def _candidates(template: PacketTemplate, case: Case, events: Sequence[Event],
                matters: Iterable[Matter], documents: Iterable[Document], goals: Iterable[Goal],
                referrals: Iterable[Referral],
                care: CareRecords | None = None) -> dict[Category, list[Record]]:
    """Records in scope for this packet kind, grouped by their consent category."""
    by_cat: dict[Category, list[Record]] = {}

    def add(category: Category, record: Record) -> None:
        if getattr(record, "case_id", case.id) == case.id:
            by_cat.setdefault(category, []).append(record)

    add(Category.IDENTITY, case)
    if "address" in template.cover_fields and (case.address or case.safe_addresses):
        for addr in case.safe_addresses:
            add(Category.CONTACT_LOCATION, addr)
        if case.address:
            add(Category.CONTACT_LOCATION, case)
    for matter in matters:
        add(matter_category(matter.kind), matter)
    if template.has("chronology") or template.has("upcoming"):
        for event in events:
            if event.kind is not EventKind.TASK:  # internal to-dos never leave the vault
                add(event.category, event)
    if template.has("exhibits"):
        for doc in documents:
            add(doc.category, doc)
    if template.has("care_plan"):
        for goal in goals:
            add(goal.category, goal)
    if template.has("referrals"):
        for referral in referrals:
            add(referral.category, referral)
    _care_candidates(template, events, care or CareRecords(), add)
    return by_cat


def _pick_matter(template: PacketTemplate, matters: Iterable[Matter],
                 matter_ref: str | None) -> Matter | None:
    matters = list(matters)
    if matter_ref is not None:
        return next((m for m in matters if m.ref == matter_ref), None)
    for kind in template.matter_kinds:
        for matter in sorted(matters, key=lambda m: m.id):
            if matter.kind.value == kind:
                return matter
    return None


def _next_hearing(events: Iterable[Event], matter: Matter | None, today: date) -> Event | None:
    hearings = [e for e in events if e.kind is EventKind.COURT_HEARING and e.start is not None
                and e.start.date() >= today]
    if matter is not None and any(e.matter_id == matter.id for e in hearings):
        hearings = [e for e in hearings if e.matter_id == matter.id]
    return min(hearings, key=lambda e: (e.start, e.id), default=None)


def plan_packet(kind: str, case: Case, *, recipient: str, purpose: str, today: date,
                consents: Sequence[Consent], events: Sequence[Event], matters: Sequence[Matter],
                documents: Sequence[Document], goals: Sequence[Goal], referrals: Sequence[Referral],
                compelled_legal_basis: str | None = None, matter_ref: str | None = None,
                hidden_by_role: Mapping[Category, str] = {},
                screenings: Sequence[Screening] = (),
                safety_plan: SafetyPlan | None = None,
                conferences: Sequence[Conference] = (),
                status_changes: Sequence[StatusChange] = (),
                ) -> PacketPlan:
    """Split a case's records into what this recipient may receive and what is withheld, and why.

    ``hidden_by_role`` maps each category the builder's role may not read in full to the note
    shown with it; those are withheld first, before consent and also when compelled.
    ``screenings``, ``safety_plan``, ``conferences`` (with their open action tasks among
    ``events``) and ``status_changes`` (housing and risk levels) are gated record by record
    under their own category, like every other record; CONSENT_ONLY categories need consent
    also when compelled.
    """
    template = load_template(kind)
    if not recipient.strip():
        raise InvalidInput("Name the recipient of the packet.", field="recipient")
    compelled = compelled_legal_basis is not None
    if compelled_legal_basis is not None and not compelled_legal_basis.strip():
        raise InvalidInput("A compelled release needs its legal basis (e.g. the subpoena or "
                           "court order).", field="legal_basis")
    own_consents = [c for c in consents if c.case_id == case.id]
    care = CareRecords(screenings, safety_plan, conferences, status_changes)
    candidates = _candidates(template, case, events, matters, documents, goals, referrals, care)
    included: dict[Category, tuple[Record, ...]] = {}
    withheld: list[Withheld] = []
    consent_ids: set[int] = set()
    for category in Category:
        records = candidates.get(category)
        if not records:
            continue
        ids = tuple(record_id(r) for r in records)
        if category in hidden_by_role:  # the role first: nobody sends what they cannot see
            withheld.append(Withheld(category, WithheldReason.ROLE_VIEW, ids,
                                     hidden_by_role[category] or WithheldReason.ROLE_VIEW.value))
            continue
        needs_consent = not compelled or category in CONSENT_ONLY
        consent_id, reason = _decide(category, own_consents, recipient, purpose, today) \
            if needs_consent else (None, None)
        if reason is None:
            included[category] = tuple(records)
            if consent_id is not None:
                consent_ids.add(consent_id)
        else:
            note = COMPELLED_NOTE if compelled else ""
            withheld.append(Withheld(category, WithheldReason.CONSENT_ONLY if compelled
                                     else reason, ids, note))
    record_ids = dict.fromkeys(record_id(r) for recs in included.values() for r in recs)
    inc_events = [r for recs in included.values() for r in recs if isinstance(r, Event)]
    inc_matters = [r for recs in included.values() for r in recs if isinstance(r, Matter)]
    matter = _pick_matter(template, inc_matters, matter_ref)
    plan = PacketPlan(
        kind=kind, template=template, case=case,
        recipient=_recorded_recipient(own_consents, consent_ids, recipient),
        purpose=purpose.strip(), today=today, included=included, withheld=tuple(withheld),
        consent_ids=tuple(sorted(consent_ids)), record_ids=tuple(record_ids), matter=matter,
        hearing=_next_hearing(inc_events, matter, today), compelled=compelled,
        legal_basis=compelled_legal_basis.strip() if compelled_legal_basis is not None else None,
    )
    if not included:
        refused = ConsentRefused(refusal_message(plan.withheld))
        refused.plan = plan  # what was withheld and why, for the builder's preview
        raise refused
    return plan


def _recorded_recipient(consents: Sequence[Consent], consent_ids: set[int], typed: str) -> str:
    """The recipient as the first releasing consent records it; as typed when none releases."""
    if consent_ids:
        first = min(consent_ids)
        return next(c.recipient for c in consents if c.id == first).strip()
    return typed.strip()


def refusal_message(withheld: Sequence[Withheld]) -> str:
    """Why nothing may leave: consent reasons and the categories the builder's role cannot see."""
    def label(w: Withheld) -> str:
        return w.category.value.replace("_", " ")

    by_consent = [w for w in withheld if w.reason is not WithheldReason.ROLE_VIEW]
    by_role = [w for w in withheld if w.reason is WithheldReason.ROLE_VIEW]
    parts = []
    if by_consent or not by_role:
        reasons = "; ".join(f"{label(w)}: {w.reason.value}" for w in by_consent)
        parts.append("No active consent lets anything go to this recipient for this purpose "
                     f"({reasons or 'the case has nothing to share'}).")
    if by_role:
        notes = "; ".join(f"{label(w)} ({w.note or w.reason.value})" for w in by_role)
        lead = "Also withheld, as your role may not read them" if parts else \
            "Your role may not read anything this packet would carry"
        parts.append(f"{lead}: {notes}.")
    return " ".join(parts)
