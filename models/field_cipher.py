"""Client-side field encryption for the hub: the server stores ciphertext, never content.

A sealed column (``rows.Sealed``) holds, on PostgreSQL, an envelope

    wb1:<key id>:<base64 of nonce ‖ AES-256-GCM ciphertext and tag>

where the key id is ``group.tier.epoch`` (models.hub_keys) and the associated data is
``wb1|table|row id|column|key id`` — a ciphertext moved to another row, column, key or epoch
fails to decrypt. On the local vault (SQLite) the same columns hold plain text inside the
SQLCipher file: nothing here runs there (the processors are None for SQLite).

How values flow, without any store method knowing about it:

- **writing**: the mapper events ``before_insert``/``before_update`` (installed by ``install``)
  give each new row its id first (``nextval``), then replace every changed sealed value with a
  ``Bound`` string that already carries its envelope, and compute the row's **seal**: an
  AES-GCM tag under ``core.seal`` over every stored column value (plaintext columns and
  envelopes) and the row's version, so that a plaintext column edited in SQL is detected by
  ``verify_rows``. The bind processor writes the envelope; a plain string reaching a sealed
  column on PostgreSQL is refused (a write path that skipped sealing is a bug, not a leak).
- **reading**: the column expression prefixes each sealed value with the row's real primary
  key (``id::text || ':' || column``), so the result processor decrypts with the row id the
  server actually holds — a swapped ciphertext fails. It returns ``Opened``: the plain text,
  remembering its envelope (an unchanged field is never re-encrypted). A field whose key the
  member's role does not hold comes back ``withheld`` ("" or None), which the role view hides.
"""

from __future__ import annotations

import binascii
import hashlib
import json
import os
import secrets
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Column, LargeBinary, Table, Text, event, select, text
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Mapper, object_session
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm.attributes import instance_state, set_committed_value
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import TypeDecorator

from models import hub_keys
from models.errors import Tampered, VaultLocked
from models.i18n import fill, translate
from models.records import Category

PREFIX = "wb1"
_NONCE = 12


class HubKeysMissing(RuntimeError):
    """A PostgreSQL engine without the hub's keys: only models.hub opens PostgreSQL engines."""


# --- the member's keys ------------------------------------------------------------------------

@dataclass
class KeyRing:
    """The data keys one member's slot opened: key id → 32 bytes, and the newest id per name."""

    keys: dict[str, bytearray] = field(default_factory=dict)
    current: dict[str, str] = field(default_factory=dict)  # "group.tier" -> "group.tier.epoch"
    _ciphers: dict[str, AESGCM] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    live: bool = True

    def add(self, key_id: str, raw: bytes | bytearray) -> None:
        """Hold one key; the highest epoch of a name becomes the one new writes use."""
        name, epoch = key_id.rsplit(".", 1)
        self.keys[key_id] = bytearray(raw)
        now = self.current.get(name)
        if now is None or int(now.rsplit(".", 1)[1]) < int(epoch):
            self.current[name] = key_id

    def cipher(self, key_id: str) -> AESGCM | None:
        """The AES-GCM of ``key_id``, or None when this member's role does not hold it."""
        if not self.live:
            raise VaultLocked(translate("FieldCipher",
                    "The hub connection is locked. Unlock it to continue."))
        found = self._ciphers.get(key_id)
        if found is None:
            raw = self.keys.get(key_id)
            if raw is None:
                return None
            found = AESGCM(bytes(raw))
            with self._lock:
                self._ciphers[key_id] = found
        return found

    def writing(self, name: str) -> tuple[str, AESGCM]:
        """The newest key of ``group.tier`` (Tampered-free: PermissionError if not held)."""
        key_id = self.current.get(name)
        found = None if key_id is None else self.cipher(key_id)
        if key_id is None or found is None:
            raise PermissionError(f"this member's role holds no {name} key")
        return key_id, found

    def holds(self, name: str) -> bool:
        """True when the member holds some epoch of key ``group.tier``."""
        return name in self.current

    def wipe(self) -> None:
        """Zero every key and forget the ciphers (the hub is locking)."""
        self.live = False
        for raw in self.keys.values():
            raw[:] = bytes(len(raw))
        self.keys.clear()
        self.current.clear()
        self._ciphers.clear()


