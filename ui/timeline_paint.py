"""Painting the timeline: lanes, axis, today line and entry shapes (no widget state here)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen

from ui.timeline_entries import LANES, Lane, ViewEntry, from_days
from ui.timeline_paint_glyphs import CONFLICT as CONFLICT  # re-exported: tests and callers
from ui.timeline_paint_glyphs import LANE_COLOURS as LANE_COLOURS
from ui.timeline_paint_glyphs import RADIUS, draw_fragments
from ui.timeline_paint_glyphs import shape_path as shape_path
from ui.timeline_paint_layout import LABEL_MIN, SUB_ROWS, Batch, Placed, Stack, batch, stack
from ui.timeline_paint_layout import empty as empty
from ui.timeline_paint_layout import level as level

HEADER_W = 130
AXIS_H = 28


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
    def row_step(self) -> float:
        """Distance between the sub-rows of a lane."""
        return (self.lane_h - self.row_top - 4) / SUB_ROWS

    def row_tops(self) -> dict[Lane, float]:
        """The y of each lane's first sub-row."""
        return {lane: self.lane_top(lane) + self.row_top for lane in LANES}

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
    # on a plate: the label sits over the top row, whose entries carry labels of their own
    fm = p.fontMetrics()
    plate = QRectF(x + 2, g.axis_h + 1, fm.horizontalAdvance(label) + 4, fm.height())
    p.fillRect(plate, QColor(255, 255, 255, 220))
    p.drawText(QPointF(x + 4, g.axis_h + 1 + fm.ascent()), label)


def layout(g: Geometry, entries: Sequence[ViewEntry], rows: Stack | None = None) -> Batch:
    """``entries`` placed at ``g``'s zoom, reusing ``rows`` when stacked at the same level."""
    if rows is None:
        rows = stack(g.row_tops(), g.row_step, g.ppd, entries)
    return batch(rows, entries, g.ppd)


def paint_entries(p: QPainter, g: Geometry, entries: Sequence[ViewEntry], b: Batch,
                  first: int, last: int, pal: QPalette, focus: int = -1, hover: int = -1) -> None:
    """Draw entries[first:last]; the focused and the hovered entry get their whole title."""
    s = b.stack
    p.save()
    p.translate(g.shift, 0)  # the batch is laid out from day 0: panning only moves the painter
    draw_fragments(p, s.points, s.points_before[first], s.points_before[last])
    # bars are axis-aligned: antialiasing only blurs their ends and doubles their cost
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for (lane, conflict), (idx, rects) in b.bars.items():
        lo, hi = bisect_left(idx, first), bisect_left(idx, last)
        if lo < hi:
            colour = QColor(LANE_COLOURS[lane])
            p.setPen(QPen(CONFLICT, 3) if conflict else QPen(colour.darker(160), 1))
            p.setBrush(colour)
            p.drawRects(rects[lo:hi])
    draw_fragments(p, s.marks, s.marks_before[first], s.marks_before[last])
    p.restore()
    fm = QFontMetrics(p.font())
    marked = [i for i in dict.fromkeys((focus, hover)) if first <= i < last]
    plates = [_plate(g, fm, entries[i].title, b.place(i)) for i in marked]
    _paint_labels(p, g, entries, b, first, last, pal, [rect for rect, _text in plates])
    for i, (rect, text) in zip(marked, plates, strict=True):  # hovered last: it is on top
        _paint_marked(p, g, b.place(i), pal, rect, text, ring=i == focus)


def _paint_labels(p: QPainter, g: Geometry, entries: Sequence[ViewEntry], b: Batch,
                  first: int, last: int, pal: QPalette, plates: list[QRectF]) -> None:
    """Titles right of their shapes where they fit before the next shape in the same row.

    Only entries with room at this zoom are visited, so a dense frame costs next to nothing;
    a label a plate would cut in two is left out (the plate shows its own title whole).
    """
    lo, hi = bisect_left(b.labelled, first), bisect_left(b.labelled, last)
    if lo == hi:
        return
    p.setPen(QPen(pal.color(QPalette.ColorRole.Text)))
    fm = QFontMetrics(p.font())
    baseline = (fm.ascent() - fm.descent()) / 2  # centres the text on the shape
    shift, right = g.shift, g.width - RADIUS - 10
    for k in range(lo, hi):
        i = b.labelled[k]
        _x0, y, x1 = b.place(i)
        left = x1 + shift + RADIUS + 8
        room = int(min(b.room(i), right - x1 - shift))  # no further than the plot's edge
        if room < LABEL_MIN or left + room < g.header_w:
            continue
        title = b.elided.get((i, room))
        if title is None:
            title = b.elided[(i, room)] = fm.elidedText(entries[i].title,
                                                        Qt.TextElideMode.ElideRight, room)
        if plates and any(r.intersects(QRectF(left, y - fm.height() / 2,
                                              fm.horizontalAdvance(title), fm.height()))
                          for r in plates):
            continue
        p.drawText(QPointF(left, y + baseline), title)


def _plate(g: Geometry, fm: QFontMetrics, title: str, at: Placed) -> tuple[QRectF, str]:
    """Where a marked entry's whole title goes: right of it, or left at the plot's edge."""
    x0, y, x1 = at[0] + g.shift, at[1], at[2] + g.shift
    text = fm.elidedText(title, Qt.TextElideMode.ElideRight, int(max(120, g.width / 3)))
    w, h = fm.horizontalAdvance(text) + 10, fm.height() + 4
    left = x1 + RADIUS + 8 if x1 + RADIUS + 8 + w <= g.width else x0 - RADIUS - 8 - w
    return QRectF(max(g.header_w + 2, left), y - h / 2, w, h), text


def _paint_marked(p: QPainter, g: Geometry, at: Placed, pal: QPalette, plate: QRectF,
                  text: str, ring: bool) -> None:
    """The whole title on a plate above everything drawn so far; a dotted ring for focus."""
    x0, y, x1 = at[0] + g.shift, at[1], at[2] + g.shift
    if ring:
        p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DotLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(x0 - RADIUS - 4, y - RADIUS - 4, x1 - x0 + 2 * RADIUS + 8,
                          2 * RADIUS + 8))
    base = pal.color(QPalette.ColorRole.Base)
    if ring:  # focus stays put: let the shapes it covers show through; hover is fleeting
        base.setAlpha(190)
    p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
    p.setBrush(base)
    p.drawRect(plate)
    p.setPen(QPen(pal.color(QPalette.ColorRole.Text)))
    p.drawText(plate, Qt.AlignmentFlag.AlignCenter, text)
