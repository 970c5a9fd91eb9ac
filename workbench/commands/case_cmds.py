"""Case sub-commands: cases, import, export, trigger add, closure, timeline, agenda, conflicts.

Each parses its arguments, calls one operation (workbench.operations) and prints the result.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from datetime import timedelta
from pathlib import Path
from typing import Any

from models.errors import Duplicate, InvalidInput
from models.records import ClosureReason, Role
from workbench.commands.common import opened, parse_date, today
from workbench.output import print_json, print_table
from workbench.passphrase import read_passphrase


def register(sub: argparse._SubParsersAction, *, vault_opts: argparse.ArgumentParser,
             json_opt: argparse.ArgumentParser) -> None:
    """Add the case sub-commands."""
    from timeline.jurisdictions import closure_calendars, service_methods

    p = sub.add_parser("cases", parents=[vault_opts], help="the caseload")
    p.add_argument("vault", metavar="VAULT")
    p.set_defaults(func=cmd_cases)

    p = sub.add_parser("import", parents=[vault_opts], help="import JSON or CSV (all or nothing)")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--password-file", dest="export_password_file", metavar="F",
                   help="the password of a sealed export")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", parents=[vault_opts],
                       help="export whole cases (a disclosure; sealed with a password)")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("out", metavar="OUT.json")
    p.add_argument("--case", metavar="REF")
    p.add_argument("--recipient", required=True, metavar="NAME",
                   help="who receives the file (written to each case's disclosure log)")
    p.add_argument("--purpose", required=True, metavar="TEXT")
    p.add_argument("--password-file", dest="export_password_file", metavar="F",
                   help="seal the file with the password in F (AES-256-GCM, Argon2id)")
    p.add_argument("--plaintext", action="store_true",
                   help="write the cases unencrypted: anyone who gets the file can read them")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.set_defaults(func=cmd_export)

    trig = sub.add_parser("trigger", help="record legal trigger events").add_subparsers(
        dest="trigger_command", metavar="add", required=True)
    p = trig.add_parser("add", parents=[vault_opts], help="record a trigger; creates its deadlines")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case_ref", metavar="CASE_REF")
    p.add_argument("--rule", required=True, metavar="RULE_ID")
    p.add_argument("--date", required=True, metavar="WHEN")
    p.add_argument("--jurisdiction", metavar="J")
    p.add_argument("--service", choices=service_methods())
    p.add_argument("--matter", metavar="MATTER_REF")
    p.add_argument("--allow-duplicate", action="store_true",
                   help="record it even if the same rule, matter and date are recorded")
    p.set_defaults(func=cmd_trigger_add)

    clo = sub.add_parser("closure", help="court closures used by every computation").add_subparsers(
        dest="closure_command", metavar="add|list", required=True)
    p = clo.add_parser("add", parents=[vault_opts], help="record a closure; recomputes deadlines")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("day", metavar="DATE")
    p.add_argument("--calendar", default="*", metavar="J",
                   help=f"{', '.join(closure_calendars())} (* is every calendar; default *)")
    p.add_argument("--reason", default=ClosureReason.INACCESSIBLE.value,
                   choices=[r.value for r in ClosureReason])
    p.add_argument("--note", metavar="TEXT")
    p.set_defaults(func=cmd_closure_add)
    p = clo.add_parser("list", parents=[vault_opts], help="list recorded closures")
    p.add_argument("vault", metavar="VAULT")
    p.set_defaults(func=cmd_closure_list)

    p = sub.add_parser("timeline", parents=[vault_opts], help="one case's merged timeline")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case_ref", metavar="CASE_REF")
    p.add_argument("--from", dest="start", metavar="D")
    p.add_argument("--to", dest="end", metavar="D")
    p.add_argument("--as", dest="role", metavar="ROLE", choices=[r.value for r in Role],
                   help="a narrower role's view of the timeline (never a wider one)")
    p.set_defaults(func=cmd_timeline)

    p = sub.add_parser("agenda", parents=[vault_opts], help="next days across the caseload")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("--days", type=int, default=14, metavar="N")
    p.add_argument("--staff", metavar="NAME", help="only this staff member's cases and items")
    p.add_argument("--as", dest="role", metavar="ROLE", choices=[r.value for r in Role],
                   help="a narrower role's view (never a wider one)")
    p.set_defaults(func=cmd_agenda)

    p = sub.add_parser("conflicts", parents=[vault_opts], help="conflicts with their reasons")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case_ref", nargs="?", metavar="CASE_REF")
    p.set_defaults(func=cmd_conflicts)


def cmd_cases(args: argparse.Namespace) -> int:
    """List the caseload."""
    with opened(args) as ctx:
        from workbench.operations.views import caseload_for  # warmed while the key derives

        rows = [{"ref": s.case.ref, "display_name": s.case.display_name, "next_date": s.next_date,
                 "overdue": s.overdue, "events": s.events, "conflicts": s.open_conflicts,
                 "assigned_to": list(s.case.assigned_to)} for s in caseload_for(ctx)]
    if args.json:
        print_json(rows)
    else:
        print_table(["REF", "NAME", "NEXT", "OVERDUE", "CONFLICTS", "EVENTS"],
                    [(r["ref"], r["display_name"], r["next_date"], r["overdue"],
                      r["conflicts"], r["events"]) for r in rows])
    return 0


def _password(file: str | None, prompt: str, confirm: bool = False) -> str | None:
    return read_passphrase(file, prompt=prompt, confirm=confirm, env=None) if file else None


def cmd_import(args: argparse.Namespace) -> int:
    """Import a JSON (sealed or plain) or CSV file; a bad row names row and field."""
    from workbench.operations.interchange import import_file, needs_password

    path = Path(args.file)
    password = _password(args.export_password_file, "Export password: ")
    if password is None and needs_password(path):
        password = read_passphrase(None, prompt="Export password: ", env=None)
    with opened(args) as ctx:
        summary = import_file(ctx, path=path, password=password).value
    if args.json:
        print_json(summary)
    else:
        print(f"Imported {path.name}: {summary}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Export whole cases, sealed unless --plaintext; each case logs the disclosure."""
    from workbench.operations.interchange import export_cases

    if args.plaintext and args.export_password_file:
        raise InvalidInput("Give either --password-file or --plaintext, not both.")
    if not args.plaintext and not args.export_password_file and not sys.stdin.isatty():
        raise InvalidInput("An export is sealed with a password: give --password-file F, or "
                           "--plaintext to write the cases readable by anyone who gets the file.")
    password = None if args.plaintext else read_passphrase(
        args.export_password_file, prompt="Export password: ", confirm=True, env=None)
    with opened(args) as ctx:
        done = export_cases(ctx, out=Path(args.out), recipient=args.recipient,
                            purpose=args.purpose, password=password, plaintext=args.plaintext,
                            case_ref=args.case, force=args.force)
    outcome = done.value
    if args.json:
        print_json({"out": args.out, "cases": outcome.cases, "sealed": outcome.sealed,
                    "sha256": outcome.sha256, "disclosures": list(outcome.disclosure_ids)})
    else:
        how = "sealed with the password" if outcome.sealed else "UNENCRYPTED (--plaintext)"
        print(f"Exported {outcome.cases} case(s) to {args.out}, {how}; "
              f"{len(outcome.disclosure_ids)} disclosure(s) recorded.")
    return 0


