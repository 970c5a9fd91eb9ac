"""A trigger's computed dates said in plain language (no Qt): "Appeal to the BIA must be
received by Wed 31 Mar 2027 — 30 days after the immigration judge's decision; Cesar Chavez Day
does not extend it." Everything here reads the engine's Computation and the rule's data; no
date is computed here (the step-by-step arithmetic stays one click away, in ``explain``)."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from timeline.deadlines import get_rule
from timeline.deciding_bodies import deciding_body
from timeline.rules import ResultSpec, Rule
from ui.i18n import day_text

UNIT_WORDS = {"CD": ("day", "days"), "BD": ("court day", "court days"), "H": ("hour", "hours"),
              "W": ("week", "weeks"), "M": ("month", "months"), "Y": ("year", "years")}
_ROLLED = re.compile(r"= (\d{4}-\d{2}-\d{2}) \(\w+\), (.+?) → (next|previous) day that is not "
                     r"Sat/Sun/holiday")
_NOT_EXTENDED = re.compile(r"holiday on \S+ \(\w+\) \((.+?)\) (does not extend it|is counted as "
                           r"a working day)")
_SERVICE = re.compile(r"\+(\d+) days (?:added|after the period)")


def when_text(moment: date | datetime) -> str:
    """A date as a calendar shows it ("Wed 31 Mar 2027"; "…, 14:00" for an instant)."""
    day = moment.date() if isinstance(moment, datetime) else moment
    text = day_text(day)
    if isinstance(moment, datetime):
        text += f", {moment:%H:%M}"
    return text


def _verb(rule: Rule, kind: str) -> str:
    if kind == "due":
        return "must be received by" if rule.filed_when == "receipt" else "is due by"
    return {"window_start": "opens on", "window_end": "ends on", "expected_by": "is expected by",
            "target": "is planned for", "warning": "warning:"}.get(kind, "falls on")


def _period(rule: Rule, spec: ResultSpec, steps: list[str]) -> str:
    """"30 days after the immigration judge's decision" (from the rule's own data)."""
    if spec.unit is None:
        return f"no deadline is counted from {rule.plain_event or 'the event'}"
    unit = str(rule.params.get(spec.unit[1:], spec.unit)) if spec.unit.startswith("$") else spec.unit
    n = rule.params.get(str(spec.n)[1:], spec.n) if isinstance(spec.n, str) else spec.n
    direction = rule.params.get(spec.direction[1:], spec.direction) \
        if spec.direction.startswith("$") else spec.direction
    after = "before" if direction == "B" else "after"
    since = f"“{spec.base}”" if spec.base else (rule.plain_event or "the event")
    if n == 0:
        text = f"the day of {since}"
    else:
        one, many = UNIT_WORDS.get(unit, (unit, unit))
        text = f"{n} {one if n == 1 else many} {after} {since}"
    service = next((m.group(1) for s in steps if (m := _SERVICE.search(s))), None)
    if service:
        text += f", plus {service} days for service"
    return text


def _calendar_note(steps: list[str]) -> str:
    """What the calendar did to the last day, from the engine's own steps."""
    notes = []
    for step in steps:
        if (m := _ROLLED.search(step)) is not None:
            day = date.fromisoformat(m.group(1))
            word = "next" if m.group(3) == "next" else "previous"
            notes.append(f"moved from {when_text(day)} ({m.group(2)}) to the {word} business day")
        elif (m := _NOT_EXTENDED.search(step)) is not None:
            notes.append(f"{m.group(1)} {m.group(2)}")
    return "; ".join(dict.fromkeys(notes))


def _result_steps(computation: Any, label: str) -> list[str]:
    prefix = label + ": "
    return [s[len(prefix):] for s in computation.steps
            if s.startswith(prefix) and not s[len(prefix):].startswith("safe reading")]


def result_sentence(computation: Any, index: int, *, headline: bool = False) -> str:
    """One computed date as a sentence. The headline (a rule with one date) names the rule:
    "Appeal to the BIA must be received by Wed 31 Mar 2027 — 30 days after …"; a line of a
    rule with several dates names the date: "TRO expires: Tue 15 Dec 2026 — 14 days after …"."""
    rule = get_rule(computation.rule_id)
    result = computation.results[index]
    spec = next((s for s in rule.results if s.label == result.label), None)
    steps = _result_steps(computation, result.label)
    if spec is not None and spec.unit is None:
        subject = rule.plain_name if headline else result.label
        return f"{subject}: no deadline is counted from {rule.plain_event or 'the event'}."
    if headline:
        text = f"{rule.plain_name} {_verb(rule, result.kind)} {when_text(result.date)}"
    else:
        text = f"{result.label}: {when_text(result.date)}"
    if spec is not None:
        text += " — " + _period(rule, spec, steps)
    note = _calendar_note(steps)
    if note:
        text += "; " + note
    if result.safe != result.date:
        text += f" (to be safe, treat {when_text(result.safe)} as the last day)"
    return text + "."


def body_sentence(computation: Any) -> str:
    """Whose calendar decides the last day, named."""
    if not computation.deciding_body:
        return ""
    body = deciding_body(computation.deciding_body)
    if body.policy == "clinic":
        return "A clinical window: it never moves for weekends or holidays."
    return f"Deciding body: {body.label} — its calendar decides the last day."


def plain_preview(computation: Any) -> str:
    """The headline, every other computed date, the deciding body and any warnings."""
    if not computation.results:
        return "This rule computes no date."
    rule = get_rule(computation.rule_id)
    if len(computation.results) == 1:
        lines = [result_sentence(computation, 0, headline=True)]
    else:
        lines = [rule.plain_name + ":"]
        lines.extend("• " + result_sentence(computation, i)
                     for i in range(len(computation.results)))
    body = body_sentence(computation)
    if body:
        lines.append(body)
    lines.extend("⚠ " + w for w in computation.warnings)
    return "\n".join(lines)
