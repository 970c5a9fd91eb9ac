"""Writing a received transfer: a new case from its content, or an update of the case an
earlier bundle of the same sender's case made (called inside one transaction).

A new case goes through the vault's importer (models.interchange: every field checked, one
audit entry per record); its matters, events and documents are then linked to the sender's
ids (links of source "transfer", kind "matter"/"event"/"document", external id
"<sender fingerprint>:<sender's id>"). An update changes the case's intake fields, changes
linked matters and events and adds new ones, and adds documents not seen before. Goals,
referrals, screenings, conferences, the safety plan and housing levels are taken when the
case is created; a later bundle does not change them (docs/transfer-format.md says so).
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping
from datetime import date
from typing import Any

from models.records import Case
from timeline.deadlines import list_rules
from workbench.operations import transfer_content as content_of
from workbench.operations.context import Context

SOURCE = "transfer"
_LISTS = ("matters", "events", "documents")


def create(ctx: Context, content: Mapping[str, Any], sender: str) -> tuple[int, int, int]:
    """Import the content as a new case; (case id, records added, records updated = 0)."""
    store = ctx.store
    before = {c.id for c in store.list_cases()}
    store.import_data(content_of.as_import_file(content),
                      known_rule_ids=frozenset(r.id for r in list_rules()))
    case = next(c for c in store.list_cases() if c.id not in before)
    ours = {"matters": [m.id for m in sorted(store.list_matters(case.id), key=lambda m: m.id)],
            "events": [e.id for e in sorted(store.list_events(case_id=case.id),
                                            key=lambda e: e.id)],
            "documents": [d.id for d in sorted(store.list_documents(case.id),
                                               key=lambda d: d.id)]}
    for name in _LISTS:
        given = content["case"].get(name, [])
        for theirs, mine, record in zip(content["source_ids"].get(name, []), ours[name], given,
                                        strict=True):
            store.add_link(SOURCE, name[:-1], f"{sender}:{theirs}", case.id, record_id=mine,
                           digest=digest(record))
    return case.id, content_of.record_count(content), 0


def update(ctx: Context, case_id: int, content: Mapping[str, Any],
           sender: str) -> tuple[int, int]:
    """Apply a newer bundle to the case it made before; (records added, records updated)."""
    store = ctx.store
    given = content["case"]
    fields = {k: v for k, v in given.items() if not isinstance(v, list | dict)}
    case = store.get_case(case_id)
    changed = {k: v for k, v in fields.items() if _stored(case, k) != v}
    if changed:
        store.update_case(case_id, **changed)
    ids = content["source_ids"]
    added = updated = 0
    matters: dict[int, int] = {}
    for theirs, matter in zip(ids.get("matters", []), given.get("matters", []), strict=True):
        values = {k: v for k, v in matter.items() if k not in ("id", "ref")}
        mine, change = _apply(ctx, case_id, "matter", f"{sender}:{theirs}", values,
                              digest(matter))
        matters[int(matter.get("id", theirs))] = mine
        added, updated = added + (change == "added"), updated + (change == "updated")
    events: dict[int, int] = {}
    for theirs, event in zip(ids.get("events", []), given.get("events", []), strict=True):
        values = _event_values(event, matters, events)
        mine, change = _apply(ctx, case_id, "event", f"{sender}:{theirs}", values,
                              digest(event))
        events[int(event.get("id", theirs))] = mine
        added, updated = added + (change == "added"), updated + (change == "updated")
    for theirs, doc in zip(ids.get("documents", []), given.get("documents", []), strict=True):
        if store.link_for(SOURCE, "document", f"{sender}:{theirs}") is None:
            stored = store.add_document(case_id, doc["category"], doc["title"],
                                        base64.b64decode(doc["data_base64"]),
                                        doc["media_type"], doc_date=doc.get("doc_date"))
            store.add_link(SOURCE, "document", f"{sender}:{theirs}", case_id,
                           record_id=stored.id, digest=digest(doc))
            added += 1
    return added, updated


def digest(record: Mapping[str, Any]) -> str:
    """A hash of a record as a bundle carried it: the same again is not rewritten."""
    text = json.dumps(record, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _stored(case: Case, name: str) -> Any:
    value = getattr(case, name, None)
    if isinstance(value, tuple):
        return list(value)
    return value.isoformat() if isinstance(value, date) else value


def _event_values(event: Mapping[str, Any], matters: Mapping[int, int],
                  events: Mapping[int, int]) -> dict[str, Any]:
    values = {k: v for k, v in event.items() if k != "id"}
    for column, known in (("matter_id", matters), ("evidence_for_id", events)):
        if column in values:
            values[column] = known.get(values[column])
            if values[column] is None:
                del values[column]
    return values


def _apply(ctx: Context, case_id: int, kind: str, external_id: str,
           values: dict[str, Any], hashed: str) -> tuple[int, str]:
    """Update the record linked to ``external_id`` (when the sender's copy changed), or add
    and link it; (our id, "added" | "updated" | "same")."""
    store = ctx.store
    link = store.link_for(SOURCE, kind, external_id)
    if link is not None and link.record_id is not None:
        if link.digest == hashed:
            return link.record_id, "same"
        if kind == "matter":
            store.update_matter(link.record_id, **values)
        else:
            store.update_event(link.record_id, **values)
        store.update_link(link.id, digest=hashed)
        return link.record_id, "updated"
    if kind == "matter":
        record_id = store.add_matter(case_id, values.pop("kind"), **values).id
    else:
        record_id = store.add_event(case_id, values.pop("kind"), values.pop("title"),
                                    values.pop("category"), **values).id
    store.add_link(SOURCE, kind, external_id, case_id, record_id=record_id, digest=hashed)
    return record_id, "added"
