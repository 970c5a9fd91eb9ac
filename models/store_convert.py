"""Rows ↔ records: the one mapping between the database's columns and the plain records.

Reading. Each record type has one ``RecordMap``: a table of how each record field is read
(which column, which decoder), from which one function is generated that turns the values of
those columns, in ``columns`` order, into the record. The same function converts a plain
``SELECT`` row (``MAP.select()``, what list methods use: no ORM objects, about 3x faster —
list_events over 16,000 events took 2.3 s through ORM objects) and an ORM row in hand after a
write (``MAP.from_row(row)``: its attributes are read in the same order). The generated
function sets each slot through its own descriptor instead of the frozen dataclass's
``__init__`` (another 3x on a 29-field Event); use it only on values the store validated.

Writing. ``column_value`` gives the stored form of a clean value (ISO text for dates, UTC text
for moments, JSON for collections, enum values); ``event_columns`` and ``occurred_columns``
cover the fields stored in more than one column.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from functools import cache, lru_cache
from operator import attrgetter
from typing import Any, Generic, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Select, select
from sqlalchemy.orm import InstrumentedAttribute

from models import records as r
from models import rows

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)
_from_iso = datetime.fromisoformat
_day = date.fromisoformat


# --- writing --------------------------------------------------------------------------------

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
        return json.dumps([_json_item(v) for v in value], ensure_ascii=False)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return json.dumps(_json_item(value), ensure_ascii=False)
    return value


def _json_item(value: Any) -> Any:
    # an element of a JSON column: a nested record (a safe contact, an attendee) as an object
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: v for k, v in dataclasses.asdict(value).items()}
    return column_value(value)


_AS_IS = frozenset({str, int, bool})


def columns(clean: Mapping[str, Any]) -> dict[str, Any]:
    """Column values of clean fields stored one field per column (all but the ones below)."""
    return {name: column_value(value) for name, value in clean.items()}


def utc_text(moment: datetime) -> str:
    """An aware datetime as UTC ISO text (sorts in time order)."""
    return moment.astimezone(UTC).isoformat()


# the Event fields stored in a column of their own name (start/end are UTC text columns)
_EVENT_PLAIN = tuple(n for n in r.Event.__dataclass_fields__
                     if n not in ("id", "case_id", "start", "end", "version"))


def event_columns(event: r.Event) -> dict[str, Any]:
    """Column values of an event record (all but id and case_id), with its ``first_date``."""
    cols = {n: column_value(getattr(event, n)) for n in _EVENT_PLAIN}
    first = event.start.astimezone(zone(event.tz)).date() if event.start else event.due
    cols["first_date"] = None if first is None else first.isoformat()
    cols["start_utc"] = utc_text(event.start) if event.start else None
    cols["end_utc"] = utc_text(event.end) if event.end else None
    return cols


def occurred_columns(occurred: date | datetime) -> dict[str, Any]:
    """A trigger's ``occurred``: a date as ISO text, or a moment as UTC text plus its zone."""
    if isinstance(occurred, datetime):
        key = getattr(occurred.tzinfo, "key", None) or "UTC"
        return {"occurred": utc_text(occurred), "occurred_tz": key}
    return {"occurred": occurred.isoformat(), "occurred_tz": None}


# --- reading: decoders ----------------------------------------------------------------------

@cache
def zone(name: str) -> ZoneInfo:
    """The ZoneInfo of an IANA name (one dict lookup after the first row of a zone)."""
    return ZoneInfo(name)


def local(text: str | None, tz: str) -> datetime | None:
    """UTC ISO text back to an aware datetime in zone ``tz``."""
    return None if text is None else _from_iso(text).astimezone(zone(tz))


def to_day(text: str | None) -> date | None:
    """ISO date text back to a date."""
    return None if text is None else _day(text)


@lru_cache(maxsize=4096)
def _json_tuple(text: str | None) -> tuple[Any, ...]:
    # the same few JSON lists ("[]", one rule's explanation) repeat across thousands of rows;
    # bounded: the cache must not keep every distinct text of a large vault in memory
    return () if not text or text == "[]" else tuple(json.loads(text))


@lru_cache(maxsize=1024)
def _days(text: str | None) -> tuple[date, ...]:
    return tuple(_day(d) for d in _json_tuple(text))


