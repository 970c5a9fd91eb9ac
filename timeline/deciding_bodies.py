"""Whose calendar decides a rule's last day: the closed set of deciding bodies, as data (s.4.4)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from models.errors import InvalidInput
from models.i18n import fill, translate

_DATA = Path(__file__).parent / "data" / "deciding_bodies.json"
# federal_court: US-FED + the seat's state holidays for forward periods (FRCP 6(a)(6)(C));
# state_court: the state court's calendar; agency: US-FED only; clinic: never rolls
POLICIES = ("federal_court", "state_court", "agency", "clinic")


@dataclass(frozen=True, slots=True)
class DecidingBody:
    """One body whose calendar decides last days, with the rule that picks its calendars."""

    id: str
    label: str
    description: str
    policy: str
    source: str


@cache
def _bodies() -> dict[str, DecidingBody]:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))["bodies"]
    out: dict[str, DecidingBody] = {}
    for body_id, item in raw.items():
        if item["policy"] not in POLICIES:
            raise InvalidInput(fill(translate("DecidingBodies",
                    "Deciding body %1: policy must be one of %2."),
                    body_id, POLICIES))
        out[body_id] = DecidingBody(body_id, item["label"], item["description"], item["policy"], item["source"])
    return out


def body_ids() -> tuple[str, ...]:
    """Every deciding body: federal_court, state_court, eoir_bia, uscis, federal_agency, clinic."""
    return tuple(_bodies())


def deciding_body(body_id: str) -> DecidingBody:
    """The body ``body_id``; an unknown id raises InvalidInput naming the valid ones."""
    found = _bodies().get(body_id)
    if found is None:
        raise InvalidInput(fill(translate("DecidingBodies",
                "Unknown deciding body %1; use one of %2."),
                repr(body_id), ', '.join(body_ids())),
                           field="deciding_body")
    return found


def agency_bodies() -> tuple[str, ...]:
    """The bodies that count federal legal holidays only, whatever the case's jurisdiction."""
    return tuple(b.id for b in _bodies().values() if b.policy == "agency")
