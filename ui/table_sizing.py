"""Column sizing for tables that may hold thousands of rows."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

SAMPLE_ROWS = 200  # rows measured when sizing columns to their contents


def measure_sample_only(table: QTableView) -> None:
    """Size columns from the first rows: measuring thousands of rows costs a second per layout."""
    table.horizontalHeader().setResizeContentsPrecision(SAMPLE_ROWS)
