"""Hub sub-commands: hub init, push, pull, demo, reencrypt (docs/hub.md, "Moving in and out")."""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
from models.records import Role
from workbench.commands.common import opened, opened_vault, today, with_db_password
from workbench.output import print_json
from workbench.passphrase import read_passphrase

ROLES = tuple(r.value for r in Role)
DEMO_DATABASE = "workbench_demo"

PUSH_HELP = """\
Copies every case of the local VAULT (with its closures and shared contacts) into the hub at
URL, all or nothing, then verifies: the hub's export of each pushed case must equal the
vault's (records compared as an import writes them, ids aside), else it says what differs.

What arrives:
  records      new ids in the hub; case refs kept unless the hub has them already (the
               mapping is printed). A case already in the hub with the same records is
               left as it is, so pushing twice writes nothing new.
  audit        the hub's audit trail gains one signed entry per record, by the pushing
               member (--hub-user), naming the record's new id.
  disclosures  every entry of the vault's disclosure ledger is appended to the hub's
               disclosure chain, signed by the pushing member, mapped to the new case,
               record and consent ids, with one more item in its record list:
               carried:disclosure:<vault id>:<hash>:<original time, UTC>:<original user>.
The vault itself is not changed. The vault's user (--user) and the hub's member (--hub-user,
default the same name) must both be supervisors (export and import of whole cases).
"""

PULL_HELP = """\
Makes a new encrypted local vault at VAULT holding the hub's cases, closures, shared contacts
and disclosure ledger (each entry carried as 'hub push' carries it), verified against the
hub's export. The new vault has one user: the hub member you sign in as (--user), with the
same role and a new passphrase (asked for, or --new-passphrase-file). It is marked as a
read-only copy of the hub: it opens for reading, and any change is refused with a message
saying so. Pulling needs a supervisor (a whole-case export).
"""


