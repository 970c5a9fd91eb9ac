"""Cases, safe addresses and matters."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Select, Text, func, select, type_coerce
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from models import field_cipher as fc
from models import records as r
from models import store_convert as convert
from models import store_fields as f
from models.errors import InvalidInput, NotFound
from models.i18n import fill, translate
from models.rows import CaseRow, MatterRow, SafeAddressRow
from models.store_base import StoreBase

CASE_FIELDS: dict[str, f.Coercer] = {
    "display_name": f.text,
    "legal_name": f.opt_text,
    "pronouns": f.opt_text,
    "date_of_birth": f.opt_day,
    "languages": f.texts,
    "interpreter_language": f.opt_text,
    "safe_contact": f.opt_text,
    "confidential_address": f.flag,
    "address": f.opt_text,
    "jurisdiction": f.opt_text,
    "assigned_to": f.texts,
    "notes": f.opt_text,
}
MATTER_FIELDS: dict[str, f.Coercer] = {
    "kind": f.enum(r.MatterKind),
    "title": lambda v, n: f.opt_text(v, n) or "",
    "court": f.opt_text,
    "case_number": f.opt_text,
    "jurisdiction": f.opt_text,
    "notes": f.opt_text,
}
SAFE_ADDRESS_FIELDS: dict[str, f.Coercer] = {"filing": f.text, "address": f.text}
_CASE_REF = re.compile(r"C-(\d{4,})")


def all_cases(s: Session) -> list[r.Case]:
    """Every case by ref: two plain queries, no ORM objects (the caseload reads 20,000+)."""
    read = s.connection().execute  # Core: no ORM result machinery for plain columns
    by_case, decode, none = _addresses_by_case(read(_ADDRESSES)), convert.CASE.decode, ()
    query = convert.CASE.select().order_by(CaseRow.ref)
    return [decode(v, by_case.get(v[0], none)) for v in read(query).all()]  # one fetchall


_ADDRESSES = convert.SAFE_ADDRESS.select().order_by(SafeAddressRow.id)
_CASE_TYPES = [CaseRow.__table__.c[name].type for name in convert.CASE.names]
# on a hub: every case's columns as stored, in no order (hub_cases decrypts and sorts)
_STORED_CASES = select(*(type_coerce(c, Text) if isinstance(t, fc.Sealed) else c
                         for c, t in zip(convert.CASE.columns, _CASE_TYPES, strict=True)))
if convert.CASE.names[0] != "id":
    raise RuntimeError("hub_cases reads a case's id as the first column of convert.CASE")


def hub_case_queries() -> list[Select[*tuple[Any, ...]]]:
    """The queries of ``hub_cases``: every safe address, every case (sealed: as stored)."""
    return [_ADDRESSES, _STORED_CASES]


def hub_cases(dialect: Dialect, addresses: Iterable[Sequence[Any]],
              cases: list[Sequence[Any]]) -> list[r.Case]:
    """Every case by ref from the rows of ``hub_case_queries()`` (addresses decrypted).

    The server neither sorts nor prefixes: ORDER BY ref under the hub's collation (strcoll:
    a libc locale, even C.UTF-8) took it longer than reading the rows, and each sealed value
    is decrypted with the id read in its own row (``Sealed.stored_opener``) -- the row id the
    server holds, as the column expression's ``id || ':' || column`` gives it. The order is
    the vault's (SQLite compares refs by code point); a ref is C-NNNN, which every collation
    orders alike.
    """
    sealed = [(i, t.stored_opener(dialect, envelopes=False))
              for i, t in enumerate(_CASE_TYPES)
              if isinstance(t, fc.Sealed)]
    by_case, decode, none = _addresses_by_case(addresses), convert.CASE.decode, ()
    cases.sort(key=itemgetter(_REF))
    out = []
    for row in cases:
        v = list(row)
        key = v[0]
        for i, open_stored in sealed:
            value = v[i]
            if value is not None:
                v[i] = open_stored(key, value)
        out.append(decode(v, by_case.get(key, none)))
    return out


_REF = convert.CASE.names.index("ref")


def _addresses_by_case(found: Iterable[Sequence[Any]]) -> dict[int, tuple[r.SafeAddress, ...]]:
    grouped: dict[int, list[r.SafeAddress]] = {}
    for a in convert.SAFE_ADDRESS.from_rows(found):
        grouped.setdefault(a.case_id, []).append(a)
    return {k: tuple(v) for k, v in grouped.items()}


class CasesMixin(StoreBase):
    """Cases, safe addresses and matters."""

    def add_case(self, display_name: str, *, ref: str | None = None, **fields: object) -> r.Case:
        """Open a case; only a display name is required. ``ref`` is kept when free."""
        clean = f.clean({"display_name": display_name, **fields}, CASE_FIELDS, "a case")
        with self._write() as s:
            row = CaseRow(
                ref=self._case_ref(s, ref),
                created_at=convert.utc_text(self._now()),
                **convert.columns(clean),
            )
            s.add(row)
            s.flush()
            self._audit(s, "case.add", "cases", row.id, row.id)
            return convert.case(row)

    def update_case(self, case_id: int, **fields: object) -> r.Case:
        """Change any case fields (not the ref)."""
        expected = self._expected_version(fields)
        clean = f.clean(fields, CASE_FIELDS, "a case")
        with self._write() as s:
            row = self._get(s, CaseRow, case_id)
            self._check_version(row, expected, convert.case)
            for name, value in convert.columns(clean).items():
                setattr(row, name, value)
            self._audit(s, "case.update", "cases", row.id, row.id)
            return convert.case(row)

    def get_case(self, case_id: int) -> r.Case:
        """The case with this id."""
        with self._read() as s:
            return convert.case(self._get(s, CaseRow, case_id))

    def get_case_by_ref(self, ref: str) -> r.Case:
        """The case with this reference (e.g. C-0001)."""
        with self._read() as s:
            row = s.scalar(select(CaseRow).where(CaseRow.ref == ref.strip().upper()))
            if row is None:
                raise NotFound(fill(translate("StoreCases",
                        "There is no case %1."),
                        repr(ref.strip())))
            return convert.case(row)

    def list_cases(self) -> list[r.Case]:
        """Every case, by reference."""
        with self._read() as s:
            return all_cases(s)

    def add_safe_address(self, case_id: int, filing: str, address: str) -> r.SafeAddress:
        """The address to print on one filing instead of the confidential one."""
        filing, address = f.text(filing, "filing"), f.text(address, "address")
        with self._write() as s:
            self._require(s, CaseRow, case_id)  # exists: nothing of it is read
            row = SafeAddressRow(case_id=case_id, filing=filing, address=address)
            s.add(row)
            s.flush()
            self._audit(s, "safe_address.add", "safe_addresses", row.id, case_id)
            return convert.safe_address(row)

    def update_safe_address(self, address_id: int, **fields: object) -> r.SafeAddress:
        """Change the filing or the address of one safe address (not its case)."""
        expected = self._expected_version(fields)
        if "case_id" in fields:
            raise f.bad("case_id", translate("StoreCases",
                    "a safe address cannot move to another case; add a new one"))
        clean = f.clean(fields, SAFE_ADDRESS_FIELDS, "a safe address")
        with self._write() as s:
            row = self._safe_address(s, address_id)
            self._check_version(row, expected, convert.safe_address)
            for name, value in clean.items():
                setattr(row, name, value)
            self._audit(s, "safe_address.update", "safe_addresses", row.id, row.case_id)
            return convert.safe_address(row)

    def delete_safe_address(self, address_id: int) -> None:
        """Delete one safe address; the filing then has none until another is added."""
        with self._write() as s:
            row = self._safe_address(s, address_id)
            case_id = row.case_id
            s.delete(row)
            self._audit(s, "safe_address.delete", "safe_addresses", address_id, case_id)

    def _safe_address(self, s: Session, address_id: object) -> SafeAddressRow:
        row = (s.get(SafeAddressRow, address_id)
               if isinstance(address_id, int) and not isinstance(address_id, bool) else None)
        if row is None:
            raise NotFound(fill(translate("StoreCases",
                    "There is no safe address with id %1."),
                    repr(address_id)))
        return row

    def add_matter(self, case_id: int, kind: r.MatterKind | str, **fields: object) -> r.Matter:
        """Add a legal matter; its ref is M-<case number>-<n>."""
        clean = f.clean({"kind": kind, **fields}, MATTER_FIELDS, "a matter")
        with self._write() as s:
            case = self._get(s, CaseRow, case_id)
            row = MatterRow(
                case_id=case_id,
                ref=self._matter_ref(s, case),
                **convert.columns(clean),
            )
            s.add(row)
            s.flush()
            self._audit(s, "matter.add", "matters", row.id, case_id)
            return convert.matter(row)

    def update_matter(self, matter_id: int, **fields: object) -> r.Matter:
        """Change a matter's kind, title, court, case number, jurisdiction or notes (not its ref)."""
        expected = self._expected_version(fields)
        clean = f.clean(fields, MATTER_FIELDS, "a matter")
        with self._write() as s:
            row = self._get(s, MatterRow, matter_id)
            self._check_version(row, expected, convert.matter)
            for name, value in convert.columns(clean).items():
                setattr(row, name, value)
            self._audit(s, "matter.update", "matters", row.id, row.case_id)
            return convert.matter(row)

    def delete_matter(self, matter_id: int) -> None:
        """Delete a matter; its events and triggers stay on the case, unlinked."""
        with self._write() as s:
            row = self._get(s, MatterRow, matter_id)
            case_id = row.case_id
            s.delete(row)
            self._audit(s, "matter.delete", "matters", matter_id, case_id)

    def list_matters(self, case_id: int) -> list[r.Matter]:
        """The matters of one case, oldest first."""
        with self._read() as s:
            self._require(s, CaseRow, case_id)
            query = convert.MATTER.select().where(MatterRow.case_id == case_id).order_by(MatterRow.id)
            return convert.MATTER.from_rows(s.execute(query))

    def get_matter_by_ref(self, ref: str) -> r.Matter:
        """The matter with this reference (e.g. M-0001-1)."""
        with self._read() as s:
            row = s.scalar(select(MatterRow).where(MatterRow.ref == ref.strip().upper()))
            if row is None:
                raise NotFound(fill(translate("StoreCases",
                        "There is no matter %1."),
                        repr(ref.strip())))
            return convert.matter(row)

    def _case_ref(self, s: Session, wanted: str | None) -> str:
        """``wanted`` when well-formed and free, else the next free C-NNNN."""
        if wanted is not None:
            wanted = wanted.strip().upper()
            if not _CASE_REF.fullmatch(wanted):
                raise InvalidInput(translate("StoreCases",
                        "ref: not a case reference (use the form C-0001)"), field="ref")
            if s.scalar(select(CaseRow.id).where(CaseRow.ref == wanted)) is None:
                return wanted
        # count up from the newest id: index lookups only, however many cases there are
        number = (s.scalar(select(func.max(CaseRow.id))) or 0) + 1
        while s.scalar(select(CaseRow.id).where(CaseRow.ref == f"C-{number:04d}")) is not None:
            number += 1
        return f"C-{number:04d}"

    def _matter_ref(self, s: Session, case: CaseRow) -> str:
        count = s.scalar(select(func.count()).where(MatterRow.case_id == case.id)) or 0
        number = case.ref.removeprefix("C-")
        while True:
            count += 1
            ref = f"M-{number}-{count}"
            if s.scalar(select(MatterRow.id).where(MatterRow.ref == ref)) is None:
                return ref
