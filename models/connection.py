"""The SQLCipher connection recipe (SECURITY.md control 2) and the SQLAlchemy engine over it.

Every connection, in order: ``cipher_log_level=NONE`` (once per process, before any key is
tried), ``PRAGMA key`` as the first statement, then ``cipher_memory_security = OFF``,
in-memory temp store, secure delete, WAL, full sync and foreign keys; then every pragma is read
back, and the cipher version and the file header are asserted. The key never appears in a URL:
the engine gets connections from ``creator=``.

Memory security stays OFF (SQLCipher's default since 4.5.0; SECURITY.md control 2): wiping
every SQLite allocation made bulk inserts 2.4x slower while the Python heap and the Qt models
hold the same plaintext unwiped. SQLCipher still zeroes its own key buffers when it frees them,
and the key statement is run so that SQLite does not keep its text (``run_secret``).
"""

from __future__ import annotations

import re
import threading
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from models.errors import InsecureEnvironment, VaultDamaged
from models.hardening import SecretKey
from models.i18n import fill, translate

PLAINTEXT_HEADER = b"SQLite format 3\x00"
_WRITE_PRAGMAS = (
    "cipher_memory_security = OFF",
    "temp_store = MEMORY",
    "secure_delete = ON",
    "journal_mode = WAL",
    "synchronous = FULL",
    "foreign_keys = ON",
)
# A damaged vault is never written to: no journal-mode change, and the connection refuses writes.
_READ_ONLY_PRAGMAS = (
    "cipher_memory_security = OFF",
    "temp_store = MEMORY",
    "secure_delete = ON",
    "query_only = ON",
    "foreign_keys = ON",
)
# what each pragma must read back as (SQLite reports enums as numbers)
_READ_BACK = {
    "cipher_memory_security": "0", "temp_store": 2, "secure_delete": 1, "foreign_keys": 1,
}
_WRITE_READ_BACK = {**_READ_BACK, "journal_mode": "wal", "synchronous": 2}
_READ_ONLY_READ_BACK = {**_READ_BACK, "query_only": 1}
_PAGE = re.compile(r"page (\d+)")
_log_lock = threading.Lock()
_log_silenced = False


class KeyRejected(Exception):
    """The key does not decrypt this file (wrong key, or page 1 damaged). Internal to models."""


def require_sqlcipher(module: ModuleType | None = None) -> ModuleType:
    """The SQLCipher 4 DB-API module; InsecureEnvironment for stock sqlite3 or anything else."""
    return _default_module() if module is None else _checked(module)


@cache
def _default_module() -> ModuleType:
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        raise InsecureEnvironment(
            translate("Connection",
                "SQLCipher (sqlcipher3) is not installed; Workbench will not store data "
                "unencrypted.")
        ) from None
    return _checked(dbapi2)


def _checked(module: ModuleType) -> ModuleType:
    try:
        probe = module.connect(":memory:")
        try:
            row = probe.execute("PRAGMA cipher_version").fetchone()
        finally:
            probe.close()
    except Exception:
        row = None
    if not row or not str(row[0]).startswith("4."):
        raise InsecureEnvironment(
            translate("Connection",
                "The database module is not SQLCipher 4; Workbench will not store data "
                "unencrypted.")
        )
    return module


def silence_cipher_log(module: ModuleType) -> None:
    """Set ``cipher_log_level = NONE`` once per process, so a wrong key prints nothing on stderr."""
    global _log_silenced
    with _log_lock:
        if _log_silenced:
            return
        probe = module.connect(":memory:")
        try:
            probe.execute("PRAGMA cipher_log_level = NONE").fetchall()
        finally:
            probe.close()
        _log_silenced = True


def connect(db_path: Path, key: SecretKey, *, read_only: bool = False) -> Any:
    """A SQLCipher DB-API connection set up exactly per the recipe; KeyRejected if the key fails."""
    module = require_sqlcipher()
    silence_cipher_log(module)
    if read_only:
        # Without a WAL there is nothing to replay: immutable=1 keeps SQLite from creating
        # -wal/-shm files beside a damaged vault. With a WAL left by a crash, read through it.
        wal = db_path.with_name(db_path.name + "-wal").exists()
        uri = db_path.resolve().as_uri() + ("?mode=ro" if wal else "?mode=ro&immutable=1")
        conn = module.connect(uri, uri=True, check_same_thread=False)
    else:
        conn = module.connect(str(db_path), check_same_thread=False)
    # No implicit BEGINs from the driver: the engine emits BEGIN itself, so DDL is transactional.
    conn.isolation_level = None
    try:
        run_secret(conn, "PRAGMA key = " + key.pragma_literal())
        for pragma in _READ_ONLY_PRAGMAS if read_only else _WRITE_PRAGMAS:
            conn.execute("PRAGMA " + pragma).fetchall()
        _probe_schema(conn, module, read_only)
        _assert_recipe(conn, _READ_ONLY_READ_BACK if read_only else _WRITE_READ_BACK)
        _assert_encrypted(conn, db_path)
    except module.DatabaseError as exc:
        wrong_key = "not a database" in str(exc)
        page = None if wrong_key else first_damaged_page(conn)
        conn.close()
        if wrong_key:
            raise KeyRejected() from None
        raise VaultDamaged(damaged_message(page)) from None
    except BaseException:
        conn.close()
        raise
    return conn


