"""The safety plan of a case: read it through the role view, save it with its review task on
the timeline, read its risk-level history.

Decisions (issue 11 §3):
- Role view. The plan is in the safety_plan category (the services group). A role that reads
  the category's notes tier reads the whole plan. A role that does not (the peer mentor) gets
  the plan without its content -- no warning signs, contacts, places, steps or own words --
  but still sees that a plan exists, who last changed it, its review day and, when its view
  has the title tier, the risk level. A role with no tier of the category at all (none today;
  the table may gain one) gets the same generic record without the risk level: it still
  learns that a plan exists, because the review task is on every role's timeline anyway.
  ``sees_content``/``sees_risk`` say which applies, so a face can say why a section is empty.
- The review task. When the plan has a review day, the case's timeline holds one task due
  that day, titled generically (REVIEW_TITLE: never plan content), category safety_plan,
  owned by the client's team and assigned to whoever set the day. Moving the day moves the
  task; clearing it cancels the task; setting a day again re-opens it. A task already marked
  done stays done (the review happened) and a new one is made for the next review. The task
  and the plan are written in one store transaction: both or neither.
- A review day in the past. The review day is when the team will next go over the plan with
  the survivor, so a day before today is almost always a typing slip: it is refused with a
  message saying so, unless ``allow_past_review`` is given (recording an older plan whose
  review is overdue: the task then shows as overdue). A day left as stored is never refused
  (changing the steps of a plan whose review is overdue needs no new day).
- Risk history. Every change of the risk level is kept (the store appends it); a level once
  set can be changed but not removed. ``risk_note`` says why the level changed and is refused
  when the level does not change (it would otherwise be dropped unseen).
- ``version``: as read (Conflict when someone else changed the plan since); ``version=0``
  says "I saw no plan", so two people creating the first plan at once do not overwrite each
  other.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from models.errors import InvalidInput, NotFound
from models.i18n import fill, translate
from models.records import (
    Category,
    Event,
    EventKind,
    EventStatus,
    HistorySubject,
    Owner,
    RiskLevel,
    Role,
    SafetyPlan,
    StatusChange,
)
from timeline.views import visible_fields
from workbench.operations import policy
from workbench.operations.changes import Changes, Done, Kind
from workbench.operations.context import Context
from workbench.operations.policy import Action

CATEGORY = Category.SAFETY_PLAN
REVIEW_TITLE = "Review the safety plan"  # generic on purpose: it is on every role's timeline
# what a person may set; the store's review_event_id is the operation's own
PLAN_FIELDS = ("warning_signs", "safe_contacts", "safe_places", "steps", "own_words",
               "risk_level", "review_on")
CONTENT_FIELDS = ("warning_signs", "safe_contacts", "safe_places", "steps", "own_words")
HIDDEN_RISK = ""  # a risk history entry's value for a role that may not see the level
_CHANGED = (Kind.SAFETY_PLAN, Kind.EVENTS)
_DATE_LIKE = re.compile(r"[0-9][0-9 ./-]{0,11}")


def sees_content(role: Role | str) -> bool:
    """True when ``role`` reads the plan itself (warning signs, contacts, places, steps, own
    words, risk notes)."""
    return "notes" in visible_fields(role, CATEGORY)


def sees_risk(role: Role | str) -> bool:
    """True when ``role`` reads the plan's risk level (the title tier)."""
    return "title" in visible_fields(role, CATEGORY)


def redact_plan(role: Role | str, plan: SafetyPlan) -> SafetyPlan:
    """A copy holding only what ``role`` may see (see the module's decisions)."""
    if sees_content(role):
        return plan
    hidden = replace(plan, warning_signs=(), safe_contacts=(), safe_places=(), steps=(),
                     own_words=None)
    return hidden if sees_risk(role) else replace(hidden, risk_level=None)


def plan_for(ctx: Context, *, case_id: int,
             as_role: Role | str | None = None) -> SafetyPlan | None:
    """The case's safety plan as the acting user's role (or a narrower one) may see it, or
    None when the case has none yet."""
    policy.require(ctx, Action.READ)
    role = policy.view_role(ctx, as_role)
    plan = ctx.store.get_safety_plan(case_id)
    return None if plan is None else redact_plan(role, plan)


def risk_history(ctx: Context, *, case_id: int,
                 as_role: Role | str | None = None) -> list[StatusChange]:
    """Every risk level the plan has had, oldest first, with who set it and when; the level
    only for a role that sees it (else HIDDEN_RISK), the note only for one that reads the plan."""
    policy.require(ctx, Action.READ)
    role = policy.view_role(ctx, as_role)
    changes = ctx.store.list_status_changes(case_id, HistorySubject.RISK)
    if sees_content(role):
        return changes
    value = (lambda c: c.value) if sees_risk(role) else (lambda c: HIDDEN_RISK)
    return [replace(c, value=value(c), note=None) for c in changes]


