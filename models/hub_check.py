"""`workbench check` on a hub, and the background re-encryption after a key rotation.

``check_hub`` reads every row as the server stores it and verifies, without trusting the
server: each sealed value's AES-GCM (bound to its table, row and column), each row's seal
(every plaintext column, so a date edited in SQL shows), the audit and disclosure chains and
every entry's Ed25519 signature, and the audit trail's account of which rows exist (a row
deleted, or slipped in, on the server). Problems name table, row and column, never content.
A member whose role lacks a key cannot open those values; the report counts them
(``unverified``) — run the check as a supervisor to verify everything.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from models import field_cipher as fc
from models import migrate
from models.errors import Tampered

if TYPE_CHECKING:
    from models.hub import Hub

CHECKED = ("cases", "safe_addresses", "matters", "triggers", "events", "consents", "documents",
           "referrals", "goals", "milestones", "contacts", "closures", "staff_profiles",
           "screenings", "status_changes", "safety_plans", "conferences", "feedback",
           "report_disclosures", "external_links", "interpreter_bookings", "disclosures")
# rows the audit trail accounts for: an entry per row added, changed (with the version the
# write left it at) or removed; staff profiles by their number (0005)
LEDGERED = tuple(t for t in CHECKED if t != "disclosures")


@dataclass(frozen=True)
class HubIntegrityReport:
    """What ``check_hub`` found; ``ok`` only when nothing was altered."""

    problems: tuple[str, ...]
    rows_checked: int
    values_checked: int
    unverified: int
    schema_revision: str | None
    head_revision: str | None

    @property
    def ok(self) -> bool:
        """True when every row, value, seal, signature and chain link verified."""
        return not self.problems

    # the vault report's fields, so faces show either the same way
    @property
    def cipher_errors(self) -> tuple[str, ...]:
        """Problems with encrypted values and seals."""
        return tuple(p for p in self.problems if not p.startswith(("audit", "disclosure")))

    @property
    def integrity_errors(self) -> tuple[str, ...]:
        """Problems with the chains and the row accounts."""
        return tuple(p for p in self.problems if p not in self.cipher_errors)

    @property
    def damaged_pages(self) -> tuple[int, ...]:
        """A hub has no pages (the vault's report does)."""
        return ()

    @property
    def message(self) -> str:
        """A line for a person."""
        if self.ok:
            extra = (f" {self.unverified} values are in key groups this role does not read; "
                     "a supervisor's check verifies them.") if self.unverified else ""
            return (f"The hub passed its integrity check ({self.rows_checked} rows, "
                    f"{self.values_checked} encrypted values).{extra}")
        return (f"The hub's data was altered outside Workbench: {len(self.problems)} problems "
                "(listed). Tell the hub's administrator; restore from the server's backup.")

    def to_json(self) -> dict[str, Any]:
        """Plain JSON-able form (``check --json``)."""
        return {"ok": self.ok, "problems": list(self.problems), "rows_checked": self.rows_checked,
                "values_checked": self.values_checked, "unverified": self.unverified,
                "cipher_errors": list(self.cipher_errors),
                "integrity_errors": list(self.integrity_errors),
                "schema_revision": self.schema_revision, "head_revision": self.head_revision,
                "damaged_pages": [], "message": self.message}


def _raw_rows(conn: Any, table: str) -> list[dict[str, Any]]:
    key = "user" if table == "staff_profiles" else "id"
    result = conn.execute(text(f'SELECT * FROM {table} ORDER BY "{key}"'))  # no type processing
    return [dict(r) for r in result.mappings()]


def check_hub(hub: Hub) -> HubIntegrityReport:
    """Verify everything a member's keys allow; see the module docstring."""
    ring = fc.ring_of(hub.engine.dialect)
    problems: list[str] = []
    rows = values = unverified = 0
    present: dict[str, dict[int, Any]] = {}  # table -> row id -> its stored version
    with hub.engine.connect() as conn:
        for table in CHECKED:
            key = "user" if table == "staff_profiles" else "id"
            sealed = fc.SEALED.get(table, {})
            for row in _raw_rows(conn, table):
                rows += 1
                row_id = row[key]
                number = row.get("id")
                if isinstance(number, int):
                    present.setdefault(table, {})[number] = row.get("version")
                for column in sealed:
                    value = row.get(column)
                    if value is None:
                        continue
                    envelope = bytes(value).decode("ascii", "replace") \
                        if isinstance(value, bytes | memoryview) else str(value)
                    try:
                        opened = fc.open_value(ring, envelope, table, row_id, column)
                    except Tampered as exc:
                        problems.append(str(exc))
                        continue
                    values += 1
                    unverified += opened is None
                if "seal" in row:
                    problems.extend(_check_seal(ring, table, row_id, row))
    try:
        problems.extend(hub.store.verify_chains())
    except (Tampered, ValueError) as exc:  # a value the chain covers was altered: named above
        problems.append(f"audit and disclosures chains: cannot be read through ({exc})")
    try:
        problems.extend(_check_accounts(hub, present))
    except ValueError:
        problems.append("audit: an entry cannot be read (a time or id was altered on the server)")
    problems.extend(_anchor_problems(hub))
    if not problems:
        remember_heads(hub)
    revision = migrate.current_revision(hub.engine)
    return HubIntegrityReport(tuple(problems), rows, values, unverified, revision,
                              migrate.head_revision())


def anchors_file() -> Path:
    """Where this workstation remembers each hub's chain heads (ids and hashes, no case data)."""
    base = os.environ.get("WORKBENCH_STATE_DIR") or os.path.join(
        os.environ.get("XDG_STATE_HOME") or os.path.expanduser("~/.local/state"), "workbench")
    return Path(base) / "hub-anchors.json"


def _read_anchors() -> dict[str, Any]:
    path = anchors_file()
    try:
        found = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _write_anchors(known: dict[str, Any]) -> None:
    path = anchors_file()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
    tmp.write_text(json.dumps(known, sort_keys=True), encoding="utf-8")
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def pinned_root(hub_id: str) -> str | None:
    """The first supervisor's signing key this workstation saw for ``hub_id`` (or None)."""
    root = _read_anchors().get(hub_id, {}).get("root")
    return root[0] if isinstance(root, list) and root else None


def pin_root(hub_id: str, signing_key: str) -> None:
    """Remember the hub's first supervisor's signing key (trust on first use, then pinned)."""
    known = _read_anchors()
    mine = known.setdefault(hub_id, {})
    if "root" not in mine:
        mine["root"] = [signing_key]
        _write_anchors(known)


def pinned_generation(hub_id: str) -> int:
    """The highest key generation this workstation has opened ``hub_id`` at (0: never)."""
    found = _read_anchors().get(hub_id, {}).get("generation")
    return found[0] if isinstance(found, list) and found and isinstance(found[0], int) else 0


def pin_generation(hub_id: str, generation: int) -> None:
    """Remember the key generation a member's newest bundle had: it only ever grows, so an
    older set of bundles put back on the server (a rollback of a rotation) shows."""
    known = _read_anchors()
    mine = known.setdefault(hub_id, {})
    if generation > pinned_generation(hub_id):
        mine["generation"] = [generation]
        _write_anchors(known)


def _heads(hub: Hub) -> tuple[str, dict[str, list[Any]]]:
    with hub.engine.connect() as conn:
        hub_id = conn.scalar(text("SELECT value FROM hub_meta WHERE key = 'hub_id'"))
        heads = {name: [length, last] for name, length, last in
                 conn.execute(text("SELECT name, length, last_hash FROM chain_heads"))}
    return str(hub_id), heads


def remember_heads(hub: Hub, heads: dict[str, tuple[int, str]] | None = None) -> None:
    """Record chain heads on this workstation: the server's after a clean check, or (at lock)
    the heads this session's own writes left. Never a shorter one than already recorded."""
    hub_id, found = _heads(hub)
    chosen = found if heads is None else heads
    known = _read_anchors()
    mine = known.setdefault(hub_id, {})
    for name, (length, last) in chosen.items():
        if length > mine.get(name, [0, ""])[0]:
            mine[name] = [length, last]
    _write_anchors(known)


def _anchor_problems(hub: Hub) -> list[str]:
    """Chains shorter than this workstation saw them, or rewritten at the point it saw."""
    known = _read_anchors()
    hub_id, heads = _heads(hub)
    problems = []
    with hub.engine.connect() as conn:
        for name, seen in known.get(hub_id, {}).items():
            if name in ("root", "generation"):
                continue
            length, last = seen
            now = heads.get(name, [0, ""])[0]
            table = "audit" if name == "audit" else "disclosures"
            there = conn.scalar(text(f"SELECT hash FROM {table} WHERE id = :n"), {"n": length})
            if now < length:
                problems.append(f"{name}: the chain has {now} entries but this workstation saw "
                                f"{length}: entries were removed on the server")
            elif there != last:
                problems.append(f"{name}: entry {length} is not the one this workstation saw "
                                "(the chain was rewritten on the server)")
    return problems


def _check_seal(ring: fc.KeyRing, table: str, row_id: object, row: dict[str, Any]) -> list[str]:
    seal = row.get("seal")
    if seal is None:
        return [f"{table} row {row_id}: has no seal (written outside Workbench)"]
    try:
        digest = fc.open_value(ring, str(seal), table, row_id, "seal")
    except Tampered as exc:
        return [str(exc)]
    if digest != fc.row_digest(table, row):
        return [f"{table} row {row_id}: its columns do not match its seal (a date, status, "
                "kind or encrypted value was changed on the server)"]
    return []


def _check_accounts(hub: Hub, present: dict[str, dict[int, Any]]) -> list[str]:
    """Rows the audit trail does not account for, and rows older than its last write of them.

    The row seal proves a row's columns belong together, not that they are its latest: a
    copy saved earlier verifies too. Each write's entry records the version it left the row
    at, so a row whose stored version is not the last one recorded was put back (or, with a
    version the trail never wrote, altered) on the server.
    """
    expected: dict[str, set[int]] = {t: set() for t in LEDGERED}
    versions: dict[tuple[str, int], int] = {}
    for entry in hub.store.list_audit():
        if entry.entity not in expected or entry.entity_id is None \
                or entry.action.startswith("carried."):
            continue  # carried entries tell another store's story; the import wrote ours
        where = (entry.entity, entry.entity_id)
        if entry.action.endswith(".delete") or entry.action == "row.remove":
            expected[entry.entity].discard(entry.entity_id)
            versions.pop(where, None)
            continue
        if entry.action.endswith(".add") or entry.action == "row.add":
            expected[entry.entity].add(entry.entity_id)
        if entry.row_version is not None:
            versions[where] = entry.row_version
    problems = []
    for table in LEDGERED:
        have = present.get(table, {})
        for row_id in sorted(expected[table] - set(have)):
            problems.append(f"{table} row {row_id}: deleted on the server (the audit trail "
                            "records it, the table does not have it)")
        for row_id in sorted(set(have) - expected[table]):
            problems.append(f"{table} row {row_id}: added on the server (no audit entry "
                            "records it)")
        for row_id in sorted(set(have) & expected[table]):
            written = versions.get((table, row_id))
            if written is not None and have[row_id] != written:
                problems.append(f"{table} row {row_id}: is at version {have[row_id]}, but the "
                                f"audit trail's last write of it left version {written} (an "
                                "older copy was put back on the server)")
    return problems


def keys_in_use(hub: Hub) -> dict[str, set[tuple[str, Any]]]:
    """Key id → the (table, row id) of every row holding a value (or seal) under it."""
    used: dict[str, set[tuple[str, Any]]] = {}
    with hub.engine.connect() as conn:
        for table in CHECKED:
            sealed = fc.SEALED.get(table, {})
            key = "user" if table == "staff_profiles" else "id"
            for row in _raw_rows(conn, table):
                for column in (*sealed, "seal"):
                    value = row.get(column)
                    if value is None:
                        continue
                    envelope = bytes(value).decode("ascii", "replace") \
                        if isinstance(value, bytes | memoryview) else str(value)
                    parts = envelope.split(":", 2)
                    if len(parts) == 3:
                        used.setdefault(parts[1], set()).add((table, row[key]))
    return used


def reencrypt(hub: Hub, progress: Callable[[int, int], object] | None, batch: int
              ) -> tuple[int, set[str]]:
    """Rewrite every row holding a value under an old key epoch.

    Returns the rows changed and the key ids still in use afterwards (disclosure entries are
    append-only and keep the key they were written under).
    """
    from sqlalchemy.orm.attributes import flag_modified

    from models.rows import Base

    ring = fc.ring_of(hub.engine.dialect)
    current = set(ring.current.values())
    mappers = {m.local_table.name: m for m in Base.registry.mappers}  # type: ignore[attr-defined]
    todo = sorted({where for key_id, rows in keys_in_use(hub).items() if key_id not in current
                   for where in rows if where[0] != "disclosures"}, key=str)
    done = 0
    for start in range(0, len(todo), batch):
        # through the store's own session, so that each rewritten row's new version is
        # accounted for in the audit trail (entries closed by a signed one at commit)
        with hub.store._write() as session:
            for table, row_id in todo[start:start + batch]:
                obj = session.get(mappers[table].class_, row_id)
                if obj is None:
                    continue
                for column in fc.SEALED.get(table, {}):
                    if getattr(obj, column) is not None:
                        flag_modified(obj, column)
                if hasattr(obj, "seal"):
                    flag_modified(obj, "seal")  # the seal moves to the new key too
                done += 1
        if progress is not None:
            progress(min(start + batch, len(todo)), len(todo))
    return done, set(keys_in_use(hub))
