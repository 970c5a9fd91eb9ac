"""The demo's measurable goals, housing history and referral choices (issue 11 §5)."""

from __future__ import annotations

from typing import Any


def add_measurable_goals(builder: Any, refs: list[str]) -> None:
    """Write them through the operations layer as ``builder.ops.ctx`` (workbench.demo)."""
