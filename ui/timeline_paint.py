"""Painting the timeline: lanes, axis, today line and entry shapes (no widget state here)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen

from ui import timeline_axis as axis
from ui.labels import date_text
from ui.timeline_entries import LANES, Lane, ViewEntry, from_days
from ui.timeline_paint_glyphs import CONFLICT as CONFLICT  # re-exported: tests and callers
from ui.timeline_paint_glyphs import LANE_COLOURS as LANE_COLOURS
from ui.timeline_paint_glyphs import RADIUS, draw_fragments
from ui.timeline_paint_glyphs import halo as halo_sprite
from ui.timeline_paint_glyphs import shape_path as shape_path
from ui.timeline_paint_layout import (
    LABEL_MIN,
    MAX_ROWS,
    Batch,
    Placed,
    Stack,
    batch,
    fit_label,
    stack,
)
from ui.timeline_paint_layout import anchor as anchor
from ui.timeline_paint_layout import empty as empty
from ui.timeline_paint_layout import level as level

HEADER_W = 130
MAX_JOINED = 6  # conflicts join two entries (three or four at most): more are not a pair
AXIS_H = 28


@dataclass(slots=True)
class Geometry:
    """Maps day numbers to x and lanes to y for one frame.

    Lanes with entries share the height; a lane with none (``filled`` False) is a thin strip
    that keeps its name, so the lanes in use get the room.
    """

    width: float
    height: float
    start: float  # day number at the left edge of the plot
    span: float  # days across the plot
    # grow with the font (200% scaling) so lane names, dates and labels are never clipped
    header_w: float = HEADER_W
    axis_h: float = AXIS_H
    row_top: float = 12.0  # first sub-row's centre below the lane top
    filled: tuple[bool, ...] = (True,) * len(LANES)
    strip_h: float = 22.0  # height of an empty lane
    row_h: float = 20.0  # least distance between two sub-rows (a shape or a line of text)

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
        """Height of one lane with entries."""
        n_filled = sum(self.filled) or len(LANES)
        empty = (len(LANES) - sum(self.filled)) * self.strip_h if any(self.filled) else 0.0
        return max(36.0, 2 * self.row_top, (self.height - self.axis_h - empty) / n_filled)

    def lane_height(self, lane: Lane) -> float:
        """Height of ``lane``: a thin strip when it has no entries."""
        return self.lane_h if self.is_filled(lane) else self.strip_h

    def is_filled(self, lane: Lane) -> bool:
        """True when ``lane`` has entries (or no lane has any)."""
        return self.filled[LANES.index(lane)] or not any(self.filled)

    def lane_top(self, lane: Lane) -> float:
        """The y of the top of ``lane``."""
        top = self.axis_h
        for other in LANES:
            if other is lane:
                return top
            top += self.lane_height(other)
        return top

    @property
    def sub_rows(self) -> int:
        """How many sub-rows a lane with entries has room for."""
        return max(1, min(MAX_ROWS, 1 + int(self._spread // self.row_h)))

    @property
    def _spread(self) -> float:
        # from the first sub-row's centre to the last one's: the last keeps row_top - 4 below
        return max(0.0, self.lane_h - 2 * self.row_top + 2)

    @property
    def row_step(self) -> float:
        """Distance between the sub-rows of a lane."""
        n = self.sub_rows
        return min(1.6 * self.row_h, self._spread / (n - 1)) if n > 1 else self.row_h

    def row_tops(self) -> dict[Lane, float]:
        """The y of each lane's first sub-row."""
        return {lane: self.lane_top(lane) + self.row_top for lane in LANES}

    @property
    def shift(self) -> float:
        """Add to an x measured from day 0 (see :func:`layout`) to get the x in this frame."""
        return self.header_w - self.start * self.ppd


