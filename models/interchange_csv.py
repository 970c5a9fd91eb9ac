"""Spreadsheet (CSV) import of cases and their events (format: docs/import-format.md).

One row per event; rows with the same ``case`` key belong to one case. A key that is the
reference of a case already in the vault (C-0001) adds events to that case. Case columns are
read from the first row of each key. All-or-nothing, like the JSON import.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import datetime, time
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from models import store_fields as f
from models.errors import InvalidInput, NotFound

if TYPE_CHECKING:
    from models.store import Store

CASE_COLUMNS = ("case", "display_name", "languages", "interpreter_language", "jurisdiction")
EVENT_COLUMNS = ("kind", "title", "category", "date", "time", "end_time", "tz", "location",
                 "rrule", "owner", "interpreter_needed", "notes")
COLUMNS = CASE_COLUMNS + EVENT_COLUMNS


def import_csv(store: Store, text: str, default_tz: str = "UTC") -> dict[str, int]:
    """Import a CSV text in one transaction; returns counts of new cases and events."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput("row 1: the file contains characters that are not valid text; save "
                           "it as CSV (UTF-8) and try again", row=1) from None
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    try:
        header = [h.strip() for h in reader.fieldnames or []]
    except csv.Error as exc:
        raise _malformed(1, exc) from None
    unknown = [h for h in header if h not in COLUMNS]
    if "case" not in header or unknown:
        what = f"unknown column {unknown[0]!r}" if unknown else "a 'case' column is required"
        raise InvalidInput(f"row 1: {what} (columns: {', '.join(COLUMNS)})", row=1)
    reader.fieldnames = header
    counts = {"cases": 0, "events": 0}
    cases: dict[str, int] = {}
    with store.transaction():
        for line, raw in _rows(reader):
            row = {k: (v or "").strip() for k, v in raw.items() if k is not None}
            try:
                case_id = _case_for(store, row, cases, counts)
                if row.get("kind"):
                    store.add_event(case_id, **_event_fields(row, default_tz))
                    counts["events"] += 1
            except InvalidInput as exc:
                raise InvalidInput(f"row {line}, {exc}", field=exc.field, row=line) from None
    return counts


def _rows(reader: csv.DictReader[str]) -> Iterator[tuple[int, dict[str | Any, Any]]]:
    """Numbered rows (the header is line 1); a malformed line raises InvalidInput naming it."""
    line = 1
    while True:
        line += 1
        try:
            raw = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise _malformed(line, exc) from None
        yield line, raw


def _malformed(line: int, exc: csv.Error) -> InvalidInput:
    reason = "a cell is too long" if "field larger" in str(exc) else "it is not valid CSV"
    return InvalidInput(f"row {line}: {reason}; save the sheet as CSV (UTF-8) and try again",
                        row=line)


def _case_for(store: Store, row: dict[str, str], cases: dict[str, int], counts: dict[str, int]) -> int:
    key = row.get("case", "")
    if not key:
        raise f.bad("case", "is required (a label shared by the rows of one case)")
    if key in cases:
        return cases[key]
    try:
        cases[key] = store.get_case_by_ref(key).id
        return cases[key]
    except NotFound:
        pass
    fields: dict[str, Any] = {
        k: row[k] for k in ("interpreter_language", "jurisdiction") if row.get(k)
    }
    if row.get("languages"):
        fields["languages"] = [x.strip() for x in row["languages"].split(";")]
    cases[key] = store.add_case(row.get("display_name", ""), **fields).id
    counts["cases"] += 1
    return cases[key]


def _event_fields(row: dict[str, str], default_tz: str) -> dict[str, Any]:
    """Event keyword arguments from one row: a time makes it timed, else it is all-day."""
    out: dict[str, Any] = {k: row.get(k, "") for k in ("kind", "title", "category")}
    out.update({k: row[k] for k in ("location", "rrule", "owner", "notes") if row.get(k)})
    if row.get("interpreter_needed"):
        out["interpreter_needed"] = row["interpreter_needed"]
    day = f.day(row.get("date", ""), "date")
    if not row.get("time"):
        out["due"], out["all_day"] = day, True
        return out
    tz = f.zone(row.get("tz") or default_tz, "tz")
    zone = ZoneInfo(tz)
    out["tz"] = tz
    out["start"] = datetime.combine(day, _clock(row["time"], "time"), zone)
    if row.get("end_time"):
        out["end"] = datetime.combine(day, _clock(row["end_time"], "end_time"), zone)
    return out


def _clock(value: str, field: str) -> time:
    try:
        return time.fromisoformat(value)
    except ValueError:
        raise f.bad(field, f"{value!r} is not a time of day (use HH:MM, 24-hour)") from None
