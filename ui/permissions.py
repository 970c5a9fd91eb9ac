"""What the role may do, asked of the operations' policy: gate buttons, filter pickers.

The messages are the policy's own (the words an operation would refuse with), so a disabled
button's tooltip says exactly what saving would have said.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from models.errors import PermissionDenied
from models.records import CONSENT_ONLY_CATEGORIES, Category, EventKind
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
    chosen = [c for c in categories if c not in CONSENT_ONLY_CATEGORIES]  # not a record's
    out = [c for c in chosen if policy.may_write(session.role, c) or c == keep]
    return out or chosen


def gate(widget: QWidget, denial: str | None) -> bool:
    """Enable ``widget`` when ``denial`` is None; else disable it with the reason as tooltip."""
    widget.setEnabled(denial is None)
    widget.setToolTip(denial or "")
    if denial:
        widget.setAccessibleDescription(denial)
    return denial is None


# what a new dated item of each kind is most likely about, best first; the default is the first
# of these the role may write (an advocate's medical appointment: the accompaniment, housing and
# benefits; a clinician's deadline: a clinical one), else the first category it may write at all
PREFERRED: dict[EventKind, tuple[Category, ...]] = {
    EventKind.MEDICAL_APPOINTMENT: (Category.MEDICAL, Category.MENTAL_HEALTH,
                                    Category.HOUSING_BENEFITS),
    EventKind.SERVICE_APPOINTMENT: (Category.HOUSING_BENEFITS, Category.SAFETY_PLAN),
    EventKind.CASE_CONFERENCE: (Category.HOUSING_BENEFITS, Category.SAFETY_PLAN),
    EventKind.COURT_HEARING: (Category.IMMIGRATION, Category.PROTECTIVE_ORDER,
                              Category.CRIMINAL_CASE, Category.FAMILY_CASE),
    EventKind.LEGAL_DEADLINE: (Category.IMMIGRATION, Category.PROTECTIVE_ORDER,
                               Category.CRIMINAL_CASE, Category.FAMILY_CASE, Category.MEDICAL,
                               Category.HOUSING_BENEFITS),
    EventKind.MILESTONE: (Category.SAFETY_PLAN, Category.HOUSING_BENEFITS),
    EventKind.TASK: (Category.HOUSING_BENEFITS,),
}


def default_category(session: UiSession, kind: EventKind,
                     offered: Iterable[Category]) -> Category | None:
    """The category a new item of ``kind`` starts with: one of ``offered`` that the role may
    write (the kind's likeliest first), or the first offered when it may write none."""
    choices = list(offered)
    may = [c for c in choices if policy.may_write(session.role, c)]
    for category in PREFERRED.get(EventKind(kind), ()):
        if category in may:
            return category
    return may[0] if may else (choices[0] if choices else None)
