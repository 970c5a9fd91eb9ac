"""Helpers for vault tests: file snapshots, canary scans and a raw SQL writer."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import Engine, text

CANARIES = ("Zofia Ærøskøbing-Canary", "王秀英金丝雀", "A-204-118-907", "canary note: HIV+ since 2019")


def snapshot(folder: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file under ``folder`` (names and contents)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def found_canaries(folder: Path) -> list[str]:
    """Which canaries appear, as UTF-8 or UTF-16, in any file under ``folder``."""
    hits = []
    blobs = [p.read_bytes() for p in folder.rglob("*") if p.is_file()]
    for canary in CANARIES:
        forms = [canary.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
        if any(form in blob for blob in blobs for form in forms):
            hits.append(canary)
    return hits


def write_canaries(engine: Engine) -> None:
    """Put every canary in a table of its own (no dependence on the store's schema)."""
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE IF NOT EXISTS canary_t (id INTEGER PRIMARY KEY, v TEXT)"))
        for canary in CANARIES:
            conn.execute(text("INSERT INTO canary_t (v) VALUES (:v)"), {"v": canary})


def read_canaries(engine: Engine) -> list[str]:
    """The canary rows, in insertion order."""
    with engine.connect() as conn:
        return [r[0] for r in conn.execute(text("SELECT v FROM canary_t ORDER BY id"))]
