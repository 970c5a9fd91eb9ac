"""What the role may do, asked of the operations' policy: gate buttons, filter pickers.

The messages are the policy's own (the words an operation would refuse with), so a disabled
button's tooltip says exactly what saving would have said.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from models.errors import PermissionDenied
from models.records import Category
from ui.session import UiSession
from workbench.operations import policy
from workbench.operations.policy import Action

T = TypeVar("T")


def action_denial(session: UiSession, action: Action) -> str | None:
    """Why the role may not do ``action`` (the policy's message), or None when it may."""
    try:
        policy.require(session, action)
    except PermissionDenied as exc:
        return str(exc)
    return None


def write_denial(session: UiSession, categories: Iterable[Category]) -> str | None:
    """None when the role may write at least one of ``categories``; else why not."""
    chosen = list(categories)
    if any(policy.may_write(session.role, c) for c in chosen):
        return None
    try:
        policy.require_write(session, chosen[0])
    except PermissionDenied as exc:
        return str(exc)
    return None


def writable(session: UiSession, categories: Iterable[Category],
             keep: Category | None = None) -> list[Category]:
    """The categories the role may write, in order (``keep``, an existing record's own, stays
    so that editing never changes it silently); all of them when the role may write none, so
    that saving is refused with the operation's message instead of failing on an empty list."""
    chosen = list(categories)
    out = [c for c in chosen if policy.may_write(session.role, c) or c == keep]
    return out or chosen


def gate(widget: QWidget, denial: str | None) -> bool:
    """Enable ``widget`` when ``denial`` is None; else disable it with the reason as tooltip."""
    widget.setEnabled(denial is None)
    widget.setToolTip(denial or "")
    if denial:
        widget.setAccessibleDescription(denial)
    return denial is None
