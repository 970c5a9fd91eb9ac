"""Clinical windows never roll (s.4.11): the warning when a window holds a holiday or closure."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from models.records import Owner
from timeline.calendars import fmt
from timeline.counting import Closed
from timeline.deadline_readings import Context, DeadlineResult, as_day

_ONE = timedelta(days=1)


def window_warnings(ctx: Context, trigger: date | datetime,
                    results: tuple[DeadlineResult, ...]) -> list[tuple[DeadlineResult, str]]:
    """Clinical windows never roll (s.4.11): warn when a window holds a holiday or closure.

    Hard limits span trigger..limit; a window_start/window_end pair spans its own days; a
    lone target warns when its day is closed (weekends included: clinics are often shut).
    """
    cals, closures = ctx.fwd.calendars, ctx.fwd.closures
    holidays = Closed(cals, closures, weekends=False)
    days: dict[date, str] = {}
    first = as_day(trigger, ctx.tz)
    opened: date | None = None
    for res in results:
        day = as_day(res.date, ctx.tz)
        if res.hard and res.kind == "window_end":
            _scan(holidays, first, day, days)
        elif res.kind == "window_start":
            opened = day
        elif res.kind == "window_end" and opened is not None:
            _scan(holidays, opened, day, days)
            opened = None
        else:
            why = Closed(cals, closures).why(day)
            if why is not None:
                days[day] = f"{why} ({res.label})"
    if not days:
        return []
    items = [f"{fmt(d)} {why}" for d, why in sorted(days.items())]
    shown = ", ".join(items[:6]) + (f" and {len(items) - 6} more" if len(items) > 6 else "")
    text = f"closed day(s) inside the follow-up window: {shown} — clinics and pharmacies may be closed"
    first_closed = min(days)
    res = DeadlineResult("Closure inside the window", first_closed, first_closed, "warning",
                         Owner.CLINIC, None, (text,), False)
    return [(res, text)]


def _scan(closed: Closed, first: date, last: date, out: dict[date, str]) -> None:
    day = first
    while day <= last:
        why = closed.why(day)
        if why is not None:
            out.setdefault(day, why)
        day += _ONE
