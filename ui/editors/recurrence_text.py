"""A repeat pattern as an RFC 5545 RRULE body and as a sentence a person reads (no Qt).

The sentence's end date is the engine's own expansion (``timeline.recurrence.parse_rule``), so
what the form says ("8 times, until Thu 28 Jan 2027") is what the timeline will show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from timeline.recurrence import parse_rule
from ui import i18n

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # date.weekday() order
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
UNITS = {"DAILY": ("day", "days"), "WEEKLY": ("week", "weeks"), "MONTHLY": ("month", "months")}
NEVER, UNTIL, COUNT = "never", "until", "count"


@dataclass(frozen=True)
class Pattern:
    """What the repeat rows say: how often, on which weekdays, and when it ends."""

    freq: str  # "" (does not repeat), DAILY, WEEKLY or MONTHLY
    interval: int = 1
    weekdays: tuple[int, ...] = ()  # 0 = Monday; WEEKLY only
    ends: str = NEVER
    until: date | None = None
    count: int | None = None


def build_rrule(pattern: Pattern, start: date | None) -> str | None:
    """The RRULE body (None for a one-off). A weekly rule on the first day's weekday alone
    leaves BYDAY out (RFC 5545: the weekday of DTSTART), as rules stored before did."""
    if not pattern.freq:
        return None
    parts = [f"FREQ={pattern.freq}", f"INTERVAL={pattern.interval}"]
    days = sorted(set(pattern.weekdays))
    if pattern.freq == "WEEKLY" and days and not (start and days == [start.weekday()]):
        parts.append("BYDAY=" + ",".join(WEEKDAYS[d] for d in days))
    if pattern.ends == COUNT and pattern.count:
        parts.append(f"COUNT={pattern.count}")
    elif pattern.ends == UNTIL and pattern.until:
        # UNTIL must be UTC when DTSTART has a zone (RFC 5545 §3.3.10); end of that day
        parts.append(f"UNTIL={pattern.until:%Y%m%d}T235959Z")
    return ";".join(parts)


def parse_pattern(rule: str | None, start: date | None) -> Pattern:
    """The rows' values for a stored RRULE body (a one-off for None)."""
    if not rule:
        return Pattern("")
    parts = dict(p.split("=", 1) for p in rule.upper().split(";") if "=" in p)
    days = tuple(WEEKDAYS.index(d[-2:]) for d in parts.get("BYDAY", "").split(",")
                 if d[-2:] in WEEKDAYS)
    if not days and parts.get("FREQ") == "WEEKLY" and start is not None:
        days = (start.weekday(),)
    until = parts.get("UNTIL", "")[:8]
    count = int(parts["COUNT"]) if parts.get("COUNT", "").isdigit() else None
    return Pattern(
        freq=parts.get("FREQ", "") if parts.get("FREQ") in UNITS else "",
        interval=int(parts.get("INTERVAL", "1") or 1), weekdays=days,
        ends=COUNT if count else (UNTIL if until else NEVER),
        until=date(int(until[:4]), int(until[4:6]), int(until[6:8])) if len(until) == 8 else None,
        count=count)


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def day_text(day: date) -> str:
    """A day as a calendar shows it: "Tue 26 Jan 2027" (ui.i18n.day_text)."""
    return i18n.day_text(day)


def _how_often(pattern: Pattern, start: date) -> str:
    one, many = UNITS[pattern.freq]
    every = f"Every {one}" if pattern.interval == 1 else f"Every {pattern.interval} {many}"
    if pattern.freq == "WEEKLY":
        names = [DAY_NAMES[d] for d in sorted(set(pattern.weekdays or (start.weekday(),)))]
        if pattern.interval == 1:
            return "Every day of the week" if len(names) == 7 else "Every " + _join(names)
        return f"{every} on {_join(names)}"
    if pattern.freq == "MONTHLY":
        return f"{every} on the {_ordinal(start.day)}"
    return every


def occurrence_days(pattern: Pattern, first: datetime, limit: int = 501) -> list[date]:
    """The local days of the first ``limit`` occurrences, as the engine expands them."""
    body = build_rrule(pattern, first.date())
    if body is None:
        return [first.date()]
    rule = parse_rule(body, first)
    days: list[date] = []
    for moment in rule:
        days.append(moment.date())
        if len(days) >= limit:
            break
    return days


def summary(pattern: Pattern, first: datetime | None, skipped: tuple[date, ...] = ()) -> str:
    """The pattern in a sentence: "Every Tuesday and Thursday, 8 times, until Thu 28 Jan 2027".

    ``first`` is the aware start of the first appointment (None: not a valid date yet).
    """
    if not pattern.freq:
        return "Does not repeat."
    if first is None:
        return "Enter a valid first date and start time to see when it repeats."
    text = _how_often(pattern, first.date())
    if pattern.ends == NEVER:
        days = occurrence_days(pattern, first, limit=1)
        return f"{text}, from {day_text(days[0])}, with no end date." if days else text + "."
    days = occurrence_days(pattern, first)
    skip = set(skipped)
    kept = [d for d in days if d not in skip]
    if not kept:
        return f"{text}: no date falls in this range — check the end."
    if pattern.ends == COUNT:
        times = f"{pattern.count} times" if pattern.count != 1 else "once"
        text = f"{text}, {times}, until {day_text(days[-1])}"
    else:
        text = f"{text}, until {day_text(kept[-1])} ({len(kept)} times)"
    extra = f"; first {day_text(kept[0])}"
    if skip & set(days):
        extra += f"; {len(skip & set(days))} skipped"
    return text + extra + "."