_RINGS: dict[int, KeyRing] = {}  # id(dialect) -> ring; each hub engine has its own dialect


def attach(dialect: Dialect, ring: KeyRing) -> None:
    """Give a hub engine's dialect its member's keys (before its first statement)."""
    _RINGS[id(dialect)] = ring
    dialect.workbench_ring = ring  # type: ignore[attr-defined]  # keeps the id in use


def ring_of(dialect: Dialect) -> KeyRing:
    """The keys of a hub engine's dialect (HubKeysMissing for a bare PostgreSQL engine)."""
    ring: KeyRing | None = getattr(dialect, "workbench_ring", None)
    if ring is None:
        raise HubKeysMissing(translate("FieldCipher",
                "a PostgreSQL engine must be opened through models.hub"))
    return ring


# --- envelopes ----------------------------------------------------------------------------------

def aad(table: str, row_id: object, column: str, key_id: str) -> bytes:
    """The associated data binding a ciphertext to its table, row, column and key epoch."""
    return f"{PREFIX}|{table}|{row_id}|{column}|{key_id}".encode()


def _b64(raw: bytes) -> bytes:
    return binascii.b2a_base64(raw, newline=False)  # base64.b64encode's bytes, without its wrapper


def seal_value(ring: KeyRing, name: str, table: str, row_id: object, column: str,
               plain: bytes) -> str:
    """The envelope of ``plain`` under the newest key ``name`` (``group.tier``)."""
    key_id, cipher = ring.writing(name)
    nonce = secrets.token_bytes(_NONCE)
    body = cipher.encrypt(nonce, plain, aad(table, row_id, column, key_id))
    return f"{PREFIX}:{key_id}:{_b64(nonce + body).decode('ascii')}"


def open_value(ring: KeyRing, envelope: str, table: str, row_id: object, column: str
               ) -> bytes | None:
    """The plaintext of an envelope; None if the role holds no key for it; else Tampered."""
    try:
        prefix, key_id, body = envelope.split(":", 2)
        blob = binascii.a2b_base64(body, strict_mode=True)  # ~4x base64.b64decode(validate)
    except (ValueError, binascii.Error):
        raise Tampered(fill(translate("FieldCipher",
                "%1 row %2, column %3: not an encrypted value (altered on the server)"),
                table, row_id, column)) from None
    if prefix != PREFIX or len(blob) < _NONCE + 16:
        raise Tampered(fill(translate("FieldCipher",
                "%1 row %2, column %3: not an encrypted value (altered on the server)"),
                table, row_id, column))
    cipher = ring.cipher(key_id)
    if cipher is None:
        return None
    try:
        return cipher.decrypt(blob[:_NONCE], blob[_NONCE:], aad(table, row_id, column, key_id))
    except InvalidTag:
        raise Tampered(fill(translate("FieldCipher",
                "%1 row %2, column %3: the encrypted value does not verify (altered or moved on "
                "the server)"),
                table, row_id, column)) from None


class Opened(str):
    """A decrypted text that remembers the envelope it came from (and whether it is withheld)."""

    envelope: str | None
    withheld: bool = False  # set on the instance only when withheld

    def __new__(cls, value: str, envelope: str | None, withheld: bool = False) -> Opened:
        made = super().__new__(cls, value)
        made.envelope = envelope
        made.withheld = withheld
        return made

    def __getnewargs__(self) -> tuple[Any, ...]:  # copy, deepcopy and pickle keep the envelope
        return (str(self), self.envelope, self.withheld,)


class OpenedBytes(bytes):
    """Decrypted bytes that remember their envelope."""

    envelope: str | None

    def __new__(cls, value: bytes, envelope: str | None) -> OpenedBytes:
        made = super().__new__(cls, value)
        made.envelope = envelope
        return made

    def __getnewargs__(self) -> tuple[Any, ...]:  # copy, deepcopy and pickle keep the envelope
        return (bytes(self), self.envelope,)


