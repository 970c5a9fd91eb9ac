"""Packet sub-commands: packet, disclosures, consents."""

from __future__ import annotations

import argparse
from pathlib import Path

from workbench.commands.common import find_case, opened_vault, today
from workbench.output import print_json, print_table
from workbench.passphrase import read_passphrase


def register(sub: argparse._SubParsersAction, *, vault_opts: argparse.ArgumentParser,
             json_opt: argparse.ArgumentParser) -> None:
    """Add the packet sub-commands."""
    p = sub.add_parser("packet", parents=[vault_opts], help="build a consent-aware packet (PDF)")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case_ref", metavar="CASE_REF")
    p.add_argument("--kind", required=True, choices=("court", "immigration", "agency"))
    p.add_argument("--recipient", required=True, metavar="NAME")
    p.add_argument("--matter", metavar="REF")
    p.add_argument("--purpose", metavar="TEXT")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--password-file", metavar="F", help="encrypt with AES-256 using this password")
    p.add_argument("--compelled", metavar="LEGAL_BASIS",
                   help="compelled release (subpoena, court order): include all, record the basis")
    p.add_argument("--bates-prefix", default="WB", metavar="PREFIX")
    p.add_argument("--duplex", action="store_true", help="pad to an even page count")
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
    """Plan, build, write and record one packet."""
    from workbench.packets import make_packet

    password = read_passphrase(args.password_file, prompt="Packet password: ") \
        if args.password_file else None
    with opened_vault(args) as vault:
        summary = make_packet(vault.store, args.case_ref, kind=args.kind, recipient=args.recipient,
                              purpose=args.purpose, matter_ref=args.matter, out=Path(args.out),
                              password=password, compelled=args.compelled, today=today(),
                              prepared_by=vault.user.name, bates_prefix=args.bates_prefix,
                              pad_even=args.duplex)
    if args.json:
        print_json(summary)
    else:
        print(f"Wrote {summary['pages']} page(s) to {args.out} (sha256 {summary['sha256'][:16]}…); "
              f"disclosure {summary['disclosure_id']} recorded.")
        for w in summary["withheld"]:
            print(f"  withheld {w['category']}: {w['reason']}")
    return 0


def cmd_disclosures(args: argparse.Namespace) -> int:
    """List a case's disclosures."""
    with opened_vault(args) as vault:
        case = find_case(vault.store, args.case_ref)
        rows = vault.store.list_disclosures(case.id)
    data = [{"id": d.id, "at": d.at, "user": d.user, "recipient": d.recipient, "purpose": d.purpose,
             "categories": [str(c) for c in d.categories], "records": list(d.record_ids),
             "consent_ids": list(d.consent_ids), "legal_basis": d.legal_basis,
             "sha256": d.packet_sha256} for d in rows]
    if args.json:
        print_json(data)
    else:
        print_table(["ID", "WHEN", "BY", "RECIPIENT", "PURPOSE", "CATEGORIES"],
                    [(d["id"], d["at"], d["user"], d["recipient"], d["purpose"],
                      ",".join(d["categories"])) for d in data])
    return 0


def cmd_consents(args: argparse.Namespace) -> int:
    """List a case's consents with their status today."""
    on = today()
    with opened_vault(args) as vault:
        case = find_case(vault.store, args.case_ref)
        rows = vault.store.list_consents(case.id)
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
