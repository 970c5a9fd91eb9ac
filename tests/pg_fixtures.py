"""PostgreSQL fixtures (registered by tests/conftest.py): one real server per test session.

``pg_cluster`` starts a throw-away cluster (models/pg_cluster.py) the first time a test asks for
it and stops it when the session ends; ``pg_database`` gives each test a fresh, empty database
on it, dropped afterwards. Nothing is skipped: if the server cannot start, the tests that need
it fail with the reason (install it with ``python -m models.pg_cluster --ensure``).

Folders for clusters live under the system temporary folder, not pytest's ``tmp_path``: as root
the server runs as an unprivileged user, who cannot enter /tmp/pytest-of-root (mode 0700).
``pg_folder`` gives a test such a folder for a cluster of its own.
"""

from __future__ import annotations

import itertools
import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest

from models.pg_cluster import Cluster, PgClusterError

_counter = itertools.count(1)


@dataclass(frozen=True)
class PgDatabase:
    """A test's own database: its name, libpq and SQLAlchemy URLs (as the superuser), cluster."""

    name: str
    url: str
    sqlalchemy_url: str
    cluster: Cluster

    def connect(self, **kwargs: Any) -> psycopg.Connection[tuple[Any, ...]]:
        """A psycopg connection to this database as the superuser (autocommit by default)."""
        return self.cluster.connect(self.name, **kwargs)


def _reachable_temp_folder(prefix: str) -> Path:
    """An empty folder, mode 0700, that Cluster.create will hand to the server's user."""
    return Path(tempfile.mkdtemp(prefix=prefix))


def _remove(folder: Path) -> None:
    if Cluster.exists(folder):
        try:
            cluster = Cluster.open(folder)
            if cluster.is_running:
                cluster.stop("immediate")
        except PgClusterError:
            pass
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """A running PostgreSQL cluster for the whole session: unix socket plus 127.0.0.1 (TCP needs
    a password; the superuser logs in over the socket only)."""
    folder = _reachable_temp_folder("workbench-pg-")
    try:
        cluster = Cluster.create(folder, port=0)
        cluster.start()
    except PgClusterError as exc:
        _remove(folder)
        pytest.fail(f"The test PostgreSQL server could not start: {exc}", pytrace=False)
    try:
        yield cluster
    finally:
        try:
            cluster.stop()
        finally:
            _remove(folder)


@pytest.fixture
def pg_database(pg_cluster: Cluster, request: pytest.FixtureRequest) -> Iterator[PgDatabase]:
    """A fresh, empty UTF-8 database (from template0) with a unique name; dropped afterwards,
    its connections ended first."""
    slug = re.sub(r"[^a-z0-9]+", "_", request.node.name.lower()).strip("_")
    name = f"t{next(_counter):04d}_{slug}"[:63].rstrip("_")
    pg_cluster.create_database(name)
    try:
        yield PgDatabase(name, pg_cluster.admin_url(name), pg_cluster.sqlalchemy_url(name), pg_cluster)
    finally:
        pg_cluster.drop_database(name)


@pytest.fixture
def pg_folder() -> Iterator[Path]:
    """An empty folder for a test's own cluster (the server's user can reach it); any cluster
    left running in it is stopped, and the folder removed, afterwards."""
    folder = _reachable_temp_folder("workbench-pg-test-")
    try:
        yield folder
    finally:
        _remove(folder)
