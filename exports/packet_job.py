"""The packet steps shared by the GUI and the CLI: gather, plan, build, write and record.

Plan with the consent gate before anything is written; build in memory; write atomically under
a non-identifying name; record the disclosure (and, for a compelled release, the task to inform
the survivor) in one transaction with the write. A request with a ``translation`` ("es") also
renders a courtesy translation of the same plan, written next to the filing copy as
``<name>.<code>.pdf`` in the same transaction, under the same disclosure record. The store is passed in (duck-typed): no SQL
here, and no Qt — the packet dialog calls these off the UI thread.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from exports.atomic import safe_packet_filename, write_all_atomically
from exports.consent_gate import PacketPlan, plan_packet, record_id, same_party_key
from exports.packet import PacketResult, TranslationOf, build_packet, build_translation
from exports.signing import ServiceCertificate
from exports.wording import check_case_translation, check_translation, translation_languages
from models.errors import InvalidInput
from models.records import (
    Case,
    Category,
    Closure,
    Conference,
    Consent,
    Document,
    Event,
    EventKind,
    Goal,
    HistorySubject,
    Matter,
    Owner,
    Referral,
    SafetyPlan,
    Screening,
    StaffProfile,
    StatusChange,
)
from timeline.screening import instrument

ProgressFn = Callable[[int, int], None]
# a disclosure's record id naming a translation copy's digest: the filing copy's is the
# record's packet_sha256 (a store column of one digest; see docs/packets-translation.md)
TRANSLATION_RECORD = "translation"
STEPS = 4  # plan, build, write and record, done
INFORM_TASK_TITLE = "Inform the survivor of a compelled release"
INFORM_WITHIN_DAYS = 7


@dataclass(frozen=True)
class CaseRecords:
    """Everything of one case the consent gate looks at."""

    case: Case
    consents: tuple[Consent, ...]
    events: tuple[Event, ...]
    matters: tuple[Matter, ...]
    documents: tuple[Document, ...]
    goals: tuple[Goal, ...]
    referrals: tuple[Referral, ...]
    # as the builder's role view gives them (workbench.operations.packets.case_records)
    screenings: tuple[Screening, ...] = ()
    safety_plan: SafetyPlan | None = None
    conferences: tuple[Conference, ...] = ()  # their action tasks are among ``events``
    status_changes: tuple[StatusChange, ...] = ()  # housing and risk levels
    # how a login (action owner, who recorded a level) is printed: a staff profile's name or
    # the role in words; a login itself never goes on paper
    staff_names: tuple[tuple[str, str], ...] = ()

    def recipients(self) -> list[str]:
        """Consent recipients of this case, each once, in first-granted order."""
        return list(dict.fromkeys(c.recipient for c in sorted(self.consents, key=lambda c: c.id)))

    def purposes(self, recipient: str = "") -> list[str]:
        """Consent purposes (for ``recipient`` when given), each once."""
        wanted = same_party_key(recipient)
        chosen = [c for c in self.consents
                  if not wanted or same_party_key(c.recipient) == wanted]
        return list(dict.fromkeys(c.purpose for c in chosen))

    def labels(self) -> dict[str, str]:
        """A short in-app label for every record id the gate may name."""
        out = {record_id(self.case): "Name and reference",
               # the case record stands for its address when gated as contact/location
               f"contact_location:{record_id(self.case)}": "Address"}
        out.update({record_id(a): f"Safe address for {a.filing}" for a in self.case.safe_addresses})
        out.update({record_id(e): _event_label(e) for e in self.events})
        out.update({record_id(m): f"{m.ref} {m.title}".strip() for m in self.matters})
        out.update({record_id(d): d.title for d in self.documents})
        out.update({record_id(g): g.title for g in self.goals})
        out.update({record_id(r): f"{r.service} — {r.organisation}" for r in self.referrals})
        out.update({record_id(s): _screening_label(s) for s in self.screenings})
        if self.safety_plan is not None:
            out[record_id(self.safety_plan)] = "Safety plan"
        out.update({record_id(c): f"{c.held_on.isoformat()} Case conference minutes"
                    for c in self.conferences})
        out.update({record_id(c): _level_label(c) for c in self.status_changes})
        return out


def _event_label(event: Event) -> str:
    when = event.start.date() if event.start else event.due
    return f"{when.isoformat()} {event.title}" if when else event.title


def _level_label(change: StatusChange) -> str:
    """"2026-10-01 Housing: emergency shelter" (a level of a categorical series)."""
    scale = "Housing" if change.subject is HistorySubject.HOUSING else "Risk level"
    value = change.value.replace("_", " ") or "(not visible to your role)"
    return f"{change.changed_at.date().isoformat()} {scale}: {value}"


def _screening_label(screening: Screening) -> str:
    """"2026-10-01 PHQ-9", or "… Screening" where the role view hides the instrument."""
    when = (screening.completed_at or screening.started_at).date().isoformat()
    try:
        name = instrument(screening.instrument_id).short_title
    except InvalidInput:  # the role view's generic "screening"
        name = "Screening"
    return f"{when} {name}"


def gather(store: Any, case_id: int) -> CaseRecords:
    """Read one case's records from the store (screenings are left to the caller, who reads
    them through the builder's role view)."""
    return CaseRecords(
        case=store.get_case(case_id),
        consents=tuple(store.list_consents(case_id)),
        events=tuple(store.list_events(case_id=case_id)),
        matters=tuple(store.list_matters(case_id)),
        documents=tuple(store.list_documents(case_id)),
        goals=tuple(store.list_goals(case_id)),
        referrals=tuple(store.list_referrals(case_id)),
    )


