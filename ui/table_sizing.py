"""Column sizing for tables that may hold thousands of rows, and for tables that must fit the
workspace at 1366 × 768 without scrolling sideways."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QTableView

SAMPLE_ROWS = 200  # rows measured when sizing columns to their contents
NARROWEST = 96  # a flexible column is never narrower than this
ROW_AIR = 6  # pixels added to each row around wrapped lines


def measure_sample_only(table: QTableView) -> None:
    """Size columns from the first rows: measuring thousands of rows costs a second per layout."""
    table.horizontalHeader().setResizeContentsPrecision(SAMPLE_ROWS)


def shared_widths(wanted: dict[int, int], room: int, narrowest: int = NARROWEST) -> dict[int, int]:
    """Widths of the flexible columns so that they fill at most ``room`` pixels: each keeps its
    share of what it wants, none goes below ``narrowest``, and what that floor adds is taken
    back from the widest. Columns that fit already keep what they want."""
    room = max(room, narrowest * len(wanted))
    if sum(wanted.values()) <= room:
        return dict(wanted)
    scale = room / sum(wanted.values())
    widths = {c: max(narrowest, int(w * scale)) for c, w in wanted.items()}
    excess = sum(widths.values()) - room
    for column in sorted(widths, key=lambda c: widths[c], reverse=True):
        give = max(0, min(excess, widths[column] - narrowest))
        widths[column] -= give
        excess -= give
    return widths


def fit_columns(table: QTableView, flexible: Sequence[int], narrowest: int = NARROWEST) -> None:
    """Size columns to their text; when that is wider than the table, narrow the ``flexible``
    columns (their text wraps) so that no column is off-screen, and give rows room to wrap."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    table.resizeColumnsToContents()
    count = table.model().columnCount()
    fixed = sum(table.columnWidth(c) for c in range(count) if c not in flexible)
    wanted = {c: table.columnWidth(c) for c in flexible}
    room = table.viewport().width() - fixed
    for column, width in shared_widths(wanted, room, narrowest).items():
        table.setColumnWidth(column, width)
    header.setStretchLastSection(True)
    table.setWordWrap(True)
    table.resizeRowsToContents()
    for row in range(table.model().rowCount()):
        table.setRowHeight(row, table.rowHeight(row) + ROW_AIR)
