"""The program reports' indexes (migration 0009): a 0008 vault is upgraded to them, they are
what models.rows declares, and Store.report_facts reads the events through them -- on the
vault (EXPLAIN QUERY PLAN) and on a real hub (EXPLAIN) -- never scanning the events table.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import Engine, create_engine, event, text

from models import migrate
from models.rows import Base
from models.vault import open_vault
from tests.models.test_report_facts_backends import AROUND, HIGH, LOW, _world
from tests.vault_fixtures import ANA, ANA_PASSPHRASE

INDEXES = ("ix_events_interpreter", "ix_events_visits", "ix_events_case_series")


def _downgrade(engine: Engine, revision: str) -> None:
    cfg = migrate.alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
        conn.commit()


def _sqlite_indexes(engine: Engine) -> dict[str, str]:
    with engine.connect() as conn:
        return {name: " ".join(sql.replace('"', "").split()) for name, sql in conn.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'"))
            if sql}


def test_report_facts_migration_upgrades_a_0008_vault(vault_path: Path) -> None:
    """A vault at 0008 with records in it opens at head, holds the indexes, gives the same
    facts, and was backed up before the upgrade."""
    with open_vault(vault_path, ANA, ANA_PASSPHRASE) as vault:
        _world(vault.store)
        before = [vault.store.report_facts(LOW, HIGH), vault.store.report_facts(*AROUND)]
        _downgrade(vault.engine, "0008")
        assert migrate.current_revision(vault.engine) == "0008"
        assert not set(INDEXES) & set(_sqlite_indexes(vault.engine))
    with open_vault(vault_path, ANA, ANA_PASSPHRASE) as vault:
        assert migrate.current_revision(vault.engine) == migrate.HEAD_REVISION  # 0009 and later
        assert set(INDEXES) <= set(_sqlite_indexes(vault.engine))
        assert [vault.store.report_facts(LOW, HIGH), vault.store.report_facts(*AROUND)] == before
    assert [p.name[:12] for p in (vault_path / "backups").iterdir()] == ["pre-upgrade-"]


def test_report_facts_migrated_indexes_are_the_declared_ones(tmp_path: Path) -> None:
    """Columns and WHERE of each index as 0009 makes it and as models.rows declares it."""
    migrated = create_engine(f"sqlite:///{tmp_path / 'migrated.db'}")
    migrate.upgrade(migrated)
    declared = create_engine(f"sqlite:///{tmp_path / 'declared.db'}")
    Base.metadata.create_all(declared)
    made, meant = _sqlite_indexes(migrated), _sqlite_indexes(declared)
    assert {name: made[name] for name in INDEXES} == {name: meant[name] for name in INDEXES}
    assert "WHERE interpreter_needed = true" in made["ix_events_interpreter"]


@contextmanager
def _captured(engine: Engine) -> Iterator[list[tuple[str, Any]]]:
    """The statements run on ``engine`` within the block, with their parameters."""
    seen: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", keep)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", keep)


def _of_events(seen: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    return [(sql, params) for sql, params in seen if " events" in sql]


def test_report_facts_vault_reads_events_through_indexes(vault_path: Path) -> None:
    with open_vault(vault_path, ANA, ANA_PASSPHRASE) as vault:
        _world(vault.store)
        with _captured(vault.engine) as seen:
            vault.store.report_facts(LOW, HIGH)
        with vault.engine.connect() as conn:
            plans = [row[-1] for sql, params in _of_events(seen)
                     for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)]
    assert not [line for line in plans if line.startswith("SCAN events")], plans
    for index in ("COVERING INDEX ix_events_interpreter", "COVERING INDEX ix_events_visits",
                  "INDEX ix_events_case_series", "INDEX ix_events_case_first_date"):
        assert any(index in line for line in plans), (index, plans)


def test_report_facts_hub_reads_events_through_indexes(new_hub: Any) -> None:
    """On PostgreSQL the needs' and visits' WHERE implies their partial index's (else the
    planner could not use it; sequential scans are priced out so that a tiny table does not
    hide that), and the index alone is read. Whether a case is active PostgreSQL may decide
    per case or by hashing the period's events: its choice, by cost."""
    hub, _code, _url = new_hub
    _world(hub.store)
    with _captured(hub.engine) as seen:
        hub.store.report_facts(LOW, HIGH)
    with hub.engine.connect() as conn:
        conn.exec_driver_sql("SET enable_seqscan = off")
        plans = "\n".join(row[0] for sql, params in _of_events(seen)
                          for row in conn.exec_driver_sql("EXPLAIN " + sql, params))
    assert "Seq Scan on events" not in plans, plans
    for index in ("ix_events_interpreter", "ix_events_visits"):
        assert f"Index Only Scan using {index} on events" in plans, (index, plans)


def test_report_facts_hub_indexes_come_and_go_with_0009(new_hub: Any) -> None:
    hub, _code, _url = new_hub

    def present() -> set[str]:
        with hub.engine.connect() as conn:
            return {name for (name,) in conn.execute(text(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'events'"))}

    assert set(INDEXES) <= present()
    _downgrade(hub.engine, "0008")
    assert not set(INDEXES) & present()
    migrate.upgrade(hub.engine)
    assert set(INDEXES) <= present()
    with hub.engine.connect() as conn:
        made = conn.scalar(text("SELECT indexdef FROM pg_indexes "
                                "WHERE indexname = 'ix_events_interpreter'"))
    assert "INCLUDE (id)" in made and "WHERE (interpreter_needed = true)" in made
