"""Sessions, transactions and the audit trail shared by every part of the store."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, TypeVar, cast

from sqlalchemy import CursorResult, Engine, event, insert, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.exc import StaleDataError

from models import chain
from models.errors import Conflict, HubUnavailable, InvalidInput, NotFound
from models.i18n import fill, translate
from models.rows import AuditRow, Base, ChainHeadRow, DisclosureRow
from models.store_convert import utc_text

R = TypeVar("R", bound=Base)
C = TypeVar("C", AuditRow, DisclosureRow)

# psycopg's errors for a connection that went away (server restart, network, admin shutdown)
_DROPPED = frozenset({"OperationalError", "InterfaceError", "AdminShutdown", "ConnectionFailure",
                      "ConnectionException", "CrashShutdown", "CannotConnectNow"})

_WHAT = {
    "cases": "case",
    "matters": "matter",
    "events": "event",
    "triggers": "trigger",
    "consents": "consent",
    "documents": "document",
    "referrals": "referral",
    "goals": "goal",
    "milestones": "milestone",
    "contacts": "contact",
    "closures": "closure",
    "disclosures": "disclosure",
    "safety_plans": "safety plan",
    "conferences": "case conference",
    "status_changes": "status change",
    "feedback": "feedback",
    "report_disclosures": "report record",
}


class StoreBase:
    """Holds the engine and the acting user; opens sessions; appends audit entries."""

    def __init__(
        self, engine: Engine, actor: str, clock: Callable[[], datetime] | None = None, *,
        check_read: Callable[[], None] | None = None,
        check_write: Callable[[], None] | None = None,
        sign: Callable[[str], str] | None = None,
        check_signature: Callable[[str, str, str | None], str | None] | None = None,
    ) -> None:
        self._engine = engine
        # a hub member's Ed25519 signature over each new chain entry's hash (None in a vault)
        self._sign = sign
        # (author, hash, signature) -> a problem, or None; None in a vault (entries unsigned)
        self._check_signature = check_signature
        self.actor = actor
        self._now = clock or (lambda: datetime.now(UTC))
        # the vault's guards: VaultLocked after lock, VaultDamaged for writes to a read-only vault
        self._check_read = check_read or (lambda: None)
        self._check_write = check_write or (lambda: None)
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # reads on a hub run in autocommit: no BEGIN, and no ROLLBACK round trip at their end
        self._read_sessions = self._sessions if engine.dialect.name != "postgresql" else \
            sessionmaker(engine.execution_options(isolation_level="AUTOCOMMIT"),
                         expire_on_commit=False)
        self.written_heads: dict[str, tuple[int, str]] = {}
        self._hub = engine.dialect.name == "postgresql"
        if self._hub:
            # the hub: every row added or removed is named in the audit trail, so that
            # `workbench check` can tell a row deleted (or slipped in) on the server
            event.listen(self._sessions, "after_flush", _note_rows)
            event.listen(self._sessions, "before_commit", self._account_rows)
        # the session of an open store.transaction(), per thread
        self._local = threading.local()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Run several store calls as one transaction: all are written, or none."""
        if getattr(self._local, "session", None) is not None:
            yield  # nested: the outer transaction decides
            return
        self._check_write()
        with self._dropped_connection(), self._sessions.begin() as session:
            self._local.session = session
            try:
                yield
            finally:
                self._local.session = None
        self._committed(session)

    def _committed(self, session: Session) -> None:
        # the chain heads this store's own committed writes left (a hub's workstation keeps
        # them, so that a chain later cut short on the server shows: models.hub_check)
        self.written_heads.update(session.info.pop("heads", {}))

    @contextmanager
    def _dropped_connection(self) -> Iterator[None]:
        """On a hub, a connection lost mid-call is HubUnavailable (the transaction rolled back)."""
        try:
            yield
        except DBAPIError as exc:
            if self._engine.dialect.name != "postgresql" or not (
                    exc.connection_invalidated or type(exc.orig).__name__ in _DROPPED):
                raise
            raise HubUnavailable(translate("StoreBase",
                    "The connection to the hub was lost; nothing of this change was written. "
                    "Workbench reconnects: try again in a moment.")) from None

    @contextmanager
    def _write(self) -> Iterator[Session]:
        self._check_write()
        outer = getattr(self._local, "session", None)
        if outer is not None:
            yield outer
            return
        try:
            with self._dropped_connection(), self._sessions.begin() as session:
                yield session
            self._committed(session)
        except StaleDataError:
            raise Conflict("Someone else changed this record while it was being saved; nothing "
                           "was written. Open it again to see their change, then redo yours.") from None

    @contextmanager
    def _read(self) -> Iterator[Session]:
        self._check_read()
        outer = getattr(self._local, "session", None)
        if outer is not None:
            if outer.info.get("audit"):  # a read inside a transaction sees its audit entries
                write_audit(outer)
            yield outer
            return
        with self._dropped_connection(), self._read_sessions() as session:
            yield session

    def _get(self, session: Session, row_type: type[R], row_id: object) -> R:
        """The row with this id, or NotFound naming the kind of record (not its content)."""
        row = session.get(row_type, row_id) if isinstance(row_id, int) and not isinstance(row_id, bool) else None
        if row is None:
            what = _WHAT.get(str(row_type.__tablename__), "record")
            raise NotFound(fill(translate("StoreBase",
                    "There is no %1 with id %2."),
                    what, repr(row_id)))
        return row

    @staticmethod
    def _expected_version(fields: dict[str, object]) -> int | None:
        """Take ``version`` (the version the editor read) out of an update's fields."""
        version = fields.pop("version", None)
        if version is not None and (not isinstance(version, int) or isinstance(version, bool)):
            raise InvalidInput(translate("StoreBase",
                    "version: must be the whole number the record was read with"),
                               field="version")
        return version

    @staticmethod
    def _check_version(row: Any, expected: int | None, record: Callable[[Any], object]) -> None:
        """Conflict (with the record as it now is) when ``row`` moved past ``expected``."""
        if expected is not None and row.version != expected:
            who = "Someone else"
            error = Conflict(f"{who} changed this record since you opened it (it is now at "
                             f"version {row.version}, you edited version {expected}); nothing "
                             "was written. Their change is shown; redo yours on top of it.")
            error.current = record(row)
            raise error

    def _require(self, session: Session, row_type: type[R], row_id: object) -> None:
        """NotFound unless a row with this id exists (reads the index only, loads nothing)."""
        found = None
        if isinstance(row_id, int) and not isinstance(row_id, bool):
            found = session.scalar(select(row_type.id).where(row_type.id == row_id))  # type: ignore[attr-defined]
        if found is None:
            what = _WHAT.get(str(row_type.__tablename__), "record")
            raise NotFound(fill(translate("StoreBase",
                    "There is no %1 with id %2."),
                    what, repr(row_id)))

    def _audit(
        self,
        session: Session,
        action: str,
        entity: str,
        entity_id: int | None,
        case_id: int | None,
    ) -> None:
        """Append one audit entry: ids and the action only, never names or notes.

        On a hub, rows this write added or removed besides the one it names get ``row.add`` /
        ``row.remove`` entries of their own (computed deadlines, cascades, bulk inserts); the
        entries wait in the session and are appended to the chain at commit (``write_audit``),
        all of a transaction's in one INSERT under one take of the chain's lock.
        """
        session.flush()
        at = utc_text(self._now())
        noted = _noted(session.info.pop("rows", {}))
        own = noted.pop((entity, entity_id), None) if entity_id is not None else None
        extra = [{"at": at, "user": self.actor, "action": f"row.{kind}", "entity": table,
                  "entity_id": row_id, "case_id": row_case, "row_version": version}
                 for (table, row_id), (kind, row_case, version) in noted.items()]
        fields = {
            "at": at,
            "user": self.actor,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "case_id": case_id,
            "row_version": None if own is None else own[2],
        }
        if self._hub:
            # appended to the chain at commit, under its lock (``write_audit``), with the live
            # update (ids only; delivered at commit, dropped on rollback)
            pending = _pending(session, self._sign)
            pending.entries.extend((e, False) for e in extra)
            pending.entries.append((fields, True))
            pending.notices.append(f"{entity}:{'' if entity_id is None else entity_id}:"
                                   f"{'' if case_id is None else case_id}")
            return
        if extra:
            self._append_audit_many(session, extra)
        self._append(session, "audit", AuditRow, fields)

    def _account_rows(self, session: Session) -> None:
        """At commit on a hub: rows written after the transaction's last audit entry (a
        cascade, a link set to NULL) get their entries too, closed by a signed one; then the
        transaction's audit entries are appended to the chain (``write_audit``)."""
        session.flush()
        if session.info.get("rows"):
            self._audit(session, "rows.account", "audit", None, None)
        write_audit(session)

    def _append_audit_many(self, session: Session, entries: list[dict[str, Any]]) -> None:
        """Append many audit entries in one pass and one INSERT (a hub's row accounts).

        They are left unsigned: the signed entry that ``_audit`` appends right after them, by the
        same author at the same time, signs a hash that chains over all of them
        (models.hub.Hub._check_signature accepts exactly that run).
        """
        if self._hub:  # appended at commit with the signed entry that follows them
            _pending(session, self._sign).entries.extend(
                ({"row_version": None, **fields}, False) for fields in entries)
            return
        lock_chain(session, "audit")
        head = session.get(ChainHeadRow, "audit")
        if head is None:
            head = ChainHeadRow(name="audit", length=0, last_hash=chain.GENESIS)
            session.add(head)
        rows = []
        for n, fields in enumerate(entries, start=head.length + 1):
            fields = {"id": n, "row_version": None, **fields}
            digest = chain.link_hash(fields, head.last_hash)
            rows.append({**fields, "prev_hash": head.last_hash, "hash": digest, "signature": None})
            head.last_hash = digest
        head.length += len(rows)
        session.info.setdefault("heads", {})["audit"] = (head.length, head.last_hash)
        session.execute(insert(AuditRow.__table__), rows)  # type: ignore[arg-type]
        session.flush()

    def _append(self, session: Session, name: str, row_type: type[C], fields: dict[str, Any]) -> C:
        """Append a row to hash chain ``name`` and move its head; returns the new row.

        On a hub, concurrent writers serialise on the chain alone (an advisory lock held to the
        end of the transaction), so the chain never forks; each entry is signed by its author.
        """
        lock_chain(session, name)
        head = session.get(ChainHeadRow, name)
        if head is None:
            head = ChainHeadRow(name=name, length=0, last_hash=chain.GENESIS)
            session.add(head)
        fields = {"id": head.length + 1, **fields}
        digest = chain.link_hash(fields, head.last_hash)
        signature = None if self._sign is None else self._sign(digest)
        row = row_type(**fields, prev_hash=head.last_hash, hash=digest, signature=signature)
        session.add(row)
        head.length += 1
        head.last_hash = digest
        session.info.setdefault("heads", {})[name] = (head.length, head.last_hash)
        session.flush()
        return row


