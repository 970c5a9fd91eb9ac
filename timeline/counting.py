"""Date arithmetic for deadlines: periods, court days, hours, rolls and service days, explained."""

from __future__ import annotations

import calendar as _cal
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from timeline.calendars import fmt, merged_declared, merged_year
from timeline.rules import ServiceMethod

UNIT_WORDS = {"CD": "calendar days", "BD": "court days", "H": "hours", "W": "weeks", "M": "months", "Y": "years"}
_ONE = timedelta(days=1)


class Closed:
    """Says whether a day is closed (Sat, Sun, a holiday of the calendars, an ad hoc closure).

    ``declared`` names calendars whose declared-but-open holidays (Texas skeleton-crew days)
    count as closed when ``declared_holiday`` is true; ``touched_declared`` records that one
    decided something, so the caller can offer the other reading (s.4.4).
    """

    __slots__ = ("cal_ids", "closures", "friday_holiday", "weekends", "touched_friday", "declared",
                 "declared_holiday", "touched_declared", "_year", "_days", "_fridays", "_declared")

    def __init__(
        self,
        cal_ids: tuple[str, ...],
        closures: Mapping[date, str],
        *,
        friday_holiday: bool = True,
        weekends: bool = True,
        declared: tuple[str, ...] = (),
        declared_holiday: bool = True,
    ) -> None:
        self.cal_ids = cal_ids
        self.closures = closures
        self.friday_holiday = friday_holiday  # s.4.1: is an observed Friday a legal holiday?
        self.weekends = weekends
        self.touched_friday = False  # set when an ambiguous observed Friday decided something
        self.declared = declared
        self.declared_holiday = declared_holiday  # s.4.4: is a skeleton-crew day a holiday?
        self.touched_declared = False
        self._year = 0
        self._days: dict[date, str] = {}
        self._fridays: frozenset[date] = frozenset()
        self._declared: dict[date, str] = {}

    def why(self, day: date) -> str | None:
        """The reason ``day`` is closed, or None when it is open."""
        wd = day.weekday()
        if wd >= 5 and self.weekends:
            return "Saturday" if wd == 5 else "Sunday"
        if day.year != self._year:
            self._year = day.year
            self._days, self._fridays = merged_year(self.cal_ids, day.year)
            self._declared = merged_declared(self.declared, day.year) if self.declared else {}
        name = self._days.get(day)
        if name is not None:
            if wd != 4 or day not in self._fridays:
                return name
            self.touched_friday = True
            if self.friday_holiday:
                return name
        if self._declared:
            name = self._declared.get(day)
            if name is not None:
                self.touched_declared = True
                if self.declared_holiday:
                    return name
        return self.closures.get(day) if self.closures else None


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months, clamped to the month's last day (Jan 31 + 1 = Feb 28/29)."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    return date(year, month, min(day.day, _cal.monthrange(year, month)[1]))


def shift(day: date, n: int, unit: str) -> date:
    """Calendar arithmetic for CD/W/M/Y units (n may be negative); no rolling."""
    if unit == "CD":
        return day + timedelta(days=n)
    if unit == "W":
        return day + timedelta(days=7 * n)
    if unit == "M":
        return add_months(day, n)
    if unit == "Y":
        return add_months(day, 12 * n)  # Feb 29 + 1 year -> Feb 28 (s.4.9)
    raise ValueError(unit)


def court_days(day: date, n: int, sign: int, closed: Closed) -> tuple[date, list[str]]:
    """Count ``n`` open days from ``day`` (excluded) in direction ``sign``, skipping closed days."""
    skipped: list[str] = []
    step = _ONE if sign > 0 else -_ONE
    left = n
    while left > 0:
        day += step
        why = closed.why(day)
        if why is None:
            left -= 1
        elif why not in ("Saturday", "Sunday"):
            skipped.append(f"{fmt(day)} {why}")
    return day, skipped


def roll(day: date, mode: str, closed: Closed, what: str) -> tuple[date, str]:
    """Apply RF/RB/NR to the last day ``day``; return the day and the step that explains it."""
    why = closed.why(day)
    if why is None:
        return day, f"{what} = {fmt(day)}, open"
    if mode == "NR":
        return day, f"{what} = {fmt(day)}, {why} → no roll (hard limit)"
    step = _ONE if mode == "RF" else -_ONE
    word = "next" if mode == "RF" else "previous"
    out = day + step
    passed: list[str] = []  # holidays and closures passed over (weekends go without saying)
    while (reason := closed.why(out)) is not None:
        if reason not in ("Saturday", "Sunday"):
            passed.append(f"{fmt(out)}, {reason}")
        out += step
    via = f" (passing {'; '.join(passed)})" if passed else ""
    return out, (f"{what} = {fmt(day)}, {why} → {word} day that is not Sat/Sun/holiday{via}"
                 f" → {fmt(out)}")


