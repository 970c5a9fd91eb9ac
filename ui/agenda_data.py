"""What the agenda dock lists: upcoming, overdue and conflicting items across the caseload,
as ``views.agenda_for`` gives them to the acting role."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ui.labels import enum_label
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
    interpreter: str = ""  # "needed", "requested", "confirmed" (an event that needs one), or ""


def load_agenda(session: UiSession, days: int = 14) -> tuple[list[AgendaItem], dict[int, str]]:
    """Items for the next ``days`` days, overdue items and conflicts, as the role may see
    them, and each case's display name by id."""
    from workbench.operations import interpreters
    from workbench.operations.views import agenda_for

    view = agenda_for(session, days=days)  # its conflicts include the bookings' own
    states = interpreters.entry_states(session, [*view.overdue, *view.upcoming])
    items = [_from_entry(OVERDUE, e, states) for e in view.overdue]
    # Conflict reasons name kinds and days, never titles (timeline.conflicts), so every role
    # may see them.
    items += [_from_conflict(c) for c in view.conflicts]
    items += [_from_entry(UPCOMING, e, states) for e in view.upcoming]
    return items, {case_id: c.display_name for case_id, c in view.cases.items()}


def _from_entry(section: str, entry: Any, states: dict[str, Any]) -> AgendaItem:
    state = states.get(str(entry.key))
    return AgendaItem(section, entry.case_id, entry.day, entry.title, key=str(entry.key),
                      interpreter=state.value if state is not None else "")


def _from_conflict(conflict: Any) -> AgendaItem:
    keys = tuple(conflict.keys)
    return AgendaItem(
        CONFLICT, conflict.case_id, conflict.day, enum_label(conflict.kind).lower(),
        reason=str(conflict.reason), key=str(keys[0]) if keys else "",
    )
