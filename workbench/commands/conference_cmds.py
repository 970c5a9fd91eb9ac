"""Case-conference sub-commands: conference add (the minutes from a JSON file) and list.

Each parses its arguments, calls one operation (workbench.operations.conferences) and prints
the result; the role view and the checks are the operations'. Errors name the field or key,
never the minutes' text (nothing of them goes to stderr).
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
from workbench.commands.common import opened
from workbench.output import print_json, print_table

MINUTES_KEYS = ("held_on", "participation", "attendees", "wishes", "decisions", "actions")
ATTENDEE_KEYS = ("name", "kind", "role", "contact_id")
ACTION_KEYS = ("text", "owner", "due")
_EXAMPLE = ('{"held_on": "2026-11-20", "participation": "attended", "attendees": [{"name": '
            '"Camila Reyes", "kind": "staff", "role": "case manager"}], "wishes": "...", '
            '"decisions": ["..."], "actions": [{"text": "...", "owner": "cam", "due": '
            '"2026-12-01"}]}')
_ADD_HELP = ("Record the minutes of a case conference that was held: who attended, how the "
             "survivor took part and what they wished, the decisions, and actions; each action "
             "becomes a task on the case's timeline for its owner (a user of the vault), due on "
             "its day. The file is a JSON object: " + _EXAMPLE + ". participation is one of "
             "attended, views_given, represented, declined; an attendee's kind one of staff, "
             "contact, survivor, other.")


def register(sub: argparse._SubParsersAction, *, vault_opts: argparse.ArgumentParser,  # type: ignore[type-arg]
             json_opt: argparse.ArgumentParser) -> None:
    """Add the conference sub-commands."""
    conf = sub.add_parser("conference", help="case conferences of a case").add_subparsers(
        dest="conference_command", metavar="add|list", required=True)
    p = conf.add_parser("add", parents=[vault_opts], help="record a case conference's minutes "
                        "(actions become tasks)", description=_ADD_HELP)
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case_ref", metavar="REF")
    p.add_argument("--file", required=True, metavar="MINUTES.json",
                   help="the minutes as a JSON object (see the description)")
    p.set_defaults(func=cmd_conference_add)
    p = conf.add_parser("list", parents=[vault_opts],
                        help="a case's conferences with decisions and actions, as your role sees")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case_ref", metavar="REF")
    p.set_defaults(func=cmd_conference_list)


def _object(value: Any, where: str, keys: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise InvalidInput(f"--file: {where} must be a JSON object.", field=where)
    unknown = [k for k in value if k not in keys]
    if unknown:
        raise InvalidInput(f"--file: {where} has an unknown key {unknown[0]!r}; the keys are "
                           f"{', '.join(keys)}.", field=where)
    return value


def _day(value: Any, where: str) -> date:
    try:
        if isinstance(value, str) and len(value.strip()) == 10:
            return date.fromisoformat(value.strip())
    except ValueError:
        pass
    raise InvalidInput(f"--file: {where} is not a date (use YYYY-MM-DD).", field=where)


def _list(raw: dict[str, Any], key: str) -> list[Any]:
    value = raw.get(key, [])
    if not isinstance(value, list):
        raise InvalidInput(f"--file: {key} must be a JSON list.", field=key)
    return value


def read_minutes(path: str) -> dict[str, Any]:
    """The minutes file as record_conference's keyword arguments (dates parsed, keys checked)."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise InvalidInput(f"--file: cannot read {path}: {exc.strerror or exc}. Give the path "
                           "of a JSON file.") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        where = f" (line {exc.lineno}, column {exc.colno})" \
            if isinstance(exc, json.JSONDecodeError) else ""
        raise InvalidInput(f"--file: {path} is not valid JSON{where}. Write an object such as "
                           + _EXAMPLE) from None
    raw = _object(raw, "the minutes", MINUTES_KEYS)
    if "held_on" not in raw:
        raise InvalidInput("--file: held_on is required (the day the conference was held, "
                           "YYYY-MM-DD).", field="held_on")
    attendees = [_object(a, f"attendees[{i}]", ATTENDEE_KEYS)
                 for i, a in enumerate(_list(raw, "attendees"))]
    actions = []
    for i, item in enumerate(_list(raw, "actions")):
        a = _object(item, f"actions[{i}]", ACTION_KEYS)
        missing = [k for k in ACTION_KEYS if k not in a]
        if missing:
            raise InvalidInput(f"--file: actions[{i}] needs {missing[0]}.", field="actions")
        actions.append((a["text"], a["owner"], _day(a["due"], f"actions[{i}].due")))
    wishes = raw.get("wishes")
    if wishes is not None and not isinstance(wishes, str):
        raise InvalidInput("--file: wishes must be text.", field="wishes")
    return {"held_on": _day(raw["held_on"], "held_on"),
            "participation": raw.get("participation"), "attendees": attendees,
            "wishes": wishes, "decisions": _list(raw, "decisions"), "actions": actions}