def days_of(text: str | None) -> tuple[date, ...]:
    """A JSON list of ISO dates (an event's exdates) as dates."""
    return _days(text)


def forget_decoded() -> None:
    """Drop the decode caches (the vault is locking: no decoded text may stay behind)."""
    _json_tuple.cache_clear()
    _days.cache_clear()


def _enum(kind: type[E]) -> Callable[[str], E]:
    return {m.value: m for m in kind}.__getitem__  # a dict lookup, not the enum's __call__


def _opt_enum(kind: type[E]) -> Callable[[str | None], E | None]:
    found: dict[str | None, E | None] = {m.value: m for m in kind}
    found[None] = None
    return found.__getitem__


def _enums(kind: type[E]) -> Callable[[str], tuple[E, ...]]:
    member = _enum(kind)
    return lambda text: tuple(member(v) for v in _json_tuple(text))


def _categories(text: str) -> frozenset[r.Category]:
    return frozenset(_enums(r.Category)(text))


def _in_zone(text: str, tz: str) -> datetime:
    return _from_iso(text).astimezone(zone(tz))


def _occurred(text: str, tz: str | None) -> date | datetime:
    # a moment when a zone was stored with it, else a date
    return _from_iso(text).astimezone(zone(tz)) if tz else _day(text)


@dataclass(frozen=True, slots=True)
class Col:
    """How one record field is read: ``decode(column value, *extra column values)``.

    ``column`` defaults to the field's own name; without ``decode`` the value is taken as
    stored; ``optional`` keeps a NULL as None without calling ``decode``.
    """

    column: str | None = None
    decode: Callable[..., Any] | None = None
    optional: bool = False
    extra: tuple[str, ...] = ()


GIVEN = Col(column="")  # not a column: the caller passes it (a case's safe addresses, ...)
_DAY = Col(decode=_day)
_OPT_DAY = Col(decode=_day, optional=True)
_MOMENT = Col(decode=_from_iso)
_FLAG = Col(decode=bool)
_TEXTS = Col(decode=_json_tuple)


# --- reading: one map per record ------------------------------------------------------------

class RecordMap(Generic[T]):
    """A record type's columns, in the order ``decode`` takes their values, and ``decode``."""

    def __init__(self, record: type[T], row: type[rows.Base],
                 spec: Mapping[str, Col | Callable[..., Any]]) -> None:
        fields = [f.name for f in dataclasses.fields(record)]  # type: ignore[arg-type]
        unknown = set(spec) - set(fields)
        if unknown:
            raise RuntimeError(f"{record.__name__} has no field {sorted(unknown)}")
        names: list[str] = []

        def at(column: str) -> int:
            if column not in names:
                getattr(row, column)  # a misspelt column fails at import, not on a read
                names.append(column)
            return names.index(column)

        namespace: dict[str, Any] = {"new": object.__new__, "cls": record}
        given: list[str] = []
        lines = []
        for i, name in enumerate(fields):
            how = spec.get(name, Col())
            how = how if isinstance(how, Col) else Col(decode=how)
            namespace[f"s{i}"] = record.__dict__[name].__set__
            if how is GIVEN:
                given.append(f"g{len(given)}")
                lines.append(f"s{i}(o, {given[-1]})")
                continue
            value = f"v[{at(how.column or name)}]"
            expr = value
            if how.decode is not None:
                namespace[f"d{i}"] = how.decode
                args = ", ".join([value, *(f"v[{at(c)}]" for c in how.extra)])
                expr = f"d{i}({args})"
                if how.optional:
                    expr = f"None if {value} is None else {expr}"
            lines.append(f"s{i}(o, {expr})")
        # everything bound as a default: the generated body does no global or attribute lookup
        params = ", ".join(["v", *given, *(f"{k}={k}" for k in namespace)])
        body = "".join(f"    {line}\n" for line in lines)
        source = f"def decode({params}):\n    o = new(cls)\n{body}    return o\n"
        scope: dict[str, Any] = {}
        exec(source, namespace, scope)  # noqa: S102 - source built from the record's own field names
        self.record = record
        self.names = tuple(names)
        self.columns: tuple[InstrumentedAttribute[Any], ...] = tuple(getattr(row, n) for n in names)
        self.decode: Callable[..., T] = scope["decode"]
        self._values = attrgetter(*names)

    def select(self) -> Select[Any]:
        """A SELECT of the columns in ``decode`` order (add WHERE and ORDER BY to it)."""
        return select(*self.columns)

    def from_rows(self, found: Iterable[Sequence[Any]]) -> list[T]:
        """Records of rows of ``select()`` (extra trailing columns are ignored)."""
        decode = self.decode
        return [decode(v) for v in found]

    def from_row(self, row: rows.Base, *given: Any) -> T:
        """The record of an ORM row, with the GIVEN fields passed after it."""
        return self.decode(self._values(row), *given)


