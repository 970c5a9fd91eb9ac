"""`workbench transfer`: consent-scoped transfer of a case to a partner agency.

``keygen DIR --organisation NAME`` makes the organisation's key pair (``DIR/org.key``,
private, and ``DIR/org.pub``, to give to partners); ``show FILE`` prints a key's
organisation and fingerprint, to compare by phone; ``export VAULT REF --recipient NAME
--to THEIRS.pub --from OURS.key --out FILE.wbx`` writes a bundle of what the recipient's
consent covers (``--dry-run``: only show the plan) and records the disclosure; ``import
VAULT FILE.wbx --key OURS.key --trust SENDER.pub`` verifies it, shows what comes in
(``--dry-run``) or creates or updates the case. The organisation key's passphrase comes from
``--key-passphrase-file F``, WORKBENCH_KEY_PASSPHRASE or a prompt (workbench.passphrase).
Format: docs/transfer-format.md. The operations (workbench.operations.transfer) decide.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
from workbench.commands.common import opened
from workbench.output import print_json, print_table
from workbench.passphrase import read_passphrase

KEY_ENV = "WORKBENCH_KEY_PASSPHRASE"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], *,
             vault_opts: argparse.ArgumentParser, json_opt: argparse.ArgumentParser) -> None:
    """Add `workbench transfer …`."""
    transfer = sub.add_parser(
        "transfer", help="send a case to a partner agency under the survivor's consent, or "
                         "receive one: keygen, show, export, import").add_subparsers(
        dest="transfer_command", metavar="keygen|show|export|import", required=True)
    key_file = argparse.ArgumentParser(add_help=False)
    key_file.add_argument("--key-passphrase-file", metavar="F",
                          help=f"read the organisation key's passphrase from F (else {KEY_ENV}, "
                               "else a prompt)")

    p = transfer.add_parser("keygen", parents=[key_file, json_opt],
                            help="make the organisation's key pair in DIR (org.key, org.pub)")
    p.add_argument("dir", metavar="DIR", help="an existing folder; nothing in it is replaced")
    p.add_argument("--organisation", metavar="NAME",
                   help="your organisation's name, as partners' consents name it (asked for "
                        "in a terminal when not given)")
    p.add_argument("--kdf-profile", choices=("calibrated", "fast"), default="calibrated",
                   help=argparse.SUPPRESS)  # the tests' fast key derivation
    p.set_defaults(func=cmd_keygen)

    p = transfer.add_parser("show", parents=[json_opt],
                            help="the organisation and fingerprint of an org.pub or org.key")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_show)

    p = transfer.add_parser("export", parents=[vault_opts, key_file],
                            help="write a bundle of what the recipient's consent covers")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("ref", metavar="REF", help="the case reference (C-0001)")
    p.add_argument("--recipient", required=True, metavar="NAME",
                   help="the recipient as the consent names them")
    p.add_argument("--purpose", metavar="TEXT",
                   help="the consent's purpose (needed when the recipient has several)")
    p.add_argument("--to", dest="to_key", metavar="THEIRS.pub", help="the recipient's org.pub")
    p.add_argument("--from", dest="from_key", metavar="OURS.key", help="our org.key")
    p.add_argument("--out", metavar="FILE.wbx", help="the bundle to write")
    p.add_argument("--force", action="store_true", help="replace --out if it exists")
    p.add_argument("--dry-run", action="store_true",
                   help="show what would go and what stays; write nothing")
    p.set_defaults(func=cmd_export)

    p = transfer.add_parser("import", parents=[vault_opts, key_file],
                            help="verify a bundle and create or update its case (supervisor)")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("file", metavar="FILE.wbx")
    p.add_argument("--key", required=True, metavar="OURS.key", help="our org.key")
    p.add_argument("--trust", required=True, metavar="SENDER.pub",
                   help="the sender's org.pub (its fingerprint compared with them by phone)")
    p.add_argument("--dry-run", action="store_true",
                   help="verify and show what would come in; write nothing")
    p.add_argument("--expect", metavar="SHA256",
                   help="import only if the file is the one a dry run showed (its digest)")
    p.set_defaults(func=cmd_import)


def key_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """The organisation key's passphrase: --key-passphrase-file, WORKBENCH_KEY_PASSPHRASE or a
    prompt."""
    return read_passphrase(getattr(args, "key_passphrase_file", None),
                           prompt="Passphrase of the organisation key: ", confirm=confirm,
                           env=KEY_ENV, file_flag="--key-passphrase-file",
                           what="passphrase for the organisation key")


def cmd_keygen(args: argparse.Namespace) -> int:
    """Make the key pair; print where and the fingerprint."""
    from workbench.operations.transfer import keygen

    folder = Path(args.dir)
    organisation = args.organisation
    if not organisation:
        if not sys.stdin.isatty():
            raise InvalidInput("Name your organisation with --organisation NAME (as partner "
                               "agencies' consents name it).")
        organisation = input("Organisation name (as partners' consents name it): ")
    public = keygen(folder=folder, organisation=organisation,
                    passphrase=key_passphrase(args, confirm=True), kdf_profile=args.kdf_profile)
    if args.json:
        print_json({"organisation": public.organisation, "fingerprint": public.fingerprint,
                    "key": str(folder / "org.key"), "public": str(folder / "org.pub")})
        return 0
    print(f"Wrote {folder / 'org.key'} (private: keep it, back it up, never send it) and "
          f"{folder / 'org.pub'} (give it to partner agencies).")
    print(f"Organisation: {public.organisation}")
    print(f"Fingerprint:  {public.fingerprint}")
    print("Partners compare this fingerprint with you by phone before they trust the key.")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    """A key file's organisation and fingerprint."""
    from workbench.operations.transfer import describe_key

    public = describe_key(Path(args.file))
    if args.json:
        print_json({"organisation": public.organisation, "fingerprint": public.fingerprint})
    else:
        print(f"Organisation: {public.organisation}")
        print(f"Fingerprint:  {public.fingerprint}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """The plan (--dry-run), or the bundle written and its disclosure recorded."""
    from workbench.operations import transfer

    if args.dry_run:
        with opened(args) as ctx:
            planned = transfer.plan_transfer(ctx, case_ref=args.ref, recipient=args.recipient,
                                             purpose=args.purpose)
        return _print_plan(args, planned)
    missing = [flag for flag, value in (("--to", args.to_key), ("--from", args.from_key),
                                        ("--out", args.out)) if not value]
    if missing:
        raise InvalidInput(f"transfer export needs {', '.join(missing)} (or --dry-run to see "
                           "the plan).")
    passphrase = key_passphrase(args)
    with opened(args) as ctx:
        done = transfer.export_transfer(
            ctx, case_ref=args.ref, recipient=args.recipient, purpose=args.purpose,
            to_key=Path(args.to_key), from_key=Path(args.from_key), passphrase=passphrase,
            out=Path(args.out), force=args.force)
    sent = done.value
    if args.json:
        print_json({"written": str(sent.path), "sha256": sent.sha256,
                    "bundle_id": sent.bundle_id, "disclosure_id": sent.disclosure_id,
                    "recipient": sent.recipient.organisation,
                    "recipient_fingerprint": sent.recipient.fingerprint,
                    "categories": list(sent.categories), "records": sent.records})
        return 0
    print(f"Wrote {sent.path}: {sent.records} records ({', '.join(sent.categories)}), "
          f"encrypted to {sent.recipient.organisation} ({sent.recipient.fingerprint}) and "
          f"signed by {sent.sender.organisation} ({sent.sender.fingerprint}).")
    print(f"Recorded as disclosure {sent.disclosure_id} (sha256 {sent.sha256[:16]}…).")
    return 0


def _print_plan(args: argparse.Namespace, planned: Any) -> int:
    if args.json:
        print_json({"recipient": planned.plan.recipient, "purpose": planned.plan.purpose,
                    "included": [{"category": c, "record": label}
                                 for c, label in planned.included()],
                    "withheld": [{"category": c, "reason": why}
                                 for c, why in planned.withheld()]})
        return 0
    print(f"To {planned.plan.recipient}, for {planned.plan.purpose}:")
    print_table(["GOES", "RECORD"], planned.included())
    if planned.withheld():
        print()
        print_table(["STAYS", "WHY"], planned.withheld())
    print()
    print("A compelled release (subpoena, court order) is not made by transfer: use "
          "`workbench packet … --compelled LEGAL_BASIS`.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Verify; show what comes in (--dry-run) or create or update the case."""
    from workbench.operations import transfer

    passphrase = key_passphrase(args)
    paths = {"path": Path(args.file), "key": Path(args.key), "trust": Path(args.trust)}
    with opened(args) as ctx:
        if args.dry_run:
            incoming = transfer.read_incoming(ctx, passphrase=passphrase, **paths)
            return _print_incoming(args, incoming)
        done = transfer.import_transfer(ctx, passphrase=passphrase,
                                        expected_sha256=args.expect, **paths)
    got = done.value
    if args.json:
        print_json({"case": got.case_ref, "created": got.created, "added": got.added,
                    "updated": got.updated, "bundle_id": got.bundle_id,
                    "sender": got.sender.organisation,
                    "sender_fingerprint": got.sender.fingerprint})
        return 0
    verb = "Created" if got.created else "Updated"
    print(f"{verb} case {got.case_ref} from {got.sender.organisation} "
          f"({got.sender.fingerprint}): {got.added} records added, {got.updated} updated.")
    print(f"Receipt of bundle {got.bundle_id} recorded; the same bundle is refused if sent "
          "again.")
    return 0


def _print_incoming(args: argparse.Namespace, incoming: Any) -> int:
    target = "a new case" if incoming.case_id is None else "an update of its earlier case"
    if args.json:
        print_json({"sender": incoming.sender.organisation,
                    "sender_fingerprint": incoming.sender.fingerprint,
                    "bundle_id": incoming.bundle_id, "created": incoming.created,
                    "sha256": incoming.sha256,
                    "new_case": incoming.case_id is None, "categories": incoming.categories,
                    "records": incoming.labels()})
        return 0
    print(f"Verified: signed by {incoming.sender.organisation} ({incoming.sender.fingerprint}) "
          f"on {incoming.created:%Y-%m-%d %H:%M} UTC; bundle {incoming.bundle_id}.")
    print(f"It would make {target}, with {', '.join(incoming.categories)}:")
    for line in incoming.labels():
        print(f"  {line}")
    print("Nothing was written (--dry-run). To import exactly this file: add --expect "
          f"{incoming.sha256}")
    return 0
