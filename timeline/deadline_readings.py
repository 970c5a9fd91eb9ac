"""One result of a rule in its readings: the prevailing date and the safe (earliest) date, s.4."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from models.errors import InvalidInput
from models.i18n import fill, translate
from models.records import Owner
from timeline.body_calendars import DayRules, Forum
from timeline.calendars import fmt, holiday_name
from timeline.counting import Closed, Plan, count_date, count_hours, localize, stamp
from timeline.jurisdictions import state_calendars
from timeline.rules import UNIT_CODES, ResultSpec, Rule, ServiceMethod, ServiceProfile

_ONE = timedelta(days=1)
# (what the prevailing date assumes, what the safe date assumes), per ambiguity of s.4
AMBIGUITY = {
    "friday": (
        "date treats a Friday observed for a Saturday holiday as a legal holiday (FRCP 6(a)(6)(A); clerk's offices close)",
        "safe does not (5 U.S.C. 6103(b)(1) makes it a holiday for pay and leave only; s.4.1)",
    ),
    "declared": (
        "date counts a state holiday on which state offices stay open (a Texas skeleton-crew day, Gov. Code "
        "662.003(b), 662.004) as a legal holiday ('any day declared a holiday by the state', FRCP 6(a)(6)(C); "
        "Gov. Code 662.021)",
        "safe does not (state offices and most courts are open that day; s.4.4)",
    ),
    "backward_roll": (
        "date rolls a backward deadline to the next business day, as the rule's text reads",
        "safe rolls it to the previous business day (s.4.5)",
    ),
    "safe_n": ("date uses the shorter period", "safe uses the longer one (the versions differ; s.4.12)"),
    "no_roll": (
        "date applies the paper-filing weekend/holiday policy (next business day)",
        "safe is the unrolled day (electronic filing, or the date printed on the notice)",
    ),
    "day_before": (
        "date is the last day if that day itself counts",
        "safe is the day before (whether the last day counts is unclear; s.4.9)",
    ),
}
FILED_WHEN = {
    "receipt": "filed when RECEIVED (no mailbox rule): allow for delivery; paper is not received on weekends",
    "mailbox": "filed when mailed (mailbox rule)",
    "efile_tz": "e-filing is on time until midnight in the court's time zone (FRCP 6(a)(4))",
}


# a day, or an instant for hour-counted rules
Moment = date | datetime


@dataclass(frozen=True, slots=True)
class DeadlineResult:
    """One computed date of a rule, with its safe reading and explanation."""

    label: str
    date: Moment  # the alias: this field's name shadows the type inside the class
    safe: Moment
    kind: str
    owner: Owner
    reading: str | None = None  # which reading date/safe are, when they differ
    steps: tuple[str, ...] = ()
    hard: bool = False


@dataclass(frozen=True, slots=True)
class Context:
    """What every result of one computation shares."""

    rule: Rule
    jurisdiction: str
    tz: ZoneInfo
    params: Mapping[str, Any]
    forum: Forum  # whose calendar decides: calendars and closures forward and backward

    @property
    def fwd(self) -> DayRules:
        """Closed-day rules of a period counted forward."""
        return self.forum.fwd

    @property
    def bwd(self) -> DayRules:
        """Closed-day rules of a backward period (a federal court counts no state holiday then)."""
        return self.forum.bwd


# one reading: (ambiguity name, plan, observed Friday is a holiday, declared-open day is a holiday)
Reading = tuple[str, Plan, bool, bool]


def _resolve(ctx: Context, value: Any) -> Any:
    if isinstance(value, str) and value.startswith("$"):
        return ctx.params[value[1:]]
    return value


def as_day(when: date | datetime, tz: ZoneInfo) -> date:
    """The day of ``when`` in ``tz`` (a bare date is itself)."""
    if isinstance(when, datetime):
        return (when.astimezone(tz) if when.tzinfo else when).date()
    return when


def _one(ctx: Context, spec: ResultSpec, plan: Plan, start: date | datetime, fri: bool, decl: bool,
         steps: list[str]) -> tuple[date | datetime, Closed]:
    """One reading; returns the date and the closed-day test (which ambiguous days mattered)."""
    rules = ctx.fwd if plan.sign > 0 else ctx.bwd
    closed = Closed(rules.calendars, rules.closures, friday_holiday=fri, declared=rules.declared,
                    declared_holiday=decl)
    if plan.unit == "H":
        return count_hours(localize(start, ctx.tz, steps), plan, closed, steps), closed
    day = count_date(as_day(start, ctx.tz), plan, closed, steps)
    if spec.end_of_day:
        end = datetime.combine(day, time(23, 59), tzinfo=ctx.tz)
        steps.append(f"ends at midnight, {ctx.tz.key} time: file by {stamp(end)}")
        return end, closed
    return day, closed


def _plan(ctx: Context, spec: ResultSpec, svc: tuple[ServiceProfile, ServiceMethod] | None) -> tuple[Plan, list[str]]:
    unit, n, direction = (_resolve(ctx, v) for v in (spec.unit, spec.n, spec.direction))
    if unit not in UNIT_CODES:
        raise InvalidInput(fill(translate("DeadlineReadings",
                "Unknown unit %1 for %2; use one of %3."),
                repr(unit), ctx.rule.id, UNIT_CODES), field="unit")
    if direction not in ("F", "B"):
        raise InvalidInput(fill(translate("DeadlineReadings",
                "Direction must be F or B for %1."),
                ctx.rule.id), field="direction")
    if not isinstance(n, int) or isinstance(n, bool) or n < 0:
        raise InvalidInput(fill(translate("DeadlineReadings",
                "The period of %1 must be a whole number of 0 or more."),
                ctx.rule.id), field="n")
    notes: list[str] = []
    texas_court = ctx.forum.body.policy == "state_court" and ctx.forum.state == "TX"
    if texas_court and unit == "CD" and 0 < n <= 5:
        unit = "BD"
        notes.append("TRCP 4: a period of 5 days or less excludes Saturdays, Sundays and legal holidays")
    sign = 1 if direction == "F" else -1
    roll = "NR" if ctx.rule.clinical else spec.roll
    if sign < 0 and roll != "NR":  # s.4.5: which way a backward deadline rolls
        later = ctx.params.get("backward_roll", ctx.rule.backward_roll) == "later"
        roll = "RF" if later else "RB"
    if sign < 0 and ctx.forum.body.policy == "federal_court" and ctx.forum.state:
        notes.append("state holidays are not counted for a backward period (FRCP 6(a)(6)(C))")
    method = svc[1] if (svc is not None and spec.service) else None
    return Plan(unit, n, sign, roll, method), notes


def _flags(ctx: Context) -> tuple[bool, bool]:
    """The prevailing reading: is an observed Friday / a declared-open state holiday a holiday?"""
    return (ctx.params.get("observed_friday", "both") is not False,
            ctx.params.get("declared_holiday", "both") is not False)


def _variants(ctx: Context, spec: ResultSpec, plan: Plan, closed: Closed) -> list[Reading]:
    """The alternative readings of s.4 that apply here."""
    fri, decl = _flags(ctx)
    out: list[Reading] = []
    if closed.touched_friday and ctx.params.get("observed_friday", "both") == "both":
        out.append(("friday", plan, False, decl))
    if closed.touched_declared and ctx.params.get("declared_holiday", "both") == "both":
        out.append(("declared", plan, fri, False))
    if plan.sign < 0 and plan.roll == "RF":
        out.append(("backward_roll", replace(plan, roll="RB"), fri, decl))
    if spec.safe_n is not None:
        out.append(("safe_n", replace(plan, n=spec.safe_n), fri, decl))
    if spec.safe_no_roll and plan.roll != "NR":
        out.append(("no_roll", replace(plan, roll="NR"), fri, decl))
    if len(out) > 1:  # all safe assumptions at once
        combined = plan
        names = [r[0] for r in out]
        for name, p, _, _ in out:
            if name == "safe_n":
                combined = replace(combined, n=p.n)
            elif name == "no_roll" or (name == "backward_roll" and combined.roll != "NR"):
                combined = replace(combined, roll=p.roll)
        out.append(("+".join(names), combined, fri and "friday" not in names, decl and "declared" not in names))
    return out


def compute_result(ctx: Context, spec: ResultSpec, trigger: date | datetime,
                   done: Mapping[str, DeadlineResult],
                   svc: tuple[ServiceProfile, ServiceMethod] | None) -> DeadlineResult:
    """Compute one result of a rule in its prevailing and safe readings, with steps."""
    start = done[spec.base].date if spec.base else trigger
    if spec.unit is None:
        note = spec.note or "no computable period"
        return DeadlineResult(spec.label, start, start, spec.kind, spec.owner, None,
                              (f"{stamp(start)}: {note}",), spec.hard)
    plan, steps = _plan(ctx, spec, svc)
    fri, decl = _flags(ctx)
    value, closed = _one(ctx, spec, plan, start, fri, decl, steps)
    value = _later_of(ctx, spec, plan, value, steps)
    steps.extend(_agency_notes(ctx, plan, start, value))
    safe, reading, safe_steps = value, None, steps
    for name, alt_plan, alt_fri, alt_decl in _variants(ctx, spec, plan, closed):
        alt_steps: list[str] = []
        alt, _ = _one(ctx, spec, alt_plan, start, alt_fri, alt_decl, alt_steps)
        if alt < safe:
            safe, reading = alt, name
            safe_steps = alt_steps
    if reading is not None:
        steps.extend(f"safe reading: {s}" for s in safe_steps[-2:])
    if spec.safe_day_before:
        safe = safe - _ONE
        reading = f"{reading}+day_before" if reading else "day_before"
        steps.append(f"safe reading: the day before = {stamp(safe)}")
    if spec.note:
        steps.append(spec.note)
    text = _reading_text(reading) if safe != value else None
    return DeadlineResult(spec.label, value, safe, spec.kind, spec.owner, text, tuple(steps), spec.hard)


def _later_of(ctx: Context, spec: ResultSpec, plan: Plan, value: date | datetime,
              steps: list[str]) -> date | datetime:
    raw = ctx.params.get(spec.later_of_param) if spec.later_of_param else None
    if raw is None:
        return value
    other = raw if isinstance(raw, date) else date.fromisoformat(str(raw))
    alt = _one(ctx, spec, plan, other, *_flags(ctx), [])[0] if spec.later_of_counts else other
    later = max(value, alt)
    how = "counted from" if spec.later_of_counts else "the date of"
    steps.append(f"later of {stamp(value)} and {stamp(alt)} ({how} {spec.later_of_param}) = {stamp(later)}")
    return later


def _agency_notes(ctx: Context, plan: Plan, start: date | datetime, value: date | datetime) -> list[str]:
    """Name the case's state holidays that an agency's federal calendar ignores (s.4.4)."""
    forum = ctx.forum
    if forum.body.policy != "agency" or forum.case_state is None or (plan.roll == "NR" and plan.unit != "BD"):
        return []
    cals = state_calendars(forum.case_state)
    state_closed = Closed(cals, {}, weekends=False, declared=cals)
    last = as_day(value, ctx.tz)
    days = [last]
    if plan.unit == "BD":
        first = as_day(start, ctx.tz)
        lo, hi = (first, last) if first <= last else (last, first)
        days = [lo + timedelta(days=i) for i in range(1, (hi - lo).days + 1)]
    notes = []
    for day in days:
        why = state_closed.why(day)
        if why is None or holiday_name("US-FED", day) is not None or day.weekday() >= 5:
            continue
        effect = "does not extend it" if day == last else "is counted as a working day"
        notes.append(f"decided by {forum.body.label}: federal legal holidays; the {forum.case_state} state "
                     f"holiday on {fmt(day)} ({why}) {effect}")
    return notes


def _reading_text(reading: str | None) -> str | None:
    if not reading:
        return None
    names = reading.split("+")
    return "; ".join(AMBIGUITY[n][0] for n in names) + "; " + "; ".join(AMBIGUITY[n][1] for n in names)
