"""Rows to records and clean values to column values (the only place that knows both)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from models import records as r
from models import rows


def column_value(value: Any) -> Any:
    """The stored form of a clean value: ISO text for dates, JSON for collections."""
    if value is None or type(value) in _AS_IS:  # the common cases first: bulk inserts call this
        return value
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, datetime):
        return utc_text(value)
    if isinstance(value, date):
        return value.isoformat()
    if not value and isinstance(value, tuple | list | frozenset | set):
        return "[]"
    if isinstance(value, frozenset | set):
        return json.dumps(sorted(column_value(v) for v in value))
    if isinstance(value, tuple | list):
        return json.dumps([column_value(v) for v in value])
    return value


_AS_IS = frozenset({str, int, bool})


def utc_text(moment: datetime) -> str:
    """An aware datetime as UTC ISO text (sorts in time order)."""
    return moment.astimezone(UTC).isoformat()


def local(text: str | None, tz: str) -> datetime | None:
    """UTC ISO text back to an aware datetime in zone ``tz``."""
    return None if text is None else datetime.fromisoformat(text).astimezone(ZoneInfo(tz))


def to_day(text: str | None) -> date | None:
    """ISO date text back to a date."""
    return None if text is None else date.fromisoformat(text)


def _list(text: str | None) -> list[Any]:
    return [] if not text else list(json.loads(text))


def case(row: rows.CaseRow) -> r.Case:
    """records.Case with its safe addresses."""
    return r.Case(
        id=row.id,
        ref=row.ref,
        display_name=row.display_name,
        legal_name=row.legal_name,
        pronouns=row.pronouns,
        date_of_birth=to_day(row.date_of_birth),
        languages=tuple(_list(row.languages)),
        interpreter_language=row.interpreter_language,
        safe_contact=row.safe_contact,
        confidential_address=bool(row.confidential_address),
        address=row.address,
        jurisdiction=row.jurisdiction,
        assigned_to=tuple(_list(row.assigned_to)),
        notes=row.notes,
        created_at=datetime.fromisoformat(row.created_at),
        safe_addresses=tuple(safe_address(a) for a in row.safe_addresses),
    )


def safe_address(row: rows.SafeAddressRow) -> r.SafeAddress:
    """records.SafeAddress."""
    return r.SafeAddress(id=row.id, case_id=row.case_id, filing=row.filing, address=row.address)


def matter(row: rows.MatterRow) -> r.Matter:
    """records.Matter."""
    return r.Matter(
        id=row.id,
        case_id=row.case_id,
        ref=row.ref,
        kind=r.MatterKind(row.kind),
        title=row.title,
        court=row.court,
        case_number=row.case_number,
        jurisdiction=row.jurisdiction,
        notes=row.notes,
    )


def event(row: rows.EventRow) -> r.Event:
    """records.Event, start/end back in the event's own zone."""
    return r.Event(
        id=row.id,
        case_id=row.case_id,
        kind=r.EventKind(row.kind),
        title=row.title,
        category=r.Category(row.category),
        matter_id=row.matter_id,
        start=local(row.start_utc, row.tz),
        end=local(row.end_utc, row.tz),
        due=to_day(row.due),
        all_day=bool(row.all_day),
        tz=row.tz,
        location=row.location,
        status=r.EventStatus(row.status),
        rrule=row.rrule,
        exdates=tuple(date.fromisoformat(d) for d in _list(row.exdates)),
        interpreter_needed=bool(row.interpreter_needed),
        interpreter_booked=bool(row.interpreter_booked),
        interpreter_language=row.interpreter_language,
        owner=r.Owner(row.owner) if row.owner else None,
        assigned_to=row.assigned_to,
        notes=row.notes,
        trigger_id=row.trigger_id,
        rule_id=row.rule_id,
        result_label=row.result_label,
        computed_due=to_day(row.computed_due),
        safe_due=to_day(row.safe_due),
        overridden=bool(row.overridden),
        explanation=tuple(_list(row.explanation)),
        evidence_for_id=row.evidence_for_id,
    )


