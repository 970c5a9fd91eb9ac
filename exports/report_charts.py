"""Charts of a program report, drawn with ReportLab graphics in black and greys.

A breakdown is drawn as horizontal bars (a group per row, a bar per column, the columns told
apart by shade and named in a legend); a monthly (or quarterly, yearly) series as lines, one per
column, told apart by marker and dash. Only published values are drawn: a suppressed value is a
hatched, empty bar labelled "suppressed" of a fixed short length (its value is not known to the
chart), and on a line chart a gap with a hatched mark on the axis. Every value is also in the
table under the chart.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from exports.fonts import BASE, register_base_fonts
from timeline.reports.model import SUPPRESSED, Cell, PublishedTable
from timeline.reports.scale import nice_max

INK = colors.Color(0.1, 0.1, 0.1)
MID = colors.Color(0.4, 0.4, 0.4)
GRID = colors.Color(0.85, 0.85, 0.85)
SHADES = (colors.Color(0.15, 0.15, 0.15), colors.Color(0.55, 0.55, 0.55),
          colors.Color(0.8, 0.8, 0.8), colors.white)
DASHES: tuple[tuple[float, ...] | None, ...] = (None, (4, 2), (1.5, 1.5), (6, 2, 1.5, 2))
MAX_SERIES = len(SHADES)  # more columns than this: the chart shows the row totals
BAR, GROUP_GAP, LABEL_SIZE, TICK_SIZE = 8.0, 6.0, 7.0, 6.5
TOP_LEGEND = 16


def is_trend(table: PublishedTable) -> bool:
    """True when the table's rows are the report's periods (two or more): a series over time."""
    return table.table.trend and len(table.table.rows) >= 2


def series_of(table: PublishedTable) -> tuple[tuple[str, ...], list[list[Cell]]]:
    """(series names, values per row): the columns, or the row totals alone when there are
    more columns than a chart can tell apart."""
    t = table.table
    if len(t.columns) <= MAX_SERIES:
        return t.columns, [list(row) for row in table.cells]
    return ("Total",), [[total] for total in table.row_totals]


def chart_for(table: PublishedTable, width: float, threshold: int) -> Drawing | None:
    """The chart of one published table (None when it has no rows or columns)."""
    if not table.table.rows or not table.table.columns:
        return None
    register_base_fonts()
    if is_trend(table):
        return trend_chart(table, width)
    return bar_chart(table, width, threshold)


def _fit(text: str, room: float, size: float) -> str:
    """``text`` cut with an ellipsis to fit ``room`` points."""
    if stringWidth(text, BASE, size) <= room:
        return text
    while text and stringWidth(text + "…", BASE, size) > room:
        text = text[:-1]
    return text + "…"


def _legend(drawing: Drawing, names: Sequence[str], x: float, y: float, *, lines: bool,
            suppressed: bool) -> None:
    """Series names across the top: a shade swatch (bars) or a marker and dash (lines)."""
    for i, name in enumerate(names):
        if lines:
            drawing.add(_poly([x, y + 3, x + 16, y + 3], i))
            _marker(drawing, i, x + 8, y + 3)
            x += 20
        else:
            drawing.add(_rect(x, y, 9, 7, SHADES[i], 0.5))
            x += 12
        label = _fit(name, 140, LABEL_SIZE)
        drawing.add(String(x, y, label, fontName=BASE, fontSize=LABEL_SIZE, fillColor=INK))
        x += stringWidth(label, BASE, LABEL_SIZE) + 12
    if suppressed:
        _hatched(drawing, x, y, 14, 7)
        drawing.add(String(x + 17, y, SUPPRESSED, fontName=BASE, fontSize=LABEL_SIZE,
                           fillColor=INK))


def _rect(x: float, y: float, w: float, h: float, fill: colors.Color, stroke_width: float,
          dash: tuple[float, ...] | None = None) -> Rect:
    """A black-edged box (attributes set after construction: the reportlab stubs type Rect's
    keywords wrongly)."""
    box = Rect(x, y, w, h)
    box.fillColor, box.strokeColor, box.strokeWidth = fill, INK, stroke_width
    if dash is not None:
        box.strokeDashArray = dash
    return box


def _poly(points: list[float], series: int) -> PolyLine:
    line = PolyLine(points, strokeColor=INK, strokeWidth=1.2)
    dash = DASHES[series]
    if dash is not None:
        line.strokeDashArray = dash
    return line


def _hatched(drawing: Drawing, x: float, y: float, w: float, h: float) -> None:
    """An empty box with diagonal hatching: a value that is not published."""
    drawing.add(_rect(x, y, w, h, colors.white, 0.5, (1.5, 1)))
    step = 2.5
    offset = 0.0
    while offset < w + h:
        # a 45° line from the bottom edge (or the left edge), clipped to the box
        x1, y1 = (x + offset, y) if offset <= w else (x + w, y + offset - w)
        x2, y2 = (x, y + offset) if offset <= h else (x + offset - h, y + h)
        drawing.add(Line(x1, y1, x2, y2, strokeColor=MID, strokeWidth=0.4))
        offset += step


# --- bars ------------------------------------------------------------------------------------
def bar_chart(table: PublishedTable, width: float, threshold: int) -> Drawing:
    """Horizontal bars: each row a group, each series a bar; suppressed values hatched."""
    names, values = series_of(table)
    rows = table.table.rows
    group = BAR * len(names) + GROUP_GAP
    plot_h = group * len(rows)
    bottom = 16
    height = bottom + plot_h + (TOP_LEGEND if len(names) > 1 or _any_none(values) else 4)
    drawing = Drawing(width, height)
    left = min(width * 0.34, 12 + max(stringWidth(r, BASE, LABEL_SIZE) for r in rows))
    plot_w = width - left - 70  # room for a value or "suppressed" after the longest bar
    shown = [v for row in values for v in row if v is not None]
    top, tick = nice_max(max(shown, default=0))
    scale = plot_w / top
    _bar_axis(drawing, left, bottom, plot_w, plot_h, top, tick)
    for r, (label, row) in enumerate(zip(rows, values, strict=True)):
        y_top = bottom + plot_h - r * group - GROUP_GAP / 2
        centre = y_top - BAR * len(names) / 2
        drawing.add(String(left - 5, centre - LABEL_SIZE * 0.35, _fit(label, left - 8, LABEL_SIZE),
                           fontName=BASE, fontSize=LABEL_SIZE, fillColor=INK, textAnchor="end"))
        for s, value in enumerate(row):
            y = y_top - (s + 1) * BAR
            _bar(drawing, left, y, value, scale, threshold, s)
    if len(names) > 1 or _any_none(values):
        _legend(drawing, names if len(names) > 1 else (), left, height - 10, lines=False,
                suppressed=_any_none(values))
    return drawing


def _any_none(values: list[list[Cell]]) -> bool:
    return any(v is None for row in values for v in row)


def _bar_axis(drawing: Drawing, left: float, bottom: float, plot_w: float, plot_h: float,
              top: float, tick: float) -> None:
    steps = round(top / tick)
    for i in range(steps + 1):
        x = left + plot_w * i / steps
        if i:
            drawing.add(Line(x, bottom, x, bottom + plot_h, strokeColor=GRID, strokeWidth=0.4))
        drawing.add(Line(x, bottom - 2, x, bottom, strokeColor=INK, strokeWidth=0.5))
        drawing.add(String(x, bottom - 4 - TICK_SIZE, f"{tick * i:g}", fontName=BASE,
                           fontSize=TICK_SIZE, fillColor=INK, textAnchor="middle"))
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=INK, strokeWidth=0.7))
    drawing.add(Line(left, bottom, left, bottom + plot_h, strokeColor=INK, strokeWidth=0.7))


def _bar(drawing: Drawing, left: float, y: float, value: Cell, scale: float, threshold: int,
         series: int) -> None:
    inner = BAR - 1.5
    if value is None:
        w = max(12.0, min(threshold * scale, 40.0))  # a fixed short box: its length means nothing
        _hatched(drawing, left, y + 0.75, w, inner)
        drawing.add(String(left + w + 3, y + 1.8, SUPPRESSED, fontName=BASE, fontSize=TICK_SIZE,
                           fillColor=MID))
        return
    w = value * scale
    if w > 0:
        drawing.add(_rect(left, y + 0.75, w, inner, SHADES[series], 0.5))
    drawing.add(String(left + w + 3, y + 1.8, str(value), fontName=BASE, fontSize=TICK_SIZE,
                       fillColor=INK))


# --- lines -----------------------------------------------------------------------------------
def trend_chart(table: PublishedTable, width: float, height: float = 150) -> Drawing:
    """A line per series over the periods; a suppressed value breaks its line and is marked
    by a hatched square on the axis."""
    names, values = series_of(table)
    periods = table.table.rows
    drawing = Drawing(width, height)
    left, bottom, right = 34.0, 22.0, 10.0
    plot_w, plot_h = width - left - right, height - bottom - TOP_LEGEND - 6
    shown = [v for row in values for v in row if v is not None]
    top, tick = nice_max(max(shown, default=0))
    _line_axis(drawing, left, bottom, plot_w, plot_h, top, tick)

    def x_of(i: int) -> float:
        return left + 8 + (plot_w - 16) * (i / max(1, len(periods) - 1))

    _period_labels(drawing, periods, x_of, bottom)
    for s in range(len(names)):
        _series_line(drawing, [row[s] for row in values], s, x_of,
                     lambda v: bottom + plot_h * v / top)
    for i, row in enumerate(values):
        if any(v is None for v in row):
            _hatched(drawing, x_of(i) - 3, bottom + 1, 6, 6)
    _legend(drawing, names, left, height - 11, lines=True, suppressed=_any_none(values))
    return drawing


def _line_axis(drawing: Drawing, left: float, bottom: float, plot_w: float, plot_h: float,
               top: float, tick: float) -> None:
    steps = round(top / tick)
    for i in range(steps + 1):
        y = bottom + plot_h * i / steps
        if i:
            drawing.add(Line(left, y, left + plot_w, y, strokeColor=GRID, strokeWidth=0.4))
        drawing.add(String(left - 4, y - TICK_SIZE * 0.35, f"{tick * i:g}", fontName=BASE,
                           fontSize=TICK_SIZE, fillColor=INK, textAnchor="end"))
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=INK, strokeWidth=0.7))
    drawing.add(Line(left, bottom, left, bottom + plot_h, strokeColor=INK, strokeWidth=0.7))


def _period_labels(drawing: Drawing, periods: Sequence[str], x_of: Callable[[int], float],
                   bottom: float) -> None:
    room = stringWidth("2026-12", BASE, TICK_SIZE) + 6
    every = 1
    while len(periods) > 1 and (x_of(every) - x_of(0)) < room:
        every += 1
    for i, label in enumerate(periods):
        x = x_of(i)
        drawing.add(Line(x, bottom - 2, x, bottom, strokeColor=INK, strokeWidth=0.5))
        if i % every == 0:
            drawing.add(String(x, bottom - 4 - TICK_SIZE, label, fontName=BASE,
                               fontSize=TICK_SIZE, fillColor=INK, textAnchor="middle"))


def _series_line(drawing: Drawing, values: list[Cell], series: int,
                 x_of: Callable[[int], float], y_of: Callable[[float], float]) -> None:
    """Runs of published values joined; a suppressed value leaves a gap."""
    run: list[float] = []
    for i, value in enumerate([*values, None]):
        if value is None:
            if len(run) >= 4:
                drawing.add(_poly(run, series))
            run = []
            continue
        run += [x_of(i), y_of(value)]
    for i, value in enumerate(values):
        if value is not None:
            _marker(drawing, series, x_of(i), y_of(value))


def _marker(drawing: Drawing, series: int, x: float, y: float) -> None:
    """A filled circle, a square, a triangle or a ring: series told apart without colour."""
    if series == 0:
        drawing.add(Circle(x, y, 2.2, fillColor=INK, strokeColor=INK, strokeWidth=0.5))
    elif series == 1:
        drawing.add(_rect(x - 2, y - 2, 4, 4, colors.white, 0.8))
    elif series == 2:
        drawing.add(Polygon([x - 2.5, y - 2, x + 2.5, y - 2, x, y + 2.5], fillColor=MID,
                            strokeColor=INK, strokeWidth=0.5))
    else:
        drawing.add(Circle(x, y, 2.4, fillColor=colors.white, strokeColor=INK,
                           strokeWidth=0.8))
