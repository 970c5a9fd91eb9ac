"""Schema migrations, driven programmatically by alembic on the vault's own connection.

``plan`` says whether the database is current, behind, or written by a newer Workbench
(VaultTooNew); ``upgrade`` brings it to head. The vault backs up before upgrading an existing
database (SECURITY.md control 9: schema migrations back up first).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine

from models.errors import VaultTooNew

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSIONS_DIR = MIGRATIONS_DIR / "versions"
TOO_NEW = "This vault was written by a newer Workbench; update Workbench to open it."

Plan = Literal["current", "behind"]


def _versions(versions: Path | None) -> Path:
    # Read the module attribute at call time so tests can point it at a throwaway folder.
    return versions if versions is not None else VERSIONS_DIR


def alembic_config(versions: Path | None = None) -> Config:
    """An in-memory alembic Config (no alembic.ini on disk, no database URL anywhere)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("version_locations", str(_versions(versions)))
    cfg.set_main_option("path_separator", "os")
    return cfg


def head_revision(versions: Path | None = None) -> str | None:
    """The newest revision this code knows (None while there are no migration scripts)."""
    if not _versions(versions).is_dir():
        return None
    return ScriptDirectory.from_config(alembic_config(versions)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database (None for a database never migrated)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def plan(engine: Engine, versions: Path | None = None) -> Plan:
    """"current" or "behind"; VaultTooNew if the database's revision is unknown to this code."""
    current = current_revision(engine)
    head = head_revision(versions)
    if current == head:
        return "current"
    if current is None:
        return "behind"
    if head is None or not _is_known(current, versions):
        raise VaultTooNew(TOO_NEW)
    return "behind"


def _is_known(revision: str, versions: Path | None) -> bool:
    script = ScriptDirectory.from_config(alembic_config(versions))
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(engine: Engine, versions: Path | None = None) -> None:
    """Run every pending migration, each in its own transaction, on the vault's engine."""
    if head_revision(versions) is None:
        return
    cfg = alembic_config(versions)
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()
