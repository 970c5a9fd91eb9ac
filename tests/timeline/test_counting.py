"""Date arithmetic: month ends, leap days, court days, rolls and elapsed hours across DST."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from timeline.counting import Closed, Plan, add_months, count_hours, court_days, roll, shift

D = date.fromisoformat
NY = ZoneInfo("America/New_York")


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [("2027-01-31", 1, "2027-02-28"), ("2028-01-31", 1, "2028-02-29"), ("2027-08-31", 6, "2028-02-29"),
     ("2027-03-31", -1, "2027-02-28"), ("2027-12-15", 1, "2028-01-15"), ("2027-05-31", -3, "2027-02-28")],
)
def test_counting_add_months_clamps_to_month_end(start: str, months: int, expected: str) -> None:
    assert add_months(D(start), months) == D(expected)


def test_counting_year_after_leap_day_is_feb_28() -> None:
    assert shift(D("2028-02-29"), 1, "Y") == D("2029-02-28")
    assert shift(D("2028-02-29"), 4, "Y") == D("2032-02-29")


def test_counting_court_days_skip_holidays_inside_the_period() -> None:
    closed = Closed(("US-FED",), {})
    end, skipped = court_days(D("2026-12-23"), 3, 1, closed)
    assert end == D("2026-12-29")
    assert skipped == ["2026-12-25 (Fri) Christmas Day"]


def test_counting_roll_forward_and_backward_explained() -> None:
    closed = Closed(("US-FED",), {})
    day, text = roll(D("2026-12-25"), "RF", closed, "day 30")
    assert day == D("2026-12-28")
    assert text == ("day 30 = 2026-12-25 (Fri), Christmas Day → next day that is not "
                    "Sat/Sun/holiday → 2026-12-28 (Mon)")
    assert roll(D("2007-09-01"), "RB", closed, "day 10")[0] == D("2007-08-31")
    assert roll(D("2026-12-25"), "NR", closed, "day 1")[0] == D("2026-12-25")


def test_counting_closed_reports_ad_hoc_closures_and_observed_friday_choice() -> None:
    closures = {D("2027-03-10"): "ad hoc closure (inaccessible)"}
    assert Closed(("US-FED",), closures).why(D("2027-03-10")) == "ad hoc closure (inaccessible)"
    strict = Closed(("US-FED",), {}, friday_holiday=False)
    assert strict.why(D("2027-06-18")) is None and strict.touched_friday
    assert Closed(("US-FED",), {}).why(D("2027-06-18")).startswith("Juneteenth")


def test_counting_hours_are_elapsed_across_dst_end() -> None:
    steps: list[str] = []
    start = datetime(2027, 11, 5, 14, 0, tzinfo=NY)
    end = count_hours(start, Plan("H", 72, 1, "RF"), Closed(("US-FED",), {}), steps)
    assert end == datetime(2027, 11, 8, 13, 0, tzinfo=NY)
    assert end.tzname() == "EST" and "EDT" in steps[0]


def test_counting_hours_roll_keeps_clock_time() -> None:
    start = datetime(2026, 12, 24, 10, 0, tzinfo=NY)
    end = count_hours(start, Plan("H", 24, 1, "RF"), Closed(("US-FED",), {}), [])
    assert end == datetime(2026, 12, 28, 10, 0, tzinfo=NY)
