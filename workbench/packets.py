"""Headless packet export: plan by consent, render in memory, write atomically, log the disclosure."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from models.errors import InvalidInput
from models.records import Category, EventKind, Owner

INFORM_SURVIVOR_DAYS = 7


def plan_for(store: Any, case_ref: str, *, kind: str, recipient: str, purpose: str | None,
             matter_ref: str | None, compelled: str | None, today: date) -> Any:
    """What this recipient may receive from the case, and what is withheld and why."""
    from exports.consent_gate import plan_packet

    case = store.get_case_by_ref(case_ref)
    consents = store.list_consents(case.id)
    purpose = purpose or _only_purpose(consents, recipient, today)
    return plan_packet(
        kind, case, recipient=recipient, purpose=purpose, today=today,
        consents=consents, events=store.list_events(case_id=case.id),
        matters=store.list_matters(case.id), documents=store.list_documents(case.id),
        goals=store.list_goals(case.id), referrals=store.list_referrals(case.id),
        compelled_legal_basis=compelled, matter_ref=matter_ref)


def _only_purpose(consents: list[Any], recipient: str, today: date) -> str:
    """The purpose of the recipient's active consents when there is exactly one."""
    from models.records import ConsentStatus

    wanted = " ".join(recipient.split()).casefold()
    purposes = sorted({c.purpose for c in consents
                       if " ".join(c.recipient.split()).casefold() == wanted
                       and c.status(today) is ConsentStatus.ACTIVE})
    if len(purposes) == 1:
        return purposes[0]
    if not purposes:
        return "(no purpose given)"  # the plan then withholds everything and says why
    raise InvalidInput("Say which purpose with --purpose: this recipient has consents for "
                       + "; ".join(repr(p) for p in purposes) + ".")


def make_packet(store: Any, case_ref: str, *, kind: str, recipient: str, purpose: str | None,
                matter_ref: str | None, out: Path, password: str | None, compelled: str | None,
                today: date, prepared_by: str, bates_prefix: str = "WB",
                pad_even: bool = False, now: datetime | None = None) -> dict[str, Any]:
    """Build one packet to ``out`` and record its disclosure in the same transaction."""
    from exports.atomic import write_atomically
    from exports.packet import build_packet

    if out.suffix.lower() != ".pdf":
        raise InvalidInput(f"--out must name a .pdf file (got {out.name!r}).")
    if not out.parent.is_dir():
        raise InvalidInput(f"The folder {out.parent} does not exist; create it first.")
    now = now or datetime.now(ZoneInfo("UTC"))
    plan = plan_for(store, case_ref, kind=kind, recipient=recipient, purpose=purpose,
                    matter_ref=matter_ref, compelled=compelled, today=today)
    doc_bytes = {d.id: store.document_bytes(d.id) for d in plan.records(_document_type())}
    result = build_packet(plan, now=now, prepared_by=prepared_by, document_bytes=doc_bytes,
                          bates_prefix=bates_prefix, pad_even=pad_even, password=password)
    with store.transaction():
        disclosure = store.record_disclosure(
            plan.case.id, plan.recipient, plan.purpose, plan.categories, plan.record_ids,
            plan.consent_ids, result.sha256, legal_basis=plan.legal_basis)
        if plan.compelled:
            _inform_survivor_task(store, plan.case.id, today, prepared_by)
        # the file is written inside the transaction: if writing fails, no disclosure is logged
        write_atomically(out, result.data)
    return summary(plan, result, disclosure.id)


def _document_type() -> type:
    from models.records import Document

    return Document


def _inform_survivor_task(store: Any, case_id: int, today: date, owner: str) -> None:
    store.add_event(case_id, EventKind.TASK, "Inform the survivor of a compelled release",
                    Category.IDENTITY, due=today + timedelta(days=INFORM_SURVIVOR_DAYS),
                    all_day=True, owner=Owner.CLIENT, assigned_to=owner)


def summary(plan: Any, result: Any, disclosure_id: int) -> dict[str, Any]:
    """The `packet --json` shape."""
    return {
        "pages": result.pages,
        "sha256": result.sha256,
        "disclosure_id": disclosure_id,
        "included": [{"category": str(c), "records": len(plan.included[c])} for c in plan.categories],
        "withheld": [{"category": str(w.category), "reason": str(w.reason),
                      "records": len(w.record_ids)} for w in plan.withheld],
        "compelled": plan.compelled,
    }
