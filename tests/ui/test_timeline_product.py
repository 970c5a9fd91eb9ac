"""The timeline as a product: axis labels never collide, empty lanes give way, a legend, Today
on the axis, conflicts drawn and listed, next/previous deadline, Coming up, keyboard reach."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication

from models.records import Category, EventKind, Owner
from tests.ui.conftest import TODAY
from ui import timeline_axis as axis
from ui import timeline_paint as tp
from ui.session import UiSession
from ui.timeline_entries import LANES, Shape, ViewEntry, to_days
from ui.timeline_legend import TimelineLegend
from ui.timeline_model import load_entries
from ui.timeline_tab import TimelineTab
from ui.timeline_view import DEADLINE_SHAPES, TimelineView
from workbench.operations import cases, dates

LA = ZoneInfo("America/Los_Angeles")
DEADLINE_DAYS = (3, 10, 17, 40)  # from TODAY; "File brief" is one of them (10)


@pytest.fixture
def session(vault):
    """ana (advocate) on a real vault."""
    return UiSession(vault, today=lambda: TODAY)


@pytest.fixture
def case(supervisor):
    """A CA case: a clinic visit overlapping a hearing (a conflict), four deadlines with their
    owners, a counselling session in a sensitive category, a service appointment."""
    ctx = supervisor
    case = cases.add_case(ctx, display_name="Test Client", jurisdiction="CA").value
    at = datetime(2026, 5, 6, 10, 0, tzinfo=LA)
    add = dates.add_event
    add(ctx, case_id=case.id, kind=EventKind.MEDICAL_APPOINTMENT, title="Clinic visit",
        category=Category.MEDICAL, start=at, end=at + timedelta(hours=1),
        tz="America/Los_Angeles")
    add(ctx, case_id=case.id, kind=EventKind.COURT_HEARING, title="Master hearing",
        category=Category.IMMIGRATION, start=at + timedelta(minutes=30),
        end=at + timedelta(hours=2), tz="America/Los_Angeles")
    owners = (Owner.CLIENT, Owner.CLIENT, Owner.COURT, Owner.CLIENT)
    for n, (days, owner) in enumerate(zip(DEADLINE_DAYS, owners, strict=True)):
        add(ctx, case_id=case.id, kind=EventKind.LEGAL_DEADLINE,
            title="File brief" if days == 10 else f"Deadline {n}",
            category=Category.PROTECTIVE_ORDER, due=TODAY + timedelta(days=days),
            all_day=True, owner=owner, assigned_to="ana" if owner is Owner.CLIENT else None)
    session_at = datetime(2026, 5, 12, 15, 0, tzinfo=LA)
    add(ctx, case_id=case.id, kind=EventKind.MEDICAL_APPOINTMENT, title="Counselling (trauma)",
        category=Category.MENTAL_HEALTH, start=session_at, end=session_at + timedelta(hours=1),
        tz="America/Los_Angeles")
    return case


def _tab(qtbot, session, case, size=(1366 - 260, 768 - 170)) -> TimelineTab:
    tab = TimelineTab(session, case)
    qtbot.addWidget(tab)
    tab.resize(*size)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _frame(view: TimelineView) -> QImage:
    img = QImage(view.width(), view.height(), QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(0)
    p = QPainter(img)
    view.render_frame(p)
    p.end()
    return img


# -- 2. axis ------------------------------------------------------------------------------------
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=st.floats(19_000, 21_000), span=st.floats(1.0, 400.0),
       width=st.integers(250, 2600))
def test_timeline_axis_labels_never_overlap_at_any_zoom(qapp, start, span, width):
    fm = QFontMetrics(qapp.font())
    ticks = axis.ticks(start, span, 130.0, float(width), fm.horizontalAdvance)
    for a, b in zip(ticks, ticks[1:], strict=False):
        assert a.x + 3 + fm.horizontalAdvance(a.text) + axis.GAP <= b.x + 3 + 1e-6
    assert all(130.0 <= t.x and t.x + 3 + fm.horizontalAdvance(t.text) <= 130 + width
               for t in ticks)


@pytest.mark.parametrize(("span", "unit", "sample"), [
    (7, "day", "Wed 6"), (31, "week", "May"), (366, "month", "2027")])
def test_timeline_axis_unit_follows_zoom(qtbot, span, unit, sample):
    view = TimelineView(TODAY)
    qtbot.addWidget(view)
    view.resize(1100, 500)
    view.set_span_days(span)
    view.jump_to_today()
    _frame(view)
    labels = view.axis_labels()
    assert labels and {t.unit for t in labels} == {unit}
    assert any(sample in t.text for t in labels)
    fm = QFontMetrics(view.font())
    geo = view._geometry()
    plate, _text, drawn = tp.today_on_axis(geo, fm, view.font(), to_days(TODAY),
                                           "Today · Mon 4 May", "Today")
    assert drawn == labels  # the plate the frame drew
    assert plate is not None and plate.bottom() <= geo.axis_h  # in the axis: over no entry
    for t in labels:  # no drawn label under the Today plate
        box = QRectF(t.x + 3, geo.axis_h - 9 - fm.ascent(), fm.horizontalAdvance(t.text),
                     fm.height())
        assert not box.intersects(plate)


def test_timeline_week_zoom_has_a_day_grid(qtbot, session, case):
    view = TimelineView(TODAY)
    qtbot.addWidget(view)
    view.resize(1100, 500)
    view.set_entries(load_entries(session, case))
    view.set_span_days(7)
    view.jump_to_today()
    days = axis.grid_days(view.start_day(), view.span_days(), "day")
    assert len(days) >= 7 and all(b - a == 1 for a, b in zip(days, days[1:], strict=False))
    img = view.grab().toImage()
    geo = view._geometry()
    lane = LANES[0]  # medical: has entries, so it has the grid
    y = int(geo.lane_top(lane) + geo.lane_height(lane) - 4)
    x = round(geo.x(to_days(TODAY) + 2))  # a weekday's line (not today's red one)
    background = img.pixel(x + 5, y)
    assert any(img.pixel(xx, y) != background for xx in (x - 1, x, x + 1))


# -- 3. lanes and legend -----------------------------------------------------------------------
def test_timeline_empty_lanes_take_less_height_than_filled(qtbot, session, case):
    view = TimelineView(TODAY)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.set_entries(load_entries(session, case))
    geo = view._geometry()
    filled = {e.lane for e in view.entries()}
    empty = view.empty_lanes()
    assert empty and set(empty) == set(LANES) - filled
    assert max(geo.lane_height(lane) for lane in empty) * 2 < min(
        geo.lane_height(lane) for lane in filled)
    bottom = geo.lane_top(LANES[-1]) + geo.lane_height(LANES[-1])
    assert abs(bottom - 600) < 1  # the lanes in use get the room the empty ones leave


def test_timeline_legend_names_every_shape_and_the_conflict_mark(qtbot):
    legend = TimelineLegend()
    qtbot.addWidget(legend)
    shapes = [shape for shape, _text in legend.items]
    assert set(Shape) <= set(shapes) and "conflict" in shapes
    assert legend.heightForWidth(300) > legend.heightForWidth(2000)  # wraps when narrow
    legend.resize(400, legend.heightForWidth(400))
    assert legend.grab().toImage().pixelColor(10, 10).isValid()


# -- 1. labels ---------------------------------------------------------------------------------
def test_timeline_labels_whole_where_a_row_has_room(qtbot):
    """Ten titled dates a day apart: at month zoom each gets its own row slot with room for
    the whole title, instead of every other one cut to a stub."""
    view = TimelineView(TODAY)
    qtbot.addWidget(view)
    view.resize(1300, 500)
    base = to_days(TODAY)
    view.set_entries([ViewEntry(f"e:{i}", i, LANES[0], Shape.APPOINTMENT, base + i, base + i,
                                True, "Medical appointment", "x") for i in range(6)])
    view.set_span_days(31)
    view.center_on(base + 10)
    b = view._placed(view._geometry())
    fm = QFontMetrics(view.font())
    need = fm.horizontalAdvance("Medical appointment")
    assert all(b.room(i) >= need for i in b.labelled) and len(b.labelled) == 6


# -- 4. conflicts ----------------------------------------------------------------------------
def test_timeline_conflicts_list_selects_and_centres_entries(qtbot, session, case):
    tab = _tab(qtbot, session, case)
    assert tab.conflicts.isVisible()
    found = tab.view.conflicts()
    overlap = next(n for n, (reason, _k) in enumerate(found) if "overlap" in reason)
    reason, keys = found[overlap]
    titles = {e.key: e.title for e in tab.view.entries()}
    assert {titles[k] for k in keys} == {"Clinic visit", "Master hearing"}
    assert "Clinic visit" not in " ".join(tab.conflicts.reasons())  # reasons, never titles
    tab.view.set_span_days(366)
    tab.view.center_on(to_days(TODAY) + 200)
    tab.conflicts.list.setCurrentRow(overlap)
    assert tab.view.selected_conflict() == overlap
    assert tab.view.focused_key() in keys
    middle = tab.view.start_day() + tab.view.span_days() / 2
    starts = [e.t0 for e in tab.view.entries() if e.key in keys]
    assert min(starts) - 0.1 <= middle <= max(starts) + 0.1


def test_timeline_conflict_is_drawn_as_a_connector_between_its_entries(qtbot, session, case):
    view = TimelineView(TODAY)
    qtbot.addWidget(view)
    view.resize(1100, 500)
    view.set_entries(load_entries(session, case))
    view.set_span_days(7)
    view.center_on(to_days(TODAY) + 2)
    img = view.grab().toImage()
    a, b = (view.entry_point(k) for k in next(k for r, k in view.conflicts() if "overlap" in r))
    mid_y = int((a.y() + b.y()) / 2)
    xs = range(int(min(a.x(), b.x())) - 3, int(max(a.x(), b.x())) + 4)
    red = [x for x in xs if QColor(img.pixel(x, mid_y)).red() > 170
           and QColor(img.pixel(x, mid_y)).green() < 90]
    assert red  # a red line crosses between the two lanes


# -- 5. next / previous and Coming up -------------------------------------------------------
def test_timeline_next_and_previous_step_through_deadlines_in_order(qtbot, session, case):
    tab = _tab(qtbot, session, case)
    view = tab.view
    deadlines = [e.key for e in view.entries() if e.shape in DEADLINE_SHAPES]
    assert len(deadlines) == len(DEADLINE_DAYS)
    view.jump_to_today()
    seen = []
    while tab._step():
        seen.append(view.focused_key())
        middle = view.start_day() + view.span_days() / 2
        assert abs(next(e.t0 for e in view.entries() if e.key == seen[-1]) - middle) < 0.01
    assert seen == deadlines  # forward, each once, in order
    assert tab.details.text() == "No later deadline."
    back = []
    while tab._step(back=True):
        back.append(view.focused_key())
    assert back == deadlines[-2::-1]
    assert tab.details.text() == "No earlier deadline."


def test_timeline_next_deadline_steps_from_the_focused_entry(qtbot, session, case):
    tab = _tab(qtbot, session, case)
    view = tab.view
    deadlines = [e for e in view.entries() if e.shape in DEADLINE_SHAPES]
    later = next(e for e in view.entries() if e.title == "Counselling (trauma)"
                 or e.title == "Medical appointment")  # day 8: between deadlines 3 and 10
    view.focus_key(later.key)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert view.focused_key() == next(d.key for d in deadlines if d.t0 > later.t0)
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert view.focused_key() == [d.key for d in deadlines if d.t0 < later.t0][-1]


def test_timeline_coming_up_lists_the_next_five_dates_with_owners(qtbot, session, case):
    tab = _tab(qtbot, session, case)
    upcoming = [e for e in tab.view.entries() if e.t0 >= to_days(TODAY)][:5]
    assert len(upcoming) == 5
    assert tab.coming_up.keys() == [e.key for e in upcoming]
    rows = tab.coming_up.rows()
    assert [r[1] for r in rows] == [e.title for e in upcoming]
    assert rows[0][0].startswith("Wed 6 May 10:00 · in 2 days")
    brief = next(r for r in rows if r[1] == "Deadline 0")
    assert brief[2] == "client (ana)"  # who acts: the owner and who is assigned
    tab.coming_up.list.setCurrentItem(tab.coming_up.list.topLevelItem(2))
    assert tab.view.focused_key() == upcoming[2].key


def test_timeline_coming_up_and_view_show_generic_titles_to_an_advocate(qtbot, session, case,
                                                                         clinician_vault):
    assert session.role == "advocate"
    tab = _tab(qtbot, session, case)
    titles = [r[1] for r in tab.coming_up.rows()] + [e.title for e in tab.view.entries()]
    assert "Counselling (trauma)" not in titles and "Medical appointment" in titles
    clinician = UiSession(clinician_vault, today=lambda: TODAY)
    seen = _tab(qtbot, clinician, case)
    assert "Counselling (trauma)" in [e.title for e in seen.view.entries()]


# -- lock ------------------------------------------------------------------------------------
def test_timeline_tab_clear_empties_coming_up_and_conflicts(qtbot, session, case):
    tab = _tab(qtbot, session, case)
    assert tab.coming_up.rows() and tab.conflicts.reasons()
    tab.view.focus_key(next(e.key for e in tab.view.entries() if e.title == "Master hearing"))
    assert "Master hearing" in tab.view.accessibleDescription()  # positive control
    tab.clear()
    assert tab.coming_up.rows() == [] and tab.conflicts.reasons() == []
    assert tab.view.entries() == [] and tab.view.conflicts() == []
    assert "Master hearing" not in tab.view.accessibleDescription()
    assert tab.conflicts.isHidden()
    held = [tab.coming_up.list.model(), tab.conflicts.list.model()]
    assert all(m.rowCount() == 0 for m in held)


# -- 6. toolbar and keyboard -----------------------------------------------------------------
@pytest.mark.parametrize("width", [1366 - 260, 644])
def test_timeline_toolbar_fits_and_zoom_slider_is_usable(qtbot, session, case, width):
    tab = _tab(qtbot, session, case, size=(width, 600))
    QApplication.processEvents()
    for button in (tab.today_button, tab.previous_button, tab.next_button, tab.add_appointment,
                   tab.add_hearing, tab.add_deadline, tab.zoom_combo):
        assert button.width() >= button.sizeHint().width(), button.text()
        assert button.geometry().right() <= tab.width()
    assert tab.zoom_slider.width() >= 120


def test_timeline_new_controls_reachable_by_tab_and_operable_by_keys(qtbot, session, case):
    tab = _tab(qtbot, session, case)
    tab.activateWindow()
    tab.zoom_combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.zoom_combo)
    reached = []
    for _ in range(20):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    for widget in (tab.zoom_slider, tab.previous_button, tab.next_button, tab.coming_up.list,
                   tab.view, tab.conflicts.list):
        assert widget in reached, widget.accessibleName()
    tab.next_button.setFocus()
    qtbot.keyClick(tab.next_button, Qt.Key.Key_Space)
    first = tab.view.focused_key()
    assert first in [e.key for e in tab.view.entries() if e.shape in DEADLINE_SHAPES]
    tab.coming_up.list.setFocus()
    qtbot.keyClick(tab.coming_up.list, Qt.Key.Key_Down)
    qtbot.keyClick(tab.coming_up.list, Qt.Key.Key_Down)
    assert tab.view.focused_key() in tab.coming_up.keys()
    tab.conflicts.list.setFocus()
    qtbot.keyClick(tab.conflicts.list, Qt.Key.Key_Down)
    assert tab.view.selected_conflict() >= 0
    span = tab.view.span_days()
    tab.zoom_slider.setFocus()
    qtbot.keyClick(tab.zoom_slider, Qt.Key.Key_PageUp)
    assert tab.view.span_days() != span


def test_timeline_conflicts_with_the_same_reason_are_two_conflicts(qtbot):
    base = to_days(TODAY)
    same = "Deadline on Mon 11 May 2026 has no staff member assigned; assign one."
    entries = [ViewEntry(f"event:{n}", n, LANES[0], Shape.DEADLINE, base + 7, base + 7, True,
                         "Deadline", "legal_deadline", conflicts=(same,),
                         conflict_ids=(f"no_owner|event:{n}",)) for n in (1, 2)]
    view = TimelineView(TODAY)
    qtbot.addWidget(view)
    view.set_entries(entries)
    assert view.conflicts() == [(same, ("event:1",)), (same, ("event:2",))]
    assert view.select_conflict(1) and view.focused_key() == "event:2"
    # a pair keeps one identity: both its entries are one conflict
    pair = [ViewEntry(f"event:{n}", n, LANES[0], Shape.APPOINTMENT, base + 1, base + 1, False,
                      "Visit", "medical_appointment", conflicts=("overlap",),
                      conflict_ids=("overlap|event:3|event:4",)) for n in (3, 4)]
    view.set_entries(pair)
    assert view.conflicts() == [("overlap", ("event:3", "event:4"))]


def test_timeline_source_passes_each_conflicts_identity(qtbot, session, supervisor):
    from ui.timeline_source import entries_for

    case = cases.add_case(supervisor, display_name="Two deadlines", jurisdiction="CA").value
    for title in ("Send records", "Send letter"):  # same day, nobody assigned: same words
        dates.add_event(supervisor, case_id=case.id, kind=EventKind.LEGAL_DEADLINE, title=title,
                        category=Category.IMMIGRATION, due=TODAY + timedelta(days=7),
                        all_day=True, owner=Owner.CLIENT)
    found = entries_for(session, case, TODAY - timedelta(days=30), TODAY + timedelta(days=60))
    flagged = [e for e in found if e.conflict_ids]
    assert len(flagged) == 2 and flagged[0].conflicts == flagged[1].conflicts
    assert {e.conflict_ids for e in flagged} == {(f"no_owner|{e.key}",) for e in flagged}
    tab = TimelineTab(session, case)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: len(tab.view.entries()) >= 2, timeout=5000)
    assert tab.conflicts.list.count() == 2  # listed twice, not merged by their words
    assert tab.conflicts.reasons()[0] == tab.conflicts.reasons()[1]
