"""A trigger's computed dates said in plain language, in the UI's language (each shape of
sentence is one template of context "TriggerPlain"; the rule's names come from its data):
"Appeal to the BIA must be received by Wed 31 Mar 2027 — 30 days after the immigration judge's
decision; Cesar Chavez Day does not extend it." Everything here reads the engine's Computation
and the rule's data; no date is computed here (the step-by-step arithmetic stays one click
away, in ``explain``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from timeline.deadlines import get_rule
from timeline.deciding_bodies import deciding_body
from timeline.rules import ResultSpec, Rule
from ui.i18n import day_text, translate

#: "%n <unit> after/before %1" for each counting unit of the rules (Qt numerus: one form per
#: plural category of the language; written out so that lupdate reads each as a count)
PERIODS: dict[tuple[str, str], Callable[[int], str]] = {
    ("CD", "after"): lambda n: translate("TriggerPlain", "%n day(s) after %1", None, n),
    ("CD", "before"): lambda n: translate("TriggerPlain", "%n day(s) before %1", None, n),
    ("BD", "after"): lambda n: translate("TriggerPlain", "%n court day(s) after %1", None, n),
    ("BD", "before"): lambda n: translate("TriggerPlain", "%n court day(s) before %1", None, n),
    ("H", "after"): lambda n: translate("TriggerPlain", "%n hour(s) after %1", None, n),
    ("H", "before"): lambda n: translate("TriggerPlain", "%n hour(s) before %1", None, n),
    ("W", "after"): lambda n: translate("TriggerPlain", "%n week(s) after %1", None, n),
    ("W", "before"): lambda n: translate("TriggerPlain", "%n week(s) before %1", None, n),
    ("M", "after"): lambda n: translate("TriggerPlain", "%n month(s) after %1", None, n),
    ("M", "before"): lambda n: translate("TriggerPlain", "%n month(s) before %1", None, n),
    ("Y", "after"): lambda n: translate("TriggerPlain", "%n year(s) after %1", None, n),
    ("Y", "before"): lambda n: translate("TriggerPlain", "%n year(s) before %1", None, n),
}
#: the headline of each kind of computed date: "%1 is due by %2" (the rule, the day)
VERBS = {
    "receipt": QT_TRANSLATE_NOOP("TriggerPlain", "%1 must be received by %2"),
    "due": QT_TRANSLATE_NOOP("TriggerPlain", "%1 is due by %2"),
    "window_start": QT_TRANSLATE_NOOP("TriggerPlain", "%1 opens on %2"),
    "window_end": QT_TRANSLATE_NOOP("TriggerPlain", "%1 ends on %2"),
    "expected_by": QT_TRANSLATE_NOOP("TriggerPlain", "%1 is expected by %2"),
    "target": QT_TRANSLATE_NOOP("TriggerPlain", "%1 is planned for %2"),
    "warning": QT_TRANSLATE_NOOP("TriggerPlain", "%1 warning: %2"),
    "other": QT_TRANSLATE_NOOP("TriggerPlain", "%1 falls on %2"),
}
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


def _tr(text: str) -> str:
    return translate("TriggerPlain", text)


def _headline(rule: Rule, kind: str, when: str) -> str:
    """"Appeal to the BIA must be received by Wed 31 Mar 2027"."""
    if kind == "due" and rule.filed_when == "receipt":
        kind = "receipt"
    return _tr(VERBS.get(kind, VERBS["other"])).replace("%2", when).replace("%1", rule.plain_name)


def _event(rule: Rule) -> str:
    return rule.plain_event or translate("TriggerPlain", "the event")


def _period(rule: Rule, spec: ResultSpec, steps: list[str]) -> str:
    """"30 days after the immigration judge's decision" (from the rule's own data)."""
    if spec.unit is None:
        return translate("TriggerPlain", "no deadline is counted from %1").replace(
            "%1", _event(rule))
    unit = str(rule.params.get(spec.unit[1:], spec.unit)) if spec.unit.startswith("$") else spec.unit
    n = rule.params.get(str(spec.n)[1:], spec.n) if isinstance(spec.n, str) else spec.n
    direction = rule.params.get(spec.direction[1:], spec.direction) \
        if spec.direction.startswith("$") else spec.direction
    after = "before" if direction == "B" else "after"
    since = f"“{spec.base}”" if spec.base else _event(rule)
    if n == 0:
        text = translate("TriggerPlain", "the day of %1").replace("%1", since)
    elif (unit, after) in PERIODS:
        text = PERIODS[unit, after](int(n)).replace("%1", since)
    else:  # a unit the table does not know: its code as it is
        text = f"{n} {unit} {after} {since}"
    service = next((m.group(1) for s in steps if (m := _SERVICE.search(s))), None)
    if service:
        text = translate("TriggerPlain", "%1, plus %n day(s) for service", None,
                         int(service)).replace("%1", text)
    return text


def _calendar_note(steps: list[str]) -> str:
    """What the calendar did to the last day, from the engine's own steps."""
    notes = []
    for step in steps:
        if (m := _ROLLED.search(step)) is not None:
            day = date.fromisoformat(m.group(1))
            moved = translate("TriggerPlain", "moved from %1 (%2) to the next business day") \
                if m.group(3) == "next" else \
                translate("TriggerPlain", "moved from %1 (%2) to the previous business day")
            notes.append(moved.replace("%2", m.group(2)).replace("%1", when_text(day)))
        elif (m := _NOT_EXTENDED.search(step)) is not None:
            said = translate("TriggerPlain", "%1 does not extend it") \
                if m.group(2) == "does not extend it" else \
                translate("TriggerPlain", "%1 is counted as a working day")
            notes.append(said.replace("%1", m.group(1)))
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
        return translate("TriggerPlain", "%1: no deadline is counted from %2.").replace(
            "%2", _event(rule)).replace("%1", subject)
    if headline:
        text = _headline(rule, result.kind, when_text(result.date))
    else:
        text = f"{result.label}: {when_text(result.date)}"
    if spec is not None:
        text += " — " + _period(rule, spec, steps)
    note = _calendar_note(steps)
    if note:
        text += "; " + note
    if result.safe != result.date:
        text = translate("TriggerPlain", "%1 (to be safe, treat %2 as the last day)").replace(
            "%2", when_text(result.safe)).replace("%1", text)
    return text + "."


def body_sentence(computation: Any) -> str:
    """Whose calendar decides the last day, named."""
    if not computation.deciding_body:
        return ""
    body = deciding_body(computation.deciding_body)
    if body.policy == "clinic":
        return translate("TriggerPlain", "A clinical window: it never moves for weekends or "
                         "holidays.")
    return translate("TriggerPlain", "Deciding body: %1 — its calendar decides the last "
                     "day.").replace("%1", body.label)


def plain_preview(computation: Any) -> str:
    """The headline, every other computed date, the deciding body and any warnings."""
    if not computation.results:
        return translate("TriggerPlain", "This rule computes no date.")
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
