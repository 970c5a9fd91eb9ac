"""Consents, documents, matters, referrals and care-plan goals of one case."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from exports.template import matter_category
from models.errors import NotFound
from models.records import (
    Category,
    Consent,
    Contact,
    ContactKind,
    Document,
    Goal,
    Matter,
    MatterKind,
    Milestone,
    Referral,
    ReferralStatus,
)
from workbench.operations import policy
from workbench.operations.changes import Changes, Done, Kind
from workbench.operations.context import Context
from workbench.operations.policy import Action


def add_consent(ctx: Context, *, case_id: int, recipient: str, categories: Sequence[Category],
                purpose: str, granted: date, **fields: Any) -> Done[Consent]:
    """Record the survivor's consent: recipient × categories × purpose × dates."""
    policy.require(ctx, Action.INTAKE)
    consent = ctx.store.add_consent(case_id, recipient, categories, purpose, granted, **fields)
    return Done(consent, Changes.of(Kind.CONSENTS, case_id=case_id))


def revoke_consent(ctx: Context, *, consent_id: int, on: date) -> Done[Consent]:
    """Revoke a consent from ``on``; it is never used again."""
    policy.require(ctx, Action.INTAKE)
    consent = ctx.store.revoke_consent(consent_id, on)
    return Done(consent, Changes.of(Kind.CONSENTS, case_id=consent.case_id))


def add_document(ctx: Context, *, case_id: int, category: Category, title: str, data: bytes,
                 media_type: str, doc_date: date | None = None) -> Done[Document]:
    """Attach a document (PDF or image) to the case."""
    policy.require_write(ctx, category)
    doc = ctx.store.add_document(case_id, category, title, data, media_type, doc_date=doc_date)
    return Done(doc, Changes.of(Kind.DOCUMENTS, case_id=case_id))


def add_matter(ctx: Context, *, case_id: int, kind: MatterKind, **fields: Any) -> Done[Matter]:
    """Open a legal matter (immigration, protective order, criminal, family, civil)."""
    policy.require_write(ctx, matter_category(MatterKind(kind)))
    matter = ctx.store.add_matter(case_id, kind, **fields)
    return Done(matter, Changes.of(Kind.MATTERS, Kind.EVENTS, case_id=case_id))


def update_matter(ctx: Context, *, case_id: int, matter_id: int, version: int | None = None,
                  **fields: Any) -> Done[Matter]:
    """Change a matter's fields (``version``: as read; Conflict when someone changed it)."""
    old = next((m for m in ctx.store.list_matters(case_id) if m.id == matter_id), None)
    if old is None:
        raise NotFound(f"There is no matter with id {matter_id!r} in this case.")
    policy.require_write(ctx, matter_category(old.kind))
    if "kind" in fields:
        policy.require_write(ctx, matter_category(MatterKind(fields["kind"])))
    matter = ctx.store.update_matter(matter_id, version=version, **fields)
    return Done(matter, Changes.of(Kind.MATTERS, Kind.EVENTS, case_id=matter.case_id))


def add_referral(ctx: Context, *, case_id: int, service: str, organisation: str,
                 status: ReferralStatus, category: Category, opened: date) -> Done[Referral]:
    """Refer the survivor to a service."""
    policy.require_write(ctx, category)
    referral = ctx.store.add_referral(case_id, service, organisation, status=status,
                                      category=category, opened=opened)
    return Done(referral, Changes.of(Kind.REFERRALS, case_id=case_id))


def set_referral_status(ctx: Context, *, referral_id: int, case_id: int,
                        status: ReferralStatus, on: date) -> Done[Referral]:
    """Move a referral to one of the statuses allowed next."""
    current = next((r for r in ctx.store.list_referrals(case_id) if r.id == referral_id), None)
    if current is None:
        raise NotFound(f"There is no referral with id {referral_id!r} in this case.")
    policy.require_write(ctx, current.category)
    referral = ctx.store.set_referral_status(referral_id, status, on)
    return Done(referral, Changes.of(Kind.REFERRALS, case_id=case_id))


def add_goal(ctx: Context, *, case_id: int, title: str, category: Category,
             milestones: Sequence[tuple[str, date | None]] = ()) -> Done[Goal]:
    """A care-plan goal and its milestones, stored together or not at all."""
    policy.require_write(ctx, category)
    with ctx.store.transaction():
        goal = ctx.store.add_goal(case_id, title, category=category)
        for name, due in milestones:
            ctx.store.add_milestone(goal.id, name, due)
    return Done(goal, Changes.of(Kind.CARE_PLAN, Kind.EVENTS, case_id=case_id))


def add_milestones(ctx: Context, *, case_id: int, goal_id: int,
                   milestones: Sequence[tuple[str, date | None]]) -> Done[Goal]:
    """More milestones for an existing goal, together or not at all."""
    goal = _goal(ctx, case_id, goal_id)
    policy.require_write(ctx, goal.category)
    with ctx.store.transaction():
        for name, due in milestones:
            ctx.store.add_milestone(goal.id, name, due)
    return Done(goal, Changes.of(Kind.CARE_PLAN, Kind.EVENTS, case_id=case_id))


def complete_milestone(ctx: Context, *, case_id: int, milestone_id: int,
                       on: date) -> Done[Milestone]:
    """Mark a care-plan milestone done on ``on``."""
    goal = next((g for g in ctx.store.list_goals(case_id)
                 if any(m.id == milestone_id for m in g.milestones)), None)
    if goal is None:
        raise NotFound(f"There is no milestone with id {milestone_id!r} in this case.")
    policy.require_write(ctx, goal.category)
    milestone = ctx.store.complete_milestone(milestone_id, on)
    return Done(milestone, Changes.of(Kind.CARE_PLAN, Kind.EVENTS, case_id=case_id))


def _goal(ctx: Context, case_id: int, goal_id: int) -> Goal:
    goal = next((g for g in ctx.store.list_goals(case_id) if g.id == goal_id), None)
    if goal is None:
        raise NotFound(f"There is no goal with id {goal_id!r} in this case.")
    return goal


def add_contact(ctx: Context, *, kind: ContactKind, name: str, case_id: int | None = None,
                **fields: Any) -> Done[Contact]:
    """A contact of a case (interpreter, certifying official…) or of the hub."""
    policy.require(ctx, Action.INTAKE)
    contact = ctx.store.add_contact(kind, name, case_id=case_id, **fields)
    return Done(contact, Changes.of(Kind.CASES, case_ids=[case_id] if case_id else ()))
