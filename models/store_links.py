"""Links to records held elsewhere: an EHR's appointment or patient, a partner's bundle.

A link says "the record ``external_id`` of kind ``kind`` in system ``source`` is ours: it
belongs to case ``case_id`` and became record ``record_id``" (records.Link), so that a second
import of the same record updates instead of duplicating, and a bundle seen twice is known.
The other system's id can identify a person, so it is sealed on a hub; it is found again
through ``lookup``, a keyed hash (HMAC-SHA256) of source, kind and id:

- on a hub, keyed by a key derived from the member's ``core.seal`` key (every member holds
  it; the server does not), stored as ``<key id>:<hex>``; a lookup tries every epoch the
  member holds, and a link hashed under an epoch no longer held is found by decrypting the
  links of that source and kind;
- in the vault, whose file is encrypted whole, by a fixed key (the hash only makes the
  lookup one indexed equality on both backends).
"""

from __future__ import annotations

import hashlib
import hmac
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import field_cipher as fc
from models import hub_keys
from models import records as r
from models import store_convert as convert
from models import store_fields as f
from models.i18n import fill, translate
from models.rows import CaseRow, ExternalLinkRow
from models.store_base import StoreBase

_SOURCE = re.compile(r"[a-z][a-z0-9_-]{0,15}")
_KIND = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,31}")
_VAULT_KEY_ID = "vault"
_VAULT_KEY = b"workbench external link lookup v1"


def _name(value: object, field: str, pattern: re.Pattern[str], what: str) -> str:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise f.bad(field, fill(translate("StoreLinks",
                "must be %1"),
                what))
    return value


def _external_id(value: object) -> str:
    text = f.text(value, "external_id")
    if len(text) > 512:
        raise f.bad("external_id", translate("StoreLinks",
                "is longer than 512 characters"))
    return text


def _digest(value: object) -> str | None:
    text = f.opt_text(value, "digest")
    if text is not None and len(text) > 128:
        raise f.bad("digest", translate("StoreLinks",
                "is longer than 128 characters"))
    return text


def _record_id(value: object) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise f.bad("record_id", translate("StoreLinks",
                "must be the id of one of our records, or None"))
    return value


def _hash(key_id: str, key: bytes, source: str, kind: str, external_id: str) -> str:
    message = "\x1f".join((source, kind, external_id)).encode()
    return f"{key_id}:{hmac.new(key, message, hashlib.sha256).hexdigest()}"


