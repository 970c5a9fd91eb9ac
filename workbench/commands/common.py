"""Shared helpers for sub-commands: opening the vault, resolving cases, parsing dates."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
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
    import timeline.agenda  # noqa: F401
    import timeline.conflicts  # noqa: F401
    import timeline.merge  # noqa: F401


def parse_date(text: str, what: str) -> date:
    """An ISO date or a clear InvalidInput naming ``what``."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"{what}: {text!r} is not a date (use YYYY-MM-DD).") from None


def find_case(store: Any, ref: str) -> Any:
    """The case with reference ``ref`` (NotFound from the store names the problem)."""
    return store.get_case_by_ref(ref)
