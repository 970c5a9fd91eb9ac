"""JSON import and export of cases (format: docs/import-format.md).

Import is all-or-nothing, in two steps. Planning reads the whole file and writes nothing:
every value goes through the store's own field rules (models.store_bulk), enum values, links
and rule ids are checked, and the first bad one raises ``InvalidInput`` naming its place
(``cases[2].date_of_birth: ...``) and the expected form, never the value (values may be case
data). Writing is then one transaction: one executemany per table, one audit entry per record.
Ids inside a file are local to it; the vault assigns new ones.

Re-importing is idempotent: a case whose ``ref`` is already in the vault is skipped when it
holds the same records and refused (``Duplicate``, nothing written) when it does not; closures
and shared contacts already present are skipped, a closure that differs is refused.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
import re
from collections import Counter
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from models import records as r
from models import store_bulk as bulk
from models.errors import Duplicate, InvalidInput
from models.i18n import fill, translate
from models.rows import CaseRow, ClosureRow, ContactRow, FeedbackRow, MatterRow
from models.store_fields import opened as opened_at

if TYPE_CHECKING:
    from models.store_contract import StoreContract

FORMAT = "workbench"
VERSION = 1
_CASE_LISTS = ("safe_addresses", "matters", "triggers", "events", "consents", "referrals",
               "goals", "contacts", "documents", "screenings", "conferences", "housing",
               "interpreter_bookings")
# in-case links: (table, column) -> the list it points into
LINKS = {
    ("triggers", "matter_id"): "matters",
    ("events", "matter_id"): "matters",
    ("events", "trigger_id"): "triggers",
    ("events", "evidence_for_id"): "events",
    ("milestones", "goal_id"): "goals",
    ("milestones", "linked_event_id"): "events",
    ("referrals", "consent_id"): "consents",
    ("safety_plans", "review_event_id"): "events",
    ("conferences", "event_id"): "events",
}
_LINKS_OF = {table: [(c, target) for (t, c), target in LINKS.items() if t == table]
             for table, _ in LINKS}
_KIND_OF = {"matters": "matter", "triggers": "trigger", "events": "event", "goals": "goal",
            "consents": "consent"}
# a status history travels inside its subject: goals[i].history, referrals[i].history,
# safety_plan.risk_history; a case's housing history is the case's "housing" list
_HISTORY_OF = {"goals": r.HistorySubject.GOAL, "referrals": r.HistorySubject.REFERRAL,
               "safety_plans": r.HistorySubject.RISK}
_HISTORY_DROP = ("id", "case_id", "subject", "subject_id")
_CASE_REF = re.compile(r"C-(\d{4,})")
RULES_HINT = "not a rule of the catalog; see `workbench rules`"


def plain(value: Any) -> Any:
    """A JSON-ready form of a record value (ISO dates, enum values, lists)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, frozenset | set):
        return sorted(plain(v) for v in value)
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):  # a nested record
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)
                if getattr(value, f.name) is not None}
    return value


def as_dict(record: Any, drop: tuple[str, ...] = ("case_id",)) -> dict[str, Any]:
    """A record as a JSON-ready dict without ``drop`` fields and without empty values."""
    out = {}
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        if field.name in drop or field.name == "version" or value is None or value == () \
                or value == frozenset():
            continue  # a row's version is this store's own bookkeeping, not exported data
        out[field.name] = plain(value)
    return out


def export_data(store: StoreContract, case_ref: str | None = None) -> dict[str, Any]:
    """Everything, or one case, as a dict that import_data takes back."""
    cases = [store.get_case_by_ref(case_ref)] if case_ref else store.list_cases()
    data: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    if case_ref is None:
        data["closures"] = [as_dict(c, ("id",)) for c in store.list_closures()]
        shared = [c for c in store.list_contacts() if c.case_id is None]
        data["contacts"] = [as_dict(c, ("id", "case_id")) for c in shared]
        data["feedback"] = [as_dict(x, ("id",)) for x in store.list_feedback()]
    data["cases"] = [_export_case(store, c) for c in cases]
    return data


