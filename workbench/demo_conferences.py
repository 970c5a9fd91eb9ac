"""The demo's case conferences and their actions (issue 11 §4)."""

from __future__ import annotations

from typing import Any


def add_conferences(builder: Any, refs: list[str]) -> None:
    """Write them through the operations layer as ``builder.ops.ctx`` (workbench.demo)."""