class Bound(str):
    """A text about to be written, with its envelope already computed for its row."""

    envelope: str

    def __new__(cls, value: str, envelope: str) -> Bound:
        made = super().__new__(cls, value)
        made.envelope = envelope
        return made

    def __getnewargs__(self) -> tuple[Any, ...]:  # copy, deepcopy and pickle keep the envelope
        return (str(self), self.envelope,)


class BoundBytes(bytes):
    """Bytes about to be written, with their envelope."""

    envelope: str

    def __new__(cls, value: bytes, envelope: str) -> BoundBytes:
        made = super().__new__(cls, value)
        made.envelope = envelope
        return made

    def __getnewargs__(self) -> tuple[Any, ...]:  # copy, deepcopy and pickle keep the envelope
        return (bytes(self), self.envelope,)


# --- the column type ---------------------------------------------------------------------------

class _PrefixedWithKey(ColumnElement[Any]):
    """A sealed column as read: on PostgreSQL ``pk::text || ':' || column``; elsewhere itself."""

    inherit_cache = True

    def __init__(self, column: ColumnElement[Any], key: ColumnElement[Any], binary: bool) -> None:
        self.column = column
        self.key_column = key
        self.binary = binary
        self.type = column.type


@compiles(_PrefixedWithKey)
def _plain_read(element: _PrefixedWithKey, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.column, **kw))


@compiles(_PrefixedWithKey, "postgresql")
def _hub_read(element: _PrefixedWithKey, compiler: Any, **kw: Any) -> str:
    column = compiler.process(element.column, **kw)
    key = compiler.process(element.key_column, **kw)
    if element.binary:
        return f"(convert_to(CAST({key} AS TEXT) || ':', 'UTF8') || {column})"
    return f"(CAST({key} AS TEXT) || ':' || {column})"


