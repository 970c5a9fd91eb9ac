"""Who acts, on which vault, and when: what every operation is given."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from models.records import Role, User

if TYPE_CHECKING:
    from models.store_contract import StoreContract
    from models.vault_core import IntegrityReport


class UnlockedVault(Protocol):
    """The vault as the operations use it (models.vault_core.Vault; later a hub connection)."""

    @property
    def store(self) -> StoreContract: ...
    @property
    def user(self) -> User: ...
    @property
    def locked(self) -> bool: ...
    def users(self) -> list[User]: ...
    def add_user(self, name: str, role: Role | str, passphrase: str) -> User: ...
    def remove_user(self, name: str) -> None: ...
    def change_passphrase(self, name: str, old: str, new: str) -> None: ...
    def backup(self, out_path: Path | None = None) -> Path: ...
    def check(self) -> IntegrityReport: ...
    def lock(self) -> None: ...


def _today() -> date:
    return date.today()


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Context:
    """The unlocked vault plus injectable clocks (tests and WORKBENCH_TODAY pass fixed ones)."""

    vault: UnlockedVault
    today: Callable[[], date] = field(default=_today)
    now: Callable[[], datetime] = field(default=_now)

    @property
    def store(self) -> StoreContract:
        """The vault's store, acting as the unlocked user."""
        return self.vault.store

    @property
    def user(self) -> User:
        """The unlocked user."""
        return self.vault.user

    @property
    def role(self) -> Role:
        """The unlocked user's role."""
        return self.vault.user.role