def _export_case(store: StoreContract, case: r.Case) -> dict[str, Any]:
    out = as_dict(case, ("id", "created_at", "safe_addresses"))
    if case.created_at is not None:
        out["opened"] = case.created_at.astimezone(UTC).isoformat()
    out["safe_addresses"] = [as_dict(a, ("id", "case_id")) for a in case.safe_addresses]
    out["matters"] = [as_dict(m) for m in store.list_matters(case.id)]
    out["triggers"] = [as_dict(t) for t in store.list_triggers(case.id)]
    # id order: a fresh vault then gives every record the same id again
    out["events"] = [as_dict(e) for e in sorted(store.list_events(case.id), key=lambda e: e.id)]
    out["consents"] = [as_dict(c) for c in store.list_consents(case.id)]
    history: dict[tuple[r.HistorySubject, int | None], list[dict[str, Any]]] = {}
    for change in store.list_status_changes(case.id):
        history.setdefault((change.subject, change.subject_id), []).append(
            as_dict(change, _HISTORY_DROP))
    out["referrals"] = [
        {**as_dict(x, ("id", "case_id")), **_history(history, r.HistorySubject.REFERRAL, x.id)}
        for x in store.list_referrals(case.id)]
    out["goals"] = [
        {**as_dict(g, ("id", "case_id", "milestones")),
         "milestones": [as_dict(m, ("id", "goal_id")) for m in g.milestones],
         **_history(history, r.HistorySubject.GOAL, g.id)}
        for g in store.list_goals(case.id)
    ]
    plan = store.get_safety_plan(case.id)
    if plan is not None:
        out["safety_plan"] = {**as_dict(plan, ("id", "case_id")),
                              **_history(history, r.HistorySubject.RISK, plan.id, "risk_history")}
    out["conferences"] = [as_dict(c, ("id", "case_id")) for c in store.list_conferences(case.id)]
    out["housing"] = history.get((r.HistorySubject.HOUSING, None), [])
    out["contacts"] = [
        as_dict(c, ("id", "case_id")) for c in store.list_contacts(case.id) if c.case_id == case.id
    ]
    out["interpreter_bookings"] = _export_bookings(store, case)
    out["screenings"] = [
        {**as_dict(s, ("id", "case_id", "answers")),
         "answers": [as_dict(a, ()) for a in s.answers]}
        for s in store.list_screenings(case.id)
    ]
    out["documents"] = [
        {**as_dict(d, ("id", "case_id", "size", "sha256")),
         "data_base64": base64.b64encode(store.document_bytes(d.id)).decode("ascii")}
        for d in store.list_documents(case.id)
    ]
    return out


def _history(found: Mapping[tuple[r.HistorySubject, int | None], list[dict[str, Any]]],
             subject: r.HistorySubject, subject_id: int,
             key: str = "history") -> dict[str, Any]:
    entries = found.get((subject, subject_id))
    return {key: entries} if entries else {}


@contextmanager
def at(path: str, row: int | None = None) -> Iterator[None]:
    """Prefix any InvalidInput raised inside with ``path`` (and the row number)."""
    try:
        yield
    except InvalidInput as exc:
        field = f"{path}.{exc.field}" if exc.field else path
        raise type(exc)(f"{path}.{exc}" if exc.field else f"{path}: {exc}", field=field,
                        row=exc.row if exc.row is not None else row) from None


def _obj(value: Any) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise InvalidInput(translate("Interchange",
                "must be an object {...}"))
    return dict(value)


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise InvalidInput(fill(translate("Interchange",
                "%1: must be a list [...]"),
                key), field=key)
    return value


@dataclasses.dataclass
class CasePlan:
    """One case of a file, validated: full rows per table, in-case links as list positions."""

    index: int
    ref: str | None
    tables: dict[str, list[dict[str, Any]]]
    opened: str | None = None  # UTC text; None: opened when written
    # interpreter bookings, written through the store once the bulk rows are in (their
    # "event_id"/"contact_id" are positions in the case's events/contacts until then)
    bookings: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    ids: dict[str, Any] = dataclasses.field(default_factory=dict)  # table -> ids, once queued

    def same_records(self, other: CasePlan) -> bool:
        """True when both would write the same rows (ids, refs and creation time aside)."""
        return self.tables == other.tables and self.bookings == other.bookings