def register(sub: argparse._SubParsersAction, *, vault_opts: argparse.ArgumentParser,
             json_opt: argparse.ArgumentParser) -> None:
    """Add `workbench hub …`."""
    hub = sub.add_parser("hub", help="a team's hub on PostgreSQL: init, push, pull, demo, "
                                     "reencrypt").add_subparsers(
        dest="hub_command", metavar="init|push|pull|demo|reencrypt", required=True)

    p = hub.add_parser("init", parents=[vault_opts], help="make a database a hub (first user: "
                       "a supervisor; prints the recovery code once)")
    p.add_argument("url", metavar="URL", help="postgresql://HOST[:PORT]/DB")
    p.add_argument("--role", required=True, choices=ROLES)
    _kdf_option(p)
    p.set_defaults(func=cmd_hub_init)

    p = hub.add_parser("push", parents=[vault_opts], help="a local vault's cases, audit and "
                       "disclosures into a hub, verified", description=PUSH_HELP,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("url", metavar="URL")
    p.add_argument("--hub-user", metavar="NAME", help="the hub member who pushes (default: "
                   "--user)")
    p.add_argument("--hub-passphrase-file", metavar="F", help="that member's passphrase")
    p.set_defaults(func=cmd_hub_push)

    p = hub.add_parser("pull", parents=[vault_opts], help="a full encrypted local copy of a "
                       "hub (read-only)", description=PULL_HELP,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("url", metavar="URL")
    p.add_argument("vault", metavar="VAULT", help="a new vault folder")
    p.add_argument("--new-passphrase-file", metavar="F", help="the new vault's passphrase")
    _kdf_option(p)
    p.set_defaults(func=cmd_hub_pull)

    p = hub.add_parser("demo", parents=[json_opt], help="a throw-away local PostgreSQL in DIR "
                       "with the demo hub (run again: reuses it)")
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--stop", action="store_true", help="stop the demo's server in DIR")
    _kdf_option(p)
    p.set_defaults(func=cmd_hub_demo)

    p = hub.add_parser("reencrypt", parents=[vault_opts], help="move every value to the newest "
                       "keys after a rotation (shows progress)")
    p.add_argument("vault", metavar="URL")
    p.set_defaults(func=cmd_hub_reencrypt)


def _kdf_option(p: argparse.ArgumentParser) -> None:
    # the tests' fast key derivation; people keep the calibrated default
    p.add_argument("--kdf-profile", choices=("calibrated", "fast"), default="calibrated",
                   help=argparse.SUPPRESS)


def cmd_hub_init(args: argparse.Namespace) -> int:
    """Create the hub's schema, first member and recovery slot; print the code once."""
    from models.hub import init_hub
    from models.hub_address import parse

    where = parse(args.url)
    if not args.user:
        raise InvalidInput("hub init needs --user NAME for the first user.")
    passphrase = read_passphrase(args.passphrase_file, prompt=f"New passphrase for {args.user}: ",
                                 confirm=True)
    hub, code = with_db_password(args, args.user, lambda pw: init_hub(
        args.url, args.user, args.role, passphrase, kdf_profile=args.kdf_profile, db_password=pw))
    hub.lock()
    if args.json:
        print_json({"hub": where.display, "user": args.user, "recovery_code": code})
    else:
        print(f"Created the hub {where.display} for {args.user} ({args.role}).")
        print("Recovery code (shown once; print it and keep it locked away):")
        print(f"    {code}")
    return 0


def _hub_args(args: argparse.Namespace) -> argparse.Namespace:
    return argparse.Namespace(**{**vars(args), "user": args.hub_user or args.user,
                                 "passphrase_file": args.hub_passphrase_file})


def cmd_hub_push(args: argparse.Namespace) -> int:
    """Push a local vault into a hub and verify it."""
    from models.hub_address import is_hub_address, parse
    from workbench.operations import hub as hub_ops
    from workbench.operations.context import Context

    if is_hub_address(args.vault) or not is_hub_address(args.url):
        raise InvalidInput("hub push takes a local vault, then a hub address: "
                           "workbench hub push VAULT postgresql://HOST/DB")
    where = parse(args.url)
    with opened(args) as source, opened_vault(_hub_args(args), args.url) as hub:
        outcome = hub_ops.push(source, Context(hub, today=today)).value
        member = hub.user.name
    _report(outcome, "push", where.display, member, args.json)
    return 0 if outcome.verified else 4


def cmd_hub_pull(args: argparse.Namespace) -> int:
    """Pull a hub into a new, read-only local vault."""
    from models.hub_address import is_hub_address, parse
    from models.vault import create_vault, mark_pulled_copy
    from workbench.operations import hub as hub_ops
    from workbench.operations.context import Context

    if not is_hub_address(args.url) or is_hub_address(args.vault):
        raise InvalidInput("hub pull takes a hub address, then a new vault folder: "
                           "workbench hub pull postgresql://HOST/DB VAULT")
    where, folder = parse(args.url), Path(args.vault)
    if folder.exists() and any(folder.iterdir()):
        raise InvalidInput(f"{folder} is not empty; pull into a new folder.", field="vault")
    with opened_vault(args, args.url) as hub:
        me = hub.user
        new = read_passphrase(args.new_passphrase_file, confirm=True,
                              prompt=f"Passphrase for {me.name} in the new vault {folder}: ")
        vault, _code = create_vault(folder, me.name, me.role, new, kdf_profile=args.kdf_profile)
        try:
            outcome = hub_ops.pull(Context(hub, today=today), Context(vault, today=today)).value
        except BaseException:
            vault.lock()
            shutil.rmtree(folder, ignore_errors=True)  # nothing half-made is left behind
            raise
        vault.lock()
    mark_pulled_copy(folder, where.display, datetime.now(UTC).isoformat(timespec="seconds"))
    _report(outcome, "pull", where.display, me.name, args.json, folder=folder)
    return 0 if outcome.verified else 4


def _report(outcome: Any, verb: str, hub: str, member: str, as_json: bool,
            folder: Path | None = None) -> None:
    if as_json:
        print_json({"hub": hub, "by": member, "cases": outcome.cases,
                    "unchanged": outcome.unchanged, "events": outcome.events,
                    "documents": outcome.documents, "disclosures": outcome.disclosures,
                    "disclosures_already": outcome.disclosures_already,
                    "audit_source": outcome.audit_source, "audit_added": outcome.audit_added,
                    "refs": outcome.refs, "verified": outcome.verified,
                    "problems": list(outcome.problems),
                    **({"vault": str(folder), "read_only": True} if folder else {})})
        return
    into = f"the new vault {folder}" if folder else hub
    print(f"{'Pushed into' if verb == 'push' else 'Pulled into'} {into}: {outcome.cases} cases "
          f"({outcome.events} events, {outcome.documents} documents), "
          f"{outcome.disclosures} disclosures carried.")
    if outcome.unchanged or outcome.disclosures_already:
        print(f"Already there and left as they were: {outcome.unchanged} cases, "
              f"{outcome.disclosures_already} disclosures.")
    print(f"Audit: the {'hub' if verb == 'push' else 'vault'}'s trail gained "
          f"{outcome.audit_added} signed entries by {member} (the source's trail has "
          f"{outcome.audit_source}).")
    moved = {a: b for a, b in outcome.refs.items() if a != b}
    for old, new in sorted(moved.items()):
        print(f"  case {old} is {new} there (the ref was taken)")
    if outcome.verified:
        print("Verified: each case's records there equal the source's.")
    else:
        print("NOT verified; what differs:")
        for problem in outcome.problems:
            print(f"  {problem}")
    if folder:
        print(f"{folder} is a read-only copy of the hub (changes are made on the hub).")


def cmd_hub_reencrypt(args: argparse.Namespace) -> int:
    """Re-encrypt a hub's rows under the newest key epochs, with a progress line."""
    from models.hub_address import is_hub_address

    if not is_hub_address(args.vault):
        raise InvalidInput("hub reencrypt takes a hub address (postgresql://HOST/DB).")
    with opened(args) as ctx:
        changed = reencrypt_with_progress(ctx)
    if args.json:
        print_json({"reencrypted_rows": changed})
    else:
        print(f"Re-encrypted {changed} rows under the newest keys; old keys no row uses were "
              "dropped.")
    return 0


def reencrypt_with_progress(ctx: Any) -> int:
    """Run the hub's re-encryption, writing 'Re-encrypting: done/total rows' to stderr."""
    from workbench.operations import hub as hub_ops

    progress, finish = progress_line()
    try:
        return hub_ops.reencrypt(ctx, progress)
    finally:
        finish()


def progress_line() -> tuple[Callable[[int, int], None], Callable[[], None]]:
    """A progress callback that writes 'Re-encrypting: done/total rows' to stderr (one line,
    rewritten, on a terminal), and what ends the line."""
    live = sys.stderr.isatty()
    shown = []

    def progress(done: int, total: int) -> None:
        line = f"Re-encrypting: {done}/{total} rows"
        sys.stderr.write(f"\r{line}" if live else f"{line}\n")
        sys.stderr.flush()
        shown.append(done)

    def finish() -> None:
        if live and shown:
            sys.stderr.write("\n")

    return progress, finish


def cmd_hub_demo(args: argparse.Namespace) -> int:
    """Start (or reuse) a local PostgreSQL in DIR with the demo hub; say how to open it."""
    from models.pg_cluster import Cluster
    from workbench.commands import hub_demo

    folder = Path(args.dir)
    if args.stop:
        if Cluster.exists(folder):
            Cluster.open(folder).stop()
        print(f"The demo hub's server in {folder} is stopped.")
        return 0
    summary = hub_demo.build_hub_demo(folder, today=today(), kdf_profile=args.kdf_profile)
    if args.json:
        print_json(summary)
        return 0
    state = "reused" if summary["reused"] else "created"
    print(f"Demo hub {state}: {summary['hub']} ({summary['cases']} fictional cases; the server "
          f"runs from {folder}).")
    for u in summary["users"]:
        print(f"  user {u['name']:<4} role {u['role']:<13} passphrase {u['passphrase']}")
    address = summary["address"]
    print("Open two windows, one as the advocate and one as the clinician:")
    print(f"  workbench gui '{address}'    then sign in as ana (advocate)")
    print(f"  workbench gui '{address}'    then sign in as ben (clinician)")
    print(f"Or on the command line: workbench cases '{address}' --user ana")
    print(f"Stop the server: workbench hub demo {folder} --stop")
    return 0
