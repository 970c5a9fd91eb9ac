"""The timeline's layout functions (no pixels): labels that cannot fit are dropped or cut at a
word, the Today plate skips the ticks it would cover, all-day entries sit inside their day."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPointF

from ui import timeline_axis as axis
from ui import timeline_paint as tp
from ui.timeline_entries import LANES, Shape, ViewEntry, to_days
from ui.timeline_paint_layout import anchor, fit_label
from ui.timeline_view import TimelineView

TODAY = date(2026, 12, 1)


def chars(text: str) -> float:
    """A monospace width: 7 px a character."""
    return 7.0 * len(text)


@pytest.mark.parametrize("room,expected", [
    (7 * 19, "Medical appointment"),  # whole when it fits
    (7 * 12, "Medical…"),  # cut at a word, never inside one
    (7 * 7, None),  # "Me…" says nothing: dropped
    (7 * 3, None),
])
def test_fit_label_whole_cut_at_a_word_or_dropped(room, expected):
    assert fit_label("Medical appointment", room, chars) == expected


def test_fit_label_keeps_the_prefix_and_drops_one_word_titles():
    assert fit_label("Request the certified hearing transcript", 7 * 16, chars, "◂ ") == \
        "◂ Request the…"
    assert fit_label("Milestone", 7 * 8, chars) is None
    assert fit_label("Milestone", 7 * 9, chars) == "Milestone"


def _tick(x: float, text: str) -> axis.Tick:
    return axis.Tick(0.0, x, text, "month")


def test_beside_plate_skips_the_ticks_it_would_cover_and_keeps_neighbours():
    found = [_tick(100, "Oct"), _tick(160, "Nov"), _tick(220, "Dec"), _tick(280, "2027")]
    # a plate from 170 to 260: "Nov" (163-184) and "Dec" (223-244) are under it
    kept = axis.beside_plate(found, 170, 260, chars)
    assert [t.text for t in kept] == ["Oct", "2027"]
    # a label ending 4 px before the plate is too close (GAP / 2 kept clear)
    assert [t.text for t in axis.beside_plate([_tick(100, "Oct")], 128, 200, chars)] == []
    assert [t.text for t in axis.beside_plate([_tick(100, "Oct")], 130, 200, chars)] == ["Oct"]


def test_today_on_axis_prefers_the_label_that_hides_fewer_ticks(qtbot):
    view = TimelineView(TODAY)
    qtbot.addWidget(view)
    view.resize(700, 400)  # a narrow plot at year zoom: the long label would cover two months
    view.set_span_days(366)
    view.jump_to_today()
    geo = view._geometry()
    fm = view.fontMetrics()
    today = to_days(TODAY)
    long_plate = tp.today_plate(geo, fm, today, "Today · Tue 1 Dec")
    every = tp.axis_ticks(geo, view.font())
    width = axis.measure(view.font())
    hidden_long = len(every) - len(axis.beside_plate(every, long_plate.left(),
                                                     long_plate.right(), width))
    plate, text, kept = tp.today_on_axis(geo, fm, view.font(), today, "Today · Tue 1 Dec",
                                         "Today")
    assert hidden_long >= 2 and text == "Today"  # positive control, then the short plate
    assert len(every) - len(kept) < hidden_long
    for tick in kept:  # nothing drawn under the plate, and nothing within GAP / 2 of it
        assert tick.x + 3 + width(tick.text) < plate.left() - axis.GAP / 2 \
            or tick.x > plate.right() + axis.GAP / 2


def _entry(key: str, t0: float, all_day: bool, shape: Shape = Shape.DEADLINE,
           t1: float | None = None, title: str = "Deadline") -> ViewEntry:
    return ViewEntry(key, 1, LANES[0], shape, t0, t0 if t1 is None else t1, all_day, title,
                     "legal_deadline")


def test_all_day_entries_sit_inside_their_day_column_at_week_zoom():
    day = to_days(date(2026, 12, 3))
    entries = [_entry("a", day, True), _entry("b", day + 0.375, False, Shape.APPOINTMENT),
               _entry("w", day, True, Shape.WINDOW, day + 3)]
    geo = tp.Geometry(1000, 400, day - 2, 7)  # a week: days are columns between grid lines
    assert tp.axis_unit(geo, TimelineView(TODAY).font()) == "day"
    assert day in axis.grid_days(geo.start, geo.span, "day")  # the line the entry sat on
    b = tp.layout(geo, entries)
    x0, _y, x1 = b.place(0)
    ppd = geo.ppd
    assert day * ppd < x0 < (day + 1) * ppd and x0 == x1  # inside its column, not on a line
    assert abs(x0 - (day + 0.5) * ppd) < 1e-6  # in the middle of it
    assert b.place(1)[0] == pytest.approx((day + 0.375) * ppd)  # a timed one at its time
    assert b.place(2)[0] == pytest.approx(day * ppd)  # a window starts where it starts
    assert anchor(entries[0]) == day + 0.5 and anchor(entries[1]) == day + 0.375


def test_all_day_entry_is_hit_where_it_is_drawn_and_keeps_its_tooltip(qtbot):
    view = TimelineView(TODAY)
    qtbot.addWidget(view)
    view.resize(900, 400)
    day = to_days(TODAY) + 2
    view.set_entries([_entry("event:1", day, True, title="File the certified transcript"),
                      _entry("event:2", day + 1.2, False, Shape.APPOINTMENT, title="Visit")])
    view.set_span_days(366)  # year zoom: no room for the first entry's label before the next
    view.jump_to_today()
    view.grab()
    point = view.entry_point("event:1")
    assert view.entry_at(point) >= 0
    assert view.entries()[view.entry_at(point)].key == "event:1"
    geo = view._geometry()
    assert abs(point.x() - geo.x(day + 0.5)) < 1e-6
    # 40 px below the all-day entry is not the entry (another lane's may be there: row heights
    # follow the system's font)
    below = view.entry_at(QPointF(geo.x(day), point.y() + 40))
    assert below == -1 or view.entries()[below].key != "event:1"
