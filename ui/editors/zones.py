"""Time zones: the one preselected from a case's jurisdiction, and the list to pick from."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from zoneinfo import available_timezones

_DATA = Path(__file__).with_name("jurisdiction_zones.json")


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    return {k: v for k, v in json.loads(_DATA.read_text("utf-8")).items() if not k.startswith("_")}


def zone_for_jurisdiction(jurisdiction: str | None) -> str:
    """The IANA zone of a jurisdiction's courts, or the default zone when unknown."""
    table = _table()
    return table.get(jurisdiction or "", table["default"])


@lru_cache(maxsize=1)
def all_zones() -> list[str]:
    """Every IANA zone name, sorted, with the ones our jurisdictions use first."""
    common = sorted(set(_table().values()))
    return common + sorted(z for z in available_timezones() if z not in common and "/" in z)


def jurisdictions() -> list[str]:
    """Jurisdiction codes the deadline rules know (federal, federal-CA, CA, ...)."""
    return [k for k in _table() if k != "default"]
