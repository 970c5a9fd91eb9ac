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
    tables = [t for t in view.body.findChildren(QTableWidget) if t is not view.statistics]
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
    # then the statistics: each title, its value (a withheld one "—") and how many behind it
    stats = view.statistics
    assert stats is not None and stats.rowCount() == len(report.statistics)
    assert [stats.verticalHeaderItem(r).text() for r in range(stats.rowCount())] == \
        [s.title for s in report.statistics]
    for r, s in enumerate(report.statistics):
        assert stats.item(r, 1).text() == (DASH if s.n is None else f"{s.n:,}")
        if s.n is None:
            assert stats.item(r, 0).text() == DASH
            assert stats.item(r, 0).toolTip() == "withheld: computed over fewer than 11"
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


@pytest.fixture
def spanish_ui(qapp) -> Iterator[None]:  # noqa: ANN001 - pytest-qt's QApplication
    """The UI in Spanish (the built workbench_es.qm), English again afterwards."""
    from ui.i18n import ENGLISH, install_language

    install_language(qapp, "es")
    try:
        yield
    finally:
        install_language(qapp, ENGLISH)


def test_dashboard_in_spanish_shows_the_reports_labels_in_spanish(qtbot, supervisor,
                                                                  spanish_ui) -> None:
    """The report's data words (template, tables, rows, columns, charts, statistics) read in
    Spanish; the tiles, which find their columns by the English labels, still have numbers."""
    from PySide6.QtWidgets import QGraphicsTextItem, QLabel

    view = _shown(qtbot, supervisor)
    report = view.report
    assert report is not None
    assert view.template.itemText(view.template.currentIndex()) == "Resumen del programa"
    assert view.template.itemText(1) == ("Servicios de la OVC para víctimas de trata de "
                                         "personas: datos de desempeño")
    assert view.status.text().startswith("Resumen del programa, ")
    tables = {t.accessibleName(): t for t in view.body.findChildren(QTableWidget)}
    heads = {w.text() for w in view.body.findChildren(QLabel)}
    assert {"Admisiones nuevas por idioma", "Derivaciones por tipo de servicio",
            "Vivienda de los casos activos al final del período",
            "Estadísticas"} <= heads
    assert "New intakes by language" not in heads
    by_language = tables["Admisiones nuevas por idioma"]
    rows = [by_language.verticalHeaderItem(r).text() for r in range(by_language.rowCount())]
    assert rows[:3] == ["Inglés", "Español", "Chino"]
    assert rows[-3:] == ["Otro", "Sin registrar", "Total"]
    assert by_language.horizontalHeaderItem(0).text() == "Casos"
    services = tables["Derivaciones por tipo de servicio"]
    assert [services.horizontalHeaderItem(c).text() for c in range(services.columnCount())] \
        == ["Hecha", "Aceptada", "Completada", "Total"]
    assert services.verticalHeaderItem(0).text() == "Vivienda y beneficios"
    interpreters = tables["Necesidades y reservas de intérprete por idioma"]
    assert interpreters.horizontalHeaderItem(0).text() == "Reservado"
    # the statistics, titled in Spanish
    assert view.statistics is not None
    assert view.statistics.verticalHeaderItem(0).text() == \
        "Mediana de días desde la derivación hasta la primera cita de servicio"
    # the charts: titles, legends and the axis in Spanish
    assert [c.accessibleName() for c in view.charts][:3] == [
        "Admisiones nuevas por trimestre", "Derivaciones por trimestre",
        "Necesidades de intérprete por trimestre"]
    drawn = {item.toPlainText().strip() for chart in view.charts
             for item in chart.scene().items() if isinstance(item, QGraphicsTextItem)}
    assert {"Hecha", "Reservado", "Sin reservar", "Cantidad"} <= drawn
    assert not drawn & {"Made", "Booked", "Not booked", "Count"}
    # the tiles still find their columns by the English labels: the numbers of English
    import re

    from ui.i18n import ENGLISH, install_language

    shown = [t.value.text() for t in view.tiles]
    assert shown == [v for _t, v, _n in kpis(report)]
    install_language(qtbot_app(), ENGLISH)
    try:
        in_english = [v for _t, v, _n in kpis(report)]
    finally:
        install_language(qtbot_app(), "es")
    assert sum(bool(re.search(r"\d", v)) for v in in_english) >= 4, in_english
    assert [re.findall(r"[\d,]+", v) for v in shown] == \
        [re.findall(r"[\d,]+", v) for v in in_english]


def qtbot_app():  # noqa: ANN201 - the running QApplication
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


def test_an_all_zero_chart_keeps_a_whole_number_count_axis(qtbot) -> None:
    """A quarter with nothing to count draws 0 and 1 on its count axis, not pyqtgraph's
    scaled "x0.001" labels nor tenths of a case."""
    from ui.dashboard_charts import bar_chart, largest, line_chart

    zeros = [("Made", [0, 0, 0]), ("Accepted", [0, None, 0])]
    assert largest(zeros) == 1 and largest([("Made", [None])]) == 1
    assert largest([("Made", [3, None, 12])]) == 12
    for chart, axis in ((bar_chart("Referrals", ["Legal", "Health", "Other"], zeros), "bottom"),
                        (line_chart("Trend", ["2026-Q1", "2026-Q2", "2026-Q3"], zeros), "left")):
        qtbot.addWidget(chart)
        count = chart.getPlotItem().getAxis(axis)
        assert count.labelText == "Count" and not count.autoSIPrefix
        assert "x0.001" not in count.labelString()
        shown = [v for level in count._tickLevels for v, _text in level]
        assert shown == [0, 1], (axis, shown)
