"""CLI: workbench safety-plan show|set|risk (issue 11 §3).

Each parses its arguments, calls one operation (workbench.operations.safety_plans) and prints
the result; the role view and the review task are the operation's. Survivor safety: nothing of
a plan's content is ever written to stderr (the error messages name fields, not values).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
from models.records import Role, SafetyPlan, StatusChange
from workbench.commands.common import minute, opened
from workbench.output import print_json, print_table

FILE_KEYS = ("warning_signs", "safe_contacts", "safe_places", "steps", "own_words",
             "risk_level", "review_on", "risk_note")
_SET_HELP = (
    "Create or change a case's safety plan from a JSON file holding any of: warning_signs, "
    "safe_places, steps (lists of text), safe_contacts (a list of {name, role, how}), "
    "own_words (text: the survivor's own words), risk_level (low, medium or high), review_on "
    "(YYYY-MM-DD: a review task for that day goes on the timeline; null cancels it) and "
    "risk_note (why the risk level changed). Parts left out of the file stay as they are.")


def register(sub: argparse._SubParsersAction, *, vault_opts: argparse.ArgumentParser,
             json_opt: argparse.ArgumentParser) -> None:
    """Add the safety-plan sub-commands."""
    plan = sub.add_parser("safety-plan", help="a case's safety plan and its risk history")
    cmds = plan.add_subparsers(dest="safety_command", metavar="show|set|risk", required=True)
    p = cmds.add_parser("show", parents=[vault_opts], help="the plan, as your role sees it")
    _case_args(p)
    p.set_defaults(func=cmd_show)
    p = cmds.add_parser("set", parents=[vault_opts], help="create or change the plan from a "
                        "JSON file", description=_SET_HELP)
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case_ref", metavar="REF")
    p.add_argument("--file", required=True, metavar="PLAN.json", help="the parts to set")
    p.add_argument("--version", type=int, metavar="N",
                   help="the plan's version as you read it (refused if someone changed it since)")
    p.add_argument("--past-review-ok", action="store_true",
                   help="allow a review day before today (recording an older plan whose "
                        "review is overdue)")
    p.set_defaults(func=cmd_set)
    p = cmds.add_parser("risk", parents=[vault_opts], help="the risk-level history")
    _case_args(p)
    p.set_defaults(func=cmd_risk)


def _case_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case_ref", metavar="REF")
    p.add_argument("--as", dest="role", metavar="ROLE", choices=[r.value for r in Role],
                   help="a narrower role's view (never a wider one)")


def read_plan_file(path: str) -> dict[str, Any]:
    """The plan file: a JSON object of FILE_KEYS; an unknown key is refused by name."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise InvalidInput(f"--file: cannot read {path}: {exc.strerror or exc}. Give the path "
                           "of a JSON file.", field="file") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        where = f" (line {exc.lineno}, column {exc.colno})" if isinstance(
            exc, json.JSONDecodeError) else " (not UTF-8 text)"
        raise InvalidInput(f"--file: {path} is not valid JSON{where}. Write an object such as "
                           '{"steps": ["Call the shelter line"], "review_on": "2026-12-15"}.',
                           field="file") from None
    if not isinstance(raw, dict):
        raise InvalidInput(f"--file: {path} must hold a JSON object with the plan's parts "
                           f"({', '.join(FILE_KEYS)}).", field="file")
    unknown = [k for k in raw if k not in FILE_KEYS]
    if unknown:
        raise InvalidInput(f"--file: {unknown[0]!r} is not a part of a safety plan; use "
                           f"{', '.join(FILE_KEYS)}.", field=str(unknown[0]))
    return raw


def plan_json(plan: SafetyPlan | None, *, content: bool, risk: bool) -> dict[str, Any] | None:
    """The plan as the JSON of `show` (and the file format of `set`)."""
    if plan is None:
        return None
    return {"warning_signs": list(plan.warning_signs),
            "safe_contacts": [{"name": c.name, "role": c.role, "how": c.how}
                              for c in plan.safe_contacts],
            "safe_places": list(plan.safe_places), "steps": list(plan.steps),
            "own_words": plan.own_words,
            "risk_level": plan.risk_level, "review_on": plan.review_on,
            "review_event_id": plan.review_event_id, "updated_at": plan.updated_at,
            "updated_by": plan.updated_by, "version": plan.version,
            "content_shown": content, "risk_shown": risk}


