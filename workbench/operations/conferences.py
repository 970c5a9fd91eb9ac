"""Case conferences: record the minutes (who met, how the survivor took part and what they
wished, what was decided) and turn each action into a task on the timeline, with its owner and
due date, in one transaction; read them back through the role view with their actions' status.

A conference still to come is only a timeline event (``dates.add_event``); minutes are of one
that was held, so ``held_on`` may not be in the future. An action is done when its task is
(``dates.update_event`` with status done): the task is the one place its status lives.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from models.errors import InvalidInput, NotFound
from models.i18n import fill, translate
from models.records import (
    Attendee,
    Category,
    Conference,
    Event,
    EventKind,
    EventStatus,
    Owner,
    Participation,
    Role,
)
from timeline.views import GENERIC_CATEGORY, GROUP_OF, generic_title, visible_fields
from workbench.operations import policy
from workbench.operations.changes import Changes, Done, Kind
from workbench.operations.context import Context
from workbench.operations.policy import Action

# (what is to be done, the user who owns it, the day it is due)
ActionItem = tuple[str, str, date]
DEFAULT_CATEGORY = Category.HOUSING_BENEFITS  # minutes of care coordination (services group)
TITLE = "Case conference"  # the conference's own timeline event: generic, names nothing
_CHANGED = (Kind.CONFERENCES, Kind.EVENTS)


@dataclass(frozen=True)
class ActionView:
    """One action of the minutes: its task as the role sees it, done or open, overdue."""

    task: Event
    done: bool
    overdue: bool


@dataclass(frozen=True)
class ConferenceView:
    """A conference through the role view: ``minutes_shown`` False means the role may not read
    the category's notes, and attendees, wishes and decisions are empty (day and participation
    stay); ``actions`` in the order they were recorded."""

    conference: Conference
    minutes_shown: bool
    actions: tuple[ActionView, ...]

    @property
    def open_actions(self) -> tuple[ActionView, ...]:
        """The actions not done yet (scheduled), overdue or not."""
        return tuple(a for a in self.actions if not a.done)


def sees_minutes(role: Role, category: Category) -> bool:
    """True when ``role`` reads the minutes (attendees, wishes, decisions) of ``category``."""
    return "notes" in visible_fields(role, category)


def redact_conference(role: Role, conference: Conference) -> Conference:
    """A copy holding only what ``role`` may see: day and participation for a role that does
    not read the category's notes (no attendees, wishes or decisions)."""
    if sees_minutes(role, conference.category):
        return conference
    hidden = replace(conference, attendees=(), wishes=None, decisions=())
    if "category" not in visible_fields(role, conference.category):
        hidden = replace(hidden, category=GENERIC_CATEGORY[GROUP_OF[conference.category]])
    return hidden


def redact_task(role: Role, event: Event) -> Event:
    """An action's task as the timeline shows it to ``role`` (timeline.views' rule)."""
    shown = visible_fields(role, event.category)
    changes: dict[str, Any] = {}
    if "title" not in shown:
        changes["title"] = generic_title(event.kind)
    if "category" not in shown:
        changes["category"] = GENERIC_CATEGORY[GROUP_OF[event.category]]
    if "location" not in shown:
        changes["location"] = None
    if "notes" not in shown:
        changes["notes"] = None
    if "explanation" not in shown:
        changes["explanation"] = ()
    if "rule_id" not in shown:
        changes["rule_id"] = None
    return replace(event, **changes) if changes else event


def record_conference(ctx: Context, *, case_id: int, held_on: date,
                      participation: Participation | str | None,
                      attendees: Sequence[Attendee] = (), wishes: str | None = None,
                      decisions: Sequence[str] = (), actions: Sequence[ActionItem] = (),
                      category: Category = DEFAULT_CATEGORY,
                      on_timeline: bool = True) -> Done[Conference]:
    """Record the minutes of a conference held on ``held_on``: its timeline event (generic
    title, when ``on_timeline``) and one task per action, all in one transaction."""
    category = Category(category)
    policy.require_write(ctx, category)
    held_on = _held_on(ctx, held_on)
    chosen = _participation(participation)
    items = _actions(ctx, actions, held_on)
    with ctx.store.transaction():
        event_id = None
        if on_timeline:
            event_id = ctx.store.add_event(
                case_id, EventKind.CASE_CONFERENCE, TITLE, category, due=held_on, all_day=True,
                status=EventStatus.DONE).id
        task_ids = _add_tasks(ctx, case_id, category, items)
        conference = ctx.store.add_conference(
            case_id, held_on, chosen, attendees=tuple(attendees), wishes=wishes,
            decisions=tuple(decisions), action_event_ids=task_ids, event_id=event_id,
            category=category)
    return Done(conference, Changes.of(*_CHANGED, case_id=case_id))


