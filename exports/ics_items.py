"""What a calendar export holds of each timeline entry, at each detail level (docs/calendar-export.md).

``generic`` (the default): a kind word only ("Hearing (Workbench)"), no name, case reference,
title, location, note, category, staff name or interpreter language; ``case-ref``: that and
the case reference; ``full``: what the role view shows (title, location, notes, the
explanation of a computed date, the interpreter booking). Every level takes its entries
already role-viewed (timeline.views), so a field the role may not see is not there to leak.

The dates are the timeline engine's: an entry's own start and end, a series as its RRULE and
EXDATEs, and for a deadline with two readings the earlier (safe) day, never the later one.
A UID is a keyed hash of the record's key (``uid_for``): stable across exports of one vault,
so that re-importing updates instead of duplicating, and saying nothing about the record.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from exports.ics import CalendarItem
from models.errors import InvalidInput
from models.records import Event, EventKind, EventStatus
from models.rrule_ends import counted, has_both_ends
from timeline.lanes import Shape, TimelineEntry
from timeline.recurrence import event_span, local_midnight, parse_rule, zone

_DAY = timedelta(days=1)
SUFFIX = " (Workbench)"
UID_DOMAIN = "workbench.invalid"  # RFC 5545 asks for a right-hand side; .invalid is no host


class Detail(StrEnum):
    """How much of each entry the file holds."""

    GENERIC = "generic"
    CASE_REF = "case-ref"
    FULL = "full"


# one word per kind, chosen so that no word is clinical: a medical appointment is an
# "Appointment" like a service appointment; a conference is a "Meeting"
KIND_WORD: dict[EventKind, str] = {
    EventKind.MEDICAL_APPOINTMENT: "Appointment",
    EventKind.SERVICE_APPOINTMENT: "Appointment",
    EventKind.CASE_CONFERENCE: "Meeting",
    EventKind.COURT_HEARING: "Hearing",
    EventKind.LEGAL_DEADLINE: "Deadline",
    EventKind.MILESTONE: "Reminder",
    EventKind.TASK: "Reminder",
}


def detail_of(text: str) -> Detail:
    """``text`` as a Detail, or InvalidInput naming the levels."""
    try:
        return Detail(text)
    except ValueError:
        raise InvalidInput(f"Unknown detail level {text!r}; use generic, case-ref or full.",
                           field="detail") from None


def uid_key(vault_identity: bytes) -> bytes:
    """The HMAC key of the UIDs, derived from a value stable for the vault's whole life."""
    return hashlib.sha256(b"workbench calendar uid v1\0" + vault_identity).digest()


def uid_for(key: bytes, record_key: str) -> str:
    """The UID of a record ("event:12", "milestone:4"): 128 bits of HMAC-SHA256, no id in it."""
    digest = hmac.new(key, record_key.encode(), hashlib.sha256).hexdigest()[:32]
    return f"{digest}@{UID_DOMAIN}"


def record_key(entry: TimelineEntry) -> str:
    """The record an entry comes from: "event:12" for every occurrence of a series."""
    return entry.key.split("@", 1)[0]


def summary_for(entry: TimelineEntry, detail: Detail, case_ref: str) -> str:
    """SUMMARY at ``detail``: "Hearing (Workbench)", "Hearing — C-0012 (Workbench)", or the
    role-viewed title with the reference."""
    if detail is Detail.GENERIC:
        return KIND_WORD[entry.kind] + SUFFIX
    if detail is Detail.CASE_REF:
        return f"{KIND_WORD[entry.kind]} — {case_ref}{SUFFIX}"
    return f"{entry.title} — {case_ref}{SUFFIX}"


def description_for(entry: TimelineEntry) -> str | None:
    """DESCRIPTION at ``full``: the role view's notes, explanation and interpreter booking."""
    lines: list[str] = []
    if entry.notes:
        lines.append(entry.notes)
    lines += list(entry.explanation)
    if entry.interpreter_needed:
        booked = "booked" if entry.interpreter_booked else "not booked yet"
        language = f" ({entry.interpreter_language})" if entry.interpreter_language else ""
        lines.append(f"Interpreter{language}: {booked}")
    return "\n".join(lines) or None


