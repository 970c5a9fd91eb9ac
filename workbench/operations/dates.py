"""Dated items: appointments and hearings, legal triggers with their deadlines, court closures.

A trigger is computed before anything is written (a bad date or jurisdiction fails first) and
stored with its deadlines in one transaction; the forum is the one asked for, else the case's
jurisdiction, else the rule's own default, for the preview and the save alike. Recording the
same trigger twice (same rule, matter and date) is refused unless ``allow_duplicate``.
A closure recomputes every trigger's deadlines in the transaction that stores it; overrides
are kept.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from models.errors import Duplicate, InvalidInput
from models.i18n import fill, translate
from models.records import Category, Closure, ClosureReason, Event, EventKind, Trigger
from timeline.deadlines import Computation, compute, get_rule
from timeline.triggers import deadline_assignee, deadline_events_for
from workbench.operations import policy
from workbench.operations.changes import Changes, Done, Kind
from workbench.operations.context import Context
from workbench.operations.policy import Action
from workbench.operations.views import case_of

_DATED = (Kind.EVENTS, Kind.TRIGGERS)


def _forum(ctx: Context, case_id: int, jurisdiction: str | None) -> str | None:
    return jurisdiction or ctx.store.get_case(case_id).jurisdiction or None


def preview_trigger(ctx: Context, *, case_id: int, rule_id: str, occurred: date | datetime,
                    jurisdiction: str | None = None, service: str | None = None) -> Computation:
    """The dates ``rule_id`` gives for this trigger, with the arithmetic (nothing is written)."""
    policy.require(ctx, Action.READ)
    return compute(rule_id, occurred, jurisdiction=_forum(ctx, case_id, jurisdiction),
                   service=service, closures=ctx.store.list_closures())


def _same_trigger(ctx: Context, case_id: int, rule_id: str, occurred: date | datetime,
                  matter_id: int | None, skip: int | None) -> Trigger | None:
    for t in ctx.store.list_triggers(case_id):
        if (t.id != skip and t.rule_id == rule_id and t.occurred == occurred
                and t.matter_id == matter_id):
            return t
    return None


def record_trigger(ctx: Context, *, case_id: int | None = None, case_ref: str | None = None,
                   rule_id: str, occurred: date | datetime, jurisdiction: str | None = None,
                   service: str | None = None, matter_id: int | None = None,
                   matter_ref: str | None = None, allow_duplicate: bool = False,
                   ) -> Done[tuple[Trigger, list[Event]]]:
    """Store a trigger and the deadlines its rule computes, together or not at all."""
    store = ctx.store
    case = case_of(ctx, case_id=case_id, case_ref=case_ref)
    rule = get_rule(rule_id)
    policy.require_write(ctx, rule.category)
    if matter_ref is not None:
        matter_id = _matter_of(ctx, case.id, matter_ref)
    forum = _forum(ctx, case.id, jurisdiction)
    compute(rule_id, occurred, jurisdiction=forum, service=service,
            closures=store.list_closures())
    existing = _same_trigger(ctx, case.id, rule_id, occurred, matter_id, None)
    if existing is not None and not allow_duplicate:
        raise Duplicate(
            fill(translate("Dates",
                "Trigger %1 already records %2 on %3 for this matter; its deadlines are on the "
                "timeline. Record it again only if it is a second event, and say so."),
                existing.id, rule_id, _iso(occurred)), field="rule")
    fields = {k: v for k, v in (("jurisdiction", forum), ("service", service),
                                ("matter_id", matter_id)) if v}
    with store.transaction():
        trigger = store.add_trigger(case.id, rule.trigger_type, rule_id, occurred, **fields)
        events = _store_deadlines(ctx, trigger)
    return Done((trigger, events), Changes.of(*_DATED, case_id=case.id))


def update_trigger(ctx: Context, *, trigger_id: int, rule_id: str, occurred: date | datetime,
                   jurisdiction: str | None = None, service: str | None = None,
                   matter_id: int | None = None, version: int | None = None,
                   ) -> Done[tuple[Trigger, list[Event]]]:
    """Change a trigger; every dependent date follows, manual overrides kept (``version``:
    the version the editor read; Conflict when someone changed it since)."""
    store = ctx.store
    old = store.get_trigger(trigger_id)
    policy.require_write(ctx, get_rule(old.rule_id).category)
    policy.require_write(ctx, get_rule(rule_id).category)
    forum = _forum(ctx, old.case_id, jurisdiction)
    compute(rule_id, occurred, jurisdiction=forum, service=service,
            closures=store.list_closures())
    with store.transaction():
        trigger = store.update_trigger(trigger_id, rule_id=rule_id, occurred=occurred,
                                       jurisdiction=forum, service=service, matter_id=matter_id,
                                       version=version)
        events = _store_deadlines(ctx, trigger)
    return Done((trigger, events), Changes.of(*_DATED, case_id=old.case_id))


def _store_deadlines(ctx: Context, trigger: Trigger) -> list[Event]:
    case = ctx.store.get_case(trigger.case_id)
    return ctx.store.replace_trigger_deadlines(
        trigger.id, deadline_events_for(trigger, closures=ctx.store.list_closures(),
                                        assignee=deadline_assignee(case, ctx.user.name)))


def _matter_of(ctx: Context, case_id: int, matter_ref: str) -> int:
    matter = ctx.store.get_matter_by_ref(matter_ref)
    if matter.case_id != case_id:
        raise InvalidInput(fill(translate("Dates",
                "Matter %1 belongs to another case."),
                matter_ref), field="matter")
    return matter.id


def _iso(when: date | datetime) -> str:
    return when.isoformat(timespec="minutes") if isinstance(when, datetime) else when.isoformat()


def add_event(ctx: Context, *, case_id: int, kind: EventKind, title: str, category: Category,
              **fields: Any) -> Done[Event]:
    """Add an appointment, hearing, deadline, conference, milestone or task (one-off or
    recurring, by ``rrule``)."""
    policy.require_write(ctx, category)
    event = ctx.store.add_event(case_id, kind, title, category, **fields)
    return Done(event, Changes.of(Kind.EVENTS, case_id=case_id))


def update_event(ctx: Context, *, event_id: int, version: int | None = None,
                 **fields: Any) -> Done[Event]:
    """Change an event (a whole series when it repeats); ``version``: the version the editor
    read (Conflict when someone changed it since)."""
    old = ctx.store.get_event(event_id)
    policy.require_write(ctx, old.category)
    if "category" in fields:
        policy.require_write(ctx, Category(fields["category"]))
    event = ctx.store.update_event(event_id, version=version, **fields)
    return Done(event, Changes.of(Kind.EVENTS, case_id=old.case_id))


# Kept from the series when one occurrence becomes its own event (not on any form).
CARRIED_FROM_SERIES = ("owner", "assigned_to", "matter_id", "evidence_for_id")


def detach_occurrence(ctx: Context, *, series_id: int, day: date, kind: EventKind, title: str,
                      category: Category, fields: Mapping[str, Any]) -> Done[Event]:
    """Edit one occurrence of a series: skip ``day`` in the series and store the occurrence as
    a one-off event, in one transaction (no occurrence lost or doubled)."""
    store = ctx.store
    series = store.get_event(series_id)
    policy.require_write(ctx, series.category)
    policy.require_write(ctx, category)
    carried = {k: getattr(series, k) for k in CARRIED_FROM_SERIES if getattr(series, k) is not None}
    carried.update(fields)
    carried.update(rrule=None, exdates=())
    with store.transaction():
        store.update_event(series.id, exdates=tuple(sorted({*series.exdates, day})))
        event = store.add_event(series.case_id, kind, title, category, **carried)
    return Done(event, Changes.of(Kind.EVENTS, case_id=series.case_id))


def recompute_deadlines(ctx: Context) -> int:
    """Recompute every trigger's deadlines (after the closures changed); overrides are kept."""
    count = 0
    with ctx.store.transaction():
        for case in ctx.store.list_cases():
            for trigger in ctx.store.list_triggers(case.id):
                _store_deadlines(ctx, trigger)
                count += 1
    return count


def add_closure(ctx: Context, *, day: date, calendar: str, reason: ClosureReason | str,
                note: str | None = None) -> Done[tuple[Closure, int]]:
    """Store a court closure and recompute every deadline with it, in one transaction."""
    from timeline.jurisdictions import closure_calendars

    policy.require(ctx, Action.CLOSURES)
    if calendar not in closure_calendars():
        raise InvalidInput(fill(translate("Dates",
                "Calendar %1 is not one of %2."),
                repr(calendar), ', '.join(closure_calendars())),
                           field="calendar")
    try:
        why = ClosureReason(reason)
    except ValueError:
        raise InvalidInput(fill(translate("Dates",
                "Reason: use one of %1."),
                ', '.join(r.value for r in ClosureReason)), field="reason") from None
    with ctx.store.transaction():
        closure = ctx.store.add_closure(day, calendar, why, note=note)
        count = recompute_deadlines(ctx)
    return Done((closure, count), Changes.of(Kind.CLOSURES, *_DATED, every_case=True))


def list_closures(ctx: Context) -> list[Closure]:
    """Every recorded court closure."""
    policy.require(ctx, Action.READ)
    return ctx.store.list_closures()