SAFE_ADDRESS = RecordMap(r.SafeAddress, rows.SafeAddressRow, {})
CASE = RecordMap(r.Case, rows.CaseRow, {
    "date_of_birth": _OPT_DAY, "languages": _TEXTS, "confidential_address": _FLAG,
    "assigned_to": _TEXTS, "created_at": _MOMENT, "safe_addresses": GIVEN,
})
MATTER = RecordMap(r.Matter, rows.MatterRow, {"kind": _enum(r.MatterKind)})
EVENT = RecordMap(r.Event, rows.EventRow, {
    "kind": _enum(r.EventKind),
    "category": _enum(r.Category),
    "start": Col("start_utc", _in_zone, optional=True, extra=("tz",)),
    "end": Col("end_utc", _in_zone, optional=True, extra=("tz",)),
    "due": _OPT_DAY,
    "all_day": _FLAG,
    "status": _enum(r.EventStatus),
    "exdates": _days,
    "interpreter_needed": _FLAG,
    "interpreter_booked": _FLAG,
    "owner": _opt_enum(r.Owner),
    "computed_due": _OPT_DAY,
    "safe_due": _OPT_DAY,
    "overridden": _FLAG,
    "explanation": _TEXTS,
})
TRIGGER = RecordMap(r.Trigger, rows.TriggerRow, {"occurred": Col(decode=_occurred, extra=("occurred_tz",))})
CONSENT = RecordMap(r.Consent, rows.ConsentRow, {
    "categories": _categories, "granted": _DAY, "expires": _OPT_DAY, "revoked": _OPT_DAY,
})
DOCUMENT = RecordMap(r.Document, rows.DocumentRow, {"category": _enum(r.Category), "doc_date": _OPT_DAY})
REFERRAL = RecordMap(r.Referral, rows.ReferralRow, {
    "status": _enum(r.ReferralStatus), "category": _enum(r.Category), "opened": _OPT_DAY,
    "updated": _OPT_DAY, "choice": _opt_enum(r.ReferralChoice), "shares_data": _FLAG,
})
MILESTONE = RecordMap(r.Milestone, rows.MilestoneRow, {"due": _OPT_DAY, "done": _OPT_DAY})


def _measure(text: str) -> r.Measure:
    d = json.loads(text)
    return r.Measure(r.MeasureKind(d["kind"]), d.get("instrument_id"), d.get("scale"))


def _safe_contacts(text: str | None) -> tuple[r.SafeContact, ...]:
    return tuple(r.SafeContact(d["name"], d["role"], d.get("how")) for d in _json_list(text))


def _attendees(text: str | None) -> tuple[r.Attendee, ...]:
    return tuple(r.Attendee(d["name"], r.AttendeeKind(d["kind"]), d.get("role"),
                            d.get("contact_id")) for d in _json_list(text))


def _json_list(text: str | None) -> list[Any]:
    # not cached (unlike _json_tuple): these hold dicts, and few rows are read at a time
    return [] if not text or text == "[]" else list(json.loads(text))