def _action_json(action: Any) -> dict[str, Any]:
    t = action.task
    return {"id": t.id, "text": t.title, "owner": t.assigned_to, "due": t.due,
            "status": _status(action)}


def _status(action: Any) -> str:
    if action.done:
        return "done"
    if action.overdue:
        return "overdue"
    return action.task.status.value if action.task.status.value != "scheduled" else "open"


def _view_json(view: Any) -> dict[str, Any]:
    c = view.conference
    return {"id": c.id, "held_on": c.held_on, "participation": c.participation.value,
            "category": c.category.value, "minutes_shown": view.minutes_shown,
            "attendees": [{"name": a.name, "kind": a.kind.value, "role": a.role}
                          for a in c.attendees],
            "wishes": c.wishes, "decisions": list(c.decisions),
            "actions": [_action_json(a) for a in view.actions],
            "open_actions": len(view.open_actions), "version": c.version}


def cmd_conference_add(args: argparse.Namespace) -> int:
    """Record the minutes; print the conference and the tasks its actions became."""
    from workbench.operations.conferences import conferences_for, record_conference
    from workbench.operations.views import case_of

    minutes = read_minutes(args.file)
    with opened(args) as ctx:
        case = case_of(ctx, case_ref=args.case_ref)
        conference = record_conference(ctx, case_id=case.id, **minutes).value
        view = next(v for v in conferences_for(ctx, case_id=case.id)
                    if v.conference.id == conference.id)
    data = {"case": case.ref, **_view_json(view)}
    if args.json:
        print_json(data)
        return 0
    print(f"Recorded the case conference of {conference.held_on} for {case.ref} "
          f"({len(conference.decisions)} decision(s)).")
    for a in view.actions:
        print(f"Task created, due {a.task.due}, owner {a.task.assigned_to}: {a.task.title}")
    return 0


def cmd_conference_list(args: argparse.Namespace) -> int:
    """Each conference: day, participation, attendees, wishes, decisions, actions with status."""
    from workbench.operations.conferences import conferences_for
    from workbench.operations.views import case_of

    with opened(args) as ctx:
        case = case_of(ctx, case_ref=args.case_ref)
        views = conferences_for(ctx, case_id=case.id)
    if args.json:
        print_json({"case": case.ref, "conferences": [_view_json(v) for v in views]})
        return 0
    if not views:
        print(f"No case conferences recorded for {case.ref}.")
    for n, view in enumerate(views):
        _print_view(view, first=n == 0)
    return 0


def _print_view(view: Any, *, first: bool) -> None:
    c = view.conference
    if not first:
        print()
    print(f"Case conference {c.held_on} — survivor: {c.participation.value.replace('_', ' ')}")
    if not view.minutes_shown:
        print("  (Your role does not see the minutes: attendees, wishes and decisions.)")
    if c.attendees:
        print("  Attendees: " + "; ".join(a.name + (f" ({a.role})" if a.role else "")
                                          for a in c.attendees))
    if c.wishes:
        print(f"  Wishes: {c.wishes}")
    for i, decision in enumerate(c.decisions, start=1):
        print(f"  Decision {i}. {decision}")
    if view.actions:
        print("  Actions:")
        print_table(["    STATUS", "DUE", "OWNER", "ACTION"],
                    [("    " + _status(a), a.task.due, a.task.assigned_to, a.task.title)
                     for a in view.actions])