class Sealed(TypeDecorator[Any]):
    """A column encrypted on the workstation on a hub (plain text inside the local vault).

    ``tier`` is the content tier its key belongs to (models.hub_keys.TIERS); ``withheld`` is
    what a member without that key reads ("" for required texts, "[]" for JSON lists, None
    for optional fields). ``table``/``column`` are filled in by ``name_columns``.
    """

    impl = Text
    cache_ok = True

    def __init__(self, tier: str = "title", withheld: str | None = "", binary: bool = False) -> None:
        super().__init__()
        if tier not in hub_keys.TIERS:
            raise ValueError(f"unknown tier {tier!r}")
        self.tier = tier
        self.withheld = withheld
        self.binary = binary
        self.table = ""
        self.column = ""

    def compare_values(self, x: Any, y: Any) -> bool:
        """Equal texts are unequal when one was re-encrypted on purpose (a new envelope):
        the ORM then writes it (a category change moves every field to another key)."""
        if isinstance(x, Bound | BoundBytes) and getattr(y, "envelope", None) != x.envelope:
            return False
        return bool(x == y)

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        """Bytes as bytea/BLOB, everything else as text."""
        return dialect.type_descriptor(LargeBinary() if self.binary else Text())

    def column_expression(self, colexpr: ColumnElement[Any]) -> ColumnElement[Any] | None:
        """Read with the row's primary key in front (PostgreSQL only; see _hub_read)."""
        table = getattr(colexpr, "table", None)
        if table is None or not list(table.primary_key):
            return None
        key = list(table.primary_key)[0]
        return _PrefixedWithKey(colexpr, key, self.binary)

    def bind_processor(self, dialect: Dialect) -> Any:
        """None on SQLite; on PostgreSQL, the envelope a mapper event computed."""
        if dialect.name != "postgresql":
            return None
        where = f"{self.table}.{self.column}"
        binary = self.binary

        def envelope(value: Any) -> Any:
            if value is None:
                return None
            sealed = getattr(value, "envelope", None)
            if not isinstance(sealed, str):
                raise HubKeysMissing(fill(translate("FieldCipher",
                        "%1 was written without being sealed for its row"),
                        where))
            return sealed.encode("ascii") if binary else sealed

        return envelope

    def result_processor(self, dialect: Dialect, coltype: object) -> Any:
        """None on SQLite; on PostgreSQL, decrypt with the row id the server returned.

        The value is ``row id:envelope`` (``column_expression``); ``stored_opener`` decrypts it.
        """
        if dialect.name != "postgresql":
            return None
        open_stored = self.stored_opener(dialect)
        binary = self.binary

        def opened(value: Any) -> Any:
            if value is None:
                return None
            if binary:
                value = bytes(value).decode("ascii", "replace")
            row_id, _, envelope = value.partition(":")
            return open_stored(row_id, envelope)

        return opened

    def stored_opener(self, dialect: Dialect, *, envelopes: bool = True
                      ) -> Callable[[object, Any], Any]:
        """``open(row id, stored value)``: the plaintext of this column's value in that row.

        For a hub engine (PostgreSQL): the result processor's decryption, given the row id
        apart -- a caller that reads a row's id and its sealed columns as stored (no
        ``column_expression``) decrypts with the id the server holds for the same row. Called
        once per value read, so the work per value is kept to the AEAD: a NULL returns at once;
        the AAD's constant parts (``wb1|table|`` and ``|column|key id``) are built once per key
        id; the cipher comes from the ring's own cache (emptied when the hub locks). The checks
        are those of ``open_value``: a malformed envelope or a failed tag is Tampered, a key
        this role does not hold gives the withheld value, a locked ring VaultLocked.

        ``envelopes=False``: a plain ``str``/``bytes``, not an ``Opened`` remembering its
        envelope (which only an ORM row written back needs), for records read in bulk -- a
        third of the time per value. A withheld value is ``Opened`` all the same.
        """
        table, column, withheld, binary = self.table, self.column, self.withheld, self.binary
        ring: KeyRing | None = getattr(dialect, "workbench_ring", None)
        if ring is None:
            def unkeyed(row_id: object, value: Any) -> Any:
                if value is None:
                    return None
                ring_of(dialect)  # HubKeysMissing, unless the keys were attached since
                return self.stored_opener(dialect, envelopes=envelopes)(row_id, value)
            return unkeyed
        keyring = ring  # one ring per hub engine, for its whole life (models.hub.make_engine)
        ciphers = keyring._ciphers  # emptied in place by wipe()
        head = f"{PREFIX}|{table}|"
        tails: dict[str, str] = {}  # key id -> "|column|key id" (no secret in it)
        a2b, new_text, new_bytes = binascii.a2b_base64, str.__new__, bytes.__new__

        def tampered(row_id: object, moved: bool) -> Tampered:
            if moved:
                return Tampered(f"{table} row {row_id}, column {column}: the encrypted value "
                                "does not verify (altered or moved on the server)")
            return Tampered(f"{table} row {row_id}, column {column}: not an encrypted value "
                            "(altered on the server)")

        def open_stored(row_id: object, envelope: Any) -> Any:
            if envelope is None:
                return None
            if binary and type(envelope) is not str:  # bytes of ASCII text
                envelope = bytes(envelope).decode("ascii", "replace")
            try:  # "wb1:key id:base64", split once
                prefix, key_id, body = envelope.split(":", 2)
                blob = a2b(body, strict_mode=True)
            except (ValueError, binascii.Error):
                raise tampered(row_id, False) from None
            if prefix != PREFIX or len(blob) < _NONCE + 16:
                raise tampered(row_id, False)
            if not keyring.live:
                raise VaultLocked(translate("FieldCipher",
                        "The hub connection is locked. Unlock it to continue."))
            cipher = ciphers.get(key_id) or keyring.cipher(key_id)
            if cipher is None:  # a key this member's role does not hold
                if binary or withheld is None:
                    return None
                return Opened(withheld, envelope, True)
            tail = tails.get(key_id)
            if tail is None:
                tail = tails[key_id] = f"|{column}|{key_id}"
            try:
                plain = cipher.decrypt(blob[:_NONCE], blob[_NONCE:], f"{head}{row_id}{tail}".encode())
            except InvalidTag:
                raise tampered(row_id, True) from None
            if not envelopes:
                return plain if binary else plain.decode()
            made: Any = new_bytes(OpenedBytes, plain) if binary else new_text(Opened, plain, "utf-8")
            made.envelope = envelope
            return made

        return open_stored