def item_for(entry: TimelineEntry, event: Event | None, *, detail: Detail, case_ref: str,
             key: bytes) -> CalendarItem:
    """The calendar item of one role-viewed entry (``event``: its record, for a series)."""
    full = detail is Detail.FULL
    start, end = dates_of(entry)
    series = event is not None and bool(event.rrule)
    tz = event.tz if event is not None else _zone_name(entry)
    return CalendarItem(
        uid=uid_for(key, record_key(entry)),
        summary=summary_for(entry, detail, case_ref),
        start=start, end=end, tz=tz,
        rrule=ics_rrule(event, start) if series and event is not None else None,
        exdates=tuple(event.exdates) if series and event is not None else (),
        cancelled=entry.status is EventStatus.CANCELLED,
        sequence=max(0, (event.version if event is not None else 1) - 1),
        location=entry.location if full else None,
        description=description_for(entry) if full else None,
        busy=entry.timed,
    )


def dates_of(entry: TimelineEntry) -> tuple[date | datetime, date | datetime | None]:
    """DTSTART and DTEND: all-day as dates (end exclusive), timed as aware times; a date
    with a safe (earlier) reading ends on that day -- the later reading never reaches the file."""
    safe = entry.safe_day if entry.safe_day is not None and entry.safe_day < entry.day else None
    if entry.all_day:
        first = entry.start.date()
        last = (entry.end.date() - _DAY) if entry.end > entry.start else first
        if entry.shape is not Shape.WINDOW:
            last = max(last, entry.day)
        if safe is not None:
            last = max(min(last, safe), min(first, safe))
            first = min(first, safe)
        return first, last + _DAY
    if safe is not None:  # an hour-based deadline: the same wall time, on the earlier day
        local = entry.start
        moved = datetime.combine(safe, local.timetz())
        return moved, None
    return entry.start, entry.end if entry.end > entry.start else None


def _zone_name(entry: TimelineEntry) -> str:
    key = getattr(entry.start.tzinfo, "key", None)
    return key if isinstance(key, str) else "UTC"


def ics_rrule(event: Event, start: date | datetime) -> str:
    """The event's RRULE body with UNTIL in the form RFC 5545 needs for ``start``: a DATE for
    an all-day series, UTC for a timed one. A floating UNTIL is read as the timeline engine
    reads it (timeline.recurrence): a date means the whole local day. A stored rule with both
    COUNT and UNTIL goes out with COUNT alone, ending where the timeline ends it (a calendar
    may refuse the pair: RFC 5545 forbids it)."""
    assert event.rrule is not None
    body = event.rrule.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    first = event_span(event)
    if has_both_ends(body) and first is not None:
        body = counted(body, parse_rule(body, first.start).count() or 0)
    tz = zone(event.tz)
    parts = []
    for part in body.split(";"):
        name, _, value = part.partition("=")
        if name.strip().upper() == "UNTIL":
            value = _until(value.strip(), tz, all_day=not isinstance(start, datetime))
        parts.append(f"{name.strip().upper()}={value}")
    return ";".join(parts)


def _until(value: str, tz: ZoneInfo, *, all_day: bool) -> str:
    """UNTIL as DATE (all-day series) or UTC date-time (timed series)."""
    try:
        if value.upper().endswith("Z"):
            moment = datetime.strptime(value.upper(), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        elif "T" in value.upper():
            moment = datetime.strptime(value.upper(), "%Y%m%dT%H%M%S").replace(tzinfo=tz)
        else:
            day = datetime.strptime(value, "%Y%m%d").date()
            if all_day:
                return day.strftime("%Y%m%d")
            moment = local_midnight(day, tz) + _DAY - timedelta(seconds=1)
    except ValueError:
        raise InvalidInput("A repeat rule's UNTIL is not a date (use YYYYMMDD).",
                           field="rrule") from None
    if all_day:
        return moment.astimezone(tz).date().strftime("%Y%m%d")
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def sorted_items(items: Sequence[CalendarItem]) -> list[CalendarItem]:
    """Items in a stable order (by start, then UID), so that two exports diff cleanly."""
    def start_key(item: CalendarItem) -> tuple[datetime, str]:
        moment = item.start
        if not isinstance(moment, datetime):
            moment = datetime.combine(moment, datetime.min.time(), tzinfo=UTC)
        return moment.astimezone(UTC), item.uid

    return sorted(items, key=start_key)
