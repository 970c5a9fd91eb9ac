"""The connection recipe: SQLCipher only, key first, silent wrong keys, no key in URLs."""

from __future__ import annotations

import secrets
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from models import connection
from models.connection import KeyRejected, connect, make_engine, require_sqlcipher
from models.errors import InsecureEnvironment
from models.hardening import SecretKey


def test_connection_refuses_stock_sqlite3() -> None:
    with pytest.raises(InsecureEnvironment):
        require_sqlcipher(sqlite3)


def test_connection_wrong_key_prints_nothing(tmp_path: Path, capfd) -> None:
    key = SecretKey(secrets.token_bytes(32))
    conn = connect(tmp_path / "x.db", key)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    capfd.readouterr()
    with pytest.raises(KeyRejected):
        connect(tmp_path / "x.db", SecretKey(secrets.token_bytes(32)))
    assert capfd.readouterr() == ("", "")


def test_connection_wrong_key_is_noisy_without_log_level(tmp_path: Path) -> None:
    # Positive control for the test above: SQLCipher does print when the log level is not set.
    key = SecretKey(secrets.token_bytes(32))
    connect(tmp_path / "x.db", key).execute("CREATE TABLE t (x)")
    script = (
        "from sqlcipher3 import dbapi2 as m; c = m.connect({!r}); c.execute(\"PRAGMA key = 'nope'\")\n"
        "try: c.execute('SELECT 1 FROM sqlite_master')\nexcept m.DatabaseError: pass"
    ).format(str(tmp_path / "x.db"))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "ERROR" in done.stderr


def test_connection_engine_url_and_repr_hold_no_key(tmp_path: Path) -> None:
    key = SecretKey(secrets.token_bytes(32))
    engine = make_engine(tmp_path / "x.db", key)
    hexkey = key.raw().hex()
    assert hexkey not in str(engine.url) and hexkey not in repr(engine)
    assert hexkey not in repr(key)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar().startswith("4.")
    engine.dispose()


def test_connection_read_only_refuses_writes(tmp_path: Path) -> None:
    key = SecretKey(secrets.token_bytes(32))
    connect(tmp_path / "x.db", key).execute("CREATE TABLE t (x)")
    ro = connect(tmp_path / "x.db", key, read_only=True)
    with pytest.raises(Exception, match="readonly|read-only|query_only"):
        ro.execute("INSERT INTO t VALUES (1)")
    ro.close()


def test_secret_key_wipe_zeroes_and_blocks() -> None:
    key = SecretKey(b"k" * 32)
    buf = key.raw()
    key.wipe()
    assert buf == bytearray(32) and not key.live
    with pytest.raises(Exception, match="locked"):
        key.raw()


def test_connection_reads_back_memory_security_off_and_the_rest_of_the_recipe(tmp_path: Path):
    key = SecretKey(secrets.token_bytes(32))
    conn = connect(tmp_path / "x.db", key)
    got = {name: conn.execute(f"PRAGMA {name}").fetchone()[0] for name in (
        "cipher_memory_security", "temp_store", "secure_delete", "journal_mode", "synchronous",
        "foreign_keys")}
    assert got == {"cipher_memory_security": "0", "temp_store": 2, "secure_delete": 1,
                   "journal_mode": "wal", "synchronous": 2, "foreign_keys": 1}
    conn.close()
    ro = connect(tmp_path / "x.db", key, read_only=True)
    assert ro.execute("PRAGMA cipher_memory_security").fetchone()[0] == "0"
    assert ro.execute("PRAGMA query_only").fetchone()[0] == 1
    ro.close()


def test_connection_refuses_a_connection_that_did_not_take_the_recipe(tmp_path: Path):
    key = SecretKey(secrets.token_bytes(32))
    conn = connect(tmp_path / "x.db", key)
    conn.execute("PRAGMA secure_delete = OFF")  # positive control: the read-back must notice
    with pytest.raises(InsecureEnvironment, match="secure_delete"):
        connection._assert_recipe(conn, connection._WRITE_READ_BACK)
    conn.close()




def test_connection_damage_on_any_page_names_it_and_read_only_still_connects(vault_path):
    # A damaged schema (sqlite_master) page past page 1 used to fail even the read-only
    # connection, with a message naming no page.
    from models.errors import VaultDamaged
    from models.vault import open_vault
    from tests.vault_fixtures import ANA, ANA_PASSPHRASE

    with open_vault(vault_path, ANA, ANA_PASSPHRASE) as vault:
        for i in range(30):
            vault.store.add_case(f"case {i}", notes="x" * 300)
        key = SecretKey(bytes(vault._key.raw()))
    db = vault_path / "vault.db"
    original = db.read_bytes()
    refused = 0
    for page in range(2, len(original) // 4096 + 1):
        damaged = bytearray(original)
        damaged[(page - 1) * 4096 + 500] ^= 4
        db.write_bytes(bytes(damaged))
        try:
            connect(db, key).close()  # data pages are found later, by the integrity check
        except VaultDamaged as exc:
            assert f"page {page} " in str(exc) or f"page {page})" in str(exc)
            refused += 1
        ro = connect(db, key, read_only=True)
        assert connection.first_damaged_page(ro) == page
        ro.close()
        for extra in ("vault.db-wal", "vault.db-shm"):
            (vault_path / extra).unlink(missing_ok=True)
    assert refused >= 1  # the schema spans more than page 1 here
