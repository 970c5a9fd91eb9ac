"""The program dashboard's charts (pyqtgraph): horizontal grouped bars of published counts.

White background, readable axis labels, the Okabe-Ito colour-blind-safe palette, a legend
naming every series (colour is never the only cue: each bar's number is written beside it).
A suppressed count is not drawn: its place reads "—" so a reader sees it was withheld, not
zero. Only published numbers ever reach a chart.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg  # type: ignore[import-untyped]  # no stubs shipped
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from timeline.reports.model import Cell

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision
# deficiency; blue, orange, bluish green, vermillion, sky blue, reddish purple, yellow
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442")
DASH = "—"
TEXT = "#1F2933"
pg.setConfigOptions(antialias=True, background="w", foreground=TEXT)


def bar_chart(title: str, categories: Sequence[str],
              series: Sequence[tuple[str, Sequence[Cell]]],
              parent: QWidget | None = None) -> pg.PlotWidget:
    """Grouped horizontal bars: one row per category (top to bottom in the given order), one
    bar per series; a suppressed value (None) is drawn as a "—" label instead of a bar."""
    plot = pg.PlotWidget(parent=parent, background="w")
    plot.setAccessibleName(title)
    plot.setTitle(title, color=TEXT, size="11pt")
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    item = plot.getPlotItem()
    font = QFont()
    font.setPointSizeF(9)
    n, groups = len(series), len(categories)
    height = 0.8 / max(n, 1)
    most = max([v for _, values in series for v in values if v is not None] or [1])
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
    bottom = item.getAxis("bottom")
    bottom.setTextPen(TEXT)
    bottom.setLabel("Count", color=TEXT)
    item.setXRange(0, most * 1.18, padding=0)
    item.setYRange(-0.6, groups - 0.4, padding=0)
    item.showGrid(x=True, y=False, alpha=0.15)
    plot.setFixedHeight(max(220, 18 * groups * n + 90))
    plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return plot