def name_columns(tables: Iterable[Table]) -> dict[str, dict[str, Sealed]]:
    """Tell every Sealed column its table and name; returns table → column → type."""
    found: dict[str, dict[str, Sealed]] = {}
    for table in tables:
        for column in table.columns:
            if isinstance(column.type, Sealed):
                column.type.table, column.type.column = table.name, column.name
                found.setdefault(table.name, {})[column.name] = column.type
    return found


# --- which key a row's fields use ---------------------------------------------------------------

_GROUP_BY_VALUE = {c.value: g for c, g in hub_keys.KEY_GROUP_OF.items()}


def group_of(table: str, values: Mapping[str, Any], connection: Connection | None) -> str:
    """The key group of a row: its category's group, or its table's fixed one."""
    if table in hub_keys.CATEGORY_TABLES:
        return _GROUP_BY_VALUE[str(values["category"])]
    if table == "milestones":
        goal = values.get("goal_id")
        category = None if connection is None or goal is None else connection.scalar(
            text("SELECT category FROM goals WHERE id = :id"), {"id": goal})
        return hub_keys.KEY_GROUP_OF[Category(category)] if category else "core"
    return hub_keys.TABLE_GROUP.get(table, "core")


def _stored(value: Any) -> Any:
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:  # nothing to look up
        return value
    sealed = getattr(value, "envelope", None)
    if isinstance(sealed, str):
        return sealed
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()
    return value


def unsealed_columns(table: str) -> frozenset[str]:
    """Columns a row seal leaves out: the seal itself and a document's bytes (sealed on their
    own). Links the database would set to NULL (ON DELETE SET NULL) are sealed: on a hub the
    store sets them to NULL itself, re-sealing each row, before it deletes their target
    (``_null_links``)."""
    return _UNSEALED


_UNSEALED = frozenset({"seal", "data"})
# columns added after the hub's first schema (0004): a row's seal covers each only once it is
# set, so that rows sealed before the column existed still verify (models.migrations 0005,
# 0007); in any other table a column of these names is never NULL (tests/models/test_hub.py)
ADDED_LATER = frozenset({"series_first", "series_step", "series_last", "id",  # 0005
                         "domain", "priority", "measure", "baseline", "target",  # 0007 goals
                         "linked_event_id", "choice", "shares_data", "consent_id"})


# json.dumps(..., sort_keys=True, default=str) builds a new encoder on every call: one kept
_DIGEST_JSON = json.JSONEncoder(sort_keys=True, default=str)


def row_digest(table: str, stored: Mapping[str, Any]) -> bytes:
    """SHA-256 of a row's stored values (envelopes for sealed columns) that its seal covers."""
    skip = unsealed_columns(table)
    body = _DIGEST_JSON.encode({k: _stored(v) for k, v in stored.items()
                                if k not in skip and (v is not None or k not in ADDED_LATER)})
    return hashlib.sha256(body.encode()).digest()


def seal_of_row(ring: KeyRing, table: str, row_id: object, stored: Mapping[str, Any]) -> str:
    """The row seal: a tag under ``core.seal`` over every stored value of the row."""
    return seal_value(ring, hub_keys.SEAL, table, row_id, "seal", row_digest(table, stored))