def cmd_trigger_add(args: argparse.Namespace) -> int:
    """Record a trigger and create the deadlines computed from it."""
    from timeline.deadlines import parse_when
    from workbench.operations.dates import record_trigger

    when = parse_when(args.date)
    with opened(args) as ctx:
        try:
            trigger, events = record_trigger(
                ctx, case_ref=args.case_ref, rule_id=args.rule, occurred=when,
                jurisdiction=args.jurisdiction, service=args.service, matter_ref=args.matter,
                allow_duplicate=args.allow_duplicate).value
        except Duplicate as exc:
            raise Duplicate(f"{exc} (--allow-duplicate)", field=exc.field) from None
    if args.json:
        print_json({"trigger_id": trigger.id, "deadlines": [_event_json(e) for e in events]})
    else:
        print(f"Recorded trigger {trigger.id} ({args.rule}); {len(events)} date(s):")
        for e in events:
            flag = " (overridden)" if e.overridden else ""
            print(f"  {e.due}  {e.title}{flag}")
    return 0


def cmd_closure_add(args: argparse.Namespace) -> int:
    """Record a court closure and recompute every computed deadline."""
    from workbench.operations.dates import add_closure

    day = parse_date(args.day, "DATE")
    with opened(args) as ctx:
        closure, count = add_closure(ctx, day=day, calendar=args.calendar, reason=args.reason,
                                     note=args.note).value
    if args.json:
        print_json({"closure_id": closure.id, "recomputed_triggers": count})
    else:
        print(f"Recorded the closure on {day}; recomputed the deadlines of {count} trigger(s).")
    return 0


