"""The demo's safety plans and risk histories (issue 11 §3)."""

from __future__ import annotations

from typing import Any


def add_safety_plans(builder: Any, refs: list[str]) -> None:
    """Write them through the operations layer as ``builder.ops.ctx`` (workbench.demo)."""