GOAL = RecordMap(r.Goal, rows.GoalRow, {
    "category": _enum(r.Category), "milestones": GIVEN, "domain": _opt_enum(r.GoalDomain),
    "measure": Col(decode=_measure, optional=True),
})
STATUS_CHANGE = RecordMap(r.StatusChange, rows.StatusChangeRow, {
    "subject": _enum(r.HistorySubject), "category": _enum(r.Category), "changed_at": _MOMENT,
})
SAFETY_PLAN = RecordMap(r.SafetyPlan, rows.SafetyPlanRow, {
    "updated_at": _MOMENT, "warning_signs": _TEXTS, "safe_contacts": _safe_contacts,
    "safe_places": _TEXTS, "steps": _TEXTS, "risk_level": _opt_enum(r.RiskLevel),
    "review_on": _OPT_DAY, "category": _enum(r.Category),
})
CONFERENCE = RecordMap(r.Conference, rows.ConferenceRow, {
    "held_on": _DAY, "participation": _enum(r.Participation), "recorded_at": _MOMENT,
    "attendees": _attendees, "decisions": _TEXTS, "action_event_ids": _TEXTS,
    "category": _enum(r.Category),
})
CONTACT = RecordMap(r.Contact, rows.ContactRow, {"kind": _enum(r.ContactKind)})
CLOSURE = RecordMap(r.Closure, rows.ClosureRow, {"day": _DAY, "reason": _enum(r.ClosureReason)})
DISCLOSURE = RecordMap(r.Disclosure, rows.DisclosureRow, {
    "at": _MOMENT, "categories": _enums(r.Category), "record_ids": _TEXTS, "consent_ids": _TEXTS,
})
AUDIT = RecordMap(r.AuditEntry, rows.AuditRow, {"at": _MOMENT})
FEEDBACK = RecordMap(r.Feedback, rows.FeedbackRow, {})
REPORT_DISCLOSURE = RecordMap(r.ReportDisclosure, rows.ReportDisclosureRow, {
    "at": _MOMENT, "period_from": _DAY, "period_to": _DAY,
})
STAFF_PROFILE = RecordMap(r.StaffProfile, rows.StaffProfileRow, {})
LINK = RecordMap(r.Link, rows.ExternalLinkRow, {"linked_at": _MOMENT})
BOOKING = RecordMap(r.InterpreterBooking, rows.InterpreterBookingRow, {
    "provider": _enum(r.InterpreterProvider), "mode": _enum(r.InterpreterMode),
    "status": _enum(r.BookingStatus), "confirmed_at": Col(decode=_from_iso, optional=True),
    "category": _enum(r.Category),
})


def _screening_answers(text: str | None) -> tuple[r.ScreeningAnswer, ...]:
    # item id -> {"value", "asked_by", "asked_role", "asked_at"}, in the order first answered
    if not text or text == "{}":
        return ()
    return tuple(r.ScreeningAnswer(item, a["value"], a["asked_by"], a["asked_role"],
                                   _from_iso(a["asked_at"]))
                 for item, a in json.loads(text).items())


def screening_answers_text(answers: Iterable[r.ScreeningAnswer]) -> str:
    """The stored form of a screening's answers (a JSON object keyed by item id)."""
    return json.dumps({a.item_id: {"value": a.value, "asked_by": a.asked_by,
                                   "asked_role": a.asked_role, "asked_at": utc_text(a.asked_at)}
                       for a in answers}, ensure_ascii=False)


SCREENING = RecordMap(r.Screening, rows.ScreeningRow, {
    "category": _enum(r.Category), "status": _enum(r.ScreeningStatus), "consent_at": _MOMENT,
    "started_at": _MOMENT, "completed_at": Col(decode=_from_iso, optional=True),
    "answers": _screening_answers, "total": Col(decode=int, optional=True),
})


# --- ORM rows in hand (after a write) -------------------------------------------------------

def case(row: rows.CaseRow) -> r.Case:
    """records.Case with its safe addresses."""
    return CASE.from_row(row, tuple(SAFE_ADDRESS.from_row(a) for a in row.safe_addresses))


def goal(row: rows.GoalRow) -> r.Goal:
    """records.Goal with its milestones."""
    return GOAL.from_row(row, tuple(MILESTONE.from_row(m) for m in row.milestones))


safe_address = SAFE_ADDRESS.from_row
matter = MATTER.from_row
event = EVENT.from_row
trigger = TRIGGER.from_row
consent = CONSENT.from_row
document = DOCUMENT.from_row
referral = REFERRAL.from_row
milestone = MILESTONE.from_row
contact = CONTACT.from_row
closure = CLOSURE.from_row
disclosure = DISCLOSURE.from_row
audit = AUDIT.from_row
staff_profile = STAFF_PROFILE.from_row
screening = SCREENING.from_row
status_change = STATUS_CHANGE.from_row
safety_plan = SAFETY_PLAN.from_row
conference = CONFERENCE.from_row
feedback = FEEDBACK.from_row
report_disclosure = REPORT_DISCLOSURE.from_row
link = LINK.from_row
booking = BOOKING.from_row
