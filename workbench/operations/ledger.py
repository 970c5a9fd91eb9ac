"""Reading the ledgers of a case: consents, disclosures, documents and the audit trail."""

from __future__ import annotations

from models.records import AuditEntry, Consent, Disclosure
from workbench.operations import policy
from workbench.operations.context import Context
from workbench.operations.policy import Action
from workbench.operations.views import case_of


def consents_for(ctx: Context, *, case_id: int | None = None,
                 case_ref: str | None = None) -> list[Consent]:
    """The case's consent ledger, oldest first."""
    policy.require(ctx, Action.READ)
    return ctx.store.list_consents(case_of(ctx, case_id=case_id, case_ref=case_ref).id)


def disclosures_for(ctx: Context, *, case_id: int | None = None,
                    case_ref: str | None = None) -> list[Disclosure]:
    """What left the vault about this case, to whom, why and under which consent or basis."""
    policy.require(ctx, Action.READ)
    return ctx.store.list_disclosures(case_of(ctx, case_id=case_id, case_ref=case_ref).id)


def audit_for(ctx: Context, *, case_id: int | None = None) -> list[AuditEntry]:
    """The audit trail (ids and actions only) of one case, or of the vault."""
    policy.require(ctx, Action.READ)
    return ctx.store.list_audit(case_id)


def verify_chains(ctx: Context) -> list[str]:
    """Problems found in the audit and disclosure chains (empty when intact)."""
    policy.require(ctx, Action.READ)
    return ctx.store.verify_chains()