@dataclass(frozen=True)
class PacketRequest:
    """What the person chose in the builder."""

    kind: str
    recipient: str
    purpose: str
    matter_ref: str | None = None
    legal_basis: str | None = None  # set only for a compelled release
    password: str | None = None
    bates_prefix: str = "WB"
    pad_even: bool = False
    signature_line: bool = False  # a signature and date line on the cover
    # a certificate of service (court packets): printed when served_on is given
    served_on: str = ""
    service_method: str = ""  # a template method key (mail, hand, email, efile, fax) or words
    served_date: date | None = None  # default: the day the packet is made
    # a courtesy translation next to the filing copy (exports.wording.translation_languages)
    translation: str | None = None

    def certificate(self, today: date) -> ServiceCertificate | None:
        """The certificate of service asked for, or None."""
        if not self.served_on.strip():
            return None
        return ServiceCertificate(self.served_on, self.service_method,
                                  self.served_date or today)


def plan_for(records: CaseRecords, request: PacketRequest, today: date, *,
             hidden_by_role: Mapping[Category, str] = {}) -> PacketPlan:
    """The consent gate's decision (raises ConsentRefused when nothing may leave).

    ``hidden_by_role``: categories the builder's role may not read in full, each with its note;
    they are withheld before consent is looked at.
    """
    return plan_packet(
        request.kind, records.case, recipient=request.recipient, purpose=request.purpose,
        today=today, consents=records.consents, events=records.events, matters=records.matters,
        documents=records.documents, goals=records.goals, referrals=records.referrals,
        compelled_legal_basis=request.legal_basis, matter_ref=request.matter_ref or None,
        hidden_by_role=hidden_by_role, screenings=records.screenings,
        safety_plan=records.safety_plan, conferences=records.conferences,
        status_changes=records.status_changes,
    )


@dataclass(frozen=True)
class PacketOutcome:
    """A written, recorded packet: the bytes stay in memory for the in-app preview."""

    path: Path
    data: bytes
    pages: int
    sha256: str
    disclosure_id: int
    withheld: tuple[tuple[str, str], ...]  # (category, reason)
    unembedded_fonts: tuple[str, ...] = ()  # attached PDFs' own fonts it could not embed
    translation: TranslationCopy | None = None  # the survivor's copy, when asked for

    @property
    def font_warning(self) -> str | None:
        """A line for the person who made the packet, when an exhibit's fonts are not embedded."""
        if not self.unembedded_fonts:
            return None
        return ("Some attached PDFs use fonts they do not embed (" + "; ".join(self.unembedded_fonts)
                + "). Those pages may print differently; attach a PDF/A copy to be sure.")


def free_name(folder: Path, now: datetime, kind: str) -> Path:
    """The non-identifying file name, with "-2", "-3"… so an earlier packet (or its
    translation copy) is never replaced."""
    first = folder / safe_packet_filename(now, kind)
    candidate, n = first, 1
    while candidate.exists() or any(translation_path(candidate, c).exists()
                                    for c in translation_languages()):
        n += 1
        candidate = first.with_name(f"{first.stem}-{n}{first.suffix}")
    return candidate


@dataclass(frozen=True)
class TranslationCopy:
    """A written courtesy translation: its language, file, page count and SHA-256."""

    code: str
    path: Path
    pages: int
    sha256: str


@dataclass(frozen=True)
class RenderedPair:
    """The filing copy and its courtesy translation, rendered in memory."""

    filing: PacketResult
    code: str
    translation: PacketResult


def translation_path(target: Path, code: str) -> Path:
    """Where the translation of ``target`` goes: FILE.pdf → FILE.es.pdf."""
    return target.with_name(f"{target.stem}.{code}{target.suffix}")


def check_translation_target(target: Path, code: str | None, force: bool) -> None:
    """Refuse (InvalidInput) when ``code`` is not a translation we have, or when the
    translation's file exists and replacing it was not asked for."""
    if code is None:
        return
    path = translation_path(target, check_translation(code))
    if path.exists() and not force:
        raise InvalidInput(f"{path.name} already exists; choose another name, or --force to "
                           "replace it.", field="out")


