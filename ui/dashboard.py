"""The program dashboard (issue 12 §4): a supervisor's view of one published program report.

Choose a template (the program overview by default) and a period of whole quarters (the last
four by default); the report is built by workbench.operations.reports.build_report in the
background (recorded as an aggregate disclosure, like every report), then shown as KPI tiles,
bar charts (ui.dashboard_charts), every table and the statistics, suppressed values as "—"
with a tooltip. Export PDF…/Export CSV… call write_report. Only published numbers reach this
widget.

The report's labels (template, table and statistic titles, rows, columns, series) are the
English of the templates' data (timeline/data/reports); they are translated where they are
shown, context "ReportData" (marked in timeline/data_words.py), so the tiles still find their
columns by the English labels (``kpis``) and the PDF and CSV, written from the same report
inside ``untranslated()``, stay English.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import WorkbenchError
from timeline.reports.model import Cell, PublishedTable, Report, Statistic
from ui.dashboard_charts import DASH, bar_chart, line_chart
from ui.i18n import translate
from ui.labels import date_text
from ui.session import UiSession
from ui.timeline_axis import quarter_text
from ui.worker import run_in_background
from workbench.operations import reports

DEFAULT_TEMPLATE = "program"
_TILE = ("QFrame#tile { background: #F5F7FA; border: 1px solid #D0D7DE; border-radius: 8px; }"
         " QLabel#tile_value { color: #0B3D6B; } QLabel#tile_title { color: #3E4C59; }")


def data_word(text: str) -> str:
    """A label of a report's data (a template's, table's or statistic's title, a row, a
    column) in the UI's language; a period's label ("2026-Q3") and the 1–5 scale are not
    marked and read as they are."""
    return translate("ReportData", text)


def legend_text(threshold: int) -> str:
    """What "—" means in a table, in the UI's language."""
    return translate("DashboardView", "— suppressed (fewer than %1, or to protect another "
                     "cell)").replace("%1", str(threshold))


def quarter_start(day: date) -> date:
    """The first day of ``day``'s quarter."""
    return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


