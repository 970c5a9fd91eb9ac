"""Every migration on both backends: SQLite (the vault's engine) and PostgreSQL (the hub's).

Each revision is applied one step at a time and then undone, on a plain SQLite file and on a
real PostgreSQL database; at head both hold exactly the schema of models.rows (tables,
columns, indexes). A hub refuses to go below 0004 (its values are ciphertext there).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import Engine

from models import migrate
from models.rows import Base
from tests.pg_fixtures import PgDatabase

REVISIONS = ["0001", "0002", "0003", "0004"]


def _schema(engine: Engine) -> dict[str, tuple[set[str], set[str]]]:
    insp = inspect(engine)
    return {
        name: ({c["name"] for c in insp.get_columns(name)},
               {i["name"] for i in insp.get_indexes(name)})
        for name in insp.get_table_names() if name != "alembic_version"
    }


def _step(engine: Engine, target: str, down: bool = False) -> None:
    cfg = migrate.alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, target)
        conn.commit()


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Engine:
    if request.param == "sqlite":
        return create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    database: PgDatabase = request.getfixturevalue("pg_database")
    return create_engine(database.sqlalchemy_url)


def test_migrations_step_up_and_down_on_both_backends(engine: Engine) -> None:
    seen = []
    for revision in REVISIONS:
        _step(engine, revision)
        assert migrate.current_revision(engine) == revision
        seen.append(set(_schema(engine)))
    assert seen[0] < seen[2] < seen[3]  # 0003 adds staff_profiles, 0004 the hub tables
    assert "hub_members" in seen[3] and "staff_profiles" not in seen[1]
    columns = _schema(engine)["events"][0]
    assert {"version", "seal"} <= columns
    if engine.dialect.name == "postgresql":
        with pytest.raises(RuntimeError, match="cannot be downgraded"):
            _step(engine, "0003", down=True)
        assert migrate.current_revision(engine) == "0004"
        return
    for revision in reversed(REVISIONS[:-1]):
        _step(engine, revision, down=True)
        assert migrate.current_revision(engine) == revision
        assert set(_schema(engine)) == seen[REVISIONS.index(revision)]


def test_migrations_at_head_match_the_declared_schema_on_both_backends(engine: Engine) -> None:
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision() == migrate.HEAD_REVISION
    migrated = _schema(engine)
    assert set(migrated) == set(Base.metadata.tables)
    for name, table in Base.metadata.tables.items():
        assert migrated[name][0] == {c.name for c in table.columns}, name
        declared = {i.name for i in table.indexes}
        assert declared <= migrated[name][1] | {None}, name
    if engine.dialect.name == "postgresql":
        # sealed columns hold ciphertext on a hub: none of them may be a short string
        insp = inspect(engine)
        for name, table in Base.metadata.tables.items():
            lengths = {c["name"]: getattr(c["type"], "length", None) for c in insp.get_columns(name)}
            for column in table.columns:
                if type(column.type).__name__ == "Sealed":
                    assert lengths[column.name] is None, f"{name}.{column.name}"
