"""Spreadsheet (CSV) import of cases and their events (format: docs/import-format.md).

One row per event; rows with the same ``case`` key belong to one case. A key that is the
reference of a case already in the vault (C-0001) adds events to that case. Case columns are
read from the first row of each key. All-or-nothing, like the JSON import, and written the same
way (models.store_bulk: one executemany per table, one audit entry per record).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import datetime, time
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from models import store_bulk as bulk
from models import store_fields as f
from models.errors import InvalidInput
from models.i18n import fill, translate
from models.rows import CaseRow

if TYPE_CHECKING:
    from models.store_contract import StoreContract

CASE_COLUMNS = ("case", "display_name", "languages", "interpreter_language", "jurisdiction",
                "opened")
EVENT_COLUMNS = ("kind", "title", "category", "date", "time", "end_time", "tz", "location",
                 "rrule", "owner", "interpreter_needed", "notes")
COLUMNS = CASE_COLUMNS + EVENT_COLUMNS


def import_csv(store: StoreContract, text: str, default_tz: str = "UTC") -> dict[str, int]:
    """Import a CSV text in one transaction; returns counts of new cases and events."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(translate("InterchangeCsv",
                "row 1: the file contains characters that are not valid text; save it as CSV "
                "(UTF-8) and try again"), row=1) from None
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    try:
        header = [h.strip() for h in reader.fieldnames or []]
    except csv.Error as exc:
        raise _malformed(1, exc) from None
    unknown = [h for h in header if h not in COLUMNS]
    if "case" not in header or unknown:
        what = f"unknown column {unknown[0]!r}" if unknown else "a 'case' column is required"
        raise InvalidInput(fill(translate("InterchangeCsv",
                "row 1: %1 (columns: %2)"),
                what, ', '.join(COLUMNS)), row=1)
    reader.fieldnames = header
    counts = {"cases": 0, "events": 0}
    with store.transaction(), bulk.writer(bulk.vault_store(store)) as writer:
        vault: dict[str, int] = {ref: id_ for ref, id_ in writer.session.execute(
            select(CaseRow.ref, CaseRow.id))}
        cases = _Cases(writer, vault, counts)
        for line, raw in _rows(reader):
            row = {k: (v or "").strip() for k, v in raw.items() if k is not None}
            try:
                case_id = cases.for_row(row)
                if row.get("kind"):
                    event = bulk.event_row(_event_fields(row, default_tz))
                    writer.add("events", writer.reserve("events")[0],
                               {**event, "case_id": case_id}, case_id)
                    counts["events"] += 1
            except InvalidInput as exc:
                raise InvalidInput(fill(translate("InterchangeCsv",
                        "row %1, %2"),
                        line, exc), field=exc.field, row=line) from None
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


class _Cases:
    """The case of each row's label: one of the vault's (by ref), or a new one queued."""

    def __init__(self, writer: bulk.BulkWriter, vault: dict[str, int], counts: dict[str, int]):
        self._writer = writer
        self._vault = vault  # ref -> id
        self._labels: dict[str, int] = {}
        self._counts = counts

    def for_row(self, row: dict[str, str]) -> int:
        key = row.get("case", "")
        if not key:
            raise f.bad("case", translate("InterchangeCsv",
                    "is required (a label shared by the rows of one case)"))
        if key in self._labels:
            return self._labels[key]
        if key.upper() in self._vault:
            self._labels[key] = self._vault[key.upper()]
            return self._labels[key]
        fields: dict[str, Any] = {
            k: row[k] for k in ("interpreter_language", "jurisdiction") if row.get(k)
        }
        if row.get("languages"):
            fields["languages"] = [x.strip() for x in row["languages"].split(";")]
        case = bulk.row("case", {"display_name": row.get("display_name", ""), **fields})
        case_id = self._writer.reserve("cases")[0]
        ref = bulk.free_case_ref(case_id, self._vault)
        self._vault[ref] = case_id
        case.update(ref=ref, created_at=f.opened(row.get("opened"), "opened") or self._writer.at)
        self._writer.add("cases", case_id, case, case_id)
        self._labels[key] = case_id
        self._counts["cases"] += 1
        return case_id


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
        raise f.bad(field, fill(translate("InterchangeCsv",
                "%1 is not a time of day (use HH:MM, 24-hour)"),
                f.shown(value))) from None