def geometry_for(width: float, height: float, start: float, span: float, fm: QFontMetrics,
                 lane_names: Sequence[str], filled: tuple[bool, ...] | None = None) -> Geometry:
    """A frame's geometry with the header, axis and rows sized for the font in use."""
    # whole names: an empty lane's strip has one line, and a name read at once is clearer
    header = max([HEADER_W] + [fm.horizontalAdvance(name) + 18 for name in lane_names])
    return Geometry(width, height, start, span, header_w=float(header),
                    axis_h=float(max(AXIS_H, fm.height() + 12)),
                    row_top=float(max(12, fm.height() // 2 + 3)),
                    filled=filled or (True,) * len(LANES),
                    strip_h=float(fm.height() + 8),
                    row_h=float(max(2 * RADIUS + 5, fm.height() + 4)))


def paint_background(p: QPainter, g: Geometry, pal: QPalette, lane_names: dict[Lane, str]) -> None:
    """Lane bands and their names; an empty lane is a thin strip with its name greyed."""
    p.fillRect(QRectF(0, 0, g.width, g.height), pal.color(QPalette.ColorRole.Base))
    alt = pal.color(QPalette.ColorRole.AlternateBase)
    text, faint = pal.color(QPalette.ColorRole.Text), pal.color(QPalette.ColorRole.PlaceholderText)
    fm = p.fontMetrics()
    for i, lane in enumerate(LANES):
        top, h = g.lane_top(lane), g.lane_height(lane)
        if i % 2:
            p.fillRect(QRectF(0, top, g.width, h), alt)
        if g.is_filled(lane):
            p.setPen(text)
            # level with the lane's first row, as a calendar's row header is
            first = top + g.row_top - fm.height() / 2
            p.drawText(QRectF(6, first, g.header_w - 10, top + h - first),
                       Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, lane_names[lane])
        else:  # one line: a strip has no room to wrap
            p.setPen(faint)
            name = fm.elidedText(lane_names[lane], Qt.TextElideMode.ElideRight,
                                 int(g.header_w - 10))
            p.drawText(QRectF(6, top, g.header_w - 10, h), Qt.AlignmentFlag.AlignVCenter, name)
    p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
    p.drawLine(QPointF(g.header_w, g.axis_h), QPointF(g.header_w, g.height))


def axis_ticks(g: Geometry, font: QFont) -> list[axis.Tick]:
    """The labelled ticks of this frame (see ui.timeline_axis)."""
    return axis.ticks(g.start, g.span, g.header_w, max(1.0, g.width - g.header_w),
                      axis.measure(font))


def axis_unit(g: Geometry, font: QFont) -> str:
    """The unit the axis labels at this zoom ("day", "week", "month", "quarter", "year")."""
    return axis.choose_unit(g.ppd, axis.measure(font))[0]


def today_plate(g: Geometry, fm: QFontMetrics, today_t: float, label: str,
                day_columns: bool = False) -> QRectF | None:
    """Where the Today label goes: in the axis band, over its line, never over an entry.

    With ``day_columns`` (days labelled) it starts at today's column, where that day's own
    label would be, and is kept inside the column (see :func:`today_text`).
    """
    x = g.x(today_t)
    if x < g.header_w or x > g.width:
        return None
    w, h = fm.horizontalAdvance(label) + 10, fm.height() + 2
    left = x + 1 if day_columns else x - w / 2
    left = min(max(g.header_w + 1, left), g.width - w - 1)
    return QRectF(left, (g.axis_h - h) / 2 - 1, w, h)


def today_text(g: Geometry, fm: QFontMetrics, label: str, short: str, day_columns: bool) -> str:
    """The long label, or the short one where a day column is too narrow for it."""
    if short and day_columns and fm.horizontalAdvance(label) + 14 > g.ppd:
        return short
    return label


def today_on_axis(g: Geometry, fm: QFontMetrics, font: QFont, today_t: float | None,
                  label: str, short: str) -> tuple[QRectF | None, str, list[axis.Tick]]:
    """The Today plate, its text and the ticks labelled beside it: the long label unless the
    short one covers fewer ticks; a tick the plate would cover is skipped (see
    ``axis.beside_plate``)."""
    found = axis_ticks(g, font)
    if today_t is None:
        return None, label, found
    columns = axis_unit(g, font) == "day"
    width = axis.measure(font)
    best: tuple[QRectF | None, str, list[axis.Tick]] | None = None
    for text in dict.fromkeys((today_text(g, fm, label, short, columns), short or label)):
        plate = today_plate(g, fm, today_t, text, columns)
        kept = found if plate is None else axis.beside_plate(found, plate.left(), plate.right(),
                                                             width)
        if best is None or len(kept) > len(best[2]):
            best = (plate, text, kept)
    assert best is not None
    return best


def paint_axis(p: QPainter, g: Geometry, pal: QPalette, today_t: float | None = None,
               today_label: str = "", today_short: str = "") -> list[axis.Tick]:
    """Ticks and date labels of the finest unit that fits; Today on a plate among them
    (at day zoom in place of today's own label, shortened to ``today_short`` if need be; a
    tick it would cover is skipped).

    Returns the ticks drawn (tests check that no two collide).
    """
    fm = p.fontMetrics()
    p.setPen(QPen(pal.color(QPalette.ColorRole.Text), 1))
    p.drawLine(QPointF(g.header_w, g.axis_h), QPointF(g.width, g.axis_h))
    plate, today_label, drawn = today_on_axis(g, fm, p.font(), today_t, today_label, today_short)
    base = g.axis_h - 9
    for tick in drawn:
        p.drawLine(QPointF(tick.x, g.axis_h - 6), QPointF(tick.x, g.axis_h))
        p.drawText(QPointF(tick.x + 3, base), tick.text)
    unit = axis_unit(g, p.font())
    if unit in ("day", "week"):  # the month and year the days belong to, above the lanes
        p.drawText(QRectF(6, 0, g.header_w - 10, g.axis_h), Qt.AlignmentFlag.AlignVCenter,
                   date_text(from_days(g.start + g.span / 2), "MMM yyyy"))
    if plate is not None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(CONFLICT)
        p.drawRoundedRect(plate, 4, 4)
        p.setPen(QColor("white"))
        p.drawText(plate, Qt.AlignmentFlag.AlignCenter, today_label)
    return drawn


def paint_grid(p: QPainter, g: Geometry, pal: QPalette, unit: str) -> None:
    """Weekends shaded and a line at each day (``unit`` "day") or Monday ("week"), in the
    lanes with entries only."""
    spans = _filled_spans(g)
    if not spans:
        return
    ppd = g.ppd
    # opaque (a blended fill costs a pass over its pixels), one rectangle per weekend and run
    # of lanes in use: weekend columns read as one band, as in a calendar's week view
    tint = _mix(pal.color(QPalette.ColorRole.AlternateBase), pal.color(QPalette.ColorRole.Text),
                0.06)
    for t0, t1 in _runs(axis.weekend_days(g.start, g.span, ppd)):
        x0, x1 = max(g.header_w, g.x(t0)), g.x(t1)
        if x1 > x0:
            for top, bottom in spans:
                top = max(top, g.axis_h + 1)  # the axis line stays whole
                p.fillRect(QRectF(x0, top, x1 - x0, bottom - top), tint)
    line = _mix(pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Mid), 0.6)
    p.setPen(QPen(line, 1))
    for t in axis.grid_days(g.start, g.span, unit):
        x = g.x(t)
        if x > g.header_w:
            for top, bottom in spans:
                p.drawLine(QPointF(x, top), QPointF(x, bottom))


def _filled_spans(g: Geometry) -> list[tuple[float, float]]:
    """(top, bottom) of each run of adjacent lanes that have entries."""
    out: list[tuple[float, float]] = []
    for lane in LANES:
        if not g.is_filled(lane):
            continue
        top = g.lane_top(lane)
        bottom = top + g.lane_height(lane)
        if out and abs(out[-1][1] - top) < 0.5:
            out[-1] = (out[-1][0], bottom)
        else:
            out.append((top, bottom))
    return out


def _mix(a: QColor, b: QColor, f: float) -> QColor:
    """``a`` with a share ``f`` of ``b``, opaque."""
    return QColor(round(a.red() + (b.red() - a.red()) * f),
                  round(a.green() + (b.green() - a.green()) * f),
                  round(a.blue() + (b.blue() - a.blue()) * f))


def _runs(days: list[float]) -> list[tuple[float, float]]:
    """Consecutive day numbers joined into [start, end) runs (a weekend is one rectangle)."""
    out: list[tuple[float, float]] = []
    for t in days:
        if out and out[-1][1] == t:
            out[-1] = (out[-1][0], t + 1)
        else:
            out.append((t, t + 1))
    return out


def paint_today(p: QPainter, g: Geometry, today_t: float, label: str = "") -> None:
    """A dashed vertical line at today (its label is on the axis: see paint_axis)."""
    x = g.x(today_t)
    if x < g.header_w or x > g.width:
        return
    p.setPen(QPen(CONFLICT, 2, Qt.PenStyle.DashLine))
    p.drawLine(QPointF(x, g.axis_h), QPointF(x, g.height))


def layout(g: Geometry, entries: Sequence[ViewEntry], rows: Stack | None = None,
           label_w: Sequence[float] | None = None) -> Batch:
    """``entries`` placed at ``g``'s zoom, reusing ``rows`` when stacked at the same level."""
    if rows is None:
        rows = stack(g.row_tops(), g.row_step, g.ppd, entries, g.sub_rows, label_w)
    return batch(rows, entries, g.ppd)


def paint_conflicts(p: QPainter, g: Geometry, b: Batch, groups: Sequence[Sequence[int]],
                    first: int, last: int, selected: int = -1) -> None:
    """Each conflict as a red halo round every entry it joins and a line between them.

    ``groups`` holds the entry indices of each conflict; the ``selected`` one is drawn bolder.
    """
    halo = QColor(CONFLICT)
    halo.setAlpha(45)
    shift = g.shift
    for n, group in enumerate(groups):
        if not any(first <= i < last for i in group):
            continue
        bold = n == selected
        p.setPen(QPen(CONFLICT, 3.5 if bold else 2, Qt.PenStyle.SolidLine))
        centres = []
        sprite = halo_sprite(bold)
        w = sprite.width()
        source = QRectF(0, 0, w, w)
        for i in group:
            x0, y, x1 = b.place(i)
            x0, x1 = x0 + shift, x1 + shift
            centres.append(QPointF((x0 + x1) / 2, y))
            if x1 - x0 < 1:  # a point: the sprite
                p.drawPixmap(QRectF(x0 - w / 2, y - w / 2, w, w), sprite, source)
                continue
            p.setBrush(halo)
            r = RADIUS + (6 if bold else 4)
            p.drawRoundedRect(QRectF(x0 - r, y - r, x1 - x0 + 2 * r, 2 * r), r, r)
        p.setBrush(Qt.BrushStyle.NoBrush)
        if len(centres) > MAX_JOINED:
            continue  # a reason shared by many entries is not a pair to join: halos say it
        centres.sort(key=lambda c: c.x())
        p.drawLines([QLineF(_towards(a, c, RADIUS + 4), _towards(c, a, RADIUS + 4))
                     for a, c in zip(centres, centres[1:], strict=False)])


def _towards(a: QPointF, b: QPointF, d: float) -> QPointF:
    """The point ``d`` pixels from ``a`` on the way to ``b`` (a connector starts at a halo)."""
    dx, dy = b.x() - a.x(), b.y() - a.y()
    n = (dx * dx + dy * dy) ** 0.5
    return a if n <= 2 * d else QPointF(a.x() + dx * d / n, a.y() + dy * d / n)


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
    width = axis.measure(p.font())
    baseline = (fm.ascent() - fm.descent()) / 2  # centres the text on the shape
    shift, right = g.shift, g.width - RADIUS - 10
    for k in range(lo, hi):
        i = b.labelled[k]
        _x0, y, x1 = b.place(i)
        left = x1 + shift + RADIUS + 8
        room = int(min(b.room(i), right - x1 - shift))  # no further than the plot's edge
        if room < LABEL_MIN or left + room < g.header_w:
            continue
        pinned = left < g.header_w + 4  # its shape has scrolled off: keep the title readable
        if pinned:
            room = int(left + room - g.header_w - 4)
            left = g.header_w + 4
            if room < LABEL_MIN:
                continue
        key = (i, room, pinned)
        if key in b.elided:
            title = b.elided[key]
        else:  # whole, or cut at a word; "" when not even the first word fits (dropped)
            title = b.elided[key] = fit_label(entries[i].title, room, width,
                                              "◂ " if pinned else "") or ""
        if not title:
            continue
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
