"""Court holiday calendars built from rules in data files, for any year, cached per year."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
from models.i18n import fill, translate

_DATA = Path(__file__).parent / "data" / "calendars"
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
OBSERVANCES = ("fri_mon", "mon", "none")


@dataclass(frozen=True, slots=True)
class HolidaySpec:
    """One holiday rule: a fixed date, or the nth weekday of a month (nth=-1: last)."""

    name: str
    month: int
    day: int | None = None
    weekday: int | None = None
    nth: int | None = None
    offset_days: int = 0
    since: int | None = None
    until: int | None = None
    closed: bool = True

    def actual(self, year: int) -> date | None:
        """The statutory (unshifted) date in ``year``, or None when not in force that year."""
        if (self.since and year < self.since) or (self.until and year > self.until):
            return None
        if self.day is not None:
            return date(year, self.month, self.day)
        assert self.weekday is not None and self.nth is not None
        if self.nth > 0:
            first = date(year, self.month, 1)
            d = first + timedelta(days=(self.weekday - first.weekday()) % 7 + 7 * (self.nth - 1))
        else:
            nxt = date(year + (self.month == 12), self.month % 12 + 1, 1)
            last = nxt - timedelta(days=1)
            d = last - timedelta(days=(last.weekday() - self.weekday) % 7)
        return d + timedelta(days=self.offset_days)


@dataclass(frozen=True, slots=True)
class CalendarSpec:
    """A court's holiday calendar as loaded from data, with its sources."""

    id: str
    name: str
    observe: str
    ambiguous_friday: bool
    holidays: tuple[HolidaySpec, ...]
    sources: tuple[str, ...]
    last_verified: str
    notes: str = ""
    open_holiday_note: str = ""  # what a declared holiday with offices open (closed=false) is


def _holiday(raw: dict[str, Any]) -> HolidaySpec:
    fields = set(HolidaySpec.__slots__)
    unknown = set(raw) - fields
    if unknown:
        raise InvalidInput(fill(translate("Calendars",
                "Unknown holiday field(s) %1 in calendar data."),
                sorted(unknown)))
    return HolidaySpec(**raw)


@cache
def _raw_calendars() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(_DATA.glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        out[raw["id"]] = raw
    return out


@cache
def calendar_spec(cal_id: str) -> CalendarSpec:
    """The calendar ``cal_id`` (e.g. "US-FED", "CA-JUD", "NY-GCL24", "TX")."""
    raws = _raw_calendars()
    if cal_id not in raws:
        raise InvalidInput(fill(translate("Calendars",
                "Unknown holiday calendar %1; known: %2."),
                repr(cal_id), ', '.join(sorted(raws))))
    raw = raws[cal_id]
    if raw["observe"] not in OBSERVANCES:
        raise InvalidInput(fill(translate("Calendars",
                "Calendar %1: observe must be one of %2."),
                cal_id, OBSERVANCES))
    holidays = tuple(_holiday(h) for h in raw["holidays"])
    if raw.get("base"):
        excluded = set(raw.get("exclude", ()))
        base = calendar_spec(raw["base"]).holidays
        holidays = tuple(h for h in base if h.name not in excluded) + holidays
    return CalendarSpec(
        id=cal_id,
        name=raw["name"],
        observe=raw["observe"],
        ambiguous_friday=bool(raw.get("ambiguous_friday")),
        holidays=holidays,
        sources=tuple(raw["sources"]),
        last_verified=raw["last_verified"],
        notes=raw.get("notes", ""),
        open_holiday_note=raw.get("open_holiday_note", ""),
    )


def calendar_ids() -> tuple[str, ...]:
    """Every calendar shipped as data."""
    return tuple(sorted(_raw_calendars()))


def _observed(actual: date, observe: str) -> date:
    wd = actual.weekday()
    if wd == 5 and observe == "fri_mon":
        return actual - timedelta(days=1)
    if wd == 6 and observe in ("fri_mon", "mon"):
        return actual + timedelta(days=1)
    return actual


@lru_cache(maxsize=512)
def year_holidays(cal_id: str, year: int) -> dict[date, str]:
    """Closed weekday-or-weekend holiday dates in calendar year ``year``, by observed date.

    Built from holiday-years year-1..year+1 so that e.g. New Year's Day 2028 (a Saturday)
    appears as Fri 2027-12-31 in 2027 (deadline-rules.md s.4.2).
    """
    return _year(cal_id, year, closed=True)


@lru_cache(maxsize=512)
def declared_open_days(cal_id: str, year: int) -> dict[date, str]:
    """Holidays the state declared but on which its offices stay open (closed=false), in ``year``.

    Texas's skeleton-crew state holidays (Gov. Code 662.003(b), 662.004): a "day declared a
    holiday by the state" for FRCP 6(a)(6)(C) and a legal holiday under Gov. Code 662.021, yet
    state offices and most courts are open. The engine gives both readings (s.4.4).
    """
    spec = calendar_spec(cal_id)
    note = f" ({spec.open_holiday_note})" if spec.open_holiday_note else ""
    return {day: f"{name}{note}" for day, name in _year(cal_id, year, closed=False).items()}


def _year(cal_id: str, year: int, *, closed: bool) -> dict[date, str]:
    spec = calendar_spec(cal_id)
    out: dict[date, str] = {}
    for hy in (year - 1, year, year + 1):
        for h in spec.holidays:
            actual = h.actual(hy) if h.closed == closed else None
            if actual is None:
                continue
            obs = _observed(actual, spec.observe)
            if obs.year != year:
                continue
            name = h.name if obs == actual else f"{h.name} (observed)"
            out.setdefault(obs, name)
    return out


@lru_cache(maxsize=512)
def observed_fridays(cal_id: str, year: int) -> frozenset[date]:
    """Fridays observed for a Saturday holiday whose holiday status is ambiguous (s.4.1)."""
    spec = calendar_spec(cal_id)
    if not spec.ambiguous_friday:
        return frozenset()
    return frozenset(
        d for d, name in year_holidays(cal_id, year).items() if d.weekday() == 4 and "(observed)" in name
    )


def holiday_name(cal_id: str, day: date) -> str | None:
    """The holiday observed on ``day`` on that calendar, or None."""
    return year_holidays(cal_id, day.year).get(day)


def fmt(day: date) -> str:
    """ISO date with its weekday, as used in every explanation: 2026-12-25 (Fri)."""
    return f"{day.isoformat()} ({WEEKDAYS[day.weekday()]})"


@lru_cache(maxsize=1024)
def merged_year(cal_ids: tuple[str, ...], year: int) -> tuple[dict[date, str], frozenset[date]]:
    """Holidays of several calendars in one year, and the Fridays that are ambiguous in all of them."""
    days: dict[date, str] = {}
    for cal in cal_ids:
        for day, name in year_holidays(cal, year).items():
            days.setdefault(day, name)
    fridays = set().union(*(observed_fridays(cal, year) for cal in cal_ids))
    firm = {
        day for cal in cal_ids for day in year_holidays(cal, year) if day not in observed_fridays(cal, year)
    }
    return days, frozenset(fridays - firm)


@lru_cache(maxsize=1024)
def merged_declared(cal_ids: tuple[str, ...], year: int) -> dict[date, str]:
    """Declared-but-open holidays of several calendars in one year (see declared_open_days)."""
    days: dict[date, str] = {}
    for cal in cal_ids:
        for day, name in declared_open_days(cal, year).items():
            days.setdefault(day, name)
    return days
