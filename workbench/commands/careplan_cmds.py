"""CLI: workbench goal add|list|status|link, referral add|list|status|choice, housing
(issue 11 §5, §6).

Each parses its arguments, calls one operation (workbench.operations.care) and prints the
result; the survivor's choice, the consent to share and the role view are the operations'.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime, time
from typing import Any

from models.errors import InvalidInput
from models.records import (
    Category,
    GoalDomain,
    HousingStatus,
    ReferralChoice,
    ReferralStatus,
    StatusChange,
)
from workbench.commands.common import opened
from workbench.output import print_json, print_table

_GOAL_STATUSES = ("open", "achieved", "dropped")
_MEASURE_HELP = ("how the goal is measured: score:INSTRUMENT (e.g. score:phq9; see "
                 "'workbench instruments'), status:housing, status:risk, or yes_no")


def _word(text: str) -> str:
    return text.strip().lower().replace("-", "_").replace(" ", "_")


def _case_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case_ref", metavar="REF")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], *,
             vault_opts: argparse.ArgumentParser,
             json_opt: argparse.ArgumentParser) -> None:
    """Add the goal, referral and housing sub-commands."""
    goal = sub.add_parser("goal", help="measurable care-plan goals of a case").add_subparsers(
        dest="goal_command", metavar="add|list|status|link", required=True)
    p = goal.add_parser("add", parents=[vault_opts], help="add a measurable goal")
    _case_args(p)
    p.add_argument("--title", required=True, help="the goal, in the survivor's words if possible")
    p.add_argument("--domain", required=True, type=_word, choices=[d.value for d in GoalDomain])
    p.add_argument("--priority", type=int, metavar="N",
                   help="the survivor's own ranking: 1 matters most to them")
    p.add_argument("--measure", metavar="M", help=_MEASURE_HELP)
    p.add_argument("--baseline", metavar="V", help="where it starts: a score, a status or yes/no")
    p.add_argument("--target", metavar="V", help="what the survivor aims for (same kind)")
    p.add_argument("--category", type=_word, choices=[c.value for c in Category],
                   help="the data category (default: the domain's, or a score's instrument's)")
    p.add_argument("--milestone", action="append", default=[], metavar="'[YYYY-MM-DD] TITLE'",
                   help="a milestone, with its due date first if it has one (repeatable)")
    p.set_defaults(func=cmd_goal_add)
    p = goal.add_parser("list", parents=[vault_opts],
                        help="goals by domain and priority, with progress and history")
    _case_args(p)
    p.set_defaults(func=cmd_goal_list)
    p = goal.add_parser("status", parents=[vault_opts], help="mark a goal open, achieved or "
                        "dropped (kept in its history: who, when, the note)")
    _case_args(p)
    p.add_argument("goal_id", metavar="GOAL_ID", type=int)
    p.add_argument("status", metavar="STATUS", type=_word, choices=_GOAL_STATUSES)
    p.add_argument("--note", metavar="N", help="why (kept with the history)")
    p.set_defaults(func=cmd_goal_status)
    p = goal.add_parser("link", parents=[vault_opts],
                        help="link a milestone to the timeline event that achieves it")
    _case_args(p)
    p.add_argument("milestone_id", metavar="MILESTONE_ID", type=int)
    p.add_argument("event_id", metavar="EVENT_ID", type=int, nargs="?",
                   help="the event's id (leave out to unlink)")
    p.set_defaults(func=cmd_goal_link)

    ref = sub.add_parser("referral", help="referrals of a case, with the survivor's choice"
                         ).add_subparsers(dest="referral_command",
                                          metavar="add|list|status|choice", required=True)
    p = ref.add_parser("add", parents=[vault_opts], help="record a referral and the survivor's "
                       "choice (declined: recorded and never made)")
    _case_args(p)
    p.add_argument("--service", required=True)
    p.add_argument("--organisation", required=True)
    p.add_argument("--category", required=True, type=_word, choices=[c.value for c in Category])
    p.add_argument("--choice", required=True, type=_word,
                   choices=[c.value for c in ReferralChoice],
                   help="what the survivor chose: opted_in or declined")
    p.add_argument("--shares-data", action="store_true",
                   help="making it sends case data to the organisation (needs the survivor's "
                        "active consent for it and the category)")
    p.add_argument("--status", type=_word, default=ReferralStatus.PROPOSED.value,
                   choices=[ReferralStatus.PROPOSED.value, ReferralStatus.MADE.value])
    p.set_defaults(func=cmd_referral_add)
    p = ref.add_parser("list", parents=[vault_opts], help="referrals with choice and history")
    _case_args(p)
    p.set_defaults(func=cmd_referral_list)
    p = ref.add_parser("status", parents=[vault_opts], help="move a referral to its next status")
    _case_args(p)
    p.add_argument("referral_id", metavar="REFERRAL_ID", type=int)
    p.add_argument("status", metavar="STATUS", type=_word,
                   choices=[s.value for s in ReferralStatus])
    p.set_defaults(func=cmd_referral_status)
    p = ref.add_parser("choice", parents=[vault_opts], help="record the survivor's (new) choice")
    _case_args(p)
    p.add_argument("referral_id", metavar="REFERRAL_ID", type=int)
    p.add_argument("choice", metavar="CHOICE", type=_word,
                   choices=[c.value for c in ReferralChoice])
    p.set_defaults(func=cmd_referral_choice)

    p = sub.add_parser("housing", parents=[vault_opts],
                       help="record where the survivor lives now (the housing series)")
    _case_args(p)
    p.add_argument("status", metavar="STATUS", type=_word,
                   choices=[s.value for s in HousingStatus])
    p.add_argument("--note", metavar="N")
    p.add_argument("--on", metavar="YYYY-MM-DD", help="when it changed, if not today")
    p.set_defaults(func=cmd_housing)


# --- goals ------------------------------------------------------------------------------
def _milestones(texts: list[str]) -> list[tuple[str, date | None]]:
    out: list[tuple[str, date | None]] = []
    for text in texts:
        head, _, rest = text.strip().partition(" ")
        try:
            due = date.fromisoformat(head)
        except ValueError:
            out.append((text.strip(), None))
            continue
        if not rest.strip():
            raise InvalidInput(f"--milestone {text!r}: give a title after the date.",
                               field="milestone")
        out.append((rest.strip(), due))
    return out


def _measure_text(measure: Any) -> str | None:
    if measure is None:
        return None
    if measure.instrument_id:
        return f"score:{measure.instrument_id}"
    return f"status:{measure.scale}" if measure.scale else "yes_no"


def _history_json(history: Any) -> list[dict[str, Any]]:
    return [{"status": h.value, "by": h.changed_by, "at": h.changed_at, "note": h.note}
            for h in history]


def cmd_goal_add(args: argparse.Namespace) -> int:
    """Add one measurable goal; print its id and how it will be measured."""
    from workbench.operations import care
    from workbench.operations.views import case_of

    milestones = _milestones(args.milestone)
    with opened(args) as ctx:
        case = case_of(ctx, case_ref=args.case_ref)
        goal = care.add_goal(ctx, case_id=case.id, title=args.title, domain=args.domain,
                             priority=args.priority, measure=args.measure,
                             baseline=args.baseline, target=args.target,
                             category=args.category, milestones=milestones).value
    data = {"id": goal.id, "case": case.ref, "title": goal.title, "domain": goal.domain,
            "priority": goal.priority, "category": goal.category,
            "measure": _measure_text(goal.measure), "baseline": goal.baseline,
            "target": goal.target, "status": goal.status,
            "milestones": [{"id": m.id, "title": m.title, "due": m.due} for m in goal.milestones]}
    if args.json:
        print_json(data)
        return 0
    print(f"Goal #{goal.id} added to {case.ref}: {care.measure_label(goal.measure)}"
          + (f", baseline {goal.baseline}" if goal.baseline is not None else "")
          + (f", target {goal.target}" if goal.target is not None else "") + ".")
    return 0


def _goal_json(p: Any) -> dict[str, Any]:
    from workbench.operations import care

    g = p.goal
    return {"id": g.id, "title": g.title, "domain": g.domain, "priority": g.priority,
            "category": g.category, "measure": _measure_text(g.measure),
            "measure_label": care.measure_label(g.measure), "baseline": g.baseline,
            "target": g.target, "latest": p.latest, "latest_on": p.latest_on,
            "change": p.change, "met": p.met, "progress": p.words, "status": g.status,
            "history": _history_json(p.history),
            "milestones": [{"id": m.id, "title": m.title, "due": m.due, "done": m.done,
                            "event": _event_json(p.link(m.id))} for m in g.milestones]}


def _event_json(link: Any) -> dict[str, Any] | None:
    return None if link is None else {"id": link.event_id, "date": link.day, "title": link.title}


def _when(change: StatusChange) -> str:
    return change.changed_at.strftime("%Y-%m-%d %H:%M")


def cmd_goal_list(args: argparse.Namespace) -> int:
    """Goals by domain, then the survivor's priority: measure, progress, status and history."""
    from workbench.operations import care
    from workbench.operations.views import case_of

    with opened(args) as ctx:
        case = case_of(ctx, case_ref=args.case_ref)
        goals = care.goal_progress(ctx, case_id=case.id)
    if args.json:
        print_json({"case": case.ref, "goals": [_goal_json(p) for p in goals]})
        return 0
    if not goals:
        print(f"{case.ref} has no care-plan goals yet.")
    domain: object = object()
    for p in goals:
        g = p.goal
        if g.domain != domain:
            domain = g.domain
            print((g.domain or "no domain").replace("_", " ").capitalize())
        rank = f"priority {g.priority}" if g.priority is not None else "no priority"
        measured = "measure not visible" if p.hidden else care.measure_label(g.measure)
        print(f"  #{g.id} {g.title} ({rank}; {measured})")
        print(f"      {p.words}")
        steps = "; ".join(f"{h.value} by {h.changed_by} {_when(h)}"
                          + (f" ({h.note})" if h.note else "") for h in p.history)
        print(f"      status {g.status}" + (f" — {steps}" if steps else ""))
        for m in g.milestones:
            link = p.link(m.id)
            state = f"done {m.done}" if m.done else (f"due {m.due}" if m.due else "no date")
            linked = f" ← {link.day} {link.title} (event #{link.event_id})" if link else ""
            print(f"      milestone #{m.id} {m.title} ({state}){linked}")
    return 0


