"""Intake: open a case (only a display name is required) and change its intake fields."""

from __future__ import annotations

from typing import Any

from models.records import Case
from workbench.operations import policy
from workbench.operations.changes import Changes, Done, Kind
from workbench.operations.context import Context
from workbench.operations.policy import Action


def add_case(ctx: Context, *, display_name: str, **fields: Any) -> Done[Case]:
    """Open a case; every other intake field is optional and editable later."""
    policy.require(ctx, Action.INTAKE)
    case = ctx.store.add_case(display_name, **fields)
    return Done(case, Changes.of(Kind.CASES, case_id=case.id))


def update_case(ctx: Context, *, case_id: int, version: int | None = None,
                **fields: Any) -> Done[Case]:
    """Change intake fields (language, safe contact, confidential address, jurisdiction…).

    Recorded triggers keep the forum they were recorded under (the trigger names its court),
    so a new jurisdiction changes the default for the next trigger, not past deadlines.
    ``version`` (the version the editor read): Conflict when someone changed it since.
    """
    policy.require(ctx, Action.INTAKE)
    case = ctx.store.update_case(case_id, version=version, **fields)
    return Done(case, Changes.of(Kind.CASES, case_id=case_id))


def add_safe_address(ctx: Context, *, case_id: int, filing: str, address: str) -> Done[Any]:
    """The address to print instead of a confidential one on a given filing."""
    policy.require(ctx, Action.INTAKE)
    safe = ctx.store.add_safe_address(case_id, filing, address)
    return Done(safe, Changes.of(Kind.CASES, case_id=case_id))
