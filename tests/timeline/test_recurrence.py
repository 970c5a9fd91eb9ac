"""Recurrence expansion: wall time across DST, exceptions, all-day, and agreement with rrule."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import DAILY, WEEKLY, rrule
from hypothesis import given, settings
from hypothesis import strategies as st

from models.errors import InvalidInput
from models.records import Category, Event, EventKind
from timeline.recurrence import may_occur_in, occurrences

NY = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")


def appt(start: datetime, end: datetime | None = None, **fields) -> Event:
    """A medical appointment event in the zone of ``start``."""
    tz = fields.pop("tz", str(start.tzinfo))
    return Event(id=1, case_id=1, kind=EventKind.MEDICAL_APPOINTMENT, title="Therapy",
                 category=Category.MENTAL_HEALTH, start=start, end=end, tz=tz, **fields)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_occurrences_keep_local_wall_time_across_dst() -> None:
    event = appt(datetime(2026, 3, 2, 9, 0, tzinfo=NY), datetime(2026, 3, 2, 10, 0, tzinfo=NY),
                 rrule="FREQ=WEEKLY;COUNT=3")
    found = occurrences(event, utc(2026, 1, 1), utc(2027, 1, 1))
    assert [o.start.hour for o in found] == [9, 9, 9]
    # EST (-5) before 8 March 2026, EDT (-4) after: the UTC hour moves, the wall time does not
    assert [o.start.astimezone(UTC).hour for o in found] == [14, 13, 13]
    assert all(o.end - o.start == timedelta(hours=1) for o in found)


def test_occurrences_keep_wall_time_across_autumn_change_in_berlin() -> None:
    event = appt(datetime(2026, 10, 19, 18, 30, tzinfo=BERLIN), rrule="FREQ=WEEKLY;COUNT=3")
    found = occurrences(event, utc(2026, 10, 1), utc(2026, 12, 1))
    assert [o.start.astimezone(UTC).hour for o in found] == [16, 17, 17]  # CEST ends 25 Oct 2026


def test_occurrences_skip_exdates_by_local_date() -> None:
    # 21:00 in New York is already the next day in UTC: the exception is the local date
    event = appt(datetime(2026, 5, 4, 21, 0, tzinfo=NY), rrule="FREQ=DAILY;COUNT=4",
                 exdates=(date(2026, 5, 5),))
    found = occurrences(event, utc(2026, 5, 1), utc(2026, 6, 1))
    assert [o.start.date() for o in found] == [date(2026, 5, 4), date(2026, 5, 6), date(2026, 5, 7)]


def test_occurrences_window_is_half_open() -> None:
    event = appt(datetime(2026, 6, 1, 9, 0, tzinfo=UTC), rrule="FREQ=DAILY;COUNT=10", tz="UTC")
    found = occurrences(event, utc(2026, 6, 2, 9), utc(2026, 6, 4, 9))
    assert [o.start.day for o in found] == [2, 3]


@pytest.mark.parametrize(("until", "expected"), [
    ("20260615", 3),  # a floating date includes that local day
    ("20260615T085959", 2),  # a floating time is local wall time
    ("20260615T130000Z", 3),  # UTC as RFC 5545 prefers (09:00 EDT = 13:00Z)
])
def test_occurrences_accept_until_forms(until: str, expected: int) -> None:
    event = appt(datetime(2026, 6, 1, 9, 0, tzinfo=NY), rrule=f"FREQ=WEEKLY;UNTIL={until}")
    assert len(occurrences(event, utc(2026, 1, 1), utc(2027, 1, 1))) == expected


def test_occurrences_all_day_series_span_whole_local_days() -> None:
    event = Event(id=2, case_id=1, kind=EventKind.SERVICE_APPOINTMENT, title="Food bank",
                  category=Category.HOUSING_BENEFITS, start=datetime(2026, 3, 7, tzinfo=NY),
                  all_day=True, tz="America/New_York", rrule="FREQ=WEEKLY;COUNT=2")
    found = occurrences(event, utc(2026, 3, 1), utc(2026, 4, 1))
    assert [(o.start.date(), o.end.date()) for o in found] == [
        (date(2026, 3, 7), date(2026, 3, 8)), (date(2026, 3, 14), date(2026, 3, 15))]
    # the day of the change to summer time has 23 hours
    assert found[0].end - found[0].start == timedelta(days=1)
    assert found[0].end.astimezone(UTC) - found[0].start.astimezone(UTC) == timedelta(hours=24)


def test_occurrences_of_deadline_is_its_due_day() -> None:
    event = Event(id=3, case_id=1, kind=EventKind.LEGAL_DEADLINE, title="Appeal due",
                  category=Category.IMMIGRATION, due=date(2026, 12, 28), tz="America/New_York")
    (only,) = occurrences(event, utc(2026, 12, 1), utc(2027, 1, 1))
    assert only.start == datetime(2026, 12, 28, tzinfo=NY)
    assert occurrences(event, utc(2027, 1, 1), utc(2027, 2, 1)) == []


def test_occurrences_reject_bad_rule_with_typed_error() -> None:
    event = appt(datetime(2026, 6, 1, 9, 0, tzinfo=NY), rrule="FREQ=SOMETIMES")
    with pytest.raises(InvalidInput):
        occurrences(event, utc(2026, 1, 1), utc(2027, 1, 1))


def test_may_occur_in_prefilters_by_date() -> None:
    one_off = appt(datetime(2026, 6, 1, 9, 0, tzinfo=NY))
    series = appt(datetime(2025, 1, 6, 9, 0, tzinfo=NY), rrule="FREQ=WEEKLY")
    assert may_occur_in(one_off, date(2026, 5, 30), date(2026, 6, 5))
    assert not may_occur_in(one_off, date(2026, 7, 1), date(2026, 7, 15))
    assert may_occur_in(series, date(2026, 7, 1), date(2026, 7, 15))
    assert not may_occur_in(series, date(2024, 7, 1), date(2024, 7, 15))


@settings(max_examples=60, deadline=None)
@given(
    freq=st.sampled_from([DAILY, WEEKLY]),
    interval=st.integers(1, 3),
    count=st.integers(1, 40),
    first=st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31)),
    zone_name=st.sampled_from(["America/New_York", "Europe/Berlin", "Australia/Sydney", "UTC"]),
    offset_days=st.integers(-30, 200),
    width_days=st.integers(1, 300),
)
def test_occurrences_match_rrule_alone(freq: int, interval: int, count: int, first: datetime,
                                       zone_name: str, offset_days: int, width_days: int) -> None:
    tz = ZoneInfo(zone_name)
    dtstart = first.replace(second=0, microsecond=0, tzinfo=tz)
    body = f"FREQ={'DAILY' if freq == DAILY else 'WEEKLY'};INTERVAL={interval};COUNT={count}"
    event = appt(dtstart, dtstart + timedelta(minutes=50), rrule=body, tz=zone_name)
    start = (dtstart + timedelta(days=offset_days)).astimezone(UTC)
    end = start + timedelta(days=width_days)
    expected = [m for m in rrule(freq, interval=interval, count=count, dtstart=dtstart)
                if start <= m < end]
    assert [o.start for o in occurrences(event, start, end)] == expected


@settings(max_examples=80, deadline=None)
@given(
    body=st.sampled_from([
        "FREQ=WEEKLY", "FREQ=DAILY;INTERVAL=3", "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270301T000000Z",
        "FREQ=WEEKLY;BYDAY=MO,TH", "FREQ=DAILY;COUNT=500", "FREQ=WEEKLY;INTERVAL=2;WKST=SU",
        "FREQ=MONTHLY;BYMONTHDAY=31",
    ]),
    first=st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2027, 12, 31)),
    zone_name=st.sampled_from(["America/New_York", "Europe/Berlin", "Australia/Lord_Howe"]),
    offset_days=st.integers(-30, 900),
    width_days=st.integers(1, 120),
)
def test_occurrences_fast_path_matches_rrulestr(body: str, first: datetime, zone_name: str,
                                                 offset_days: int, width_days: int) -> None:
    from dateutil.rrule import rrulestr
    dtstart = first.replace(microsecond=0, tzinfo=ZoneInfo(zone_name))
    event = appt(dtstart, rrule=body, tz=zone_name)
    start = (dtstart + timedelta(days=offset_days, hours=offset_days % 24)).astimezone(UTC)
    end = start + timedelta(days=width_days)
    expected = [m for m in rrulestr(body, dtstart=dtstart).between(start, end, inc=True) if m < end]
    assert [o.start for o in occurrences(event, start, end)] == expected