class LinksMixin(StoreBase):
    """Links to records held elsewhere, found by (source, kind, external id)."""

    def link_for(self, source: str, kind: str, external_id: str) -> r.Link | None:
        """The link of that record of that system, or None when it was never linked."""
        source, kind = self._names(source, kind)
        external_id = _external_id(external_id)
        with self._read() as s:
            row = self._find(s, source, kind, external_id)
            return None if row is None else convert.link(row)

    def add_link(
        self, source: str, kind: str, external_id: str, case_id: int, *,
        record_id: int | None = None, digest: str | None = None,
    ) -> r.Link:
        """Link the record ``external_id`` (of ``kind`` in ``source``) to a case (and to our
        record ``record_id``); InvalidInput if that record is linked already."""
        source, kind = self._names(source, kind)
        external_id = _external_id(external_id)
        values = {"record_id": _record_id(record_id), "digest": _digest(digest)}
        with self._write() as s:
            self._require(s, CaseRow, case_id)
            found = self._find(s, source, kind, external_id)
            if found is not None:
                raise f.bad("external_id", fill(translate("StoreLinks",
                        "this %1 of %2 is linked already (link %3); update that link instead"),
                        kind, source, found.id))
            key_id, key = self._writing_key()
            row = ExternalLinkRow(source=source, kind=kind, external_id=external_id,
                                  lookup=_hash(key_id, key, source, kind, external_id),
                                  case_id=case_id, linked_at=convert.utc_text(self._now()),
                                  **values)
            s.add(row)
            s.flush()
            self._audit(s, "link.add", "external_links", row.id, case_id)
            return convert.link(row)

    def update_link(self, link_id: int, **fields: object) -> r.Link:
        """Change what a link points to (``record_id``) or its content hash (``digest``);
        a call that changes nothing writes nothing (no audit entry)."""
        version = self._expected_version(fields)
        unknown = set(fields) - {"record_id", "digest"}
        if unknown:
            raise f.bad(sorted(unknown)[0], translate("StoreLinks",
                    "a link changes only its record_id and digest"))
        changes: dict[str, object] = {}
        if "record_id" in fields:
            changes["record_id"] = _record_id(fields["record_id"])
        if "digest" in fields:
            changes["digest"] = _digest(fields["digest"])
        with self._write() as s:
            row = self._get(s, ExternalLinkRow, link_id)
            self._check_version(row, version, convert.link)
            changed = {k: v for k, v in changes.items() if getattr(row, k) != v}
            if not changed:
                return convert.link(row)
            for name, value in changed.items():
                setattr(row, name, value)
            row.linked_at = convert.utc_text(self._now())
            self._audit(s, "link.update", "external_links", row.id, row.case_id)
            return convert.link(row)

    def delete_link(self, link_id: int) -> None:
        """Forget a link (the record it became stays)."""
        with self._write() as s:
            row = self._get(s, ExternalLinkRow, link_id)
            case_id = row.case_id
            s.delete(row)
            self._audit(s, "link.delete", "external_links", link_id, case_id)

    def links_for_case(self, case_id: int, source: str | None = None) -> list[r.Link]:
        """The links of one case (of one source, if given), oldest first."""
        query = convert.LINK.select().where(ExternalLinkRow.case_id == case_id)
        if source is not None:
            query = query.where(ExternalLinkRow.source == _name(
                source, "source", _SOURCE, "a short lower-case name such as 'fhir'"))
        with self._read() as s:
            self._require(s, CaseRow, case_id)
            return convert.LINK.from_rows(s.execute(query.order_by(ExternalLinkRow.id)))

    # --- finding ----------------------------------------------------------------------------

    @staticmethod
    def _names(source: object, kind: object) -> tuple[str, str]:
        return (_name(source, "source", _SOURCE, "a short lower-case name such as 'fhir'"),
                _name(kind, "kind", _KIND, "a record kind such as 'Appointment'"))

    def _keys(self) -> dict[str, bytes]:
        """Key id -> lookup key: every epoch of ``core.seal`` held (a hub), or the vault's."""
        if not self._hub:
            return {_VAULT_KEY_ID: _VAULT_KEY}
        ring = fc.ring_of(self._engine.dialect)
        self._check_read()
        return {key_id: hmac.new(bytes(raw), b"wb1 lookup key", hashlib.sha256).digest()
                for key_id, raw in list(ring.keys.items())
                if key_id.rsplit(".", 1)[0] == hub_keys.SEAL}

    def _writing_key(self) -> tuple[str, bytes]:
        keys = self._keys()
        if not self._hub:
            return _VAULT_KEY_ID, keys[_VAULT_KEY_ID]
        newest = fc.ring_of(self._engine.dialect).current.get(hub_keys.SEAL)
        if newest is None or newest not in keys:
            raise PermissionError("this member's role holds no core.seal key")
        return newest, keys[newest]

    def _find(self, s: Session, source: str, kind: str,
              external_id: str) -> ExternalLinkRow | None:
        keys = self._keys()
        wanted = [_hash(k, key, source, kind, external_id) for k, key in keys.items()]
        same = (ExternalLinkRow.source == source, ExternalLinkRow.kind == kind)
        found = s.scalars(select(ExternalLinkRow).where(
            *same, ExternalLinkRow.lookup.in_(wanted)).order_by(ExternalLinkRow.id)).first()
        if found is not None or not self._hub:
            return found
        # hashed under a seal key epoch this member no longer holds: decrypt those few
        stale = [i for i, lookup in s.execute(select(ExternalLinkRow.id, ExternalLinkRow.lookup)
                                              .where(*same))
                 if lookup.split(":", 1)[0] not in keys]
        for row_id in stale:
            row = s.get(ExternalLinkRow, row_id)
            if row is not None and row.external_id == external_id:
                return row
        return None
