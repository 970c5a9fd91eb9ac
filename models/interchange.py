"""JSON import and export of cases (format: docs/import-format.md).

Import is all-or-nothing: everything runs in one store transaction, and the first bad value
raises ``InvalidInput`` naming its place (``cases[2].date_of_birth: ...``), so nothing is
written. Ids inside a file are local to the file; the import assigns new ones.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import inspect
import json
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

from models import records as r
from models.errors import InvalidInput

if TYPE_CHECKING:
    from models.store import Store

FORMAT = "workbench"
VERSION = 1
_CASE_LISTS = ("safe_addresses", "matters", "triggers", "events", "consents", "referrals",
               "goals", "contacts", "documents")


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
    return value


def as_dict(record: Any, drop: tuple[str, ...] = ("case_id",)) -> dict[str, Any]:
    """A record as a JSON-ready dict without ``drop`` fields and without empty values."""
    out = {}
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        if field.name in drop or value is None or value == () or value == frozenset():
            continue
        out[field.name] = plain(value)
    return out


def export_data(store: Store, case_ref: str | None = None) -> dict[str, Any]:
    """Everything, or one case, as a dict that import_data takes back."""
    cases = [store.get_case_by_ref(case_ref)] if case_ref else store.list_cases()
    data: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    if case_ref is None:
        data["closures"] = [as_dict(c, ("id",)) for c in store.list_closures()]
        shared = [c for c in store.list_contacts() if c.case_id is None]
        data["contacts"] = [as_dict(c, ("id", "case_id")) for c in shared]
    data["cases"] = [_export_case(store, c) for c in cases]
    return data


def _export_case(store: Store, case: r.Case) -> dict[str, Any]:
    out = as_dict(case, ("id", "created_at", "safe_addresses"))
    out["safe_addresses"] = [as_dict(a, ("id", "case_id")) for a in case.safe_addresses]
    out["matters"] = [as_dict(m) for m in store.list_matters(case.id)]
    out["triggers"] = [as_dict(t) for t in store.list_triggers(case.id)]
    # id order: a fresh vault then gives every record the same id again
    out["events"] = [as_dict(e) for e in sorted(store.list_events(case.id), key=lambda e: e.id)]
    out["consents"] = [as_dict(c) for c in store.list_consents(case.id)]
    out["referrals"] = [as_dict(x, ("id", "case_id")) for x in store.list_referrals(case.id)]
    out["goals"] = [
        {**as_dict(g, ("id", "case_id", "milestones")),
         "milestones": [as_dict(m, ("id", "goal_id")) for m in g.milestones]}
        for g in store.list_goals(case.id)
    ]
    out["contacts"] = [
        as_dict(c, ("id", "case_id")) for c in store.list_contacts(case.id) if c.case_id == case.id
    ]
    out["documents"] = [
        {**as_dict(d, ("id", "case_id", "size", "sha256")),
         "data_base64": base64.b64encode(store.document_bytes(d.id)).decode("ascii")}
        for d in store.list_documents(case.id)
    ]
    return out


@contextmanager
def at(path: str, row: int | None = None) -> Iterator[None]:
    """Prefix any InvalidInput raised inside with ``path`` (and the row number)."""
    try:
        yield
    except InvalidInput as exc:
        field = f"{path}.{exc.field}" if exc.field else path
        raise InvalidInput(f"{path}.{exc}" if exc.field else f"{path}: {exc}", field=field,
                           row=exc.row if exc.row is not None else row) from None


def _obj(value: Any) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise InvalidInput("must be an object {...}")
    return dict(value)


def _call(method: Callable[..., Any], *args: Any, **given: Any) -> Any:
    """Call a store method with fields from a file; missing or unknown keys are named."""
    params = list(inspect.signature(method).parameters.values())[len(args):]
    takes_any = any(p.kind is p.VAR_KEYWORD for p in params)
    names = {p.name for p in params}
    for p in params:
        if p.default is p.empty and p.kind is not p.VAR_KEYWORD and p.name not in given:
            raise InvalidInput(f"{p.name}: is required", field=p.name)
    for key in given:
        if key not in names and not takes_any:
            raise InvalidInput(f"{key}: is not a field here", field=key)
    return method(*args, **given)


def _list(data: Mapping[str, Any], key: str, path: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise InvalidInput(f"{path}{key}: must be a list [...]", field=f"{path}{key}")
    return value


def import_data(store: Store, data: Mapping[str, Any]) -> dict[str, Any]:
    """Import a whole file in one transaction; returns counts and old→new case refs."""
    with at("file"):
        data = _obj(data)
        _check_text(data)
    if data.get("format", FORMAT) != FORMAT or data.get("version", VERSION) != VERSION:
        raise InvalidInput(f"file: not a {FORMAT} file of version {VERSION}", field="format")
    counts: dict[str, Any] = {"cases": 0, "events": 0, "documents": 0, "refs": {}}
    with store.transaction():
        known = {(c.day.isoformat(), c.calendar) for c in store.list_closures()}
        for i, item in enumerate(_list(data, "closures", "")):
            with at(f"closures[{i}]", i):
                closure = _obj(item)
                key = (closure.get("day"), closure.get("calendar"))
                if not all(isinstance(k, str) for k in key) or key not in known:  # shared data
                    _call(store.add_closure, **closure)
        for i, item in enumerate(_list(data, "contacts", "")):
            with at(f"contacts[{i}]", i):
                shared = _obj(item)
                shared.pop("case_id", None)
                _call(store.add_contact, **shared)
        for i, item in enumerate(_list(data, "cases", "")):
            path = f"cases[{i}]"
            with at(path, i):
                _import_case(store, _obj(item), counts)
    return counts


def _import_case(store: Store, obj: dict[str, Any], counts: dict[str, Any]) -> None:
    lists = {k: _list(obj, k, "") for k in _CASE_LISTS}
    for k in _CASE_LISTS:
        obj.pop(k, None)
    old_ref = obj.pop("ref", None)
    if old_ref is not None and not isinstance(old_ref, str):
        raise InvalidInput("ref: must be text such as C-0001", field="ref")
    obj.pop("id", None)
    case = _call(store.add_case, ref=old_ref, **obj)
    counts["cases"] += 1
    if old_ref:
        counts["refs"][old_ref] = case.ref
    ids: dict[str, dict[Any, int]] = {"matter": {}, "trigger": {}, "event": {}}
    for i, item in enumerate(lists["safe_addresses"]):
        with at(f"safe_addresses[{i}]"):
            _call(store.add_safe_address, case.id, **_obj(item))
    for i, item in enumerate(lists["matters"]):
        with at(f"matters[{i}]"):
            m = _obj(item)
            local, _ = _local_id(m.pop("id", None)), m.pop("ref", None)
            ids["matter"][local] = _call(store.add_matter, case.id, **m).id
    for i, item in enumerate(lists["triggers"]):
        with at(f"triggers[{i}]"):
            t = _local_links(_obj(item), ids, ("matter",))
            local = _local_id(t.pop("id", None))
            ids["trigger"][local] = _call(store.add_trigger, case.id, **t).id
    _import_events(store, case.id, lists["events"], ids)
    counts["events"] += len(lists["events"])
    _import_rest(store, case.id, lists)
    counts["documents"] += len(lists["documents"])


def _check_text(data: Mapping[str, Any]) -> None:
    """JSON escapes can carry lone surrogates ("\\ud800"), which are not text anywhere."""
    try:
        json.dumps(data, ensure_ascii=False, default=str).encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput("the file contains characters that are not valid text "
                           "(a broken \\u escape); fix it and try again") from None


def _local_id(value: Any) -> Any:
    """A file-local id (a number or a text) that other rows may point to."""
    if value is not None and (not isinstance(value, int | str) or isinstance(value, bool)):
        raise InvalidInput("id: must be a number or a text", field="id")
    return value


def _local_links(
    obj: dict[str, Any], ids: dict[str, dict[Any, int]], kinds: tuple[str, ...]
) -> dict[str, Any]:
    """Replace file-local ``<kind>_id`` values with the ids just assigned."""
    for kind in kinds:
        key = "evidence_for_id" if kind == "event" else f"{kind}_id"
        if obj.get(key) is not None:
            value = obj[key]
            if not isinstance(value, int | str) or isinstance(value, bool) or value not in ids[kind]:
                raise InvalidInput(f"{key}: is not the id of a {kind} "
                                   "listed before it in this case", field=key)
            obj[key] = ids[kind][obj[key]]
    return obj


def _import_events(
    store: Store, case_id: int, items: list[Any], ids: dict[str, dict[Any, int]]
) -> None:
    """Events first without evidence links (they may point forward), then the links."""
    evidence: list[tuple[int, int, Any]] = []
    for i, item in enumerate(items):
        with at(f"events[{i}]"):
            e = _local_links(_obj(item), ids, ("matter", "trigger"))
            local, link = _local_id(e.pop("id", None)), e.pop("evidence_for_id", None)
            new = _call(store.add_event, case_id, **e)
            ids["event"][local] = new.id
            if link is not None:
                evidence.append((i, new.id, link))
    for i, event_id, link in evidence:
        with at(f"events[{i}]"):
            linked = _local_links({"evidence_for_id": link}, ids, ("event",))
            store.update_event(event_id, **linked)


def _import_rest(store: Store, case_id: int, lists: dict[str, list[Any]]) -> None:
    for i, item in enumerate(lists["consents"]):
        with at(f"consents[{i}]"):
            c = _obj(item)
            c.pop("id", None)
            _call(store.add_consent, case_id, **c)
    for i, item in enumerate(lists["referrals"]):
        with at(f"referrals[{i}]"):
            _call(store.add_referral, case_id, **_obj(item))
    for i, item in enumerate(lists["goals"]):
        with at(f"goals[{i}]"):
            g = _obj(item)
            milestones = _list(g, "milestones", "")
            g.pop("milestones", None)
            goal = _call(store.add_goal, case_id, **g)
            for j, m in enumerate(milestones):
                with at(f"milestones[{j}]"):
                    _call(store.add_milestone, goal.id, **_obj(m))
    for i, item in enumerate(lists["contacts"]):
        with at(f"contacts[{i}]"):
            contact = _obj(item)
            contact["case_id"] = case_id
            _call(store.add_contact, **contact)
    for i, item in enumerate(lists["documents"]):
        with at(f"documents[{i}]"):
            d = _obj(item)
            if "data_base64" not in d:
                raise InvalidInput("data_base64: is required", field="data_base64")
            d["data"] = _decode(d.pop("data_base64"))
            _call(store.add_document, case_id, **d)


def _decode(encoded: Any) -> bytes:
    try:
        return base64.b64decode(str(encoded), validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInput("data_base64: is not valid base64", field="data_base64") from None