def seal_fields(ring: KeyRing, table: str, row_id: object, group: str,
                sealed: Mapping[str, Sealed], values: Mapping[str, Any],
                only: Iterable[str] | None = None) -> dict[str, Any]:
    """``values`` with each sealed column (or those in ``only``) bound to its envelope."""
    out = dict(values)
    for column in (sealed if only is None else only):
        value = out.get(column)
        if value is None:
            continue
        spec = sealed[column]
        name = f"{group}.{spec.tier}"
        if spec.binary:
            raw = bytes(value)
            out[column] = BoundBytes(raw, seal_value(ring, name, table, row_id, column, raw))
        else:
            plain = str(value)
            out[column] = Bound(plain, seal_value(ring, name, table, row_id, column,
                                                  plain.encode("utf-8")))
    return out


# --- mapper events ------------------------------------------------------------------------------

SEALED: dict[str, dict[str, Sealed]] = {}
TABLES: dict[str, Table] = {}


_ID_BLOCK, _ID_BLOCK_MAX = 16, 2048
# (id of the dialect, table) -> (reserved ids not yet used, descending; [size of the last spare])
_IDS: dict[tuple[int, str], tuple[list[int], list[int]]] = {}
_IDS_LOCK = threading.Lock()


def _next_id(connection: Connection, table: str) -> int:
    return reserve_ids(connection, table, 1)[0]


def forget_ids(dialect: Dialect) -> None:
    """Drop a hub engine's reserved ids (it is being closed)."""
    with _IDS_LOCK:
        for key in [k for k in _IDS if k[0] == id(dialect)]:
            del _IDS[key]


def reserve_ids(connection: Connection, table: str, count: int) -> list[int]:
    """``count`` fresh ids of ``table`` from its sequence (PostgreSQL), in ascending order.

    Ids come from the sequence in blocks held per hub engine: when the reserve runs short, one
    query takes what the call lacks plus a spare block, twice the size of the last spare (16
    at first, at most 2,048), so that a transaction of many inserts asks the server a few
    times, not per insert. Unused ids are skipped when the hub is locked, as rolled-back
    nextvals are anyway.
    """
    key = (id(connection.dialect), table)
    with _IDS_LOCK:
        free, spare = _IDS.setdefault(key, ([], [0]))
        if len(free) >= count:
            return [free.pop() for _ in range(count)]
        spare[0] = min(_ID_BLOCK_MAX, 2 * spare[0]) if spare[0] else _ID_BLOCK
        fetch = count - len(free) + spare[0]
    found = connection.execute(text(f"SELECT nextval('{table}_id_seq') FROM generate_series(1, :n)"),
                               {"n": fetch})
    fresh = [int(v) for (v,) in found]
    with _IDS_LOCK:  # another thread may have taken or added ids meanwhile: merge
        free, _spare = _IDS.setdefault(key, ([], [0]))
        pool = sorted([*free, *fresh], reverse=True)
        mine = [pool.pop() for _ in range(count)]
        free[:] = pool
    return mine


def _columns(mapper: Mapper[Any], target: Any = None) -> list[tuple[str, str]]:
    # (attribute key, column name) of every loaded column of the row's own table: a deferred
    # one (a document's bytes) only when it is loaded on ``target`` (an insert, a re-encryption)
    loaded = instance_state(target).dict if target is not None else {}
    return [(prop.key, prop.columns[0].name) for prop in mapper.column_attrs
            if isinstance(prop.columns[0], Column) and (not prop.deferred or prop.key in loaded)]


def _defaults(mapper: Mapper[Any], target: Any) -> None:
    # the schema's scalar defaults, set now so that the seal covers what the INSERT writes
    for prop in mapper.column_attrs:
        column = prop.columns[0]
        if isinstance(column, Column) and getattr(target, prop.key, None) is None:
            default = column.default
            if default is not None and getattr(default, "is_scalar", False):
                setattr(target, prop.key, default.arg)  # type: ignore[attr-defined]


