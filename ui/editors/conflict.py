"""A stale edit refused (models.errors.Conflict): say what the other person changed.

The dialog keeps what was typed and takes the record as it now is (its version) for the next
save; a field the person did not touch but the other person changed takes the other value,
so that saving again applies only this person's changes on top.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any

from ui.i18n import translate

SKIPPED = frozenset({"id", "case_id", "version", "seal", "ref"})
MAX_SHOWN = 4
MAX_CHARS = 60


def changed_fields(loaded: Any, current: Any) -> list[str]:
    """Names of the record's fields whose values differ between ``loaded`` and ``current``."""
    if not (dataclasses.is_dataclass(loaded) and dataclasses.is_dataclass(current)):
        return []
    names = [f.name for f in dataclasses.fields(current) if f.name not in SKIPPED]
    return [n for n in names if getattr(loaded, n, None) != getattr(current, n, None)]


def shown(value: Any) -> str:
    """A value as a person reads it in one line ('(empty)' for nothing)."""
    if value is None or value == "" or value == ():
        return translate("Conflict", "(empty)")
    if isinstance(value, bool):
        return translate("Conflict", "yes") if value else translate("Conflict", "no")
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, datetime):
        text = value.strftime("%Y-%m-%d %H:%M")
    elif isinstance(value, date):
        text = value.isoformat()
    elif isinstance(value, (tuple, list, frozenset, set)):
        text = ", ".join(shown(v).strip("'") for v in value)
    else:
        text = " ".join(str(value).split())
    if len(text) > MAX_CHARS:
        text = text[: MAX_CHARS - 1] + "…"
    return f"'{text}'"


def conflict_message(loaded: Any, current: Any, label_of: Callable[[str], str | None]) -> str:
    """"Someone else changed this since you opened it: Location is now 'Court room 4' (you had
    'Room 2'). Your changes are kept below; save again to apply them on top." — naming only
    fields the dialog shows (``label_of`` gives their labels, None for a field it does not)."""
    parts = []
    for name in changed_fields(loaded, current):
        label = label_of(name)
        if label:
            parts.append(translate("Conflict", "%1 is now %2 (you had %3)").replace("%1", label)
                         .replace("%2", shown(getattr(current, name)))
                         .replace("%3", shown(getattr(loaded, name))))
    head = translate("Conflict", "Someone else changed this since you opened it")
    if len(parts) > MAX_SHOWN:
        more = len(parts) - MAX_SHOWN
        parts = [*parts[:MAX_SHOWN], translate("Conflict", "%n more field(s)", None, more)]
    body = f"{head}: {'; '.join(parts)}." if parts else f"{head}."
    return body + " " + translate("Conflict", "Your changes are kept below; save again to apply them "
                                       "on top.")


def theirs_only(values: Mapping[str, Any], loaded: Any, current: Any) -> set[str]:
    """Keys of ``values`` the person left as loaded while the other person changed them."""
    changed = set(changed_fields(loaded, current))
    return {k for k in values if k in changed and values[k] == getattr(loaded, k, object())}