def period(start: date, n: int, unit: str, sign: int, closed: Closed) -> tuple[date, str]:
    """The raw last day of a period of ``n`` units from ``start`` (the start day excluded)."""
    arrow = "after" if sign > 0 else "before"
    if unit == "BD":
        end, skipped = court_days(start, n, sign, closed)
        extra = f", skipping {', '.join(skipped)}" if skipped else ""
        return end, f"{n} court days {arrow} {fmt(start)} (Sat/Sun/holidays skipped{extra}) = {fmt(end)}"
    end = shift(start, sign * n, unit)
    return end, f"{fmt(start)} is day 0; {n} {UNIT_WORDS[unit]} {arrow} = {fmt(end)}"


@dataclass(frozen=True, slots=True)
class Plan:
    """Everything one reading of one result needs."""

    unit: str
    n: int
    sign: int
    roll: str
    service: ServiceMethod | None = None


def what_label(plan: Plan) -> str:
    """How the last day is named in the explanation: "day 30", "6 months", ..."""
    if plan.unit in ("CD", "BD"):
        return f"day {plan.n}"
    return f"{plan.n} {UNIT_WORDS[plan.unit]}"


def count_date(start: date, plan: Plan, closed: Closed, steps: list[str]) -> date:
    """The last day of a date period with its service extension and roll, explained in ``steps``."""
    what = what_label(plan)
    if plan.n == 0:
        end, steps_text = start, f"the day itself: {fmt(start)}"
    else:
        end, steps_text = period(start, plan.n, plan.unit, plan.sign, closed)
    steps.append(steps_text)
    svc = plan.service
    if svc is None or svc.days == 0:
        if svc is not None and svc.note:
            steps.append(svc.note)
        end, text = roll(end, plan.roll, closed, what)
        steps.append(text)
        return end
    if svc.apply == "added_to_period":
        base = end
        if svc.unit == "BD":
            end, _ = court_days(end, svc.days, plan.sign, closed)
        else:
            end = end + timedelta(days=plan.sign * svc.days)
        steps.append(f"{svc.note}: {fmt(base)} → {fmt(end)}")
        end, text = roll(end, plan.roll, closed, f"{what} + {svc.days}")
        steps.append(text)
        return end
    end, text = roll(end, plan.roll, closed, what)  # FRCP 6(d): finish 6(a) first
    steps.append(text)
    later = end + timedelta(days=plan.sign * svc.days)
    steps.append(f"{svc.note}: +{svc.days} days after the period → {fmt(later)}")
    end, text = roll(later, plan.roll, closed, f"{what} + {svc.days}")
    steps.append(text)
    return end


def localize(when: date | datetime, tz: ZoneInfo, steps: list[str]) -> datetime:
    """An aware datetime in ``tz``; a bare date is taken as 00:00 (the earliest time, s.4.10)."""
    if not isinstance(when, datetime):
        steps.append(f"only a date is known: assume 00:00 on {fmt(when)} (earliest plausible time)")
        return datetime.combine(when, time(0), tzinfo=tz)
    if when.tzinfo is None:
        return when.replace(tzinfo=tz)
    return when.astimezone(tz)


def count_hours(start: datetime, plan: Plan, closed: Closed, steps: list[str]) -> datetime:
    """Elapsed hours in the zone of ``start`` (DST-correct); RF keeps the clock time (FRCP 6(a)(2))."""
    tz = start.tzinfo
    end = (start.astimezone(UTC) + timedelta(hours=plan.sign * plan.n)).astimezone(tz)
    arrow = "after" if plan.sign > 0 else "before"
    steps.append(f"{_stamp(start)}; {plan.n} elapsed hours {arrow} = {_stamp(end)}")
    if plan.roll == "NR":
        return end
    day, text = roll(end.date(), plan.roll, closed, f"hour {plan.n}")
    if day != end.date():
        end = datetime.combine(day, end.time(), tzinfo=tz)
        text += f", same clock time {_stamp(end)}"
    steps.append(text)
    return end


def _stamp(when: datetime) -> str:
    return f"{fmt(when.date())} {when.hour:02d}:{when.minute:02d} {when.tzname()}"


def stamp(when: date | datetime) -> str:
    """A date or datetime as shown in explanations."""
    return _stamp(when) if isinstance(when, datetime) else fmt(when)
