"""Headless packet export: plan by consent, render in memory, write atomically, log the disclosure."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from models.errors import InvalidInput
from models.records import ConsentStatus


def make_packet(store: Any, case_ref: str, *, kind: str, recipient: str, purpose: str | None,
                matter_ref: str | None, out: Path, password: str | None, compelled: str | None,
                today: date, prepared_by: str, bates_prefix: str = "WB",
                pad_even: bool = False, now: datetime | None = None) -> dict[str, Any]:
    """Build one packet to ``out`` and record its disclosure in the same transaction."""
    from exports.packet_job import PacketRequest, gather, plan_for, render, write_and_record

    if out.suffix.lower() != ".pdf":
        raise InvalidInput(f"--out must name a .pdf file (got {out.name!r}).")
    if not out.parent.is_dir():
        raise InvalidInput(f"The folder {out.parent} does not exist; create it first.")
    now = now or datetime.now(ZoneInfo("UTC"))
    records = gather(store, store.get_case_by_ref(case_ref).id)
    request = PacketRequest(kind=kind, recipient=recipient,
                            purpose=purpose or _only_purpose(records.consents, recipient, today),
                            matter_ref=matter_ref, legal_basis=compelled, password=password,
                            bates_prefix=bates_prefix, pad_even=pad_even)
    plan = plan_for(records, request, today)
    result = render(store, plan, request, now=now, prepared_by=prepared_by)
    outcome = write_and_record(store, plan, result, out, today=today, prepared_by=prepared_by)
    return summary(plan, result, outcome.disclosure_id)


def _only_purpose(consents: Any, recipient: str, today: date) -> str:
    """The purpose of the recipient's active consents when there is exactly one."""
    from exports.consent_gate import same_party_key

    wanted = same_party_key(recipient)
    purposes = sorted({c.purpose for c in consents
                       if same_party_key(c.recipient) == wanted
                       and c.status(today) is ConsentStatus.ACTIVE})
    if len(purposes) == 1:
        return purposes[0]
    if not purposes:
        return "(no purpose given)"  # the plan then withholds everything and says why
    raise InvalidInput("Say which purpose with --purpose: this recipient has consents for "
                       + "; ".join(repr(p) for p in purposes) + ".")


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
