"""The people around a case: its interpreter, certifying official, attorney, clinician…

A case's contacts are listed with the shared ones (a court, say: ``case_id`` None), which
belong to every case and are changed elsewhere; here only the case's own are changed.
Adding one is ``care.add_contact`` (with the case's id): one use case, one place.
"""

from __future__ import annotations

from typing import Any

from models.errors import NotFound
from models.i18n import fill, translate
from models.records import Contact
from workbench.operations import policy
from workbench.operations.changes import Changes, Done, Kind
from workbench.operations.context import Context
from workbench.operations.policy import Action


def contacts_for(ctx: Context, *, case_id: int, shared: bool = False) -> list[Contact]:
    """The case's own contacts, oldest first (with ``shared``, the shared ones after them)."""
    policy.require(ctx, Action.READ)
    found = ctx.store.list_contacts(case_id)
    own = [c for c in found if c.case_id == case_id]
    return own + [c for c in found if c.case_id is None] if shared else own


def _own(ctx: Context, case_id: int, contact_id: int) -> Contact:
    found = next((c for c in ctx.store.list_contacts(case_id)
                  if c.id == contact_id and c.case_id == case_id), None)
    if found is None:
        raise NotFound(fill(translate("Contacts",
                "There is no contact with id %1 in this case."),
                repr(contact_id)))
    return found


def update_contact(ctx: Context, *, case_id: int, contact_id: int, version: int | None = None,
                   **fields: Any) -> Done[Contact]:
    """Change a contact of the case (kind, name, organisation, phone, email, language);
    ``version``: as read (Conflict when someone changed it since)."""
    policy.require(ctx, Action.INTAKE)
    _own(ctx, case_id, contact_id)
    contact = ctx.store.update_contact(contact_id, version=version, **fields)
    return Done(contact, Changes.of(Kind.CASES, case_id=case_id))


def remove_contact(ctx: Context, *, case_id: int, contact_id: int) -> Done[int]:
    """Delete a contact of the case."""
    policy.require(ctx, Action.INTAKE)
    _own(ctx, case_id, contact_id)
    ctx.store.delete_contact(contact_id)
    return Done(contact_id, Changes.of(Kind.CASES, case_id=case_id))
