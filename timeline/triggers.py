"""Turn a trigger's computed deadlines into event fields for Store.replace_trigger_deadlines."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from models.records import Case, Closure, EventKind, Owner, Trigger
from timeline.deadlines import Computation, DeadlineResult, compute, get_rule
from timeline.jurisdictions import default_zone, zone_for_jurisdiction

_DAY = timedelta(days=1)
_DEFAULT_TZ = default_zone()  # the deadline engine's default for federal courts (Eastern)


def deadline_assignee(case: Case, actor: str) -> str:
    """Who answers for a case's computed deadlines: its first assigned staff member, else ``actor``."""
    return case.assigned_to[0] if case.assigned_to else actor


def deadline_events_for(trigger: Trigger, *, closures: Sequence[Closure] = (),
                        assignee: str | None = None) -> list[dict[str, Any]]:
    """Field dicts, one per computed date of the trigger's rule (a window is one event).

    Client-owned due dates become LEGAL_DEADLINEs assigned to ``assignee`` (the team member
    who answers for them); dates owned by a court, agency or clinic become MILESTONEs (shown
    as "expected by" or targets); warnings stay in the explanation.
    """
    computation = compute(trigger.rule_id, trigger.occurred, jurisdiction=trigger.jurisdiction,
                          service=trigger.service, closures=tuple(closures))
    category = get_rule(trigger.rule_id).category
    tz = _zone_name(computation)
    common = {"category": category, "rule_id": computation.rule_id, "trigger_id": trigger.id,
              "matter_id": trigger.matter_id}
    events = []
    for first, last in _pairs(computation.results):
        fields = _window(first, last, tz) if last is not None else _single(first, tz)
        fields.update(common)
        fields["explanation"] = _explanation(computation, first, last)
        if assignee and fields["kind"] is EventKind.LEGAL_DEADLINE:
            fields["assigned_to"] = assignee
        events.append(fields)
    return events


def _pairs(results: Sequence[DeadlineResult]) -> Iterator[tuple[DeadlineResult, DeadlineResult | None]]:
    """Results as (date, None), or (window start, window end) for a window; warnings dropped."""
    pending: DeadlineResult | None = None
    for result in results:
        if result.kind == "warning":
            continue
        if result.kind == "window_start":
            pending = result
        elif result.kind == "window_end" and pending is not None:
            yield pending, result
            pending = None
        else:
            yield result, None
    if pending is not None:
        yield pending, None


def _kind(result: DeadlineResult) -> EventKind:
    """The team's own due dates are deadlines; anyone else's dates are milestones."""
    if result.owner is Owner.CLIENT and result.kind in ("due", "window_start", "window_end"):
        return EventKind.LEGAL_DEADLINE
    return EventKind.MILESTONE


def _single(result: DeadlineResult, tz: str) -> dict[str, Any]:
    """Fields of one dated result (an hour-based one keeps its time)."""
    due, safe = _day(result.date), _day(result.safe)
    fields: dict[str, Any] = {
        "kind": _kind(result), "title": result.label, "result_label": result.label,
        "owner": result.owner, "due": due, "computed_due": due,
        "safe_due": safe if safe != due else None, "all_day": True, "tz": tz,
    }
    if isinstance(result.date, datetime):
        fields.update(start=result.date, all_day=False, tz=_zone_of(result.date, tz))
    return fields


def _window(first: DeadlineResult, last: DeadlineResult, tz: str) -> dict[str, Any]:
    """Fields of a window: all-day from its first to its last day (end exclusive)."""
    zone = ZoneInfo(tz)
    opens, closes = _day(first.date), _day(last.date)
    safe = _day(last.safe)
    return {
        "kind": _kind(last), "title": f"{first.label} to {last.label}",
        "result_label": first.label, "owner": last.owner, "due": closes, "computed_due": closes,
        "safe_due": safe if safe != closes else None, "all_day": True, "tz": tz,
        "start": datetime.combine(opens, time(0), tzinfo=zone),
        "end": datetime.combine(closes + _DAY, time(0), tzinfo=zone),
    }


def _explanation(computation: Computation, first: DeadlineResult,
                 last: DeadlineResult | None) -> tuple[str, ...]:
    """Rule header, the arithmetic of this date, readings, warnings and sources."""
    lines = [computation.steps[0]] if computation.steps else []
    for result in (first, last):
        if result is None:
            continue
        lines.extend(result.steps)
        if result.reading:
            lines.append(f"Reading: {result.reading}")
        if result.hard:
            lines.append(f"{result.label}: hard limit, never moved to an open day.")
    lines.extend(f"Warning: {w}" for w in computation.warnings)
    lines.extend(f"Source: {s}" for s in computation.sources)
    return tuple(lines)


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _zone_of(moment: datetime, fallback: str) -> str:
    key = getattr(moment.tzinfo, "key", None)
    return key if isinstance(key, str) else fallback


def _zone_name(computation: Computation) -> str:
    """The court's zone: from a timed result, else the jurisdiction's, else Eastern."""
    for result in computation.results:
        if isinstance(result.date, datetime):
            return _zone_of(result.date, _DEFAULT_TZ)
    return zone_for_jurisdiction(computation.jurisdiction)
