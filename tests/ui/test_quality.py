"""Quality of the whole shell: accessible names, 200% fonts, a dark palette, keyboard-only use."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from models.records import Category, EventKind, MatterKind
from tests.vault_fixtures import ANA, ANA_PASSPHRASE, TODAY
from workbench.app import build_main_window

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox,
               QAbstractSlider, QTextEdit, QPlainTextEdit, QTabBar)


def _qt_internal(widget: QWidget) -> bool:
    """Qt's own sub-widgets (scroll bars, headers, combo popups, clear buttons, tab bars)."""
    if widget.objectName().startswith("qt_") or isinstance(widget, (QScrollBar, QHeaderView)):
        return True
    parent = widget.parentWidget()
    if isinstance(widget, QTabBar) and isinstance(parent, QTabWidget):
        return True  # read through the tab widget's page names
    if isinstance(parent, (QLineEdit, QTabBar)) and isinstance(widget, QAbstractButton):
        return True  # the line edit's clear button; the tab bar's scroll arrows
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)) and not isinstance(widget, QLineEdit):
            return True  # the combo's popup list; a spin box's arrows
        if type(parent).__name__ == "QComboBoxPrivateContainer":
            return True
        parent = parent.parentWidget()
    return False


def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets under ``root`` without an accessible name (for the failure message)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, INTERACTIVE) and not _qt_internal(widget):
            if not widget.accessibleName().strip():
                owner = widget.parentWidget()
                found.append(f"{type(widget).__name__} in {type(owner).__name__}")
    return found


def _seed(store) -> int:
    case = store.add_case("Amara Ñandú", jurisdiction="CA", languages=("es",))
    store.add_matter(case.id, MatterKind.PROTECTIVE_ORDER, title="DVRO")
    at = datetime(2026, 12, 3, 9, tzinfo=ZoneInfo("America/Los_Angeles"))
    store.add_event(case.id, EventKind.COURT_HEARING, "DVRO hearing", Category.PROTECTIVE_ORDER,
                    start=at, end=at + timedelta(hours=1), tz="America/Los_Angeles")
    store.add_event(case.id, EventKind.LEGAL_DEADLINE, "File declaration",
                    Category.PROTECTIVE_ORDER, due=TODAY + timedelta(days=2))
    store.add_consent(case.id, "Court clerk", [Category.IDENTITY, Category.PROTECTIVE_ORDER],
                      "hearing", TODAY - timedelta(days=5))
    return case.id


@pytest.fixture
def make_window(qtbot, vault_path, recent):
    """Build the unlocked window (after any font or palette change) with one case open."""
    made = []

    def build(size=(1280, 800)):
        win = build_main_window(vault_path, ANA, ANA_PASSPHRASE, recent=recent,
                                today=lambda: TODAY)
        qtbot.addWidget(win)
        made.append(win)
        case_id = _seed(win.session.store)
        win.work.reload()
        qtbot.waitUntil(lambda: not win.is_loading(), timeout=10_000)
        win.resize(*size)
        win.show()
        qtbot.waitExposed(win)
        workspace = win.work.open_case(case_id)
        for i in range(workspace.count()):  # every tab shown once
            workspace.setCurrentIndex(i)
        workspace.setCurrentIndex(0)
        return win

    yield build
    for win in made:
        win.lock_manager.shutdown()
        if win.session is not None:
            win.session.vault.lock()


@pytest.fixture
def app_look():
    """Restore the application's font and palette after a test changes them."""
    app = QApplication.instance()
    font, palette = QFont(app.font()), QPalette(app.palette())
    yield app
    app.setFont(font)
    app.setPalette(palette)


def test_quality_every_interactive_widget_has_accessible_name(qtbot, make_window):
    win = make_window()
    missing = unnamed(win)
    assert not missing, missing
    packets = win.work.workspace.tab(7)
    dialog = packets.new_packet()
    intake = win.work.new_case()
    wizard = win.show_wizard()
    for top in (dialog, intake, wizard):
        missing = unnamed(top)
        assert not missing, (type(top).__name__, missing)
    win.lock()
    assert not shiboken6.isValid(dialog)  # the builder went with the case workspace


