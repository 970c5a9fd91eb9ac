"""timeline.reports.suppression: primary and complementary suppression, and the LP audit that
proves no suppressed value can be narrowed below the threshold (issue 12 §3)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.reports.model import PublishedTable, Statistic, Table, Zeros
from timeline.reports.suppression import audit, protected, publish, publish_statistic, refused

K = 11


def _t(cells: list[list[int]], tid: str = "t", population: str = "cases",
       rows: tuple[str, ...] | None = None, row_label: str = "Row",
       columns: tuple[str, ...] | None = None, column_label: str = "Column") -> Table:
    rows = rows or tuple(f"r{i}" for i in range(len(cells)))
    columns = columns or tuple(f"c{j}" for j in range(len(cells[0])))
    return Table(tid, tid.upper(), row_label, column_label, rows, columns,
                 tuple(tuple(r) for r in cells), population)


def _values(p: PublishedTable) -> list[tuple[int | None, int]]:
    """(published, true) for every cell, margin and total."""
    t = p.table
    return ([(c, v) for prow, trow in zip(p.cells, t.cells, strict=True)
             for c, v in zip(prow, trow, strict=True)]
            + list(zip(p.row_totals, t.row_totals, strict=True))
            + list(zip(p.column_totals, t.column_totals, strict=True)) + [(p.total, t.total)])


def _assert_safe(tables: list[Table], published: tuple[PublishedTable, ...], k: int,
                 zeros: Zeros) -> None:
    assert [p.table for p in published] == tables
    for p in published:
        for shown, true in _values(p):
            if shown is not None:
                assert shown == true  # published numbers are the true ones
                assert not 0 < shown < k  # no small count
                assert not (zeros == "suppress" and shown == 0)
            elif zeros == "show":
                assert true > 0  # a reader may rely on it: published zeros are all the zeros
    intervals = audit(published, k, zeros=zeros)
    assert len(intervals) >= 1 or all(p.suppressed == 0 for p in published)
    assert refused(intervals, k) == ()
    for i in intervals:
        assert protected(i.low, i.high, k)
        assert i.low == int(i.low)  # the relaxation is exact (docs/reports.md)
        assert i.high == float("inf") or i.high == int(i.high)


# -- hand-made cases --------------------------------------------------------------------


def test_suppression_two_by_two_with_one_small_cell_needs_three_more() -> None:
    table = _t([[3, 20], [15, 30]])
    [p] = publish([table])
    assert p.cells == ((None, None), (None, None))
    assert (p.row_totals, p.column_totals, p.total) == ((23, 45), (18, 50), 68)
    assert p.suppressed == 4
    got = {i.where: (i.low, i.high) for i in audit([p], K)}
    # x11 + x12 = 23, x11 + x21 = 18, every suppressed cell >= 1 (zeros are shown)
    assert got == {"cell 1,1": (1, 17), "cell 1,2": (6, 22), "cell 2,1": (1, 17),
                   "cell 2,2": (28, 44)}


def test_suppression_row_with_one_small_cell_and_published_total() -> None:
    [p] = publish([_t([[3, 20, 30]])])
    assert p.cells == ((None, None, 30),)
    assert p.column_totals == (None, None, 30) and p.row_totals == (53,) and p.total == 53
    [first, second] = [i for i in audit([p], K) if i.where.startswith("cell")]
    # x + y = 53 - 30, both at least 1
    assert (first.low, first.high) == (1, 22) and (second.low, second.high) == (1, 22)


def test_suppression_audit_finds_a_cell_given_away_by_its_margins() -> None:
    table = _t([[3, 20], [15, 30]])
    leaky = PublishedTable(table, ((None, 20), (15, 30)), (23, 45), (18, 50), 68)
    [interval] = audit([leaky], K)
    assert (interval.table_id, interval.where, interval.low, interval.high) == \
        ("t", "cell 1,1", 3, 3)
    assert refused([interval], K) == (interval,)


def test_suppression_audit_across_tables_of_one_population() -> None:
    # the grand total 68 is printed in b: a's suppressed total is known from it
    a = _t([[3, 20], [15, 30]], "a")
    b = _t([[40, 28]], "b")
    leaky_a = PublishedTable(a, ((None, None), (None, None)), (None, 45), (18, 50), None)
    leaky_b = PublishedTable(b, ((40, 28),), (68,), (40, 28), 68)
    got = {i.where: (i.low, i.high) for i in audit([leaky_a, leaky_b], K)}
    assert got["row total 1"] == (23, 23)  # 68 - 45: the link is modelled


def test_suppression_small_total_is_suppressed_in_every_table_of_its_population() -> None:
    a = _t([[2, 3]], "a")
    b = _t([[5], [0]], "b")
    c = _t([[5]], "c", population="referrals")  # another population: not linked
    pa, pb, pc = publish([a, b, c])
    assert pa.total is None and pb.total is None and pc.total is None
    assert pb.cells == ((None,), (0,))  # zero shown


def test_suppression_linked_margins_are_suppressed_together() -> None:
    lang = ("English", "Spanish", "Tigrinya")
    a = _t([[3, 20], [15, 30], [12, 14]], "a", rows=lang, row_label="Language")
    b = _t([[11, 12], [20, 25], [13, 13]], "b", rows=lang, row_label="Language",
           columns=("18-24", "25+"), column_label="Age band")
    pa, pb = publish([a, b])
    assert pa.row_totals == pb.row_totals  # the same numbers: suppressed in both or neither
    _assert_safe([a, b], (pa, pb), K, "show")


def test_suppression_zeros_shown_or_suppressed() -> None:
    table = _t([[0, 40], [30, 25]])
    [shown] = publish([table], zeros="show")
    assert shown.suppressed == 0 and shown.cells[0][0] == 0
    [hidden] = publish([table], zeros="suppress")
    assert hidden.cells[0][0] is None
    _assert_safe([table], (hidden,), K, "suppress")


def test_suppression_threshold_is_configurable() -> None:
    table = _t([[6, 20], [15, 30]])
    [at_five] = publish([table], threshold=5)
    assert at_five.suppressed == 0
    [at_eleven] = publish([table])
    assert at_eleven.suppressed == 4


def test_suppression_is_deterministic() -> None:
    tables = [_t([[1, 2, 30, 4], [5, 60, 7, 8], [9, 10, 11, 12]], "a"), _t([[2, 3]], "b")]
    assert publish(tables) == publish(list(tables))


def test_suppression_everything_small_is_all_suppressed() -> None:
    [p] = publish([_t([[1, 2], [3, 4]])])
    assert all(v is None for v, _ in _values(p))
    assert refused(audit([p], K), K) == ()


@pytest.mark.parametrize("bad", [0, -1])
def test_suppression_threshold_below_one_is_refused(bad: int) -> None:
    with pytest.raises(ValueError, match="threshold"):
        publish([_t([[1]])], threshold=bad)


def test_suppression_negative_or_misshapen_counts_are_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        publish([_t([[-1, 2]])])
    with pytest.raises(ValueError, match="rows and columns"):
        publish([Table("x", "X", "R", "C", ("a",), ("b", "c"), ((1,),), "cases")])


@pytest.mark.parametrize(("n", "published"), [(10, False), (11, True), (None, False)])
def test_suppression_statistic_needs_threshold_units(n: int | None, published: bool) -> None:
    stat = Statistic("median_days", "Median days to first appointment", 7.5, n, "days")
    got = publish_statistic(stat, threshold=11)
    assert (got.value, got.n) == ((7.5, n) if published else (None, None))
    assert (got.id, got.title, got.unit) == (stat.id, stat.title, stat.unit)


def test_suppression_protected_rule() -> None:
    assert protected(0, 11, 11) and protected(1, 12, 11)
    assert not protected(0, 10, 11) and not protected(3, 3, 11)
    assert protected(11, 11, 11)  # known to be >= the threshold: publishable anyway
    assert protected(1, float("inf"), 11)


def test_suppression_audit_matches_integer_enumeration() -> None:
    # the LP relaxation gives the same bounds as trying every whole-number reading
    table = _t([[3, 5, 9], [2, 14, 1]])
    p = PublishedTable(table, ((None, 5, None), (None, 14, None)), (17, 17), (5, 19, 10), 34)
    hidden = [(0, 0), (0, 2), (1, 0), (1, 2)]
    readings: dict[tuple[int, int], list[int]] = {h: [] for h in hidden}
    for guess in itertools.product(range(1, 21), repeat=len(hidden)):
        cells = [[p.cells[i][j] for j in range(3)] for i in range(2)]
        for (i, j), g in zip(hidden, guess, strict=True):
            cells[i][j] = g
        if ([sum(r) for r in cells] == list(p.row_totals)  # type: ignore[arg-type]
                and [sum(c) for c in zip(*cells, strict=True)] == list(p.column_totals)):  # type: ignore[arg-type]
            for h, g in zip(hidden, guess, strict=True):
                readings[h].append(g)
    got = {i.where: (i.low, i.high) for i in audit([p], 4)}
    for (i, j), seen in readings.items():
        assert got[f"cell {i + 1},{j + 1}"] == (min(seen), max(seen))


# -- property tests -----------------------------------------------------------------------

# many small values: the hard case for suppression
_count = st.one_of(st.integers(0, 12), st.integers(0, 60))


@st.composite
def _report(draw: st.DrawFn) -> list[Table]:
    """Several tables of one report: cross-tabulations of one population of people (so their
    totals and shared breakdowns really are equal) and independent tables of others."""
    sizes = [draw(st.integers(1, 6)) for _ in range(3)]
    people = draw(st.lists(st.tuples(*(st.integers(0, n - 1) for n in sizes)), max_size=120))
    labels = ["Language", "Age band", "Gender"]
    tables: list[Table] = []
    for n, (a, b) in enumerate(draw(st.sampled_from([[(0, 1)], [(0, 1), (0, 2)],
                                                      [(0, 1), (0, 2), (2, 1)]]))):
        cells = [[sum(1 for p in people if p[a] == i and p[b] == j) for j in range(sizes[b])]
                 for i in range(sizes[a])]
        tables.append(_t(cells, f"people{n}", rows=tuple(f"{labels[a]} {i}" for i in
                                                          range(sizes[a])),
                         row_label=labels[a], columns=tuple(f"{labels[b]} {j}" for j in
                                                            range(sizes[b])),
                         column_label=labels[b]))
    for n in range(draw(st.integers(0, 2))):
        rows, cols = draw(st.integers(1, 6)), draw(st.integers(1, 6))
        cells = draw(st.lists(st.lists(_count, min_size=cols, max_size=cols),
                              min_size=rows, max_size=rows))
        tables.append(_t(cells, f"other{n}", population=draw(st.sampled_from(
            ["referrals", "screenings"]))))
    return tables


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_report(), st.sampled_from(["show", "suppress"]), st.sampled_from([3, 5, 11]))
def test_suppression_random_reports_are_safe(tables: list[Table], zeros: Zeros,
                                             k: int) -> None:
    published = publish(tables, threshold=k, zeros=zeros)
    _assert_safe(tables, published, k, zeros)
    # linked values (one population's total, one breakdown's margins) agree across tables
    totals = {(p.table.population, p.table.total): p.total for p in published}
    for p in published:
        assert p.total == totals[(p.table.population, p.table.total)]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(_count, min_size=1, max_size=6), min_size=1, max_size=6)
       .filter(lambda rows: len({len(r) for r in rows}) == 1))
def test_suppression_random_single_table_keeps_what_is_safe(cells: list[list[int]]) -> None:
    table = _t(cells)
    [p] = publish([table])
    _assert_safe([table], (p,), K, "show")
    # a value from the threshold up is only suppressed when a small value needs it
    if all(c == 0 or c >= K for row in cells for c in row) and all(
            v == 0 or v >= K for v in (*table.row_totals, *table.column_totals)):
        assert p.suppressed == 0


def test_suppression_links_a_breakdown_on_either_axis() -> None:
    # language as rows in a, as columns in b: a's complementary "Spanish" total is b's too
    lang = ("English", "Spanish", "Tigrinya")
    a = _t([[3, 20], [15, 30], [12, 14]], "a", rows=lang, row_label="Language")
    b = Table("b", "B", "Age band", "Language", ("18-24", "25+"), lang,
              ((11, 20, 13), (12, 25, 13)), "cases")
    pa, pb = publish([a, b])
    assert pa.row_totals == pb.column_totals
    _assert_safe([a, b], (pa, pb), K, "show")
    # printed in b, a's suppressed row total is known: the audit counts it as published
    leaky_a = PublishedTable(a, pa.cells, (None, *pa.row_totals[1:]), pa.column_totals, pa.total)
    assert all(i.table_id != "a" or i.where != "row total 1" for i in audit([leaky_a, pb], K))
