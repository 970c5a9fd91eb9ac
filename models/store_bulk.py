"""Bulk writes for imports: one executemany per table and the audit chain in one pass.

Importing through the intent-named methods cost an ORM flush and an audit append per record:
77x a raw executemany of the same rows for 10,000 events (now 1.2-1.9x; `make bench` measures
100,000). Here the importer hands over clean column values; ids are assigned up front (what
SQLite would assign: max(id) + 1, read after the write lock is taken), each table gets one
executemany of Core's ``insert()``, and the audit trail one entry per record -- ids and action
only, as for every write -- hash-chained in one pass. Foreign keys are checked at commit
(``defer_foreign_keys``), so a row may point to one written after it (an appointment that is
evidence for a later filing).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import MISSING, dataclass
from dataclasses import field as dataclass_field
from datetime import date
from typing import Any

from sqlalchemy import Column, Table, func, insert, select, text
from sqlalchemy.dialects.sqlite.base import SQLiteDialect
from sqlalchemy.orm import Session

from models import chain, field_cipher
from models import records as r
from models import store_convert as convert
from models import store_fields as f
from models.i18n import fill, translate
from models.rows import Base, ChainHeadRow
from models.store_base import StoreBase, lock_chain
from models.store_care import (
    _GOAL_STATUS,
    CLOSURE_FIELDS,
    CONTACT_FIELDS,
    GOAL_FIELDS,
    MILESTONE_FIELDS,
    REFERRAL_FIELDS,
)
from models.store_care_records import (
    CONFERENCE_FIELDS,
    GOAL_MEASURE_FIELDS,
    HISTORY_VALUES,
    SAFETY_PLAN_FIELDS,
    measure_value,
)
from models.store_cases import CASE_FIELDS, MATTER_FIELDS
from models.store_events import clean_event, series_columns
from models.store_ledger import _HOW_GIVEN, CONSENT_FIELDS, check_document
from models.store_reports import FEEDBACK_FIELDS
from models.store_screenings import _ITEM_ID, _answer_value
from models.store_triggers import _SERVICE, TRIGGER_FIELDS, TriggersMixin

# parents before children: the order rows are inserted in
ORDER = ("cases", "safe_addresses", "matters", "triggers", "events", "consents", "documents",
         "referrals", "goals", "milestones", "contacts", "closures", "screenings",
         "safety_plans", "conferences", "status_changes", "feedback")
ACTIONS = {
    "cases": "case.add", "safe_addresses": "safe_address.add", "matters": "matter.add",
    "triggers": "trigger.add", "events": "event.add", "consents": "consent.add",
    "documents": "document.add", "referrals": "referral.add", "goals": "goal.add",
    "milestones": "milestone.add", "contacts": "contact.add", "closures": "closure.add",
    "screenings": "screening.add", "safety_plans": "safety_plan.add",
    "conferences": "conference.add", "status_changes": "status_change.add",
    "feedback": "feedback.add",
}


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _scalar_default(column: Column[Any]) -> Any:
    default = column.default
    if default is None or not getattr(default, "is_scalar", False):
        return None
    return getattr(default, "arg", None)


# every column but the id, with the schema's default: executemany needs the same keys per row
_DEFAULTS: dict[str, dict[str, Any]] = {
    name: {c.name: _scalar_default(c) for c in _table(name).columns if c.name != "id"}
    for name in ORDER
}


def _insert_sql(table: Table) -> str:
    # Core's INSERT with named parameters, so that rows go to executemany as the dicts they are
    # (SQLAlchemy's own executemany builds its parameters again per row: a third of the time)
    return str(insert(table).compile(dialect=SQLiteDialect(paramstyle="named")))


_INSERT = {name: _insert_sql(_table(name)) for name in (*ORDER, "audit")}


def columns(table: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """A full row of ``table``: the schema defaults overlaid with ``values`` (stored forms)."""
    row = dict(_DEFAULTS[table])
    for name, value in values.items():
        if name not in row and name != "id":
            raise KeyError(f"{table} has no column {name}")
        row[name] = convert.column_value(value)
    return row


class BulkWriter:
    """Rows of one import: ids reserved up front, written by ``flush`` in one pass."""

    def __init__(self, session: Session, actor: str, at: str,
                 sign: Callable[[str], str] | None = None) -> None:
        session.flush()
        self._hub = session.connection().dialect.name == "postgresql"
        if self._hub:
            # the hub: ids come from each table's sequence; the chain's lock is taken now
            lock_chain(session, "audit")
        else:
            # A write first, so that no other connection can add rows between reading max(id)
            # and inserting (a zero-row UPDATE takes SQLite's write lock all the same).
            session.execute(text("UPDATE chain_heads SET length = length WHERE name = 'audit'"))
            session.execute(text("PRAGMA defer_foreign_keys = ON"))  # reset by SQLite at commit
        self._sign = sign
        self._session = session
        self._actor = actor
        self._at = at
        self._next: dict[str, int] = {}
        self._rows: dict[str, list[dict[str, Any]]] = {name: [] for name in ORDER}
        self._entries: list[tuple[str, int, int | None]] = []

    def reserve(self, table: str, count: int = 1) -> Sequence[int]:
        """``count`` new ids of ``table``, in insertion order."""
        if self._hub:
            return field_cipher.reserve_ids(self._session.connection(), table, count)
        if table not in self._next:
            top = self._session.scalar(select(func.max(_table(table).c.id)))
            self._next[table] = int(top or 0) + 1
        first = self._next[table]
        self._next[table] = first + count
        return range(first, first + count)

    def add(self, table: str, row_id: int, row: dict[str, Any], case_id: int | None) -> None:
        """Queue a full row (from ``columns``) under a reserved id, with its audit entry."""
        row["id"] = row_id
        self._rows[table].append(row)
        self._entries.append((table, row_id, case_id))

    @property
    def session(self) -> Session:
        """The write transaction's session, for the reads an import needs."""
        return self._session

    @property
    def at(self) -> str:
        """The time stamped on every row and audit entry of this batch (UTC ISO text)."""
        return self._at

    def flush(self) -> None:
        """Insert every queued row, then append their audit entries to the chain."""
        conn = self._session.connection()
        for name in ORDER:
            rows = self._rows[name]
            if rows and self._hub:
                sealed = field_cipher.seal_core_rows(conn, name, rows, need_ids=False)
                conn.execute(insert(_table(name)), sealed)
            elif rows:
                conn.exec_driver_sql(_INSERT[name], rows)
        self._append_audit()
        self._rows = {name: [] for name in ORDER}
        self._entries = []

    def _append_audit(self) -> None:
        if not self._entries:
            return
        session = self._session
        head = session.get(ChainHeadRow, "audit")  # the ORM's copy: later _append calls use it
        if head is None:
            head = ChainHeadRow(name="audit", length=0, last_hash=chain.GENESIS)
            session.add(head)
        rows = list(audit_rows(self._entries, self._at, self._actor, head.length, head.last_hash))
        if self._sign is not None:  # one signature: its hash chains over the whole batch
            rows[-1]["signature"] = self._sign(rows[-1]["hash"])
        if self._hub:
            session.connection().execute(insert(_table("audit")), rows)
        else:
            session.connection().exec_driver_sql(_INSERT["audit"], rows)
        head.length += len(rows)
        head.last_hash = rows[-1]["hash"]
        session.flush()


