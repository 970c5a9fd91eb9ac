"""Disclosure log and audit trail: hash-chained, appended only, verifiable."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import select

from models import chain
from models import records as r
from models import store_convert as convert
from models import store_fields as f
from models.i18n import translate
from models.rows import AuditRow, CaseRow, ChainHeadRow, DisclosureRow
from models.store_ledger import LedgerMixin

DISCLOSURE_FIELDS: dict[str, f.Coercer] = {
    "recipient": f.text,
    "purpose": f.text,
    "categories": f.categories,
    "record_ids": f.texts,
    "consent_ids": f.ids,
    "packet_sha256": f.sha256_hex,
    "legal_basis": f.opt_text,
}
_CHAINS = (("audit", AuditRow, chain.AUDIT_FIELDS), ("disclosure", DisclosureRow, chain.DISCLOSURE_FIELDS))


class AuditMixin(LedgerMixin):
    """Disclosures and the audit trail."""

    def record_disclosure(
        self, case_id: int, recipient: str, purpose: str, categories: Iterable[r.Category | str],
        record_ids: Iterable[str], consent_ids: Iterable[int], packet_sha256: str,
        legal_basis: str | None = None,
    ) -> r.Disclosure:
        """Log one export, print or share (HIPAA 164.528 fields) on the disclosure chain.

        The packet writer hashes the packet first, then calls this inside
        ``store.transaction()`` together with whatever else must be written with it.
        Without any consent a legal basis (subpoena, court order) is required.
        """
        given = {"recipient": recipient, "purpose": purpose, "categories": categories,
                 "record_ids": record_ids, "consent_ids": consent_ids,
                 "packet_sha256": packet_sha256, "legal_basis": legal_basis}
        clean = f.clean(given, DISCLOSURE_FIELDS, "a disclosure")
        if not clean["consent_ids"] and clean["legal_basis"] is None:
            raise f.bad("legal_basis", translate("StoreAudit",
                    "a disclosure without consent needs a legal basis"))
        with self._write() as s:
            self._require(s, CaseRow, case_id)  # exists: nothing of it is read
            self._consents_of(s, case_id, clean["consent_ids"])
            fields = {
                "at": convert.utc_text(self._now()), "user": self.actor, "case_id": case_id,
                **convert.columns({name: clean[name] for name in DISCLOSURE_FIELDS}),
            }
            row = self._append(s, "disclosure", DisclosureRow, fields)
            self._audit(s, "disclosure.add", "disclosures", row.id, case_id)
            return convert.disclosure(row)

    def list_disclosures(self, case_id: int | None = None) -> list[r.Disclosure]:
        """The disclosure log (of one case, or all), oldest first."""
        query = convert.DISCLOSURE.select().order_by(DisclosureRow.id)
        if case_id is not None:
            query = query.where(DisclosureRow.case_id == case_id)
        with self._read() as s:
            return convert.DISCLOSURE.from_rows(s.execute(query))

    def list_audit(self, case_id: int | None = None) -> list[r.AuditEntry]:
        """The audit trail (of one case, or all), oldest first."""
        query = convert.AUDIT.select().order_by(AuditRow.id)
        if case_id is not None:
            query = query.where(AuditRow.case_id == case_id)
        with self._read() as s:
            return convert.AUDIT.from_rows(s.execute(query))

    def audit_origin(self) -> str | None:
        """The hash of the first audit entry: fixed for the store's whole life (the chain never
        changes its first link), read as one row; None while nothing was written."""
        with self._read() as s:
            return s.execute(select(AuditRow.hash).order_by(AuditRow.id).limit(1)).scalar()

    def carry_audit(self, entries: Sequence[r.AuditEntry],
                    ids: Mapping[tuple[str, int], int]) -> int:
        """Append another store's audit entries (a push into a hub, a pull out of one).

        Each keeps its original time, user and action (as ``carried.<action>``), with its ids
        mapped to this store's through ``ids`` ((table, old id) -> new id; unmapped -> None).
        One closing entry ``audit.carry`` by the acting user follows them: on a hub it is the
        signed one, and its hash chains over every carried entry. Returns how many.
        """
        rows = []
        for e in entries:
            action = e.action if e.action.startswith("carried.") else f"carried.{e.action}"
            rows.append({
                "at": convert.utc_text(e.at), "user": e.user, "action": action[:48],
                "entity": e.entity,
                "entity_id": None if e.entity_id is None else ids.get((e.entity, e.entity_id)),
                "case_id": None if e.case_id is None else ids.get(("cases", e.case_id))})
        if not rows:
            return 0
        with self._write() as s:
            self._append_audit_many(s, rows)
            self._audit(s, "audit.carry", "audit", None, None)
        return len(rows)

    def verify_chains(self) -> list[str]:
        """Problems in the audit and disclosure chains; empty when both are intact."""
        problems: list[str] = []
        with self._read() as s:
            for name, row_type, fields in _CHAINS:
                table = row_type.__table__
                rows = list(s.execute(select(table).order_by(table.c.id)).mappings())
                head_row = s.get(ChainHeadRow, name, populate_existing=True)
                head = None if head_row is None else (head_row.length, head_row.last_hash)
                problems.extend(chain.verify(name, rows, fields, head))
                problems.extend(_signature_problems(name, rows, self._check_signature))
        return problems


def _signature_problems(name: str, rows: list[Any],
                        check: Callable[[str, str, str | None], str | None] | None) -> list[str]:
    """A vault's entries carry no signature. A hub's are each signed by their author — or, in
    a batch, unsigned entries followed by a signed one of the same author and time, whose
    signed hash chains over them all."""
    if check is None:
        return [f"{name}: row {row['id']} carries a signature, which a local vault never writes"
                for row in rows if row["signature"] is not None]
    problems: list[str] = []
    run: list[Any] = []

    def unsigned(entries: list[Any]) -> list[str]:
        return [f"{name}: row {r['id']} is not signed (every hub entry is)" for r in entries]

    for row in rows:
        carried = bool(run) and all(r["action"].startswith("carried.") for r in run)
        if run and row["signature"] is None and carried and row["action"].startswith("carried."):
            run.append(row)  # entries carried from another store: closed by audit.carry
            continue
        closes = carried and row["action"] == "audit.carry" and row["signature"] is not None
        if run and not closes and (run[-1]["user"], run[-1]["at"]) != (row["user"], row["at"]):
            problems.extend(unsigned(run))
            run = []
        if row["signature"] is None:
            run.append(row)
            continue
        run = []
        found = check(row["user"], row["hash"], row["signature"])
        if found:
            problems.append(f"{name}: row {row['id']} {found}")
    problems.extend(unsigned(run))
    return problems
