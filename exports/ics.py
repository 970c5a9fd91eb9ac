"""An RFC 5545 calendar (VCALENDAR) from plain calendar items, built with ``icalendar``.

The items are already decided (exports.ics_items: what each detail level leaves in, the UIDs,
the safe dates); this module only writes them: one VEVENT per item, a recurring series as one
VEVENT with its RRULE and EXDATEs, every zone a timed item uses as a VTIMEZONE generated from
zoneinfo, all-day items as VALUE=DATE with an exclusive DTEND. The caller writes the bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vRecur

from models.errors import InvalidInput

PRODID = "-//Workbench//Calendar export 1//EN"  # names the program, never the vault
_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class CalendarItem:
    """One VEVENT: a date (all-day, ``end`` exclusive) or an aware time in zone ``tz``."""

    uid: str
    summary: str
    start: date | datetime  # a date (not a datetime): all-day
    end: date | datetime | None = None  # None: a moment (or one day, when all-day)
    tz: str = "UTC"  # the IANA zone of a timed item (a series repeats at its wall time)
    rrule: str | None = None  # RFC 5545 RRULE body, UNTIL already in the form start needs
    exdates: tuple[date, ...] = ()  # skipped occurrences, by local date
    cancelled: bool = False
    sequence: int = 0  # rises with every stored change: clients replace older copies
    location: str | None = None
    description: str | None = None
    busy: bool = True  # a timed commitment blocks time; a date to meet does not

    @property
    def all_day(self) -> bool:
        """True for a date (VALUE=DATE) item."""
        return not isinstance(self.start, datetime)


def build_calendar(items: Sequence[CalendarItem], *, stamp: datetime) -> bytes:
    """The VCALENDAR of ``items`` (DTSTAMP ``stamp``), with a VTIMEZONE for every zone used."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    moment = stamp.astimezone(UTC).replace(microsecond=0)
    for item in items:
        calendar.add_component(vevent(item, moment))
    if items:
        first, last = _years(items)
        calendar.add_missing_timezones(first_date=first, last_date=last)
    return bytes(calendar.to_ical())


def vevent(item: CalendarItem, stamp: datetime) -> Event:
    """One item as a VEVENT."""
    event = Event()
    event.add("uid", item.uid)
    event.add("dtstamp", stamp)
    event.add("sequence", item.sequence)
    event.add("summary", item.summary)
    event.add("dtstart", _moment(item.start, item.tz))
    end = _end(item)
    if end is not None:
        event.add("dtend", _moment(end, item.tz))
    if item.rrule:
        event.add("rrule", vRecur.from_ical(item.rrule))
        if item.exdates:
            event.add("exdate", [_exdate(item, day) for day in sorted(item.exdates)])
    event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
    event.add("transp", "OPAQUE" if item.busy else "TRANSPARENT")
    event.add("class", "PRIVATE")  # a shared calendar shows "busy", not the summary
    if item.location:
        event.add("location", item.location)
    if item.description:
        event.add("description", item.description)
    return event


def _moment(value: date | datetime, tz: str) -> date | datetime:
    """A date as is; a datetime in its item's zone (UTC is written with Z, no VTIMEZONE)."""
    if not isinstance(value, datetime):
        return value
    if value.tzinfo is None:
        raise InvalidInput("A calendar item's time has no zone.", field="start")
    return value.astimezone(UTC) if tz == "UTC" else value.astimezone(ZoneInfo(tz))


def _end(item: CalendarItem) -> date | datetime | None:
    """DTEND: exclusive next day for a one-day all-day item; none for a moment."""
    if item.all_day:
        assert isinstance(item.start, date)
        end = item.end if item.end is not None else item.start + _DAY
        return end if end > item.start else item.start + _DAY
    if item.end is None or item.end <= item.start:
        return None  # RFC 5545 3.6.1: no DTEND means the event ends when it starts
    return item.end


def _exdate(item: CalendarItem, day: date) -> date | datetime:
    """An EXDATE of the same type as DTSTART: a date, or that day at the series' wall time."""
    if item.all_day:
        return day
    assert isinstance(item.start, datetime)
    zone = ZoneInfo(item.tz)
    local = item.start.astimezone(zone)
    return _moment(datetime.combine(day, time(local.hour, local.minute, local.second),
                                    tzinfo=zone), item.tz)


def _years(items: Sequence[CalendarItem]) -> tuple[date, date]:
    """The span the VTIMEZONEs must cover: a year before the first start to 30 years on
    (a series may run on; transitions are written for the whole span)."""
    starts = [i.start.date() if isinstance(i.start, datetime) else i.start for i in items]
    first = min(starts)
    return date(first.year - 1, 1, 1), date(max(starts).year + 30, 1, 1)
