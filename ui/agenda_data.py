"""What the agenda dock lists: upcoming, overdue and conflicting items across the caseload,
as ``views.agenda_for`` gives them to the acting role."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ui.session import UiSession

# The timeline engine (and the operations over it) are imported where they are used: the
# unlock screen must not wait for them.

OVERDUE, UPCOMING, CONFLICT = "overdue", "upcoming", "conflict"
SECTIONS = (OVERDUE, CONFLICT, UPCOMING)


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One agenda line; ``key`` names the timeline entry to open."""

    section: str
    case_id: int
    day: date | None
    title: str
    reason: str = ""
    key: str = ""


def load_agenda(session: UiSession, days: int = 14) -> tuple[list[AgendaItem], dict[int, str]]:
    """Items for the next ``days`` days, overdue items and conflicts, as the role may see
    them, and each case's display name by id."""
    from workbench.operations.views import agenda_for

    view = agenda_for(session, days=days)
    items = [_from_entry(OVERDUE, e) for e in view.overdue]
    # Conflict reasons name kinds and days, never titles (timeline.conflicts), so every role
    # may see them.
    items += [_from_conflict(c) for c in view.conflicts]
    items += [_from_entry(UPCOMING, e) for e in view.upcoming]
    return items, {case_id: c.display_name for case_id, c in view.cases.items()}


def _from_entry(section: str, entry: Any) -> AgendaItem:
    return AgendaItem(section, entry.case_id, entry.day, entry.title, key=str(entry.key))


def _from_conflict(conflict: Any) -> AgendaItem:
    keys = tuple(conflict.keys)
    return AgendaItem(
        CONFLICT, conflict.case_id, conflict.day, str(conflict.kind).replace("_", " "),
        reason=str(conflict.reason), key=str(keys[0]) if keys else "",
    )
