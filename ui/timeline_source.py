"""The one place the UI asks the timeline engine for a case's entries (merge, views, conflicts)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from timeline.conflicts import Conflict, find_conflicts
from timeline.lanes import TimelineEntry
from timeline.merge import build_timeline
from timeline.views import view_for
from ui.editors.zones import zone_for_jurisdiction
from ui.timeline_entries import ViewEntry, from_engine


def entries_for(session: Any, case: Any, start: date, end: date) -> list[ViewEntry]:
    """Role-filtered entries of ``case`` in [start, end), conflicts attached, in time order.

    The role view is applied before anything reaches a model or the painter, so what a role
    may not see is never held by a widget.
    """
    store = session.store
    raw = build_timeline(
        store.list_events(case_id=case.id), start, end,
        matters=store.list_matters(case.id), goals=store.list_goals(case.id),
        tz=zone_for_jurisdiction(case.jurisdiction),
    )
    visible = view_for(session.role, raw)
    conflicts = find_conflicts(visible, today=session.today(), closures=store.list_closures(),
                               jurisdiction=case.jurisdiction)
    reasons = conflict_reasons(conflicts)
    return [from_engine(e, reasons.get(e.key, ())) for e in visible]


def conflict_reasons(conflicts: Sequence[Conflict]) -> dict[str, tuple[str, ...]]:
    """Each entry key with the reasons of the conflicts it is part of."""
    out: dict[str, list[str]] = {}
    for conflict in conflicts:
        for key in conflict.keys:
            out.setdefault(key, []).append(conflict.reason)
    return {k: tuple(v) for k, v in out.items()}


def raw_entries(session: Any, case: Any, start: date, end: date) -> list[TimelineEntry]:
    """The role view of the engine's entries (for callers that need engine records)."""
    store = session.store
    raw = build_timeline(store.list_events(case_id=case.id), start, end,
                         matters=store.list_matters(case.id), goals=store.list_goals(case.id),
                         tz=zone_for_jurisdiction(case.jurisdiction))
    return view_for(session.role, raw)