def save_plan(ctx: Context, *, case_id: int, version: int | None = None,
              risk_note: str | None = None, allow_past_review: bool = False,
              risk_assessed_at: datetime | None = None, **fields: Any) -> Done[SafetyPlan]:
    """Create or change the case's safety plan (only the fields given change) and keep its
    review task on the timeline, in one transaction. ``risk_assessed_at``: when a new risk
    level was assessed (default now; e.g. a plan recorded from paper)."""
    policy.require_write(ctx, CATEGORY)
    for name in fields:
        if name not in PLAN_FIELDS:
            raise InvalidInput(fill(translate("SafetyPlans",
                    "%1: is not a part of a safety plan (use %2)"),
                    name, ', '.join(PLAN_FIELDS)), field=name)
    if version is not None and (not isinstance(version, int) or isinstance(version, bool)
                                or version < 0):
        raise InvalidInput(translate("SafetyPlans",
                "version: must be the whole number the plan was read with"),
                           field="version")
    current = ctx.store.get_safety_plan(case_id)
    if version == 0 and current is not None:
        _stale(current)
    clean = dict(fields)
    if "review_on" in clean:
        clean["review_on"] = _review_day(clean["review_on"])
    if "risk_level" in clean:
        clean["risk_level"] = _risk_level(clean["risk_level"], current)
    _check_note(risk_note, clean, current)
    review_on = clean["review_on"] if "review_on" in clean else (
        current.review_on if current else None)
    if ("review_on" in clean and review_on is not None and review_on < ctx.today()
            and review_on != (current.review_on if current else None)
            and not allow_past_review):
        raise InvalidInput(
            fill(translate("SafetyPlans",
                "review_on: %1 is before today (%2). The review day is when the team next goes "
                "over the plan with the survivor: choose today or a later day (to record an older "
                "plan whose review is overdue, confirm the past day)."),
                review_on.isoformat(), ctx.today().isoformat()), field="review_on")
    stored = None if version == 0 else version
    with ctx.store.transaction():
        task_id = _keep_review_task(ctx, case_id, current, review_on)
        if task_id != (current.review_event_id if current else None):
            clean["review_event_id"] = task_id
        plan = ctx.store.save_safety_plan(case_id, risk_note=risk_note, version=stored,
                                          risk_assessed_at=risk_assessed_at, **clean)
    return Done(plan, Changes.of(*_CHANGED, case_id=case_id))


def review_task(ctx: Context, *, case_id: int) -> Event | None:
    """The plan's review task on the timeline (None when there is no plan or no task)."""
    policy.require(ctx, Action.READ)
    plan = ctx.store.get_safety_plan(case_id)
    return None if plan is None else _task(ctx, plan.review_event_id)


def _stale(current: SafetyPlan) -> None:
    from models.errors import Conflict

    error = Conflict("Someone else saved a safety plan for this case since you opened it; "
                     "nothing was written. Their plan is shown; redo your changes on top of it.")
    error.current = current
    raise error


def _review_day(value: object) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    # echo only what looks like a date: a value typed into the wrong key may be plan content
    echo = f"{value!r} " if isinstance(value, str) and _DATE_LIKE.fullmatch(value) else ""
    raise InvalidInput(fill(translate("SafetyPlans",
            "review_on: %1is not a date (use YYYY-MM-DD, e.g. 2026-12-15)"),
            echo),
                       field="review_on")


def _risk_level(value: object, current: SafetyPlan | None) -> RiskLevel | None:
    if value in (None, ""):
        if current is not None and current.risk_level is not None:
            raise InvalidInput(translate("SafetyPlans",
                    "risk_level: a risk level once set can be changed but not removed (its "
                    "history is kept); choose low, medium or high"),
                               field="risk_level")
        return None
    try:
        return RiskLevel(str(value).strip().lower())
    except ValueError:
        raise InvalidInput(fill(translate("SafetyPlans",
                "risk_level: is not a risk level (use %1)"),
                ', '.join(r.value for r in RiskLevel)),
                           field="risk_level") from None


def _check_note(note: str | None, clean: dict[str, Any], current: SafetyPlan | None) -> None:
    if note is None or not str(note).strip():
        return
    before = current.risk_level if current else None
    if clean.get("risk_level") is None or clean["risk_level"] == before:
        level = before.value if before else "not set"
        raise InvalidInput(fill(translate("SafetyPlans",
                "risk_note: a risk note says why the risk level changed, and the level is "
                "unchanged (%1); change the level or leave the note out"),
                level), field="risk_note")


def _task(ctx: Context, event_id: int | None) -> Event | None:
    if event_id is None:
        return None
    try:
        return ctx.store.get_event(event_id)
    except NotFound:  # deleted from the timeline by hand: a new one is made when needed
        return None


def _keep_review_task(ctx: Context, case_id: int, current: SafetyPlan | None,
                      review_on: date | None) -> int | None:
    """Create, move, re-open or cancel the review task; returns its id (None: none)."""
    task = _task(ctx, current.review_event_id if current else None)
    if review_on is None:
        if task is not None and task.status is EventStatus.SCHEDULED:
            ctx.store.update_event(task.id, status=EventStatus.CANCELLED)
        return task.id if task is not None else None
    if task is None or task.status is EventStatus.DONE and task.due != review_on:
        made = ctx.store.add_event(case_id, EventKind.TASK, REVIEW_TITLE, CATEGORY,
                                   due=review_on, all_day=True, owner=Owner.CLIENT,
                                   assigned_to=ctx.user.name)
        return made.id
    if task.due != review_on or task.status not in (EventStatus.SCHEDULED, EventStatus.DONE):
        ctx.store.update_event(task.id, due=review_on, status=EventStatus.SCHEDULED,
                               title=REVIEW_TITLE)
    return task.id
