"""A throw-away local PostgreSQL cluster for the hub's demo, tests and benchmarks.

``Cluster.create(folder)`` runs initdb into ``folder/data``; the server listens on a unix socket
in the private folder ``folder/socket`` (mode 0700) and, only when a port is asked for, on
127.0.0.1 too. The superuser ``workbench_admin`` logs in without a password over the socket
(``trust``: only the server's user and root can enter the socket folder); TCP logins need a
password (``scram-sha-256``), so another account on the machine cannot become superuser through
127.0.0.1. ``fsync`` and ``synchronous_commit`` stay on: crash tests rely on committed data
surviving ``kill_server()``.

PostgreSQL refuses to run as root. When this process is root, initdb, pg_ctl and the server run
as an unprivileged system user: the distribution's ``postgres`` if it exists, else
``workbench-pg`` (created with useradd). The cluster folder is chowned to it, mode 0700; root
clients reach the socket regardless of its mode.

Layout of a cluster folder::

    folder/cluster.json   what open() needs (port, TCP or not, server user)
    folder/data/          PGDATA
    folder/socket/        the unix socket (private)
    folder/server.log     the server's log; its tail is quoted in start errors

``python -m models.pg_cluster --ensure`` installs the server binaries where it can (root with
apt-get) and otherwise says how; ``make test`` runs it first.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import pwd
import re
import shutil
import signal
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Self
from urllib.parse import quote

import psycopg
from psycopg import sql

from models.errors import WorkbenchError

ADMIN = "workbench_admin"
MIN_VERSION = 15
SERVER_USERS = ("postgres", "workbench-pg")  # tried in order when running as root
SOCKET_PORT = 5432  # names the socket file when there is no TCP listener
INSTALL_HINT = (
    "Install the PostgreSQL server (version 15 or newer). Debian/Ubuntu: "
    "`apt-get install -y postgresql` (as root: `python -m models.pg_cluster --ensure`); "
    "or set WORKBENCH_PG_BIN to a folder holding initdb, pg_ctl and postgres."
)
_TOOLS = ("initdb", "pg_ctl", "postgres")
_META = "cluster.json"
_LOG = "server.log"
_SOCKET_PATH_MAX = 107  # sun_path is 108 bytes on Linux, NUL included
_SERVER_SETTINGS = {
    "fsync": "on",
    "synchronous_commit": "on",
    "full_page_writes": "on",
    "shared_buffers": "'16MB'",
    "max_connections": "100",
    "dynamic_shared_memory_type": "posix",
    "log_min_messages": "warning",
    "log_line_prefix": "'%m [%p] '",
    "logging_collector": "off",
}

StopMode = Literal["smart", "fast", "immediate"]


class PgClusterError(WorkbenchError, RuntimeError):
    """The local PostgreSQL cluster could not be found, made, started or reached."""


class PgServerNotInstalled(PgClusterError):
    """No PostgreSQL server binaries (initdb, pg_ctl, postgres) of version 15 or newer."""


# -- finding and installing the server -----------------------------------------------------------


def _clean_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for PostgreSQL's tools: no PG* variables (PGPORT, PGDATA, ...) leak in."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["LC_ALL"] = "C"  # messages we parse stay in English
    if extra:
        env.update(extra)
    return env


def _holds_tools(folder: Path) -> bool:
    return all(os.access(folder / tool, os.X_OK) and (folder / tool).is_file() for tool in _TOOLS)


def server_version(bin_dir: Path) -> tuple[int, int]:
    """(major, minor) of the server in ``bin_dir``, from ``postgres --version``."""
    try:
        out = subprocess.run(
            [str(bin_dir / "postgres"), "--version"],
            capture_output=True, text=True, timeout=30, env=_clean_env(), check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        raise PgServerNotInstalled(f"Cannot run {bin_dir / 'postgres'}: {exc}. {INSTALL_HINT}") from exc
    match = re.search(r"\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?", out)
    if not match:
        raise PgServerNotInstalled(f"Cannot read the version of {bin_dir / 'postgres'} ({out.strip()!r}).")
    return int(match.group(1)), int(match.group(2) or 0)


def _debian_bin_dirs() -> list[tuple[int, Path]]:
    found = []
    for folder in Path("/usr/lib/postgresql").glob("*/bin"):
        if folder.parent.name.isdigit() and _holds_tools(folder):
            found.append((int(folder.parent.name), folder))
    return sorted(found, reverse=True)


def find_server_bin(major: int | None = None) -> Path:
    """A folder holding initdb, pg_ctl and postgres of version 15 or newer (``major`` if given).

    Looked for in order: the environment variable WORKBENCH_PG_BIN (if set, it must be right:
    no fall-back), then PATH, then the highest /usr/lib/postgresql/N/bin.
    """
    wanted = f"PostgreSQL {major}" if major else f"PostgreSQL {MIN_VERSION} or newer"

    def acceptable(version: int) -> bool:
        return version == major if major else version >= MIN_VERSION

    configured = os.environ.get("WORKBENCH_PG_BIN")
    if configured:
        folder = Path(configured).expanduser()
        if not _holds_tools(folder):
            missing = ", ".join(t for t in _TOOLS if not (folder / t).is_file())
            raise PgServerNotInstalled(
                f"WORKBENCH_PG_BIN={configured} does not hold the PostgreSQL server programs "
                f"(missing: {missing}). Point it at the folder with initdb, pg_ctl and postgres "
                f"(Debian: /usr/lib/postgresql/<version>/bin), or unset it. {INSTALL_HINT}"
            )
        version = server_version(folder)[0]
        if not acceptable(version):
            raise PgServerNotInstalled(
                f"WORKBENCH_PG_BIN={configured} holds PostgreSQL {version}; {wanted} is needed."
            )
        return folder

    candidates: list[Path] = []
    initdb = shutil.which("initdb")
    if initdb:
        # the real folder first when PATH holds symlinks (it also has pg_dump, pg_basebackup...)
        candidates.append(Path(initdb).resolve().parent)
        candidates.append(Path(initdb).parent)
    for version, folder in _debian_bin_dirs():
        if acceptable(version):
            candidates.append(folder)
    seen: set[Path] = set()
    for folder in candidates:
        if folder in seen or not _holds_tools(folder):
            continue
        seen.add(folder)
        if acceptable(server_version(folder)[0]):
            return folder
    raise PgServerNotInstalled(f"No {wanted} server found (initdb, pg_ctl, postgres). {INSTALL_HINT}")


def _apt_install() -> bool:
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = ["apt-get", "install", "-y", "-q", "--no-install-recommends", "postgresql"]
    print("Installing the PostgreSQL server: " + " ".join(install), flush=True)
    if subprocess.run(install, env=env, check=False).returncode == 0:
        return True
    print("apt-get install failed; running apt-get update and trying again.", flush=True)
    subprocess.run(["apt-get", "update", "-q"], env=env, check=False)
    return subprocess.run(install, env=env, check=False).returncode == 0


def ensure_server_installed() -> Path:
    """The server's bin folder, installing the distribution's package first where we can.

    Installs only as root on a system with apt-get; otherwise raises PgServerNotInstalled with
    the instruction.
    """
    try:
        return find_server_bin()
    except PgServerNotInstalled as exc:
        if os.environ.get("WORKBENCH_PG_BIN"):
            raise  # a wrong explicit setting is not fixed by installing a package
        if os.geteuid() != 0 or shutil.which("apt-get") is None:
            raise PgServerNotInstalled(
                f"{exc} (Not installing it myself: that needs root and apt-get.)"
            ) from None
    if not _apt_install():
        raise PgServerNotInstalled(f"apt-get could not install postgresql. {INSTALL_HINT}")
    return find_server_bin()


# -- running as the server's user ----------------------------------------------------------------


@dataclass(frozen=True)
class _ServerUser:
    name: str
    uid: int
    gid: int
    groups: tuple[int, ...]


def _server_user(preferred: str | None = None) -> _ServerUser | None:
    """None when we are not root (everything runs as us); else the unprivileged user to run as."""
    if os.geteuid() != 0:
        return None
    names = (preferred,) if preferred else SERVER_USERS
    for name in names:
        with contextlib.suppress(KeyError):
            return _lookup_user(name)
    name = preferred or SERVER_USERS[-1]
    useradd = shutil.which("useradd")
    if useradd is None:
        raise PgClusterError(
            f"PostgreSQL refuses to run as root, and there is no user {name!r} to run it as "
            f"(nor useradd to create one). Create a system user {name!r} and try again."
        )
    done = subprocess.run(
        [useradd, "--system", "--no-create-home", "--user-group", "--shell", "/usr/sbin/nologin", name],
        capture_output=True, text=True, check=False,
    )
    if done.returncode != 0 and "already exists" not in done.stderr:
        raise PgClusterError(f"Could not create the system user {name!r}: {done.stderr.strip()}")
    return _lookup_user(name)


def _lookup_user(name: str) -> _ServerUser:
    entry = pwd.getpwnam(name)
    groups = tuple(os.getgrouplist(name, entry.pw_gid))
    return _ServerUser(name, entry.pw_uid, entry.pw_gid, groups)


def _may_enter(user: _ServerUser, folder: Path) -> bool:
    st = folder.stat()
    if st.st_uid == user.uid:
        return bool(st.st_mode & stat.S_IXUSR)
    if st.st_gid in user.groups:
        return bool(st.st_mode & stat.S_IXGRP)
    return bool(st.st_mode & stat.S_IXOTH)


def _check_reachable(user: _ServerUser, folder: Path) -> None:
    for parent in reversed(folder.resolve().parents):
        if parent.exists() and not _may_enter(user, parent):
            mode = stat.filemode(parent.stat().st_mode)
            raise PgClusterError(
                f"The PostgreSQL server runs as the user {user.name!r} (it refuses to run as root), "
                f"which cannot enter {parent} ({mode}), so it cannot reach {folder}. Put the "
                f"cluster in a folder that user can reach, e.g. under /tmp, or make {parent} "
                f"traversable (chmod o+x)."
            )


def _chown_tree(path: Path, user: _ServerUser) -> None:
    os.chown(path, user.uid, user.gid)
    for root, dirs, files in os.walk(path):
        for name in dirs + files:
            os.chown(os.path.join(root, name), user.uid, user.gid, follow_symlinks=False)


# -- the cluster ---------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _pid_alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            state = fh.read().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    return state not in ("Z", "X")


def _children(pid: int) -> list[int]:
    """Direct children of ``pid`` (the postmaster's backends and auxiliary processes)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text(errors="replace").rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if len(fields) > 1 and fields[1] == str(pid):
            found.append(int(entry.name))
    return found


def _literal_conf(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"


class Cluster:
    """One local PostgreSQL cluster in a folder of its own. Use ``create`` or ``open``.

    Neither starts the server: call ``start()`` (idempotent) or use the cluster as a context
    manager, which starts it on entry and stops it on exit.
    """

    def __init__(self, folder: Path, *, port: int, tcp: bool, auto_port: bool,
                 bin_dir: Path, server_user: _ServerUser | None) -> None:
        self.folder = folder
        self._port = port
        self.tcp = tcp
        self._auto_port = auto_port
        self.bin_dir = bin_dir
        self._user = server_user

    # -- making and finding ----------------------------------------------------------------------

    @classmethod
    def create(cls, folder: Path, *, port: int | None = None) -> Cluster:
        """initdb a new cluster into ``folder`` (absent or empty). Does not start it.

        ``port=None``: unix socket only. ``port=0``: also 127.0.0.1 on a free port (picked again
        at start if it is taken by then). Any other number: 127.0.0.1 on that port.
        """
        folder = Path(folder).absolute()
        if folder.exists() and any(folder.iterdir()):
            raise PgClusterError(f"Cannot create a PostgreSQL cluster in {folder}: it is not empty.")
        bin_dir = find_server_bin()
        user = _server_user()
        socket_dir = folder / "socket"
        tcp = port is not None
        actual_port = (port or _free_port()) if tcp else SOCKET_PORT
        assert actual_port is not None
        socket_file = socket_dir / f".s.PGSQL.{actual_port}"
        if len(os.fsencode(socket_file)) > _SOCKET_PATH_MAX:
            raise PgClusterError(
                f"The folder {folder} is too deep for a unix socket path ({socket_file} is longer "
                f"than {_SOCKET_PATH_MAX} bytes); choose a shorter one, e.g. under /tmp."
            )
        if user is not None:
            _check_reachable(user, folder)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(folder, 0o700)
        socket_dir.mkdir(mode=0o700)
        cluster = cls(folder, port=actual_port, tcp=tcp, auto_port=port == 0,
                      bin_dir=bin_dir, server_user=user)
        if user is not None:
            _chown_tree(folder, user)
        cluster._write_meta()
        locale = "C.UTF-8" if cls._has_c_utf8() else "C"
        cluster._run_tool(
            "initdb", "-D", str(cluster.data_dir), "-U", ADMIN,
            "--auth-local=trust", "--auth-host=scram-sha-256",
            "--encoding=UTF8", f"--locale={locale}", "--no-instructions",
            what="initdb",
        )
        with open(cluster.data_dir / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write("\n# Workbench throw-away cluster (models/pg_cluster.py)\n")
            conf.write("include_if_exists = 'workbench.conf'\n")
        cluster._write_conf()
        return cluster

    @classmethod
    def exists(cls, folder: Path) -> bool:
        """Whether ``folder`` holds a cluster made by ``create``."""
        folder = Path(folder)
        return (folder / _META).is_file() and (folder / "data" / "PG_VERSION").is_file()

    @classmethod
    def open(cls, folder: Path) -> Cluster:
        """Reattach to the cluster in ``folder`` (running or not). Does not start it."""
        folder = Path(folder).absolute()
        if not cls.exists(folder):
            raise PgClusterError(f"There is no Workbench PostgreSQL cluster in {folder}.")
        meta = json.loads((folder / _META).read_text(encoding="utf-8"))
        major = int((folder / "data" / "PG_VERSION").read_text(encoding="ascii").strip())
        bin_dir = Path(meta.get("bin_dir", ""))
        if not (_holds_tools(bin_dir) and server_version(bin_dir)[0] == major):
            bin_dir = find_server_bin(major)
        user = None
        if os.geteuid() == 0:  # run the server as whoever owns the data, as initdb left it
            owner = (folder / "data").stat().st_uid
            if owner == 0:
                raise PgClusterError(f"The cluster in {folder} belongs to root; PostgreSQL will not run as root.")
            user = _lookup_user(pwd.getpwuid(owner).pw_name)
        return cls(folder, port=int(meta["port"]), tcp=bool(meta["tcp"]),
                   auto_port=bool(meta.get("auto_port", False)), bin_dir=bin_dir, server_user=user)

    @classmethod
    def open_or_create(cls, folder: Path, *, port: int | None = None) -> Cluster:
        """``open`` if ``folder`` holds a cluster, else ``create`` (for a demo run twice)."""
        return cls.open(folder) if cls.exists(folder) else cls.create(folder, port=port)

    @staticmethod
    def _has_c_utf8() -> bool:
        import platform

        libc, version = platform.libc_ver()
        if libc == "glibc" and tuple(int(p) for p in version.split(".")[:2]) >= (2, 35):
            return True  # built in since glibc 2.35
        return any(Path("/usr/lib/locale", name).exists() for name in ("C.utf8", "C.UTF-8"))

    # -- where things are ------------------------------------------------------------------------

    @property
    def data_dir(self) -> Path:
        return self.folder / "data"

    @property
    def socket_dir(self) -> Path:
        return self.folder / "socket"

    @property
    def log_file(self) -> Path:
        return self.folder / _LOG

    @property
    def port(self) -> int:
        """The port: TCP on 127.0.0.1 if ``tcp``, else only the socket file's number."""
        return self._port

    @property
    def server_user(self) -> str:
        """The operating-system user the server runs as."""
        return self._user.name if self._user else pwd.getpwuid(os.geteuid()).pw_name

    def tool(self, name: str) -> Path:
        """A program of this server's version (pg_dump, pg_basebackup, psql...) to run as a client."""
        for folder in (self.bin_dir, self.bin_dir.resolve()):
            if (folder / name).is_file():
                return folder / name
        raise PgServerNotInstalled(f"{name} is not in {self.bin_dir}. {INSTALL_HINT}")

    # -- running ---------------------------------------------------------------------------------

    @property
    def pid(self) -> int | None:
        """The postmaster's process id while it runs."""
        try:
            first = (self.data_dir / "postmaster.pid").read_text(encoding="ascii").split("\n", 1)[0]
            pid = int(first)
        except (OSError, ValueError):
            return None
        return pid if _pid_alive(pid) else None

    @property
    def is_running(self) -> bool:
        return self.pid is not None

    def start(self, *, timeout: float = 60) -> None:
        """Start the server and wait until it accepts connections; a no-op if it runs."""
        if self.is_running:
            return
        attempts = 3 if self._auto_port else 1
        for attempt in range(attempts):
            if self.tcp and self._auto_port and (attempt or not _port_free(self._port)):
                self._port = _free_port()
                self._write_conf()
                self._write_meta()
            elif self.tcp and not _port_free(self._port):
                raise PgClusterError(
                    f"Cannot start the PostgreSQL cluster in {self.folder}: port {self._port} "
                    f"on 127.0.0.1 is in use."
                )
            log_mark = self._log_size()
            try:
                self._run_tool(
                    "pg_ctl", "start", "-D", str(self.data_dir), "-l", str(self.log_file),
                    "-w", "-t", str(int(timeout)), "-s",
                    what="start the server", timeout=timeout + 10, log_from=log_mark,
                )
                return
            except PgClusterError as exc:
                port_taken = "could not bind" in self._log_tail(log_mark)
                if not (port_taken and attempt + 1 < attempts):
                    raise exc

    def stop(self, mode: StopMode = "fast", *, timeout: float = 60) -> None:
        """Stop the server (``smart`` waits for clients, ``fast`` disconnects them,
        ``immediate`` aborts without a checkpoint); a no-op if it is not running."""
        if not self.is_running:
            return
        self._run_tool(
            "pg_ctl", "stop", "-D", str(self.data_dir), "-m", mode, "-w", "-t", str(int(timeout)),
            "-s", what="stop the server", timeout=timeout + 10,
        )

    def restart(self, mode: StopMode = "fast") -> None:
        self.stop(mode)
        self.start()

    def kill_server(self, *, timeout: float = 30) -> None:
        """SIGKILL the postmaster and every process it started, as a crash would; waits until
        all are gone. The next ``start()`` runs crash recovery."""
        pid = self.pid
        if pid is None:
            return
        victims = [pid, *_children(pid)]
        for victim in victims:
            with contextlib.suppress(ProcessLookupError):
                os.kill(victim, signal.SIGKILL)
        deadline = time.monotonic() + timeout
        while any(_pid_alive(v) for v in victims):
            if time.monotonic() > deadline:
                raise PgClusterError(f"PostgreSQL processes {victims} survived SIGKILL for {timeout} s.")
            time.sleep(0.01)
        # A dead postmaster stays a zombie until its parent (init, once pg_ctl has exited) reaps
        # it, which can take a second or more; meanwhile the next postmaster would take
        # postmaster.pid (and the socket's lock file) for a live server's. Every process of the
        # server is dead (and detached from shared memory), so they are stale: remove them.
        if Path(f"/proc/{pid}").exists():
            stale = [self.data_dir / "postmaster.pid", *self.socket_dir.glob(".s.PGSQL.*")]
            for path in stale:
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    # -- addresses -------------------------------------------------------------------------------

    def url(self, db: str = "postgres", *, user: str = ADMIN, password: str | None = None,
            tcp: bool = False, scheme: str = "postgresql") -> str:
        """A libpq URL to ``db`` as ``user``: over the socket, or over 127.0.0.1 if ``tcp``."""
        auth = quote(user, safe="")
        if password is not None:
            auth += ":" + quote(password, safe="")
        if tcp:
            if not self.tcp:
                raise PgClusterError("This cluster listens on its unix socket only (created without a port).")
            return f"{scheme}://{auth}@127.0.0.1:{self._port}/{quote(db, safe='')}"
        host = quote(str(self.socket_dir), safe="/")
        return f"{scheme}://{auth}@/{quote(db, safe='')}?host={host}&port={self._port}"

    def admin_url(self, db: str = "postgres") -> str:
        """The superuser's libpq URL over the socket, e.g. postgresql://workbench_admin@/postgres?host=..."""
        return self.url(db)

    def sqlalchemy_url(self, db: str = "postgres", *, user: str = ADMIN,
                       password: str | None = None, tcp: bool = False) -> str:
        """The same address for SQLAlchemy's psycopg 3 dialect (postgresql+psycopg://...)."""
        return self.url(db, user=user, password=password, tcp=tcp, scheme="postgresql+psycopg")

    # -- SQL as the superuser --------------------------------------------------------------------

    def connect(self, db: str = "postgres", *, user: str = ADMIN, password: str | None = None,
                autocommit: bool = True, tcp: bool = False) -> psycopg.Connection[tuple[Any, ...]]:
        """A psycopg connection (autocommit by default); close it, or use it in ``with``."""
        return psycopg.connect(self.url(db, user=user, password=password, tcp=tcp),
                               autocommit=autocommit, connect_timeout=10)

    def execute(self, query: str | sql.Composable, params: Sequence[Any] | Mapping[str, Any] | None = None,
                *, db: str = "postgres") -> list[tuple[Any, ...]]:
        """Run one statement as the superuser (autocommit); its rows, or [] if it returns none."""
        with self.connect(db) as conn:
            cur = conn.execute(query, params)  # type: ignore[arg-type]  # str is fine here (no LiteralString in mypy)
            return cur.fetchall() if cur.description is not None else []

    def create_database(self, name: str, owner: str | None = None, *, template: str = "template0") -> None:
        """CREATE DATABASE ``name`` (UTF-8) from ``template``, owned by ``owner`` if given."""
        query = sql.SQL("CREATE DATABASE {} TEMPLATE {} ENCODING 'UTF8'").format(
            sql.Identifier(name), sql.Identifier(template))
        if owner:
            query = sql.SQL("{} OWNER {}").format(query, sql.Identifier(owner))
        self.execute(query)

    def drop_database(self, name: str, *, missing_ok: bool = True) -> None:
        """DROP DATABASE ``name``, ending its connections first (WITH (FORCE))."""
        query = sql.SQL("DROP DATABASE {}{} WITH (FORCE)").format(
            sql.SQL("IF EXISTS ") if missing_ok else sql.SQL(""), sql.Identifier(name))
        self.execute(query)

    def create_role(self, name: str, password: str | None = None, login: bool = True) -> None:
        """CREATE ROLE ``name`` (LOGIN unless ``login=False``), with a SCRAM password if given."""
        parts = [sql.SQL("CREATE ROLE {} ").format(sql.Identifier(name)),
                 sql.SQL("LOGIN" if login else "NOLOGIN")]
        if password is not None:
            parts.append(sql.SQL(" PASSWORD {}").format(sql.Literal(password)))
        self.execute(sql.Composed(parts))

    def databases(self) -> list[str]:
        """Names of the databases other than the templates."""
        rows = self.execute("SELECT datname FROM pg_database WHERE NOT datistemplate ORDER BY 1")
        return [str(r[0]) for r in rows]

    # -- internals -------------------------------------------------------------------------------

    def _write_meta(self) -> None:
        meta = {"version": 1, "port": self._port, "tcp": self.tcp, "auto_port": self._auto_port,
                "bin_dir": str(self.bin_dir), "server_user": self._user.name if self._user else None}
        path = self.folder / _META
        path.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
        if self._user is not None:
            os.chown(path, self._user.uid, self._user.gid)

    def _write_conf(self) -> None:
        settings = dict(_SERVER_SETTINGS)
        settings["port"] = str(self._port)
        settings["listen_addresses"] = "'127.0.0.1'" if self.tcp else "''"
        settings["unix_socket_directories"] = _literal_conf(str(self.socket_dir))
        settings["unix_socket_permissions"] = "0700"
        path = self.data_dir / "workbench.conf"
        path.write_text("".join(f"{k} = {v}\n" for k, v in settings.items()), encoding="utf-8")
        if self._user is not None:
            os.chown(path, self._user.uid, self._user.gid)

    def _log_size(self) -> int:
        try:
            return self.log_file.stat().st_size
        except OSError:
            return 0

    def _log_tail(self, start: int = 0, lines: int = 30) -> str:
        try:
            with open(self.log_file, "rb") as fh:
                fh.seek(start)
                text = fh.read().decode("utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def _run_tool(self, tool: str, *args: str, what: str, timeout: float = 120,
                  log_from: int | None = None) -> None:
        command = [str(self.bin_dir / tool), *args]
        user = self._user
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=timeout, check=False,
                cwd=self.folder, stdin=subprocess.DEVNULL,
                env=_clean_env({"HOME": str(self.folder)}) if user else _clean_env(),
                user=user.uid if user else None, group=user.gid if user else None,
                extra_groups=list(user.groups) if user else None,
            )
        except subprocess.TimeoutExpired as exc:
            raise PgClusterError(self._failure(what, f"timed out after {timeout:.0f} s", log_from)) from exc
        except OSError as exc:
            raise PgClusterError(self._failure(what, str(exc), log_from)) from exc
        if done.returncode != 0:
            output = (done.stdout + done.stderr).strip() or f"exit status {done.returncode}"
            raise PgClusterError(self._failure(what, output, log_from))

    def _failure(self, what: str, output: str, log_from: int | None) -> str:
        who = f" as the user {self._user.name!r}" if self._user else ""
        message = f"Could not {what} for the PostgreSQL cluster in {self.folder}{who}: {output}"
        if log_from is not None:
            tail = self._log_tail(log_from)
            if tail:
                message += f"\n--- last lines of {self.log_file} ---\n{tail}"
        return message


@contextlib.contextmanager
def temporary_cluster(folder: Path, *, port: int | None = None) -> Iterator[Cluster]:
    """A new cluster in ``folder``, started; stopped on exit (the folder is left to the caller)."""
    cluster = Cluster.create(folder, port=port)
    with cluster:
        yield cluster


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m models.pg_cluster",
                                     description="The local PostgreSQL server used by the hub's tests.")
    parser.add_argument("--ensure", action="store_true",
                        help="install the server binaries if missing (root with apt-get), else say how")
    args = parser.parse_args(argv)
    if not args.ensure:
        parser.print_help()
        return 2
    try:
        bin_dir = ensure_server_installed()
        major, minor = server_version(bin_dir)
    except PgClusterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"PostgreSQL {major}.{minor} server: {bin_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
