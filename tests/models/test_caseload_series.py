"""The caseload's next occurrence of a series: the shortcut (a daily or weekly rule started
close to today) agrees with stepping the rule from its own start, for every rule shape."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from models import records as r
from models.store_caseload import next_occurrence
from models.store_fields import parse_rrule

ZONES = ["America/New_York", "America/Los_Angeles", "Europe/Madrid", "UTC"]
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def _slow(event: r.Event, today: date) -> date | None:
    local = event.start.astimezone(ZoneInfo(event.tz)).replace(tzinfo=None)
    rule = parse_rrule(event.rrule, local, event.tz)
    since = datetime.combine(today, time())
    if rule._dtstart.tzinfo is not None:
        since = since.replace(tzinfo=ZoneInfo(event.tz))
    for n, when in enumerate(rule.xafter(since, inc=True)):
        if n >= 1000:
            return None
        if when.date() not in set(event.exdates):
            return when.date()
    return None


@st.composite
def series(draw):
    freq = draw(st.sampled_from(["DAILY", "WEEKLY", "MONTHLY"]))
    parts = [f"FREQ={freq}", f"INTERVAL={draw(st.integers(1, 4))}"]
    if freq != "MONTHLY" and draw(st.booleans()):
        days = draw(st.lists(st.sampled_from(DAYS), min_size=1, max_size=3, unique=True))
        parts.append("BYDAY=" + ",".join(days))
    end = draw(st.sampled_from(["none", "count", "until_local", "until_utc"]))
    start_day = draw(st.dates(date(2019, 1, 1), date(2026, 11, 30)))
    if end == "count":
        parts.append(f"COUNT={draw(st.integers(1, 400))}")
    elif end != "none":
        until = start_day + timedelta(days=draw(st.integers(0, 3000)))
        parts.append("UNTIL=" + until.strftime("%Y%m%dT235959") + ("Z" if end == "until_utc" else ""))
    tz = draw(st.sampled_from(ZONES))
    clock = time(draw(st.integers(0, 23)), draw(st.sampled_from([0, 30])))
    start = datetime.combine(start_day, clock, ZoneInfo(tz)).astimezone(UTC)
    today = draw(st.dates(start_day - timedelta(days=30), date(2027, 6, 1)))
    skipped = tuple(today + timedelta(days=d) for d in draw(st.lists(st.integers(0, 20), max_size=4)))
    event = r.Event(id=1, case_id=1, kind=r.EventKind.SERVICE_APPOINTMENT, title="s",
                    category=r.Category.IDENTITY, start=start, tz=tz, rrule=";".join(parts),
                    exdates=skipped)
    return event, today


@settings(max_examples=400, deadline=None)
@given(series())
def test_caseload_next_occurrence_matches_stepping_the_rule_from_its_start(case):
    event, today = case
    assert next_occurrence(event, today) == _slow(event, today), event.rrule
