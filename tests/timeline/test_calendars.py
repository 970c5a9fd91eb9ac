"""Holiday calendars against the catalog's tables (deadline-rules.md s.2) for 2026-2028."""

from __future__ import annotations

from datetime import date

import pytest

from models.errors import InvalidInput
from timeline.calendars import (
    calendar_ids,
    calendar_spec,
    holiday_name,
    observed_fridays,
    year_holidays,
)

D = date.fromisoformat
FEDERAL = {
    2026: "01-01 01-19 02-16 05-25 06-19 07-03 09-07 10-12 11-11 11-26 12-25",
    2027: "01-01 01-18 02-15 05-31 06-18 07-05 09-06 10-11 11-11 11-25 12-24 12-31",
    2028: "01-17 02-21 05-29 06-19 07-04 09-04 10-09 11-10 11-23 12-25",
}
CA_EXTRA = {
    2026: "02-12 03-31 09-25 11-27",
    2027: "02-12 03-31 09-24 11-26",
    2028: "02-11 03-31 09-22 11-24",
}
NY_EXTRA = {2026: "02-12 11-03", 2027: "02-12 11-02", 2028: "11-07"}  # 2028-02-12 is a Saturday


def _days(year: int, text: str) -> set[date]:
    return {D(f"{year}-{md}") for md in text.split()}


@pytest.mark.parametrize("year", [2026, 2027, 2028])
def test_calendars_federal_matches_catalog_table(year: int) -> None:
    assert set(year_holidays("US-FED", year)) == _days(year, FEDERAL[year])


@pytest.mark.parametrize("year", [2026, 2027, 2028])
def test_calendars_california_is_federal_without_columbus_plus_state_days(year: int) -> None:
    columbus = {d for d, n in year_holidays("US-FED", year).items() if n.startswith("Columbus")}
    expected = (_days(year, FEDERAL[year]) - columbus) | _days(year, CA_EXTRA[year])
    assert set(year_holidays("CA-JUD", year)) == expected


@pytest.mark.parametrize("year", [2026, 2027, 2028])
def test_calendars_new_york_moves_only_sunday_holidays(year: int) -> None:
    ny = year_holidays("NY-GCL24", year)
    assert _days(year, NY_EXTRA[year]) <= set(ny)
    assert all(d.weekday() != 4 or "(observed)" not in n for d, n in ny.items())


def test_calendars_new_year_2028_observed_in_2027() -> None:
    assert holiday_name("US-FED", D("2027-12-31")) == "New Year's Day (observed)"
    assert D("2028-01-01") not in year_holidays("US-FED", 2028)
    assert len(year_holidays("US-FED", 2027)) == 12 and len(year_holidays("US-FED", 2028)) == 10


def test_calendars_observed_fridays_are_the_ambiguous_ones() -> None:
    assert observed_fridays("US-FED", 2027) == {D("2027-06-18"), D("2027-12-24"), D("2027-12-31")}
    assert observed_fridays("US-FED", 2026) == {D("2026-07-03")}
    assert observed_fridays("US-FED", 2028) == {D("2028-11-10")}
    assert observed_fridays("CA-JUD", 2027) == frozenset()


@pytest.mark.parametrize(
    ("cal", "day", "closed"),
    [
        ("TX", "2027-11-26", True), ("TX", "2027-12-24", True), ("TX", "2026-12-26", True),
        ("TX", "2027-10-11", False),  # no Columbus Day in Texas
        ("TX", "2027-06-18", False),  # no Friday observance in Texas
        ("US-FED", "2020-06-19", False),  # Juneteenth only from 2021
        ("US-FED", "2021-06-18", True),
        ("US-FED", "2040-12-25", True),  # any year
        ("US-FED", "2032-12-31", True),  # New Year 2033 (Sat) observed the Friday before
        ("US-FED", "2023-01-02", True),  # New Year 2023 (Sun) observed on Monday
    ],
)
def test_calendars_rules_hold_for_any_year(cal: str, day: str, closed: bool) -> None:
    assert (holiday_name(cal, D(day)) is not None) == closed


def test_calendars_carry_sources_and_last_verified() -> None:
    for cal_id in calendar_ids():
        spec = calendar_spec(cal_id)
        assert spec.sources and all(("http" in s) or ("U.S.C." in s) for s in spec.sources)
        assert date.fromisoformat(spec.last_verified)


def test_calendars_unknown_id_raises_invalid_input() -> None:
    with pytest.raises(InvalidInput, match="XX"):
        calendar_spec("XX")
