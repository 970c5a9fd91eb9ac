"""Painting the timeline: lanes, axis, today line and entry shapes (no widget state here)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen, QPixmap, QPolygonF

from ui.timeline_entries import LANES, Lane, Shape, ViewEntry, from_days

HEADER_W = 130
AXIS_H = 28
RADIUS = 7.0
SUB_ROWS = 3

# Lane tints only support the shapes; every kind is told apart by its outline.
LANE_COLOURS: dict[Lane, str] = {
    Lane.MEDICAL: "#2a7ab0",
    Lane.IMMIGRATION: "#7a4fb0",
    Lane.PROTECTIVE_ORDER: "#b06a1e",
    Lane.COURT: "#6b6b2a",
    Lane.SERVICES: "#2a8f5a",
    Lane.CARE_PLAN: "#9a3f6d",
}
CONFLICT = QColor("#d01c1c")


@dataclass(slots=True)
class Geometry:
    """Maps day numbers to x and lanes to y for one frame."""

    width: float
    height: float
    start: float  # day number at the left edge of the plot
    span: float  # days across the plot
    # grow with the font (200% scaling) so lane names, dates and labels are never clipped
    header_w: float = HEADER_W
    axis_h: float = AXIS_H
    row_top: float = 12.0  # first sub-row's centre below the lane top

    @property
    def ppd(self) -> float:
        """Pixels per day."""
        return max(1.0, self.width - self.header_w) / self.span

    def x(self, t: float) -> float:
        """The x of day number ``t``."""
        return self.header_w + (t - self.start) * self.ppd

    def t(self, x: float) -> float:
        """The day number at ``x``."""
        return self.start + (x - self.header_w) / self.ppd

    @property
    def lane_h(self) -> float:
        """Height of one lane."""
        return max(36.0, 2 * self.row_top, (self.height - self.axis_h) / len(LANES))

    def lane_top(self, lane: Lane) -> float:
        """The y of the top of ``lane``."""
        return self.axis_h + LANES.index(lane) * self.lane_h

    @property
    def shift(self) -> float:
        """Add to an x measured from day 0 (see :func:`layout`) to get the x in this frame."""
        return self.header_w - self.start * self.ppd


def geometry_for(width: float, height: float, start: float, span: float, fm: QFontMetrics,
                 lane_names: Sequence[str]) -> Geometry:
    """A frame's geometry with the header, axis and rows sized for the font in use."""
    words = [w for name in lane_names for w in name.split()]
    header = max([HEADER_W] + [fm.horizontalAdvance(w) + 18 for w in words])
    return Geometry(width, height, start, span, header_w=float(header),
                    axis_h=float(max(AXIS_H, fm.height() + 12)),
                    row_top=float(max(12, fm.height() // 2 + 3)))


def paint_background(p: QPainter, g: Geometry, pal: QPalette, lane_names: dict[Lane, str]) -> None:
    """Lane bands and their names."""
    p.fillRect(QRectF(0, 0, g.width, g.height), pal.color(QPalette.ColorRole.Base))
    alt = pal.color(QPalette.ColorRole.AlternateBase)
    p.setPen(pal.color(QPalette.ColorRole.Text))
    for i, lane in enumerate(LANES):
        top = g.lane_top(lane)
        if i % 2:
            p.fillRect(QRectF(0, top, g.width, g.lane_h), alt)
        p.drawText(QRectF(6, top, g.header_w - 10, g.lane_h),
                   Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, lane_names[lane])
    p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
    p.drawLine(QPointF(g.header_w, g.axis_h), QPointF(g.header_w, g.height))


def paint_axis(p: QPainter, g: Geometry, pal: QPalette) -> None:
    """Tick marks and date labels; daily, weekly or monthly by zoom."""
    p.setPen(QPen(pal.color(QPalette.ColorRole.Text), 1))
    p.drawLine(QPointF(g.header_w, g.axis_h), QPointF(g.width, g.axis_h))
    day = from_days(g.start)
    last = from_days(g.start + g.span) + timedelta(days=1)
    step_fmt = "%a %d" if g.ppd >= 45 else "%Y-%m-%d" if g.ppd >= 7 else "%Y-%m"
    while day <= last:
        # daily ticks when zoomed in, Mondays at week zoom, first of the month beyond
        major = g.ppd >= 45 or (day.weekday() == 0 if g.ppd >= 7 else day.day == 1)
        if major:
            x = g.x((day - from_days(0)).days)
            if x >= g.header_w:
                p.drawLine(QPointF(x, g.axis_h - 6), QPointF(x, g.axis_h))
                p.drawText(QPointF(x + 3, g.axis_h - 9), day.strftime(step_fmt))
        day += timedelta(days=1)


def paint_today(p: QPainter, g: Geometry, today_t: float, label: str) -> None:
    """A dashed vertical line at today, labelled."""
    x = g.x(today_t)
    if x < g.header_w or x > g.width:
        return
    pen = QPen(CONFLICT, 2, Qt.PenStyle.DashLine)
    p.setPen(pen)
    p.drawLine(QPointF(x, g.axis_h), QPointF(x, g.height))
    p.drawText(QPointF(x + 3, g.axis_h + p.fontMetrics().ascent() + 1), label)


def shape_path(shape: Shape, c: QPointF, r: float = RADIUS) -> QPolygonF:
    """Polygon outline of a point shape centred on ``c``."""
    x, y = c.x(), c.y()
    if shape == Shape.DEADLINE:
        pts = [(x, y - r), (x + r, y), (x, y + r), (x - r, y)]
    elif shape == Shape.EXPECTED_BY:
        pts = [(x - r, y + r * 0.8), (x + r, y + r * 0.8), (x, y - r)]
    elif shape == Shape.MILESTONE:
        pts = [(x - r * 0.6, y + r), (x - r * 0.6, y - r), (x + r, y - r * 0.5),
               (x - r * 0.6, y)]
    else:
        pts = [(x - r, y - r), (x + r, y - r), (x + r, y + r), (x - r, y + r)]
    return QPolygonF([QPointF(a, b) for a, b in pts])


def _draw_point(p: QPainter, shape: Shape, c: QPointF, colour: QColor) -> None:
    if shape == Shape.APPOINTMENT:
        p.drawEllipse(c, RADIUS, RADIUS)
    elif shape == Shape.EXPECTED_BY:
        p.setBrush(Qt.BrushStyle.NoBrush)  # hollow: someone else must act
        p.drawPolygon(shape_path(shape, c))
    else:
        p.drawPolygon(shape_path(shape, c))
        if shape == Shape.HEARING:  # gavel bar across the square
            p.drawLine(QPointF(c.x() - RADIUS, c.y()), QPointF(c.x() + RADIUS, c.y()))


_SPRITES: dict[tuple[Lane, Shape, bool], QPixmap] = {}
SPRITE = int(2 * RADIUS + 14)  # room for the outline and the "!" glyph


def sprite(lane: Lane, shape: Shape, conflict: bool) -> QPixmap:
    """A cached image of one point shape, centred at (SPRITE/2 - 4, SPRITE/2)."""
    key = (lane, shape, conflict)
    if key not in _SPRITES:
        pix = QPixmap(SPRITE, SPRITE)
        pix.fill(Qt.GlobalColor.transparent)
        q = QPainter(pix)
        q.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(LANE_COLOURS[lane])
        q.setPen(QPen(CONFLICT, 2.5) if conflict else QPen(colour.darker(160), 1.5))
        q.setBrush(colour)
        c = QPointF(SPRITE / 2 - 4, SPRITE / 2)
        _draw_point(q, shape, c, colour)
        if conflict:  # a glyph as well as the red outline: not colour alone
            font = q.font()
            font.setPixelSize(12)  # sized to the sprite, not the UI font (200% scaling)
            font.setBold(True)
            q.setFont(font)
            q.setPen(QPen(CONFLICT))
            q.drawText(QPointF(c.x() + RADIUS + 1, c.y() + 5), "!")
        q.end()
        _SPRITES[key] = pix
    return _SPRITES[key]


Placed = tuple[float, float, float]  # x0 and x1 in pixels from day 0, y in pixels


def layout(g: Geometry, entries: Sequence[ViewEntry]) -> list[Placed]:
    """Each entry's (x0, y, x1) at this zoom, stacked into sub-rows so they overlap less.

    Positions are relative to day 0, so panning reuses them (and entries keep their rows).
    """
    ppd = g.ppd
    tops = {lane: g.lane_top(lane) + g.row_top for lane in LANES}
    step = (g.lane_h - g.row_top - 4) / SUB_ROWS
    slot_end: dict[tuple[Lane, int], float] = {}
    window = Shape.WINDOW
    out: list[Placed] = []
    for e in entries:
        x0 = e.t0 * ppd
        x1 = e.t1 * ppd if e.shape is window else x0
        lane = e.lane
        row = SUB_ROWS - 1
        for r in range(SUB_ROWS):
            if slot_end.get((lane, r), -1e18) < x0 - RADIUS:
                row = r
                break
        slot_end[(lane, row)] = (x1 if x1 > x0 else x0) + RADIUS
        out.append((x0, tops[lane] + row * step, x1))
    return out


def paint_entries(p: QPainter, g: Geometry, entries: Sequence[ViewEntry], placed: list[Placed],
                  first: int, last: int, pal: QPalette, focus: int) -> None:
    """Draw entries[first:last] at their ``placed`` positions shifted to this frame."""
    shift = g.shift
    bars: dict[tuple[Lane, bool], list[QRectF]] = {}
    off = shift - SPRITE / 2 + 4
    half = SPRITE // 2
    draw = p.drawPixmap
    window = Shape.WINDOW
    for i in range(first, last):
        e = entries[i]
        x0, y, x1 = placed[i]
        if e.shape is window:
            bars.setdefault((e.lane, bool(e.conflicts)), []).append(
                QRectF(x0 + shift, y - 4, max(4.0, x1 - x0), 8))
        else:
            draw(int(x0 + off), int(y) - half, sprite(e.lane, e.shape, bool(e.conflicts)))
    for (lane, conflict), rects in bars.items():
        colour = QColor(LANE_COLOURS[lane])
        p.setPen(QPen(CONFLICT, 2.5) if conflict else QPen(colour.darker(160), 1.2))
        p.setBrush(colour)
        p.drawRects(rects)
    _paint_labels(p, g, entries, placed, first, last, pal)
    if first <= focus < last:
        x0, y, x1 = placed[focus]
        p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DotLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(x0 + shift - RADIUS - 4, y - RADIUS - 4, x1 - x0 + 2 * RADIUS + 8,
                          2 * RADIUS + 8))


def _paint_labels(p: QPainter, g: Geometry, entries: Sequence[ViewEntry], placed: list[Placed],
                  first: int, last: int, pal: QPalette) -> None:
    """Titles right of their shapes, elided before the next shape in the same row."""
    if last - first > 1500:  # too dense for any label to fit; skip the bookkeeping
        return
    p.setPen(QPen(pal.color(QPalette.ColorRole.Text)))
    fm = QFontMetrics(p.font())
    baseline = (fm.ascent() - fm.descent()) / 2  # centres the text on the shape
    shift = g.shift
    next_x: dict[int, float] = {}
    last_in_row: dict[float, int] = {}
    for i in range(first, last):
        x0, y, _x1 = placed[i]
        if y in last_in_row:
            next_x[last_in_row[y]] = x0
        last_in_row[y] = i
    for i in range(first, last):
        x0, y, x1 = placed[i]
        room = next_x.get(i, 1e18) - x1 - RADIUS - 14
        room = min(room, g.width - (x1 + shift) - RADIUS - 10)
        if room < 40:
            continue
        title = fm.elidedText(entries[i].title, Qt.TextElideMode.ElideRight, int(room))
        p.drawText(QPointF(x1 + shift + RADIUS + 8, y + baseline), title)