def trigger(row: rows.TriggerRow) -> r.Trigger:
    """records.Trigger; ``occurred`` is a datetime when a zone was stored with it."""
    occurred: date | datetime
    if row.occurred_tz:
        occurred = datetime.fromisoformat(row.occurred).astimezone(ZoneInfo(row.occurred_tz))
    else:
        occurred = date.fromisoformat(row.occurred)
    return r.Trigger(
        id=row.id,
        case_id=row.case_id,
        trigger_type=row.trigger_type,
        rule_id=row.rule_id,
        occurred=occurred,
        matter_id=row.matter_id,
        jurisdiction=row.jurisdiction,
        service=row.service,
        notes=row.notes,
    )


def consent(row: rows.ConsentRow) -> r.Consent:
    """records.Consent."""
    return r.Consent(
        id=row.id,
        case_id=row.case_id,
        recipient=row.recipient,
        categories=frozenset(r.Category(c) for c in _list(row.categories)),
        purpose=row.purpose,
        granted=date.fromisoformat(row.granted),
        expires=to_day(row.expires),
        revoked=to_day(row.revoked),
        how_given=row.how_given,
        notes=row.notes,
    )


def document(row: rows.DocumentRow) -> r.Document:
    """records.Document (metadata only; the bytes stay in the vault)."""
    return r.Document(
        id=row.id,
        case_id=row.case_id,
        category=r.Category(row.category),
        title=row.title,
        doc_date=to_day(row.doc_date),
        media_type=row.media_type,
        size=row.size,
        sha256=row.sha256,
    )


def referral(row: rows.ReferralRow) -> r.Referral:
    """records.Referral."""
    return r.Referral(
        id=row.id,
        case_id=row.case_id,
        service=row.service,
        organisation=row.organisation,
        status=r.ReferralStatus(row.status),
        category=r.Category(row.category),
        opened=to_day(row.opened),
        updated=to_day(row.updated),
        notes=row.notes,
    )


def milestone(row: rows.MilestoneRow) -> r.Milestone:
    """records.Milestone."""
    return r.Milestone(
        id=row.id, goal_id=row.goal_id, title=row.title, due=to_day(row.due), done=to_day(row.done)
    )


def goal(row: rows.GoalRow) -> r.Goal:
    """records.Goal with its milestones."""
    return r.Goal(
        id=row.id,
        case_id=row.case_id,
        title=row.title,
        category=r.Category(row.category),
        status=row.status,
        milestones=tuple(milestone(m) for m in row.milestones),
    )


def contact(row: rows.ContactRow) -> r.Contact:
    """records.Contact."""
    return r.Contact(
        id=row.id,
        kind=r.ContactKind(row.kind),
        name=row.name,
        case_id=row.case_id,
        organisation=row.organisation,
        phone=row.phone,
        email=row.email,
        language=row.language,
    )


def closure(row: rows.ClosureRow) -> r.Closure:
    """records.Closure."""
    return r.Closure(
        id=row.id,
        day=date.fromisoformat(row.day),
        calendar=row.calendar,
        reason=r.ClosureReason(row.reason),
        note=row.note,
    )


def disclosure(row: rows.DisclosureRow) -> r.Disclosure:
    """records.Disclosure."""
    return r.Disclosure(
        id=row.id,
        at=datetime.fromisoformat(row.at),
        user=row.user,
        case_id=row.case_id,
        recipient=row.recipient,
        purpose=row.purpose,
        categories=tuple(r.Category(c) for c in _list(row.categories)),
        record_ids=tuple(_list(row.record_ids)),
        consent_ids=tuple(_list(row.consent_ids)),
        packet_sha256=row.packet_sha256,
        legal_basis=row.legal_basis,
        prev_hash=row.prev_hash,
        hash=row.hash,
    )


def audit(row: rows.AuditRow) -> r.AuditEntry:
    """records.AuditEntry."""
    return r.AuditEntry(
        id=row.id,
        at=datetime.fromisoformat(row.at),
        user=row.user,
        action=row.action,
        entity=row.entity,
        entity_id=row.entity_id,
        case_id=row.case_id,
        prev_hash=row.prev_hash,
        hash=row.hash,
    )
