"""Vault sub-commands: gui, init, demo, user, check, backup, restore."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from models.errors import InvalidInput
from models.records import Role
from workbench.commands.common import opened
from workbench.output import print_json, print_table
from workbench.passphrase import read_passphrase

ROLES = tuple(r.value for r in Role)


def register(sub: argparse._SubParsersAction, *, vault_opts: argparse.ArgumentParser,
             json_opt: argparse.ArgumentParser) -> None:
    """Add the vault sub-commands."""
    p = sub.add_parser("gui", help="open the workbench window")
    p.add_argument("vault", nargs="?", metavar="VAULT", help="a vault folder or a hub address")
    p.set_defaults(func=cmd_gui)

    p = sub.add_parser("demo-run", help="build the demo vault if missing and open it (make run)")
    p.add_argument("vault", metavar="VAULT")
    p.set_defaults(func=cmd_demo_run)

    p = sub.add_parser("init", parents=[vault_opts], help="create a new encrypted vault")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("--role", required=True, choices=ROLES)
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", parents=[vault_opts], help="create a vault of fictional cases")
    p.add_argument("vault", metavar="VAULT")
    p.set_defaults(func=cmd_demo)

    user = sub.add_parser("user", help="add, remove or re-key users").add_subparsers(
        dest="user_command", metavar="add|remove|list|passwd", required=True)
    p = user.add_parser("add", parents=[vault_opts], help="add a user (you unlock as --user)")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--new-passphrase-file", metavar="F", help="the new user's passphrase")
    p.set_defaults(func=cmd_user_add)
    p = user.add_parser("remove", parents=[vault_opts], help="remove a user (rotates the key)")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--yes", action="store_true",
                   help="confirm removing yourself or the last supervisor")
    p.set_defaults(func=cmd_user_remove)
    p = user.add_parser("list", parents=[vault_opts], help="the vault's users and roles")
    p.add_argument("vault", metavar="VAULT")
    p.set_defaults(func=cmd_user_list)
    p = user.add_parser("passwd", parents=[vault_opts], help="change your passphrase")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("--new-passphrase-file", metavar="F", help="the new passphrase")
    p.set_defaults(func=cmd_user_passwd)

    p = sub.add_parser("check", parents=[vault_opts], help="cipher and SQLite integrity, schema")
    p.add_argument("vault", metavar="VAULT")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("backup", parents=[vault_opts], help="write an encrypted backup")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("out", metavar="OUT")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", parents=[vault_opts], help="restore a backup into VAULT")
    p.add_argument("backup", metavar="BACKUP")
    p.add_argument("vault", metavar="VAULT")
    p.set_defaults(func=cmd_restore)


def cmd_gui(args: argparse.Namespace) -> int:
    """Open the GUI on VAULT (or the vault picker)."""
    from workbench.display import display_problem

    problem = display_problem()
    if problem:
        sys.stderr.write(f"workbench: {problem}\n")
        return 2
    from models.hub_address import is_hub_address
    from workbench.app import run_gui

    if args.vault and is_hub_address(args.vault):
        return run_gui(args.vault)  # a hub address stays a string (a Path folds its '//')
    return run_gui(Path(args.vault) if args.vault else None)


def cmd_demo_run(args: argparse.Namespace) -> int:
    """Build the demo vault once, then open its unlock screen with the demo banner."""
    from workbench import demo
    from workbench.display import display_problem

    problem = display_problem()
    if problem:
        sys.stderr.write(f"workbench: {problem}\n")
        return 2
    path = Path(args.vault)
    if not (path / "keyslots.json").exists():
        print(f"Building the demo vault in {path} …", flush=True)
        demo.build_demo(path)
    from workbench.app import run_gui

    return run_gui(path, demo_banner=demo.banner_text())


def _new_passphrase(file: str | None, prompt: str) -> str:
    return read_passphrase(file, prompt=prompt, confirm=True)


def cmd_init(args: argparse.Namespace) -> int:
    """Create a vault and print its recovery code once."""
    from models.records import Role
    from models.vault import create_vault

    if not args.user:
        raise InvalidInput("init needs --user NAME for the first user.")
    passphrase = _new_passphrase(args.passphrase_file, f"New passphrase for {args.user}: ")
    vault, code = create_vault(Path(args.vault), user=args.user, role=Role(args.role),
                               passphrase=passphrase)
    vault.lock()
    if args.json:
        print_json({"vault": str(args.vault), "user": args.user, "recovery_code": code})
    else:
        print(f"Created the vault {args.vault} for {args.user} ({args.role}).")
        print("Recovery code (shown once; print it and keep it locked away):")
        print(f"    {code}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Create the demo vault with fictional cases."""
    from workbench import demo

    user = args.user
    passphrase = None
    if user or args.passphrase_file or os.environ.get("WORKBENCH_PASSPHRASE"):
        passphrase = read_passphrase(args.passphrase_file)
    summary = demo.build_demo(Path(args.vault), user=user, passphrase=passphrase)
    if args.json:
        print_json(summary)
    else:
        print(f"Demo vault created in {args.vault} with {summary['cases']} fictional cases.")
        for u in summary["users"]:
            print(f"  user {u['name']:<6} role {u['role']:<13} passphrase {u['passphrase']}")
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    """Add a user slot (a supervisor unlocks as --user)."""
    from workbench.operations import policy, users
    from workbench.operations.policy import Action

    with opened(args) as ctx:
        policy.require(ctx, Action.ADMINISTER_USERS)  # before asking for the new passphrase
        new = _new_passphrase(args.new_passphrase_file,
                              f"Passphrase for the new user {args.name}: ")
        users.add_user(ctx, name=args.name, role=args.role, passphrase=new)
    print(f"Added {args.name} ({args.role}).")
    return 0


