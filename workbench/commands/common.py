"""Shared helpers for sub-commands: opening the vault, resolving cases, parsing dates."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
from workbench.operations.context import Context
from workbench.passphrase import read_passphrase

USER_ENV = "WORKBENCH_USER"


def today() -> date:
    """The date commands treat as today (WORKBENCH_TODAY overrides it for reproducible runs)."""
    forced = os.environ.get("WORKBENCH_TODAY")
    if forced:
        try:
            return date.fromisoformat(forced)
        except ValueError:
            raise InvalidInput(f"WORKBENCH_TODAY={forced!r} is not a date (use YYYY-MM-DD).") from None
    return date.today()


def user_name(args: argparse.Namespace, vault_path: Path) -> str:
    """The --user given, $WORKBENCH_USER, or the vault's only user."""
    name = getattr(args, "user", None) or os.environ.get(USER_ENV)
    if name:
        return str(name)
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
    from models.vault import open_vault

    vault_path = Path(path or args.vault)
    name = user_name(args, vault_path)
    passphrase = read_passphrase(getattr(args, "passphrase_file", None),
                                 prompt=f"Passphrase for {name}: ")
    vault = open_vault(vault_path, user=name, passphrase=passphrase,
                       while_unlocking=_warm_imports)
    try:
        yield vault
    finally:
        vault.lock()


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