def cmd_goal_status(args: argparse.Namespace) -> int:
    """Set a goal's status; print the history line it added."""
    from workbench.operations import care
    from workbench.operations.views import case_of

    with opened(args) as ctx:
        case = case_of(ctx, case_ref=args.case_ref)
        goal = care.set_goal_status(ctx, case_id=case.id, goal_id=args.goal_id,
                                    status=args.status, note=args.note).value
        history = care.goal_history(ctx, case_id=case.id, goal_id=goal.id)
    if args.json:
        print_json({"id": goal.id, "case": case.ref, "status": goal.status,
                    "history": _history_json(history)})
        return 0
    last = history[-1] if history else None
    by = f" by {last.changed_by} at {_when(last)}" if last else ""
    print(f"Goal #{goal.id} is {goal.status}{by}.")
    return 0


def cmd_goal_link(args: argparse.Namespace) -> int:
    """Link (or unlink) a milestone and a timeline event."""
    from workbench.operations import care
    from workbench.operations.views import case_of

    with opened(args) as ctx:
        case = case_of(ctx, case_ref=args.case_ref)
        milestone = care.link_milestone(ctx, case_id=case.id, milestone_id=args.milestone_id,
                                        event_id=args.event_id).value
    if args.json:
        print_json({"id": milestone.id, "case": case.ref,
                    "linked_event_id": milestone.linked_event_id})
    elif milestone.linked_event_id is None:
        print(f"Milestone #{milestone.id} is no longer linked to an event.")
    else:
        print(f"Milestone #{milestone.id} is linked to event #{milestone.linked_event_id}.")
    return 0


