"""The throw-away PostgreSQL cluster (models/pg_cluster.py) on the real server: no mocks."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import psycopg
import pytest

from models.pg_cluster import (
    ADMIN,
    MIN_VERSION,
    Cluster,
    PgClusterError,
    PgServerNotInstalled,
    ensure_server_installed,
    find_server_bin,
    main,
    server_version,
)
from tests.pg_fixtures import PgDatabase


def test_server_binaries_are_found_and_new_enough() -> None:
    folder = find_server_bin()
    assert all((folder / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres"))
    assert server_version(folder)[0] >= MIN_VERSION


def test_session_cluster_runs_and_psycopg_connects(pg_cluster: Cluster) -> None:
    assert pg_cluster.is_running
    with psycopg.connect(pg_cluster.admin_url()) as conn:
        user, version, fsync, sync_commit = conn.execute(
            "SELECT current_user, current_setting('server_version_num')::int, "
            "current_setting('fsync'), current_setting('synchronous_commit')"
        ).fetchone() or ()
    assert user == ADMIN
    assert version >= MIN_VERSION * 10000
    assert (fsync, sync_commit) == ("on", "on")
    assert pg_cluster.admin_url().startswith(f"postgresql://{ADMIN}@/postgres?host=")
    assert pg_cluster.sqlalchemy_url("x").startswith(f"postgresql+psycopg://{ADMIN}@/x?host=")


def test_create_and_drop_a_database_even_with_a_client_connected(pg_cluster: Cluster) -> None:
    pg_cluster.create_database("made_here")
    try:
        assert "made_here" in pg_cluster.databases()
        pg_cluster.execute("CREATE TABLE t (v text)", db="made_here")
        pg_cluster.execute("INSERT INTO t VALUES (%s)", ["é王"], db="made_here")
        assert pg_cluster.execute("SELECT v FROM t", db="made_here") == [("é王",)]
        lingering = pg_cluster.connect("made_here")
    finally:
        pg_cluster.drop_database("made_here")
    assert "made_here" not in pg_cluster.databases()
    with pytest.raises(psycopg.OperationalError):
        lingering.execute("SELECT 1")
    lingering.close()
    pg_cluster.drop_database("made_here")  # missing_ok by default
    with pytest.raises(psycopg.errors.InvalidCatalogName):
        pg_cluster.drop_database("made_here", missing_ok=False)


def test_pg_database_fixture_is_fresh_and_reachable(pg_database: PgDatabase) -> None:
    assert pg_database.name in pg_database.cluster.databases()
    with psycopg.connect(pg_database.url) as conn:
        assert conn.execute("SELECT current_database()").fetchone() == (pg_database.name,)
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone() == (0,)
        assert conn.execute("SHOW server_encoding").fetchone() == ("UTF8",)
    assert pg_database.sqlalchemy_url == pg_database.cluster.sqlalchemy_url(pg_database.name)


def test_a_database_owned_by_a_role(pg_cluster: Cluster) -> None:
    pg_cluster.create_role("owner_role")
    pg_cluster.create_database("owned_db", owner="owner_role")
    try:
        rows = pg_cluster.execute(
            "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'owned_db'")
        assert rows == [("owner_role",)]
    finally:
        pg_cluster.drop_database("owned_db")
        pg_cluster.execute("DROP ROLE owner_role")


def test_a_role_logs_in_over_the_socket_and_over_tcp_with_its_password(pg_cluster: Cluster) -> None:
    pg_cluster.create_role("ana_hub", password="correct horse 'battery'")
    pg_cluster.create_role("no_login", login=False)
    try:
        with pg_cluster.connect(user="ana_hub") as conn:
            assert conn.execute("SELECT current_user, rolsuper FROM pg_roles "
                                "WHERE rolname = current_user").fetchone() == ("ana_hub", False)
        assert pg_cluster.tcp
        url = pg_cluster.url(user="ana_hub", password="correct horse 'battery'", tcp=True)
        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT current_user, inet_server_addr()::text").fetchone() == (
                "ana_hub", "127.0.0.1/32")
            assert conn.execute("SELECT pg_is_in_recovery()").fetchone() == (False,)
        with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
            psycopg.connect(pg_cluster.url(user="ana_hub", password="wrong", tcp=True))
        # the superuser has no password: over TCP it cannot log in at all
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(pg_cluster.url(tcp=True))
        with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
            pg_cluster.connect(user="no_login")
    finally:
        pg_cluster.execute("DROP ROLE ana_hub")
        pg_cluster.execute("DROP ROLE no_login")


def test_restart_keeps_committed_data(pg_folder: Path) -> None:
    with Cluster.create(pg_folder) as cluster:
        assert not cluster.tcp
        cluster.execute("CREATE TABLE t (v int)")
        cluster.execute("INSERT INTO t VALUES (1), (2)")
        client = cluster.connect()
        cluster.restart()
        assert cluster.is_running
        with pytest.raises(psycopg.OperationalError):
            client.execute("SELECT 1")  # the restart ended the old session
        client.close()
        assert cluster.execute("SELECT v FROM t ORDER BY v") == [(1,), (2,)]
    assert not cluster.is_running


def test_kill_server_then_start_recovers_committed_data_only(pg_folder: Path) -> None:
    with Cluster.create(pg_folder) as cluster:
        cluster.execute("CREATE TABLE t (v int)")
        cluster.execute("INSERT INTO t VALUES (1)")
        open_tx = cluster.connect(autocommit=False)
        open_tx.execute("INSERT INTO t VALUES (99)")  # never committed
        postmaster = cluster.pid
        assert postmaster is not None
        cluster.kill_server()
        assert not cluster.is_running
        assert not Path(f"/proc/{postmaster}").exists() or "Z" in Path(
            f"/proc/{postmaster}/stat").read_text().rsplit(")", 1)[1].split()[0]
        open_tx.close()
        cluster.start()
        assert cluster.execute("SELECT v FROM t") == [(1,)]
        assert "not properly shut down" in cluster.log_file.read_text()
        cluster.execute("INSERT INTO t VALUES (2)")  # writable after recovery
        cluster.kill_server()
        cluster.start()
        assert cluster.execute("SELECT v FROM t ORDER BY v") == [(1,), (2,)]


def test_open_reattaches_to_a_stopped_or_running_cluster(pg_folder: Path) -> None:
    first = Cluster.create(pg_folder, port=0)
    with first:
        first.execute("CREATE TABLE t (v text)")
        first.execute("INSERT INTO t VALUES ('kept')")
    assert Cluster.exists(pg_folder)

    again = Cluster.open(pg_folder)  # as `workbench hub demo DIR` run a second time
    assert (again.port, again.tcp, again.data_dir) == (first.port, True, first.data_dir)
    assert not again.is_running
    again.start()
    again.start()  # a no-op while it runs
    assert again.execute("SELECT v FROM t") == [("kept",)]

    other = Cluster.open_or_create(pg_folder)  # a second handle on the running server
    assert other.is_running and other.pid == again.pid
    other.stop()
    assert not again.is_running

    with pytest.raises(PgClusterError, match="There is no Workbench PostgreSQL cluster"):
        Cluster.open(pg_folder / "nothing")


def test_create_refuses_a_folder_that_is_not_empty(pg_folder: Path) -> None:
    (pg_folder / "keep.txt").write_text("mine")
    with pytest.raises(PgClusterError, match="not empty"):
        Cluster.create(pg_folder)
    assert (pg_folder / "keep.txt").read_text() == "mine"


def test_a_start_error_quotes_the_server_log(pg_folder: Path) -> None:
    cluster = Cluster.create(pg_folder)
    with open(cluster.data_dir / "workbench.conf", "a", encoding="utf-8") as conf:
        conf.write("shared_buffers = 'lots'\n")
    with pytest.raises(PgClusterError) as raised:
        cluster.start()
    message = str(raised.value)
    assert "last lines of" in message and str(cluster.log_file) in message
    assert "shared_buffers" in message
    assert not cluster.is_running


def test_wrong_binaries_folder_says_how_to_fix_it(
    monkeypatch: pytest.MonkeyPatch, pg_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = pg_folder / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("WORKBENCH_PG_BIN", str(empty))
    with pytest.raises(PgServerNotInstalled) as raised:
        find_server_bin()
    message = str(raised.value)
    assert f"WORKBENCH_PG_BIN={empty}" in message
    assert "initdb, pg_ctl, postgres" in message
    assert "apt-get install -y postgresql" in message
    assert isinstance(raised.value, RuntimeError)

    with pytest.raises(PgServerNotInstalled, match="WORKBENCH_PG_BIN"):
        Cluster.create(pg_folder / "cluster")
    assert not (pg_folder / "cluster").exists()
    with pytest.raises(PgServerNotInstalled):
        ensure_server_installed()  # an explicit wrong setting is not "fixed" by installing
    assert main(["--ensure"]) == 1
    assert "WORKBENCH_PG_BIN" in capsys.readouterr().err


def test_ensure_reports_the_installed_server(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--ensure"]) == 0
    assert str(find_server_bin()) in capsys.readouterr().out


@pytest.mark.skipif(os.geteuid() != 0, reason="only root hands the cluster to another user")
def test_as_root_the_server_runs_unprivileged_in_a_private_folder(pg_cluster: Cluster) -> None:
    pid = pg_cluster.pid
    assert pid is not None
    assert os.stat(f"/proc/{pid}").st_uid != 0
    assert pg_cluster.server_user != "root"
    for folder in (pg_cluster.folder, pg_cluster.socket_dir, pg_cluster.data_dir):
        info = folder.stat()
        assert info.st_uid == os.stat(f"/proc/{pid}").st_uid
        assert stat.S_IMODE(info.st_mode) == 0o700


@pytest.mark.skipif(os.geteuid() != 0, reason="only root hands the cluster to another user")
def test_as_root_an_unreachable_folder_is_named() -> None:
    private = Path(tempfile.mkdtemp(prefix="workbench-pg-private-"))  # 0700, root's
    try:
        with pytest.raises(PgClusterError, match=f"cannot enter {private}"):
            Cluster.create(private / "cluster")
    finally:
        import shutil

        shutil.rmtree(private)


def test_client_tools_of_the_same_version_reach_a_database(pg_database: PgDatabase) -> None:
    import subprocess

    pg_database.cluster.execute("CREATE TABLE t (v text)", db=pg_database.name)
    pg_database.cluster.execute("INSERT INTO t VALUES ('dumped row')", db=pg_database.name)
    dump = subprocess.run(
        [str(pg_database.cluster.tool("pg_dump")), "--inserts", "-d", pg_database.url],
        capture_output=True, text=True, check=True,
    ).stdout
    assert "INSERT INTO public.t VALUES ('dumped row');" in dump
    with pytest.raises(PgServerNotInstalled, match="no_such_tool"):
        pg_database.cluster.tool("no_such_tool")
