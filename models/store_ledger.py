"""The consent ledger and documents (bytes kept as BLOBs inside the encrypted database)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import records as r
from models import store_convert as convert
from models import store_fields as f
from models.errors import InvalidInput
from models.i18n import fill, translate
from models.rows import CaseRow, ConsentRow, DisclosureRow, DocumentRow
from models.store_base import StoreBase

_HOW_GIVEN = {"written", "verbal", "electronic"}
# what each accepted media type's bytes start with; other files are refused
MAGIC = {
    "application/pdf": (b"%PDF-",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/jpeg": (b"\xff\xd8\xff",),
}
MAX_DOCUMENT_BYTES = 100 * 1024 * 1024


def _how_given(value: object, field: str) -> str:
    how = f.text(value, field)
    if how not in _HOW_GIVEN:
        raise f.bad(field, translate("StoreLedger",
                "not one of: electronic, verbal, written"))
    return how


CONSENT_FIELDS: dict[str, f.Coercer] = {
    "recipient": f.text,
    "categories": f.categories,
    "purpose": f.text,
    "granted": f.day,
    "expires": f.opt_day,
    "revoked": f.opt_day,
    "how_given": _how_given,
    "notes": f.opt_text,
}


def check_document(data: object, media_type: object) -> None:
    """Refuse empty, oversized or mislabelled files before anything is written."""
    if not isinstance(media_type, str) or media_type not in MAGIC:
        allowed = ", ".join(sorted(MAGIC))
        raise f.bad("media_type", fill(translate("StoreLedger",
                "%1 is not one of: %2"),
                f.shown(media_type), allowed))
    if not isinstance(data, bytes | bytearray) or not data:
        raise f.bad("data", translate("StoreLedger",
                "the file is empty"))
    if len(data) > MAX_DOCUMENT_BYTES:
        raise f.bad("data", translate("StoreLedger",
                "the file is larger than 100 MB"))
    if not bytes(data).startswith(MAGIC[media_type]):
        raise f.bad("data", fill(translate("StoreLedger",
                "the file is not a %1 file"),
                media_type))


class LedgerMixin(StoreBase):
    """Consents and documents."""

    def add_consent(
        self, case_id: int, recipient: str, categories: Iterable[r.Category | str], purpose: str,
        granted: date | str, **fields: object,
    ) -> r.Consent:
        """Record a consent: recipient x categories x purpose, from ``granted``."""
        given = {"recipient": recipient, "categories": categories, "purpose": purpose,
                 "granted": granted, **fields}
        clean = f.clean(given, CONSENT_FIELDS, "a consent")
        if clean.get("expires") is not None and clean["expires"] < clean["granted"]:
            raise f.bad("expires", translate("StoreLedger",
                    "must not be before the date consent was granted"))
        if clean.get("revoked") is not None and clean["revoked"] < clean["granted"]:
            raise f.bad("revoked", translate("StoreLedger",
                    "must not be before the date consent was granted"))
        with self._write() as s:
            self._require(s, CaseRow, case_id)  # exists: nothing of it is read
            row = ConsentRow(case_id=case_id, **convert.columns(clean))
            s.add(row)
            s.flush()
            self._audit(s, "consent.add", "consents", row.id, case_id)
            return convert.consent(row)

    def revoke_consent(self, consent_id: int, on: date | str) -> r.Consent:
        """Revoke a consent from ``on``; it is never used again from that day."""
        on = f.day(on, "on")
        with self._write() as s:
            row = self._get(s, ConsentRow, consent_id)
            if row.revoked is not None:
                raise f.bad("on", translate("StoreLedger",
                        "this consent is already revoked"))
            if on.isoformat() < row.granted:
                raise f.bad("on", translate("StoreLedger",
                        "must not be before the date consent was granted"))
            row.revoked = on.isoformat()
            self._audit(s, "consent.revoke", "consents", row.id, row.case_id)
            return convert.consent(row)

    def update_consent(self, consent_id: int, **fields: object) -> r.Consent:
        """Correct a consent; a revoked one, or terms a disclosure relied on, keep all but notes.

        Revoking goes through ``revoke_consent`` (and is never undone here).
        """
        expected = self._expected_version(fields)
        if "revoked" in fields:
            raise f.bad("revoked", translate("StoreLedger",
                    "use revoke_consent to revoke; a revocation cannot be undone"))
        clean = f.clean(fields, CONSENT_FIELDS, "a consent")
        with self._write() as s:
            row = self._get(s, ConsentRow, consent_id)
            self._check_version(row, expected, convert.consent)
            terms = sorted(set(clean) - {"notes", "expires"})
            if row.revoked is not None and set(clean) - {"notes"}:
                raise f.bad(min(set(clean) - {"notes"}),
                            translate("StoreLedger",
                        "a revoked consent cannot be changed (only its notes)"))
            if terms and self._disclosed_under(s, row):
                raise f.bad(terms[0], translate("StoreLedger",
                        "a disclosure was made under this consent; record a new consent instead "
                        "of changing its terms"))
            current = convert.consent(row)
            granted = clean.get("granted", current.granted)
            expires = clean.get("expires", current.expires)
            if expires is not None and expires < granted:
                raise f.bad("expires" if "expires" in clean else "granted",
                            translate("StoreLedger",
                        "the consent would expire before it was granted"))
            for name, value in convert.columns(clean).items():
                setattr(row, name, value)
            self._audit(s, "consent.update", "consents", row.id, row.case_id)
            return convert.consent(row)

    @staticmethod
    def _disclosed_under(s: Session, row: ConsentRow) -> bool:
        """True when a disclosure of the consent's case names this consent."""
        query = select(DisclosureRow.consent_ids).where(DisclosureRow.case_id == row.case_id)
        return any(row.id in json.loads(ids) for ids in s.scalars(query))

    def list_consents(self, case_id: int) -> list[r.Consent]:
        """The consent ledger of one case, oldest first."""
        with self._read() as s:
            self._require(s, CaseRow, case_id)
            query = convert.CONSENT.select().where(ConsentRow.case_id == case_id).order_by(ConsentRow.id)
            return convert.CONSENT.from_rows(s.execute(query))

    def add_document(
        self, case_id: int, category: r.Category | str, title: str, data: bytes, media_type: str,
        doc_date: date | str | None = None,
    ) -> r.Document:
        """Store a PDF, PNG or JPEG inside the vault."""
        clean = f.clean(
            {"category": category, "title": title, "doc_date": doc_date},
            {"category": f.record_category, "title": f.text, "doc_date": f.opt_day},
            "a document",
        )
        check_document(data, media_type)
        blob = bytes(data)
        with self._write() as s:
            self._require(s, CaseRow, case_id)  # exists: nothing of it is read
            row = DocumentRow(
                case_id=case_id,
                media_type=media_type,
                size=len(blob),
                sha256=hashlib.sha256(blob).hexdigest(),
                data=blob,
                **convert.columns(clean),
            )
            s.add(row)
            s.flush()
            self._audit(s, "document.add", "documents", row.id, case_id)
            return convert.document(row)

    def document_bytes(self, document_id: int) -> bytes:
        """The bytes of one document."""
        with self._read() as s:
            return bytes(self._get(s, DocumentRow, document_id).data)

    def list_documents(self, case_id: int) -> list[r.Document]:
        """The documents of one case (metadata only), oldest first."""
        with self._read() as s:
            self._require(s, CaseRow, case_id)
            query = convert.DOCUMENT.select().where(DocumentRow.case_id == case_id).order_by(DocumentRow.id)
            return convert.DOCUMENT.from_rows(s.execute(query))

    def _consents_of(self, s: Session, case_id: int, consent_ids: tuple[int, ...]) -> None:
        """Every consent id must be a consent of this case."""
        if not consent_ids:
            return
        found = set(s.scalars(select(ConsentRow.id).where(
            ConsentRow.id.in_(consent_ids), ConsentRow.case_id == case_id
        )))
        missing = set(consent_ids) - found
        if missing:
            raise InvalidInput(
                fill(translate("StoreLedger",
                    "consent_ids: %1 is not a consent of this case"),
                    min(missing)), field="consent_ids"
            )
