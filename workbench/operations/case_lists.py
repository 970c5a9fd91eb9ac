"""One case's lists (triggers, matters, documents, referrals, goals) as the acting role sees them.

Each is a read of one case's records for a list in the case workspace, asked of the policy and
passed through the role view like the timeline: a field the role may not read is replaced by a
neutral text (a rule id such as E-nPEP-FU says as much as a title, so a trigger whose rule id
the role may not read is left out; its deadlines stay on the timeline under a generic title).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from models.records import Category, Document, Event, Goal, Matter, Referral, Role, Trigger
from timeline.deadlines import get_rule
from timeline.views import GENERIC_CATEGORY, GROUP_OF, POLICY
from workbench.operations import policy
from workbench.operations.context import Context
from workbench.operations.policy import Action

HIDDEN = "(not visible to your role)"
R = TypeVar("R", Document, Referral, Goal)


def _shown(role: Role, category: Category) -> frozenset[str]:
    return POLICY[(role, GROUP_OF[Category(category)])]


def _category(role: Role, category: Category) -> Category:
    if "category" in _shown(role, category):
        return category
    return GENERIC_CATEGORY[GROUP_OF[Category(category)]]


def triggers_for(ctx: Context, *, case_id: int) -> list[Trigger]:
    """The case's triggers whose rule id the acting role may read."""
    policy.require(ctx, Action.READ)
    role = ctx.role
    return [t for t in ctx.store.list_triggers(case_id)
            if "rule_id" in _shown(role, get_rule(t.rule_id).category)]


def matters_for(ctx: Context, *, case_id: int) -> list[Matter]:
    """The case's legal matters (every role reads their titles: timeline.views)."""
    policy.require(ctx, Action.READ)
    return list(ctx.store.list_matters(case_id))


def documents_for(ctx: Context, *, case_id: int) -> list[Document]:
    """The case's documents, titles and categories as the role may read them."""
    policy.require(ctx, Action.READ)
    role = ctx.role
    return [d if "title" in _shown(role, d.category) else
            replace(d, title=HIDDEN, category=_category(role, d.category))
            for d in ctx.store.list_documents(case_id)]


def referrals_for(ctx: Context, *, case_id: int) -> list[Referral]:
    """The case's referrals, service and organisation as the role may read them."""
    policy.require(ctx, Action.READ)
    role = ctx.role
    return [r if "title" in _shown(role, r.category) else
            # the consent it is shared under would name the organisation: not shown either
            replace(r, service=HIDDEN, organisation=HIDDEN, notes=None, consent_id=None,
                    category=_category(role, r.category))
            for r in ctx.store.list_referrals(case_id)]


def goals_for(ctx: Context, *, case_id: int) -> list[Goal]:
    """The case's care-plan goals and milestones, titles as the role may read them."""
    policy.require(ctx, Action.READ)
    role = ctx.role
    out = []
    for goal in ctx.store.list_goals(case_id):
        if "title" not in _shown(role, goal.category):
            # a measure names an instrument (a clinical category) and its values are scores
            goal = replace(goal, title=HIDDEN, category=_category(role, goal.category),
                           measure=None, baseline=None, target=None,
                           milestones=tuple(replace(m, title=HIDDEN) for m in goal.milestones))
        out.append(goal)
    return out


def event_to_edit(ctx: Context, *, event_id: int) -> Event:
    """An event to open in an editor: only for a role that may change it (PermissionDenied
    otherwise, before any of its fields is handed out)."""
    policy.require(ctx, Action.READ)
    event = ctx.store.get_event(event_id)
    policy.require_write(ctx, event.category)
    return event
