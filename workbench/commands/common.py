"""Shared helpers for sub-commands: opening the vault (or a hub), resolving cases, dates.

Wherever a command takes VAULT it also takes a hub address ``postgresql://HOST[:PORT]/DB``
(models.hub_address): ``opened_vault`` is the one place that tells them apart. A hub's database
login goes through libpq's own means first (.pgpass/PGPASSFILE, a client certificate); only when
the server asks for a password is it read from ``--db-password-file`` or a prompt. Neither the
password nor the address's parameters are ever printed.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from models.errors import HubAsksForPassword, InvalidInput
from models.hub_address import is_hub_address
from workbench.operations.context import Context
from workbench.passphrase import read_passphrase

USER_ENV = "WORKBENCH_USER"
T = TypeVar("T")


def today() -> date:
    """The date commands treat as today (WORKBENCH_TODAY overrides it for reproducible runs)."""
    forced = os.environ.get("WORKBENCH_TODAY")
    if forced:
        try:
            return date.fromisoformat(forced)
        except ValueError:
            raise InvalidInput(f"WORKBENCH_TODAY={forced!r} is not a date (use YYYY-MM-DD).") from None
    return date.today()


def user_name(args: argparse.Namespace, vault_path: Path | str) -> str:
    """The --user given, $WORKBENCH_USER, or the vault's only user."""
    name = getattr(args, "user", None) or os.environ.get(USER_ENV)
    if name:
        return str(name)
    if is_hub_address(str(vault_path)):
        raise InvalidInput("Say which hub user you are with --user NAME (or WORKBENCH_USER).")
    from models.vault import list_slot_users

    users = list_slot_users(vault_path)
    if len(users) == 1:
        return users[0]
    raise InvalidInput("This vault has several users: say which with --user NAME.")


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Context]:
    """The operations' context on the vault named by ``args.vault``; locked afterwards."""
    with opened_vault(args) as vault:
        yield Context(vault, today=today)


@contextmanager
def opened_vault(args: argparse.Namespace, path: str | None = None) -> Iterator[Any]:
    """Open the vault named by ``args.vault`` as the chosen user; lock it afterwards."""
    where = str(path or args.vault)
    if is_hub_address(where):
        with opened_hub(args, where) as hub:
            yield hub
        return
    from models.vault import open_vault

    vault_path = Path(where)
    name = user_name(args, vault_path)
    passphrase = read_passphrase(getattr(args, "passphrase_file", None),
                                 prompt=f"Passphrase for {name}: ")
    vault = open_vault(vault_path, user=name, passphrase=passphrase,
                       while_unlocking=_warm_imports)
    try:
        yield vault
    finally:
        vault.lock()


@contextmanager
def opened_hub(args: argparse.Namespace, address: str) -> Iterator[Any]:
    """Open the hub at ``address`` as the chosen member; lock it afterwards."""
    from models.hub import open_hub
    from models.hub_address import parse

    parse(address)  # a bad address is named before any prompt
    name = user_name(args, address)
    passphrase = read_passphrase(getattr(args, "passphrase_file", None),
                                 prompt=f"Passphrase for {name}: ")
    hub = with_db_password(args, name, lambda pw: open_hub(address, name, passphrase,
                                                           db_password=pw))
    try:
        yield hub
    finally:
        hub.lock()


def with_db_password(args: argparse.Namespace, db_user: str, connect: Callable[[str | None], T]
                     ) -> T:
    """``connect(None)`` (libpq's .pgpass or certificate), or with the database password from
    --db-password-file or a prompt when the server asks for one."""
    given = getattr(args, "db_password_file", None)
    if given:
        return connect(read_db_password(given, db_user))
    try:
        return connect(None)
    except HubAsksForPassword:
        return connect(read_db_password(None, db_user))


def read_db_password(file: str | None, db_user: str) -> str:
    """The database password of ``db_user``: from ``file`` or a prompt (never the environment
    here: libpq reads PGPASSWORD itself)."""
    if not file and not sys.stdin.isatty():
        raise InvalidInput(f"The hub's server asks for the database password of {db_user}: put "
                           "it in a .pgpass file (PGPASSFILE), use --db-password-file F, or run "
                           "in a terminal.")
    return read_passphrase(file, prompt=f"Database password for {db_user}: ", env=None)


def _warm_imports() -> None:
    """What most vault commands use next, imported while the passphrase is being derived."""
    import workbench.operations.views  # noqa: F401 - the timeline engine and the policy


def parse_date(text: str, what: str) -> date:
    """An ISO date or a clear InvalidInput naming ``what``."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"{what}: {text!r} is not a date (use YYYY-MM-DD).") from None


def minute(moment: datetime | None) -> str:
    """A stored moment for people: local time to the minute, with the zone."""
    if moment is None:
        return ""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M %Z")