def _print_plan(ref: str, plan: SafetyPlan | None, *, content: bool, risk: bool,
                today: Any) -> None:
    if plan is None:
        print(f"{ref} has no safety plan yet.")
        return
    print(f"Safety plan of {ref} (version {plan.version}; updated {minute(plan.updated_at)} "
          f"by {plan.updated_by})")
    level = plan.risk_level.value if plan.risk_level else "not set"
    print(f"Risk level: {level if risk else 'not shown to your role'}")
    if plan.review_on is None:
        print("Review: no review day set")
    else:
        late = " (overdue)" if plan.review_on < today else ""
        print(f"Review by {plan.review_on.isoformat()}{late}")
    if not content:
        print("Your role sees that there is a plan, not what it says.")
        return
    contacts = [f"{c.name} ({c.role})" + (f": {c.how}" if c.how else "")
                for c in plan.safe_contacts]
    for title, lines, numbered in (("Warning signs", plan.warning_signs, False),
                                   ("Safe contacts", contacts, False),
                                   ("Safe places", plan.safe_places, False),
                                   ("What to do", plan.steps, True)):
        print(f"\n{title}:")
        if not lines:
            print("  (none yet)")
        for i, line in enumerate(lines, 1):
            print(f"  {i}. {line}" if numbered else f"  - {line}")
    print("\nIn my own words:")
    print(f"  {plan.own_words}" if plan.own_words else "  (none yet)")


def cmd_show(args: argparse.Namespace) -> int:
    """Print the plan in sections (or JSON), as the role (or a narrower one) sees it."""
    from workbench.operations import policy
    from workbench.operations.safety_plans import plan_for, sees_content, sees_risk
    from workbench.operations.views import case_of

    with opened(args) as ctx:
        case = case_of(ctx, case_ref=args.case_ref)
        plan = plan_for(ctx, case_id=case.id, as_role=args.role)
        role = policy.view_role(ctx, args.role)
        today = ctx.today()
    content, risk = sees_content(role), sees_risk(role)
    if args.json:
        print_json({"case": case.ref, "role": role,
                    "plan": plan_json(plan, content=content, risk=risk)})
    else:
        _print_plan(case.ref, plan, content=content, risk=risk, today=today)
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    """Save the parts given in the file; print the version and the review task."""
    from workbench.operations.safety_plans import save_plan
    from workbench.operations.views import case_of

    fields = read_plan_file(args.file)
    risk_note = fields.pop("risk_note", None)
    with opened(args) as ctx:
        case = case_of(ctx, case_ref=args.case_ref)
        plan = save_plan(ctx, case_id=case.id, version=args.version, risk_note=risk_note,
                         allow_past_review=args.past_review_ok, **fields).value
    data = {"case": case.ref, "version": plan.version, "risk_level": plan.risk_level,
            "review_on": plan.review_on, "review_event_id": plan.review_event_id}
    if args.json:
        print_json(data)
        return 0
    print(f"Saved the safety plan of {case.ref} (version {plan.version}).")
    if plan.review_on is not None:
        print(f"Review task on the timeline, due {plan.review_on.isoformat()}.")
    elif plan.review_event_id is not None:
        print("No review day: the review task was cancelled.")
    return 0


def history_json(change: StatusChange) -> dict[str, Any]:
    """One risk history entry as JSON (value "" where the role may not see the level)."""
    return {"changed_at": change.changed_at, "risk_level": change.value or None,
            "changed_by": change.changed_by, "note": change.note}


def cmd_risk(args: argparse.Namespace) -> int:
    """The risk-level history, oldest first: when, level, by whom, why."""
    from workbench.operations.safety_plans import risk_history
    from workbench.operations.views import case_of

    with opened(args) as ctx:
        case = case_of(ctx, case_ref=args.case_ref)
        history = risk_history(ctx, case_id=case.id, as_role=args.role)
    if args.json:
        print_json({"case": case.ref, "history": [history_json(h) for h in history]})
        return 0
    if not history:
        print(f"{case.ref} has no risk level recorded.")
        return 0
    print_table(["WHEN", "LEVEL", "BY", "NOTE"],
                [(minute(h.changed_at), h.value or "(not shown)", h.changed_by, h.note or "")
                 for h in history])
    return 0
