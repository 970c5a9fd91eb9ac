"""Packets: plan (what is included, what is withheld and why) and make (build, write, record).

The plan applies the recipient's consent and the builder's role: a category the role does not
read in full is withheld as "not visible to your role" with who can add it, never sent unseen.
A compelled release needs that permission and a legal basis. Making a packet writes it
atomically and records its disclosure in one transaction; an existing file is replaced only
when asked (``force``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from exports.consent_gate import PacketPlan, same_party_key
from exports.packet_job import (
    STEPS,
    CaseRecords,
    PacketOutcome,
    PacketRequest,
    check_translation_target,
    free_name,
    gather,
    plan_for,
    render,
    write_and_record,
)
from exports.template import role_words
from models.errors import InvalidInput
from models.i18n import fill, translate, untranslated
from models.records import Category, ConsentStatus, HistorySubject, Role, StatusChange
from timeline.views import visible_fields
from workbench.operations import conferences, policy, safety_plans, screenings
from workbench.operations.changes import Changes, Done, Kind
from workbench.operations.context import Context
from workbench.operations.policy import Action

ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class MadePacket:
    """A written, recorded packet and the plan it was built from."""

    outcome: PacketOutcome
    plan: PacketPlan

    @property
    def path(self) -> Path:
        """Where the packet was written."""
        return self.outcome.path

    @property
    def pages(self) -> int:
        """Its page count."""
        return self.outcome.pages

    @property
    def sha256(self) -> str:
        """The hash written to the disclosure record."""
        return self.outcome.sha256

    @property
    def font_warning(self) -> str | None:
        """Which attached PDFs' own fonts are not embedded, for the face to show (or None)."""
        return self.outcome.font_warning

    @property
    def disclosure_id(self) -> int:
        """The disclosure record of this packet."""
        return self.outcome.disclosure_id

    @property
    def included(self) -> list[dict[str, object]]:
        """Included categories with their record counts."""
        return [{"category": str(c), "records": len(self.plan.included[c])}
                for c in self.plan.categories]


def hidden_by_role(role: Role) -> dict[Category, str]:
    """Categories ``role`` may not put in a packet, each with who can add it."""
    out = {}
    for category in Category:
        if not policy.sees_fully(role, category):
            others = [r for r in policy.who_sees_fully(category) if policy.allows(r, Action.PACKET)]
            out[category] = fill(translate("Packets", "not visible to your role — %1 can add it"),
                                 policy.any_of(others))
    return out


def case_records(ctx: Context, *, case_id: int | None = None,
                 case_ref: str | None = None) -> CaseRecords:
    """Everything of one case the packet builder and the consent gate look at.

    Screenings, the safety plan, conferences and the housing and risk levels come through
    the role view (``screenings.list_screenings``, ``safety_plans.plan_for``,
    ``conferences.conferences_for``, ``safety_plans.risk_history``): a role that may not
    read a category in full holds only the redacted copy, which the gate then withholds as
    not visible to that role. ``staff_names``: how each login on them is printed."""
    policy.require(ctx, Action.PACKET)
    if case_ref is not None:
        case_id = ctx.store.get_case_by_ref(case_ref).id
    if case_id is None:
        raise TypeError("case_records needs case_id or case_ref")
    records = gather(ctx.store, case_id)
    meetings = tuple(v.conference for v in conferences.conferences_for(ctx, case_id=case_id))
    levels = (*_housing_levels(ctx, case_id),
              *safety_plans.risk_history(ctx, case_id=case_id))
    action_ids = {i for c in meetings for i in c.action_event_ids}
    logins = {e.assigned_to for e in records.events if e.id in action_ids and e.assigned_to}
    logins |= {c.changed_by for c in levels}
    return replace(records,
                   screenings=tuple(screenings.list_screenings(ctx, case_id=case_id)),
                   safety_plan=safety_plans.plan_for(ctx, case_id=case_id),
                   conferences=meetings, status_changes=levels,
                   staff_names=tuple(sorted(staff_names(ctx, logins).items())))


def _housing_levels(ctx: Context, case_id: int) -> list[StatusChange]:
    """The housing history as the role's view gives it (the rule of care.categorical_outcomes:
    a level only where the role reads the category's titles; the gate then asks for the
    category in full)."""
    return [c for c in ctx.store.list_status_changes(case_id, HistorySubject.HOUSING)
            if "title" in visible_fields(ctx.role, c.category)]


