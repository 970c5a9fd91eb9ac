"""Old names of the fast row → record path, now part of the one mapping in models.store_convert.

Nothing is converted here; kept so that code written against these names keeps working.
Use ``store_convert.EVENT`` / ``store_convert.CASE`` (``.select()``, ``.from_rows()``) instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Select

from models import records as r
from models.store_convert import CASE, EVENT, zone

__all__ = ["CASE_COLUMNS", "EVENT_COLUMNS", "case_maker", "case_select", "event_select",
           "events_from", "to_event", "zone"]

EVENT_COLUMNS = EVENT.columns
CASE_COLUMNS = CASE.columns
events_from = EVENT.from_rows
to_event = EVENT.decode


def event_select() -> Select[Any]:
    """store_convert.EVENT.select()."""
    return EVENT.select()


def case_select() -> Select[Any]:
    """store_convert.CASE.select()."""
    return CASE.select()


def case_maker(addresses: dict[int, tuple[r.SafeAddress, ...]]) -> Callable[[Sequence[Any]], r.Case]:
    """A converter of ``case_select()`` rows, given every case's safe addresses by case id."""
    decode = CASE.decode
    return lambda v: decode(v, addresses.get(v[0], ()))
