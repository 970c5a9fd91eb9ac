"""Jurisdiction codes, their calendars, zones and service methods, defined once as data."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
from models.i18n import fill, translate

_DATA = Path(__file__).parent / "data" / "jurisdictions.json"
FORUMS = ("federal", "state")


@dataclass(frozen=True, slots=True)
class Jurisdiction:
    """One jurisdiction code: the forum, its state, calendars, seat's zone and service methods."""

    code: str
    label: str
    forum: str  # federal | state
    state: str | None  # "CA", "NY", "TX"; None for plain "federal"
    calendars: tuple[str, ...]  # holiday calendars counted for a forward period
    zone: str
    service_profile: str
    service_methods: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Table:
    jurisdictions: dict[str, Jurisdiction]
    default_zone: str
    methods: dict[str, str]
    closure_calendars: dict[str, str]
    states: dict[str, str]


def _entry(raw: dict[str, Any], methods: dict[str, str], states: dict[str, str]) -> Jurisdiction:
    code = raw["code"]
    if raw["forum"] not in FORUMS:
        raise InvalidInput(fill(translate("Jurisdictions",
                "Jurisdiction data %1: forum must be one of %2."),
                code, FORUMS))
    if raw["state"] is not None and raw["state"] not in states:
        raise InvalidInput(fill(translate("Jurisdictions",
                "Jurisdiction data %1: unknown state %2."),
                code, repr(raw['state'])))
    unknown = [m for m in raw["service_methods"] if m not in methods]
    if unknown:
        raise InvalidInput(fill(translate("Jurisdictions",
                "Jurisdiction data %1: unknown service method(s) %2."),
                code, unknown))
    return Jurisdiction(
        code=code, label=raw["label"], forum=raw["forum"], state=raw["state"],
        calendars=tuple(raw["calendars"]), zone=raw["zone"], service_profile=raw["service_profile"],
        service_methods=tuple(raw["service_methods"]),
    )


@cache
def _table() -> _Table:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))
    methods = dict(raw["service_methods"])
    states = dict(raw["states"])
    table = {j["code"]: _entry(j, methods, states) for j in raw["jurisdictions"]}
    return _Table(table, raw["default_zone"], methods, dict(raw["closure_calendars"]), states)


def jurisdiction_codes() -> tuple[str, ...]:
    """Every jurisdiction code, federal ones first: federal, federal-CA, ..., CA, NY, TX."""
    return tuple(_table().jurisdictions)


def check_jurisdiction(code: str) -> str:
    """``code`` itself when it is a known jurisdiction; otherwise InvalidInput naming the valid codes."""
    if not isinstance(code, str) or code not in _table().jurisdictions:
        raise InvalidInput(
            fill(translate("Jurisdictions",
                "Unknown jurisdiction %1; use one of %2."),
                repr(code), ', '.join(jurisdiction_codes())), field="jurisdiction"
        )
    return code


def jurisdiction(code: str) -> Jurisdiction:
    """The record of jurisdiction ``code`` (InvalidInput when unknown)."""
    return _table().jurisdictions[check_jurisdiction(code)]


def jurisdiction_label(code: str) -> str:
    """A person's name for the jurisdiction, e.g. "Federal court in California"."""
    return translate("Jurisdiction", jurisdiction(code).label)


def state_of(code: str) -> str | None:
    """The state part of a jurisdiction ("federal-CA" and "CA" -> "CA"; "federal" -> None)."""
    return jurisdiction(code).state


def state_name(state: str) -> str:
    """The state's name: "CA" -> "California"."""
    return _table().states[state]


def state_calendars(state: str) -> tuple[str, ...]:
    """The holiday calendars of the state's own courts ("CA" -> ("CA-JUD",))."""
    return jurisdiction(state).calendars


def zone_for_jurisdiction(code: str | None) -> str:
    """The IANA zone of the jurisdiction's seat, or the default (Eastern) when None or unknown."""
    table = _table()
    found = table.jurisdictions.get(code or "")
    return found.zone if found is not None else table.default_zone


def default_zone() -> str:
    """The zone used when no jurisdiction is known (federal courts and agencies: Eastern)."""
    return _table().default_zone


def state_zones() -> dict[str, str]:
    """The zone of each state's seat, by state code."""
    return {s: jurisdiction(s).zone for s in _table().states}


def service_methods(code: str | None = None) -> tuple[str, ...]:
    """Service methods the rules know; with ``code``, those a bare count there accepts."""
    if code is None:
        return tuple(_table().methods)
    return jurisdiction(code).service_methods


def service_method_label(method: str) -> str:
    """A person's name for a service method, e.g. "Electronic service"."""
    labels = _table().methods
    if method not in labels:
        raise InvalidInput(fill(translate("Jurisdictions",
                "Unknown service method %1; use one of %2."),
                repr(method), ', '.join(labels)), field="service")
    return translate("ServiceMethod", labels[method])


def service_profile_for(code: str) -> str:
    """The service-extension profile a bare count in ``code`` applies (e.g. "FRCP-6d")."""
    return jurisdiction(code).service_profile


def closure_calendars() -> tuple[str, ...]:
    """Calendars a closure can be recorded for: federal, CA, NY, TX and * (every calendar)."""
    return tuple(_table().closure_calendars)


def closure_calendar_label(calendar: str) -> str:
    """What a closure recorded for ``calendar`` covers."""
    return translate("ClosureCalendar", _table().closure_calendars[check_closure_calendar(calendar)])


def check_closure_calendar(calendar: str) -> str:
    """``calendar`` itself when a closure may be recorded for it; otherwise InvalidInput."""
    if calendar not in _table().closure_calendars:
        raise InvalidInput(
            fill(translate("Jurisdictions",
                "%1 is not a closure calendar; use one of %2."),
                repr(calendar), ', '.join(closure_calendars())), field="calendar"
        )
    return calendar