@dataclasses.dataclass
class Plan:
    """A whole file, validated, before anything is written."""

    closures: list[dict[str, Any]]
    contacts: list[dict[str, Any]]
    cases: list[CasePlan]
    feedback: list[dict[str, Any]] = dataclasses.field(default_factory=list)


def import_data(
    store: StoreContract, data: Mapping[str, Any], *, known_rule_ids: Collection[str] | None = None,
) -> dict[str, Any]:
    """Import a whole file in one transaction; returns counts and old→new case refs.

    With ``known_rule_ids`` (the deadline rule catalog's ids), a trigger or computed event
    naming any other rule is refused.
    """
    plan = plan_file(data, known_rule_ids)
    with store.transaction():
        with bulk.writer(bulk.vault_store(store)) as writer:
            counts = _write(store, writer, plan)
        _write_bookings(store, plan)  # through the store, after the events they belong to
        return counts


def plan_file(data: Any, known_rule_ids: Collection[str] | None = None) -> Plan:
    """Validate a whole file without touching the vault; InvalidInput names the first problem."""
    with at("file"):
        data = _obj(data)
        _check_text(data)
    if data.get("format", FORMAT) != FORMAT or data.get("version", VERSION) != VERSION:
        raise InvalidInput(fill(translate("Interchange",
                "file: not a %1 file of version %2"),
                FORMAT, VERSION), field="format")
    closures: list[dict[str, Any]] = []
    seen: dict[tuple[str, str], int] = {}
    for i, item in enumerate(_list(data, "closures")):
        with at(f"closures[{i}]", i):
            closure = bulk.row("closure", _obj(item))
            key = (closure["day"], closure["calendar"])
            if key in seen:
                raise InvalidInput(fill(translate("Interchange",
                        "day: closures[%1] is already this calendar's closure on that day"),
                        seen[key]), field="day")
            seen[key] = i
            closures.append(closure)
    contacts = []
    for i, item in enumerate(_list(data, "contacts")):
        with at(f"contacts[{i}]", i):
            shared = _obj(item)
            shared.pop("case_id", None)
            contacts.append(bulk.row("contact", shared))
    feedback = []
    for i, item in enumerate(_list(data, "feedback")):
        with at(f"feedback[{i}]", i):
            given = _obj(item)
            given.pop("id", None)
            feedback.append(bulk.row("feedback", given))
    cases: list[CasePlan] = []
    refs: dict[str, int] = {}
    for i, item in enumerate(_list(data, "cases")):
        with at(f"cases[{i}]", i):
            case = plan_case(_obj(item), i, known_rule_ids)
            if case.ref is not None and case.ref in refs:
                raise InvalidInput(fill(translate("Interchange",
                        "ref: cases[%1] has the same ref in this file; each case needs its own"),
                        refs[case.ref]), field="ref")
            if case.ref is not None:
                refs[case.ref] = i
            cases.append(case)
    return Plan(closures, contacts, cases, feedback)


