"""Which calendars and closures decide a rule's last day, by deciding body and jurisdiction (s.4.4).

Calendars:
  federal_court  US-FED; for a period counted forward also the holidays of the state where the
                 court sits (FRCP 6(a)(6)(C)) — the state part of the jurisdiction, if any.
  state_court    the calendar of the rule's own state court (a CA rule counts CA-JUD whatever
                 the case's jurisdiction says).
  agency         US-FED only (EOIR/BIA, USCIS, other federal agencies), whatever the jurisdiction.
  clinic         never rolls; the jurisdiction's calendars are used only to warn (unchanged).

Closures (``Closure.calendar``), the rule documented in docs/rules.md:
  "*"            extends every deadline.
  "federal"      federal courts and agencies: extends federal-court and agency deadlines,
                 never a state court's.
  "CA"/"NY"/"TX" that state: extends its state courts' deadlines; for a federal court sitting
                 there, only a state-declared holiday (reason holiday or executive_order) and only
                 for a forward period (6(a)(6)(C)); never an agency deadline.
  "federal-XX"   (a particular federal court) extends that court's deadlines.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from models.records import Closure, ClosureReason
from timeline.deciding_bodies import DecidingBody, deciding_body
from timeline.jurisdictions import jurisdiction, state_calendars, state_name
from timeline.rules import Rule

FEDERAL = ("US-FED",)
# a closure recorded for a state counts for a federal court only when the state declared it a holiday
STATE_DECLARED = (ClosureReason.HOLIDAY, ClosureReason.EXECUTIVE_ORDER)


@dataclass(frozen=True, slots=True)
class DayRules:
    """The closed-day rules of one counting direction."""

    calendars: tuple[str, ...]
    closures: Mapping[date, str]
    declared: tuple[str, ...] = ()  # calendars whose declared-but-open holidays give two readings


@dataclass(frozen=True, slots=True)
class Forum:
    """Whose calendar decides, and what that means for forward and backward periods."""

    body: DecidingBody
    state: str | None  # the state whose holidays count (a federal court's seat, or the state court)
    case_state: str | None  # the state part of the case's jurisdiction
    fwd: DayRules
    bwd: DayRules
    steps: tuple[str, ...]
    warnings: tuple[str, ...]


def _label(c: Closure) -> str:
    return f"ad hoc closure ({c.reason.value.replace('_', ' ')}, calendar {c.calendar})"


def closure_map(closures: Iterable[Closure], names: tuple[str, ...],
                state: str | None = None) -> dict[date, str]:
    """Closures recorded for ``names`` or "*", plus state-declared holidays of ``state``."""
    out: dict[date, str] = {}
    for c in closures:
        if c.calendar == "*" or c.calendar in names or (c.calendar == state and c.reason in STATE_DECLARED):
            out.setdefault(c.day, _label(c))
    return out


def forum_for(rule: Rule, code: str, closures: Iterable[Closure]) -> Forum:
    """The calendars, closures and explanation for ``rule`` computed under jurisdiction ``code``."""
    closures = tuple(closures)
    if closures:
        return _build(rule, code, closures)
    key = (rule.id, rule.deciding_body, rule.default_jurisdiction, code)
    found = _PLAIN.get(key)
    if found is None:
        found = _PLAIN[key] = _build(rule, code, ())
    return found


# forums without closures, by (rule id, body, default jurisdiction, jurisdiction): most computations
_PLAIN: dict[tuple[str, str, str, str], Forum] = {}


def _build(rule: Rule, code: str, closures: tuple[Closure, ...]) -> Forum:
    body = deciding_body(rule.deciding_body)
    case_state = jurisdiction(code).state
    if body.policy == "federal_court":
        return _federal_court(body, code, case_state, closures)
    if body.policy == "state_court":
        return _state_court(rule, body, case_state, closures)
    if body.policy == "agency":
        return _agency(rule, body, case_state, closures)
    return _clinic(body, code, case_state, closures)


def _federal_court(body: DecidingBody, code: str, state: str | None, closures: tuple[Closure, ...]) -> Forum:
    own = ("federal", code) if code.startswith("federal-") else ("federal",)
    bwd = DayRules(FEDERAL, closure_map(closures, own))
    if state is None:
        step = (f"Calendar: decided by {body.label} — federal legal holidays (US-FED) and closures recorded "
                "for federal or *. No state is given (jurisdiction 'federal'), so no state holiday is "
                "counted; FRCP 6(a)(6)(C) adds the holidays of the state where the court sits: use "
                "federal-CA, federal-NY or federal-TX.")
        return Forum(body, None, None, bwd, bwd, (step,), ())
    cals = state_calendars(state)
    fwd = DayRules(FEDERAL + cals, closure_map(closures, own, state), cals)
    name = state_name(state)
    step = (f"Calendar: decided by {body.label} in {name} — federal legal holidays (US-FED) and, for a "
            f"period counted forward, {name} state holidays ({', '.join(cals)}) under FRCP 6(a)(6)(C); "
            f"closures recorded for federal or *, and holidays declared by {state} (forward only).")
    return Forum(body, state, state, fwd, bwd, (step,), ())


def _state_court(rule: Rule, body: DecidingBody, case_state: str | None,
                 closures: tuple[Closure, ...]) -> Forum:
    state = rule.court_state
    assert state is not None  # rules.py checks that a state_court rule names its state
    cals = state_calendars(state)
    rules = DayRules(cals, closure_map(closures, (state,)), cals)
    name = state_name(state)
    step = (f"Calendar: decided by a {name} state court — {', '.join(cals)} holidays and closures "
            f"recorded for {state} or * ({rule.deciding_body_source}).")
    warnings: tuple[str, ...] = ()
    if case_state is not None and case_state != state:
        warnings = (f"{rule.id} is a {name} rule: it is counted on the {name} court calendar, "
                    f"not {state_name(case_state)}'s.",)
    return Forum(body, state, case_state, rules, rules, (step,), warnings)


def _agency(rule: Rule, body: DecidingBody, case_state: str | None, closures: tuple[Closure, ...]) -> Forum:
    rules = DayRules(FEDERAL, closure_map(closures, ("federal",)))
    unless = f"; {state_name(case_state)} state holidays do not extend it" if case_state else ""
    step = (f"Calendar: decided by {body.label} — federal legal holidays (US-FED) and closures recorded "
            f"for federal or *, whatever the case's jurisdiction{unless} ({rule.deciding_body_source}).")
    return Forum(body, None, case_state, rules, rules, (step,), ())


def _clinic(body: DecidingBody, code: str, state: str | None, closures: tuple[Closure, ...]) -> Forum:
    """Unchanged from before deciding bodies: the jurisdiction's calendars, only for warnings."""
    if code.startswith("federal"):
        fed = ("federal", code)
        extra = ((state,) if state else ())
        fwd = DayRules(FEDERAL + (state_calendars(state) if state else ()), closure_map(closures, fed + extra))
        bwd = DayRules(FEDERAL, closure_map(closures, fed))
    else:
        fwd = bwd = DayRules(state_calendars(code), closure_map(closures, (code,)))
    step = (f"Calendar: {body.label} — never rolls (s.4.11); holidays of {', '.join(fwd.calendars)} and "
            "recorded closures are only warned about.")
    return Forum(body, None, state, fwd, bwd, (step,), ())
