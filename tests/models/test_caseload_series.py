"""The caseload's next occurrence of a series: the shortcut (a daily or weekly rule started
close to today) agrees with stepping the rule from its own start, for every rule shape; and
so does the arithmetic progression written with the event (``series_first/step/last``),
both as Python and as the SQL the caseload runs (SQLite here; both backends in
test_caseload_sql.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, delete, insert, select
from sqlalchemy.engine import Engine

from models import records as r
from models.rows import EventRow
from models.store_caseload import next_occurrence, progression, progression_next, series_next_sql
from models.store_fields import parse_rrule

ZONES = ["America/New_York", "America/Los_Angeles", "Europe/Madrid", "UTC", "Australia/Lord_Howe",
         "Pacific/Apia"]
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
def series(draw, exdates=True):
    freq = draw(st.sampled_from(["DAILY", "WEEKLY", "MONTHLY"]))
    parts = [f"FREQ={freq}", f"INTERVAL={draw(st.integers(1, 4))}"]
    if freq != "MONTHLY" and draw(st.booleans()):
        days = draw(st.lists(st.sampled_from(DAYS), min_size=1, max_size=3, unique=True))
        parts.append("BYDAY=" + ",".join(days))
    end = draw(st.sampled_from(["none", "count", "until_local", "until_utc", "both"]))
    start_day = draw(st.dates(date(2019, 1, 1), date(2026, 11, 30)))
    if end in ("count", "both"):
        parts.append(f"COUNT={draw(st.integers(1, 400))}")
    if end in ("until_local", "until_utc", "both"):
        until = start_day + timedelta(days=draw(st.integers(-3, 3000)))
        clock = draw(st.sampled_from(["235959", "000000", "120000", "013000"]))
        parts.append("UNTIL=" + until.strftime(f"%Y%m%dT{clock}") + ("Z" if end == "until_utc" else ""))
    if draw(st.booleans()):
        parts.append("WKST=" + draw(st.sampled_from(DAYS)))
    tz = draw(st.sampled_from(ZONES))
    clock = time(draw(st.integers(0, 23)), draw(st.sampled_from([0, 30])))
    start = datetime.combine(start_day, clock, ZoneInfo(tz)).astimezone(UTC)
    today = draw(st.dates(start_day - timedelta(days=30), date(2027, 6, 1)))
    offsets = draw(st.lists(st.integers(0, 20), max_size=4)) if exdates else []
    skipped = tuple(today + timedelta(days=d) for d in offsets)
    body = ";".join(draw(st.permutations(parts)))
    event = r.Event(id=1, case_id=1, kind=r.EventKind.SERVICE_APPOINTMENT, title="s",
                    category=r.Category.IDENTITY, start=start, tz=tz, rrule=body,
                    exdates=skipped)
    return event, today


@settings(max_examples=400, deadline=None)
@given(series())
def test_caseload_next_occurrence_matches_stepping_the_rule_from_its_start(case):
    event, today = case
    assert next_occurrence(event, today) == _slow(event, today), event.rrule


def _progression(event: r.Event):
    return progression(event.rrule, event.start, event.due, event.tz, event.exdates)


@settings(max_examples=3000, deadline=None)
@given(series(exdates=False))
def test_a_series_progression_gives_the_next_occurrence_of_its_rule(case):
    event, today = case
    found = _progression(event)
    if found is None:
        return
    first, step, last = found
    assert step >= 1 and (last is None or last >= first)
    expected = _slow(event, today)
    assert next_occurrence(event, today) == expected, event.rrule
    assert progression_next(found, today) == expected, (event.rrule, event.start, event.tz, today)
    # every term is an occurrence: the first, and the last when bounded
    at = date.fromordinal(first)
    assert _slow(event, at) == at
    if last is not None:
        assert _slow(event, date.fromordinal(last)) == date.fromordinal(last)
        assert _slow(event, date.fromordinal(last + 1)) is None


@settings(max_examples=300, deadline=None)
@given(series(exdates=False), st.booleans())
def test_a_deadline_series_progression_from_its_due_day(case, before):
    event, today = case
    due = event.start.date()
    deadline = r.Event(id=1, case_id=1, kind=r.EventKind.LEGAL_DEADLINE, title="d",
                       category=r.Category.IDENTITY, due=due, tz=event.tz, rrule=event.rrule)
    found = _progression(deadline)
    if found is not None:
        assert progression_next(found, today) == next_occurrence(deadline, today), event.rrule


def test_which_rules_have_a_progression():
    start = datetime(2026, 3, 2, 9, 0, tzinfo=ZoneInfo("America/New_York"))  # a Monday
    def of(body, exdates=()):
        return progression(body, start, None, "America/New_York", exdates)
    monday = start.date().toordinal()
    assert of("FREQ=WEEKLY;COUNT=30") == (monday, 7, monday + 29 * 7)
    assert of("FREQ=DAILY;INTERVAL=3") == (monday, 3, None)
    assert of("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE") == (monday + 2, 14, None)
    assert of("FREQ=WEEKLY;BYDAY=MO,WE") is None
    assert of("FREQ=MONTHLY") is None
    assert of("FREQ=WEEKLY", exdates=(date(2026, 3, 9),)) is None
    assert of("FREQ=DAILY;UNTIL=20260301T000000") is None  # no occurrence at all
    assert of(None) is None


# --- the SQL the caseload runs, on SQLite, against the Python ---------------------------------

@pytest.fixture(scope="module")
def engine() -> Engine:
    made = create_engine("sqlite://")
    EventRow.__table__.create(made)  # alone: SQLite does not check its foreign keys here
    return made


@settings(max_examples=1500, deadline=None)
@given(case=series(exdates=False))
def test_the_sql_next_occurrence_equals_the_python_one(engine, case):
    event, today = case
    found = _progression(event)
    if found is None:
        return
    with engine.begin() as conn:
        conn.execute(delete(EventRow))
        conn.execute(insert(EventRow), {
            "id": 1, "case_id": 1, "kind": "court_hearing", "title": "s", "category": "identity",
            "first_date": "2020-01-01", "rrule": event.rrule, "series_first": found[0],
            "series_step": found[1], "series_last": found[2]})
        ordinal = conn.scalar(select(series_next_sql(today)))
    got = None if ordinal is None else date.fromordinal(ordinal)
    assert got == next_occurrence(event, today) == _slow(event, today), event.rrule
