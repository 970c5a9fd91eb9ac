"""The timeline view: lanes over a zoomable time axis, keyboard- and mouse-navigable."""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui import timeline_paint as tp
from ui.i18n import day_text
from ui.labels import enum_label
from ui.timeline_entries import LANES, Shape, ViewEntry, describe, from_days, to_days

DEADLINE_SHAPES = (Shape.DEADLINE, Shape.EXPECTED_BY)

MIN_SPAN = 1.0
LABEL_MAX = 320.0  # a longer title is elided even where there is room: rows stay compact
MAX_SPAN = 400.0


class TimelineView(QWidget):
    """Paints entries in lanes; Left/Right move focus, Enter activates.

    Signals: entry_activated(str key), focus_changed(str key, "" when none),
    view_changed() after zoom or pan.
    """

    entry_activated = Signal(str)
    focus_changed = Signal(str)
    view_changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = to_days(today)
        self._entries: list[ViewEntry] = []
        self._starts: list[float] = []
        self._max_len = 0.0
        self._span = 31.0
        self._start = self._today - 7
        self._focus = -1
        self._hover = -1
        self._painted: tuple[int, int, float] = (0, 0, 0.0)
        self._ticks: list = []
        self._generation = 0
        self._drag_x: float | None = None
        self._batch = tp.empty()
        self._batch_key: tuple[object, ...] | None = None
        self._stack_key: tuple[object, ...] | None = None
        self._filled: tuple[bool, ...] = (True,) * len(LANES)
        self._groups: list[list[int]] = []  # entry indices of each conflict, by first day
        self._reasons: list[str] = []  # the reason of each group
        self._selected_group = -1
        self._label_w: list[float] = []
        self._label_key: tuple[object, ...] | None = None
        self._lane_names = {lane: enum_label(lane) for lane in LANES}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Timeline"))
        self._help = (self.tr(
            "Left and Right arrows move between dates, Up and Down between lanes, Enter opens, "
            "plus and minus zoom, Ctrl+arrows pan, T jumps to today, N to the next deadline, "
            "P to the previous one."))
        self.setAccessibleDescription(self._help)

    # -- data --------------------------------------------------------------------------
    def set_entries(self, entries: Sequence[ViewEntry]) -> None:
        """Show ``entries`` (already role-filtered); keeps focus on the same key if present."""
        old = self.focused_key()
        # in the order they are drawn (an all-day entry in the middle of its day: tp.anchor)
        self._entries = sorted(entries, key=lambda e: (tp.anchor(e), LANES.index(e.lane), e.key))
        self._starts = [tp.anchor(e) for e in self._entries]
        self._generation += 1
        self._max_len = max((e.t1 - e.t0 for e in self._entries), default=0.0)
        keys = [e.key for e in self._entries]
        self._focus = keys.index(old) if old in keys else -1
        if self._focus < 0:  # no entry's text may outlive the entry (the lock clears us)
            self.setAccessibleDescription(self._help)
        self._hover = -1
        present = {e.lane for e in self._entries}
        self._filled = tuple(lane in present for lane in LANES)
        self._group_conflicts()
        self.update()

    def _group_conflicts(self) -> None:
        # entries of one conflict carry its identity (kind and the entries it joins) and its
        # reason; two conflicts may share a reason's words, never an identity. An entry made
        # without identities (a drawing-only one) is grouped by its reasons.
        groups: dict[str, list[int]] = {}
        reasons: dict[str, str] = {}
        for i, e in enumerate(self._entries):
            ids = e.conflict_ids if len(e.conflict_ids) == len(e.conflicts) else e.conflicts
            for ident, reason in zip(ids, e.conflicts, strict=True):
                groups.setdefault(ident, []).append(i)
                reasons.setdefault(ident, reason)
        self._reasons = [reasons[ident] for ident in groups]
        self._groups = list(groups.values())
        self._selected_group = -1

    def conflicts(self) -> list[tuple[str, tuple[str, ...]]]:
        """Each conflict shown: its reason and the keys of the entries it joins, by day."""
        return [(reason, tuple(self._entries[i].key for i in group))
                for reason, group in zip(self._reasons, self._groups, strict=True)]

    def select_conflict(self, n: int) -> bool:
        """Select conflict ``n`` (see :meth:`conflicts`): its entries are drawn bolder, the
        first is focused and the whole group centred; False when there is no such conflict."""
        if not 0 <= n < len(self._groups):
            self._selected_group = -1
            self.update()
            return False
        self._selected_group = n
        group = self._groups[n]
        lo = min(self._entries[i].t0 for i in group)
        hi = max(self._entries[i].t1 for i in group)
        if hi - lo > self._span * 0.8:
            self.set_span_days((hi - lo) * 1.5)
        self._set_focus(group[0])
        self.center_on((lo + hi) / 2)
        return True

    def selected_conflict(self) -> int:
        """Index of the selected conflict, or -1."""
        return self._selected_group

    def empty_lanes(self) -> list:
        """Lanes with no entries (drawn as thin strips)."""
        return [lane for lane, yes in zip(LANES, self._filled, strict=True)
                if not yes and any(self._filled)]

    def coming_up(self, count: int = 5) -> list[ViewEntry]:
        """The next ``count`` dates from today on, in time order (what is next for this case)."""
        i = bisect.bisect_left(self._starts, self._today)
        return self._entries[i:i + count]

    def entries(self) -> list[ViewEntry]:
        """The entries shown, in focus order."""
        return list(self._entries)

    def focused_key(self) -> str:
        """Key of the focused entry, or ""."""
        return self._entries[self._focus].key if 0 <= self._focus < len(self._entries) else ""

    def sizeHint(self) -> QSize:
        return self._hint(900, 44)

    def minimumSizeHint(self) -> QSize:
        return self._hint(400, 36)

    def _hint(self, width: int, lane_h: int) -> QSize:
        # lanes grow with the font so a label and a shape fit in each (200% scaling)
        fm = QFontMetrics(self.font())
        axis = max(tp.AXIS_H, fm.height() + 12)
        filled = sum(self._filled) if any(self._filled) else len(LANES)
        strips = (len(LANES) - filled) * (fm.height() + 8)
        return QSize(width, axis + max(lane_h, fm.height() + 20) * filled + strips)

    # -- zoom and pan ------------------------------------------------------------------
    def span_days(self) -> float:
        """Days across the plot."""
        return self._span

    def start_day(self) -> float:
        """Day number at the left edge."""
        return self._start

    def set_span_days(self, days: float, anchor: float | None = None) -> None:
        """Zoom to ``days`` across, keeping day ``anchor`` (default: the centre) in place."""
        days = min(MAX_SPAN, max(MIN_SPAN, days))
        anchor = self._start + self._span / 2 if anchor is None else anchor
        ratio = (anchor - self._start) / self._span
        self._span = days
        self._start = anchor - ratio * days
        self.update()
        self.view_changed.emit()

    def zoom(self, factor: float, anchor: float | None = None) -> None:
        """Zoom in (factor > 1) or out (factor < 1)."""
        self.set_span_days(self._span / factor, anchor)

    def pan(self, days: float) -> None:
        """Move the visible range by ``days`` (negative: earlier)."""
        self._start += days
        self.update()
        self.view_changed.emit()

    def center_on(self, t: float) -> None:
        """Put day number ``t`` in the middle of the plot."""
        self._start = t - self._span / 2
        self.update()
        self.view_changed.emit()

    def jump_to_today(self) -> None:
        """Show today a quarter of the way in: what is coming matters more than what was."""
        self._start = self._today - self._span / 4
        self.update()
        self.view_changed.emit()

    def _deadline_from(self) -> tuple[int, int]:
        """Where stepping starts: (first index for Next, last index for Previous).

        From the focused entry; with none, from today when today is in view, else from the
        centre of the view.
        """
        if 0 <= self._focus < len(self._entries):
            return self._focus + 1, self._focus - 1
        here = self._start + self._span / 2
        if self._start <= self._today <= self._start + self._span:
            here = self._today
        return (bisect.bisect_left(self._starts, here),
                bisect.bisect_left(self._starts, here) - 1)

    def jump_to_next_deadline(self) -> bool:
        """Focus and centre the next deadline after the focused one (or from today/the centre);
        False when there is none."""
        nxt, _prev = self._deadline_from()
        for i in range(max(0, nxt), len(self._entries)):
            if self._entries[i].shape in DEADLINE_SHAPES:
                self._set_focus(i, centre=True)
                return True
        return False

    def jump_to_previous_deadline(self) -> bool:
        """Focus and centre the deadline before the focused one; False when there is none."""
        _nxt, prev = self._deadline_from()
        for i in range(min(prev, len(self._entries) - 1), -1, -1):
            if self._entries[i].shape in DEADLINE_SHAPES:
                self._set_focus(i, centre=True)
                return True
        return False

    # -- focus ---------------------------------------------------------------------------
    def _set_focus(self, index: int, centre: bool = False) -> None:
        if not self._entries:
            return
        self._focus = max(0, min(len(self._entries) - 1, index))
        entry = self._entries[self._focus]
        if centre or not self._start <= entry.t0 <= self._start + self._span:
            self.center_on(entry.t0)
        self.setAccessibleDescription(describe(entry))
        self.update()
        self.focus_changed.emit(entry.key)

    def focus_key(self, key: str) -> bool:
        """Focus the entry with ``key``; False when it is not shown."""
        for i, e in enumerate(self._entries):
            if e.key == key:
                self._set_focus(i)
                return True
        return False

    def _focus_lane(self, step: int) -> None:
        if self._focus < 0:
            self._set_focus(bisect.bisect_left(self._starts, self._start))
            return
        here = self._entries[self._focus]
        idx = LANES.index(here.lane) + step
        while 0 <= idx < len(LANES):
            lane = LANES[idx]
            pool = [i for i, e in enumerate(self._entries) if e.lane == lane]
            if pool:
                self._set_focus(min(pool, key=lambda i: abs(self._entries[i].t0 - here.t0)))
                return
            idx += step

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        pan_mod = mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and pan_mod:
            self.pan((-1 if key == Qt.Key.Key_Left else 1) * self._span / 4)
        elif key == Qt.Key.Key_Right:
            self._set_focus(self._focus + 1 if self._focus >= 0 else
                            bisect.bisect_left(self._starts, self._start))
        elif key == Qt.Key.Key_Left:
            self._set_focus(self._focus - 1 if self._focus >= 0 else
                            bisect.bisect_left(self._starts, self._start + self._span) - 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._focus_lane(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.5)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / 1.5)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_T):
            self.jump_to_today()
        elif key == Qt.Key.Key_N and mods & Qt.KeyboardModifier.ShiftModifier:
            self.jump_to_previous_deadline()
        elif key == Qt.Key.Key_N:
            self.jump_to_next_deadline()
        elif key == Qt.Key.Key_P:
            self.jump_to_previous_deadline()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._focus >= 0:
            self.entry_activated.emit(self.focused_key())
        else:
            super().keyPressEvent(event)

    # -- mouse ---------------------------------------------------------------------------
    def entry_at(self, pos: QPointF) -> int:
        """Index of the entry painted under ``pos``, or -1."""
        r = tp.RADIUS + 2
        first, last, shift = self._painted
        b = self._batch
        if b.entries is not self._entries:
            return -1
        x, y = pos.x() - shift, pos.y()
        # only entries starting within reach of x can be under it: bisect, do not scan
        lo = bisect.bisect_left(self._starts, (x - r) / b.ppd - self._max_len)
        hi = bisect.bisect_right(self._starts, (x + r) / b.ppd)
        for i in range(min(last, hi) - 1, max(first, lo) - 1, -1):
            x0, y0, x1 = b.place(i)
            if x0 - r <= x <= x1 + r and y0 - r <= y <= y0 + r:
                return i
        return -1

    def entry_point(self, key: str) -> QPointF | None:
        """Where the entry with ``key`` is drawn in this view at the current zoom, or None."""
        geo = self._geometry()
        b = self._placed(geo)
        for i, e in enumerate(self._entries):
            if e.key == key:
                x0, y, _x1 = b.place(i)
                return QPointF(x0 + geo.shift, y)
        return None

    def painted_count(self) -> int:
        """How many entries the last frame drew (visible range)."""
        return self._painted[1] - self._painted[0]

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120 or event.angleDelta().x() / 120
        geo = self._geometry()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.25 ** steps, geo.t(event.position().x()))
        else:
            self.pan(-steps * self._span / 10)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        hit = self.entry_at(event.position())
        if hit >= 0:
            self._set_focus(hit)
        self._drag_x = event.position().x()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_x is not None and event.buttons() & Qt.MouseButton.LeftButton:
            dx = event.position().x() - self._drag_x
            self._drag_x = event.position().x()
            self.pan(-dx / self._geometry().ppd)
        else:
            self._set_hover(self.entry_at(event.position()))

    def leaveEvent(self, event: QEvent) -> None:
        self._set_hover(-1)
        super().leaveEvent(event)

    def _set_hover(self, index: int) -> None:
        # the hovered entry's title is drawn whole, even where the crowd leaves it no room
        if index != self._hover:
            self._hover = index
            self.update()

    def hovered_key(self) -> str:
        """Key of the entry under the pointer, or ""."""
        return self._entries[self._hover].key if 0 <= self._hover < len(self._entries) else ""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_x = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self.entry_at(event.position())
        if hit >= 0:
            self._set_focus(hit)
            self.entry_activated.emit(self._entries[hit].key)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.entry_at(QPointF(event.pos()))
            if hit >= 0:
                QToolTip.showText(event.globalPos(), describe(self._entries[hit]), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # -- painting ------------------------------------------------------------------------
    def _geometry(self) -> tp.Geometry:
        return tp.geometry_for(self.width(), self.height(), self._start, self._span,
                               QFontMetrics(self.font()), list(self._lane_names.values()),
                               self._filled)

    def visible_range(self) -> tuple[int, int]:
        """Indices [first, last) of entries that may intersect the visible days."""
        first = bisect.bisect_left(self._starts, self._start - self._max_len - 1)
        last = bisect.bisect_right(self._starts, self._start + self._span + 1)
        return first, last

    def _placed(self, geo: tp.Geometry) -> tp.Batch:
        # panning reuses the layout; zooming within a level reuses its sub-rows
        rows = (tp.level(geo.ppd), geo.lane_h, geo.axis_h, geo.row_top, self._generation,
                self.font().key(), self._filled, geo.sub_rows)
        if self._batch_key != (geo.ppd, rows):
            same = self._stack_key == rows
            self._batch = tp.layout(geo, self._entries, self._batch.stack if same else None,
                                    self._label_widths())
            self._batch_key, self._stack_key = (geo.ppd, rows), rows
        return self._batch

    def _label_widths(self) -> list[float]:
        # measured once per set of entries and font: restacking must not measure 5,000 titles
        key = (self._generation, self.font().key())
        if self._label_key != key:
            fm = QFontMetrics(self.font())
            widths: dict[str, float] = {}
            self._label_w = [widths.get(e.title) or widths.setdefault(
                e.title, float(min(LABEL_MAX, fm.horizontalAdvance(e.title))))
                for e in self._entries]
            self._label_key = key
        return self._label_w

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        self.render_frame(p)
        p.end()

    def render_frame(self, p: QPainter) -> None:
        """Paint one whole frame with ``p`` (also used for offscreen timing)."""
        geo = self._geometry()
        pal = self.palette()
        p.setFont(self.font())
        tp.paint_background(p, geo, pal, self._lane_names)
        today = self.tr("Today · %1").replace(
            "%1", day_text(from_days(self._today), year=False))
        self._ticks = tp.paint_axis(p, geo, pal, self._today, today, self.tr("Today"))
        p.setClipRect(QRectF(geo.header_w, geo.axis_h, geo.width, geo.height))
        tp.paint_grid(p, geo, pal, tp.axis_unit(geo, p.font()))
        tp.paint_today(p, geo, self._today)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, geo.span < 120)
        first, last = self.visible_range()
        batch = self._placed(geo)
        if self._groups:
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            tp.paint_conflicts(p, geo, batch, self._groups, first, last, self._selected_group)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, geo.span < 120)
        tp.paint_entries(p, geo, self._entries, batch, first, last, pal,
                         self._focus, self._hover)
        self._painted = (first, last, geo.shift)
        if not self._entries:
            p.setPen(pal.color(pal.ColorRole.PlaceholderText))
            p.drawText(QRectF(geo.header_w, geo.axis_h, geo.width - geo.header_w,
                              geo.height - geo.axis_h), Qt.AlignmentFlag.AlignCenter,
                       self.tr("No dates on this timeline yet."))
        p.setClipping(False)

    def axis_labels(self) -> list:
        """The axis ticks the last frame labelled (x, text)."""
        return list(self._ticks)


def span_to_slider(days: float) -> int:
    """Map a span in days to a 0-100 slider position (log scale)."""
    return round(100 * math.log(days / MIN_SPAN) / math.log(MAX_SPAN / MIN_SPAN))


def slider_to_span(pos: int) -> float:
    """Inverse of :func:`span_to_slider`."""
    return MIN_SPAN * (MAX_SPAN / MIN_SPAN) ** (pos / 100)

