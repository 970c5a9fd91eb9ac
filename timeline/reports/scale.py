"""A chart's count axis: one definition for the dashboard (ui) and the PDF (exports)."""

from __future__ import annotations

import math


def nice_max(value: float) -> tuple[float, float]:
    """(axis maximum, tick step) covering ``value`` with 2-6 round steps."""
    if value <= 0:
        return 10.0, 5.0
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (0.2, 0.25, 0.5, 1.0, 2.0, 2.5, 5.0, 10.0):
        tick = step * magnitude
        if tick >= 1 and value / tick <= 5:
            return math.ceil(value / tick) * tick, tick
    return value, value