# --- referrals ----------------------------------------------------------------------------
def _referral_json(r: Any, history: Any = ()) -> dict[str, Any]:
    return {"id": r.id, "service": r.service, "organisation": r.organisation,
            "category": r.category, "status": r.status, "choice": r.choice,
            "shares_data": r.shares_data, "consent_id": r.consent_id, "opened": r.opened,
            "updated": r.updated, "history": _history_json(history)}


def _referral_line(r: Any) -> str:
    choice = {None: "choice not recorded", ReferralChoice.OPTED_IN: "survivor opted in",
              ReferralChoice.DECLINED: "survivor declined"}[r.choice]
    sharing = (f", shares data under consent #{r.consent_id}" if r.consent_id
               else ", shares data" if r.shares_data else "")
    return f"Referral #{r.id} ({r.service}, {r.organisation}) is {r.status}: {choice}{sharing}."


def cmd_referral_add(args: argparse.Namespace) -> int:
    """Record a referral with the survivor's choice; a declined one is recorded, not made."""
    from workbench.operations import care
    from workbench.operations.views import case_of

    with opened(args) as ctx:
        case = case_of(ctx, case_ref=args.case_ref)
        referral = care.add_referral(ctx, case_id=case.id, service=args.service,
                                     organisation=args.organisation, category=args.category,
                                     status=args.status, choice=args.choice,
                                     shares_data=args.shares_data).value
        check = care.sharing_consent(ctx, case_id=case.id, organisation=referral.organisation,
                                     category=referral.category) if args.shares_data else None
    if args.json:
        print_json(_referral_json(referral) | {
            "case": case.ref, "consent_problem": check.problem if check else None})
        return 0
    print(_referral_line(referral))
    if referral.choice is ReferralChoice.DECLINED:
        print("The survivor's choice is respected: it will not be made.")
    elif check is not None and not check.ok:
        print(f"Before it can be made: {check.problem}")
    return 0


