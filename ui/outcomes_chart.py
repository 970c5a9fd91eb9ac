"""A small trend chart of a case's screening totals over time (one panel per instrument),
with a text summary of each series for screen readers and for anyone who prefers words; and
a step strip of the categorical series (housing stability, safety) with labelled levels."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from models.errors import WorkbenchError
from timeline.outcomes import CategoricalSeries, Series, categorical_summary, level_label
from timeline.screening import Instrument, instrument
from ui.i18n import day_text, translate
from ui.labels import date_text

# one colour per panel, readable on a light background (Okabe-Ito, colour-blind safe)
_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7")


#: how a score moved since the baseline (timeline.screening.scoring's direction)
DIRECTIONS = {"improving": QT_TRANSLATE_NOOP("OutcomesChart", "improving"),
              "worsening": QT_TRANSLATE_NOOP("OutcomesChart", "worsening"),
              "flat": QT_TRANSLATE_NOOP("OutcomesChart", "flat")}


def _tr(text: str) -> str:
    return translate("OutcomesChart", text)


def summary_line(series: Series) -> str:
    """One series in words, in the UI's language: "PHQ-9: 18 → 9, improving, clinically
    meaningful"."""
    points, title = series.points, series.short_title
    if not points:
        if series.unscored:
            return translate("OutcomesChart", "%1: no score yet (%2)").replace(
                "%2", str(series.unscored[-1][1])).replace("%1", title)
        return translate("OutcomesChart", "%1: no score yet").replace("%1", title)
    if len(points) == 1:
        return translate("OutcomesChart", "%1: %2 (baseline, nothing to compare yet)").replace(
            "%2", str(points[0].total)).replace("%1", title)
    first, last = str(points[0].total), str(points[-1].total)
    change = series.since_baseline
    if change is None:  # a screen: totals are not read as change
        return translate("OutcomesChart", "%1: %2 → %3 (a screen; change is not measured)") \
            .replace("%3", last).replace("%2", first).replace("%1", title)
    meaning = translate("OutcomesChart", "clinically meaningful") if change.meaningful else \
        translate("OutcomesChart", "not clinically meaningful")
    direction = DIRECTIONS.get(change.direction)
    return translate("OutcomesChart", "%1: %2 → %3, %4, %5").replace("%5", meaning).replace(
        "%4", _tr(direction) if direction else change.direction).replace("%3", last).replace(
        "%2", first).replace("%1", title)


def summary_text(series: Sequence[Series]) -> str:
    """Every series in words, one line each (or that there is nothing to show)."""
    if not series:
        return translate("OutcomesChart", "No completed screenings to chart yet.")
    return "\n".join(summary_line(s) for s in series)