CHAIN_LOCKS = {"audit": 1, "disclosures": 2}


def _chain_key(name: str) -> int:
    return 0x57B0000 + CHAIN_LOCKS.get(name, 9)


def lock_chain(session: Session, name: str) -> None:
    """On PostgreSQL, take the chain's advisory lock until the transaction ends (else nothing:
    SQLite has one writer at a time anyway); once per transaction. Audit entries this
    transaction has yet to append are appended first (a bulk writer appends after them)."""
    if session.bind is not None and session.bind.dialect.name == "postgresql":
        if name == "audit" and session.info.get("audit"):
            write_audit(session)
        held = session.info.setdefault("locked", set())
        if name not in held:
            session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _chain_key(name)})
            held.add(name)


class _Pending:
    """A hub transaction's audit entries not yet on the chain, and its live-update notices."""

    __slots__ = ("entries", "notices", "sign")

    def __init__(self, sign: Callable[[str], str] | None) -> None:
        self.entries: list[tuple[dict[str, Any], bool]] = []  # (fields, signed)
        self.notices: list[str] = []
        self.sign = sign


def _pending(session: Session, sign: Callable[[str], str] | None) -> _Pending:
    found: _Pending | None = session.info.get("audit")
    if found is None:
        found = session.info["audit"] = _Pending(sign)
    return found


