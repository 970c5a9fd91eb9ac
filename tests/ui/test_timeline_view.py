"""The timeline view paints entries in lanes, navigates by keyboard and zooms."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from models.records import Category, EventKind, Owner
from tests.ui.conftest import TODAY
from ui import timeline_paint as tp
from ui.session import UiSession
from ui.timeline_entries import LANES, Shape, ViewEntry, to_days
from ui.timeline_model import load_entries
from ui.timeline_view import TimelineView, slider_to_span, span_to_slider
from workbench.operations import cases, dates

LA = ZoneInfo("America/Los_Angeles")


@pytest.fixture
def session(vault):
    """ana (advocate) on a real vault."""
    return UiSession(vault, today=lambda: TODAY)


@pytest.fixture
def case(supervisor):
    """A CA case with a clinic visit, a hearing and a deadline, seeded by a supervisor (who
    writes every category) through the operations."""
    ctx = supervisor
    case = cases.add_case(ctx, display_name="Test Client", jurisdiction="CA").value
    at = datetime(2026, 5, 6, 10, 0, tzinfo=LA)
    dates.add_event(ctx, case_id=case.id, kind=EventKind.MEDICAL_APPOINTMENT,
                    title="Clinic visit", category=Category.MEDICAL, start=at,
                    end=at + timedelta(hours=1), tz="America/Los_Angeles",
                    notes="clinical-note-xyz")
    dates.add_event(ctx, case_id=case.id, kind=EventKind.COURT_HEARING, title="Master hearing",
                    category=Category.IMMIGRATION, start=at + timedelta(minutes=30),
                    end=at + timedelta(hours=2), tz="America/Los_Angeles",
                    notes="legal-note-abc")
    dates.add_event(ctx, case_id=case.id, kind=EventKind.LEGAL_DEADLINE, title="File brief",
                    category=Category.PROTECTIVE_ORDER, due=TODAY + timedelta(days=10),
                    all_day=True, owner=Owner.CLIENT, assigned_to="ana", rule_id="po-test",
                    explanation=("day 10 = 2026-05-14 (Thu)",))
    return case


def _view(qtbot, session, case) -> TimelineView:
    view = TimelineView(TODAY)
    qtbot.addWidget(view)
    view.resize(1000, 400)
    view.set_entries(load_entries(session, case))
    view.set_span_days(31)
    view.center_on(to_days(TODAY) + 7)
    return view


def _ink_in_lane(img: QImage, view: TimelineView, lane) -> int:
    geo = view._geometry()
    top = int(geo.lane_top(lane))
    bg = {img.pixel(tp.HEADER_W + 3, top + 3), img.pixel(img.width() - 3, top + 3)}
    count = 0
    for y in range(top + 2, int(top + geo.lane_height(lane)) - 2, 2):
        for x in range(tp.HEADER_W + 2, img.width() - 2, 2):
            if img.pixel(x, y) not in bg and QColor(img.pixel(x, y)) != tp.CONFLICT:
                count += 1
    return count


def test_timeline_view_paints_entries_in_their_lanes(qtbot, tmp_path, session, case):
    view = _view(qtbot, session, case)
    img = view.grab().toImage()
    img.save(str(tmp_path / "timeline.png"))
    lanes = {e.lane for e in view.entries()}
    assert _ink_in_lane(img, view, LANES[0]) > 20  # medical lane has the clinic visit
    empty = [lane for lane in LANES if lane not in lanes]
    assert empty and all(_ink_in_lane(img, view, lane) == 0 for lane in empty)


def test_timeline_view_shapes_follow_kinds_and_conflict_is_marked(qtbot, session, case):
    view = _view(qtbot, session, case)
    shapes = {e.title: e.shape for e in view.entries()}
    assert shapes == {"Clinic visit": Shape.APPOINTMENT, "Master hearing": Shape.HEARING,
                      "File brief": Shape.DEADLINE}
    reasons = {e.title: " ".join(e.conflicts) for e in view.entries()}
    assert "overlap" in reasons["Clinic visit"] and "overlap" in reasons["Master hearing"]
    assert "overlap" not in reasons["File brief"]


def test_timeline_view_arrow_keys_move_focus_and_enter_activates(qtbot, session, case):
    view = _view(qtbot, session, case)
    view.setFocus()
    order = [e.key for e in view.entries()]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    first = view.focused_key()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert order.index(view.focused_key()) == order.index(first) + 1
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.focused_key() == first
    with qtbot.waitSignal(view.entry_activated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [first]


def test_timeline_view_next_deadline_and_zoom_keys(qtbot, session, case):
    view = _view(qtbot, session, case)
    assert view.jump_to_next_deadline()
    assert view.focused_key().startswith("event:") and "File brief" in [
        e.title for e in view.entries() if e.key == view.focused_key()]
    span = view.span_days()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.span_days() < span
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.span_days() > span
    assert abs(slider_to_span(span_to_slider(31)) - 31) < 2


def test_timeline_view_hides_clinical_notes_from_advocate(qtbot, session, case,
                                                          clinician_vault):
    assert session.role == "advocate"
    view = _view(qtbot, session, case)
    notes = {e.title: e.notes for e in view.entries()}
    assert notes["Clinic visit"] is None
    assert notes["Master hearing"] == "legal-note-abc"
    clinician = UiSession(clinician_vault, today=lambda: TODAY)
    notes = {e.title: e.notes for e in load_entries(clinician, case)}
    assert notes == {"Clinic visit": "clinical-note-xyz", "Master hearing": None,
                     "File brief": None}


def _many(n: int) -> list[ViewEntry]:
    base = to_days(TODAY)
    shapes = list(Shape)
    return [ViewEntry(f"e:{i}", i, LANES[i % 6], shapes[i % 6], base + (i % 365) * 0.99,
                      base + (i % 365) * 0.99 + (3 if shapes[i % 6] == Shape.WINDOW else 0),
                      False, f"Entry {i}", "x", conflicts=("c",) if i % 50 == 0 else ())
            for i in range(n)]


@pytest.mark.parametrize("n", [5000])
def test_timeline_view_paints_5000_entries_in_one_frame_quickly(qtbot, n, capsys):
    view = TimelineView(TODAY)
    qtbot.addWidget(view)
    view.resize(1600, 600)
    view.set_entries(_many(n))
    view.set_span_days(400)
    view.center_on(to_days(TODAY) + 180)
    first, last = view.visible_range()
    assert last - first == n
    img = QImage(1600, 600, QImage.Format.Format_ARGB32_Premultiplied)
    timings = []
    for _ in range(6):
        p = QPainter(img)
        t = time.perf_counter()
        view.render_frame(p)
        timings.append((time.perf_counter() - t) * 1000)
        view.pan(0.5)
        p.end()
    with capsys.disabled():
        print(f"\n[timeline frame, {n} entries] first (with layout) {timings[0]:.1f} ms, "
              f"best of 5 panned {min(timings[1:]):.1f} ms")
    assert view.painted_count() == n


def _computed_deadline(session, case):
    _trigger, [event] = dates.record_trigger(session, case_id=case.id,
                                             rule_id="B-EOIR-BIA-APPEAL", occurred=TODAY).value
    return event


# the offscreen platform cannot raise the tooltip window; the tooltip itself is shown
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_timeline_view_hover_tooltip_explains_why_this_date(qtbot, session, case):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    event = _computed_deadline(session, case)
    view = _view(qtbot, session, case)
    view.center_on(to_days(event.due))
    view.grab()  # a painted frame is what hit-testing uses
    key = f"event:{event.id}"
    point = view.entry_point(key).toPoint()

    def hover(at: QPoint) -> str:
        QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, at, view.mapToGlobal(at)))
        return QToolTip.text() if QToolTip.isVisible() else ""

    tip = hover(point)
    assert tip.startswith("EOIR-26 received by the BIA\n2026-06-03")
    assert "Why this date — rule B-EOIR-BIA-APPEAL" in tip  # the rule
    assert "30 calendar days after = 2026-06-03" in tip  # the arithmetic
    assert "Source: 8 CFR 1003.38" in tip  # the source
    hover(QPoint(tp.HEADER_W + 2, tp.AXIS_H + 2))  # nothing under the pointer: it goes away
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)
    dates.update_event(session, event_id=event.id, due=TODAY + timedelta(days=28),
                       overridden=True)
    view.set_entries(load_entries(session, case))
    view.grab()
    tip = hover(view.entry_point(key).toPoint())
    assert "Changed by hand; the rule computed 2026-06-03" in tip


def test_timeline_tab_keyboard_focus_shows_why_this_date(qtbot, session, case):
    from ui.timeline_tab import TimelineTab

    event = _computed_deadline(session, case)
    tab = TimelineTab(session, case)
    qtbot.addWidget(tab)
    tab.resize(1100, 500)
    tab.view.setFocus()
    for _ in range(len(tab.view.entries())):
        if tab.view.focused_key() == f"event:{event.id}":
            break
        qtbot.keyClick(tab.view, Qt.Key.Key_Right)
    assert tab.view.focused_key() == f"event:{event.id}"
    text = tab.details.text()
    assert "Why this date — rule B-EOIR-BIA-APPEAL" in text and "day 0" in text
    assert tab.view.accessibleDescription() == text  # screen readers hear the same


def test_timeline_view_header_and_axis_grow_with_a_200_percent_font(qtbot):
    from PySide6.QtGui import QFontMetrics

    view = TimelineView(TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    normal = view._geometry()
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    big = view._geometry()
    fm = QFontMetrics(font)
    assert big.header_w >= fm.horizontalAdvance("Immigration") + 16 > normal.header_w
    assert big.axis_h >= fm.height() + 12 > normal.axis_h
    assert big.row_top > fm.height() / 2  # a label centred on the first row stays in its lane
    assert view.minimumSizeHint().height() > tp.AXIS_H + 36 * len(LANES)


# -- batched painting (issue 4 §6: a 5,000-entry frame well under 16 ms) ---------------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from ui import timeline_paint_glyphs as glyphs  # noqa: E402
from ui.timeline_paint_layout import SUB_ROWS, level  # noqa: E402


def _dense_view(qtbot, n: int = 5000, span: float = 31) -> TimelineView:
    view = TimelineView(TODAY)
    qtbot.addWidget(view)
    view.resize(1600, 700)
    view.set_span_days(span)
    base = view.start_day()
    view.set_entries([ViewEntry(f"e:{i}", i, LANES[i % 6], list(Shape)[i % 6],
                                base + i * span / n, base + i * span / n + (3 if i % 6 == 3 else 0),
                                False, f"Entry {i}", "x", conflicts=("c",) if i % 7 == 0 else ())
                      for i in range(n)])
    return view


def _frame(view: TimelineView) -> QImage:
    img = QImage(view.width(), view.height(), QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(0)
    p = QPainter(img)
    view.render_frame(p)
    p.end()
    return img


def _differing(a: QImage, b: QImage, box: tuple[int, int, int, int] | None = None) -> int:
    x0, y0, x1, y1 = box or (0, 0, a.width(), a.height())
    return sum(a.pixel(x, y) != b.pixel(x, y) for y in range(y0, y1) for x in range(x0, x1))


def test_timeline_paint_fragments_pack_as_arrays_here():
    assert glyphs.packed_fragments()  # else every sprite is drawn by its own call (slow path)


def test_timeline_view_draws_all_sprites_with_one_call_per_frame(qtbot, monkeypatch):
    view = _dense_view(qtbot)
    calls: list[int] = []
    real = tp.draw_fragments
    monkeypatch.setattr(tp, "draw_fragments",
                        lambda p, frags, a, b: (calls.append(b - a), real(p, frags, a, b)))
    _frame(view)
    windows = [e for e in view.entries() if e.shape is Shape.WINDOW]
    assert view.painted_count() == 5000 and len(calls) == 2  # point sprites, then "!" marks
    assert calls == [5000 - len(windows), sum(bool(e.conflicts) for e in windows)]


def test_timeline_paint_batched_frame_matches_one_call_per_sprite(qtbot, monkeypatch):
    view = _dense_view(qtbot, n=600)
    batched = _frame(view)
    monkeypatch.setattr(glyphs, "packed_fragments", lambda: False)
    single = _frame(view)
    ink = _differing(batched, QImage(batched.size(), batched.format()))
    assert ink > 50_000 and _differing(batched, single) < ink // 50  # sub-pixel rounding only


def test_timeline_view_labels_only_where_they_fit(qtbot, session, case):
    dense = _dense_view(qtbot)
    b = dense._placed(dense._geometry())
    assert len(b.labelled) < 5000 // 100  # at most the last shape of a row has room
    sparse = _view(qtbot, session, case)
    b = sparse._placed(sparse._geometry())
    assert len(b.labelled) == len(sparse.entries()) == 3
    for i in b.labelled:  # a label ends before the next shape in its row begins
        x0, y, x1 = b.place(i)
        later = [b.place(j)[0] for j in range(i + 1, len(sparse.entries()))
                 if b.place(j)[1] == y]
        assert not later or x1 + tp.RADIUS + 8 + b.room(i) < min(later) - tp.RADIUS


def test_timeline_view_focused_and_hovered_titles_are_drawn_whole(qtbot):
    view = _dense_view(qtbot)
    view.show()
    plain = _frame(view)
    view.focus_key("e:2500")
    focused = _frame(view)
    x, y = view.entry_point("e:2500").x(), view.entry_point("e:2500").y()
    plate = (int(x + 16), int(y - 6), int(x + 60), int(y + 6))
    assert _differing(plain, focused, plate) > 100  # a plate with the title over the crowd
    target = view.entry_point("e:1000").toPoint()
    qtbot.mouseMove(view, target)
    under = view.entry_at(QPointF(target))  # the topmost of the shapes piled up there
    assert under >= 0 and view.hovered_key() == view.entries()[under].key
    hovered = _frame(view)
    plate = (target.x() + 16, target.y() - 6, target.x() + 60, target.y() + 6)
    assert _differing(focused, hovered, plate) > 100
    QApplication_send_leave(view)
    assert view.hovered_key() == ""


def QApplication_send_leave(view: TimelineView) -> None:  # noqa: N802 - reads as what it does
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(view, QEvent(QEvent.Type.Leave))


def test_timeline_view_conflicting_window_is_marked_not_by_colour_alone(qtbot):
    view = TimelineView(TODAY)
    qtbot.addWidget(view)
    view.resize(900, 400)
    base = to_days(TODAY)
    view.set_entries([ViewEntry(f"w:{c}", 1, LANES[c], Shape.WINDOW, base, base + 5, True,
                                "Stay", "x", conflicts=("overlap",) if c else ())
                      for c in (0, 1)])
    view.center_on(base + 2)
    img = view.grab().toImage()

    def marks(key: str) -> int:  # red pixels of a "!" just right of the bar's end
        e = next(e for e in view.entries() if e.key == key)
        x1 = int(view.entry_point(key).x() + (e.t1 - e.t0) * view._geometry().ppd)
        y = int(view.entry_point(key).y())
        return sum(QColor(img.pixel(x, yy)).red() > 150 and QColor(img.pixel(x, yy)).green() < 90
                   for x in range(x1 + 3, x1 + 16) for yy in range(y - 9, y + 7))

    assert marks("w:1") > 6 and marks("w:0") == 0


def test_timeline_view_pan_reuses_layout_and_zoom_reuses_rows_within_a_level(qtbot):
    view = _dense_view(qtbot, n=800)
    _frame(view)
    first = view._batch
    view.pan(3)
    _frame(view)
    assert view._batch is first  # panning moves the painter, not the entries
    ppd = view._geometry().ppd
    factor = 1.02 if level(ppd * 1.02) == level(ppd) else 1 / 1.02
    view.zoom(factor)
    _frame(view)
    assert view._batch is not first and view._batch.stack is first.stack
    view.zoom(2.0)
    _frame(view)
    assert view._batch.stack is not first.stack


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 60), st.floats(0, 4), st.sampled_from(list(Shape))),
                max_size=60),
       st.floats(2.0, 1500.0))
def test_timeline_layout_rows_never_overlap_at_any_zoom_of_their_level(items, ppd):
    from ui.timeline_paint_layout import batch, stack

    entries = sorted((ViewEntry(f"e:{i}", i, LANES[0], shape, t, t + (d if shape is Shape.WINDOW
                                                                      else 0), False, "t", "x")
                      for i, (t, d, shape) in enumerate(items)), key=lambda e: e.t0)
    rows = stack({lane: 0.0 for lane in LANES}, 10.0, ppd, entries)
    for zoom in (ppd, level(ppd) * 1.999):
        b = batch(rows, entries, zoom)
        ends: dict[float, float] = {}
        for i in range(len(entries)):
            x0, y, x1 = b.place(i)
            if y < 10.0 * (SUB_ROWS - 1):  # the last sub-row takes whatever is left
                assert ends.get(y, -1e18) + tp.RADIUS < x0 - tp.RADIUS + 1e-6
            ends[y] = max(x0, x1)
