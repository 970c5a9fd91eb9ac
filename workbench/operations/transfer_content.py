"""What a transfer bundle carries: the consent gate's plan as structured JSON (not a PDF).

The content is one case in the shape of docs/import-format.md, built only from the records
the plan includes (after the builder's role view), so the receiving vault's importer
validates it as it validates any file. Nothing else goes: no consents, triggers, contacts
or internal notes of the sender, no staff logins (who recorded what stays with the
sender), no link to a record that was withheld. Without an identity consent the case is
named only by the sender's organisation and reference; a confidential address never goes
(as on a packet), only the safe addresses for filings. The sender's ids of the records
travel beside them (``source_ids``) so that a later bundle updates rather than duplicates.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from typing import Any

from exports.consent_gate import PacketPlan
from exports.cover import required_legends
from exports.template import legends
from models.errors import InvalidInput
from models.i18n import fill, translate
from models.interchange import as_dict
from models.records import (
    Attendee,
    AttendeeKind,
    Case,
    Category,
    Conference,
    Document,
    Event,
    Goal,
    HistorySubject,
    Matter,
    Referral,
    SafeAddress,
    SafetyPlan,
    Screening,
    StatusChange,
)
from models.store_contract import StoreContract

FORMAT = "workbench-transfer-content"
VERSION = 1
PACKET_KIND = "agency"  # the packet template whose sections cover every kind of record
IDENTITY_FIELDS = ("display_name", "legal_name", "pronouns", "date_of_birth", "languages",
                   "interpreter_language", "jurisdiction")
CONTACT_FIELDS = ("safe_contact", "address")
# who recorded or was assigned what: logins of the sender's vault, never sent
# (the importer needs a recorder: it reads PARTNER); an assignment is dropped
LOGIN_FIELDS = ("updated_by", "recorded_by", "consent_by", "changed_by", "asked_by")
PARTNER = "partner"
_HISTORY_DROP = ("id", "case_id", "subject", "subject_id")


def unnamed(organisation: str, ref: str) -> str:
    """How a case sent without its identity is named at the recipient."""
    return f"{ref} from {organisation}"


def build(store: StoreContract, plan: PacketPlan, *, sender: str,
          staff_names: Mapping[str, str] = {}) -> dict[str, Any]:
    """The bundle's content for ``plan``: its records, the consent it leaves under, ids.

    ``staff_names``: how each login is printed (packets.staff_names); a staff attendee
    recorded by login goes under that name, as on a packet's minutes."""
    events = {e.id for e in plan.records(Event)}
    matters = {m.id for m in plan.records(Matter)}
    case: dict[str, Any] = {**_case_fields(plan, sender)}
    case["safe_addresses"] = [as_dict(a, ("id", "case_id")) for a in plan.records(SafeAddress)]
    case["matters"] = [as_dict(m) for m in plan.records(Matter)]
    case["events"] = [_event(e, events, matters) for e in _by_id(plan.records(Event))]
    case["referrals"] = [_referral(store, x) for x in plan.records(Referral)]
    case["goals"] = [_goal(store, g, events) for g in plan.records(Goal)]
    safety = plan.records(SafetyPlan)
    if safety:
        case["safety_plan"] = _safety_plan(safety[0], plan.records(StatusChange), events)
    case["conferences"] = [_conference(c, events, plan, staff_names)
                           for c in plan.records(Conference)]
    case["housing"] = [_change(c) for c in plan.records(StatusChange)
                       if c.subject is HistorySubject.HOUSING]
    case["screenings"] = [{**_no_logins(as_dict(s, ("id", "case_id", "answers"))),
                           "answers": [_no_logins(as_dict(a, ())) for a in s.answers]}
                          for s in plan.records(Screening)]
    case["documents"] = [{**as_dict(d, ("id", "case_id", "size", "sha256")),
                          "data_base64": _b64(store.document_bytes(d.id))}
                         for d in plan.records(Document)]
    return {"format": FORMAT, "version": VERSION,
            "sender_case": {"id": plan.case.id, "ref": plan.case.ref},
            "consent": {"recipient": plan.recipient, "purpose": plan.purpose,
                        "consent_ids": list(plan.consent_ids)},
            "categories": [c.value for c in plan.categories],
            "notices": _notices(plan),
            "record_ids": list(plan.record_ids),
            "source_ids": _source_ids(plan),
            "case": case}


