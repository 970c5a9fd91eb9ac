"""Entry glyphs of the timeline: one sprite atlas, drawn in batches with drawPixmapFragments."""

from __future__ import annotations

import ctypes
from array import array
from functools import cache

import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QPolygonF

from ui.timeline_entries import LANES, Lane, Shape

RADIUS = 7.0
SPRITE = int(2 * RADIUS + 14)  # room for the outline and the "!" glyph
CELL = SPRITE + 2  # atlas pitch: a gap so no cell bleeds into its neighbour
FRAG = 10  # doubles per PixmapFragment: x, y, sx, sy, w, h, scale x/y, rotation, opacity

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
POINT_SHAPES = tuple(s for s in Shape if s is not Shape.WINDOW)
MARK = "mark"  # atlas key of the bare "!" drawn after a conflicting bar


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


def draw_shape(p: QPainter, shape: Shape, c: QPointF, r: float = RADIUS) -> None:
    """One shape as the timeline draws it, with ``p``'s pen and brush (the legend uses it)."""
    if shape == Shape.WINDOW:
        p.drawRect(QRectF(c.x() - 2 * r, c.y() - 4, 4 * r, 8))
    elif r == RADIUS:
        _draw_point(p, shape, c)
    else:
        p.save()
        p.translate(c)
        p.scale(r / RADIUS, r / RADIUS)
        _draw_point(p, shape, QPointF(0, 0))
        p.restore()


def _draw_point(p: QPainter, shape: Shape, c: QPointF) -> None:
    if shape == Shape.APPOINTMENT:
        p.drawEllipse(c, RADIUS, RADIUS)
    elif shape == Shape.EXPECTED_BY:
        p.setBrush(Qt.BrushStyle.NoBrush)  # hollow: someone else must act
        p.drawPolygon(shape_path(shape, c))
    else:
        p.drawPolygon(shape_path(shape, c))
        if shape == Shape.HEARING:  # gavel bar across the square
            p.drawLine(QPointF(c.x() - RADIUS, c.y()), QPointF(c.x() + RADIUS, c.y()))


def _draw_mark(p: QPainter, at: QPointF) -> None:
    font = p.font()
    font.setPixelSize(12)  # sized to the sprite, not the UI font (200% scaling)
    font.setBold(True)
    p.setFont(font)
    p.setPen(QPen(CONFLICT))
    p.drawText(at, "!")


def _paint_cell(p: QPainter, key: tuple[Lane, Shape, bool] | str, left: float) -> None:
    """One sprite with its shape centred at (left + SPRITE/2 - 4, SPRITE/2)."""
    c = QPointF(left + SPRITE / 2 - 4, SPRITE / 2)
    if key == MARK:
        _draw_mark(p, QPointF(c.x() - 2, c.y() + 5))
        return
    lane, shape, conflict = key  # type: ignore[misc]
    colour = QColor(LANE_COLOURS[lane])
    p.setPen(QPen(CONFLICT, 2.5) if conflict else QPen(colour.darker(160), 1.5))
    p.setBrush(colour)
    _draw_point(p, shape, c)
    if conflict:  # a glyph as well as the red outline: not colour alone
        _draw_mark(p, QPointF(c.x() + RADIUS + 1, c.y() + 5))


@cache
def atlas() -> tuple[QPixmap, dict[object, float]]:
    """Every point sprite (lane x shape x conflict) and the bare mark in one row of cells.

    Returns the pixmap and each key's source left; all cells are SPRITE square at top 0.
    """
    keys: list[object] = [(lane, shape, conflict) for lane in LANES for shape in POINT_SHAPES
                          for conflict in (False, True)] + [MARK]
    pix = QPixmap(CELL * len(keys), SPRITE)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    lefts: dict[object, float] = {}
    for n, key in enumerate(keys):
        lefts[key] = float(n * CELL)
        _paint_cell(p, key, n * CELL)  # type: ignore[arg-type]
    p.end()
    return pix, lefts


def fragment(out: array, cx: float, cy: float, left: float) -> None:
    """Append one atlas cell centred at (cx, cy) to the packed fragment array ``out``."""
    out.extend((cx, cy, left, 0.0, SPRITE, SPRITE, 1.0, 1.0, 0.0, 1.0))


@cache
def packed_fragments() -> bool:
    """True when a PixmapFragment is ten packed doubles, so an array can be passed as one.

    PySide6 binds ``drawPixmapFragments`` to a pointer (not a list), as pyqtgraph relies on;
    check the layout once rather than trust it, and fall back to one call per sprite.
    """
    probe = QPainter.PixmapFragment.create(QPointF(1, 2), QRectF(3, 4, 5, 6), 7, 8, 9, 0.5)
    want = array("d", [1, 2, 3, 4, 5, 6, 7, 8, 9, 0.5]).tobytes()
    address = shiboken6.getCppPointer(probe)[0]
    return ctypes.string_at(address, len(want)) == want


def draw_fragments(p: QPainter, frags: array, first: int, last: int) -> None:
    """Draw fragments [first, last) of ``frags`` from the atlas with one call."""
    if last <= first:
        return
    pix = atlas()[0]
    if not packed_fragments():
        for k in range(first * FRAG, last * FRAG, FRAG):
            w = frags[k + 4]
            p.drawPixmap(QRectF(frags[k] - w / 2, frags[k + 1] - w / 2, w, w), pix,
                         QRectF(frags[k + 2], 0, w, w))
        return
    address = frags.buffer_info()[0] + first * FRAG * frags.itemsize
    # a view of the array's memory; ``frags`` outlives the call and is not resized meanwhile
    view = shiboken6.wrapInstance(address, QPainter.PixmapFragment)
    p.drawPixmapFragments(view, last - first, pix)


@cache
def halo(bold: bool) -> QPixmap:
    """The red halo drawn round a point entry in a conflict (a sprite: a rounded rectangle
    per entry per frame costs milliseconds in a crowded frame)."""
    r = RADIUS + (6 if bold else 4)
    size = int(2 * r + 6)
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(CONFLICT)
    fill.setAlpha(45)
    p.setPen(QPen(CONFLICT, 3.5 if bold else 2))
    p.setBrush(fill)
    p.drawEllipse(QPointF(size / 2, size / 2), r, r)
    p.end()
    return pix