def audit_rows(
    entries: list[tuple[str, int, int | None]], at: str, user: str, length: int, last_hash: str,
) -> Iterator[dict[str, Any]]:
    """Audit rows for ``(table, id, case_id)`` entries, chained onto (length, last_hash).

    The canonical JSON of chain.link_hash is written out with its keys already in sorted
    order (the same bytes, about 4x faster); the first row is checked against link_hash.
    """
    at_j, user_j = _j(at), _j(user)
    prev = last_hash
    for n, (table, row_id, case_id) in enumerate(entries, start=length + 1):
        action = ACTIONS[table]
        payload = (f'{{"action":{_ACTION_J[table]},"at":{at_j},"case_id":{_num(case_id)},'
                   f'"entity":{_ENTITY_J[table]},"entity_id":{_num(row_id)},"id":{n},'
                   f'"prev_hash":"{prev}","user":{user_j}}}')
        digest = hashlib.sha256(payload.encode()).hexdigest()
        fields = {"id": n, "at": at, "user": user, "action": action, "entity": table,
                  "entity_id": row_id, "case_id": case_id}
        if n == length + 1 and digest != chain.link_hash(fields, prev):
            raise AssertionError("bulk audit hashing differs from chain.link_hash")
        yield {**fields, "prev_hash": prev, "hash": digest, "signature": None,
               "row_version": None}
        prev = digest


