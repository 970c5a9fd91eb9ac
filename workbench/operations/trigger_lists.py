"""A case's triggers with what they produced, as the acting role sees them: for the triggers
table (event, forum, computed dates).

The triggers are those of ``case_lists.triggers_for`` (a trigger whose rule id the role may not
read is left out); each comes with its forum, never blank (the stored one, else the case's,
else the rule's default, and which of these it is), and the deadlines the trigger produced
(``Event.trigger_id``), the label replaced by a neutral text where the role may not read the
deadline's title, as the timeline does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models.records import Trigger
from timeline.deadlines import get_rule
from workbench.operations import policy
from workbench.operations.case_lists import HIDDEN, _shown, triggers_for
from workbench.operations.context import Context
from workbench.operations.policy import Action

STORED, CASE, RULE = "stored", "case", "rule"


@dataclass(frozen=True, slots=True)
class ComputedDate:
    """One deadline a trigger produced."""

    label: str
    due: date | None
    overridden: bool = False


@dataclass(frozen=True, slots=True)
class TriggerLine:
    """A trigger, its forum (``forum_from``: stored, case or rule) and its computed dates."""

    trigger: Trigger
    forum: str
    forum_from: str
    dates: tuple[ComputedDate, ...]


def _forum(trigger: Trigger, case_forum: str | None) -> tuple[str, str]:
    if trigger.jurisdiction:
        return trigger.jurisdiction, STORED
    if case_forum:
        return case_forum, CASE
    return get_rule(trigger.rule_id).default_jurisdiction, RULE


def trigger_lines(ctx: Context, *, case_id: int) -> list[TriggerLine]:
    """The case's triggers the role may read, each with its forum and computed dates."""
    policy.require(ctx, Action.READ)
    triggers = triggers_for(ctx, case_id=case_id)
    case_forum = ctx.store.get_case(case_id).jurisdiction or None
    produced: dict[int, list[ComputedDate]] = {}
    for event in ctx.store.list_events(case_id=case_id):
        if event.trigger_id is None:
            continue
        label = (event.result_label or event.title) if "title" in _shown(ctx.role, event.category) \
            else HIDDEN
        produced.setdefault(event.trigger_id, []).append(
            ComputedDate(label, event.due_day(), bool(event.overridden)))
    lines = []
    for trigger in triggers:
        forum, source = _forum(trigger, case_forum)
        found = sorted(produced.get(trigger.id, ()), key=lambda d: (d.due is None, d.due or date.min))
        lines.append(TriggerLine(trigger, forum, source, tuple(found)))
    return lines
