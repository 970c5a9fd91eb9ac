"""Packet sub-commands: packet, disclosures, consents.

Each parses its arguments, calls one operation (workbench.operations) and prints the result.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from workbench.commands.common import minute, opened, parse_date, today
from workbench.output import print_json, print_table
from workbench.passphrase import read_passphrase


def register(sub: argparse._SubParsersAction, *, vault_opts: argparse.ArgumentParser,
             json_opt: argparse.ArgumentParser) -> None:
    """Add the packet sub-commands."""
    from exports.template import PACKET_KINDS

    p = sub.add_parser("packet", parents=[vault_opts], help="build a consent-aware packet (PDF)")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case_ref", metavar="CASE_REF")
    p.add_argument("--kind", required=True, choices=PACKET_KINDS)
    p.add_argument("--recipient", required=True, metavar="NAME")
    p.add_argument("--matter", metavar="REF")
    p.add_argument("--purpose", metavar="TEXT")
    p.add_argument("--out", metavar="FILE.pdf", help="where to write (needed unless --dry-run)")
    p.add_argument("--force", action="store_true", help="replace FILE.pdf (and FILE.CODE.pdf) if they exist")
    p.add_argument("--dry-run", action="store_true",
                   help="print what would be included and withheld, and why; write nothing")
    p.add_argument("--password-file", metavar="F", help="encrypt with AES-256 using this password")
    p.add_argument("--compelled", metavar="LEGAL_BASIS",
                   help="compelled release (subpoena, court order): include all, record the basis")
    p.add_argument("--bates-prefix", default="WB", metavar="PREFIX")
    p.add_argument("--duplex", action="store_true", help="pad to an even page count")
    p.add_argument("--signature-line", action="store_true",
                   help="a signature and date line on the cover")
    p.add_argument("--served-on", metavar="NAME",
                   help="court packets: add a certificate of service on NAME")
    p.add_argument("--service-method", metavar="HOW", default="",
                   help="how it was served: mail, hand, email, efile, fax (or words)")
    p.add_argument("--served-date", metavar="D", help="when it was served (default: today)")
    p.add_argument("--translation", metavar="CODE",
                   help="also a courtesy translation for the survivor (not for filing), "
                        "written as FILE.CODE.pdf, e.g. --translation es")
    p.set_defaults(func=cmd_packet)

    p = sub.add_parser("disclosures", parents=[vault_opts], help="a case's disclosure history")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case_ref", metavar="CASE_REF")
    p.set_defaults(func=cmd_disclosures)

    p = sub.add_parser("consents", parents=[vault_opts], help="a case's consent ledger")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case_ref", metavar="CASE_REF")
    p.set_defaults(func=cmd_consents)


def cmd_packet(args: argparse.Namespace) -> int:
    """Plan a packet; unless --dry-run, build, write and record it."""
    from exports.packet_job import PacketRequest
    from models.errors import InvalidInput
    from workbench.operations import packets

    if not args.dry_run and not args.out:
        raise InvalidInput("Say where to write the packet with --out FILE.pdf (or --dry-run).")
    if args.served_on and not args.service_method:
        raise InvalidInput("Say how it was served with --service-method (mail, hand, email, "
                           "efile, fax).")
    password = read_passphrase(args.password_file, prompt="Packet password: ", env=None) \
        if args.password_file else None
    with opened(args) as ctx:
        records = packets.case_records(ctx, case_ref=args.case_ref)
        request = packets.with_purpose(ctx, records, PacketRequest(
            kind=args.kind, recipient=args.recipient, purpose=args.purpose or "",
            matter_ref=args.matter, legal_basis=args.compelled, password=password,
            bates_prefix=args.bates_prefix, pad_even=args.duplex,
            signature_line=args.signature_line, served_on=args.served_on or "",
            service_method=args.service_method,
            served_date=parse_date(args.served_date, "--served-date") if args.served_date
            else None, translation=_translation(args, records)))
        if args.dry_run:
            return _print_plan(args, packets.plan_packet(ctx, records=records, request=request),
                               records.labels(), _would_write(args, request.translation))
        done = packets.make_packet(ctx, records=records, request=request, out=Path(args.out),
                                   force=args.force)
    outcome = done.value  # a MadePacket
    copy = outcome.outcome.translation
    if args.json:
        print_json({"pages": outcome.pages, "sha256": outcome.sha256,
                    "disclosure_id": outcome.disclosure_id, "out": str(outcome.path),
                    "included": outcome.included, "withheld": _withheld_json(outcome.plan),
                    "compelled": outcome.plan.compelled,
                    "translation": None if copy is None else {
                        "language": copy.code, "out": str(copy.path), "pages": copy.pages,
                        "sha256": copy.sha256, "for_filing": False}})
    else:
        print(f"Wrote {outcome.pages} page(s) to {args.out} (sha256 {outcome.sha256[:16]}…); "
              f"disclosure {outcome.disclosure_id} recorded.")
        if copy is not None:
            print(f"Wrote the courtesy translation ({copy.code}, not for filing), "
                  f"{copy.pages} page(s), to {copy.path} (sha256 {copy.sha256[:16]}…); "
                  "in the same disclosure.")
        for w in _withheld_json(outcome.plan):
            print(f"  withheld {w['category']}: {w['reason']}")
    return 0


def _translation(args: argparse.Namespace, records: Any) -> str | None:
    """The --translation code, checked against the wordings and the case's languages."""
    from exports.wording import check_case_translation

    if args.translation is None:
        return None
    return check_case_translation(args.translation, records.case.languages)


