"""The timeline's legend: what each shape means, and how a conflict is marked."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.timeline_entries import Shape
from ui.timeline_paint_glyphs import CONFLICT, RADIUS, draw_shape

_GLYPH_W = 4 * RADIUS + 4  # a window bar is the widest glyph
_CONFLICT = "conflict"


class TimelineLegend(QWidget):
    """Shapes and their meaning, wrapped onto as many lines as the width needs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[Shape | str, str]] = [
            (Shape.DEADLINE, self.tr("Deadline")),
            (Shape.HEARING, self.tr("Hearing")),
            (Shape.APPOINTMENT, self.tr("Appointment")),
            (Shape.WINDOW, self.tr("Window (from–to)")),
            (Shape.EXPECTED_BY, self.tr("Expected by (others act)")),
            (Shape.MILESTONE, self.tr("Milestone")),
            (_CONFLICT, self.tr("Conflict (joined in red)")),
        ]
        self.setAccessibleName(self.tr("Legend"))
        self.setAccessibleDescription(", ".join(text for _shape, text in self.items))
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _cells(self, width: float) -> list[QRectF]:
        """Where each item goes at ``width``: left to right, wrapping."""
        fm = QFontMetrics(self.font())
        h = max(fm.height(), 2 * RADIUS) + 6
        x, y, out = 0.0, 0.0, []
        for _shape, text in self.items:
            w = _GLYPH_W + 6 + fm.horizontalAdvance(text) + 16
            if x > 0 and x + w > width:
                x, y = 0.0, y + h
            out.append(QRectF(x, y, w, h))
            x += w
        return out

    def resizeEvent(self, event: QResizeEvent) -> None:
        # wrap onto as many lines as this width needs (not every container asks heightForWidth)
        super().resizeEvent(event)
        height = self.heightForWidth(self.width())
        if height != self.minimumHeight():
            self.setMinimumHeight(height)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        cells = self._cells(width)
        return int(cells[-1].bottom()) + 2

    def sizeHint(self) -> QSize:
        cells = self._cells(10_000)
        return QSize(int(cells[-1].right()), int(cells[-1].bottom()) + 2)


    def minimumSizeHint(self) -> QSize:
        # the layout asks heightForWidth at the real width; this only keeps one line
        return QSize(100, self._cells(10_000)[0].height() + 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        grey = QColor("#6f7780")
        fm = p.fontMetrics()
        for (shape, text), cell in zip(self.items, self._cells(self.width()), strict=True):
            c = QPointF(cell.left() + _GLYPH_W / 2, cell.center().y())
            if shape == _CONFLICT:
                self._conflict_glyph(p, c)
            else:
                p.setPen(QPen(grey.darker(160), 1.2))
                p.setBrush(grey)
                draw_shape(p, Shape(shape), c, RADIUS * 0.85)
            p.setPen(pal.color(QPalette.ColorRole.WindowText))
            p.drawText(QPointF(cell.left() + _GLYPH_W + 6,
                               cell.center().y() + (fm.ascent() - fm.descent()) / 2), text)
        p.end()

    @staticmethod
    def _conflict_glyph(p: QPainter, c: QPointF) -> None:
        halo = QColor(CONFLICT)
        halo.setAlpha(45)
        p.setPen(QPen(CONFLICT, 2))
        p.setBrush(halo)
        a, b = QPointF(c.x() - RADIUS, c.y()), QPointF(c.x() + RADIUS, c.y())
        for at in (a, b):
            p.drawEllipse(at, 5, 5)
        p.drawLine(QPointF(a.x() + 5, a.y()), QPointF(b.x() - 5, b.y()))