def free_case_ref(number: int, taken: Collection[str]) -> str:
    """C-<number>, or the next free one (the numbering of Store.add_case: the new row's id)."""
    while f"C-{number:04d}" in taken:
        number += 1
    return f"C-{number:04d}"


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _num(value: int | None) -> str:
    return "null" if value is None else str(int(value))


_ACTION_J = {table: _j(action) for table, action in ACTIONS.items()}
_ENTITY_J = {table: _j(table) for table in ACTIONS}


def vault_store(store: object) -> StoreBase:
    """The store itself when it writes through SQLAlchemy (models.store.Store); else TypeError."""
    if not isinstance(store, StoreBase):
        raise TypeError("bulk import writes through the SQLAlchemy store (models.store.Store)")
    return store


@contextmanager
def writer(store: StoreBase) -> Iterator[BulkWriter]:
    """A BulkWriter in the store's write transaction; rows are flushed when the block ends."""
    with store._write() as session:
        bulk = BulkWriter(session, store.actor, convert.utc_text(store._now()), store._sign)
        yield bulk
        bulk.flush()


# --- clean values to rows: the same field rules, defaults and checks as the add_* methods ---

@dataclass(frozen=True)
class Kind:
    """How one kind of record is validated: the store's field rules plus its method's extras."""

    table: str
    what: str  # "a case", for messages
    fields: Mapping[str, f.Coercer]
    required: tuple[str, ...]
    defaults: Mapping[str, Any] = dataclass_field(default_factory=dict)
    # allowed values of plain-text enumerations, checked first so no message shows a value
    choices: Mapping[str, Collection[str]] = dataclass_field(default_factory=dict)


def _screening_answers(value: Any, name: str) -> str:
    """An export's answers (a list of {item_id, value, asked_by, asked_role, asked_at}) in
    their stored form (a JSON object keyed by item id, in the order first answered)."""
    if not isinstance(value, list):
        raise f.bad(name, translate("StoreBulk",
                "must be a list of answers"))
    answers, seen = [], set()
    for i, item in enumerate(value):
        where = f"{name}[{i}]"
        if not isinstance(item, Mapping):
            raise f.bad(where, translate("StoreBulk",
                    "must be an object"))
        item_id = f.text(item.get("item_id"), f"{where}.item_id")
        if not _ITEM_ID.fullmatch(item_id) or item_id in seen:
            raise f.bad(f"{where}.item_id", fill(translate("StoreBulk",
                    "%1 is not an item id, or is given twice"),
                    f.shown(item_id)))
        seen.add(item_id)
        answers.append(r.ScreeningAnswer(
            item_id, _answer_value(item.get("value"), f"{where}.value"),
            f.text(item.get("asked_by"), f"{where}.asked_by"),
            f.text(item.get("asked_role"), f"{where}.asked_role"),
            f.moment(item.get("asked_at"), f"{where}.asked_at")))
    return convert.screening_answers_text(answers)


