"""Schema migrations, driven programmatically by alembic on the vault's own connection.

``plan`` says whether the database is current, behind, or written by a newer Workbench
(VaultTooNew); ``upgrade`` brings it to head. The vault backs up before upgrading an existing
database (SECURITY.md control 9: schema migrations back up first).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from sqlalchemy import Engine, text

from models.errors import VaultTooNew

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSIONS_DIR = MIGRATIONS_DIR / "versions"
TOO_NEW = "This vault was written by a newer Workbench; update Workbench to open it."

Plan = Literal["current", "behind"]
# The newest revision in versions/. Opening a current vault then needs no alembic import
# (~0.15 s of every command's start); tests/models/test_migrate.py checks it against alembic.
HEAD_REVISION = "0011"


def _versions(versions: Path | None) -> Path:
    # Read the module attribute at call time so tests can point it at a throwaway folder.
    return versions if versions is not None else VERSIONS_DIR


def alembic_config(versions: Path | None = None) -> Config:
    """An in-memory alembic Config (no alembic.ini on disk, no database URL anywhere)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("version_locations", str(_versions(versions)))
    cfg.set_main_option("path_separator", "os")
    return cfg


def head_revision(versions: Path | None = None) -> str | None:
    """The newest revision this code knows (None while there are no migration scripts)."""
    if not _versions(versions).is_dir():
        return None
    from alembic.script import ScriptDirectory

    head: str | None = ScriptDirectory.from_config(alembic_config(versions)).get_current_head()
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database (None for a database never migrated)."""
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            stamped = conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            )).first() is not None
        else:  # the hub (PostgreSQL)
            stamped = conn.scalar(text("SELECT to_regclass('alembic_version')")) is not None
        if not stamped:
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return None if row is None else str(row[0])


def plan(engine: Engine, versions: Path | None = None) -> Plan:
    """"current" or "behind"; VaultTooNew if the database's revision is unknown to this code."""
    current = current_revision(engine)
    if versions is None and current is not None and current == HEAD_REVISION:
        return "current"  # the common case, decided without loading alembic
    head = head_revision(versions)
    if current == head:
        return "current"
    if current is None:
        return "behind"
    if head is None or not _is_known(current, versions):
        raise VaultTooNew(TOO_NEW)
    return "behind"


def _is_known(revision: str, versions: Path | None) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    script = ScriptDirectory.from_config(alembic_config(versions))
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(engine: Engine, versions: Path | None = None) -> None:
    """Run every pending migration, each in its own transaction, on the vault's engine."""
    if head_revision(versions) is None:
        return
    from alembic import command

    cfg = alembic_config(versions)
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()
