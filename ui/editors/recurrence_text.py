"""A repeat pattern as an RFC 5545 RRULE body and as a sentence a person reads (in the UI's
language: each shape of sentence is one translatable template, context "Recurrence").

The sentence's end date is the engine's own expansion (``timeline.recurrence.parse_rule``), so
what the form says ("8 times, until Thu 28 Jan 2027") is what the timeline will show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from timeline.recurrence import parse_rule
from ui import i18n

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # date.weekday() order
#: the unit after the interval box, singular and plural ("every [2] weeks")
UNITS = {"DAILY": (QT_TRANSLATE_NOOP("Recurrence", "day"), QT_TRANSLATE_NOOP("Recurrence", "days")),
         "WEEKLY": (QT_TRANSLATE_NOOP("Recurrence", "week"),
                    QT_TRANSLATE_NOOP("Recurrence", "weeks")),
         "MONTHLY": (QT_TRANSLATE_NOOP("Recurrence", "month"),
                     QT_TRANSLATE_NOOP("Recurrence", "months"))}
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
    if len(names) == 1:
        return names[0]
    return i18n.translate("Recurrence", "%1 and %2").replace("%2", names[-1]).replace(
        "%1", ", ".join(names[:-1]))


def _ordinal(n: int) -> str:
    """A day of the month as the sentence says it ("31st"); each language's form."""
    if 10 <= n % 100 <= 20 or n % 10 not in (1, 2, 3):
        form = i18n.translate("Recurrence", "%1th", "day of the month: 4th, 11th, 12th")
    elif n % 10 == 1:
        form = i18n.translate("Recurrence", "%1st", "day of the month: 1st, 21st")
    elif n % 10 == 2:
        form = i18n.translate("Recurrence", "%1nd", "day of the month: 2nd, 22nd")
    else:
        form = i18n.translate("Recurrence", "%1rd", "day of the month: 3rd, 23rd")
    return form.replace("%1", str(n))


def day_name(weekday: int) -> str:
    """A weekday's full name in the UI's language (0 = Monday: "Monday", "lunes")."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def day_text(day: date) -> str:
    """A day as a calendar shows it: "Tue 26 Jan 2027" (ui.i18n.day_text)."""
    return i18n.day_text(day)


def _every(pattern: Pattern) -> str:
    """"Every week", "Every 2 weeks" (the unit of ``pattern``)."""
    one = pattern.interval == 1
    if pattern.freq == "DAILY":
        return i18n.translate("Recurrence", "Every day") if one else \
            i18n.translate("Recurrence", "Every %n day(s)", None, pattern.interval)
    if pattern.freq == "WEEKLY":
        return i18n.translate("Recurrence", "Every week") if one else \
            i18n.translate("Recurrence", "Every %n week(s)", None, pattern.interval)
    return i18n.translate("Recurrence", "Every month") if one else \
        i18n.translate("Recurrence", "Every %n month(s)", None, pattern.interval)


def _how_often(pattern: Pattern, start: date) -> str:
    every = _every(pattern)
    if pattern.freq == "WEEKLY":
        days = sorted(set(pattern.weekdays or (start.weekday(),)))
        names = _join([day_name(d) for d in days])
        if pattern.interval == 1:
            if len(days) == 7:
                return i18n.translate("Recurrence", "Every day of the week")
            return i18n.translate("Recurrence", "Every %1", "weekdays: Every Monday and "
                                  "Thursday").replace("%1", names)
        return i18n.translate("Recurrence", "%1 on %2", "Every 2 weeks on Monday").replace(
            "%2", names).replace("%1", every)
    if pattern.freq == "MONTHLY":
        return i18n.translate("Recurrence", "%1 on the %2", "Every month on the 31st").replace(
            "%2", _ordinal(start.day)).replace("%1", every)
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
    """The pattern in a sentence, in the UI's language: "Every Tuesday and Thursday, 8 times,
    until Thu 28 Jan 2027; first Tue 5 Jan 2027." Each shape of sentence is one template.

    ``first`` is the aware start of the first appointment (None: not a valid date yet).
    """
    if not pattern.freq:
        return i18n.translate("Recurrence", "Does not repeat.")
    if first is None:
        return i18n.translate("Recurrence",
                              "Enter a valid first date and start time to see when it repeats.")
    text = _how_often(pattern, first.date())
    if pattern.ends == NEVER:
        days = occurrence_days(pattern, first, limit=1)
        if not days:
            return text + "."
        return i18n.translate("Recurrence", "%1, from %2, with no end date.").replace(
            "%2", day_text(days[0])).replace("%1", text)
    days = occurrence_days(pattern, first)
    skip = set(skipped)
    kept = [d for d in days if d not in skip]
    if not kept:
        return i18n.translate("Recurrence", "%1: no date falls in this range — check the "
                              "end.").replace("%1", text)
    if pattern.ends == COUNT:
        times = i18n.translate("Recurrence", "%1, once, until %2") if pattern.count == 1 else \
            i18n.translate("Recurrence", "%1, %n time(s), until %2", None, pattern.count or 0)
        text = times.replace("%2", day_text(days[-1])).replace("%1", text)
    else:
        text = i18n.translate("Recurrence", "%1, until %2 (%n time(s))", None,
                              len(kept)).replace("%2", day_text(kept[-1])).replace("%1", text)
    text = i18n.translate("Recurrence", "%1; first %2").replace(
        "%2", day_text(kept[0])).replace("%1", text)
    if skip & set(days):
        text = i18n.translate("Recurrence", "%1; %n skipped", None,
                              len(skip & set(days))).replace("%1", text)
    return text + "."
