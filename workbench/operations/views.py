"""Read operations: a case's timeline, the agenda, conflicts and the caseload, as a role sees them.

Every output passes through the role view (timeline.views) of the acting user, or of a
narrower role asked for with ``as_role`` (policy.view_role). Conflicts are found on the whole
timeline (a hidden title must not hide a clash) and their reasons name kinds and days, never
titles, so every role may read them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from models.records import Case, CaseSummary, Event, Role
from timeline.agenda import CONFLICT_HORIZON_DAYS, agenda
from timeline.conflicts import Conflict, find_conflicts
from timeline.jurisdictions import zone_for_jurisdiction
from timeline.lanes import TimelineEntry
from timeline.merge import build_timeline
from timeline.views import view_for
from workbench.operations import policy
from workbench.operations.context import Context
from workbench.operations.policy import Action


@dataclass(frozen=True)
class CaseTimeline:
    """One case's entries in [start, end) as ``role`` sees them, with the open conflicts."""

    case: Case
    role: Role
    start: date
    end: date
    entries: tuple[TimelineEntry, ...]
    conflicts: tuple[Conflict, ...]

    def reasons(self) -> dict[str, tuple[str, ...]]:
        """Each entry key with the reasons of the conflicts it is part of."""
        out: dict[str, list[str]] = {}
        for conflict in self.conflicts:
            for key in conflict.keys:
                out.setdefault(key, []).append(conflict.reason)
        return {k: tuple(v) for k, v in out.items()}


@dataclass(frozen=True)
class AgendaView:
    """Upcoming and overdue items across the caseload as ``role`` sees them, and conflicts."""

    start: date
    days: int
    role: Role
    cases: dict[int, Case]
    upcoming: tuple[TimelineEntry, ...]
    overdue: tuple[TimelineEntry, ...]
    conflicts: tuple[Conflict, ...]


def case_of(ctx: Context, *, case_id: int | None = None, case_ref: str | None = None) -> Case:
    """The case named by id or reference (NotFound names which is unknown)."""
    policy.require(ctx, Action.READ)
    if case_ref is not None:
        return ctx.store.get_case_by_ref(case_ref)
    if case_id is None:
        raise TypeError("case_of needs case_id or case_ref")
    return ctx.store.get_case(case_id)


def timeline_for(ctx: Context, *, case_id: int | None = None, case_ref: str | None = None,
                 start: date, end: date, as_role: Role | str | None = None) -> CaseTimeline:
    """A case's merged timeline, role-viewed; conflicts over the same window."""
    policy.require(ctx, Action.READ)
    role = policy.view_role(ctx, as_role)
    store = ctx.store
    case = case_of(ctx, case_id=case_id, case_ref=case_ref)
    raw = build_timeline(store.list_events(case_id=case.id), start, end,
                         matters=store.list_matters(case.id), goals=store.list_goals(case.id),
                         tz=zone_for_jurisdiction(case.jurisdiction))
    conflicts = find_conflicts(raw, today=ctx.today(), closures=store.list_closures(),
                               jurisdiction=case.jurisdiction)
    conflicts += [c for _case, c in _booking_only(ctx, case_id=case.id, start=start, end=end)]
    return CaseTimeline(case, role, start, end, tuple(view_for(role, raw)), tuple(conflicts))


def _booking_only(ctx: Context, *, case_id: int | None = None, case_ref: str | None = None,
                  start: date, end: date) -> list[tuple[Case, Conflict]]:
    """The interpreter bookings' own conflicts (a booking in another language or dialect, one
    interpreter booked twice), which need the bookings -- and other cases' booked events --
    that a timeline does not read: every view of conflicts adds these, so a case's timeline,
    the agenda, `workbench conflicts` and the caseload's counts agree."""
    from workbench.operations.interpreters import BOOKING_ONLY_KINDS, booking_conflicts

    return booking_conflicts(ctx, case_id=case_id, case_ref=case_ref, start=start, end=end,
                             kinds=BOOKING_ONLY_KINDS)


def events_by_case(ctx: Context) -> dict[int, list[Event]]:
    """Every event of the vault grouped by case (one query)."""
    by_case: dict[int, list[Event]] = {}
    for event in ctx.store.list_events():
        by_case.setdefault(event.case_id, []).append(event)
    return by_case


def agenda_for(ctx: Context, *, days: int = 14, staff: str | None = None,
               as_role: Role | str | None = None) -> AgendaView:
    """The next ``days`` days, what is overdue and the open conflicts, role-viewed."""
    policy.require(ctx, Action.READ)
    role = policy.view_role(ctx, as_role)
    today = ctx.today()
    cases = ctx.store.list_cases()
    found = agenda(cases, events_by_case(ctx), today=today, days=days, user=staff,
                   closures=ctx.store.list_closures())
    conflicts = tuple(c for per_case in found.conflicts.values() for c in per_case)
    mine = {c.id for c in cases if staff is None or staff in c.assigned_to}
    conflicts += tuple(c for case, c in _booking_only(
        ctx, start=today, end=today + timedelta(days=days)) if case.id in mine)
    return AgendaView(today, days, role, {c.id: c for c in cases},
                      tuple(view_for(role, found.upcoming)), tuple(view_for(role, found.overdue)),
                      conflicts)


def conflicts_for(ctx: Context, *, case_ref: str | None = None,
                  horizon_days: int = CONFLICT_HORIZON_DAYS) -> list[tuple[Case, Conflict]]:
    """Open conflicts of one case or of every case, from 60 days back to the horizon."""
    policy.require(ctx, Action.READ)
    today = ctx.today()
    cases = [ctx.store.get_case_by_ref(case_ref)] if case_ref else ctx.store.list_cases()
    out: list[tuple[Case, Conflict]] = []
    closures = ctx.store.list_closures()
    start, end = today - timedelta(days=60), today + timedelta(days=horizon_days)
    for case in cases:
        entries = build_timeline(ctx.store.list_events(case_id=case.id), start, end,
                                 matters=ctx.store.list_matters(case.id),
                                 tz=zone_for_jurisdiction(case.jurisdiction))
        out += [(case, c) for c in find_conflicts(entries, today=today, closures=closures,
                                                  jurisdiction=case.jurisdiction)]
    out += _booking_only(ctx, case_ref=case_ref, start=start, end=end)
    return out


def caseload_for(ctx: Context) -> list[CaseSummary]:
    """Every case with its next date, overdue count and open conflicts in the coming year."""
    policy.require(ctx, Action.READ)
    today = ctx.today()
    summaries: Sequence[CaseSummary] = ctx.store.caseload(today)
    found = agenda([s.case for s in summaries], events_by_case(ctx), today=today,
                   days=CONFLICT_HORIZON_DAYS, closures=ctx.store.list_closures())
    counts = {case_id: len(per_case) for case_id, per_case in found.conflicts.items()}
    for case, _conflict in _booking_only(ctx, start=today,
                                         end=today + timedelta(days=CONFLICT_HORIZON_DAYS)):
        counts[case.id] = counts.get(case.id, 0) + 1
    return [dataclasses.replace(s, open_conflicts=counts.get(s.case.id, 0)) for s in summaries]