def _would_write(args: argparse.Namespace, code: str | None) -> list[str]:
    """The files a real run would write (none named when --out is not given)."""
    from exports.packet_job import translation_path

    if not args.out:
        return []
    out = Path(args.out)
    return [str(out)] + ([str(translation_path(out, code))] if code else [])


def _withheld_json(plan: Any) -> list[dict[str, Any]]:
    return [{"category": str(w.category), "reason": str(w.reason), "note": w.note,
             "records": len(w.record_ids)} for w in plan.withheld]


def _print_plan(args: argparse.Namespace, plan: Any, labels: dict[str, str],
                files: list[str]) -> int:
    from exports.consent_gate import record_id

    included = [{"category": str(c), "records": [labels.get(record_id(r), record_id(r))
                                                  for r in plan.included[c]]}
                for c in plan.categories]
    if args.json:
        print_json({"recipient": plan.recipient, "purpose": plan.purpose,
                    "compelled": plan.compelled, "included": included,
                    "withheld": _withheld_json(plan), "would_write": files})
        return 0
    print(f"Packet for {plan.recipient} ({plan.purpose}) — nothing written (--dry-run).")
    if files:
        print("Would write: " + " and ".join(files)
              + (" (the second a courtesy translation, not for filing)" if len(files) > 1
                 else ""))
    print("Included:")
    for inc in included:
        print(f"  {inc['category']}: {len(inc['records'])} record(s)")
    print("Withheld:")
    for w in plan.withheld:
        print(f"  {w.category}: {w.note or w.reason} ({len(w.record_ids)} record(s))")
    if not plan.withheld:
        print("  nothing")
    return 0


def cmd_disclosures(args: argparse.Namespace) -> int:
    """List a case's disclosures."""
    from workbench.operations.ledger import disclosures_for

    with opened(args) as ctx:
        rows = disclosures_for(ctx, case_ref=args.case_ref)
    data = [{"id": d.id, "at": d.at, "user": d.user, "recipient": d.recipient, "purpose": d.purpose,
             "categories": [str(c) for c in d.categories], "records": list(d.record_ids),
             "consent_ids": list(d.consent_ids), "legal_basis": d.legal_basis,
             "sha256": d.packet_sha256} for d in rows]
    if args.json:
        print_json(data)
    else:
        print_table(["ID", "WHEN", "BY", "RECIPIENT", "PURPOSE", "LEGAL BASIS", "CATEGORIES"],
                    [(d["id"], minute(d["at"]), d["user"], d["recipient"], d["purpose"],
                      d["legal_basis"] or "consent", ",".join(d["categories"])) for d in data])
    return 0


def cmd_consents(args: argparse.Namespace) -> int:
    """List a case's consents with their status today."""
    from workbench.operations.ledger import consents_for

    on = today()
    with opened(args) as ctx:
        rows = consents_for(ctx, case_ref=args.case_ref)
    data = [{"id": c.id, "recipient": c.recipient, "categories": sorted(str(x) for x in c.categories),
             "purpose": c.purpose, "granted": c.granted, "expires": c.expires, "revoked": c.revoked,
             "how_given": c.how_given, "status": c.status(on).value} for c in rows]
    if args.json:
        print_json(data)
    else:
        print_table(["ID", "RECIPIENT", "PURPOSE", "STATUS", "GRANTED", "EXPIRES", "CATEGORIES"],
                    [(d["id"], d["recipient"], d["purpose"], d["status"], d["granted"],
                      d["expires"], ",".join(d["categories"])) for d in data])
    return 0
