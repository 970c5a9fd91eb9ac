"""Expand an event (one-off or recurring) into occurrences inside a time window.

Recurrences are expanded by dateutil's rrule with ``dtstart`` the event's aware start in its
own IANA zone, so the local wall time stays fixed across DST changes (a 09:00 weekly session
is at 09:00 in both March and November). Exceptions (``exdates``) match by local date.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from itertools import repeat
from typing import Any, NamedTuple, Protocol, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import DAILY, WEEKLY, rrule, rrulestr

from models.errors import InvalidInput
from models.i18n import fill, translate
from models.records import Event
from models.rrule_ends import one_end

_DAY = timedelta(days=1)
combine = datetime.combine
_TICK = timedelta(microseconds=1)  # UNTIL is inclusive; the window end is not


class Occurrence(NamedTuple):
    """One occurrence of an event: aware start and end in the event's zone."""

    start: datetime
    end: datetime


@lru_cache(maxsize=256)
def zone(name: str) -> ZoneInfo:
    """The IANA zone called ``name``, or InvalidInput naming the problem."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InvalidInput(fill(translate("Recurrence",
                "Unknown time zone %1; use an IANA name such as America/New_York."),
                repr(name)),
                           field="tz") from exc


def local_midnight(day: date, tz: ZoneInfo) -> datetime:
    """The aware start of ``day`` in ``tz``."""
    return datetime.combine(day, time(0), tzinfo=tz)


def event_span(event: Event) -> Occurrence | None:
    """The first occurrence's aware (start, end) in the event's zone; None without any date."""
    tz = zone(event.tz)
    if event.start is None:
        if event.due is None:
            return None
        begin = local_midnight(event.due, tz)
        return Occurrence(begin, begin + _DAY if event.all_day else begin)
    begin = _as_local(event.start, tz)
    if event.all_day:
        begin = local_midnight(begin.date(), tz)
        last = _as_local(event.end, tz).date() if event.end is not None else begin.date()
        # an all-day end given as a day's midnight is exclusive; a later time means that day too
        end = local_midnight(last, tz)
        return Occurrence(begin, end if end > begin else begin + _DAY)
    end = _as_local(event.end, tz) if event.end is not None else begin
    return Occurrence(begin, max(end, begin))


def _as_local(moment: datetime, tz: ZoneInfo) -> datetime:
    """An aware moment in ``tz``; a naive one is read as wall time in ``tz``."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=tz)
    return moment.astimezone(tz)


def _normalise_until(body: str, tz: ZoneInfo) -> str:
    """Rewrite a floating UNTIL (date or local time) as UTC, as rrule needs with aware dtstart."""
    parts = []
    for part in body.strip().split(";"):
        name, _, value = part.partition("=")
        if name.strip().upper() == "UNTIL" and not value.upper().endswith("Z"):
            value = _until_utc(value.strip(), tz)
        parts.append(f"{name}={value}")
    return ";".join(parts)


def _until_utc(value: str, tz: ZoneInfo) -> str:
    """A floating UNTIL value as a UTC timestamp (a date means the whole local day)."""
    try:
        if "T" in value.upper():
            local = datetime.strptime(value.upper(), "%Y%m%dT%H%M%S").replace(tzinfo=tz)
        else:
            local = local_midnight(datetime.strptime(value, "%Y%m%d").date(), tz) + _DAY
            local -= timedelta(seconds=1)
    except ValueError as exc:
        raise InvalidInput(translate("Recurrence",
                "The repeat rule's UNTIL is not a date (use YYYYMMDD)."),
                           field="rrule") from exc
    return local.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


