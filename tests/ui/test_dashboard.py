"""The program dashboard on a real demo vault (offscreen): the report built in the background,
tiles, charts and every table with suppressed values as "—", the left-out count, a CSV export,
and a non-supervisor refused in the policy's words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableWidget

from tests.ui.conftest import demo_session
from ui.dashboard import DASH, DashboardView, kpis, period_choices, quarters_back
from ui.session import UiSession

WAIT = 120_000  # ms: the suppression audit is real work (speed goes to the bench)




@pytest.fixture
def supervisor(demo_template: Path, tmp_path: Path) -> Iterator[UiSession]:
    yield from demo_session(demo_template, tmp_path, "sam")


@pytest.fixture
def advocate(demo_template: Path, tmp_path: Path) -> Iterator[UiSession]:
    yield from demo_session(demo_template, tmp_path, "ana")


@pytest.mark.parametrize(("today", "count", "expected"), [
    (date(2026, 12, 1), 4, (date(2026, 1, 1), date(2026, 12, 31))),
    (date(2026, 2, 28), 4, (date(2025, 4, 1), date(2026, 3, 31))),
    (date(2026, 7, 1), 1, (date(2026, 7, 1), date(2026, 9, 30))),
    (date(2027, 1, 1), 2, (date(2026, 10, 1), date(2027, 3, 31))),
])
def test_quarters_back_whole_quarters(today, count, expected) -> None:
    assert quarters_back(today, count) == expected


def test_period_choices_last_four_quarters_first() -> None:
    choices = period_choices(date(2026, 12, 1))
    assert choices[0][0].startswith("Last 4 quarters")
    assert [c[0] for c in choices[1:4]] == ["Q4 2026", "Q3 2026", "Q2 2026"]
    assert all(first.day == 1 and first.month in (1, 4, 7, 10) for _, first, _ in choices)


def _shown(qtbot, session: UiSession) -> DashboardView:
    view = DashboardView(session)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    with qtbot.waitSignal(view.report_shown, timeout=WAIT):
        view.show_button.click()
    return view


def test_dashboard_shows_the_published_report(qtbot, supervisor) -> None:
    before = len(supervisor.store.list_report_disclosures())
    view = _shown(qtbot, supervisor)
    report = view.report
    assert report is not None and report.template_id == "program"
    assert view.template.currentData() == "program"
    assert view.busy.isHidden() and view.pdf_button.isEnabled()
    # every table is on screen, with its title
    tables = view.body.findChildren(QTableWidget)
    assert [t.accessibleName() for t in tables] == [t.table.title for t in report.tables]
    # suppressed values read "—" with a tooltip naming the threshold
    dashes = [t.item(r, c) for t in tables for r in range(t.rowCount())
              for c in range(t.columnCount()) if t.item(r, c).text() == DASH]
    assert dashes, "the demo's caseload must show real suppression"
    assert all(d.toolTip().startswith("suppressed: fewer than 11") for d in dashes)
    # a one-column table shows no Total column (its row totals are its cells)
    expected = sum(p.suppressed if len(p.table.columns) > 1 else
                   sum(c is None for row in p.cells for c in row) + (p.total is None)
                   for p in report.tables)
    assert expected == len(dashes)
    assert "— suppressed (fewer than 11, or to protect another cell)" in view.status.text()
    assert f"{report.left_out_cases:,} cases left out" in view.status.text()
    assert report.left_out_cases > 0
    # tiles from published numbers; charts drawn
    assert [t.accessibleName().split(":")[0] for t in view.tiles] == [
        "New intakes", "Active cases", "Referrals completed", "Screenings improved",
        "Interpreters booked"]
    assert view.tiles[0].value.text() == f"{kpis(report)[0][1]}"
    # the three trends (one point a quarter, the last four quarters), then four breakdowns
    trends = [t for t in report.tables if t.table.trend]
    assert [t.table.id for t in trends] == ["new_intakes_by_quarter", "referrals_by_quarter",
                                            "interpreter_by_quarter"]
    assert all(len(t.table.rows) == 4 for t in trends)
    assert [c.accessibleName() for c in view.charts] == [t.table.title for t in trends] + [
        "Referrals by service type", "Interpreter needs by language", "New intakes by language",
        "Change in screening scores"]
    intakes = trends[0]
    assert all(c is not None and c > 0 for row in intakes.cells for c in row), \
        "the demo's intakes are spread over the quarters (each case keeps its opening day)"
    # shown on screen is a report made: one aggregate disclosure
    made = supervisor.store.list_report_disclosures()
    assert len(made) == before + 1 and made[-1].output == "screen"


def test_dashboard_shows_no_case(qtbot, supervisor) -> None:
    view = _shown(qtbot, supervisor)
    texts = [view.status.text()] + [
        t.item(r, c).text() for t in view.body.findChildren(QTableWidget)
        for r in range(t.rowCount()) for c in range(t.columnCount())]
    texts += [t.verticalHeaderItem(r).text() for t in view.body.findChildren(QTableWidget)
              for r in range(t.rowCount())]
    joined = " ".join(texts)
    for case in supervisor.store.list_cases():
        assert case.ref not in joined
        assert case.display_name not in joined


def test_dashboard_export_csv(qtbot, supervisor, tmp_path) -> None:
    view = _shown(qtbot, supervisor)
    out = tmp_path / "program.csv"
    first, last = view.period.currentData()
    view.write(out, "program", first, last)
    qtbot.waitUntil(lambda: "written to" in view.status.text(), timeout=WAIT)
    text = out.read_text("utf-8")
    assert "New intakes by language" in text
    assert "C-0001" not in text
    assert supervisor.store.list_report_disclosures()[-1].output == "csv"


def test_dashboard_refused_for_a_non_supervisor(qtbot, advocate) -> None:
    view = DashboardView(advocate)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.report_failed, timeout=WAIT) as failed:
        view.refresh()
    assert "supervisor" in failed.args[0]
    assert "supervisor" in view.status.text()
    assert view.report is None and not view.pdf_button.isEnabled()
    assert view.show_button.isEnabled()
    assert advocate.store.list_report_disclosures() == []
