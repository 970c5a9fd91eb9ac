"""Import appointments from the clinic's EHR (FHIR R4): plan first, then all or nothing.

``plan_import`` reads the file (workbench.operations.ehr_fhir), finds each appointment's case
through a patient identifier the user confirmed once (``external_links``: source ``fhir``,
kind ``Patient``) and each appointment's earlier import (kind ``Appointment``, by resource
id), and says what an import would do: new, updated, cancelled, unchanged, refused. It writes
nothing (the dry run). ``import_appointments`` makes the same plan and writes it in one
transaction: nothing when anything is refused, unless ``skip_refused`` says to import the
rest. A patient is never matched by name: an unknown one stops the import until the user
confirms, once, that this patient (``Patient/ID`` in the file) is the case ``--case REF``.

Who may: the roles that write medical records (clinicians and supervisors); a more protected
category taken from a specialty code (mental or reproductive health) needs its writers too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo

from models.errors import InvalidInput, NotFound
from models.i18n import fill, translate
from models.records import Case, Category, ContactKind, EventKind, EventStatus, Owner
from timeline.jurisdictions import zone_for_jurisdiction
from timeline.views import visible_fields
from workbench.operations import policy
from workbench.operations.changes import Changes, Done, Kind
from workbench.operations.context import Context
from workbench.operations.ehr_fhir import Refusal, Visit, masked, parse_file

SOURCE = "fhir"
TITLE = "Clinic appointment"  # no clinical word: what the EHR calls it stays in the notes
Action = Literal["new", "update", "cancel", "unchanged", "ignored"]


@dataclass(frozen=True)
class PlannedVisit:
    """What the import does with one appointment."""

    resource_id: str
    action: Action
    case_id: int
    case_ref: str
    visit: Visit
    tz: str
    link_id: int | None = None
    event_id: int | None = None


@dataclass(frozen=True)
class UnknownPatient:
    """A patient no case is linked to yet: what the user confirms (masked keys only)."""

    reference: str
    shown_keys: tuple[str, ...]
    appointments: tuple[str, ...]


@dataclass(frozen=True)
class ImportPlan:
    """The dry run: every appointment's action, every refusal, the patients to confirm."""

    visits: tuple[PlannedVisit, ...]
    refused: tuple[Refusal, ...]
    unknown_patients: tuple[UnknownPatient, ...] = ()
    new_contacts: tuple[tuple[int, str], ...] = ()  # (case id, practitioner name)
    confirmed: tuple[str, ...] = ()  # patient keys the import links (a confirmation)
    confirmed_case_id: int | None = None  # ... to this case

    def count(self, action: Action) -> int:
        """How many appointments get ``action``."""
        return sum(1 for v in self.visits if v.action == action)

    def summary(self) -> dict[str, int]:
        """new / updated / cancelled / unchanged / ignored / refused counts."""
        return {"new": self.count("new"), "updated": self.count("update"),
                "cancelled": self.count("cancel"), "unchanged": self.count("unchanged"),
                "ignored": self.count("ignored"), "refused": len(self.refused)}


@dataclass(frozen=True)
class ImportOutcome:
    """What an import wrote."""

    plan: ImportPlan
    event_ids: tuple[int, ...] = ()
    contact_ids: tuple[int, ...] = ()
    linked_patients: int = 0
    skipped: tuple[Refusal, ...] = field(default_factory=tuple)


def read_text(path: Path) -> str:
    """The file's text, or the NDJSON files of a bulk-export folder joined, or InvalidInput."""
    if path.is_dir():
        files = [path / f"{kind}.ndjson" for kind in ("Patient", "Practitioner", "Appointment")]
        found = [f for f in files if f.is_file()]
        if not found:
            raise InvalidInput(fill(translate("EhrImport",
                    "%1 holds no Appointment.ndjson (a bulk export's folder), or name the file "
                    "itself."),
                    path.name), field="file")
        return "\n".join(_read(f) for f in found)
    return _read(path)