class OutcomesChartWidget(QWidget):
    """Totals over time, one panel per instrument: the y-range is the instrument's range,
    band boundaries are faint lines, the baseline is a ring, each point carries its total."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: list[Series] = []
        self._instruments: dict[str, Instrument] = {}
        self.setMinimumHeight(190)
        self.setAccessibleName(self.tr("Outcomes chart"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so its description is read
        self.set_series([])

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(520, 220)

    def set_series(self, series: Sequence[Series]) -> None:
        """Show ``series`` (from ``screenings.outcomes``), repainting."""
        self._series = [s for s in series if s.points]
        self._instruments = {}
        for s in self._series:
            try:
                self._instruments[s.instrument_id] = instrument(s.instrument_id)
            except WorkbenchError:
                continue
        self._series = [s for s in self._series if s.instrument_id in self._instruments]
        self.setAccessibleDescription(summary_text(list(series)))
        self.update()

    def series(self) -> list[Series]:
        """The series drawn (those with at least one total)."""
        return list(self._series)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._series:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No completed screenings to chart yet."))
            painter.end()
            return
        gap = 16
        width = (self.width() - gap * (len(self._series) - 1)) / len(self._series)
        for i, s in enumerate(self._series):
            panel = QRectF(i * (width + gap), 0, width, self.height())
            self._paint_panel(painter, panel, s, QColor(_COLOURS[i % len(_COLOURS)]))
        painter.end()

    def _paint_panel(self, painter: QPainter, panel: QRectF, series: Series,
                     colour: QColor) -> None:
        inst = self._instruments[series.instrument_id]
        text = self.palette().windowText().color()
        faint = QColor(text)
        faint.setAlpha(60)
        small = QFont(self.font())
        small.setPointSizeF(max(8.0, self.font().pointSizeF() * 0.85))
        metrics_h = painter.fontMetrics().height()
        title = QRectF(panel.left(), panel.top(), panel.width(), metrics_h + 4)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(colour)
        painter.drawText(title, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         f"{inst.short_title} (0–{inst.max_total})")
        painter.setFont(small)
        plot = QRectF(panel.left() + 30, title.bottom() + 10, panel.width() - 50,
                      panel.height() - title.height() - 10 - 2 * metrics_h - 4)
        span = max(1, inst.max_total - inst.min_total)

        def y_of(total: float) -> float:
            return plot.bottom() - (total - inst.min_total) / span * plot.height()

        # band boundaries: faint dashed lines between bands (the bands are named in the table)
        painter.setPen(QPen(faint, 1, Qt.PenStyle.DashLine))
        for band in inst.bands[:-1]:
            y = y_of(band.max + 0.5)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QPen(text, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        for total in (inst.min_total, inst.max_total):
            painter.drawText(QRectF(panel.left(), y_of(total) - metrics_h / 2, 26, metrics_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(total))
        points = series.points
        first, last = points[0].day, points[-1].day
        days = max(1, (last - first).days)

        def x_of(i: int) -> float:
            if len(points) == 1:
                return plot.center().x()
            return plot.left() + 16 + (points[i].day - first).days / days * (plot.width() - 32)

        where = [QPointF(x_of(i), y_of(p.total)) for i, p in enumerate(points)]
        painter.setPen(QPen(colour, 2))
        for a, b in zip(where, where[1:], strict=False):
            painter.drawLine(a, b)
        for i, (at, point) in enumerate(zip(where, points, strict=True)):
            painter.setBrush(self.palette().base() if i == 0 else colour)
            painter.setPen(QPen(colour, 2))
            radius = 5.5 if i == 0 else 3.5  # the baseline is a larger ring
            painter.drawEllipse(at, radius, radius)
            painter.setPen(text)
            above = at.y() - metrics_h - 4 > plot.top() - metrics_h
            label = QRectF(at.x() - 20, at.y() - metrics_h - 4 if above else at.y() + 4,
                           40, metrics_h)
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, str(point.total))
        painter.setPen(text)
        foot = QRectF(plot.left(), plot.bottom() + 4, plot.width(), metrics_h)
        painter.drawText(foot, Qt.AlignmentFlag.AlignLeft,
                         self.tr("baseline %1").replace("%1", day_text(first, weekday=False)))
        if len(points) > 1:
            painter.drawText(foot, Qt.AlignmentFlag.AlignRight, day_text(last, weekday=False))
        painter.setBrush(Qt.BrushStyle.NoBrush)


# --- categorical series: housing stability and safety (issue 11 §6) --------------------------
def categorical_text(series: Sequence[CategoricalSeries]) -> str:
    """Both series in words, one line each."""
    return "\n".join(categorical_summary(s) for s in series) or \
        translate("OutcomesChart", "Nothing recorded yet.")


class CategoricalStripWidget(QWidget):
    """Housing stability and safety over time as step lines, one panel per series: each level
    is a labelled band (worst at the bottom), the line steps to each recorded level, the first
    is a ring and the latest is written out; the words are the accessible description."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: list[CategoricalSeries] = []
        self.setMinimumHeight(150)
        self.setAccessibleName(self.tr("Housing stability and safety chart"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.set_series([])

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(640, 170)

    def set_series(self, series: Sequence[CategoricalSeries]) -> None:
        """Show ``series`` (from ``care.categorical_outcomes``), repainting."""
        self._series = list(series)
        self.setAccessibleDescription(categorical_text(self._series))
        self.update()

    def series(self) -> list[CategoricalSeries]:
        """The series shown."""
        return list(self._series)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shown = self._series
        if not shown:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Nothing recorded yet."))
            painter.end()
            return
        gap = 24
        width = (self.width() - gap * (len(shown) - 1)) / len(shown)
        for i, s in enumerate(shown):
            panel = QRectF(i * (width + gap), 0, width, self.height())
            self._paint_panel(painter, panel, s, QColor(_COLOURS[(i + 2) % len(_COLOURS)]))
        painter.end()

    def _paint_panel(self, painter: QPainter, panel: QRectF, series: CategoricalSeries,
                     colour: QColor) -> None:
        text = self.palette().windowText().color()
        muted = self.palette().placeholderText().color()
        line_h = painter.fontMetrics().height()
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        title = QRectF(panel.left(), panel.top(), panel.width(), line_h + 4)
        painter.drawText(title, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.tr(series.title))
        small = QFont(self.font())
        small.setPointSizeF(max(8.0, self.font().pointSizeF() * 0.85))
        painter.setFont(small)
        metrics = painter.fontMetrics()
        labels = [level_label(v) for v in series.levels]
        gutter = max(metrics.horizontalAdvance(t) for t in labels) + 10
        plot = QRectF(panel.left() + gutter, title.bottom() + 6, panel.width() - gutter - 8,
                      panel.height() - title.height() - 6 - line_h - 8)
        rows = len(series.levels)
        row_h = plot.height() / rows

        def y_of(rank: int) -> float:  # rank 0 (worst) is the bottom band
            return plot.bottom() - (rank + 0.5) * row_h

        band = QColor(text)
        band.setAlpha(14)
        for r, label in enumerate(labels):
            top = plot.bottom() - (r + 1) * row_h
            if r % 2 == 0:
                painter.fillRect(QRectF(plot.left(), top, plot.width(), row_h), band)
            painter.setPen(text if series.points and series.points[-1].rank == r else muted)
            painter.drawText(QRectF(panel.left(), top, gutter - 6, row_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        painter.setPen(QPen(muted, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        points = series.points
        if not points:
            painter.setPen(muted)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("Nothing recorded yet"))
            return
        first, last = points[0].at, points[-1].at
        span = max(1.0, (last - first).total_seconds())
        right = plot.right() - 8

        def x_of(i: int) -> float:
            if len(points) == 1:
                return plot.left() + 8
            return plot.left() + 8 + (points[i].at - first).total_seconds() / span * (
                right - plot.left() - 8)

        painter.setPen(QPen(colour, 2.5))
        for i in range(len(points)):  # a step: hold each level until the next one
            end = x_of(i + 1) if i + 1 < len(points) else right
            painter.drawLine(QPointF(x_of(i), y_of(points[i].rank)),
                             QPointF(end, y_of(points[i].rank)))
            if i + 1 < len(points):
                painter.drawLine(QPointF(end, y_of(points[i].rank)),
                                 QPointF(end, y_of(points[i + 1].rank)))
        for i, p in enumerate(points):
            painter.setBrush(self.palette().base() if i == 0 else colour)
            radius = 5.0 if i == 0 else 3.5  # the first record is a larger ring
            painter.drawEllipse(QPointF(x_of(i), y_of(p.rank)), radius, radius)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(text)
        foot = QRectF(plot.left(), plot.bottom() + 4, plot.width(), line_h)
        start = date_text(first, "dd MMM yyyy")
        if len(points) == 1:
            painter.drawText(foot, Qt.AlignmentFlag.AlignLeft, start)
            return
        words = {"improved": self.tr("improved"), "worsened": self.tr("worsened"),
                 "stayed": self.tr("no change")}[series.direction or "stayed"]
        until = f"{date_text(last, 'dd MMM yyyy')} · {words}"
        if metrics.horizontalAdvance(f"{start}  {until}") <= foot.width():
            painter.drawText(foot, Qt.AlignmentFlag.AlignLeft, start)
            painter.drawText(foot, Qt.AlignmentFlag.AlignRight, until)
        else:  # too narrow for both ends: the span (the words beside say the direction)
            painter.drawText(foot, Qt.AlignmentFlag.AlignLeft, metrics.elidedText(
                f"{start} – {date_text(last, 'dd MMM yyyy')}", Qt.TextElideMode.ElideRight,
                int(foot.width())))
