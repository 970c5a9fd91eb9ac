"""Jurisdictions as data: codes, calendars, zones, service methods and closure calendars."""

from __future__ import annotations

import pytest

from models.errors import InvalidInput
from timeline.calendars import calendar_ids
from timeline.deadlines import JURISDICTIONS, SERVICES, TIME_ZONES
from timeline.jurisdictions import (
    check_closure_calendar,
    check_jurisdiction,
    closure_calendars,
    jurisdiction,
    jurisdiction_codes,
    jurisdiction_label,
    service_method_label,
    service_methods,
    state_calendars,
    state_of,
    zone_for_jurisdiction,
)
from timeline.rules import service_profile

# the zones ui/editors/jurisdiction_zones.json held before the UI switched to timeline.jurisdictions
UI_ZONES = {"default": "America/New_York", "federal": "America/New_York", "federal-CA": "America/Los_Angeles",
            "federal-NY": "America/New_York", "federal-TX": "America/Chicago", "CA": "America/Los_Angeles",
            "NY": "America/New_York", "TX": "America/Chicago"}


def test_jurisdictions_codes_are_the_engine_codes() -> None:
    assert jurisdiction_codes() == ("federal", "federal-CA", "federal-NY", "federal-TX", "CA", "NY", "TX")
    assert JURISDICTIONS == jurisdiction_codes()
    assert all(jurisdiction_label(c) for c in jurisdiction_codes())


def test_jurisdictions_zones_match_the_ui_table() -> None:
    assert {c: zone_for_jurisdiction(c) for c in jurisdiction_codes()} == {c: UI_ZONES[c] for c in jurisdiction_codes()}
    assert zone_for_jurisdiction(None) == zone_for_jurisdiction("nowhere") == UI_ZONES["default"]
    assert TIME_ZONES == {"CA": "America/Los_Angeles", "NY": "America/New_York", "TX": "America/Chicago"}


def test_jurisdictions_calendars_and_states() -> None:
    assert jurisdiction("federal").calendars == ("US-FED",)
    assert jurisdiction("federal-TX").calendars == ("US-FED", "TX")
    assert state_calendars("CA") == ("CA-JUD",) and state_calendars("NY") == ("NY-GCL24",)
    assert (state_of("federal"), state_of("federal-NY"), state_of("TX")) == (None, "NY", "TX")
    assert {cal for c in jurisdiction_codes() for cal in jurisdiction(c).calendars} <= set(calendar_ids())


def test_jurisdictions_service_methods_match_the_profiles() -> None:
    assert SERVICES == service_methods()
    assert {"mail", "electronic", "personal"} <= set(service_methods())
    for code in jurisdiction_codes():
        profile = service_profile(jurisdiction(code).service_profile)
        assert set(service_methods(code)) == set(profile.methods), code
    assert service_method_label("electronic") == "Electronic service"
    with pytest.raises(InvalidInput, match="pigeon"):
        service_method_label("pigeon")


def test_jurisdictions_closure_calendars() -> None:
    assert closure_calendars() == ("federal", "CA", "NY", "TX", "*")
    assert check_closure_calendar("*") == "*"
    with pytest.raises(InvalidInput, match="federal, CA, NY, TX, \\*"):
        check_closure_calendar("federal-CA")


@pytest.mark.parametrize("bad", ["FL", "", "federal-FL", "ca"])
def test_jurisdictions_check_names_the_valid_codes(bad: str) -> None:
    with pytest.raises(InvalidInput, match="federal, federal-CA, federal-NY, federal-TX, CA, NY, TX") as err:
        check_jurisdiction(bad)
    assert err.value.field == "jurisdiction"
    assert check_jurisdiction("federal-TX") == "federal-TX"