def plan_case(obj: dict[str, Any], index: int, known_rule_ids: Collection[str] | None) -> CasePlan:
    """One case's rows; file-local ids become positions in the case's lists."""
    lists = {k: _list(obj, k) for k in _CASE_LISTS}
    for k in _CASE_LISTS:
        obj.pop(k, None)
    safety_plan = obj.pop("safety_plan", None)
    ref = _ref(obj.pop("ref", None))
    opened = opened_at(obj.pop("opened", None))
    obj.pop("id", None)
    tables: dict[str, list[dict[str, Any]]] = {"cases": [bulk.row("case", obj)]}
    positions = {name: _positions(name, lists[name])
                 for name in ("matters", "triggers", "events", "consents")}
    history: list[dict[str, Any]] = []
    tables["safe_addresses"] = _rows(lists["safe_addresses"], "safe_addresses", "safe_address")
    tables["matters"] = _rows(lists["matters"], "matters", "matter", drop=("id", "ref"))
    tables["triggers"] = _linked(lists["triggers"], "triggers", positions, known_rule_ids)
    tables["events"] = _linked(lists["events"], "events", positions, known_rule_ids)
    tables["consents"] = _rows(lists["consents"], "consents", "consent", drop=("id",))
    tables["referrals"] = _rows(lists["referrals"], "referrals", "referral", positions=positions,
                                history=history)
    tables["goals"], tables["milestones"] = _goals(lists["goals"], positions, history)
    tables["screenings"] = _rows(lists["screenings"], "screenings", "screening", drop=("id",))
    tables["safety_plans"] = [] if safety_plan is None else _rows(
        [safety_plan], "safety_plans", "safety_plan", drop=("id", "case_id", "category"),
        positions=positions, history=history, history_key="risk_history", path="safety_plan")
    tables["conferences"] = _conferences(lists["conferences"], positions)
    for i, item in enumerate(lists["housing"]):
        with at(f"housing[{i}]"):
            history.append(_change(item, r.HistorySubject.HOUSING, None))
    tables["status_changes"] = history
    tables["contacts"] = []
    for i, item in enumerate(lists["contacts"]):
        with at(f"contacts[{i}]"):
            contact = _obj(item)
            contact.pop("case_id", None)  # it belongs to this case
            tables["contacts"].append(bulk.row("contact", contact))
    tables["documents"] = []
    for i, item in enumerate(lists["documents"]):
        with at(f"documents[{i}]"):
            d = _obj(item)
            if "data_base64" not in d:
                raise InvalidInput(translate("Interchange",
                        "data_base64: is required"), field="data_base64")
            d["data"] = _decode(d.pop("data_base64"))
            tables["documents"].append(bulk.row("document", d))
    bookings = _bookings(lists["interpreter_bookings"], positions["events"],
                         len(tables["contacts"]))
    return CasePlan(index, ref, tables, opened, bookings)