def encode(content: Mapping[str, Any]) -> bytes:
    """The content as the UTF-8 JSON that is encrypted."""
    return json.dumps(content, ensure_ascii=False, sort_keys=True).encode("utf-8")


def decode(data: bytes) -> dict[str, Any]:
    """Decrypted content checked for its shape; InvalidInput naming the field if not."""
    try:
        content = json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise InvalidInput(translate("TransferContent",
                "The bundle's content is not JSON."), field="content") from None
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        raise InvalidInput(translate("TransferContent",
                "The bundle's content is not a Workbench transfer."), field="format")
    if content.get("version") != VERSION:
        raise InvalidInput(fill(translate("TransferContent",
                "The bundle's content is of version %1; this Workbench reads version %2."),
                repr(content.get('version')), VERSION), field="version")
    sender_case = content.get("sender_case")
    if not isinstance(sender_case, dict) or not isinstance(sender_case.get("id"), int) \
            or not isinstance(sender_case.get("ref"), str):
        raise InvalidInput(translate("TransferContent",
                "sender_case: must be the sender's case id and ref."),
                           field="sender_case")
    for key, kind in (("case", dict), ("source_ids", dict), ("categories", list),
                      ("consent", dict)):
        if not isinstance(content.get(key), kind):
            raise InvalidInput(fill(translate("TransferContent",
                    "%1: is missing or of the wrong type."),
                    key), field=key)
    return content


def _notices(plan: PacketPlan) -> list[dict[str, str]]:
    """The legends a packet of this plan would print (redisclosure, 8 U.S.C. 1367, 42 CFR
    2.32): they travel with the records."""
    wording = legends()
    return [{"key": key, "title": wording[key]["title"], "text": wording[key]["text"]}
            for key in required_legends(plan)]


def _case_fields(plan: PacketPlan, sender: str) -> dict[str, Any]:
    full = as_dict(plan.case, ("id", "created_at", "safe_addresses"))
    out: dict[str, Any] = {}
    if plan.identity_included:
        out.update({k: full[k] for k in IDENTITY_FIELDS if k in full})
    else:
        out["display_name"] = unnamed(sender, plan.case.ref)
    located = any(isinstance(r, Case) for r in plan.included.get(Category.CONTACT_LOCATION, ()))
    if located:
        out.update({k: full[k] for k in CONTACT_FIELDS if k in full})
        out["confidential_address"] = plan.case.confidential_address
        if plan.case.confidential_address:  # as on a packet: only the safe addresses go
            out.pop("address", None)
    return out


def _by_id(events: tuple[Event, ...]) -> list[Event]:
    return sorted(events, key=lambda e: e.id)


def _event(event: Event, events: set[int], matters: set[int]) -> dict[str, Any]:
    out = _no_logins(as_dict(event))
    out.pop("trigger_id", None)  # triggers never travel: the deadline is sent as a date
    if out.get("matter_id") not in matters:
        out.pop("matter_id", None)
    if out.get("evidence_for_id") not in events:
        out.pop("evidence_for_id", None)
    return out


def _history(store: StoreContract, case_id: int, subject: HistorySubject,
             subject_id: int) -> list[dict[str, Any]]:
    return [_change(c) for c in store.list_status_changes(case_id, subject, subject_id)]


def _referral(store: StoreContract, referral: Referral) -> dict[str, Any]:
    out = as_dict(referral, ("id", "case_id", "consent_id"))  # our consent stays with us
    history = _history(store, referral.case_id, HistorySubject.REFERRAL, referral.id)
    return {**out, "history": history} if history else out