def _probe_schema(conn: Any, module: ModuleType, read_only: bool) -> None:
    """A cheap read: does the key work? "not a database" means it does not (or page 1 is bad).

    Any other error is a damaged page further in (the schema spans several pages). A read-only
    connection is still returned then, so that the damage can be diagnosed and what is left read.
    """
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except module.DatabaseError as exc:
        if not read_only or "not a database" in str(exc):
            raise


def first_damaged_page(conn: Any) -> int | None:
    """The first page cipher_integrity_check reports (it needs no schema), or None."""
    try:
        rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except require_sqlcipher().DatabaseError:
        return None
    pages = sorted(int(m) for row in rows for m in _PAGE.findall(str(row[0])))
    return pages[0] if pages else None


def run_secret(conn: Any, statement: str) -> None:
    """Run one statement that carries key material (``PRAGMA key``, ``PRAGMA rekey``).

    ``execute`` keeps the prepared statement, and with it the SQL text, in the driver's
    statement cache until the connection closes, and with memory security OFF SQLite then frees
    it unwiped: the memory probe (tests/hostile/memscan.py) found the key's hex after lock.
    ``executescript`` prepares, steps and finalizes at once; the probe then finds no copy.
    (The short-lived Python strings of the statement are freed unwiped either way.)
    """
    conn.executescript(statement + ";")


def _assert_recipe(conn: Any, expected: dict[str, object]) -> None:
    for name, value in expected.items():
        row = conn.execute("PRAGMA " + name).fetchone()
        if not row or row[0] != value:
            raise InsecureEnvironment(
                fill(translate("Connection",
                    "The database connection did not take the connection recipe (%1); Workbench "
                    "will not use it."),
                    name)
            )


def _assert_encrypted(conn: Any, db_path: Path) -> None:
    version = conn.execute("PRAGMA cipher_version").fetchone()
    if not version or not str(version[0]).startswith("4."):
        raise InsecureEnvironment(translate("Connection",
                "The database connection is not SQLCipher 4."))
    with open(db_path, "rb") as fh:
        header = fh.read(16)
    if header == PLAINTEXT_HEADER:
        raise InsecureEnvironment(translate("Connection",
                "The vault file has a plaintext SQLite header; refusing to use it."))


def damaged_message(page: int | None = None) -> str:
    """The person-facing text for a damaged vault, naming the page when known."""
    where = f" (page {page})" if page is not None else ""
    return (
        f"The vault file is damaged{where}. Restore it from a backup; until then it can only be "
        "opened read-only."
    )


def make_engine(db_path: Path, key: SecretKey, *, read_only: bool = False) -> Engine:
    """A SQLAlchemy engine whose connections all come from ``connect`` (no key in any URL)."""
    module = require_sqlcipher()

    def creator() -> Any:
        return connect(db_path, key, read_only=read_only)

    # "sqlite://" alone would default to a single-thread pool for an in-memory database.
    engine = create_engine(
        "sqlite://", module=module, creator=creator, poolclass=QueuePool, pool_size=4, max_overflow=4
    )
    event.listen(engine, "begin", _emit_begin)
    return engine


def _emit_begin(conn: Any) -> None:
    # SQLAlchemy's documented recipe for real SQLite transactions (savepoints, transactional DDL).
    conn.exec_driver_sql("BEGIN")


def open_with_any(db_path: Path, keys: list[SecretKey], *, read_only: bool = False) -> tuple[Any, int]:
    """Connect with the first key that decrypts the file: (connection, index); else VaultDamaged."""
    for index, key in enumerate(keys):
        try:
            return connect(db_path, key, read_only=read_only), index
        except KeyRejected:
            continue
    raise VaultDamaged(damaged_message())


def integrity_errors(conn: Any, *, quick: bool = False) -> tuple[list[str], list[str]]:
    """(cipher_integrity_check rows, integrity_check rows other than "ok"); both empty when intact."""
    cipher = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    pragma = "quick_check" if quick else "integrity_check"
    try:
        plain = [str(r[0]) for r in conn.execute("PRAGMA " + pragma).fetchall()]
    except require_sqlcipher().DatabaseError as exc:  # "malformed" instead of a report
        plain = [str(exc)]
    return cipher, [line for line in plain if line != "ok"]


def file_header(db_path: Path) -> bytes:
    """The first 16 bytes of the file (for tests and diagnostics)."""
    with open(db_path, "rb") as fh:
        return fh.read(16)
