"""`workbench ics`: export the timeline to an RFC 5545 calendar file (.ics), safe by default.

``workbench ics VAULT --out FILE.ics [--case REF] [--staff NAME] [--from D --to D]
[--detail generic|case-ref|full] [--purpose TEXT] [--force] [--json]``. The operation
(workbench.operations.calendar_export) decides what each detail level holds, applies the role
view and, at ``full``, records the disclosure; this command parses, calls it and prints.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from models.records import Role
from workbench.commands.common import opened, parse_date
from workbench.output import print_json

DETAILS = ("generic", "case-ref", "full")
WHAT_IT_HOLDS = {
    "generic": "kind and time only: no names, case references, titles, places or notes",
    "case-ref": "kind, time and the case reference: no names, titles, places or notes",
    "full": "the titles, places and notes your role sees",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], *,
             vault_opts: argparse.ArgumentParser, json_opt: argparse.ArgumentParser) -> None:
    """Add the ics sub-command."""
    del json_opt  # vault_opts carries --json
    p = sub.add_parser(
        "ics", parents=[vault_opts],
        help="export appointments, hearings and deadlines to a calendar file (.ics)",
        description="Write the timeline of every case you may see (or one) to an RFC 5545 "
                    "calendar file for Outlook, Google Calendar or any calendar client. "
                    "The default detail, generic, holds only the kind of each item and its "
                    "time ('Hearing (Workbench)'); case-ref adds the case reference; full "
                    "holds what your role sees, needs the export permission and is recorded "
                    "as a disclosure in each case's log. Recurring series stay series; "
                    "re-importing a newer export updates the events instead of duplicating.")
    p.add_argument("vault", metavar="VAULT", help="the vault (or hub) to export from")
    p.add_argument("--out", metavar="FILE.ics", required=True,
                   help="the calendar file to write (choose a name that says nothing about "
                        "a case)")
    p.add_argument("--case", metavar="REF", help="only this case (default: every case)")
    p.add_argument("--staff", metavar="NAME",
                   help="only this staff member's items: their cases' and those assigned "
                        "to them")
    p.add_argument("--from", dest="period_from", metavar="DATE",
                   help="only items on or after this day (YYYY-MM-DD); a series that "
                        "reaches into the period is exported whole")
    p.add_argument("--to", dest="period_to", metavar="DATE",
                   help="only items on or before this day (YYYY-MM-DD)")
    p.add_argument("--detail", choices=DETAILS, default="generic",
                   help="generic (default): " + WHAT_IT_HOLDS["generic"] + "; case-ref: "
                        "adds the case reference; full: " + WHAT_IT_HOLDS["full"] +
                        " (needs the export permission; a disclosure)")
    p.add_argument("--purpose", metavar="TEXT", default="calendar export",
                   help="the purpose written to the disclosure log at --detail full")
    p.add_argument("--as", dest="role", metavar="ROLE", choices=[r.value for r in Role],
                   help="export through a narrower role's view (e.g. peer_mentor)")
    p.add_argument("--force", action="store_true", help="replace --out if it exists")
    p.set_defaults(func=cmd_ics)


def cmd_ics(args: argparse.Namespace) -> int:
    """Export the calendar; print where, how many events of how many cases, and whether it
    was recorded as a disclosure."""
    from workbench.operations.calendar_export import export_calendar, selection

    period_from = parse_date(args.period_from, "--from") if args.period_from else None
    period_to = parse_date(args.period_to, "--to") if args.period_to else None
    with opened(args) as ctx:
        chosen = selection(ctx, case_ref=args.case, staff=args.staff,
                           period_from=period_from, period_to=period_to)
        done = export_calendar(ctx, out=Path(args.out), detail=args.detail, chosen=chosen,
                               purpose=args.purpose, force=args.force, as_role=args.role)
    result = done.value
    if args.json:
        print_json({"out": str(result.path), "events": result.events, "cases": result.cases,
                    "detail": result.detail.value, "disclosure": result.disclosure})
        return 0
    events = f"{result.events} event" + ("" if result.events == 1 else "s")
    cases = f"{result.cases} case" + ("" if result.cases == 1 else "s")
    print(f"Wrote {events} of {cases} to {result.path} "
          f"(detail {result.detail.value}: {WHAT_IT_HOLDS[result.detail.value]}).")
    if result.disclosure:
        where = ("the case's disclosure log" if result.cases == 1 else
                 f"the disclosure log of each of the {cases}")
        print(f"Recorded as a disclosure to \"calendar export\" in {where}: the file holds "
              "case data; keep it as you would the case files.")
    else:
        print("Not a disclosure: nothing in the file identifies a survivor.")
    return 0