def _goal(store: StoreContract, goal: Goal, events: set[int]) -> dict[str, Any]:
    out = as_dict(goal, ("id", "case_id", "milestones"))
    steps = []
    for milestone in goal.milestones:
        step = as_dict(milestone, ("id", "goal_id"))
        if step.get("linked_event_id") not in events:
            step.pop("linked_event_id", None)
        steps.append(step)
    out["milestones"] = steps
    history = _history(store, goal.case_id, HistorySubject.GOAL, goal.id)
    return {**out, "history": history} if history else out


def _safety_plan(plan: SafetyPlan, changes: tuple[StatusChange, ...],
                 events: set[int]) -> dict[str, Any]:
    out = _no_logins(as_dict(plan, ("id", "case_id")))
    if out.get("review_event_id") not in events:
        out.pop("review_event_id", None)
    risk = [_change(c) for c in changes if c.subject is HistorySubject.RISK]
    return {**out, "risk_history": risk} if risk else out


def _conference(conference: Conference, events: set[int], plan: PacketPlan,
                staff_names: Mapping[str, str]) -> dict[str, Any]:
    """A conference as its minutes print it: the survivor named only under an identity
    consent, staff by their printed name, no link to the sender's contacts."""
    out = _no_logins(as_dict(conference, ("id", "case_id")))
    out["attendees"] = [_attendee(a, plan, staff_names) for a in conference.attendees]
    if out.get("event_id") not in events:
        out.pop("event_id", None)
    out["action_event_ids"] = [i for i in conference.action_event_ids if i in events]
    return out


def _attendee(attendee: Attendee, plan: PacketPlan,
              staff_names: Mapping[str, str]) -> dict[str, Any]:
    out = as_dict(attendee, ("contact_id",))  # the sender's contacts stay with the sender
    if attendee.kind is AttendeeKind.SURVIVOR and not plan.identity_included:
        out["name"] = plan.template.word("minutes_the_survivor") or "the survivor"
    elif attendee.kind is AttendeeKind.STAFF and attendee.name in staff_names:
        out["name"] = staff_names[attendee.name]
    return out


def _no_logins(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: PARTNER if k in LOGIN_FIELDS else v for k, v in fields.items()
            if k != "assigned_to"}


def _change(change: StatusChange) -> dict[str, Any]:
    return _no_logins(as_dict(change, _HISTORY_DROP))


def _source_ids(plan: PacketPlan) -> dict[str, list[int]]:
    """The sender's id of every record, list by list, in the content's order."""
    return {"matters": [m.id for m in plan.records(Matter)],
            "events": [e.id for e in _by_id(plan.records(Event))],
            "documents": [d.id for d in plan.records(Document)]}


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def as_import_file(content: Mapping[str, Any]) -> dict[str, Any]:
    """The content's case as a one-case file of docs/import-format.md (no ref: the
    receiving vault gives its own)."""
    return {"format": "workbench", "version": 1, "cases": [dict(content["case"])]}


def labels(content: Mapping[str, Any]) -> list[str]:
    """One line per record that comes in, for the receiver's preview."""
    case = content["case"]
    out = [f"Notice — {n.get('title', '')}: {n.get('text', '')}"
           for n in content.get("notices", []) if isinstance(n, dict)]
    out.append(f"Case: {case.get('display_name', '')}")
    for event in case.get("events", []):
        when = str(event.get("start") or event.get("due") or "")[:10]
        out.append(f"Event {when} {event.get('title', '')}".rstrip())
    out += [f"Matter: {m.get('title', '')}" for m in case.get("matters", [])]
    out += [f"Document: {d.get('title', '')}" for d in case.get("documents", [])]
    out += [f"Goal: {g.get('title', '')}" for g in case.get("goals", [])]
    out += [f"Referral: {x.get('service', '')}" for x in case.get("referrals", [])]
    out += ["Screening" for _ in case.get("screenings", [])]
    out += ["Case conference minutes" for _ in case.get("conferences", [])]
    if "safety_plan" in case:
        out.append("Safety plan")
    return out


def record_count(content: Mapping[str, Any]) -> int:
    """How many records the content holds (the record ids the sender disclosed)."""
    ids = content.get("record_ids", [])
    return len(ids) if isinstance(ids, list) else 0