def quarters_back(today: date, count: int) -> tuple[date, date]:
    """``count`` whole quarters ending with the one holding ``today``."""
    end_start = quarter_start(today)
    index = end_start.year * 4 + (end_start.month - 1) // 3 - (count - 1)
    first = date(index // 4, index % 4 * 3 + 1, 1)
    following = end_start.month + 3
    end = date(end_start.year + (following > 12), (following - 1) % 12 + 1, 1) - timedelta(days=1)
    return first, end


def period_choices(today: date) -> list[tuple[str, date, date]]:
    """(label, from, to): the last four quarters first, then each of the last eight quarters."""
    first, end = quarters_back(today, 4)
    last_four = translate("DashboardView", "Last 4 quarters (%1 – %2)").replace(
        "%1", date_text(first, "MMM yyyy")).replace("%2", date_text(end, "MMM yyyy"))
    out = [(last_four, first, end)]
    for back in range(8):
        start = quarters_back(today, back + 1)[0]
        stop = quarters_back(start, 1)[1]
        out.append((quarter_text(start), start, stop))
    return out


def cell_text(value: Cell) -> str:
    """A published value as the dashboard writes it."""
    return DASH if value is None else f"{value:,}"


def statistic_text(s: Statistic) -> str:
    """A published statistic's value as the dashboard writes it ("—": withheld, fewer than
    the threshold behind it)."""
    if s.n is None:
        return DASH
    if s.value is None:
        return translate("DashboardView", "none to compute")
    value = f"{s.value:.1f}" if s.value != int(s.value) else f"{int(s.value)}"
    if s.unit == "%":
        return f"{value}%"
    return f"{value} {data_word(s.unit)}" if s.unit else value


def _find(report: Report, table_id: str) -> PublishedTable | None:
    return next((t for t in report.tables if t.table.id == table_id), None)


def _column(t: PublishedTable | None, label: str) -> Cell:
    if t is None or label not in t.table.columns:
        return None
    return t.column_totals[t.table.columns.index(label)]


def kpis(report: Report) -> list[tuple[str, str, str]]:
    """(title, value, note) for each tile, from published numbers only ("—": suppressed or not
    in this template)."""
    intakes = _find(report, "new_intakes_by_language")
    active = _find(report, "active_by_language")
    booked = _column(_find(report, "interpreter_by_language"), "Booked")
    unbooked = _column(_find(report, "interpreter_by_language"), "Not booked")
    needs = None if booked is None or unbooked is None else booked + unbooked
    completed = _column(_find(report, "referrals_by_service"), "Completed")
    improved = _column(_find(report, "screening_change"), "Meaningful improvement")
    booked_of = translate("DashboardView", "%1 of %2").replace("%1", cell_text(booked)).replace(
        "%2", cell_text(needs))
    return [
        (translate("DashboardView", "New intakes"), cell_text(intakes.total if intakes else None),
         translate("DashboardView", "cases opened")),
        (translate("DashboardView", "Active cases"), cell_text(active.total if active else None),
         translate("DashboardView", "in the period")),
        (translate("DashboardView", "Referrals completed"), cell_text(completed),
         translate("DashboardView", "reached in the period")),
        (translate("DashboardView", "Screenings improved"), cell_text(improved),
         translate("DashboardView", "clinically meaningful change")),
        (translate("DashboardView", "Interpreters booked"), booked_of,
         translate("DashboardView", "needs met")),
    ]


class _Tile(QFrame):
    def __init__(self, title: str, value: str, note: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.value = QLabel(value, self)
        self.value.setObjectName("tile_value")
        font = QFont(self.value.font())
        font.setPointSizeF(20)
        font.setBold(True)
        self.value.setFont(font)
        head = QLabel(title, self)
        head.setObjectName("tile_title")
        bold = QFont(head.font())
        bold.setBold(True)
        head.setFont(bold)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(head)
        layout.addWidget(self.value)
        layout.addWidget(QLabel(note, self))
        self.setAccessibleName(f"{title}: {value}")


def table_widget(t: PublishedTable, threshold: int, parent: QWidget) -> QTableWidget:
    """One published table with its margins; a suppressed value reads "—" with a tooltip."""
    spec, one = t.table, len(t.table.columns) == 1
    total = translate("DashboardView", "Total")
    columns = [data_word(c) for c in spec.columns] + ([] if one else [total])
    rows = [data_word(r) for r in spec.rows] + [total]
    w = QTableWidget(len(rows), len(columns), parent)
    w.setAccessibleName(data_word(spec.title))
    w.setHorizontalHeaderLabels(columns)
    w.setVerticalHeaderLabels(rows)
    w.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    grid = [list(r) + ([] if one else [tot]) for r, tot in zip(t.cells, t.row_totals, strict=True)]
    grid.append(list(t.column_totals) + ([] if one else [t.total]))
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            item = QTableWidgetItem(cell_text(value))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if value is None:
                item.setToolTip(translate("DashboardView", "suppressed: fewer than %1, or to "
                                          "protect another cell").replace("%1", str(threshold)))
            if r == len(grid) - 1 or (not one and c == len(row) - 1):
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            w.setItem(r, c, item)
    w.resizeColumnsToContents()
    w.setMinimumHeight(min(420, 28 * (len(rows) + 1) + 8))
    return w


class DashboardView(QWidget):
    """The dashboard; ``report_shown(report)`` once a report is on screen,
    ``report_failed(message)`` when building it was refused or failed."""

    report_shown = Signal(object)
    report_failed = Signal(str)

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.report: Report | None = None
        self.statistics: QTableWidget | None = None  # the shown report's statistics
        self.setStyleSheet(_TILE)
        self.template = QComboBox(self)
        self.template.setAccessibleName(self.tr("Report template"))
        for t in reports.list_templates():
            self.template.addItem(data_word(t.title), t.id)
        self.template.setCurrentIndex(max(0, self.template.findData(DEFAULT_TEMPLATE)))
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Period"))
        for label, first, last in period_choices(session.today()):
            self.period.addItem(label, (first, last))
        self.show_button = QPushButton(self.tr("&Show"), self)
        self.show_button.clicked.connect(self.refresh)
        self.pdf_button = QPushButton(self.tr("Export &PDF…"), self)
        self.csv_button = QPushButton(self.tr("Export &CSV…"), self)
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.csv_button.clicked.connect(lambda: self.export(".csv"))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # the report is built in one step: a busy indicator
        self.busy.setMaximumWidth(160)
        self.busy.setAccessibleName(self.tr("Building the report"))
        self.busy.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        bar = QHBoxLayout()
        for text, field in ((self.tr("&Template"), self.template), (self.tr("P&eriod"),
                                                                    self.period)):
            buddy = QLabel(text, self)
            buddy.setBuddy(field)
            bar.addWidget(buddy)
            bar.addWidget(field)
        bar.addWidget(self.show_button)
        bar.addWidget(self.busy)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.csv_button)
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        self._exports_enabled(False)

    def _exports_enabled(self, on: bool) -> None:
        for b in (self.pdf_button, self.csv_button):
            b.setEnabled(on)

    def _choice(self) -> tuple[str, date, date]:
        first, last = self.period.currentData()
        return str(self.template.currentData()), first, last

    def refresh(self) -> None:
        """Build the chosen report in the background; show it when it arrives."""
        template_id, first, last = self._choice()
        self.show_button.setEnabled(False)
        self._exports_enabled(False)
        self.busy.show()
        self.status.setText(self.tr("Building the report: counting, then checking that no "
                                    "small number can be worked out…"))
        session = self.session
        run_in_background(
            lambda _progress: reports.build_report(session, template_id=template_id,
                                                   period_from=first, period_to=last),
            on_done=self.show_report, on_error=self._failed)

    def _failed(self, exc: Exception) -> None:
        self.busy.hide()
        self.show_button.setEnabled(True)
        self._exports_enabled(self.report is not None)
        message = str(exc) if isinstance(exc, WorkbenchError) else self.tr(
            "The report could not be built (an unexpected error); nothing was recorded.")
        self.status.setText(message)
        self.report_failed.emit(message)

    def show_report(self, report: Report) -> None:
        """Replace the body with ``report``: tiles, charts, tables."""
        self.busy.hide()
        self.show_button.setEnabled(True)
        self.report = report
        self._exports_enabled(True)
        while self.body_layout.count():
            taken = self.body_layout.takeAt(0)
            gone = taken.widget() if taken is not None else None
            if gone is not None:
                gone.deleteLater()
        period = self.tr("%1, %2 – %3.").replace("%1", data_word(report.title)).replace(
            "%2", date_text(report.period_from, "dd MMM yyyy")).replace(
            "%3", date_text(report.period_to, "dd MMM yyyy"))
        left_out = self.tr("%n case(s) left out: their survivor has not consented to aggregate "
                           "reporting.", None, report.left_out_cases)
        self.status.setText(f"{period} {left_out}   {legend_text(report.threshold)}")
        self.body_layout.addWidget(self._tiles(report))
        self.body_layout.addWidget(self._charts(report))
        for t in report.tables:
            head = QLabel(data_word(t.table.title), self.body)
            font = QFont(head.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() + 1)
            head.setFont(font)
            self.body_layout.addWidget(head)
            self.body_layout.addWidget(table_widget(t, report.threshold, self.body))
        self.statistics = None
        if report.statistics:
            self._statistics(report)
        legend = QLabel(legend_text(report.threshold), self.body)
        legend.setAccessibleName(self.tr("Legend"))
        self.body_layout.addWidget(legend)
        self.body_layout.addStretch(1)
        self.report_shown.emit(report)

    def _statistics(self, report: Report) -> None:
        """The report's statistics (a median, a share): title, value, how many units."""
        head = QLabel(self.tr("Statistics"), self.body)
        font = QFont(head.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 1)
        head.setFont(font)
        stats = report.statistics
        w = QTableWidget(len(stats), 2, self.body)
        w.setAccessibleName(self.tr("Statistics"))
        w.setHorizontalHeaderLabels([self.tr("Value"), self.tr("Over")])
        w.setVerticalHeaderLabels([data_word(s.title) for s in stats])
        w.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        withheld = self.tr("withheld: computed over fewer than %1").replace(
            "%1", str(report.threshold))
        for r, s in enumerate(stats):
            for c, text in enumerate((statistic_text(s), DASH if s.n is None else f"{s.n:,}")):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if s.n is None:
                    item.setToolTip(withheld)
                w.setItem(r, c, item)
        w.resizeColumnsToContents()
        w.setMinimumHeight(min(420, 28 * (len(stats) + 1) + 8))
        self.statistics = w
        self.body_layout.addWidget(head)
        self.body_layout.addWidget(w)

    def _tiles(self, report: Report) -> QWidget:
        row = QWidget(self.body)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tiles = [_Tile(title, value, note, row) for title, value, note in kpis(report)]
        for tile in self.tiles:
            layout.addWidget(tile)
        return row

    def _charts(self, report: Report) -> QWidget:
        """The trends (every table over the report's periods) as lines, then four breakdowns
        as bars; two charts a row."""
        box = QWidget(self.body)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.charts = []
        for t in (t for t in report.tables if t.table.trend and len(t.table.rows) >= 2):
            series = [(data_word(col), [row[c] for row in t.cells])
                      for c, col in enumerate(t.table.columns)]
            self._place(grid, line_chart(data_word(t.table.title),
                                         [data_word(r) for r in t.table.rows], series, box))
        wanted = (("referrals_by_service", self.tr("Referrals by service type")),
                  ("interpreter_by_language", self.tr("Interpreter needs by language")),
                  ("new_intakes_by_language", self.tr("New intakes by language")),
                  ("screening_change", self.tr("Change in screening scores")))
        for table_id, title in wanted:
            t = _find(report, table_id)
            if t is None:
                continue
            keep = [r for r, total in enumerate(t.row_totals) if total != 0]
            series = [(data_word(col), [t.cells[r][c] for r in keep])
                      for c, col in enumerate(t.table.columns)]
            self._place(grid, bar_chart(title, [data_word(t.table.rows[r]) for r in keep],
                                        series, box))
        return box

    def _place(self, grid: QGridLayout, chart: QWidget) -> None:
        n = len(self.charts)
        self.charts.append(chart)
        grid.addWidget(chart, n // 2, n % 2, Qt.AlignmentFlag.AlignTop)

    def export(self, suffix: str) -> None:
        """Ask where, then write the shown report's template and period as PDF or CSV."""
        template_id, first, last = self._choice()
        name = f"program-report-{first:%Y-%m}-to-{last:%Y-%m}{suffix}"  # no case data in it
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"),
                                              str(Path.home() / name),
                                              options=QFileDialog.Option.DontUseNativeDialog)
        if path:
            self.write(Path(path), template_id, first, last)

    def write(self, out: Path, template_id: str, first: date, last: date) -> None:
        """Write the report file in the background; say where it went or why not."""
        self.busy.show()
        self._exports_enabled(False)
        session = self.session
        run_in_background(
            lambda _progress: reports.write_report(session, template_id=template_id,
                                                   period_from=first, period_to=last, out=out,
                                                   force=True),
            on_done=lambda done: self._written(done.value), on_error=self._failed)

    def _written(self, path: Path) -> None:
        self.busy.hide()
        self._exports_enabled(True)
        self.status.setText(self.tr("Report written to %1 (recorded as a disclosure).")
                            .replace("%1", str(path)))


class DashboardDialog(QDialog):
    """The dashboard in its own window (supervisors only: the menu action is gated)."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Program dashboard"))
        self.view = DashboardView(session, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.resize(1366, 768)