def test_quality_unnamed_detects_a_nameless_button(qtbot):
    from PySide6.QtWidgets import QPushButton

    root = QWidget()
    qtbot.addWidget(root)
    QPushButton("", root)  # positive control: the scanner can fail
    assert unnamed(root) == ["QPushButton in QWidget"]


def _squeezed(root: QWidget) -> list[str]:
    out = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or _qt_internal(widget):
            continue
        if isinstance(widget.parentWidget(), QComboBox):
            continue  # an editable combo's line edit is sized by the combo's style
        hint = widget.minimumSizeHint()
        if not hint.isValid():
            continue
        if widget.width() < hint.width() - 1 or widget.height() < hint.height() - 1:
            out.append(f"{type(widget).__name__} {widget.accessibleName()!r} "
                       f"{widget.width()}x{widget.height()} < {hint.width()}x{hint.height()}")
    return out


def test_quality_layouts_survive_double_font(qtbot, make_window, app_look):
    font = QFont(app_look.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    app_look.setFont(font)
    win = make_window(size=(1920, 1200))
    assert win.work.caseload.search.font().pointSizeF() == pytest.approx(font.pointSizeF())
    squeezed = _squeezed(win)
    assert not squeezed, "\n".join(squeezed)
    dialog = win.work.workspace.tab(7).new_packet()
    dialog.resize(dialog.sizeHint().expandedTo(dialog.minimumSizeHint()))
    qtbot.waitExposed(dialog)
    squeezed = _squeezed(dialog)
    assert not squeezed, "\n".join(squeezed)


def dark_palette() -> QPalette:
    """A plain dark palette (what a desktop dark theme hands Qt)."""
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202124"),
                         (QPalette.ColorRole.WindowText, "#e8eaed"),
                         (QPalette.ColorRole.Base, "#18191b"),
                         (QPalette.ColorRole.AlternateBase, "#26282b"),
                         (QPalette.ColorRole.Text, "#e8eaed"),
                         (QPalette.ColorRole.Button, "#2d2f33"),
                         (QPalette.ColorRole.ButtonText, "#e8eaed"),
                         (QPalette.ColorRole.Highlight, "#8ab4f8"),
                         (QPalette.ColorRole.HighlightedText, "#202124")):
        palette.setColor(role, QColor(colour))
    return palette


def _mean_lightness(widget: QWidget) -> float:
    image = widget.grab().toImage().scaled(64, 40)
    values = [image.pixelColor(x, y).lightnessF() for x in range(64) for y in range(40)]
    return sum(values) / len(values)


def test_quality_dark_palette_applies(qtbot, make_window, app_look):
    light = make_window()
    light_mean = _mean_lightness(light)
    light.lock()
    app_look.setPalette(dark_palette())
    win = make_window()
    assert _mean_lightness(win) < 0.35 < light_mean
    for widget in [win, *win.findChildren(QWidget)]:
        if widget.isVisible() and not widget.styleSheet():
            text = widget.palette().color(QPalette.ColorRole.WindowText).lightnessF()
            back = widget.palette().color(QPalette.ColorRole.Window).lightnessF()
            assert text - back > 0.5, type(widget).__name__  # nothing forced a light look


def test_quality_tab_order_reaches_caseload_search_and_tabs(qtbot, make_window):
    win = make_window()
    win.activateWindow()
    win.work.caseload.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.work.caseload.search)
    reached = []
    for _ in range(60):
        focus = QApplication.focusWidget()
        reached.append(focus)
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    caseload = win.work.caseload
    assert caseload.table in reached and caseload.add_button in reached
    workspace = win.work.workspace
    assert workspace.tabBar() in reached  # the tabs are a Tab stop: arrows then switch tabs
    qtbot.keyClick(workspace.tabBar(), Qt.Key.Key_Right)
    assert workspace.currentIndex() == 1
    assert all(w is None or w.window() is win for w in reached)
