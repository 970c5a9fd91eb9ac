"""Hash chains over audit and disclosure rows: an edit, deletion or reordering is detectable.

Each row carries ``prev_hash`` (the previous row's ``hash``, or ``GENESIS``) and
``hash = sha256(canonical JSON of the row's stored fields + prev_hash)``. The row id is one of
the hashed fields, so moving a row to another id breaks the chain too. A separate head
(length, last hash) catches rows cut off the end. Anyone holding the database key can
recompute a whole chain; the chain proves accidental or casual tampering, not a determined
key holder (that needs an external anchor, e.g. printing the head in each packet).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

GENESIS = "0" * 64

AUDIT_FIELDS = ("id", "at", "user", "action", "entity", "entity_id", "case_id", "row_version")
# fields added after entries were first written (0005): hashed only when set, so that entries
# written before the field existed keep their hashes
ADDED_LATER = frozenset({"row_version"})
DISCLOSURE_FIELDS = (
    "id",
    "at",
    "user",
    "case_id",
    "recipient",
    "purpose",
    "categories",
    "record_ids",
    "consent_ids",
    "packet_sha256",
    "legal_basis",
)


# json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False), without a new
# encoder per call
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
_text = json.encoder.encode_basestring  # the C one when built


def canonical(fields: Mapping[str, Any]) -> bytes:
    """Deterministic JSON bytes: sorted keys, no whitespace, UTF-8."""
    return _CANONICAL.encode(fields).encode()


def link_hash(fields: Mapping[str, Any], prev_hash: str) -> str:
    """The hash of one row given its stored fields and the previous row's hash."""
    payload = {k: v for k, v in fields.items() if v is not None or k not in ADDED_LATER}
    payload["prev_hash"] = prev_hash
    return hashlib.sha256(canonical(payload)).hexdigest()


def verify(
    name: str,
    rows: Iterable[Mapping[Any, Any]],  # dicts, or RowMappings (keyed by name or column)
    field_names: tuple[str, ...],
    head: tuple[int, str] | None,
) -> list[str]:
    """Problems found in one chain (rows in id order); empty when intact."""
    problems: list[str] = []
    prev = GENESIS
    count = 0
    last_id = 0
    for row in rows:
        count += 1
        rid = row["id"]
        if rid != last_id + 1:
            problems.append(f"{name}: row {rid} follows row {last_id} (a row is missing or moved)")
        if row["prev_hash"] != prev:
            problems.append(f"{name}: row {rid} does not link to the row before it")
        expected = link_hash({f: row.get(f) for f in field_names}, row["prev_hash"])
        if row["hash"] != expected:
            problems.append(f"{name}: row {rid} was changed after it was written")
        prev = row["hash"]
        last_id = rid
    problems.extend(_check_head(name, count, prev, head))
    return problems


def _check_head(name: str, count: int, last: str, head: tuple[int, str] | None) -> list[str]:
    if head is None:
        return [] if count == 0 else [f"{name}: the chain head is missing"]
    length, last_hash = head
    if length != count:
        return [f"{name}: {length} rows were written but {count} are present"]
    if last_hash != last:
        return [f"{name}: the last row does not match the chain head"]
    return []


_AUDIT_KEYS = frozenset(AUDIT_FIELDS)


def _json(value: Any) -> str:
    # str and int (not bool) and None as canonical() writes them; anything else: not handled
    kind = type(value)
    if kind is str:
        return str(_text(value))
    if kind is int:
        return int.__repr__(value)
    if value is None:
        return "null"
    raise TypeError(kind)


def audit_hash(fields: Mapping[str, Any], prev_hash: str) -> str:
    """``link_hash`` of an audit entry (exactly the AUDIT_FIELDS, texts, whole numbers and
    None): the same canonical JSON written out in its sorted key order, several times faster.
    Anything else goes through ``link_hash`` itself."""
    if fields.keys() != _AUDIT_KEYS or type(prev_hash) is not str:
        return link_hash(fields, prev_hash)
    try:
        version = fields["row_version"]
        payload = (f'{{"action":{_json(fields["action"])},"at":{_json(fields["at"])},'
                   f'"case_id":{_json(fields["case_id"])},"entity":{_json(fields["entity"])},'
                   f'"entity_id":{_json(fields["entity_id"])},"id":{_json(fields["id"])},'
                   f'"prev_hash":{_json(prev_hash)},'
                   + ("" if version is None else f'"row_version":{_json(version)},')
                   + f'"user":{_json(fields["user"])}}}')
    except TypeError:
        return link_hash(fields, prev_hash)
    return hashlib.sha256(payload.encode()).hexdigest()