def staff_names(ctx: Context, logins: Iterable[str]) -> dict[str, str]:
    """How each login is printed on a packet: the staff profile's full name, else the
    user's role in words ("Case manager"); a login itself never goes on paper."""
    roles = {u.name: u.role for u in ctx.vault.users()}
    words = role_words()
    out = {}
    for login in logins:
        profile = ctx.store.get_staff_profile(login)
        if profile is not None and profile.full_name.strip():
            out[login] = profile.full_name.strip()
        elif login in roles:
            with untranslated():  # words for paper: English whatever the UI's language
                out[login] = words.get(roles[login].value, policy.role_label(roles[login]))
    return out


def only_purpose(ctx: Context, records: CaseRecords, recipient: str) -> str:
    """The purpose of the recipient's active consents when there is exactly one."""
    wanted = same_party_key(recipient)
    purposes = sorted({c.purpose for c in records.consents
                       if same_party_key(c.recipient) == wanted
                       and c.status(ctx.today()) is ConsentStatus.ACTIVE})
    if len(purposes) == 1:
        return purposes[0]
    if not purposes:
        return "(no purpose given)"  # the plan then withholds everything and says why
    raise InvalidInput(fill(translate("Packets",
            "Say which purpose: this recipient has consents for %1."),
            '; '.join(repr(p) for p in purposes)), field="purpose")


def plan_packet(ctx: Context, *, records: CaseRecords, request: PacketRequest) -> PacketPlan:
    """What this packet would include and withhold, and why (nothing is written).

    Raises ConsentRefused (its ``plan`` still shows what was withheld) when nothing may leave.
    """
    policy.require(ctx, Action.PACKET)
    if request.legal_basis is not None:
        policy.require(ctx, Action.COMPELLED_RELEASE)
    return plan_for(records, request, ctx.today(), hidden_by_role=hidden_by_role(ctx.role))


def make_packet(ctx: Context, *, records: CaseRecords, request: PacketRequest,
                out: Path | None = None, folder: Path | None = None, force: bool = False,
                progress: ProgressFn | None = None) -> Done[MadePacket]:
    """Plan, build in memory, write to ``out`` (or a fresh neutral name in ``folder``) and
    record the disclosure, in one transaction."""
    step = progress or (lambda _done, _total: None)
    now = ctx.now()
    target = _target(out, folder, now, request.kind, force)
    check_translation_target(target, request.translation, force)  # FILE.es.pdf
    step(0, STEPS)
    plan_packet(ctx, records=records, request=request)  # a refusal in the UI's language
    with untranslated():  # a document for filing: English whatever the UI's language
        plan = plan_packet(ctx, records=records, request=request)
        step(1, STEPS)
        result = render(ctx.store, plan, request, now=now, prepared_by=ctx.user.name,
                        prepared_by_profile=ctx.store.get_staff_profile(ctx.user.name),
                        prepared_by_role=ctx.role.value, closures=ctx.store.list_closures(),
                        staff_names=dict(records.staff_names))
    step(2, STEPS)
    outcome = write_and_record(ctx.store, plan, result, target, today=ctx.today(),
                               prepared_by=ctx.user.name)
    step(STEPS, STEPS)
    kinds = (Kind.DISCLOSURES, Kind.EVENTS) if plan.compelled else (Kind.DISCLOSURES,)
    return Done(MadePacket(outcome, plan), Changes.of(*kinds, case_id=records.case.id))


def _target(out: Path | None, folder: Path | None, now: datetime, kind: str,
            force: bool) -> Path:
    if out is None:
        if folder is None:
            raise TypeError("make_packet needs out or folder")
        if not Path(folder).is_dir():
            raise InvalidInput(fill(translate("Packets",
                    "The folder %1 does not exist; choose another."),
                    folder),
                               field="folder")
        return free_name(Path(folder), now, kind)
    if out.suffix.lower() != ".pdf":
        raise InvalidInput(fill(translate("Packets",
                "The packet file must end in .pdf (got %1)."),
                repr(out.name)), field="out")
    if not out.parent.is_dir():
        raise InvalidInput(fill(translate("Packets",
                "The folder %1 does not exist; create it first."),
                out.parent),
                           field="out")
    if out.exists() and not force:
        raise InvalidInput(fill(translate("Packets",
                "%1 already exists; choose another name, or --force to replace it."),
                out.name), field="out")
    return out


def with_purpose(ctx: Context, records: CaseRecords, request: PacketRequest) -> PacketRequest:
    """``request`` with the recipient's only purpose filled in when none was given."""
    if request.purpose:
        return request
    return replace(request, purpose=only_purpose(ctx, records, request.recipient))