def _ref(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _CASE_REF.fullmatch(value.strip().upper()):
        raise InvalidInput(translate("Interchange",
                "ref: is not a case reference (use C-0001)"), field="ref")
    return value.strip().upper()


def _rows(items: list[Any], table: str, kind: str, drop: tuple[str, ...] = (), *,
          positions: Mapping[str, dict[Any, int]] | None = None,
          history: list[dict[str, Any]] | None = None, history_key: str = "history",
          path: str | None = None) -> list[dict[str, Any]]:
    """Rows of one list; in-case links resolved to positions, and (with ``history``) each
    row's nested status history added to it, pointing to the row's position."""
    out = []
    for i, item in enumerate(items):
        with at(path or f"{table}[{i}]"):
            given = _obj(item)
            for key in drop:
                given.pop(key, None)
            found = {column: _link(given.pop(column, None), column, target, positions[target])
                     for column, target in _LINKS_OF.get(table, ())} if positions else {}
            entries = _list(given, history_key) if history is not None else []
            given.pop(history_key, None)
            row = bulk.row(kind, given)
            row.update(found)
            out.append(row)
            for j, entry in enumerate(entries):
                with at(f"{history_key}[{j}]"):
                    history.append(_change(entry, _HISTORY_OF[table], (table, i)))  # type: ignore[union-attr]
    return out


def _change(item: Any, subject: r.HistorySubject, of: tuple[str, int] | None) -> dict[str, Any]:
    """A status history entry's row; ``of`` (table, position) is resolved when written."""
    given = _obj(item)
    for key in _HISTORY_DROP:
        given.pop(key, None)
    if subject is r.HistorySubject.HOUSING:
        given.setdefault("category", r.Category.HOUSING_BENEFITS.value)
    return {**bulk.row("status_change", {**given, "subject": subject.value}), "subject_id": of}


def _conferences(items: list[Any], positions: Mapping[str, dict[Any, int]]) -> list[dict[str, Any]]:
    out = []
    for i, item in enumerate(items):
        with at(f"conferences[{i}]"):
            given = _obj(item)
            given.pop("id", None)
            given.pop("case_id", None)
            actions = _list(given, "action_event_ids")
            given.pop("action_event_ids", None)
            event = _link(given.pop("event_id", None), "event_id", "events", positions["events"])
            row = bulk.row("conference", given)
            # positions for now; ids when written (_queue_case)
            row["event_id"] = event
            row["action_event_ids"] = [
                _link(a, f"action_event_ids[{j}]", "events", positions["events"])
                for j, a in enumerate(actions)]
            out.append(row)
    return out


def _positions(table: str, items: list[Any]) -> dict[Any, int]:
    """File-local id -> position in the list; an id used twice is refused."""
    out: dict[Any, int] = {}
    for i, item in enumerate(items):
        if not isinstance(item, Mapping) or item.get("id") is None:
            continue
        with at(f"{table}[{i}]"):
            local = _local_id(item["id"])
            if local in out:
                raise InvalidInput(fill(translate("Interchange",
                        "id: %1[%2] has the same id in this case"),
                        table, out[local]),
                                   field="id")
            out[local] = i
    return out


def _local_id(value: Any) -> Any:
    """A file-local id (a number or a text) that other rows may point to."""
    if not isinstance(value, int | str) or isinstance(value, bool):
        raise InvalidInput(translate("Interchange",
                "id: must be a number or a text"), field="id")
    return value


def _linked(
    items: list[Any], table: str, positions: dict[str, dict[Any, int]],
    known_rule_ids: Collection[str] | None,
) -> list[dict[str, Any]]:
    """Triggers or events: links resolved to positions, rule ids checked against the catalog."""
    out = []
    links = [(column, target) for (t, column), target in LINKS.items() if t == table]
    for i, item in enumerate(items):
        with at(f"{table}[{i}]"):
            given = _obj(item)
            given.pop("id", None)
            found = {column: _link(given.pop(column, None), column, target, positions[target])
                     for column, target in links}
            row = bulk.event_row(given) if table == "events" else bulk.row("trigger", given)
            if known_rule_ids is not None and row["rule_id"] is not None \
                    and row["rule_id"] not in known_rule_ids:
                raise InvalidInput(fill(translate("Interchange",
                        "rule_id: %1"),
                        RULES_HINT), field="rule_id")
            row.update(found)
            out.append(row)
    return out


def _link(value: Any, column: str, target: str, positions: dict[Any, int]) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int | str) or isinstance(value, bool) or value not in positions:
        kind = _KIND_OF[target]
        article = "an" if kind[0] in "aeiou" else "a"
        raise InvalidInput(fill(translate("Interchange",
                "%1: is not the id of %2 %3 of this case in this file"),
                column, article, kind), field=column)
    return positions[value]


