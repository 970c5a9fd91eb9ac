"""Public API of the deadline engine: compute a catalog rule or a bare count, with explanations."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from models.errors import InvalidInput
from models.i18n import fill, translate
from models.records import Category, Closure, Owner
from timeline.body_calendars import forum_for
from timeline.calendars import calendar_spec
from timeline.clinical_warnings import window_warnings
from timeline.deadline_readings import FILED_WHEN, Context, DeadlineResult, compute_result
from timeline.deciding_bodies import deciding_body
from timeline.jurisdictions import (
    check_jurisdiction,
    jurisdiction,
    service_methods,
    state_zones,
    zone_for_jurisdiction,
)
from timeline.rules import (
    JURISDICTIONS,
    ResultSpec,
    Rule,
    all_rules,
    jurisdiction_service,
    service_profile,
)

__all__ = [
    "JURISDICTIONS", "UNITS", "DeadlineResult", "Computation", "list_rules", "get_rule",
    "compute", "count", "parse_when",
]

UNITS = ("days", "court-days", "hours", "weeks", "months", "years")
UNIT_CODE = dict(zip(UNITS, ("CD", "BD", "H", "W", "M", "Y"), strict=True))
# the zone of each state's seat (timeline/data/jurisdictions.json); federal defaults to Eastern
TIME_ZONES = state_zones()
SERVICES = service_methods()
_WHEN = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")


@dataclass(frozen=True, slots=True)
class Computation:
    """The results of one rule applied to one trigger, with the arithmetic and sources."""

    rule_id: str
    trigger: date | datetime
    jurisdiction: str
    service: str | None
    results: tuple[DeadlineResult, ...]
    steps: tuple[str, ...]
    sources: tuple[str, ...]
    warnings: tuple[str, ...]
    deciding_body: str = ""  # whose calendar decided the last days (timeline.deciding_bodies)

    def to_json(self) -> dict[str, Any]:
        """The CLI's JSON shape (issue 3 s.4); the first result is the primary date."""
        return {
            "rule": self.rule_id,
            "trigger": self.trigger.isoformat(),
            "jurisdiction": self.jurisdiction,
            "deciding_body": self.deciding_body,
            "service": self.service,
            "results": [
                {
                    "label": r.label, "date": r.date.isoformat(), "safe": r.safe.isoformat(),
                    "kind": r.kind, "owner": r.owner.value, "reading": r.reading, "hard": r.hard,
                }
                for r in self.results
            ],
            "steps": list(self.steps),
            "sources": list(self.sources),
            "warnings": list(self.warnings),
        }


def list_rules() -> list[Rule]:
    """Every rule of the catalog, sections A to E."""
    return list(all_rules().values())


def get_rule(rule_id: str) -> Rule:
    """The rule ``rule_id``; an unknown id raises InvalidInput naming it."""
    rule = all_rules().get(rule_id)
    if rule is None:
        raise InvalidInput(fill(translate("Deadlines",
                "Unknown rule %1. List the rules with `workbench rules`."),
                repr(rule_id)), field="rule")
    return rule


def parse_when(text: str) -> date | datetime:
    """Parse "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"; anything else raises InvalidInput."""
    if not isinstance(text, str) or not _WHEN.match(text.strip()):
        raise InvalidInput(fill(translate("Deadlines",
                "%1 is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM."),
                repr(text)), field="when")
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(fill(translate("Deadlines",
                "%1 is not a real date or time."),
                repr(text)), field="when") from None
    return value if "T" in text else value.date()


def _context(rule: Rule, code: str, closures: Iterable[Closure], params: Mapping[str, Any]) -> Context:
    """Calendars and closures of the rule's deciding body (s.4.4), and the court's time zone."""
    forum = forum_for(rule, code, closures)
    seat = rule.court_state or code  # a state court sits in its own state
    tz_name = params.get("tz") or zone_for_jurisdiction(seat)
    try:
        tz = ZoneInfo(tz_name)
    except (KeyError, ValueError):
        raise InvalidInput(fill(translate("Deadlines",
                "Unknown time zone %1."),
                repr(tz_name)), field="tz") from None
    return Context(rule=rule, jurisdiction=code, tz=tz, params=params, forum=forum)


