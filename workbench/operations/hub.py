"""Moving cases between a local vault and a hub (push, pull), and the re-encryption after a
key rotation.

``copy_cases`` is one use case for both directions: the source's export goes into the target's
import (all or nothing; the target's audit trail gets one entry per record, by the acting
member, with the new ids), then the source's disclosure ledger is appended to the target's
disclosure chain by the acting member, each entry mapped to the new ids and naming where it came
from (``carried:`` in its record list: the source entry's id, hash, original time and user), and
finally the target's export is compared with the source's, case by case. A second push of the
same vault finds its cases unchanged and its disclosures already carried, and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC
from typing import Any

from models import interchange
from models import records as r
from models.errors import InvalidInput
from models.i18n import fill, translate
from models.store_contract import StoreContract
from timeline.deadlines import list_rules
from workbench.operations import policy
from workbench.operations.changes import Changes, Done, Kind
from workbench.operations.context import Context
from workbench.operations.policy import Action

CARRIED = "carried:disclosure"
# a record id's kind (exports.consent_gate.record_id) -> the table its id is in
_RECORD_TABLES = {"case": "cases", "safe_address": "safe_addresses", "event": "events",
                  "matter": "matters", "document": "documents", "goal": "goals",
                  "referral": "referrals"}


@dataclass(frozen=True)
class MoveOutcome:
    """What a push or pull carried, and what its verification found."""

    cases: int  # cases written (new in the target)
    unchanged: int  # cases already in the target with the same records
    events: int
    documents: int
    disclosures: int  # disclosure entries appended to the target's chain
    disclosures_already: int  # carried by an earlier push or pull
    audit_source: int  # entries in the source's audit trail
    audit_added: int  # entries the target's audit trail gained
    refs: dict[str, str] = field(default_factory=dict)  # source case ref -> target case ref
    problems: tuple[str, ...] = ()  # what the verification found different (empty: verified)

    @property
    def verified(self) -> bool:
        """True when the target holds every case, closure and shared contact as the source."""
        return not self.problems


def push(source: Context, target: Context) -> Done[MoveOutcome]:
    """A local vault's cases, disclosure ledger and audit into a hub, verified."""
    policy.require(source, Action.EXPORT_CASES)
    policy.require(target, Action.IMPORT_CASES)
    return _done(copy_cases(source.store, target.store))


def pull(source: Context, target: Context) -> Done[MoveOutcome]:
    """A hub's cases, disclosure ledger and audit into a new local vault, verified."""
    policy.require(source, Action.EXPORT_CASES)
    if target.store.list_cases():
        raise InvalidInput(translate("Hub",
                "A hub is pulled into a new, empty vault."), field="vault")
    return _done(copy_cases(source.store, target.store))


def _done(outcome: MoveOutcome) -> Done[MoveOutcome]:
    return Done(outcome, Changes.of(*Kind, every_case=True))


def reencrypt(ctx: Context, progress: Callable[[int, int], object] | None = None) -> int:
    """Move every value of a hub to its keys' newest epoch (after a rotation); rows changed."""
    policy.require(ctx, Action.ADMINISTER_USERS)
    run: Callable[..., int] | None = getattr(ctx.vault, "reencrypt", None)
    if run is None:
        raise InvalidInput(translate("Hub",
                "Only a hub is re-encrypted; a local vault is re-keyed when a user is removed."), field="vault")
    return run(progress)


def copy_cases(source: StoreContract, target: StoreContract) -> MoveOutcome:
    """Copy every case with its ledger from ``source`` into ``target``; see the module doc."""
    audit_before = len(target.list_audit())
    data = source.export_data()
    rule_ids = frozenset(rule.id for rule in list_rules())
    summary = target.import_data(data, known_rule_ids=rule_ids)
    refs: dict[str, str] = dict(summary.get("refs", {}))
    ids = _id_map(source, target, refs)
    carried, already = _carry_disclosures(source, target, ids)
    _carry_audit(source, target, ids)
    return MoveOutcome(
        cases=int(summary.get("cases", 0)),
        unchanged=len(summary.get("unchanged", {}).get("cases", [])),
        events=int(summary.get("events", 0)), documents=int(summary.get("documents", 0)),
        disclosures=carried, disclosures_already=already,
        audit_source=len(source.list_audit()),
        audit_added=len(target.list_audit()) - audit_before,
        refs=refs, problems=tuple(compare(source, target, refs)))


def _id_map(source: StoreContract, target: StoreContract, refs: dict[str, str]
            ) -> dict[tuple[str, int], int]:
    """(table, source id) -> target id, matched by position within each case (an import writes
    a case's records in the order they were exported)."""
    ids: dict[tuple[str, int], int] = {}
    for case in source.list_cases():
        mine = target.get_case_by_ref(refs.get(case.ref, case.ref))
        ids[("cases", case.id)] = mine.id
        theirs = _case_ids(target, mine)
        for table, old in _case_ids(source, case).items():
            ids.update(((table, a), b) for a, b in zip(old, theirs[table], strict=False))
    return ids


