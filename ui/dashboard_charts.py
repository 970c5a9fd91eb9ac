"""The program dashboard's charts (pyqtgraph): horizontal grouped bars of published counts,
and line charts of the trend tables (one line per series over the report's periods).

White background, readable axis labels, the Okabe-Ito colour-blind-safe palette, a legend
naming every series (colour is never the only cue: each bar's number is written beside it).
A suppressed count is not drawn: its place reads "—" so a reader sees it was withheld, not
zero. Only published numbers ever reach a chart. Titles, categories and series names come
translated (ui.dashboard); the axis's "Count" is translated here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pyqtgraph as pg  # type: ignore[import-untyped]  # no stubs shipped
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from timeline.reports.model import Cell
from timeline.reports.scale import nice_max
from ui.i18n import translate

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision
# deficiency; blue, orange, bluish green, vermillion, sky blue, reddish purple, yellow
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442")
DASH = "—"
TEXT = "#1F2933"
pg.setConfigOptions(antialias=True, background="w", foreground=TEXT)


def _plot(title: str, parent: QWidget | None) -> tuple[pg.PlotWidget, Any, QFont]:
    """A still chart (no mouse zoom, no menu) titled and named ``title``; its plot item and
    the font of its numbers."""
    plot = pg.PlotWidget(parent=parent, background="w")
    plot.setAccessibleName(title)
    plot.setTitle(title, color=TEXT, size="11pt")
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    font = QFont()
    font.setPointSizeF(9)
    return plot, plot.getPlotItem(), font


def largest(series: Sequence[tuple[str, Sequence[Cell]]]) -> int:
    """The largest published value, at least 1: an all-zero chart keeps a readable 0-1 axis
    (with 0 its range would be empty, and pyqtgraph would scale its labels as "x0.001")."""
    return max((v for _, values in series for v in values if v is not None), default=0) or 1


def _count_axis(axis: pg.AxisItem, most: int, high: float, font: QFont) -> None:
    """A count axis with round whole-number ticks up to ``high`` and no unit scaling."""
    _top, step = nice_max(most)
    axis.setTicks([[(step * k, f"{step * k:g}") for k in range(int(high // step) + 1)]])
    axis.enableAutoSIPrefix(False)
    axis.setTextPen(TEXT)
    axis.setStyle(tickFont=font)
    axis.setLabel(translate("DashboardCharts", "Count"), color=TEXT)


def bar_chart(title: str, categories: Sequence[str],
              series: Sequence[tuple[str, Sequence[Cell]]],
              parent: QWidget | None = None) -> pg.PlotWidget:
    """Grouped horizontal bars: one row per category (top to bottom in the given order), one
    bar per series; a suppressed value (None) is drawn as a "—" label instead of a bar."""
    plot, item, font = _plot(title, parent)
    n, groups = len(series), len(categories)
    height = 0.8 / max(n, 1)
    most = largest(series)
    legend = item.addLegend(offset=(-10, -10), labelTextColor=TEXT, brush=pg.mkBrush("#FFFFFFDD"))
    for s, (name, values) in enumerate(series):
        colour = PALETTE[s % len(PALETTE)]
        ys = [groups - 1 - g + 0.4 - height * (s + 0.5) for g in range(groups)]  # 1st on top
        shown = [(y, v) for y, v in zip(ys, values, strict=True) if v is not None]
        bars = pg.BarGraphItem(x0=[0] * len(shown), y=[y for y, _ in shown],
                               height=height * 0.9, width=[v for _, v in shown],
                               brush=pg.mkBrush(colour), pen=pg.mkPen(QColor(colour).darker(130)))
        item.addItem(bars)
        legend.addItem(bars, name)
        for y, v in zip(ys, values, strict=True):
            label = pg.TextItem(DASH if v is None else str(v), color=TEXT,
                                anchor=(0, 0.5))
            label.setFont(font)
            label.setPos(most * 0.01 if v is None else v + most * 0.01, y)
            item.addItem(label)
    left = item.getAxis("left")
    left.setTicks([[(groups - 1 - g, c) for g, c in enumerate(categories)]])
    left.setTextPen(TEXT)
    left.setStyle(tickFont=font)
    left.setWidth(min(220, 12 + 7 * max((len(c) for c in categories), default=4)))
    _count_axis(item.getAxis("bottom"), most, most * 1.18, font)
    item.setXRange(0, most * 1.18, padding=0)
    item.setYRange(-0.6, groups - 0.4, padding=0)
    item.showGrid(x=True, y=False, alpha=0.15)
    plot.setFixedHeight(max(220, 18 * groups * n + 90))
    plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return plot



def colour_text(colour: str) -> QColor:
    """A series' colour darkened enough to read as text on white."""
    return QColor(colour).darker(150)