def _goals(items: list[Any], positions: Mapping[str, dict[Any, int]],
           history: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    goals, milestones = [], []
    for i, item in enumerate(items):
        with at(f"goals[{i}]"):
            g = _obj(item)
            steps = _list(g, "milestones")
            g.pop("milestones", None)
            entries = _list(g, "history")
            g.pop("history", None)
            goals.append(bulk.row("goal", g))
            for j, m in enumerate(steps):
                with at(f"milestones[{j}]"):
                    step = _obj(m)
                    linked = _link(step.pop("linked_event_id", None), "linked_event_id",
                                   "events", positions["events"])
                    milestones.append({**bulk.row("milestone", step), "goal_id": i,
                                       "linked_event_id": linked})
            for j, entry in enumerate(entries):
                with at(f"history[{j}]"):
                    history.append(_change(entry, r.HistorySubject.GOAL, ("goals", i)))
    return goals, milestones


def _check_text(data: Mapping[str, Any]) -> None:
    """JSON escapes can carry lone surrogates ("\\ud800"), which are not text anywhere."""
    try:
        json.dumps(data, ensure_ascii=False, default=str).encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(translate("Interchange",
                "the file contains characters that are not valid text (a broken \\u escape); fix "
                "it and try again")) from None


def _decode(encoded: Any) -> bytes:
    try:
        return base64.b64decode(str(encoded), validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInput(translate("Interchange",
                "data_base64: is not valid base64"), field="data_base64") from None


# --- writing: inside one transaction ---

def _write(store: StoreContract, writer: bulk.BulkWriter, plan: Plan) -> dict[str, Any]:
    s = writer.session
    counts: dict[str, Any] = {"cases": 0, "events": 0, "documents": 0, "refs": {},
                              "unchanged": {"cases": [], "closures": 0, "contacts": 0,
                                            "feedback": 0}}
    vault_closures = {(c.day, c.calendar): c for c in s.scalars(select(ClosureRow))}
    for i, closure in enumerate(plan.closures):
        stored = vault_closures.get((closure["day"], closure["calendar"]))
        if stored is None:
            writer.add("closures", writer.reserve("closures")[0], closure, None)
        elif (stored.reason, stored.note) == (closure["reason"], closure["note"]):
            counts["unchanged"]["closures"] += 1
        else:
            raise Duplicate(fill(translate("Interchange",
                    "closures[%1].day: this calendar already has a closure on that day with "
                    "another reason or note; remove one of them first"),
                    i),
                            field=f"closures[{i}].day", row=i)
    present = Counter(_contact_key(c) for c in s.scalars(
        select(ContactRow).where(ContactRow.case_id.is_(None))))
    for contact in plan.contacts:
        if present[_contact_key(contact)] > 0:
            present[_contact_key(contact)] -= 1
            counts["unchanged"]["contacts"] += 1
        else:
            writer.add("contacts", writer.reserve("contacts")[0], contact, None)
    # anonymous feedback has no reference either: what the vault holds already is skipped
    held = Counter(_feedback_key(f) for f in s.scalars(select(FeedbackRow)))
    for item in plan.feedback:
        if held[_feedback_key(item)] > 0:
            held[_feedback_key(item)] -= 1
            counts["unchanged"]["feedback"] += 1
        else:
            writer.add("feedback", writer.reserve("feedback")[0], item, None)
    taken = set(s.scalars(select(CaseRow.ref)))
    new = [c for c in plan.cases if not _already_there(store, c, taken, counts)]
    wanted = {c.ref for c in new if c.ref is not None}
    matter_refs = set(s.scalars(select(MatterRow.ref)))
    for case in new:
        case_id = writer.reserve("cases")[0]
        ref = case.ref or bulk.free_case_ref(case_id, taken | wanted)
        taken.add(ref)
        if case.ref is not None:
            counts["refs"][case.ref] = ref
        _queue_case(writer, case, case_id, ref, matter_refs)
        counts["cases"] += 1
        counts["events"] += len(case.tables["events"])
        counts["documents"] += len(case.tables["documents"])
    return counts


def _feedback_key(item: Any) -> tuple[Any, ...]:
    get = item.get if isinstance(item, dict) else lambda k: getattr(item, k)
    return tuple(get(k) for k in ("program", "period", "language", "satisfaction",
                                  "felt_safe", "felt_listened"))


def _contact_key(contact: Any) -> tuple[Any, ...]:
    get = contact.get if isinstance(contact, dict) else lambda k: getattr(contact, k)
    return tuple(get(k) for k in ("kind", "name", "organisation", "phone", "email", "language"))


def _already_there(store: StoreContract, case: CasePlan, taken: set[str], counts: dict[str, Any]) -> bool:
    """True for a case whose ref is in the vault with the same records; Duplicate if different."""
    if case.ref is None or case.ref not in taken:
        return False
    stored = store.get_case_by_ref(case.ref)
    try:
        same = plan_case(_export_case(store, stored), case.index, None).same_records(case)
    except InvalidInput:  # the stored case no longer passes today's import rules
        same = False
    if not same:
        raise Duplicate(
            fill(translate("Interchange",
                "cases[%1].ref: case %2 is already in this vault, with other records; to add this "
                "one as a new case leave out its ref"),
                case.index, case.ref),
            field=f"cases[{case.index}].ref", row=case.index)
    counts["unchanged"]["cases"].append(case.ref)
    counts["refs"][case.ref] = case.ref
    return True


def _queue_case(
    writer: bulk.BulkWriter, case: CasePlan, case_id: int, ref: str, matter_refs: set[str],
) -> None:
    """Queue a planned case; its rows are completed in place (a plan is written only once)."""
    tables = case.tables
    ids = {name: writer.reserve(name, len(rows)) for name, rows in tables.items() if name != "cases"}
    case.ids = ids
    writer.add("cases", case_id, {**tables["cases"][0], "ref": ref,
                                  "created_at": case.opened or writer.at}, case_id)
    number, n = ref.removeprefix("C-"), 0
    for name in bulk.ORDER:
        if name == "cases" or name not in tables:
            continue
        links = _LINKS_OF.get(name, ())
        for row_id, row in zip(ids[name], tables[name], strict=True):
            if name != "milestones":
                row["case_id"] = case_id
            for column, target in links:
                if row[column] is not None:
                    row[column] = ids[target][row[column]]
            if name == "conferences" and isinstance(row["action_event_ids"], list):
                row["action_event_ids"] = json.dumps(
                    [ids["events"][p] for p in row["action_event_ids"]])
            if name == "status_changes" and isinstance(row["subject_id"], tuple):
                table, position = row["subject_id"]
                row["subject_id"] = ids[table][position]
            if name == "matters":
                n += 1
                while f"M-{number}-{n}" in matter_refs:
                    n += 1
                row["ref"] = f"M-{number}-{n}"
                matter_refs.add(row["ref"])
            writer.add(name, row_id, row, case_id)


# --- interpreter bookings (0011): after the bulk rows, through the store ---

def _export_bookings(store: StoreContract, case: r.Case) -> list[dict[str, Any]]:
    """A case's bookings; ``event_id`` is the event's id in the file, ``contact_id`` the
    position of the case's own contact in its ``contacts`` list (a shared contact's name is
    carried as ``interpreter_name``: a one-case file holds no shared contacts)."""
    own = [c.id for c in store.list_contacts(case.id) if c.case_id == case.id]
    names = {c.id: c.name for c in store.list_contacts(case.id)}
    out = []
    for booking in store.list_interpreter_bookings(case.id):
        item = as_dict(booking, ("id", "case_id", "category"))
        if booking.contact_id is not None and booking.contact_id in own:
            item["contact_id"] = own.index(booking.contact_id)
        elif booking.contact_id is not None:
            item.pop("contact_id")
            item.setdefault("interpreter_name", names.get(booking.contact_id))
        out.append(item)
    return out


def _bookings(items: list[Any], events: dict[Any, int], contacts: int) -> list[dict[str, Any]]:
    """Planned bookings: fields checked by the store's rules, links as positions."""
    from models.store_bookings import BOOKING_FIELDS
    from models.store_fields import clean

    out = []
    for i, item in enumerate(items):
        with at(f"interpreter_bookings[{i}]"):
            given = _obj(item)
            for key in ("id", "case_id", "category"):
                given.pop(key, None)
            event = _link(given.pop("event_id", None), "event_id", "events", events)
            if event is None:
                raise InvalidInput(translate("Interchange",
                        "event_id: is required (the id of an event of this case in this file)"), field="event_id")
            contact = given.pop("contact_id", None)
            if contact is not None and (not isinstance(contact, int) or isinstance(contact, bool)
                                        or not 0 <= contact < contacts):
                raise InvalidInput(translate("Interchange",
                        "contact_id: is not the position of a contact in this case's contacts "
                        "list"), field="contact_id")
            for required in ("language", "provider", "mode"):
                if required not in given:
                    raise InvalidInput(fill(translate("Interchange",
                            "%1: is required"),
                            required), field=required)
            fields = clean(given, BOOKING_FIELDS, "an interpreter booking")
            out.append({**{k: plain(v) for k, v in fields.items()}, "event_id": event,
                        "contact_id": contact})
    return out


def _write_bookings(store: StoreContract, plan: Plan) -> None:
    for case in plan.cases:
        if not case.ids:
            continue  # already there (unchanged), or no records
        for booking in case.bookings:
            fields = dict(booking)
            event_id = case.ids["events"][fields.pop("event_id")]
            contact = fields.pop("contact_id")
            if contact is not None:
                fields["contact_id"] = case.ids["contacts"][contact]
            store.add_interpreter_booking(event_id, fields.pop("language"),
                                          fields.pop("provider"), fields.pop("mode"), **fields)
