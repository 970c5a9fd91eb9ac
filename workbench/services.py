"""Glue for headless commands: read records from the store, hand them to the timeline engine."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from models.records import Case, Trigger


def case_timeline(store: Any, case: Case, start: date, end: date, role: str) -> list:
    """The merged, role-filtered timeline of one case over [start, end]."""
    from timeline.merge import build_timeline
    from timeline.views import view_for

    events = store.list_events(case_id=case.id)
    matters = store.list_matters(case.id)
    goals = store.list_goals(case.id)
    entries = build_timeline(events, start, end, matters=matters, goals=goals)
    return view_for(role, entries)


def record_trigger(store: Any, case_ref: str, rule_id: str, when: date | datetime, *,
                   jurisdiction: str | None = None, service: str | None = None,
                   matter_ref: str | None = None) -> tuple[Trigger, list]:
    """Store a trigger and the deadlines computed from it (overrides are kept)."""
    from timeline.deadlines import compute, get_rule
    from timeline.triggers import deadline_assignee, deadline_events_for

    case = store.get_case_by_ref(case_ref)
    rule = get_rule(rule_id)
    matter_id = store.get_matter_by_ref(matter_ref).id if matter_ref else None
    forum = jurisdiction or case.jurisdiction
    # compute first: a bad date or jurisdiction must fail before anything is written
    compute(rule_id, when, jurisdiction=forum, service=service, closures=store.list_closures())
    with store.transaction():  # the trigger and its deadlines are written together or not at all
        trigger = store.add_trigger(case.id, rule.trigger_type, rule_id, when, matter_id=matter_id,
                                    jurisdiction=forum, service=service)
        events = store.replace_trigger_deadlines(
            trigger.id, deadline_events_for(trigger, closures=store.list_closures(),
                                            assignee=deadline_assignee(case, store.actor)))
    return trigger, events


def _case_conflicts(store: Any, case: Case, today: date) -> list:
    from timeline.conflicts import find_conflicts
    from timeline.merge import build_timeline

    start, end = today - timedelta(days=60), today + timedelta(days=400)
    entries = build_timeline(store.list_events(case_id=case.id), start, end,
                             matters=store.list_matters(case.id))
    return find_conflicts(entries, today=today, closures=store.list_closures(),
                          jurisdiction=case.jurisdiction)


def conflicts_json(store: Any, today: date, case_ref: str | None = None) -> list[dict]:
    """Every conflict (of one case or all cases) as plain dicts."""
    cases = [store.get_case_by_ref(case_ref)] if case_ref else store.list_cases()
    out = []
    for case in cases:
        for c in _case_conflicts(store, case, today):
            out.append({"case": case.ref, "kind": str(c.kind), "day": c.day, "reason": c.reason,
                        "entries": list(c.keys)})
    return out


def caseload_rows(store: Any, today: date) -> list[dict]:
    """The caseload with next date, overdue count, open conflicts (coming year) and event count."""
    from timeline.agenda import conflict_counts

    summaries = store.caseload(today)
    conflicts = conflict_counts([s.case for s in summaries], _events_by_case(store), today=today,
                                closures=store.list_closures())
    return [{"ref": s.case.ref, "display_name": s.case.display_name, "next_date": s.next_date,
             "overdue": s.overdue, "events": s.events, "conflicts": conflicts.get(s.case.id, 0),
             "assigned_to": list(s.case.assigned_to)} for s in summaries]


def _events_by_case(store: Any) -> dict[int, list]:
    by_case: dict[int, list] = {}
    for e in store.list_events():
        by_case.setdefault(e.case_id, []).append(e)
    return by_case


def agenda_json(store: Any, today: date, days: int, staff: str | None = None) -> dict:
    """Upcoming items, overdue items and open conflicts across the caseload."""
    from timeline.agenda import agenda

    cases = store.list_cases()
    result = agenda(cases, _events_by_case(store), today=today, days=days, user=staff,
                    closures=store.list_closures())
    refs = {c.id: c.ref for c in cases}
    return {
        "from": today, "days": days,
        "upcoming": [_agenda_item(refs, e) for e in result.upcoming],
        "overdue": [_agenda_item(refs, e) for e in result.overdue],
        "conflicts": [{"case": refs.get(case_id, ""), "kind": str(c.kind), "day": c.day,
                       "reason": c.reason}
                      for case_id, found in result.conflicts.items() for c in found],
    }


def _agenda_item(refs: dict[int, str], e: Any) -> dict:
    return {"case": refs.get(e.case_id, ""), "day": e.day, "kind": str(e.kind), "title": e.title,
            "key": e.key}


def recompute_deadlines(store: Any) -> int:
    """Recompute every trigger's deadlines (after a closure changed); overrides are kept."""
    from timeline.triggers import deadline_assignee, deadline_events_for

    closures = store.list_closures()
    count = 0
    with store.transaction():
        for case in store.list_cases():
            for trigger in store.list_triggers(case.id):
                store.replace_trigger_deadlines(
                    trigger.id, deadline_events_for(trigger, closures=closures,
                                                    assignee=deadline_assignee(case, store.actor)))
                count += 1
    return count


def add_closure(store: Any, day: date, calendar: str, reason: str, note: str | None) -> tuple[Any, int]:
    """Store a court closure and recompute every deadline with it, in one transaction."""
    with store.transaction():
        closure = store.add_closure(day, calendar, reason, note=note)
        return closure, recompute_deadlines(store)
