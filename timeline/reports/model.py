"""The shapes every part of a program report shares (one definition; issue 12).

A ``Table`` is what tabulation counts: whole numbers, rows × columns, for one population (the
cases, the referrals, the screenings ... of the period). Its margins are sums. Disclosure
control turns tables into ``PublishedTable``s: every cell, margin and total either a number or
``SUPPRESSED`` -- and nothing else leaves a report: no free text, no date finer than the
template's period. A ``Report`` is what a face shows, prints or writes as CSV/JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

SUPPRESSED = "suppressed"  # how a suppressed cell reads in JSON and CSV
DEFAULT_THRESHOLD = 11  # a count from 1 to threshold-1 is never published
Cell = int | None  # a published cell: a count, or None where it is suppressed
Zeros = Literal["show", "suppress"]  # a template's setting: zero shown as 0, or suppressed


@dataclass(frozen=True)
class Table:
    """One count table of a report, before disclosure control."""

    id: str  # unique in its template, e.g. "referrals_by_service"
    title: str
    row_label: str  # what a row is, e.g. "Service type"
    column_label: str  # what a column is, e.g. "Status"
    rows: tuple[str, ...]  # row labels, in print order
    columns: tuple[str, ...]
    cells: tuple[tuple[int, ...], ...]  # counts, len(rows) × len(columns)
    # tables of one report counting the same units (e.g. "cases", "referrals") share their
    # grand total: disclosure control treats those totals as one published number
    population: str
    measure_id: str = ""
    trend: bool = False  # its rows are the report's periods, in order: a series over time

    @property
    def row_totals(self) -> tuple[int, ...]:
        """Each row's sum."""
        return tuple(sum(row) for row in self.cells)

    @property
    def column_totals(self) -> tuple[int, ...]:
        """Each column's sum."""
        return tuple(sum(col) for col in zip(*self.cells, strict=True)) if self.cells else \
            tuple(0 for _ in self.columns)

    @property
    def total(self) -> int:
        """The grand total."""
        return sum(self.row_totals)


@dataclass(frozen=True)
class PublishedTable:
    """A table as it may be published: suppressed cells, margins and total are None."""

    table: Table  # for labels only: its counts never leave the report builder
    cells: tuple[tuple[Cell, ...], ...]
    row_totals: tuple[Cell, ...]
    column_totals: tuple[Cell, ...]
    total: Cell

    @property
    def suppressed(self) -> int:
        """How many cells, margins and totals are suppressed."""
        return (sum(c is None for row in self.cells for c in row)
                + sum(c is None for c in self.row_totals)
                + sum(c is None for c in self.column_totals) + (self.total is None))


@dataclass(frozen=True)
class Interval:
    """What a reader of the published tables can narrow one suppressed value down to."""

    table_id: str
    where: str  # "cell 2,3", "row total 2", "column total 3", "total"
    low: float
    high: float

    @property
    def width(self) -> float:
        """high - low: the audit refuses a report where this is below the threshold."""
        return self.high - self.low


@dataclass(frozen=True)
class Statistic:
    """A non-additive figure (a median, a share) with the number of cases behind it; it is
    published only when that number reaches the threshold."""

    id: str
    title: str
    value: float | None  # None when suppressed or when there is nothing to compute
    n: int | None  # how many units it is computed over (None when suppressed)
    unit: str = ""  # "days", "%", ...


@dataclass(frozen=True)
class Definition:
    """A measure's definition, printed in the report's appendix."""

    measure_id: str
    title: str
    definition: str
    counts: str  # which records it counts
    period: str  # period semantics in words
    category: str  # the data category its records are of (consent and role policy apply)
    source: str = ""  # the performance-measure question it answers, if any


@dataclass(frozen=True)
class Report:
    """A finished report: everything in it may be published."""

    template_id: str
    title: str
    period_from: date
    period_to: date
    threshold: int
    zeros: Zeros
    left_out_cases: int  # cases whose consent does not allow aggregate reporting (never which)
    tables: tuple[PublishedTable, ...]
    statistics: tuple[Statistic, ...] = ()
    definitions: tuple[Definition, ...] = ()
    unanswerable: tuple[str, ...] = ()  # template questions the data cannot answer, and why
    source: str = ""  # the template's source (e.g. a federal performance-measure set)
    notes: tuple[str, ...] = field(default_factory=tuple)  # fixed template text only


class ReportRefused(Exception):
    """The audit found a suppressed value a reader could narrow below the threshold; the
    report is not published (``intervals`` names them)."""

    def __init__(self, message: str, intervals: tuple[Interval, ...] = ()) -> None:
        super().__init__(message)
        self.intervals = intervals
