"""A case's details beyond intake: safe addresses per filing and the staff assigned to it.

A safe address is the address to print on one filing (e.g. the I-914) instead of the
survivor's confidential one. Assigned staff are user names of this vault's key slots.
Each change is an intake change (``Action.INTAKE``) and touches only that case.
"""

from __future__ import annotations

from collections.abc import Sequence

from models.errors import InvalidInput, NotFound
from models.i18n import fill, translate
from models.records import Case, SafeAddress
from workbench.operations import policy
from workbench.operations.changes import Changes, Done, Kind
from workbench.operations.context import Context
from workbench.operations.policy import Action


def safe_addresses_for(ctx: Context, *, case_id: int) -> list[SafeAddress]:
    """The case's safe addresses, oldest first."""
    policy.require(ctx, Action.READ)
    return list(ctx.store.get_case(case_id).safe_addresses)


def _own_address(ctx: Context, case_id: int, address_id: int) -> SafeAddress:
    found = next((a for a in ctx.store.get_case(case_id).safe_addresses if a.id == address_id),
                 None)
    if found is None:
        raise NotFound(fill(translate("CaseDetails",
                "There is no safe address with id %1 in this case."),
                repr(address_id)))
    return found


def add_safe_address(ctx: Context, *, case_id: int, filing: str,
                     address: str) -> Done[SafeAddress]:
    """The address to print instead of the confidential one on ``filing``."""
    policy.require(ctx, Action.INTAKE)
    safe = ctx.store.add_safe_address(case_id, filing, address)
    return Done(safe, Changes.of(Kind.CASES, case_id=case_id))


def update_safe_address(ctx: Context, *, case_id: int, address_id: int, filing: str,
                        address: str, version: int | None = None) -> Done[SafeAddress]:
    """Change which filing a safe address is for, or the address itself (``version``: as
    read; Conflict when someone changed it since)."""
    policy.require(ctx, Action.INTAKE)
    _own_address(ctx, case_id, address_id)
    safe = ctx.store.update_safe_address(address_id, filing=filing, address=address,
                                         version=version)
    return Done(safe, Changes.of(Kind.CASES, case_id=case_id))


def remove_safe_address(ctx: Context, *, case_id: int, address_id: int) -> Done[int]:
    """Delete one safe address of the case."""
    policy.require(ctx, Action.INTAKE)
    _own_address(ctx, case_id, address_id)
    ctx.store.delete_safe_address(address_id)
    return Done(address_id, Changes.of(Kind.CASES, case_id=case_id))


def assign_staff(ctx: Context, *, case_id: int, users: Sequence[str]) -> Done[Case]:
    """Set who works on the case: user names of this vault, in the order given."""
    policy.require(ctx, Action.INTAKE)
    known = {u.name for u in ctx.vault.users()}
    chosen = list(dict.fromkeys(name.strip() for name in users if name.strip()))
    unknown = [name for name in chosen if name not in known]
    if unknown:
        raise InvalidInput(fill(translate("CaseDetails",
                "assigned_to: %1 is not a user of this vault"),
                ', '.join(unknown)),
                           field="assigned_to")
    case = ctx.store.update_case(case_id, assigned_to=tuple(chosen))
    return Done(case, Changes.of(Kind.CASES, case_id=case_id))