def _service(rule: Rule, service: str | None, jurisdiction: str) -> tuple[str | None, Any]:
    method = service or rule.default_service
    if method is None:
        return None, None
    if method not in SERVICES:
        raise InvalidInput(fill(translate("Deadlines",
                "Unknown service method %1; use one of %2."),
                repr(method), ', '.join(SERVICES)), field="service")
    profile_id = rule.service_profile
    if profile_id is None:
        return method, None
    profile = service_profile(profile_id)
    if method not in profile.methods:
        raise InvalidInput(fill(translate("Deadlines",
                "Service %1 does not apply under %2."),
                repr(method), profile.source), field="service")
    return method, (profile, profile.methods[method])


def _params(rule: Rule, params: Mapping[str, Any] | None) -> dict[str, Any]:
    merged = dict(rule.params)
    for key, value in (params or {}).items():
        if key not in merged and key not in ("tz", "backward_roll", "observed_friday", "declared_holiday"):
            raise InvalidInput(fill(translate("Deadlines",
                    "Rule %1 has no parameter %2."),
                    rule.id, repr(key)), field="params")
        merged[key] = value
    return merged


def compute(
    rule_id: str,
    trigger: date | datetime,
    *,
    jurisdiction: str | None = None,
    service: str | None = None,
    closures: Iterable[Closure] = (),
    params: Mapping[str, Any] | None = None,
) -> Computation:
    """Apply catalog rule ``rule_id`` to ``trigger``; every date carries its steps and readings."""
    rule = get_rule(rule_id)
    return _run(rule, trigger, jurisdiction or rule.default_jurisdiction, service, closures, params)


def _run(rule: Rule, trigger: date | datetime, jurisdiction: str, service: str | None,
         closures: Iterable[Closure], params: Mapping[str, Any] | None) -> Computation:
    if not isinstance(trigger, date):
        raise InvalidInput(translate("Deadlines",
                "The trigger must be a date or a date and time."), field="trigger")
    ctx = _context(rule, check_jurisdiction(jurisdiction), closures, _params(rule, params))
    method, svc = _service(rule, service, jurisdiction)
    warnings = _effective_warnings(rule, trigger)
    warnings.extend(ctx.forum.warnings)
    results: dict[str, DeadlineResult] = {}
    steps: list[str] = [f"{rule.id}: {rule.title} — {rule.computation}".rstrip(" —")]
    steps.extend(ctx.forum.steps)
    for spec in rule.results:
        try:
            res = compute_result(ctx, spec, trigger, results, svc)
        except (OverflowError, ValueError):  # date arithmetic left the years 1–9999
            raise InvalidInput(translate("Deadlines",
                    "The computed date falls outside the calendar (years 1 to 9999); check the "
                    "trigger date and the count."), field="trigger") from None
        results[spec.label] = res
        steps.extend(f"{spec.label}: {s}" for s in res.steps)
    if rule.filed_when:
        steps.append(FILED_WHEN[rule.filed_when])
    extra = window_warnings(ctx, trigger, tuple(results.values())) if rule.clinical else ()
    sources = list(rule.sources)
    if svc is not None and svc[1].days:
        sources.append(svc[0].source)
    sources.append(f"deciding body {rule.deciding_body}: {rule.deciding_body_source}")
    for cal in ctx.fwd.calendars:
        spec_cal = calendar_spec(cal)
        sources.append(f"calendar {cal}: {spec_cal.name} (last verified {spec_cal.last_verified})")
    all_results = tuple(results.values()) + tuple(r for r, _ in extra)
    return Computation(
        rule_id=rule.id, trigger=trigger, jurisdiction=jurisdiction, service=method,
        results=all_results, steps=tuple(steps), sources=tuple(sources),
        warnings=tuple(warnings) + tuple(w for _, w in extra), deciding_body=rule.deciding_body,
    )


