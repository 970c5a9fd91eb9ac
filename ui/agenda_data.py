"""What the agenda dock lists: upcoming, overdue and conflicting items across the caseload."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from models.records import Event
from ui.session import UiSession

# The timeline engine is imported where it is used: the unlock screen must not wait for it.

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


CASELOAD_HORIZON_DAYS = 365  # the caseload counts conflicts in the coming year (as the CLI)


def events_by_case(store: Any) -> dict[int, list[Event]]:
    """Every event of the vault, grouped by case (one query)."""
    by_case: dict[int, list[Event]] = {}
    for event in store.list_events(start=None, end=None):
        by_case.setdefault(event.case_id, []).append(event)
    return by_case


def conflict_counts(session: UiSession, horizon: int = CASELOAD_HORIZON_DAYS) -> dict[int, int]:
    """Open conflicts per case id from today to ``horizon`` days ahead."""
    from timeline.agenda import conflict_counts as counts

    store = session.store
    return counts(store.list_cases(), events_by_case(store), today=session.today(), days=horizon,
                  closures=store.list_closures())


def load_agenda(session: UiSession, days: int = 14) -> list[AgendaItem]:
    """Items for the next ``days`` days, overdue items and conflicts, as the role may see them."""
    from timeline.agenda import agenda
    from timeline.views import view_for

    store, today = session.store, session.today()
    by_case = events_by_case(store)
    result = agenda(
        store.list_cases(), by_case, today=today, days=days, user=None,
        closures=store.list_closures(),
    )
    role = str(session.role)
    items = [_from_entry(OVERDUE, e) for e in view_for(role, result.overdue)]
    # Conflict reasons name kinds and days, never titles (timeline.conflicts), so every role
    # may see them.
    items += [_from_conflict(c) for found in result.conflicts.values() for c in found]
    items += [_from_entry(UPCOMING, e) for e in view_for(role, result.upcoming)]
    return items


def _from_entry(section: str, entry: Any) -> AgendaItem:
    return AgendaItem(section, entry.case_id, entry.day, entry.title, key=str(entry.key))


def _from_conflict(conflict: Any) -> AgendaItem:
    keys = tuple(conflict.keys)
    return AgendaItem(
        CONFLICT, conflict.case_id, conflict.day, str(conflict.kind).replace("_", " "),
        reason=str(conflict.reason), key=str(keys[0]) if keys else "",
    )