def cmd_closure_list(args: argparse.Namespace) -> int:
    """List the recorded closures."""
    from workbench.operations.dates import list_closures

    with opened(args) as ctx:
        rows = list_closures(ctx)
    data = [{"id": c.id, "day": c.day, "calendar": c.calendar, "reason": c.reason.value,
             "note": c.note} for c in rows]
    if args.json:
        print_json(data)
    else:
        print_table(["ID", "DAY", "CALENDAR", "REASON", "NOTE"],
                    [(d["id"], d["day"], d["calendar"], d["reason"], d["note"]) for d in data])
    return 0


def _event_json(e: Any) -> dict[str, Any]:
    data = asdict(e)
    return {k: v for k, v in data.items() if v not in (None, (), False) or k in ("id", "overridden")}


def cmd_timeline(args: argparse.Namespace) -> int:
    """Show one case's merged timeline as the caller's role (or a narrower one) sees it."""
    from workbench.operations.views import timeline_for

    start = parse_date(args.start, "--from") if args.start else today() - timedelta(days=30)
    end = parse_date(args.end, "--to") if args.end else today() + timedelta(days=365)
    if end < start:
        raise InvalidInput("--to is before --from.")
    with opened(args) as ctx:
        view = timeline_for(ctx, case_ref=args.case_ref, start=start, end=end, as_role=args.role)
    if args.json:
        print_json({"case": view.case.ref, "role": view.role, "from": start, "to": end,
                    "entries": [_entry_json(e) for e in view.entries]})
    else:
        print_table(["DATE", "TIME", "LANE", "KIND", "TITLE", "OWNER"],
                    [(e.day, "" if e.all_day else e.start.strftime("%H:%M"), e.lane,
                      e.kind, e.title, e.owner or "") for e in view.entries])
    return 0


def _entry_json(e: Any) -> dict[str, Any]:
    data = asdict(e)
    return {k: v for k, v in data.items() if v not in (None, ())}


def cmd_agenda(args: argparse.Namespace) -> int:
    """Upcoming, overdue and conflicts across the caseload."""
    from workbench.operations.views import agenda_for

    if args.days < 1 or args.days > 3660:
        raise InvalidInput("--days must be between 1 and 3660.")
    with opened(args) as ctx:
        view = agenda_for(ctx, days=args.days, staff=args.staff, as_role=args.role)
    refs = {case_id: c.ref for case_id, c in view.cases.items()}

    def item(e: Any) -> dict[str, Any]:
        return {"case": refs.get(e.case_id, ""), "day": e.day, "kind": str(e.kind),
                "title": e.title, "key": e.key}

    data = {"from": view.start, "days": view.days, "role": view.role,
            "upcoming": [item(e) for e in view.upcoming],
            "overdue": [item(e) for e in view.overdue],
            "conflicts": [{"case": refs.get(c.case_id, ""), "kind": str(c.kind), "day": c.day,
                           "reason": c.reason} for c in view.conflicts]}
    if args.json:
        print_json(data)
        return 0
    print(f"Next {args.days} days:")
    for i in data["upcoming"]:
        print(f"  {i['day']}  {i['case']:<8} {i['kind']:<20} {i['title']}")
    print(f"Overdue ({len(data['overdue'])}):")
    for i in data["overdue"]:
        print(f"  {i['day']}  {i['case']:<8} {i['title']}")
    print(f"Conflicts ({len(data['conflicts'])}):")
    for c in data["conflicts"]:
        print(f"  {c['case']:<8} {c['reason']}")
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    """Conflicts per case with their reasons."""
    from workbench.operations.views import conflicts_for

    with opened(args) as ctx:
        data = [{"case": case.ref, "kind": str(c.kind), "day": c.day, "reason": c.reason,
                 "entries": list(c.keys)} for case, c in conflicts_for(ctx, case_ref=args.case_ref)]
    if args.json:
        print_json(data)
    else:
        for c in data:
            print(f"{c['case']:<8} {c['day']}  {c['kind']:<22} {c['reason']}")
        if not data:
            print("No conflicts.")
    return 0
