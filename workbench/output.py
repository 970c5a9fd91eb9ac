"""Printing results: a table for people, JSON for scripts."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, frozenset | set | tuple):
        return sorted(value) if isinstance(value, frozenset | set) else list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_json(data: Any) -> None:
    """Write ``data`` as JSON to stdout."""
    json.dump(data, sys.stdout, default=_default, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Write a plain aligned text table to stdout."""
    text_rows = [["" if v is None else str(v) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in text_rows:
        widths = [max(w, len(v)) for w, v in zip(widths, row, strict=False)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False))
    print(line.rstrip())
    for row in text_rows:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=False)).rstrip())