_LOCK_AND_NOTIFY = text(
    "SELECT pg_advisory_xact_lock(:k), "
    "(SELECT count(pg_notify('workbench', p)) FROM unnest(CAST(:p AS text[])) AS p)")
_NOTIFY = text("SELECT count(pg_notify('workbench', p)) FROM unnest(CAST(:p AS text[])) AS p")


_AUDIT_COLUMNS = ', '.join(f'"{n}"' for n in (
    "id", "at", "user", "action", "entity", "entity_id", "case_id", "prev_hash", "hash",
    "signature", "row_version"))
# every entry of a transaction in one INSERT (its rows as one JSON array), moving the chain's
# head in the same statement; no entry is written unless the head row moved
_APPEND_AUDIT = text(
    "WITH moved AS (UPDATE chain_heads SET length = :length, last_hash = :last "
    "WHERE name = 'audit' AND length = :was RETURNING 1) "
    f"INSERT INTO audit ({_AUDIT_COLUMNS}) SELECT {_AUDIT_COLUMNS} "
    "FROM json_populate_recordset(NULL::audit, CAST(:rows AS json)), moved")
_JSON = json.JSONEncoder(separators=(",", ":"))


def write_audit(session: Session) -> None:
    """On a hub, append the transaction's pending audit entries to the chain, in order.

    Under the chain's advisory lock (taken here if not yet held, in the round trip that sends
    the transaction's notices): read the head, hash each entry onto it — the signed entries
    (one per store call) signed by their author, the row accounts before each left unsigned
    (``_append_audit_many``) — insert them all in one statement and move the head, which the
    commit's flush writes. The lock is held to the end of the transaction, so the chain never
    forks; taking it at commit keeps the window in which other writers wait to the commit.
    """
    pending: _Pending | None = session.info.pop("audit", None)
    if pending is None or not pending.entries:
        return
    held = session.info.setdefault("locked", set())
    notices = list(dict.fromkeys(pending.notices))  # PostgreSQL drops duplicates anyway
    if "audit" not in held:
        session.execute(_LOCK_AND_NOTIFY, {"k": _chain_key("audit"), "p": notices})
        held.add("audit")
    elif notices:
        session.execute(_NOTIFY, {"p": notices})
    head = _head(session, "audit")
    if session.is_modified(head):
        session.flush()  # a bulk writer's move of the head is written first
    was = length = head.length
    last = head.last_hash
    rows = []
    for fields, signed in pending.entries:
        length += 1
        fields = {"id": length, **fields}
        digest = chain.audit_hash(fields, last)
        signature = pending.sign(digest) if signed and pending.sign is not None else None
        rows.append({**fields, "prev_hash": last, "hash": digest, "signature": signature})
        last = digest
    written = cast(CursorResult[Any], session.execute(
        _APPEND_AUDIT, {"rows": _JSON.encode(rows), "length": length, "last": last, "was": was}))
    if written.rowcount != len(rows):  # the head row is gone or moved: as the ORM's check
        raise StaleDataError("chain_heads: the audit chain's head did not move")
    set_committed_value(head, "length", length)  # written: the flush has nothing to do
    set_committed_value(head, "last_hash", last)
    session.info.setdefault("heads", {})["audit"] = (length, last)


