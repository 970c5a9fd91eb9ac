"""Disclosure control for program reports: primary and complementary cell suppression, audited
by linear programming (issue 12 §3; the method and its limits are in docs/reports.md).

``publish`` suppresses every count from 1 to threshold-1 (and zeros, if the template says so),
then adds complementary suppressions until ``audit`` -- what a reader can narrow each
suppressed value down to from everything the report publishes -- leaves every suppressed value
protected (``protected``). The reader's knowledge is modelled as linear constraints over all
tables of one report: each row sums to its row total, each column to its column total, the
margins to the grand total; values that are the same quantity in several tables (the grand
total of tables of one population, the margins of one breakdown of one population) are one
unknown. Deterministic: the same tables give the same suppressions.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

import numpy as np
from scipy.optimize import linprog  # type: ignore[import-untyped]

from models.i18n import translate
from timeline.reports.model import (
    DEFAULT_THRESHOLD,
    Cell,
    Interval,
    PublishedTable,
    ReportRefused,
    Statistic,
    Table,
    Zeros,
)

Place = tuple[int, str, int, int]  # (table index, "cell"|"row"|"column"|"total", i, j)


@dataclass(frozen=True)
class _Layout:
    """The unknowns of a report and the equations a reader knows between them."""

    values: tuple[int, ...]  # the true value of each unknown
    is_cell: tuple[bool, ...]  # cells are suppressed before margins when there is a choice
    places: tuple[tuple[Place, ...], ...]  # where each unknown is printed (>1 when linked)
    equations: tuple[tuple[tuple[int, ...], int], ...]  # (parts, whole): sum(parts) == whole
    index: dict[Place, int]


def publish(tables: Sequence[Table], *, threshold: int = DEFAULT_THRESHOLD,
            zeros: Zeros = "show") -> tuple[PublishedTable, ...]:
    """The tables as they may be published: primary and complementary suppression across all
    tables of one report, checked by ``audit``; raises ReportRefused if no suppression pattern
    passes (which cannot happen with non-negative counts: suppressing everything passes)."""
    _check(tables, threshold)
    layout = _layout(tables)
    hidden = {v for v, value in enumerate(layout.values)
              if 0 < value < threshold or (value == 0 and zeros == "suppress")}
    passed: set[frozenset[int]] = set()  # components already audited and protected
    while True:
        _complete_lines(layout, hidden)
        if _widen_obvious(layout, hidden, threshold, zeros):
            continue
        failed = _first_failure(layout, hidden, threshold, zeros, passed)
        if failed is None:
            return _published(tables, layout, hidden)
        extra = _next_to_hide(layout, hidden, failed)
        if extra is None:
            raise ReportRefused(translate("Suppression",
                    "no further value can be suppressed to protect it"),
                                (_exact_interval(tables, layout, hidden, failed, zeros),))
        hidden.add(extra)


def audit(published: Sequence[PublishedTable], threshold: int, *,
          zeros: Zeros = "show") -> tuple[Interval, ...]:
    """For each suppressed value (in table order: cells row by row, row totals, column totals,
    total), the interval a reader can narrow it to from everything published, by linear
    programming (HiGHS). A value printed in several tables (a linked total or margin) is
    reported once, where it is first printed. ``zeros="show"`` means the reader knows every
    suppressed value is at least 1 (published zeros are all the zeros)."""
    tables = [p.table for p in published]
    layout = _layout(tables)
    shown = {layout.index[place] for t, p in enumerate(published)
             for place, cell in _printed(t, p) if cell is not None}  # printed once is known
    hidden = set(range(len(layout.values))) - shown
    intervals = _intervals(layout, hidden, zeros)
    return tuple(_interval(tables, layout, v, low, high)
                 for v, (low, high) in sorted(intervals.items(), key=lambda kv: kv[0]))


def refused(intervals: Iterable[Interval], threshold: int) -> tuple[Interval, ...]:
    """The intervals that do not protect their value (see ``protected``)."""
    return tuple(i for i in intervals if not protected(i.low, i.high, threshold))


def protected(low: float, high: float, threshold: int) -> bool:
    """A suppressed value is protected when a reader cannot narrow it to fewer than
    threshold+1 whole numbers (high - low >= threshold), or knows only that it is at least the
    threshold, i.e. a number that could have been published anyway (low >= threshold)."""
    return high - low >= threshold - 1e-7 or low >= threshold - 1e-7


def publish_statistic(statistic: Statistic, *,
                      threshold: int = DEFAULT_THRESHOLD) -> Statistic:
    """The statistic as it may be published: value and n withheld when fewer than
    ``threshold`` units are behind it (or when n is unknown)."""
    if statistic.n is None or statistic.n < threshold:
        return replace(statistic, value=None, n=None)
    return statistic


# -- the reader's model -------------------------------------------------------------------


def _check(tables: Sequence[Table], threshold: int) -> None:
    if threshold < 1:
        raise ValueError(f"the suppression threshold must be at least 1, not {threshold}")
    seen: set[str] = set()
    for table in tables:
        if table.id in seen:
            raise ValueError(f"two tables of one report have the id {table.id!r}")
        seen.add(table.id)
        if len(table.cells) != len(table.rows) or any(
                len(row) != len(table.columns) for row in table.cells):
            raise ValueError(f"table {table.id!r}: cells do not match its rows and columns")
        if any(c < 0 for row in table.cells for c in row):
            raise ValueError(f"table {table.id!r}: a count is negative")


def _layout(tables: Sequence[Table]) -> _Layout:
    """Number the unknowns; link the values that are one quantity in several tables: the
    grand totals of tables of one population, and the margins of one breakdown (the same
    label and the same categories, on either axis) of one population -- when they are equal
    (tables of one population that count different totals are different quantities)."""
    keys: dict[tuple[object, ...], int] = {}
    values: list[int] = []
    is_cell: list[bool] = []
    places: list[list[Place]] = []
    index: dict[Place, int] = {}

    def unknown(key: tuple[object, ...], value: int, place: Place, cell: bool) -> int:
        key = (*key, value)  # one quantity only if equal
        if key not in keys:
            keys[key] = len(values)
            values.append(value)
            is_cell.append(cell)
            places.append([])
        v = keys[key]
        places[v].append(place)
        index[place] = v
        return v

    equations: list[tuple[tuple[int, ...], int]] = []
    for t, table in enumerate(tables):
        own = ("own", t)
        link = table.row_label != table.column_label or table.rows != table.columns
        rows_key = (table.population, table.row_label, table.rows) if link else (*own, "r")
        cols_key = (table.population, table.column_label, table.columns) if link else (*own, "c")
        cells = [[unknown((*own, i, j), c, (t, "cell", i, j), True)
                  for j, c in enumerate(row)] for i, row in enumerate(table.cells)]
        rows = [unknown((*rows_key, name), value, (t, "row", i, 0), False)
                for i, (name, value) in enumerate(zip(table.rows, table.row_totals, strict=True))]
        cols = [unknown((*cols_key, name), value, (t, "column", j, 0), False)
                for j, (name, value) in enumerate(
                    zip(table.columns, table.column_totals, strict=True))]
        total = unknown(("total", table.population), table.total, (t, "total", 0, 0), False)
        equations += [(tuple(row), rows[i]) for i, row in enumerate(cells)]
        equations += [(tuple(cells[i][j] for i in range(len(rows))), cols[j])
                      for j in range(len(cols))]
        equations += [(tuple(rows), total), (tuple(cols), total)]
    return _Layout(tuple(values), tuple(is_cell), tuple(tuple(p) for p in places),
                   tuple(dict.fromkeys(equations)), index)


def _printed(t: int, p: PublishedTable) -> Iterable[tuple[Place, Cell]]:
    for i, row in enumerate(p.cells):
        for j, cell in enumerate(row):
            yield (t, "cell", i, j), cell
    for i, cell in enumerate(p.row_totals):
        yield (t, "row", i, 0), cell
    for j, cell in enumerate(p.column_totals):
        yield (t, "column", j, 0), cell
    yield (t, "total", 0, 0), p.total


# -- complementary suppression ------------------------------------------------------------


def _complete_lines(layout: _Layout, hidden: set[int]) -> None:
    """To a fixed point: an equation with exactly one suppressed value gives it away, so
    suppress one more of its values -- the smallest non-zero cell, else the smallest non-zero
    margin (a zero is never chosen: with zeros shown a reader knows suppressed values are not
    zero)."""
    changed = True
    while changed:
        changed = False
        for parts, whole in layout.equations:
            members = (*parts, whole)
            if sum(v in hidden for v in members) != 1:
                continue
            choice = _smallest(layout, (v for v in members if v not in hidden))
            if choice is not None:
                hidden.add(choice)
                changed = True


def _smallest(layout: _Layout, candidates: Iterable[int]) -> int | None:
    pool = [v for v in candidates if layout.values[v] > 0]
    if not pool:
        return None
    return min(pool, key=lambda v: (not layout.is_cell[v], layout.values[v], v))


def _next_to_hide(layout: _Layout, hidden: set[int], failed: int) -> int | None:
    """A value to suppress next to protect ``failed``: the smallest non-zero published value
    sharing an equation with it, else with any value of its component."""
    near = {v for parts, whole in layout.equations if failed in (*parts, whole)
            for v in (*parts, whole)}
    choice = _smallest(layout, (v for v in sorted(near) if v not in hidden))
    if choice is not None:
        return choice
    component = _components(layout, hidden).get(failed, frozenset({failed}))
    wider = {v for parts, whole in layout.equations
             if component & {*parts, whole} for v in (*parts, whole)}
    return _smallest(layout, (v for v in sorted(wider) if v not in hidden))


def _widen_obvious(layout: _Layout, hidden: set[int], threshold: int, zeros: Zeros) -> bool:
    """Suppress more where bound propagation alone already narrows a small value below the
    threshold (the audit's interval lies inside the propagated one, so these fail for sure);
    a batch at a time, which spares most of the linear programs. True if any was added."""
    bounds = _propagated(layout, hidden, 1.0 if zeros == "show" else 0.0)
    touched: set[int] = set()
    added = False
    for v in sorted(hidden):
        low, high = bounds[v]
        if layout.values[v] >= threshold or high - low >= threshold - 1e-7 or v in touched:
            continue
        extra = _next_to_hide(layout, hidden, v)
        if extra is None:
            continue
        hidden.add(extra)
        added = True
        touched |= {u for parts, whole in layout.equations if extra in (*parts, whole)
                    for u in (*parts, whole)}
    return added


def _propagated(layout: _Layout, hidden: set[int],
                floor: float) -> dict[int, tuple[float, float]]:
    """Bounds on each suppressed value from the equations one at a time, to a fixed point (or
    a few sweeps): valid for every reading of the report, so wider than or equal to the LP's."""
    low = {v: (floor if v in hidden else float(layout.values[v])) for v in
           range(len(layout.values))}
    high = {v: (math.inf if v in hidden else float(layout.values[v])) for v in low}
    for _ in range(8):
        changed = False
        for parts, whole in layout.equations:
            if not hidden.intersection((*parts, whole)):
                continue
            parts_low = sum(low[p] for p in parts)
            parts_high = sum(high[p] for p in parts)
            if whole in hidden:
                if parts_low > low[whole] + 1e-9:
                    low[whole], changed = parts_low, True
                if parts_high < high[whole] - 1e-9:
                    high[whole], changed = parts_high, True
            for p in parts:
                if p not in hidden:
                    continue
                up = high[whole] - (parts_low - low[p])
                down = low[whole] - (parts_high - high[p])
                if up < high[p] - 1e-9:
                    high[p], changed = up, True
                if down > low[p] + 1e-9:
                    low[p], changed = down, True
                parts_low = sum(low[q] for q in parts)
                parts_high = sum(high[q] for q in parts)
        if not changed:
            break
    return {v: (low[v], high[v]) for v in hidden}


# -- the audit by linear programming ------------------------------------------------------


def _components(layout: _Layout, hidden: set[int]) -> dict[int, frozenset[int]]:
    """The suppressed values that share equations, transitively (each is its own LP)."""
    parent = {v: v for v in hidden}

    def root(v: int) -> int:
        while parent[v] != v:
            parent[v] = parent[parent[v]]
            v = parent[v]
        return v

    for parts, whole in layout.equations:
        members = [v for v in (*parts, whole) if v in hidden]
        for v in members[1:]:
            parent[root(v)] = root(members[0])
    groups: dict[int, set[int]] = {}
    for v in hidden:
        groups.setdefault(root(v), set()).add(v)
    return {v: frozenset(g) for g in groups.values() for v in g}


@dataclass(frozen=True)
class _Program:
    """The reader's linear program over one component's suppressed values."""

    unknowns: tuple[int, ...]
    a_eq: np.ndarray
    b_eq: np.ndarray
    low: float  # every unknown's lower bound: 0, or 1 when zeros are shown

    def point(self, c: np.ndarray, cap: np.ndarray) -> np.ndarray | None:
        """An optimal point for objective ``c`` with every unknown also capped (any point
        found is a feasible reading of the report), or None."""
        if not len(self.b_eq):
            return None
        result = linprog(c, A_eq=self.a_eq, b_eq=self.b_eq,
                         bounds=list(zip([self.low] * len(cap), cap, strict=True)),
                         method="highs")
        return result.x if result.status == 0 else None

    def solve(self, v: int, sense: float) -> tuple[float, np.ndarray | None]:
        """min (sense=1) or max (sense=-1) of unknown v, and the optimal point."""
        c = np.zeros(len(self.unknowns))
        c[self.unknowns.index(v)] = sense
        if not len(self.b_eq):  # nothing constrains it
            return (self.low, None) if sense > 0 else (math.inf, None)
        result = linprog(c, A_eq=self.a_eq, b_eq=self.b_eq, bounds=(self.low, None),
                         method="highs")
        if result.status == 3:  # unbounded: only a maximum can be
            return math.inf, None
        if result.status != 0:
            raise ValueError(f"the published tables are inconsistent ({result.message})")
        return float(round(result.x[self.unknowns.index(v)], 6)), result.x


def _program(layout: _Layout, hidden: set[int], component: frozenset[int],
             zeros: Zeros) -> _Program:
    unknowns = tuple(sorted(component))
    column = {v: k for k, v in enumerate(unknowns)}
    rows: list[np.ndarray] = []
    rhs: list[float] = []
    for parts, whole in layout.equations:
        if not component & {*parts, whole}:
            continue
        row = np.zeros(len(unknowns))
        known = 0.0
        for v, sign in [*((p, 1.0) for p in parts), (whole, -1.0)]:
            if v in hidden:
                row[column[v]] += sign
            else:
                known += sign * layout.values[v]
        rows.append(row)
        rhs.append(-known)
    a_eq = np.array(rows) if rows else np.zeros((0, len(unknowns)))
    return _Program(unknowns, a_eq, np.array(rhs), 1.0 if zeros == "show" else 0.0)


def _intervals(layout: _Layout, hidden: set[int],
               zeros: Zeros) -> dict[int, tuple[float, float]]:
    out: dict[int, tuple[float, float]] = {}
    for component in set(_components(layout, hidden).values()):
        program = _program(layout, hidden, component, zeros)
        for v in program.unknowns:
            out[v] = (program.solve(v, 1.0)[0], program.solve(v, -1.0)[0])
    return out


def _exact_interval(tables: Sequence[Table], layout: _Layout, hidden: set[int], v: int,
                    zeros: Zeros) -> Interval:
    component = _components(layout, hidden)[v]
    program = _program(layout, hidden, component, zeros)
    return _interval(tables, layout, v, program.solve(v, 1.0)[0], program.solve(v, -1.0)[0])


def _first_failure(layout: _Layout, hidden: set[int], threshold: int, zeros: Zeros,
                   passed: set[frozenset[int]]) -> int | None:
    """The first suppressed value (by number) a reader can narrow too far, or None; the
    components found protected are remembered in ``passed`` (adding a suppression elsewhere
    does not change them)."""
    for component in sorted(set(_components(layout, hidden).values()), key=min):
        if component in passed:
            continue
        failed = _component_failure(_program(layout, hidden, component, zeros), layout.values,
                                    threshold)
        if failed is not None:
            return failed
        passed.add(component)
    return None


def _component_failure(program: _Program, values: Sequence[int], threshold: int) -> int | None:
    """The first unknown of one component that is not protected. Every feasible reading of
    the report found on the way widens the range known to be possible for every unknown: one
    whose seen range is already wide enough needs no program of its own. Readings come from
    the truth, from each program's optimum, and first from a few programs that push every
    still-narrow unknown down, then up, at once (a vertex sits on many bounds)."""
    truth = np.array([float(values[v]) for v in program.unknowns])
    seen_low, seen_high = truth.copy(), truth.copy()

    def witness(point: np.ndarray | None) -> None:
        if point is not None:
            np.minimum(seen_low, point, out=seen_low)
            np.maximum(seen_high, point, out=seen_high)

    def wide(k: int) -> bool:
        return bool(seen_high[k] - seen_low[k] >= threshold - 1e-7)

    # a vertex sits on many bounds at once: push all still-narrow unknowns down, then up
    # (then in random directions, seeded: deterministic), while that pays
    cap = truth + 4.0 * threshold
    signs = np.random.default_rng(len(truth))
    for round_ in range(12):
        narrow = (seen_high - seen_low) < threshold - 1e-7
        if narrow.sum() < 8:
            break
        before = int(narrow.sum())
        for sense in (1.0, -1.0):
            pattern = sense if round_ == 0 else sense * signs.choice([-1.0, 1.0], len(truth))
            witness(program.point(np.where(narrow, pattern, 0.0), cap))
        if before - int(((seen_high - seen_low) < threshold - 1e-7).sum()) < before // 10:
            break
    for k, v in enumerate(program.unknowns):
        if wide(k):
            continue
        if seen_low[k] <= program.low + 1e-9:  # a reading at the floor: that is the minimum
            low = program.low
        else:
            low, point = program.solve(v, 1.0)
            witness(point)
        if protected(low, float(seen_high[k]), threshold):
            continue
        high, point = program.solve(v, -1.0)
        witness(point)
        if not protected(low, high, threshold):
            return v
    return None


# -- output -------------------------------------------------------------------------------


def _interval(tables: Sequence[Table], layout: _Layout, v: int, low: float,
              high: float) -> Interval:
    t, kind, i, j = layout.places[v][0]
    table_id = tables[t].id
    where = {"cell": f"cell {i + 1},{j + 1}", "row": f"row total {i + 1}",
             "column": f"column total {i + 1}", "total": "total"}[kind]
    return Interval(table_id, where, low, high)


def _published(tables: Sequence[Table], layout: _Layout,
               hidden: set[int]) -> tuple[PublishedTable, ...]:
    def shown(place: Place) -> Cell:
        v = layout.index[place]
        return None if v in hidden else layout.values[v]

    return tuple(PublishedTable(
        table=table,
        cells=tuple(tuple(shown((t, "cell", i, j)) for j in range(len(table.columns)))
                    for i in range(len(table.rows))),
        row_totals=tuple(shown((t, "row", i, 0)) for i in range(len(table.rows))),
        column_totals=tuple(shown((t, "column", j, 0)) for j in range(len(table.columns))),
        total=shown((t, "total", 0, 0))) for t, table in enumerate(tables))
