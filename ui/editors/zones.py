"""The time zones an editor's zone picker offers (jurisdictions and their zones: timeline.jurisdictions)."""

from __future__ import annotations

from functools import lru_cache
from zoneinfo import available_timezones

from timeline.jurisdictions import default_zone, jurisdiction_codes, zone_for_jurisdiction


@lru_cache(maxsize=1)
def all_zones() -> list[str]:
    """Every IANA zone name, sorted, with the ones our jurisdictions use first."""
    common = sorted({default_zone(), *(zone_for_jurisdiction(j) for j in jurisdiction_codes())})
    return common + sorted(z for z in available_timezones() if z not in common and "/" in z)
