"""Case sub-commands: cases, import, export, trigger add, timeline, agenda, conflicts."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from datetime import timedelta
from pathlib import Path

from models.errors import InvalidInput
from workbench.commands.common import find_case, opened_vault, parse_date, today
from workbench.output import print_json, print_table


def register(sub: argparse._SubParsersAction, *, vault_opts: argparse.ArgumentParser,
             json_opt: argparse.ArgumentParser) -> None:
    """Add the case sub-commands."""
    p = sub.add_parser("cases", parents=[vault_opts], help="the caseload")
    p.add_argument("vault", metavar="VAULT")
    p.set_defaults(func=cmd_cases)

    p = sub.add_parser("import", parents=[vault_opts], help="import JSON or CSV (all or nothing)")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", parents=[vault_opts], help="export JSON (round-trips with import)")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("out", metavar="OUT.json")
    p.add_argument("--case", metavar="REF")
    p.set_defaults(func=cmd_export)

    trig = sub.add_parser("trigger", help="record legal trigger events").add_subparsers(
        dest="trigger_command", metavar="add", required=True)
    p = trig.add_parser("add", parents=[vault_opts], help="record a trigger; creates its deadlines")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case_ref", metavar="CASE_REF")
    p.add_argument("--rule", required=True, metavar="RULE_ID")
    p.add_argument("--date", required=True, metavar="WHEN")
    p.add_argument("--jurisdiction", metavar="J")
    p.add_argument("--service", choices=("mail", "electronic", "personal"))
    p.add_argument("--matter", metavar="MATTER_REF")
    p.set_defaults(func=cmd_trigger_add)

    clo = sub.add_parser("closure", help="court closures used by every computation").add_subparsers(
        dest="closure_command", metavar="add|list", required=True)
    p = clo.add_parser("add", parents=[vault_opts], help="record a closure; recomputes deadlines")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("day", metavar="DATE")
    p.add_argument("--calendar", default="*", metavar="J",
                   help="federal, CA, NY, TX or * for every calendar (default *)")
    p.add_argument("--reason", default="inaccessible",
                   choices=("holiday", "executive_order", "inaccessible", "outage"))
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
    p.add_argument("--as", dest="role", metavar="ROLE",
                   choices=("advocate", "clinician", "case_manager", "supervisor"))
    p.set_defaults(func=cmd_timeline)

    p = sub.add_parser("agenda", parents=[vault_opts], help="next days across the caseload")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("--days", type=int, default=14, metavar="N")
    p.add_argument("--staff", metavar="NAME", help="only this staff member's cases and items")
    p.set_defaults(func=cmd_agenda)

    p = sub.add_parser("conflicts", parents=[vault_opts], help="conflicts with their reasons")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case_ref", nargs="?", metavar="CASE_REF")
    p.set_defaults(func=cmd_conflicts)


def cmd_cases(args: argparse.Namespace) -> int:
    """List the caseload."""
    from workbench.services import caseload_rows

    with opened_vault(args) as vault:
        rows = caseload_rows(vault.store, today())
    if args.json:
        print_json(rows)
    else:
        print_table(["REF", "NAME", "NEXT", "OVERDUE", "CONFLICTS", "EVENTS"],
                    [(r["ref"], r["display_name"], r["next_date"], r["overdue"],
                      r["conflicts"], r["events"]) for r in rows])
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Import a JSON or CSV file; a bad row names row and field and nothing is written."""
    from models.interchange import import_data
    from models.interchange_csv import import_csv

    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidInput(f"Import file not found: {path}") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"{path} is not UTF-8 text; save it as UTF-8 and try again.") from None
    with opened_vault(args) as vault:
        if path.suffix.lower() == ".csv":
            summary = import_csv(vault.store, text)
        else:
            try:
                data = json.loads(text)
            except json.JSONDecodeError as exc:
                raise InvalidInput(f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}).") from None
            summary = import_data(vault.store, data)
    if args.json:
        print_json(summary)
    else:
        print(f"Imported {path.name}: {summary}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Export the vault (or one case) as JSON, written atomically."""
    from exports.atomic import write_atomically
    from models.interchange import export_data

    with opened_vault(args) as vault:
        data = export_data(vault.store, case_ref=args.case)
    write_atomically(Path(args.out), json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
    if args.json:
        print_json({"out": args.out, "cases": len(data.get("cases", []))})
    else:
        print(f"Exported {len(data.get('cases', []))} case(s) to {args.out}.")
    return 0


def cmd_trigger_add(args: argparse.Namespace) -> int:
    """Record a trigger and create the deadlines computed from it."""
    from timeline.deadlines import parse_when
    from workbench.services import record_trigger

    when = parse_when(args.date)
    with opened_vault(args) as vault:
        trigger, events = record_trigger(vault.store, args.case_ref, args.rule, when,
                                         jurisdiction=args.jurisdiction, service=args.service,
                                         matter_ref=args.matter)
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
    from models.records import ClosureReason
    from workbench.services import add_closure

    if args.calendar not in ("*", "federal", "CA", "NY", "TX"):
        raise InvalidInput(f"--calendar: {args.calendar!r} is not one of federal, CA, NY, TX or *.")
    day = parse_date(args.day, "DATE")
    with opened_vault(args) as vault:
        closure, count = add_closure(vault.store, day, args.calendar, ClosureReason(args.reason),
                                     args.note)
    if args.json:
        print_json({"closure_id": closure.id, "recomputed_triggers": count})
    else:
        print(f"Recorded the closure on {day}; recomputed the deadlines of {count} trigger(s).")
    return 0


def cmd_closure_list(args: argparse.Namespace) -> int:
    """List the recorded closures."""
    with opened_vault(args) as vault:
        rows = vault.store.list_closures()
    data = [{"id": c.id, "day": c.day, "calendar": c.calendar, "reason": c.reason.value,
             "note": c.note} for c in rows]
    if args.json:
        print_json(data)
    else:
        print_table(["ID", "DAY", "CALENDAR", "REASON", "NOTE"],
                    [(d["id"], d["day"], d["calendar"], d["reason"], d["note"]) for d in data])
    return 0


def _event_json(e) -> dict:
    data = asdict(e)
    return {k: v for k, v in data.items() if v not in (None, (), False) or k in ("id", "overridden")}


def cmd_timeline(args: argparse.Namespace) -> int:
    """Show one case's merged timeline as the chosen role sees it."""
    from workbench.services import case_timeline

    start = parse_date(args.start, "--from") if args.start else today() - timedelta(days=30)
    end = parse_date(args.end, "--to") if args.end else today() + timedelta(days=365)
    if end < start:
        raise InvalidInput("--to is before --from.")
    with opened_vault(args) as vault:
        role = args.role or vault.user.role.value
        case = find_case(vault.store, args.case_ref)
        entries = case_timeline(vault.store, case, start, end, role)
    if args.json:
        print_json({"case": case.ref, "role": role, "from": start, "to": end,
                    "entries": [_entry_json(e) for e in entries]})
    else:
        print_table(["DATE", "TIME", "LANE", "KIND", "TITLE", "OWNER"],
                    [(e.day, "" if e.all_day else e.start.strftime("%H:%M"), e.lane,
                      e.kind, e.title, e.owner or "") for e in entries])
    return 0


def _entry_json(e) -> dict:
    data = asdict(e)
    return {k: v for k, v in data.items() if v not in (None, ())}


def cmd_agenda(args: argparse.Namespace) -> int:
    """Upcoming, overdue and conflicts across the caseload."""
    from workbench.services import agenda_json

    if args.days < 1 or args.days > 3660:
        raise InvalidInput("--days must be between 1 and 3660.")
    with opened_vault(args) as vault:
        data = agenda_json(vault.store, today(), args.days, staff=args.staff)
    if args.json:
        print_json(data)
    else:
        print(f"Next {args.days} days:")
        for item in data["upcoming"]:
            print(f"  {item['day']}  {item['case']:<8} {item['kind']:<20} {item['title']}")
        print(f"Overdue ({len(data['overdue'])}):")
        for item in data["overdue"]:
            print(f"  {item['day']}  {item['case']:<8} {item['title']}")
        print(f"Conflicts ({len(data['conflicts'])}):")
        for c in data["conflicts"]:
            print(f"  {c['case']:<8} {c['reason']}")
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    """Conflicts per case with their reasons."""
    from workbench.services import conflicts_json

    with opened_vault(args) as vault:
        data = conflicts_json(vault.store, today(), case_ref=args.case_ref)
    if args.json:
        print_json(data)
    else:
        for c in data:
            print(f"{c['case']:<8} {c['day']}  {c['kind']:<22} {c['reason']}")
        if not data:
            print("No conflicts.")
    return 0