SYMBOLS = ("o", "s", "t", "d", "+", "x", "star")  # a marker per series: colour is not the only cue


def line_chart(title: str, periods: Sequence[str],
               series: Sequence[tuple[str, Sequence[Cell]]],
               parent: QWidget | None = None) -> pg.PlotWidget:
    """A trend: one line per series over ``periods`` (left to right), each point marked (a
    symbol per series) and numbered; a suppressed value (None) breaks its line and reads "—"
    at its place. The numbers of one period are stacked so that none covers another."""
    plot, item, font = _plot(title, parent)
    most = largest(series)
    low, high = -0.16 * most, 1.3 * most
    label_h = (high - low) * 17 / (LINE_HEIGHT - 70)  # one number's height, in counts
    item.addLegend(offset=(10, 10), labelTextColor=TEXT, brush=pg.mkBrush("#FFFFFFDD"))
    xs = list(range(len(periods)))
    for s, (name, values) in enumerate(series):
        colour = PALETTE[s % len(PALETTE)]
        ys = [float("nan") if v is None else float(v) for v in values]
        line = item.plot(xs, ys, pen=pg.mkPen(colour, width=2), connect="finite", name=name,
                         symbol=SYMBOLS[s % len(SYMBOLS)], symbolSize=8,
                         symbolBrush=pg.mkBrush(colour), symbolPen=pg.mkPen(colour))
        line.setZValue(s)
    for x in xs:
        points = [(values[x], s) for s, (_n, values) in enumerate(series)]
        for top, text, s in _stacked(points, label_h):
            label = pg.TextItem(text, color=colour_text(PALETTE[s % len(PALETTE)]),
                                anchor=(0.5, 0))
            label.setFont(font)
            label.setPos(x, top)
            item.addItem(label)
    bottom = item.getAxis("bottom")
    bottom.setTicks([[(x, p) for x, p in zip(xs, periods, strict=True)]])
    bottom.setTextPen(TEXT)
    bottom.setStyle(tickFont=font)
    _count_axis(item.getAxis("left"), most, high, font)
    item.setXRange(-0.4, max(len(periods) - 0.6, 0.4), padding=0)
    item.setYRange(low, high, padding=0)
    item.showGrid(x=False, y=True, alpha=0.15)
    plot.setFixedHeight(LINE_HEIGHT)
    plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return plot


LINE_HEIGHT = 250  # pixels


def _stacked(points: Sequence[tuple[Cell, int]], height: float) -> list[tuple[float, str, int]]:
    """(top, text, series) of each point's number: above its point, or below it when the
    number above would cover the previous (higher) one. The "—" of suppressed points stand in
    a column of their own above the zero line, one per series, never below the axis."""
    gap = height * 0.4  # clear of the marker
    floor = float("inf")  # the lowest edge used so far, in counts
    out = []
    shown = sorted(((v, s) for v, s in points if v is not None), key=lambda p: -p[0])
    for value, s in shown:
        above = value + gap + height
        top = above if above <= floor else min(value - gap, floor - gap)
        floor = top - height
        out.append((top, str(value), s))
    hidden = [s for v, s in points if v is None]
    out += [(gap + height * (k + 1), DASH, s) for k, s in enumerate(hidden)]
    return out