def _effective_warnings(rule: Rule, trigger: date | datetime) -> list[str]:
    """Documented choice: outside its effective dates a rule still computes, with a warning."""
    day = trigger.date() if isinstance(trigger, datetime) else trigger
    out = []
    if rule.effective_from and day < rule.effective_from:
        out.append(f"{rule.id} is in force from {rule.effective_from}; the trigger is earlier — check the rule then in force.")
    if rule.effective_to and day > rule.effective_to:
        out.append(f"{rule.id} ended on {rule.effective_to}; the trigger is later — check the current rule.")
    return out


def count(
    n: int,
    unit: str,
    *,
    after: date | datetime | None = None,
    before: date | datetime | None = None,
    jurisdiction: str = "federal",
    service: str | None = None,
    closures: Iterable[Closure] = (),
) -> Computation:
    """Count ``n`` units after or before a day under the jurisdiction's counting rule."""
    if (after is None) == (before is None):
        raise InvalidInput(translate("Deadlines",
                "Give exactly one of --after or --before."), field="after")
    if unit not in UNIT_CODE:
        raise InvalidInput(fill(translate("Deadlines",
                "Unknown unit %1; use one of %2."),
                repr(unit), ', '.join(UNITS)), field="unit")
    if not isinstance(n, int) or isinstance(n, bool) or n < 0:
        raise InvalidInput(translate("Deadlines",
                "N must be a whole number of 0 or more."), field="n")
    if n > MAX_COUNT[unit]:
        raise InvalidInput(fill(translate("Deadlines",
                "N is too large: at most %1 %2 (about a century)."),
                MAX_COUNT[unit], unit),
                           field="n")
    check_jurisdiction(jurisdiction)
    rule = _count_rule(UNIT_CODE[unit], "F" if after is not None else "B", jurisdiction)
    trigger = after if after is not None else before
    assert trigger is not None
    comp = _run(rule, trigger, jurisdiction, service, closures, {"n": n})
    arrow = "after" if after is not None else "before"
    first = replace(comp.results[0], label=f"{n} {unit} {arrow} {trigger.isoformat()}")
    return replace(comp, results=(first,) + comp.results[1:])


# Counts beyond about a century are typing mistakes, and court-day counts walk day by day.
MAX_COUNT = {"days": 36_600, "court-days": 26_100, "hours": 876_600, "weeks": 5_220,
             "months": 1_200, "years": 100}

_COUNT_SOURCES = {
    "federal": "Fed. R. Civ. P. 6(a): https://www.law.cornell.edu/rules/frcp/rule_6",
    "CA": "CCP 12, 12a, 12c, 135", "NY": "N.Y. GCL 20, 24, 25-a", "TX": "TRCP 4",
}


def _count_rule(unit: str, direction: str, code: str) -> Rule:
    key = (unit, direction, code)
    if key not in _COUNT_RULES:
        federal = jurisdiction(code).forum == "federal"
        state = "federal" if federal else code
        roll = "NR" if unit == "H" and direction == "B" else ("RF" if direction == "F" else "RB")
        arrow = "after" if direction == "F" else "before"
        spec = ResultSpec(label=f"n {arrow}", kind="due", owner=Owner.CLIENT, unit=unit, n="$n",
                          direction=direction, roll=roll, service=True)
        body = "federal_court" if federal else "state_court"
        _COUNT_RULES[key] = Rule(
            id="count", section="-", domain=code, title=f"count {arrow}", trigger="day",
            trigger_type="day", category=Category.CRIMINAL_CASE, default_jurisdiction=code,
            results=(spec,), sources=(_COUNT_SOURCES[state],), confidence="V",
            deciding_body=deciding_body(body).id, deciding_body_source=_COUNT_SOURCES[state],
            service_profile=jurisdiction_service(code),
            backward_roll="later" if state == "NY" else "earlier", params={"n": 0},
        )
    return _COUNT_RULES[key]


_COUNT_RULES: dict[tuple[str, str, str], Rule] = {}