def cmd_referral_list(args: argparse.Namespace) -> int:
    """Referrals with the survivor's choice, sharing, status and its history."""
    from workbench.operations import care, case_lists
    from workbench.operations.views import case_of

    with opened(args) as ctx:
        case = case_of(ctx, case_ref=args.case_ref)
        found = [(r, care.referral_history(ctx, case_id=case.id, referral_id=r.id))
                 for r in case_lists.referrals_for(ctx, case_id=case.id)]
    if args.json:
        print_json({"case": case.ref, "referrals": [_referral_json(r, h) for r, h in found]})
        return 0
    print_table(["ID", "SERVICE", "ORGANISATION", "STATUS", "CHOICE", "SHARES DATA", "HISTORY"],
                [(r.id, r.service, r.organisation, r.status, r.choice or "not recorded",
                  "yes" if r.shares_data else "no",
                  "; ".join(f"{x.value} by {x.changed_by} {_when(x)}" for x in h))
                 for r, h in found])
    return 0


def cmd_referral_status(args: argparse.Namespace) -> int:
    """Move a referral (never one the survivor declined; sharing data needs consent)."""
    from workbench.operations import care
    from workbench.operations.views import case_of

    with opened(args) as ctx:
        case = case_of(ctx, case_ref=args.case_ref)
        referral = care.set_referral_status(ctx, referral_id=args.referral_id, case_id=case.id,
                                            status=args.status).value
    if args.json:
        print_json(_referral_json(referral) | {"case": case.ref})
    else:
        print(_referral_line(referral))
    return 0


def cmd_referral_choice(args: argparse.Namespace) -> int:
    """Record the survivor's choice (declining one under way withdraws it)."""
    from workbench.operations import care
    from workbench.operations.views import case_of

    with opened(args) as ctx:
        case = case_of(ctx, case_ref=args.case_ref)
        referral = care.record_referral_choice(ctx, case_id=case.id,
                                               referral_id=args.referral_id,
                                               choice=args.choice).value
    if args.json:
        print_json(_referral_json(referral) | {"case": case.ref})
    else:
        print(_referral_line(referral))
    return 0


# --- housing ------------------------------------------------------------------------------
def cmd_housing(args: argparse.Namespace) -> int:
    """Record the survivor's housing status; print the series so far."""
    from workbench.operations import care
    from workbench.operations.views import case_of

    day = None
    if args.on:
        try:
            day = date.fromisoformat(args.on)
        except ValueError:
            raise InvalidInput(f"--on {args.on!r} is not a date (use YYYY-MM-DD).",
                               field="on") from None
    with opened(args) as ctx:
        case = case_of(ctx, case_ref=args.case_ref)
        # an earlier day is recorded at its noon; today (or no --on) is now
        on = None if day is None or day == ctx.today() else \
            datetime.combine(day, time(12)).astimezone()
        change = care.record_housing(ctx, case_id=case.id, status=args.status, note=args.note,
                                     on=on).value
        housing = care.categorical_outcomes(ctx, case_id=case.id)[0]
    if args.json:
        print_json({"id": change.id, "case": case.ref, "status": change.value,
                    "at": change.changed_at, "by": change.changed_by,
                    "series": [{"at": p.at, "status": p.value} for p in housing.points],
                    "direction": housing.direction})
        return 0
    from timeline.outcomes import categorical_summary

    print(f"Housing recorded for {case.ref}: {change.value.replace('_', ' ')}.")
    print(categorical_summary(housing))
    return 0
