"""The one place the UI asks for a case's timeline: ``views.timeline_for`` (merge, role view,
conflicts), turned into the entries the view and the Dates list draw."""

from __future__ import annotations

from datetime import date
from typing import Any

from ui.timeline_entries import ViewEntry, conflict_id, from_engine
from workbench.operations.changes import Kind

#: what a case's timeline is built from: a change of any of these reloads it
TIMELINE_KINDS = (Kind.CASES, Kind.EVENTS, Kind.TRIGGERS, Kind.CLOSURES, Kind.MATTERS,
                  Kind.CARE_PLAN, Kind.INTERPRETERS)


def entries_for(session: Any, case: Any, start: date, end: date) -> list[ViewEntry]:
    """Role-viewed entries of ``case`` in [start, end), conflicts attached, in time order.

    The role view is applied by the operation, before anything reaches a model or the
    painter, so what a role may not see is never held by a widget.
    """
    from workbench.operations import interpreters
    from workbench.operations.views import timeline_for

    found = timeline_for(session, case_id=case.id, start=start, end=end)
    states = interpreters.states_for(session, case_id=case.id)  # each event's interpreter state
    joined: dict[str, list[tuple[str, str]]] = {}  # entry key: (identity, reason) of each
    for conflict in found.conflicts:
        ident = conflict_id(conflict.kind, tuple(conflict.keys))
        for key in conflict.keys:
            joined.setdefault(key, []).append((ident, conflict.reason))
    out = []
    for e in found.entries:
        pairs = joined.get(e.key, [])
        state = states.get(e.event_id) if e.event_id is not None else None
        out.append(from_engine(e, tuple(r for _i, r in pairs), tuple(i for i, _r in pairs),
                               state.value if state is not None else ""))
    return out