@lru_cache(maxsize=4096)
def parse_rule(body: str, dtstart: datetime) -> rrule:
    """The rrule for an RFC 5545 RRULE body anchored at the aware local ``dtstart``."""
    tz = dtstart.tzinfo
    assert isinstance(tz, ZoneInfo)
    text = body.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    try:
        rule = rrulestr(one_end(_normalise_until(text, tz), dtstart), dtstart=dtstart)
    except (ValueError, TypeError) as exc:
        raise InvalidInput(translate("Recurrence",
                "The repeat rule is not a valid RRULE (e.g. FREQ=WEEKLY;COUNT=10)."),
                           field="rrule") from exc
    assert isinstance(rule, rrule)
    return rule


def occurrences(event: Event, start: datetime, end: datetime) -> list[Occurrence]:
    """Occurrences of ``event`` whose start lies in [start, end) (aware datetimes)."""
    first = event_span(event)
    if first is None:
        return []
    if not event.rrule:
        return [first] if start <= first.start < end else []
    length = first.end - first.start
    rule = parse_rule(event.rrule, first.start)
    if _is_simple(rule):
        starts = _simple_starts(rule, start, end)
    else:
        starts = rule.between(start, end, inc=True)
        # between(inc=True) includes ``end``; the window is half-open
        while starts and starts[-1] >= end:
            starts.pop()
    if event.exdates:
        skip = frozenset(event.exdates)
        starts = [moment for moment in starts if moment.date() not in skip]
    # built in C (tuple.__new__ over zip): this loop is the cost on top of rrule itself
    ends = [moment + length for moment in starts]
    return list(map(tuple.__new__, repeat(Occurrence), zip(starts, ends, strict=True)))


_PERIOD_DAYS = {DAILY: 1, WEEKLY: 7}


class _RuleParts(Protocol):
    """The parsed parts rrule keeps in private attributes (no public accessors; not in stubs)."""

    _freq: int
    _interval: int
    _count: int | None
    _until: datetime | None
    _dtstart: datetime
    _original_rule: dict[str, Any]


def _parts(rule: rrule) -> _RuleParts:
    return cast(_RuleParts, rule)


def _is_simple(rule: rrule) -> bool:
    """A daily or weekly rule with no BY* parts: every n-th day or week at dtstart's time."""
    parts = _parts(rule)
    return parts._freq in _PERIOD_DAYS and not any(parts._original_rule.values())


def _simple_starts(rule: rrule, start: datetime, end: datetime) -> list[datetime]:
    """Starts of a simple rule in [start, end) by arithmetic, jumping straight to ``start``.

    rrule walks every occurrence from dtstart, which for a series begun a year ago costs
    fifty steps per window; equal to rrule's own result (tests/timeline/test_recurrence.py).
    """
    parts = _parts(rule)
    first = parts._dtstart
    step = timedelta(days=_PERIOD_DAYS[parts._freq] * parts._interval)
    # index bounds from absolute time, one step wider on each side: a zone's offset moves by
    # hours, less than a step, so the exact aware comparisons below only trim the edges
    low = max(0, (start - first) // step - 1)
    stop = (end - first) // step + 2
    if parts._count is not None:
        stop = min(stop, parts._count)
    # wall-clock arithmetic on the local day keeps the local time across DST; combine() with
    # the zone-carrying clock is several times cheaper than datetime.replace(tzinfo=...)
    day = first.date()
    clock = time(first.hour, first.minute, first.second, first.microsecond, first.tzinfo)
    found = [combine(day + index * step, clock) for index in range(low, stop)]
    limit = end if parts._until is None else min(end, parts._until + _TICK)
    while found and found[-1] >= limit:
        found.pop()
    skip = 0
    while skip < len(found) and found[skip] < start:
        skip += 1
    return found[skip:]


def may_occur_in(event: Event, start: date, end: date) -> bool:
    """A cheap check, before expanding, whether ``event`` can have a date in [start, end)."""
    if event.rrule:
        first = event.start.date() if event.start is not None else event.due
        return first is not None and first < end + _DAY
    day = event.start.date() if event.start is not None else event.due
    if day is None:
        return False
    last = event.end.date() if event.end is not None else day
    # a day of slack on each side covers zone offsets between the event and the window
    return day < end + _DAY and last >= start - _DAY