def _read(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(fill(translate("EhrImport",
                "File not found: %1"),
                path), field="file") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(fill(translate("EhrImport",
                "%1 is not UTF-8 text (FHIR JSON is UTF-8)."),
                path.name),
                           field="file") from None


def _require(ctx: Context, categories: Iterable[Category] = ()) -> None:
    policy.require_write(ctx, Category.MEDICAL)
    for category in set(categories):
        policy.require_write(ctx, category)


def plan_import(ctx: Context, *, path: Path, case_ref: str | None = None,
                confirm_patient: str | None = None) -> ImportPlan:
    """The dry run: what importing ``path`` would do (nothing is written).

    ``case_ref`` limits the import to that case's patient; with ``confirm_patient`` (a
    ``Patient/ID`` of the file) it also links that patient to the case, once.
    """
    _require(ctx)
    parsed = parse_file(read_text(path))
    case = _case(ctx, case_ref)
    if confirm_patient is not None and case is None:
        raise InvalidInput(translate("EhrImport",
                "Say which case this patient is with --case REF."), field="case")
    refused = list(parsed.refused)
    confirmed = _confirmation(ctx, parsed.visits, confirm_patient, case)
    planned: list[PlannedVisit] = []
    unknown: dict[str, list[Visit]] = {}
    known = _Known(ctx)
    for visit in parsed.visits:
        target = _case_of(known, visit, case, confirmed, refused)
        if target is None:
            if not any(r.resource == f"Appointment/{visit.resource_id}" for r in refused):
                unknown.setdefault(visit.patient.reference, []).append(visit)
                refused.append(_unconfirmed(visit, case_ref))
            continue
        item = _planned(known, visit, target, refused)
        if item is not None:
            planned.append(item)
    _require(ctx, (p.visit.category for p in planned))
    return ImportPlan(tuple(planned), tuple(refused), _unknown(unknown),
                      _new_contacts(ctx, planned), confirmed,
                      case.id if confirmed and case is not None else None)


def import_appointments(ctx: Context, *, path: Path, case_ref: str | None = None,
                        confirm_patient: str | None = None,
                        skip_refused: bool = False) -> Done[ImportOutcome]:
    """Import ``path`` as planned: all of it in one transaction, or nothing when anything is
    refused (``skip_refused``: import the rest and report the refused)."""
    plan = plan_import(ctx, path=path, case_ref=case_ref, confirm_patient=confirm_patient)
    if plan.refused and not skip_refused:
        first = "; ".join(str(r) for r in plan.refused[:3])
        more = f" (and {len(plan.refused) - 3} more)" if len(plan.refused) > 3 else ""
        raise InvalidInput(fill(translate("EhrImport",
                "Nothing was imported: %1 resource(s) refused: %2%3. Fix them in the EHR's "
                "export, or import the rest with --skip-refused."),
                len(plan.refused), first, more), field="file")
    store = ctx.store
    with store.transaction():
        linked = _link_patient(ctx, plan)
        events = tuple(_write(ctx, item) for item in plan.visits
                       if item.action in ("new", "update", "cancel"))
        contacts = tuple(store.add_contact(ContactKind.CLINICIAN, name, case_id).id
                         for case_id, name in plan.new_contacts)
    cases = {v.case_id for v in plan.visits}
    outcome = ImportOutcome(plan, events, contacts, linked, plan.refused)
    return Done(outcome, Changes.of(Kind.EVENTS, Kind.CASES, case_ids=cases))


def case_ref(ctx: Context, *, case_id: int) -> str:
    """The reference of the case the import would confirm a patient to (what a face shows)."""
    policy.require(ctx, policy.Action.READ)
    return ctx.store.get_case(case_id).ref


@dataclass(frozen=True)
class PatientLink:
    """A confirmed patient identifier of a case, as shown (the value masked)."""

    link_id: int
    shown: str
    linked_at: str


def patient_links(ctx: Context, *, case_ref: str) -> list[PatientLink]:
    """The EHR patient identifiers confirmed for a case (masked), oldest first."""
    _require(ctx)
    case = _case(ctx, case_ref)
    assert case is not None
    return [PatientLink(k.id, masked(k.external_id), k.linked_at.isoformat(timespec="minutes"))
            for k in ctx.store.links_for_case(case.id, SOURCE) if k.kind == "Patient"]


def unlink_patient(ctx: Context, *, case_ref: str) -> Done[int]:
    """Undo a confirmation: forget every EHR patient identifier linked to the case (its
    imported appointments stay, and keep their links: a re-import still updates them only
    once the right patient is confirmed again). Returns how many were forgotten."""
    links = patient_links(ctx, case_ref=case_ref)
    with ctx.store.transaction():
        for link in links:
            ctx.store.delete_link(link.link_id)
    case = _case(ctx, case_ref)
    assert case is not None
    return Done(len(links), Changes.of(Kind.CASES, case_id=case.id))


# --- planning -------------------------------------------------------------------------------

def _case(ctx: Context, case_ref: str | None) -> Case | None:
    if case_ref is None:
        return None
    try:
        return ctx.store.get_case_by_ref(case_ref)
    except NotFound:
        raise InvalidInput(fill(translate("EhrImport",
                "There is no case %1; check the reference (workbench cases VAULT lists them)."),
                case_ref), field="case") from None


def _confirmation(ctx: Context, visits: Iterable[Visit], confirm_patient: str | None,
                  case: Case | None) -> tuple[str, ...]:
    if confirm_patient is None or case is None:
        return ()
    keys = next((v.patient.keys for v in visits if v.patient.reference == confirm_patient), None)
    if keys is None:
        raise InvalidInput(fill(translate("EhrImport",
                "No appointment of the file that can be imported names the patient %1; give it as "
                "the refusal shows it (e.g. Patient/123). A refused appointment cannot confirm a "
                "patient."),
                confirm_patient),
                           field="patient")
    for key in keys:
        link = ctx.store.link_for(SOURCE, "Patient", key)
        if link is not None and link.case_id != case.id:
            raise InvalidInput(fill(translate("EhrImport",
                    "%1 is linked to another case already; nothing was linked. A patient belongs "
                    "to one case."),
                    confirm_patient), field="patient")
    return keys


class _Known:
    """What a plan reads from the vault, each thing once: the case of each patient key, each
    case's EHR links and events (a re-plan of 2,000 appointments read each one by one)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._patients: dict[str, int | None] = {}
        self._cases: dict[int, Case] = {}
        self._links: dict[int, dict[str, Any]] = {}
        self._events: dict[int, dict[int, Any]] = {}

    def patient_case(self, key: str) -> int | None:
        """The case a patient key is linked to, or None."""
        if key not in self._patients:
            link = self.ctx.store.link_for(SOURCE, "Patient", key)
            self._patients[key] = None if link is None else link.case_id
        return self._patients[key]

    def case(self, case_id: int) -> Case:
        """The case with this id."""
        if case_id not in self._cases:
            self._cases[case_id] = self.ctx.store.get_case(case_id)
        return self._cases[case_id]

    def appointment(self, case_id: int, resource_id: str) -> Any:
        """The link of an appointment imported before (into this case or another), or None."""
        if case_id not in self._links:
            self._links[case_id] = {k.external_id: k for k in
                                    self.ctx.store.links_for_case(case_id, SOURCE)
                                    if k.kind == "Appointment"}
        found = self._links[case_id].get(resource_id)
        return found or self.ctx.store.link_for(SOURCE, "Appointment", resource_id)

    def event(self, case_id: int, event_id: int | None) -> Any:
        """Our event of that id in the case, or None (deleted since)."""
        if case_id not in self._events:
            self._events[case_id] = {e.id: e for e in self.ctx.store.list_events(case_id)}
        return None if event_id is None else self._events[case_id].get(event_id)


def _case_of(known: _Known, visit: Visit, case: Case | None, confirmed: tuple[str, ...],
             refused: list[Refusal]) -> Case | None:
    """The visit's case by its patient's confirmed keys (refused on a disagreement)."""
    label = f"Appointment/{visit.resource_id}"
    if confirmed and case is not None and set(visit.patient.keys) <= set(confirmed):
        return case
    linked = {case_id for key in visit.patient.keys
              if (case_id := known.patient_case(key)) is not None}
    if len(linked) > 1:
        refused.append(Refusal(label, "participant.actor", translate("EhrImport",
                "the patient's identifiers are linked to different cases; unlink the wrong one "
                "first")))
        return None
    if not linked:
        return None
    found = known.case(linked.pop())
    if case is not None and found.id != case.id:
        refused.append(Refusal(label, "participant.actor", fill(translate("EhrImport",
                "the patient is linked to another case, not %1"),
                case.ref)))
        return None
    return found


def _unconfirmed(visit: Visit, case_ref: str | None) -> Refusal:
    ref = case_ref or "REF"
    return Refusal(f"Appointment/{visit.resource_id}", "participant.actor",
                   fill(translate("EhrImport",
                           "patient %1 is not linked to a case yet: confirm it once with --case "
                           "%2 --confirm-patient %1"),
                           visit.patient.reference, ref))


def _unknown(found: dict[str, list[Visit]]) -> tuple[UnknownPatient, ...]:
    return tuple(UnknownPatient(ref, tuple(masked(k) for k in visits[0].patient.keys),
                                tuple(v.resource_id for v in visits))
                 for ref, visits in found.items())


def zone_for(case: Case, visit: Visit) -> str:
    """The event's zone: the case's jurisdiction's, else the zone of the start's offset
    (UTC, or Etc/GMT±N for a whole-hour offset; the instant is kept either way)."""
    if case.jurisdiction:
        return zone_for_jurisdiction(case.jurisdiction)
    offset = visit.start.utcoffset()
    seconds = 0 if offset is None else int(offset.total_seconds())
    if seconds == 0 or seconds % 3600:
        return "UTC"
    hours = seconds // 3600
    return f"Etc/GMT{'-' if hours > 0 else '+'}{abs(hours)}"  # POSIX: the sign is inverted


def _planned(known: _Known, visit: Visit, case: Case,
             refused: list[Refusal]) -> PlannedVisit | None:
    label = f"Appointment/{visit.resource_id}"
    tz = zone_for(case, visit)
    link = known.appointment(case.id, visit.resource_id)
    base = PlannedVisit(visit.resource_id, "new", case.id, case.ref, visit, tz)
    if link is None:
        if visit.status is EventStatus.CANCELLED:
            return replace(base, action="ignored")  # cancelled before we ever had it
        return base
    if link.case_id != case.id:
        refused.append(Refusal(label, "id", translate("EhrImport",
                "was imported into another case; its patient changed in the EHR: fix it there or "
                "unlink it")))
        return None
    base = replace(base, link_id=link.id, event_id=link.record_id)
    event = known.event(case.id, link.record_id)
    if event is None:
        return replace(base, action="new", event_id=None)  # our event was deleted: again
    if link.digest == visit.digest:
        return replace(base, action="unchanged")
    if visit.status is EventStatus.CANCELLED and event.status is not EventStatus.CANCELLED:
        return replace(base, action="cancel")
    return replace(base, action="update")


def _new_contacts(ctx: Context, planned: Iterable[PlannedVisit]) -> tuple[tuple[int, str], ...]:
    """Practitioners not yet among their case's contacts (by name, case-insensitively)."""
    have: dict[int, set[str]] = {}
    out: list[tuple[int, str]] = []
    for item in planned:
        if item.action == "ignored":
            continue
        names = have.setdefault(item.case_id, {c.name.casefold() for c in
                                               ctx.store.list_contacts(item.case_id)})
        for name in item.visit.practitioners:
            if name.casefold() not in names:
                names.add(name.casefold())
                out.append((item.case_id, name))
    return tuple(out)


# --- writing --------------------------------------------------------------------------------

def _link_patient(ctx: Context, plan: ImportPlan) -> int:
    case_id = plan.confirmed_case_id
    if not plan.confirmed or case_id is None:
        return 0
    added = 0
    for key in plan.confirmed:
        if ctx.store.link_for(SOURCE, "Patient", key) is None:
            ctx.store.add_link(SOURCE, "Patient", key, case_id)
            added += 1
    return added


def _fields(ctx: Context, item: PlannedVisit) -> dict[str, Any]:
    visit = item.visit
    zone = ZoneInfo(item.tz)
    fields: dict[str, Any] = {
        "category": visit.category, "status": visit.status, "tz": item.tz,
        "start": visit.start.astimezone(zone),
        "end": None if visit.end is None else visit.end.astimezone(zone)}
    if "notes" in visible_fields(ctx.role, visit.category):
        fields["notes"] = visit.notes
    return fields


def _write(ctx: Context, item: PlannedVisit) -> int:
    store = ctx.store
    fields = _fields(ctx, item)
    if item.action == "new":
        event = store.add_event(item.case_id, EventKind.MEDICAL_APPOINTMENT, TITLE,
                                fields.pop("category"), owner=Owner.CLINIC, **fields)
        if item.link_id is None:
            store.add_link(SOURCE, "Appointment", item.resource_id, item.case_id,
                           record_id=event.id, digest=item.visit.digest)
        else:
            store.update_link(item.link_id, record_id=event.id, digest=item.visit.digest)
        return event.id
    assert item.event_id is not None and item.link_id is not None  # planned so
    store.update_event(item.event_id, **fields)
    store.update_link(item.link_id, digest=item.visit.digest)
    return item.event_id
