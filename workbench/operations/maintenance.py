"""Vault maintenance: integrity check and encrypted backups."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from workbench.operations import policy
from workbench.operations.context import Context
from workbench.operations.policy import Action

if TYPE_CHECKING:
    from models.vault_core import IntegrityReport


def check_vault(ctx: Context) -> IntegrityReport:
    """cipher_integrity_check, SQLite integrity and the schema revision (an IntegrityReport)."""
    policy.require(ctx, Action.READ)
    return ctx.vault.check()


def backup_vault(ctx: Context, *, out: Path | None = None) -> Path:
    """An encrypted backup (the same passphrases open it); returns its folder."""
    policy.require(ctx, Action.READ)
    return ctx.vault.backup(out)