def disclosed_digests(result: PacketResult | RenderedPair) -> tuple[str, tuple[str, ...]]:
    """The filing copy's SHA-256 (the record's packet digest) and the extra record ids that
    name a translation copy's digest ("translation:es:sha256:<hex>")."""
    if isinstance(result, RenderedPair):
        extra = f"{TRANSLATION_RECORD}:{result.code}:sha256:{result.translation.sha256}"
        return result.filing.sha256, (extra,)
    return result.sha256, ()


def generate(store: Any, records: CaseRecords, request: PacketRequest, folder: Path, *,
             today: date, now: datetime, prepared_by: str,
             progress: ProgressFn | None = None,
             hidden_by_role: Mapping[Category, str] = {},
             prepared_by_profile: StaffProfile | None = None,
             prepared_by_role: str | None = None,
             closures: Sequence[Closure] = ()) -> PacketOutcome:
    """Plan, build in memory, then write under a fresh neutral name and record, in one transaction."""
    step = progress or (lambda _done, _total: None)
    step(0, STEPS)
    plan = plan_for(records, request, today, hidden_by_role=hidden_by_role)
    step(1, STEPS)
    result = render(store, plan, request, now=now, prepared_by=prepared_by,
                    prepared_by_profile=prepared_by_profile, prepared_by_role=prepared_by_role,
                    closures=closures, staff_names=dict(records.staff_names))
    step(2, STEPS)
    outcome = write_and_record(store, plan, result, free_name(Path(folder), now, request.kind),
                               today=today, prepared_by=prepared_by)
    step(STEPS, STEPS)
    return outcome


def render(store: Any, plan: PacketPlan, request: PacketRequest, *, now: datetime,
           prepared_by: str, prepared_by_profile: StaffProfile | None = None,
           prepared_by_role: str | None = None, closures: Sequence[Closure] = (),
           staff_names: Mapping[str, str] = {}) -> PacketResult | RenderedPair:
    """The packet for ``plan`` rendered in memory (PacketResult), or with
    ``request.translation`` the filing copy and its courtesy translation (RenderedPair).

    ``prepared_by`` is the login (never printed); ``prepared_by_profile`` signs the packet,
    else ``prepared_by_role`` (a Role value) is printed in words. ``closures``: the recorded
    court closures, so a hearing or deadline on a closed day is flagged. ``staff_names``:
    how each login is printed (CaseRecords.staff_names). The password, if any, protects both.
    """
    code = check_case_translation(request.translation, plan.case.languages) \
        if request.translation else None
    docs = plan.records(Document)
    same: dict[str, Any] = dict(
        now=now, prepared_by=prepared_by,
        document_bytes={d.id: store.document_bytes(d.id) for d in docs},
        bates_prefix=request.bates_prefix or "WB", pad_even=request.pad_even,
        password=request.password or None, prepared_by_profile=prepared_by_profile,
        prepared_by_role=prepared_by_role, signature_line=request.signature_line,
        service=request.certificate(now.date()), closures=closures, staff_names=staff_names)
    filing = build_packet(plan, **same)
    if code is None:
        return filing
    original = TranslationOf(filing.sha256, filing.bates)
    return RenderedPair(filing, code, build_translation(code, plan, original, **same))


def write_and_record(store: Any, plan: PacketPlan, result: PacketResult | RenderedPair,
                     target: Path, *, today: date, prepared_by: str) -> PacketOutcome:
    """Write the packet to ``target`` (and a translation to ``translation_path``) and log
    their one disclosure: all happen, or none (no half pair is left on disk)."""
    filing = result.filing if isinstance(result, RenderedPair) else result
    files = [(target, filing.data)]
    if isinstance(result, RenderedPair):
        files.append((translation_path(target, result.code), result.translation.data))
    fresh = [path for path, _data in files if not path.exists()]
    sha256, extra_ids = disclosed_digests(result)
    try:
        with store.transaction():
            disclosure = store.record_disclosure(
                plan.case.id, plan.recipient, plan.purpose, plan.categories,
                (*plan.record_ids, *extra_ids), plan.consent_ids, sha256,
                legal_basis=plan.legal_basis)
            if plan.compelled:
                store.add_event(plan.case.id, EventKind.TASK, INFORM_TASK_TITLE,
                                Category.IDENTITY, due=today + timedelta(days=INFORM_WITHIN_DAYS),
                                all_day=True, owner=Owner.CLIENT, assigned_to=prepared_by)
            # Written inside the transaction: a failed write rolls the disclosure back.
            write_all_atomically(files)
    except BaseException:
        # a packet whose disclosure did not commit must not stay on disk (unless it was there before)
        for path in fresh:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)
        raise
    withheld = tuple((str(w.category), str(w.reason)) for w in plan.withheld)
    copy = None
    if isinstance(result, RenderedPair):
        copy = TranslationCopy(result.code, files[1][0], result.translation.pages,
                               result.translation.sha256)
    return PacketOutcome(target, filing.data, filing.pages, filing.sha256, disclosure.id,
                         withheld, tuple(filing.unembedded_fonts), copy)
