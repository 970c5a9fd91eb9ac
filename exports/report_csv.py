"""A program report as CSV: a short header block, then one block per table.

Each table block is its title line, a header row (the row label, the columns, "Total"), its
rows with their totals and a "Total" row; suppressed values read literally ``suppressed``.
Nothing but published numbers and the template's own labels is written: no names, refs, free
text or dates finer than the report's period.
"""

from __future__ import annotations

import csv
import io

from timeline.reports.model import SUPPRESSED, Cell, PublishedTable, Report

TOTAL = "Total"


def _value(cell: Cell) -> int | str:
    return SUPPRESSED if cell is None else cell


def table_rows(table: PublishedTable) -> list[list[object]]:
    """One table's block: title, header, rows with totals, the totals row."""
    t = table.table
    rows: list[list[object]] = [["table", t.id, t.title],
                                [t.row_label, *t.columns, TOTAL]]
    for label, cells, total in zip(t.rows, table.cells, table.row_totals, strict=True):
        rows.append([label, *(_value(c) for c in cells), _value(total)])
    rows.append([TOTAL, *(_value(c) for c in table.column_totals), _value(table.total)])
    return rows


def report_csv(report: Report) -> str:
    """The report as CSV text (UTF-8 when encoded; blocks separated by an empty line)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerows([
        ["report", report.template_id, report.title],
        ["from", report.period_from.isoformat()], ["to", report.period_to.isoformat()],
        ["threshold", report.threshold],
        ["left_out_cases", report.left_out_cases],
        ["note", f"{SUPPRESSED}: a count from 1 to {report.threshold - 1}, or a value "
                 "withheld so that such a count cannot be worked out from the totals"],
    ])
    for table in report.tables:
        writer.writerow([])
        writer.writerows(table_rows(table))
    if report.statistics:
        writer.writerow([])
        writer.writerow(["statistics", "title", "value", "n", "unit"])
        for s in report.statistics:
            shown = SUPPRESSED if s.n is None else ("" if s.value is None else s.value)
            writer.writerow([s.id, s.title, shown, SUPPRESSED if s.n is None else s.n, s.unit])
    return out.getvalue()
