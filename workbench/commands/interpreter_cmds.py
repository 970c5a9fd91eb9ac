"""Interpreter booking sub-commands: interpreter book, confirm, decline, cancel and list.

Each parses its arguments, calls one operation (workbench.operations.interpreters) and prints
the result; the policy (whoever may write the event's category), the role view of names and
references, and the checks are the operations'. Errors name the field, never a value.
"""

from __future__ import annotations

import argparse
from typing import Any

from models.records import InterpreterMode, InterpreterProvider
from workbench.commands.common import opened
from workbench.output import print_json, print_table

_PROVIDERS = [p.value for p in InterpreterProvider]
_MODES = [m.value for m in InterpreterMode]
_BOOK_HELP = ("Request an interpreter for an appointment, hearing or case conference of a "
              "case (its id: `workbench timeline VAULT REF`). The booking starts as requested; "
              "`workbench interpreter confirm` confirms it with the vendor's or court's "
              "reference, which marks the event's interpreter as booked. Conflicts: an event "
              "needing an interpreter without a confirmed booking 48 h before it, a booking "
              "in another language or dialect, and one interpreter booked twice at once.")


def register(sub: argparse._SubParsersAction, *, vault_opts: argparse.ArgumentParser,  # type: ignore[type-arg]
             json_opt: argparse.ArgumentParser) -> None:
    """Add the interpreter sub-commands."""
    cmds = sub.add_parser("interpreter", help="interpreter bookings of appointments and "
                          "hearings").add_subparsers(
        dest="interpreter_command", metavar="book|confirm|decline|cancel|list", required=True)
    p = cmds.add_parser("book", parents=[vault_opts], help="request an interpreter for an "
                        "appointment or hearing", description=_BOOK_HELP)
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case_ref", metavar="REF")
    p.add_argument("--event", required=True, type=int, metavar="ID",
                   help="the appointment's or hearing's id")
    p.add_argument("--language", required=True, metavar="L", help="e.g. Spanish, or es")
    p.add_argument("--dialect", metavar="D")
    p.add_argument("--provider", required=True, choices=_PROVIDERS)
    p.add_argument("--mode", required=True, choices=_MODES)
    p.add_argument("--name", metavar="N", help="the interpreter's name, when known")
    p.add_argument("--contact", type=int, metavar="ID",
                   help="the interpreter as a contact of the case (its id)")
    p.add_argument("--vendor", metavar="V", help="the agency or language line")
    p.set_defaults(func=cmd_book)
    p = cmds.add_parser("confirm", parents=[vault_opts],
                        help="confirm a booking with its confirmation reference")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("booking_id", metavar="ID", type=int)
    p.add_argument("--reference", required=True, metavar="R")
    p.add_argument("--name", metavar="N", help="the interpreter's name, if now known")
    p.set_defaults(func=cmd_confirm)
    for name, helptext in (("decline", "the vendor or interpreter said no"),
                           ("cancel", "call a booking off")):
        p = cmds.add_parser(name, parents=[vault_opts], help=helptext)
        p.add_argument("vault", metavar="VAULT")
        p.add_argument("booking_id", metavar="ID", type=int)
        p.set_defaults(func=cmd_close, status=name)
    p = cmds.add_parser("list", parents=[vault_opts], help="bookings of a case (or of every "
                        "case) and the interpreter conflicts, as your role sees them")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case_ref", metavar="REF", nargs="?")
    p.set_defaults(func=cmd_list)


def booking_json(booking: Any) -> dict[str, Any]:
    """A booking as JSON (what the role reads; withheld fields are null)."""
    return {"id": booking.id, "event_id": booking.event_id, "language": booking.language,
            "dialect": booking.dialect, "provider": booking.provider.value,
            "mode": booking.mode.value, "status": booking.status.value,
            "contact_id": booking.contact_id, "interpreter_name": booking.interpreter_name,
            "vendor": booking.vendor, "reference": booking.reference,
            "confirmed_at": booking.confirmed_at, "notes": booking.notes,
            "version": booking.version}