def _case_ids(store: StoreContract, case: r.Case) -> dict[str, list[int]]:
    """The ids of a case's records per table, in the order the export lists them."""
    goals = store.list_goals(case.id)
    return {
        "safe_addresses": [a.id for a in case.safe_addresses],
        "matters": [m.id for m in store.list_matters(case.id)],
        "triggers": [t.id for t in store.list_triggers(case.id)],
        "events": sorted(e.id for e in store.list_events(case.id)),
        "consents": [c.id for c in store.list_consents(case.id)],
        "referrals": [x.id for x in store.list_referrals(case.id)],
        "goals": [g.id for g in goals],
        "milestones": [m.id for g in goals for m in g.milestones],
        "contacts": [c.id for c in store.list_contacts(case.id) if c.case_id == case.id],
        "documents": [d.id for d in store.list_documents(case.id)],
        "screenings": [s.id for s in store.list_screenings(case.id)],
        "safety_plans": [p.id for p in [store.get_safety_plan(case.id)] if p is not None],
        "conferences": [c.id for c in store.list_conferences(case.id)],
        # by (changed_at, id): an import keeps each entry's time, so both sides sort alike
        "status_changes": [c.id for c in store.list_status_changes(case.id)],
    }


def carried_mark(entry: r.Disclosure) -> str:
    """The record-list item naming a carried entry: its id and hash prefix where it was first
    written, and its original time (UTC, to the second) and user."""
    at = entry.at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"{CARRIED}:{entry.id}:{entry.hash[:16]}:{at}:{entry.user}"


def _origin(entry: r.Disclosure) -> str:
    """The carried mark an entry holds, else its own (a carried entry carried again keeps the
    first origin)."""
    return next((x for x in entry.record_ids if x.startswith(CARRIED + ":")), carried_mark(entry))


def _carry_disclosures(source: StoreContract, target: StoreContract,
                       ids: dict[tuple[str, int], int]) -> tuple[int, int]:
    """Append the source's disclosures to the target's chain (mapped); (carried, already)."""
    present = {_origin(d) for d in target.list_disclosures()}
    carried = already = 0
    with target.transaction():
        for entry in source.list_disclosures():
            mark = _origin(entry)
            if mark in present:
                already += 1
                continue
            case_id = ids.get(("cases", entry.case_id))
            if case_id is None:  # its case was deleted in the source; the entry still counts
                raise InvalidInput(fill(translate("Hub",
                        "Disclosure %1 names a case that is no longer in the source; nothing was "
                        "carried."),
                        entry.id), field="disclosures")
            records = [_mapped_record(x, ids) for x in entry.record_ids
                       if not x.startswith(CARRIED + ":")]
            target.record_disclosure(
                case_id, entry.recipient, entry.purpose, entry.categories, [*records, mark],
                [ids.get(("consents", c), c) for c in entry.consent_ids], entry.packet_sha256,
                legal_basis=entry.legal_basis)
            present.add(mark)
            carried += 1
    return carried, already


def _carry_audit(source: StoreContract, target: StoreContract,
                 ids: dict[tuple[str, int], int]) -> int:
    """Append the source's audit entries to the target's trail with their original time, user
    and action (``carried.<action>``), ids mapped; entries carried before are skipped."""
    def key(entry: r.AuditEntry) -> tuple[str, str, str]:
        action = entry.action if entry.action.startswith("carried.") else f"carried.{entry.action}"
        return entry.at.astimezone(UTC).isoformat(), entry.user, action

    present = {key(e) for e in target.list_audit() if e.action.startswith("carried.")}
    fresh = [e for e in source.list_audit()
             if e.action != "audit.carry" and key(e) not in present]
    return target.carry_audit(fresh, ids)


def _mapped_record(record_id: str, ids: dict[tuple[str, int], int]) -> str:
    kind, _, number = record_id.partition(":")
    table = _RECORD_TABLES.get(kind)
    if table is None or not number.isdigit():
        return record_id
    new = ids.get((table, int(number)))
    return record_id if new is None else f"{kind}:{new}"


def compare(source: StoreContract, target: StoreContract, refs: dict[str, str]) -> list[str]:
    """What differs between the source's cases (with closures and shared contacts) and their
    copies in the target; records are compared as an import would write them (ids and refs
    aside). Names kinds and refs only, never content."""
    problems = []
    for case in source.list_cases():
        ref = refs.get(case.ref, case.ref)
        try:
            theirs = _plan(target.export_data(ref))
        except Exception:  # noqa: BLE001 - a missing or unreadable copy is what we report
            problems.append(f"case {case.ref}: not in the target")
            continue
        mine = _plan(source.export_data(case.ref))
        for table in sorted(set(mine) | set(theirs)):
            if mine.get(table) != theirs.get(table):
                problems.append(f"case {case.ref}: its {table.replace('_', ' ')} differ")
    whole_source, whole_target = source.export_data(), target.export_data()
    for key in ("closures", "contacts"):
        missing = [x for x in whole_source.get(key, []) if x not in whole_target.get(key, [])]
        if missing:
            problems.append(f"{len(missing)} {key} (shared by every case) are not in the target")
    return problems


def _plan(data: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    [case] = data["cases"]
    return interchange.plan_case(case, 0, None).tables