def update_conference(ctx: Context, *, case_id: int, conference_id: int, version: int | None,
                      add_actions: Sequence[ActionItem] = (), **fields: Any) -> Done[Conference]:
    """Change the minutes (``fields``: held_on, participation, attendees, wishes, decisions)
    and add actions as new tasks, in one transaction; ``version``: as read (Conflict when
    someone changed it since). Existing actions change as tasks (their status, due date)."""
    unknown = set(fields) - {"held_on", "participation", "attendees", "wishes", "decisions"}
    if unknown:
        name = sorted(unknown)[0]
        raise InvalidInput(fill(translate("Conferences",
                "%1: a conference's minutes have no such field."),
                name), field=name)
    current = _conference(ctx, case_id, conference_id)
    policy.require_write(ctx, current.category)
    if "held_on" in fields:
        fields["held_on"] = _held_on(ctx, fields["held_on"])
    if "participation" in fields:
        fields["participation"] = _participation(fields["participation"])
    for name in ("attendees", "decisions"):
        if name in fields:
            fields[name] = tuple(fields[name])
    items = _actions(ctx, add_actions, fields.get("held_on", current.held_on))
    with ctx.store.transaction():
        task_ids = _add_tasks(ctx, current.case_id, current.category, items)
        if task_ids:
            fields["action_event_ids"] = current.action_event_ids + task_ids
        conference = ctx.store.update_conference(conference_id, version=version, **fields)
        moved = fields.get("held_on")
        if moved is not None and moved != current.held_on and current.event_id is not None:
            ctx.store.update_event(current.event_id, due=moved)
    return Done(conference, Changes.of(*_CHANGED, case_id=current.case_id))


def conferences_for(ctx: Context, *, case_id: int) -> list[ConferenceView]:
    """The case's conferences by day, through the role view, each with its action tasks."""
    policy.require(ctx, Action.READ)
    role, today = ctx.role, ctx.today()
    events = {e.id: e for e in ctx.store.list_events(case_id)}
    out = []
    for conference in ctx.store.list_conferences(case_id):
        tasks = [events[i] for i in conference.action_event_ids if i in events]
        actions = tuple(ActionView(redact_task(role, t), t.status is EventStatus.DONE,
                                   t.is_overdue(today)) for t in tasks)
        out.append(ConferenceView(redact_conference(role, conference),
                                  sees_minutes(role, conference.category), actions))
    return out


def open_actions(ctx: Context, *, case_id: int) -> list[ActionView]:
    """Every open action of the case's conferences, soonest due first (for the agency packet's
    minutes and for a "what is still to do" list)."""
    found = [a for view in conferences_for(ctx, case_id=case_id) for a in view.open_actions]
    return sorted(found, key=lambda a: (a.task.due or date.max, a.task.id))


def _conference(ctx: Context, case_id: int, conference_id: int) -> Conference:
    found = next((c for c in ctx.store.list_conferences(case_id) if c.id == conference_id), None)
    if found is None:
        raise NotFound(fill(translate("Conferences",
                "There is no case conference with id %1 in this case."),
                repr(conference_id)))
    return found


def _held_on(ctx: Context, held_on: object) -> date:
    if not isinstance(held_on, date):
        raise InvalidInput(translate("Conferences",
                "Held on: give the day the conference was held (YYYY-MM-DD)."),
                           field="held_on")
    if held_on > ctx.today():
        raise InvalidInput(
            fill(translate("Conferences",
                "Held on: %1 is in the future. Minutes are recorded after the conference; put a "
                "planned one on the timeline as a case conference instead."),
                held_on.isoformat()),
            field="held_on")
    return held_on


def _participation(value: object) -> Participation:
    if value in (None, ""):
        raise InvalidInput(translate("Conferences",
                "Participation: say how the survivor took part (attended, gave their views "
                "beforehand, was represented, or declined)."),
                           field="participation")
    try:
        return Participation(str(value))
    except ValueError:
        names = ", ".join(p.value for p in Participation)
        raise InvalidInput(fill(translate("Conferences",
                "Participation: %1 is not one of %2."),
                repr(value), names),
                           field="participation") from None


def _actions(ctx: Context, actions: Sequence[ActionItem], held_on: date) -> list[ActionItem]:
    """The actions checked before anything is written: text, a known owner, a due day."""
    users = {u.name for u in ctx.vault.users()}
    checked = []
    for row, item in enumerate(actions, start=1):
        text, owner, due = item
        where = f"Action {row}"
        if not isinstance(text, str) or not text.strip():
            raise InvalidInput(fill(translate("Conferences",
                    "%1: say what is to be done."),
                    where), field="actions", row=row)
        if not owner or owner not in users:
            known = ", ".join(sorted(users))
            raise InvalidInput(fill(translate("Conferences",
                    "%1: the owner must be a user of this vault (%2)."),
                    where, known), field="actions", row=row)
        if not isinstance(due, date):
            raise InvalidInput(fill(translate("Conferences",
                    "%1: give the day it is due (YYYY-MM-DD)."),
                    where),
                               field="actions", row=row)
        if due < held_on:
            raise InvalidInput(fill(translate("Conferences",
                    "%1: due %2 is before the conference (%3)."),
                    where, due.isoformat(), held_on.isoformat()), field="actions", row=row)
        checked.append((text.strip(), owner, due))
    return checked


def _add_tasks(ctx: Context, case_id: int, category: Category,
               items: Sequence[ActionItem]) -> tuple[int, ...]:
    return tuple(ctx.store.add_event(case_id, EventKind.TASK, text, category, due=due,
                                     all_day=True, owner=Owner.CLIENT, assigned_to=owner).id
                 for text, owner, due in items)
