"""The migrations create exactly the schema of models.rows (tables, columns, indexes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, inspect

from models.rows import Base

ENV = Path(__file__).resolve().parents[2] / "models" / "migrations" / "env.py"


def _schema(engine) -> dict[str, tuple[set[str], set[str]]]:
    insp = inspect(engine)
    return {
        name: (
            {c["name"] for c in insp.get_columns(name)},
            {i["name"] for i in insp.get_indexes(name)},
        )
        for name in insp.get_table_names()
        if name != "alembic_version"
    }


@pytest.mark.skipif(not ENV.exists(), reason="models/migrations/env.py (vault engineer) not there yet")
def test_store_migrations_match_metadata(tmp_path):
    from models import migrate

    def engine_at(path: Path):
        engine = create_engine(f"sqlite:///{path}")
        event.listen(engine, "connect", lambda conn, _rec: conn.execute("PRAGMA foreign_keys=ON"))
        return engine

    migrated = engine_at(tmp_path / "migrated.db")
    migrate.upgrade(migrated)
    assert migrate.current_revision(migrated) == migrate.head_revision()
    declared = engine_at(tmp_path / "declared.db")
    Base.metadata.create_all(declared)
    assert _schema(migrated) == _schema(declared)
    assert set(_schema(migrated)) == set(Base.metadata.tables)
