"""FHIR R4 Appointments → plain visits: reading a Bundle or a bulk-export NDJSON file.

fhir.resources parses (its ``R4B`` package: FHIR 4.3.0, whose Appointment, Patient and
Practitioner are R4's, 4.0.1, unchanged); this module maps what it parsed to what the
timeline stores, and reports every resource it cannot take with the resource's id and field.
It reads nothing from the vault and writes nothing: ``workbench.operations.ehr_import`` plans
and writes. docs/ehr-import.md has the tables.

- status: ``STATUS`` (docs/ehr-import.md, "Status");
- start/end: FHIR instants, kept as instants (the zone is chosen by the import);
- category: MEDICAL unless a serviceType/specialty *code* is in ``CATEGORY_CODES``
  (never guessed from free text);
- notes: the appointment's description and comment (the import keeps them only for a role
  that sees medical notes);
- practitioners: names from ``actor.display``, else from a Practitioner in the file
  (contained, a Bundle entry or an NDJSON line);
- patient: the Patient participant's reference, and the Patient's identifiers when the file
  holds that Patient (never its name: no fuzzy matching anywhere).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from models.i18n import fill, translate
from models.records import Category, EventStatus

# FHIR Appointment.status -> our Event status (docs/ehr-import.md, "Status")
STATUS: dict[str, EventStatus] = {
    "proposed": EventStatus.SCHEDULED, "pending": EventStatus.SCHEDULED,
    "booked": EventStatus.SCHEDULED, "waitlist": EventStatus.SCHEDULED,
    "arrived": EventStatus.DONE, "checked-in": EventStatus.DONE,
    "fulfilled": EventStatus.DONE,
    "cancelled": EventStatus.CANCELLED, "entered-in-error": EventStatus.CANCELLED,
    "noshow": EventStatus.MISSED,
}
# (system, code) of serviceType/specialty codings that make an appointment more protected
# than MEDICAL. SNOMED CT practice-setting codes (the FHIR R4 "c80-practice-codes" value set
# that Appointment.specialty is bound to); nothing else moves a category.
SNOMED = "http://snomed.info/sct"
CATEGORY_CODES: dict[tuple[str, str], Category] = {
    (SNOMED, "394587001"): Category.MENTAL_HEALTH,  # Psychiatry
    (SNOMED, "394585009"): Category.REPRODUCTIVE_HEALTH,  # Obstetrics and gynecology
    (SNOMED, "394586005"): Category.REPRODUCTIVE_HEALTH,  # Gynecology
    (SNOMED, "408470005"): Category.REPRODUCTIVE_HEALTH,  # Obstetrics
}
# identifier systems never used to match a patient (nor stored, even hashed)
NEVER_MATCHED = frozenset({"http://hl7.org/fhir/sid/us-ssn"})
READ_TYPES = ("Appointment", "Patient", "Practitioner")


@dataclass(frozen=True)
class Refusal:
    """A resource that cannot be imported: where it is (``Appointment/ID`` or ``line N``),
    the field at fault and what is wrong (never the value)."""

    resource: str
    field: str
    problem: str

    def __str__(self) -> str:
        return f"{self.resource}: {self.field}: {self.problem}"


@dataclass(frozen=True)
class PatientRef:
    """The patient of an appointment: its reference, and the keys a case may be linked by
    (``SYSTEM|VALUE`` of each identifier, or the reference itself when the file has none)."""

    reference: str
    keys: tuple[str, ...]


@dataclass(frozen=True)
class Visit:
    """One appointment as the timeline takes it."""

    resource_id: str
    fhir_status: str
    status: EventStatus
    start: datetime  # aware, as the EHR gave it
    end: datetime | None
    category: Category
    notes: str | None
    practitioners: tuple[str, ...]
    patient: PatientRef

    @property
    def digest(self) -> str:
        """A hash of everything imported from it: equal means the re-import changes nothing."""
        body = json.dumps([self.fhir_status, self.start.isoformat(),
                           None if self.end is None else self.end.isoformat(),
                           self.category.value, self.notes, list(self.practitioners),
                           list(self.patient.keys)], ensure_ascii=False)
        return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ParsedFile:
    """Every appointment of a file that maps, and every resource refused."""

    visits: tuple[Visit, ...]
    refused: tuple[Refusal, ...]


# --- reading the file -----------------------------------------------------------------------

def read_resources(text: str) -> tuple[list[tuple[str, dict[str, Any]]], list[Refusal]]:
    """(where, resource dict) of a Bundle, one resource, or NDJSON lines; bad JSON refused."""
    stripped = text.lstrip()
    if stripped.startswith("{"):
        try:
            whole = json.loads(text)
        except json.JSONDecodeError:
            whole = None  # NDJSON: one object a line
        if isinstance(whole, dict):
            if whole.get("resourceType") == "Bundle":
                return _bundle_entries(whole)
            return [("file", whole)], []
    found: list[tuple[str, dict[str, Any]]] = []
    refused: list[Refusal] = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            refused.append(Refusal(f"line {n}", "json", fill(translate("EhrFhir",
                    "is not valid JSON (column %1)"),
                    exc.colno)))
            continue
        if not isinstance(item, dict):
            refused.append(Refusal(f"line {n}", "json", translate("EhrFhir",
                    "is not a FHIR resource (a JSON object)")))
            continue
        found.append((f"line {n}", item))
    if not found and not refused:
        refused.append(Refusal("file", "file", translate("EhrFhir",
                "holds no FHIR resource")))
    return found, refused


def _bundle_entries(bundle: Mapping[str, Any]) -> tuple[list[tuple[str, dict[str, Any]]],
                                                         list[Refusal]]:
    found: list[tuple[str, dict[str, Any]]] = []
    refused: list[Refusal] = []
    entries = bundle.get("entry") or []
    if not isinstance(entries, list):
        return [], [Refusal("Bundle", "entry", translate("EhrFhir",
                "must be a list of entries"))]
    for i, entry in enumerate(entries):
        resource = entry.get("resource") if isinstance(entry, dict) else None
        if not isinstance(resource, dict):
            refused.append(Refusal(f"entry[{i}]", "resource", translate("EhrFhir",
                    "is missing")))
            continue
        if isinstance(entry.get("fullUrl"), str):
            resource = {**resource, "_fullUrl": entry["fullUrl"]}
        found.append((f"entry[{i}]", resource))
    return found, refused


def _label(where: str, raw: Mapping[str, Any]) -> str:
    kind, rid = raw.get("resourceType"), raw.get("id")
    if isinstance(kind, str) and isinstance(rid, str) and rid:
        return f"{kind}/{rid}"
    return where if not isinstance(kind, str) else f"{kind} at {where}"


def _validation_refusals(label: str, exc: Exception) -> list[Refusal]:
    errors = getattr(exc, "errors", None)
    found = errors() if callable(errors) else []
    out = []
    for error in found[:5]:
        where = ".".join(str(p) for p in error.get("loc", ()) if p != "__root__") or "resource"
        problem = str(error.get("msg", "is not valid")).removeprefix("Value error, ")
        out.append(Refusal(label, where, problem.rstrip(".") or "is not valid"))
    return out or [Refusal(label, "resource", translate("EhrFhir",
            "is not a valid FHIR R4 resource"))]


def parse_file(text: str) -> ParsedFile:
    """Parse every resource with fhir.resources (R4B), then map each Appointment."""
    from fhir.resources.R4B.appointment import Appointment
    from fhir.resources.R4B.patient import Patient
    from fhir.resources.R4B.practitioner import Practitioner

    models: dict[str, Any] = {"Appointment": Appointment, "Patient": Patient,
                              "Practitioner": Practitioner}
    items, refused = read_resources(text)
    parsed: list[tuple[str, Any, str | None]] = []
    for where, raw in items:
        label = _label(where, raw)
        kind = raw.get("resourceType")
        model = models.get(kind) if isinstance(kind, str) else None
        if model is None:
            shown = kind if isinstance(kind, str) and kind.isalnum() else "missing"
            refused.append(Refusal(label, "resourceType", fill(translate("EhrFhir",
                    "is %1; only %2 are read"),
                    shown, ', '.join(READ_TYPES))))
            continue
        full_url = raw.get("_fullUrl")
        body = {k: v for k, v in raw.items() if k != "_fullUrl"}
        try:
            parsed.append((label, model.model_validate(body), full_url))
        except Exception as exc:  # pydantic's ValidationError: a bad resource, refused
            refused.extend(_validation_refusals(label, exc))
    known = _index(parsed)
    visits = []
    for label, resource, _url in parsed:
        if resource.get_resource_type() != "Appointment":
            continue
        visit = map_appointment(resource, known, label, refused)
        if visit is not None:
            visits.append(visit)
    _refuse_repeated(visits, refused)
    return ParsedFile(tuple(v for v in visits if not _is_refused(v, refused)), tuple(refused))


def _index(parsed: Iterable[tuple[str, Any, str | None]]) -> dict[str, Any]:
    """Patients and practitioners of the file by ``Type/id`` and by their Bundle fullUrl."""
    known: dict[str, Any] = {}
    for _where, resource, full_url in parsed:
        kind = resource.get_resource_type()
        if kind == "Appointment":
            continue
        if resource.id:
            known[f"{kind}/{resource.id}"] = resource
        if full_url:
            known[full_url] = resource
    return known


def _refuse_repeated(visits: list[Visit], refused: list[Refusal]) -> None:
    seen: set[str] = set()
    for visit in visits:
        if visit.resource_id in seen:
            refused.append(Refusal(f"Appointment/{visit.resource_id}", "id",
                                   translate("EhrFhir",
                                           "appears more than once in the file")))
        seen.add(visit.resource_id)


def _is_refused(visit: Visit, refused: Iterable[Refusal]) -> bool:
    return any(r.resource == f"Appointment/{visit.resource_id}" for r in refused)


# --- one appointment ------------------------------------------------------------------------

def map_appointment(appt: Any, known: Mapping[str, Any], label: str,
                    refused: list[Refusal]) -> Visit | None:
    """The visit of one parsed Appointment, or None (its refusals appended)."""
    before = len(refused)
    if not appt.id:
        refused.append(Refusal(label, "id", translate("EhrFhir",
                "is missing: an appointment is imported by its id")))
        return None
    status = STATUS.get(appt.status or "")
    if status is None:
        refused.append(Refusal(label, "status", "is missing" if not appt.status else
                               "is not an R4 appointment status (" + ", ".join(STATUS) + ")"))
    start, end = _times(appt, label, refused)
    contained = {f"#{c.id}": c for c in (appt.contained or []) if getattr(c, "id", None)}
    lookup = {**known, **contained}
    patient = _patient(appt, lookup, label, refused)
    if len(refused) > before or status is None or start is None or patient is None:
        return None
    return Visit(appt.id, appt.status, status, start, end, _category(appt), _notes(appt),
                 _practitioners(appt, lookup), patient)


def _times(appt: Any, label: str, refused: list[Refusal]) -> tuple[datetime | None,
                                                                     datetime | None]:
    start, end = appt.start, appt.end
    if start is None:
        refused.append(Refusal(label, "start", translate("EhrFhir",
                "is missing: an appointment without a time (proposed or waitlisted) cannot go on "
                "the timeline yet")))
        return None, None
    if end is None and appt.minutesDuration:
        end = start + timedelta(minutes=int(appt.minutesDuration))
    if end is not None and end < start:
        refused.append(Refusal(label, "end", translate("EhrFhir",
                "is before the start")))
        return None, None
    return start, end


def _category(appt: Any) -> Category:
    for concept in [*(appt.serviceType or []), *(appt.specialty or [])]:
        for coding in getattr(concept, "coding", None) or []:
            found = CATEGORY_CODES.get((str(coding.system or ""), str(coding.code or "")))
            if found is not None:
                return found
    return Category.MEDICAL


def _notes(appt: Any) -> str | None:
    parts = [p.strip() for p in (appt.description, appt.comment) if p and p.strip()]
    return "\n\n".join(parts) or None


def _kind_of(reference: str | None, actor_type: str | None, lookup: Mapping[str, Any]) -> str:
    if reference and reference in lookup:
        return str(lookup[reference].get_resource_type())
    if reference:
        parts = reference.split("/_history/")[0].rstrip("/").split("/")
        if len(parts) >= 2:
            return parts[-2]
    return actor_type or ""


def _relative(reference: str) -> str:
    parts = reference.split("/_history/")[0].rstrip("/").split("/")
    return "/".join(parts[-2:]) if len(parts) >= 2 else reference


def _patient(appt: Any, lookup: Mapping[str, Any], label: str,
             refused: list[Refusal]) -> PatientRef | None:
    found = []
    for i, part in enumerate(appt.participant or []):
        actor = part.actor
        if actor is not None and _kind_of(actor.reference, actor.type, lookup) == "Patient":
            found.append((i, actor))
    if len(found) != 1:
        refused.append(Refusal(label, "participant", "names no patient" if not found else
                               "names more than one patient"))
        return None
    i, actor = found[0]
    if not actor.reference:
        refused.append(Refusal(label, f"participant[{i}].actor.reference",
                               translate("EhrFhir",
                                       "is missing: a patient is matched by reference or "
                                       "identifier only")))
        return None
    resource = lookup.get(actor.reference) or lookup.get(_relative(actor.reference))
    keys = _identifier_keys(resource) if resource is not None else ()
    # the Patient's own id when the file holds it (a urn:uuid or #contained reference is only
    # the file's), else the reference as the EHR wrote it, relative
    reference = f"Patient/{resource.id}" if resource is not None and resource.id else \
        _relative(actor.reference)
    return PatientRef(reference, keys or (reference,))


def _identifier_keys(patient: Any) -> tuple[str, ...]:
    keys = []
    for ident in getattr(patient, "identifier", None) or []:
        system, value = ident.system, ident.value
        if system and value and str(system) not in NEVER_MATCHED:
            keys.append(f"{system}|{value}")
    return tuple(dict.fromkeys(keys))


def _practitioners(appt: Any, lookup: Mapping[str, Any]) -> tuple[str, ...]:
    names = []
    for part in appt.participant or []:
        actor = part.actor
        if actor is None or _kind_of(actor.reference, actor.type, lookup) not in (
                "Practitioner", "Person"):
            continue
        name = (actor.display or "").strip()
        if not name and actor.reference:
            resource = lookup.get(actor.reference) or lookup.get(_relative(actor.reference))
            name = human_name(resource) if resource is not None else ""
        if name:
            names.append(name)
    return tuple(dict.fromkeys(names))


def human_name(resource: Any) -> str:
    """A Practitioner's name as written: its ``text``, else prefix, given and family names."""
    for name in getattr(resource, "name", None) or []:
        if name.text and name.text.strip():
            return str(name.text).strip()
        words = [*(name.prefix or []), *(name.given or []), name.family or "", *(name.suffix or [])]
        joined = " ".join(w.strip() for w in words if w and w.strip())
        if joined:
            return joined
    return ""


def masked(key: str) -> str:
    """A patient key as shown to the person confirming it: the system, and the value's last
    four characters (the whole value is never printed)."""
    system, sep, value = key.rpartition("|")
    if not sep:
        return key  # a reference (Patient/ID): the EHR's own resource id
    tail = value[-4:] if len(value) > 4 else ""
    return f"{system}|…{tail}"