def _head(session: Session, name: str) -> ChainHeadRow:
    """The chain's head row, held by the session for the rest of the transaction (the
    identity map alone keeps it only while changed: each write would read it again)."""
    heads: dict[str, ChainHeadRow] = session.info.setdefault("head_rows", {})
    head = heads.get(name)
    if head is None:
        head = session.get(ChainHeadRow, name)
        if head is None:  # the first entry ever: the head row is written now, then moved
            head = ChainHeadRow(name=name, length=0, last_hash=chain.GENESIS)
            session.add(head)
            session.flush()
        heads[name] = head
    return head


# a row's notes since the last audit entry: (table, id) -> (kind, case id, version or None)
Notes = dict[tuple[str, int], tuple[str, int | None, int | None]]


def _note_rows(session: Session, _context: object) -> None:
    """After each flush on a hub: the rows it added, changed or removed, with their versions.

    The next audit entry accounts for each (``_audit``): ``workbench check`` then knows which
    rows exist and the version each was last written at, so that a row deleted, slipped in,
    or put back as an older copy on the server shows.
    """
    notes: Notes = session.info.setdefault("rows", {})
    for kind, found in (("add", session.new), ("change", session.dirty),
                        ("remove", session.deleted)):
        for obj in found:
            if not hasattr(obj, "seal") or not isinstance(getattr(obj, "id", None), int):
                continue
            if kind == "change" and not session.is_modified(obj, include_collections=False):
                continue
            key = (obj.__tablename__, obj.id)
            earlier = notes.get(key)
            # added and changed in one transaction is still an add; removal has no version
            shown = "add" if earlier is not None and earlier[0] == "add" and kind == "change" \
                else kind
            notes[key] = (shown, getattr(obj, "case_id", None),
                          None if kind == "remove" else getattr(obj, "version", None))


def _noted(notes: Notes | list[Any]) -> Notes:
    return dict(notes) if isinstance(notes, dict) else {}


def note_core_rows(session: Session, table: str, rows: list[dict[str, Any]]) -> None:
    """On a hub, name rows a Core insert added, for the next audit entry (see ``_audit``)."""
    if session.get_bind().dialect.name == "postgresql":
        notes: Notes = session.info.setdefault("rows", {})
        for r in rows:
            notes[(table, r["id"])] = ("add", r.get("case_id"), r.get("version", 1))
