"""Loop counts and the figures the hostile suite reports (one module, shared by every test).

``make test`` runs short loops; ``WORKBENCH_LONG=1`` (``make test-long``) runs full counts.
"""

from __future__ import annotations

from collections import Counter

from tests.long_runs import LONG

METRICS: Counter[str] = Counter()
NOTES: list[str] = []


def runs(short: int, long: int) -> int:
    """The loop count for this run: ``short`` by default, ``long`` under WORKBENCH_LONG=1."""
    return long if LONG else short
