"""`workbench fhir import`: appointments from the clinic's EHR (FHIR R4), all or nothing.

``workbench fhir import VAULT FILE [--case REF] [--confirm-patient Patient/ID] [--dry-run]
[--skip-refused] [--json]``: FILE is an Appointment Bundle, one Appointment, a bulk-export
NDJSON file, or a bulk export's folder (Appointment.ndjson with Patient.ndjson and
Practitioner.ndjson). A patient is matched to a case only through an identifier confirmed
once: an unknown one stops the import and the message says the command that confirms it.
The operation (workbench.operations.ehr_import) decides who may: clinicians and supervisors.
"""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path
from typing import Any

from workbench.commands.common import opened
from workbench.output import print_json


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], *,
             vault_opts: argparse.ArgumentParser, json_opt: argparse.ArgumentParser) -> None:
    """Add the fhir sub-command."""
    fhir = sub.add_parser("fhir", help="import appointments from the clinic's EHR (FHIR R4)")
    inner = fhir.add_subparsers(dest="fhir_command", required=True, metavar="COMMAND")
    p = inner.add_parser(
        "import", parents=[vault_opts],
        help="import an Appointment Bundle or bulk-export NDJSON (clinicians, supervisors)",
        description="Import appointments: new ones are added, re-imported ones updated, "
                    "cancelled ones cancelled, unchanged ones left alone. Anything refused "
                    "stops the whole import unless --skip-refused. A patient is matched to a "
                    "case only by an identifier you confirm once (--case with "
                    "--confirm-patient), never by name.")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("file", metavar="FILE", help="a Bundle, an NDJSON file or an export folder")
    p.add_argument("--case", dest="case_ref", metavar="REF",
                   help="import only this case's appointments (and confirm its patient)")
    p.add_argument("--confirm-patient", metavar="Patient/ID",
                   help="link this patient of the file to --case, once, then import")
    p.add_argument("--dry-run", action="store_true", help="show the plan, write nothing")
    p.add_argument("--skip-refused", action="store_true",
                   help="import what can be imported and list the refused")
    p.set_defaults(func=cmd_fhir_import)
    p = inner.add_parser("links", parents=[vault_opts],
                         help="the EHR patient identifiers confirmed for a case (masked)")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("--case", dest="case_ref", metavar="REF", required=True)
    p.set_defaults(func=cmd_fhir_links)
    p = inner.add_parser("unlink", parents=[vault_opts],
                         help="undo a patient confirmation: forget the case's EHR identifiers")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("--case", dest="case_ref", metavar="REF", required=True)
    p.add_argument("--yes", action="store_true", help="really forget them")
    p.set_defaults(func=cmd_fhir_unlink)


def cmd_fhir_import(args: argparse.Namespace) -> int:
    """Plan (--dry-run) or import, and print what was (or would be) done."""
    from workbench.operations import ehr_import

    path = Path(args.file)
    with opened(args) as ctx:
        if args.dry_run:
            plan = ehr_import.plan_import(ctx, path=path, case_ref=args.case_ref,
                                          confirm_patient=args.confirm_patient)
            outcome = None
        else:
            outcome = ehr_import.import_appointments(
                ctx, path=path, case_ref=args.case_ref, confirm_patient=args.confirm_patient,
                skip_refused=args.skip_refused).value
            plan = outcome.plan
    data = plan_json(plan, outcome)
    if args.json:
        print_json(data)
    else:
        _print(data, dry_run=args.dry_run, command=_confirm_command(args))
    return 1 if args.dry_run and plan.refused else 0


def plan_json(plan: Any, outcome: Any = None) -> dict[str, Any]:
    """The plan (and what was written) as JSON: ids and counts, never names or notes."""
    data: dict[str, Any] = {
        "summary": plan.summary(),
        "appointments": [{"id": v.resource_id, "action": v.action, "case": v.case_ref,
                          "status": v.visit.status.value, "fhir_status": v.visit.fhir_status,
                          "start": v.visit.start.isoformat(), "tz": v.tz}
                         for v in plan.visits],
        "refused": [{"resource": r.resource, "field": r.field, "problem": r.problem}
                    for r in plan.refused],
        "patients_to_confirm": [{"patient": u.reference, "identifiers": list(u.shown_keys),
                                 "appointments": list(u.appointments)}
                                for u in plan.unknown_patients],
        "new_contacts": len(plan.new_contacts),
    }
    if outcome is not None:
        data["written"] = {"events": len(outcome.event_ids), "contacts": len(outcome.contact_ids),
                           "patients_linked": outcome.linked_patients,
                           "skipped": len(outcome.skipped)}
    return data


def _confirm_command(args: argparse.Namespace) -> str:
    """The command that confirms a patient, as the user typed the rest (PATIENT filled in)."""
    words = ["workbench", "fhir", "import", args.vault, args.file]
    if args.user:
        words += ["--user", args.user]
    words += ["--case", args.case_ref or "REF", "--confirm-patient"]
    return " ".join(shlex.quote(w) for w in words)


def _print(data: dict[str, Any], *, dry_run: bool, command: str) -> None:
    s = data["summary"]
    head = "Would import" if dry_run else "Imported"
    print(f"{head}: {s['new']} new, {s['updated']} updated, {s['cancelled']} cancelled, "
          f"{s['unchanged']} unchanged, {s['ignored']} ignored (cancelled, never imported), "
          f"{s['refused']} refused.")
    for item in data["appointments"]:
        print(f"  {item['action']:<9} Appointment/{item['id']}  {item['case']}  "
              f"{item['start']}  {item['status']}")
    for r in data["refused"]:
        print(f"  refused   {r['resource']}: {r['field']}: {r['problem']}")
    for u in data["patients_to_confirm"]:
        print(f"  to confirm: {u['patient']} (identifiers: {', '.join(u['identifiers'])}) is "
              f"not linked to a case. Check in the EHR that it is the survivor's, then run:\n"
              f"    {command} {shlex.quote(u['patient'])}")
    if data["new_contacts"]:
        verb = "would be" if dry_run else "were"
        print(f"  {data['new_contacts']} practitioner(s) {verb} added to the case's contacts.")
    written = data.get("written")
    if written and written["skipped"]:
        print(f"  {written['skipped']} refused resource(s) were skipped (--skip-refused).")


def cmd_fhir_links(args: argparse.Namespace) -> int:
    """List the case's confirmed EHR patient identifiers (system and last four characters)."""
    from workbench.operations import ehr_import

    with opened(args) as ctx:
        links = ehr_import.patient_links(ctx, case_ref=args.case_ref)
    rows = [{"id": k.link_id, "identifier": k.shown, "linked_at": k.linked_at} for k in links]
    if args.json:
        print_json(rows)
    elif not rows:
        print(f"No EHR patient is linked to {args.case_ref}.")
    else:
        for row in rows:
            print(f"  {row['identifier']}  (linked {row['linked_at']})")
    return 0


def cmd_fhir_unlink(args: argparse.Namespace) -> int:
    """Forget the case's confirmed EHR patient identifiers (asks for --yes)."""
    from models.errors import NeedsConfirmation
    from workbench.operations import ehr_import

    if not args.yes:
        raise NeedsConfirmation(f"This forgets which EHR patient is {args.case_ref}: the next "
                                "import of that patient stops until it is confirmed again. "
                                "Repeat with --yes.")
    with opened(args) as ctx:
        count = ehr_import.unlink_patient(ctx, case_ref=args.case_ref).value
    if args.json:
        print_json({"forgotten": count})
    else:
        print(f"Forgot {count} EHR patient identifier(s) of {args.case_ref}; its imported "
              "appointments stay.")
    return 0