def _opt_total(value: Any, name: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise f.bad(name, translate("StoreBulk",
                "must be a whole number of points, or absent"))
    return value


SCREENING_FIELDS: dict[str, f.Coercer] = {
    "instrument_id": f.text, "instrument_version": f.text, "category": f.record_category,
    "status": f.enum(r.ScreeningStatus), "consent_at": f.moment, "consent_by": f.text,
    "consent_note": f.opt_text, "started_at": f.moment, "completed_at": f.opt_moment,
    "answers": _screening_answers, "total": _opt_total, "band": f.opt_text,
    "reason": f.opt_text,
}
# links (review_event_id, event_id, action_event_ids) are resolved by the importer
SAFETY_PLAN_ROW_FIELDS: dict[str, f.Coercer] = {
    **{k: v for k, v in SAFETY_PLAN_FIELDS.items() if k != "review_event_id"},
    "updated_at": f.moment, "updated_by": f.text,
}
CONFERENCE_ROW_FIELDS: dict[str, f.Coercer] = {
    **{k: v for k, v in CONFERENCE_FIELDS.items() if k not in ("event_id", "action_event_ids")},
    "recorded_at": f.moment, "recorded_by": f.text,
}
STATUS_CHANGE_FIELDS: dict[str, f.Coercer] = {
    "subject": f.enum(r.HistorySubject), "value": f.text, "category": f.record_category,
    "changed_at": f.moment, "changed_by": f.text, "note": f.opt_text,
}
_DOCUMENT_FIELDS: dict[str, f.Coercer] = {
    "category": f.record_category, "title": f.text, "doc_date": f.opt_day,
    "media_type": lambda v, _n: v, "data": lambda v, _n: v,  # checked by check_document
}
KINDS = {
    "case": Kind("cases", "a case", CASE_FIELDS, ("display_name",)),
    "safe_address": Kind("safe_addresses", "a safe address",
                         {"filing": f.text, "address": f.text}, ("filing", "address")),
    "matter": Kind("matters", "a matter", MATTER_FIELDS, ("kind",)),
    "trigger": Kind("triggers", "a trigger", TRIGGER_FIELDS,
                    ("trigger_type", "rule_id", "occurred"), choices={"service": _SERVICE}),
    "consent": Kind("consents", "a consent", CONSENT_FIELDS,
                    ("recipient", "categories", "purpose", "granted"),
                    choices={"how_given": _HOW_GIVEN}),
    "referral": Kind("referrals", "a referral", REFERRAL_FIELDS, ("service", "organisation"),
                     {"status": r.ReferralStatus.PROPOSED, "category": r.Category.HOUSING_BENEFITS}),
    "goal": Kind("goals", "a goal", {**GOAL_FIELDS, **GOAL_MEASURE_FIELDS}, ("title",),
                 {"category": r.Category.SAFETY_PLAN}, {"status": _GOAL_STATUS}),
    "milestone": Kind("milestones", "a milestone", MILESTONE_FIELDS, ("title",)),
    "contact": Kind("contacts", "a contact",
                    {k: v for k, v in CONTACT_FIELDS.items() if k != "case_id"}, ("kind", "name")),
    "closure": Kind("closures", "a closure", CLOSURE_FIELDS, ("day", "calendar", "reason")),
    "document": Kind("documents", "a document", _DOCUMENT_FIELDS,
                     ("category", "title", "data", "media_type")),
    "screening": Kind("screenings", "a screening", SCREENING_FIELDS,
                      ("instrument_id", "instrument_version", "category", "status", "consent_at",
                       "consent_by", "started_at")),
    "safety_plan": Kind("safety_plans", "a safety plan", SAFETY_PLAN_ROW_FIELDS,
                        ("updated_at", "updated_by"), {"category": r.Category.SAFETY_PLAN}),
    "conference": Kind("conferences", "a case conference", CONFERENCE_ROW_FIELDS,
                       ("held_on", "participation", "recorded_at", "recorded_by"),
                       {"category": r.Category.HOUSING_BENEFITS}),
    "feedback": Kind("feedback", "feedback", FEEDBACK_FIELDS, ("program", "period")),
    "status_change": Kind("status_changes", "a status change", STATUS_CHANGE_FIELDS,
                          ("subject", "value", "category", "changed_at", "changed_by")),
}


def clean(kind: Kind, given: Mapping[str, Any]) -> dict[str, Any]:
    """Required fields present, plain-text enumerations known, then the store's coercion."""
    for name in kind.required:
        if name not in given:
            raise f.bad(name, translate("StoreBulk",
                    "is required"))
    for name, allowed in kind.choices.items():
        value = given.get(name)
        if isinstance(value, str) and value.strip() not in allowed:
            raise f.bad(name, fill(translate("StoreBulk",
                    "%1 is not one of: %2"),
                    f.shown(value), ', '.join(sorted(allowed))))
    return {**kind.defaults, **f.clean(given, kind.fields, kind.what)}


def row(name: str, given: Mapping[str, Any]) -> dict[str, Any]:
    """The full row (stored forms, no id or links) that ``add_<name>`` would write."""
    kind = KINDS[name]
    values = clean(kind, given)
    if name == "trigger":
        values = TriggersMixin._trigger_columns(values)
    elif name == "consent":
        _check_consent(values)
    elif name == "screening":
        if values["consent_at"] > values["started_at"]:
            raise f.bad("started_at", translate("StoreBulk",
                    "must not be before consent was given"))
        total = values.get("total")
        values["total"] = None if total is None else str(total)
    elif name == "goal":
        for field in ("baseline", "target"):
            if field in values:
                values[field] = measure_value(values[field], values.get("measure"), field)
    elif name == "status_change":
        allowed = HISTORY_VALUES[values["subject"]]
        if values["value"] not in allowed:
            raise f.bad("value", fill(translate("StoreBulk",
                    "a %1 history holds one of: %2"),
                    values['subject'].value, ', '.join(allowed)))
    elif name == "document":
        check_document(values["data"], values["media_type"])
        blob = bytes(values["data"])
        values.update(data=blob, size=len(blob), sha256=hashlib.sha256(blob).hexdigest())
    return columns(kind.table, values)


def _check_consent(values: Mapping[str, Any]) -> None:
    for name in ("expires", "revoked"):
        if values.get(name) is not None and values[name] < values["granted"]:
            raise f.bad(name, translate("StoreBulk",
                    "must not be before the date consent was granted"))


def event_row(given: Mapping[str, Any]) -> dict[str, Any]:
    """The full row (no id, case or links) that ``add_event`` would write.

    The fields are coerced by the store's own ``clean_event``; the row is then built from the
    clean values directly instead of through an Event record (a third of the time of an import
    of 100,000 events). tests/models/test_store_bulk.py checks it equals what add_event writes.
    """
    for name in ("kind", "title", "category"):
        if name not in given:
            raise f.bad(name, translate("StoreBulk",
                    "is required"))
    clean = clean_event(given)
    start, end, due = clean.get("start"), clean.get("end"), clean.get("due")
    if start is None and due is None:
        raise f.bad("due", translate("StoreBulk",
                "an event needs a start time or a due date"))
    if end is not None and (start is None or end < start):
        raise f.bad("end", translate("StoreBulk",
                "must be after the start"))
    row = dict(_EVENT_DEFAULTS)
    value_of = convert.column_value
    for name, value in clean.items():
        row[name] = value_of(value)
    row.pop("start", None)
    row.pop("end", None)
    first: date | None = start.astimezone(convert.zone(row["tz"])).date() if start is not None else due
    row["first_date"] = None if first is None else first.isoformat()
    row["start_utc"] = None if start is None else convert.utc_text(start)
    row["end_utc"] = None if end is None else convert.utc_text(end)
    row.update(series_columns(clean.get("rrule"), start, due, row["tz"], clean.get("exdates", ())))
    return row


def _event_defaults() -> dict[str, Any]:
    """Every events column (but id) with the stored form of the Event record's default."""
    fields = r.Event.__dataclass_fields__
    row = dict(_DEFAULTS["events"])
    for name, spec in fields.items():
        if name in row and spec.default is not MISSING:
            row[name] = convert.column_value(spec.default)
    return row


_EVENT_DEFAULTS = _event_defaults()