def _before_insert(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    if connection.dialect.name != "postgresql":
        return
    table = cast(Table, mapper.local_table).name
    ring = ring_of(connection.dialect)
    _defaults(mapper, target)
    pairs = _columns(mapper, target)
    pk = mapper.primary_key[0].name
    if pk == "id" and getattr(target, "id", None) is None and table not in ("audit", "disclosures"):
        target.id = _next_id(connection, table)
    values = {col: getattr(target, key) for key, col in pairs}
    sealed = SEALED.get(table, {})
    if sealed:
        group = group_of(table, values, connection)
        bound = seal_fields(ring, table, values[pk], group, sealed, values)
        for key, col in pairs:
            if col in sealed and bound[col] is not values[col]:
                setattr(target, key, bound[col])
                values[col] = bound[col]
    if "seal" in values:
        target.seal = seal_of_row(ring, table, values[pk], values)


def _before_update(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    pairs = _columns(mapper, target)
    session = object_session(target)
    if session is not None and not session.is_modified(target, include_collections=False):
        return  # dirty only through a collection: no UPDATE of this row
    if any(col == "version" for _, col in pairs):
        target.version = (target.version or 0) + 1  # version_id_col with a manual generator
    if connection.dialect.name != "postgresql":
        return
    table = cast(Table, mapper.local_table).name
    ring = ring_of(connection.dialect)
    pk = mapper.primary_key[0].name
    values = {col: getattr(target, key) for key, col in pairs}
    sealed = SEALED.get(table, {})
    if sealed:
        group = group_of(table, values, connection)
        changed_group = "category" in values and _really_changed(target, "category")
        changed = []
        committed = instance_state(target).committed_state
        for key, col in pairs:
            if col not in sealed:
                continue
            if changed_group or _really_changed(target, key):
                changed.append(col)
            elif getattr(committed.get(key), "envelope", None):
                # set to the same text: the stored envelope stays (and the seal covers it)
                stored = committed[key]
                set_committed_value(target, key, stored)
                values[col] = stored
        withheld = [c for c in changed if getattr(values[c], "withheld", False)]
        if withheld:
            raise PermissionError(f"{table}: this role cannot re-encrypt {', '.join(withheld)}")
        bound = seal_fields(ring, table, values[pk], group, sealed, values, changed)
        for key, col in pairs:
            if col in changed:
                setattr(target, key, bound[col])
                values[col] = bound[col]
    if "seal" in values:
        target.seal = seal_of_row(ring, table, values[pk], values)


def _really_changed(target: Any, key: str) -> bool:
    # changed in value since loaded (setting the same text again is no change)
    committed = instance_state(target).committed_state
    if key not in committed:
        return False
    return bool(committed[key] != getattr(target, key))


LINKS: dict[str, list[tuple[type, str]]] = {}  # table -> (row class, attribute) that SET NULL


def install(mapped: Sequence[type], tables: Iterable[Table]) -> None:
    """Name the sealed columns and listen on every mapped row class (once, at import)."""
    tables = list(tables)
    SEALED.update(name_columns(tables))
    TABLES.update({t.name: t for t in tables})
    for cls in mapped:
        event.listen(cls, "before_insert", _before_insert)
        event.listen(cls, "before_update", _before_update)
        table = getattr(cls, "__table__", None)
        for column in getattr(table, "columns", ()):
            for fk in column.foreign_keys:
                if fk.ondelete == "SET NULL":
                    LINKS.setdefault(fk.column.table.name, []).append((cls, column.key))
    event.listen(OrmSession, "before_flush", _null_links)


def _null_links(session: OrmSession, _context: object, _instances: object) -> None:
    """On a hub, before a row is deleted, clear the links to it through the ORM, so that each
    linking row is re-sealed (the server's own ON DELETE SET NULL would break its seal)."""
    bind = session.get_bind()
    if bind.dialect.name != "postgresql" or not session.deleted:
        return
    with session.no_autoflush:
        for gone in list(session.deleted):
            for cls, attribute in LINKS.get(getattr(gone, "__tablename__", ""), ()):
                found: Any = session.scalars(select(cls).where(getattr(cls, attribute) == gone.id))
                for row in found:
                    if row not in session.deleted:
                        setattr(row, attribute, None)


_CORE: dict[str, tuple[tuple[str, ...], tuple[tuple[str, Any], ...],
                        tuple[tuple[str, Sealed], ...], tuple[str, ...], bool]] = {}


def _core_shape(table: str) -> tuple[tuple[str, ...], tuple[tuple[str, Any], ...],
                                     tuple[tuple[str, Sealed], ...], tuple[str, ...], bool]:
    # (every column but the seal, those with a scalar default and it, the sealed columns, the
    # plain columns the seal covers, whether the table has a seal): worked out once per table
    found = _CORE.get(table)
    if found is None:
        columns = TABLES[table].columns
        sealed = SEALED.get(table, {})
        names = tuple(c.name for c in columns if c.name != "seal")
        defaults = tuple((c.name, c.default.arg) for c in columns  # type: ignore[attr-defined]
                         if c.name != "seal" and c.default is not None
                         and getattr(c.default, "is_scalar", False) and c.default.arg is not None)  # type: ignore[attr-defined]
        skip = unsealed_columns(table)
        plain = tuple(n for n in names if n not in sealed and n not in skip)
        found = (names, defaults, tuple(sealed.items()), plain, "seal" in columns)
        _CORE[table] = found
    return found


def seal_core_rows(connection: Connection, table: str, rows: list[dict[str, Any]],
                   *, need_ids: bool = True) -> list[dict[str, Any]]:
    """Rows for a Core executemany: on a hub each gets an id, envelopes and its seal.

    The same values, envelopes and seal as the ORM's events give a row (``seal_fields``,
    ``seal_of_row``), in one pass per row.
    """
    if connection.dialect.name != "postgresql":
        return rows
    ring = ring_of(connection.dialect)
    missing = [r for r in rows if r.get("id") is None]
    if need_ids and missing:
        for row, new in zip(missing, reserve_ids(connection, table, len(missing)), strict=True):
            row["id"] = new
    names, defaults, sealed, plain, has_seal = _core_shape(table)
    skip = unsealed_columns(table)
    writers: dict[str, tuple[str, AESGCM]] = {}
    head = f"{PREFIX}|{table}|"
    urandom, new_text = os.urandom, str.__new__
    out = []
    for given in rows:
        get = given.get
        row = {name: get(name) for name in names}
        for name, default in defaults:
            if row[name] is None:
                row[name] = default
        row_id = row["id"]
        stored: dict[str, Any] = {}
        if sealed:
            group = group_of(table, row, connection)
            for column, spec in sealed:
                value = row[column]
                if value is None:
                    if column not in skip and column not in ADDED_LATER:
                        stored[column] = None
                    continue
                name = f"{group}.{spec.tier}"
                writer = writers.get(name)
                if writer is None:
                    writer = writers[name] = ring.writing(name)
                key_id, cipher = writer
                nonce = urandom(_NONCE)
                if spec.binary:
                    raw = bytes(value)
                    body = cipher.encrypt(nonce, raw, f"{head}{row_id}|{column}|{key_id}".encode())
                    envelope = f"{PREFIX}:{key_id}:{_b64(nonce + body).decode('ascii')}"
                    row[column] = BoundBytes(raw, envelope)
                else:
                    text_value = str(value)
                    body = cipher.encrypt(nonce, text_value.encode("utf-8"),
                                          f"{head}{row_id}|{column}|{key_id}".encode())
                    envelope = f"{PREFIX}:{key_id}:{_b64(nonce + body).decode('ascii')}"
                    bound = new_text(Bound, text_value)
                    bound.envelope = envelope
                    row[column] = bound
                if column not in skip:
                    stored[column] = envelope
        if has_seal:
            for column in plain:
                value = row[column]
                kind = type(value)
                if kind is str or kind is int or kind is bool:
                    stored[column] = value
                elif value is None:
                    if column not in ADDED_LATER:
                        stored[column] = None
                else:
                    stored[column] = _stored(value)
            digest = hashlib.sha256(_DIGEST_JSON.encode(stored).encode()).digest()
            row["seal"] = seal_value(ring, hub_keys.SEAL, table, row_id, "seal", digest)
        out.append(row)
    return out
