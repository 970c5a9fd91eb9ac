"""What every widget needs to reach: the unlocked vault, its store, the user and the clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from models.records import Role, User


def _today() -> date:
    return date.today()


def _now() -> datetime:
    return datetime.now(ZoneInfo("UTC"))


@dataclass
class UiSession:
    """The unlocked vault plus injectable clocks (tests pass fixed ones)."""

    vault: Any  # models.vault.Vault; Any avoids a hard import cycle in type checking
    today: Callable[[], date] = field(default=_today)
    now: Callable[[], datetime] = field(default=_now)

    @property
    def store(self) -> Any:
        """The vault's store, acting as the unlocked user."""
        return self.vault.store

    @property
    def user(self) -> User:
        """The unlocked user."""
        return self.vault.user

    @property
    def role(self) -> Role:
        """The unlocked user's role (decides what the timeline shows)."""
        return self.vault.user.role