def cmd_book(args: argparse.Namespace) -> int:
    """Request the booking; print its id and status."""
    from workbench.operations.interpreters import book

    with opened(args) as ctx:
        booking = book(ctx, case_ref=args.case_ref, event_id=args.event, language=args.language,
                       dialect=args.dialect, provider=args.provider, mode=args.mode,
                       interpreter_name=args.name, contact_id=args.contact,
                       vendor=args.vendor).value
    if args.json:
        print_json({"case": args.case_ref, **booking_json(booking)})
        return 0
    print(f"Interpreter booking {booking.id} requested for event {booking.event_id} of "
          f"{args.case_ref} ({booking.language}, {booking.mode.value.replace('_', ' ')}); "
          f"confirm it with `workbench interpreter confirm {args.vault} {booking.id} "
          "--reference R`.")
    return 0


def cmd_confirm(args: argparse.Namespace) -> int:
    """Confirm the booking; the event's interpreter is then booked."""
    from workbench.operations.interpreters import confirm

    with opened(args) as ctx:
        booking = confirm(ctx, booking_id=args.booking_id, reference=args.reference,
                          interpreter_name=args.name).value
    if args.json:
        print_json(booking_json(booking))
        return 0
    print(f"Interpreter booking {booking.id} confirmed; event {booking.event_id} has its "
          "interpreter booked.")
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    """Decline or cancel the booking."""
    from workbench.operations import interpreters

    close = interpreters.decline if args.status == "decline" else interpreters.cancel
    with opened(args) as ctx:
        booking = close(ctx, booking_id=args.booking_id).value
        booked = ctx.store.get_event(booking.event_id).interpreter_booked
    if args.json:
        print_json({**booking_json(booking), "event_interpreter_booked": booked})
        return 0
    still = "still has another confirmed booking" if booked else "has no confirmed interpreter"
    print(f"Interpreter booking {booking.id} {booking.status.value}; event {booking.event_id} "
          f"{still}.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    """Every booking (of a case) with its event's day, then the interpreter conflicts."""
    from workbench.operations.interpreters import booking_conflicts, listing

    with opened(args) as ctx:
        rows = listing(ctx, case_ref=args.case_ref)
        conflicts = booking_conflicts(ctx, case_ref=args.case_ref)
    if args.json:
        print_json({"bookings": [{"case": r.case_ref, "event_kind": r.event_kind,
                                  "day": r.day, **booking_json(r.booking)} for r in rows],
                    "conflicts": [{"case": case.ref, "kind": c.kind.value, "day": c.day,
                                   "keys": list(c.keys), "reason": c.reason}
                                  for case, c in conflicts]})
        return 0
    if not rows:
        print("No interpreter bookings" + (f" for {args.case_ref}." if args.case_ref else "."))
    else:
        print_table(["ID", "CASE", "DAY", "EVENT", "LANGUAGE", "MODE", "PROVIDER", "STATUS",
                     "INTERPRETER", "REFERENCE"],
                    [(r.booking.id, r.case_ref, r.day, f"{r.event_kind} {r.booking.event_id}",
                      _language(r.booking), r.booking.mode.value, r.booking.provider.value,
                      r.booking.status.value, _who(r.booking), r.booking.reference or "")
                     for r in rows])
    for case, conflict in conflicts:
        print(f"! {case.ref} {conflict.day}: {conflict.reason}")
    return 0


def _language(booking: Any) -> str:
    return booking.language + (f" ({booking.dialect})" if booking.dialect else "")


def _who(booking: Any) -> str:
    name = booking.interpreter_name or (f"contact {booking.contact_id}"
                                        if booking.contact_id else "")
    return f"{name}, {booking.vendor}" if name and booking.vendor else name or booking.vendor or ""