def cmd_user_remove(args: argparse.Namespace) -> int:
    """Remove a user and rotate the database key (on a hub: every key the user held, then
    every row is re-encrypted, with a progress line)."""
    from models.hub_address import is_hub_address
    from workbench.commands.hub_cmds import progress_line
    from workbench.operations import users

    progress, finish = progress_line()
    with opened(args) as ctx:
        try:
            users.remove_user(ctx, name=args.name, confirmed=args.yes, progress=progress)
        finally:
            finish()
    if is_hub_address(args.vault):
        print(f"Removed {args.name}; every key they held was rotated and the rows were "
              "re-encrypted under the new keys.")
    else:
        print(f"Removed {args.name}; the database key was rotated.")
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    """List the vault's users and their roles."""
    from workbench.operations import users

    with opened(args) as ctx:
        rows = [{"name": u.name, "role": u.role.value} for u in users.list_users(ctx)]
    if args.json:
        print_json(rows)
    else:
        print_table(["USER", "ROLE"], [(r["name"], r["role"]) for r in rows])
    return 0


def cmd_user_passwd(args: argparse.Namespace) -> int:
    """Change the unlocking user's passphrase (rewraps that slot only)."""
    from workbench.operations import users

    with opened(args) as ctx:
        old = read_passphrase(args.passphrase_file)
        new = _new_passphrase(args.new_passphrase_file, "New passphrase: ")
        users.change_passphrase(ctx, old=old, new=new)
    print("Passphrase changed.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Run the integrity checks and print the report."""
    from workbench.operations.maintenance import check_vault

    with opened(args) as ctx:
        report = check_vault(ctx)
    data = report.to_json() if hasattr(report, "to_json") else dict(vars(report))
    if args.json:
        print_json(data)
    elif hasattr(report, "problems"):  # a hub's report: its message, then each problem
        print(report.message)
        for problem in report.problems:
            print(f"  {problem}")
    else:
        print_table(["CHECK", "RESULT"], [(k, v) for k, v in data.items()])
    return 0 if getattr(report, "ok", True) else 4


def cmd_backup(args: argparse.Namespace) -> int:
    """Write an encrypted backup (same passphrases open it)."""
    from workbench.operations.maintenance import backup_vault

    with opened(args) as ctx:
        backup_vault(ctx, out=Path(args.out))
    if args.json:
        print_json({"backup": str(args.out)})
    else:
        print(f"Encrypted backup written to {args.out}.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore a backup into VAULT after verifying it."""
    from models.backup import restore_backup
    from workbench.commands.common import user_name

    name = user_name(args, Path(args.backup))
    passphrase = read_passphrase(args.passphrase_file, prompt=f"Passphrase for {name}: ")
    kept = restore_backup(Path(args.backup), Path(args.vault), user=name, passphrase=passphrase)
    if args.json:
        print_json({"restored": str(args.vault), "previous_files": str(kept)})
    else:
        print(f"Restored {args.backup} into {args.vault}; the replaced files are kept in {kept}.")
    return 0
