"""File → Program dashboard… and File → Survivor feedback… in a real window on the demo vault
(offscreen): reached by the keyboard, gated by the operations' own words, the dashboard's
report shown and recorded, feedback stored, counted by the report and gone from the screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models.errors import PermissionDenied
from tests.ui.conftest import DEMO_PASSPHRASE, DEMO_TODAY, demo_session
from tests.ui.test_lock_manager import assert_locked_clean
from ui.dashboard import DashboardDialog, quarters_back
from ui.feedback_form import FeedbackFormDialog
from ui.main_window import MainWindow
from workbench.operations import feedback, reports
from workbench.operations.changes import Kind
from workbench.operations.context import Context

WAIT = 60_000  # ms: the demo's caseload and a report with its suppression audit
MONTH = f"{DEMO_TODAY:%Y-%m}"
QUARTER = quarters_back(DEMO_TODAY, 1)  # the quarter the feedback of today falls in
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
# A menu popping up asks the platform to raise it and grab the keyboard; the offscreen platform
# says it cannot (harmless: the key events are sent to the menu directly).
MENU_POPUP = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


@pytest.fixture
def window_as(qtbot, demo_template: Path, tmp_path: Path,
              recent) -> Iterator[Callable[[str], MainWindow]]:
    """``window_as(user)``: an unlocked, shown MainWindow on a private copy of the demo vault."""
    sessions, windows = [], []

    def make(user: str) -> MainWindow:
        opened = demo_session(demo_template, tmp_path, user)
        session = next(opened)
        sessions.append(opened)
        window = MainWindow(str(session.vault.path), recent=recent, idle_ms=600_000,
                            today=lambda: DEMO_TODAY)
        qtbot.addWidget(window)
        windows.append(window)
        window.set_vault(session.vault)
        qtbot.waitUntil(lambda: not window.is_loading(), timeout=WAIT)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        _activate(qtbot, window)
        return window

    yield make
    for window in windows:
        window.lock_manager.shutdown()
    for opened in sessions:
        opened.close()  # demo_session locks its vault


def _activate(qtbot, window: MainWindow) -> None:
    """Keys go to the active window only (after a dialog closed, too)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def _open_from_file_menu(qtbot, window: MainWindow, letter: Qt.Key) -> None:
    """Alt+F opens File; the item's underlined letter runs it (keyboard only)."""
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    menu = window.chrome.menus["File"]
    qtbot.waitUntil(menu.isVisible, timeout=5000)
    qtbot.keyClick(menu, letter)
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=5000)


def _type(qtbot, form: FeedbackFormDialog, key: Qt.Key) -> None:
    """A key to whatever has the focus, as a person types; then the event loop runs (the
    answered question's buttons are deleted)."""
    focused = form.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focused, key)
    qtbot.wait(20)


def _dialogs(window: MainWindow, kind: type) -> list:
    return [d for d in window.work.findChildren(kind) if shiboken6.isValid(d) and d.isVisible()]


def _as_sam(window: MainWindow) -> Context:
    from models.vault import open_vault

    return Context(open_vault(window.session.vault.path, "sam", DEMO_PASSPHRASE),
                   today=lambda: DEMO_TODAY)


def _feedback_counted(ctx: Context) -> int:
    report = reports.prepare_report(ctx, template_id="program", period_from=QUARTER[0],
                                    period_to=QUARTER[1])
    table = next(t for t in report.tables if t.table.id == "feedback_listened")
    assert isinstance(table.total, int)  # published: the quarter has well over 11 forms
    return table.total


# -- the dashboard -----------------------------------------------------------------------------
@MENU_POPUP
def test_program_menu_supervisor_opens_the_dashboard_and_sees_the_report(qtbot, window_as):
    window = window_as("sam")
    action = window.chrome.actions["program_dashboard"]
    assert action in window.chrome.menus["File"].actions()
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+Shift+B"
    made_before = len(window.session.store.list_report_disclosures())
    _open_from_file_menu(qtbot, window, Qt.Key.Key_D)
    [dialog] = _dialogs(window, DashboardDialog)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # open(), not exec()
    assert dialog.window().parentWidget().window() is window
    view = dialog.view
    qtbot.waitUntil(lambda: view.report is not None, timeout=WAIT)  # built on opening
    report = view.report
    assert report.template_id == "program"
    assert (report.period_from, report.period_to) == quarters_back(DEMO_TODAY, 4)
    assert [t.value.text() for t in view.tiles][0] != ""  # the tiles are on screen
    assert view.status.text().startswith("Program overview")
    made = window.session.store.list_report_disclosures()
    assert len(made) == made_before + 1 and made[-1].output == "screen"  # recorded
    window.lock()
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert_locked_clean(window)
    assert not action.isEnabled() and action.statusTip() == "Unlock the vault first."


def test_program_menu_advocate_sees_the_dashboard_disabled_with_the_reason(qtbot, window_as):
    window = window_as("ana")
    action = window.chrome.actions["program_dashboard"]
    assert not action.isEnabled()
    with pytest.raises(PermissionDenied) as refused:
        reports.build_report(window.session, template_id="program",
                             period_from=QUARTER[0], period_to=QUARTER[1])
    assert action.statusTip() == action.toolTip() == str(refused.value)  # the operation's words
    assert "advocate" in action.toolTip() and "ask a supervisor" in action.toolTip()
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL_SHIFT)
    assert _dialogs(window, DashboardDialog) == []
    assert window.chrome.actions["survivor_feedback"].isEnabled()  # an advocate takes feedback


# -- the feedback form -------------------------------------------------------------------------
@MENU_POPUP
def test_program_menu_feedback_from_the_menu_is_stored_counted_and_gone(qtbot, window_as):
    window = window_as("ana")
    sam = _as_sam(window)
    try:
        counted_before = _feedback_counted(sam)
        stored_before = window.session.store.list_feedback(MONTH, MONTH)
        _open_from_file_menu(qtbot, window, Qt.Key.Key_F)
        [form] = _dialogs(window, FeedbackFormDialog)
        assert form.windowModality() == Qt.WindowModality.WindowModal
        assert form.windowState() & Qt.WindowState.WindowFullScreen  # no caseload around it,
        assert form.geometry() == window.screen().geometry()  # even with no window manager
        assert form.pages.currentWidget() is form.start_page
        assert [form.language.itemData(i) for i in range(form.language.count())][0] == "en"
        form.language.setCurrentIndex(form.language.findData("es"))  # the survivor's language
        qtbot.waitUntil(lambda: QApplication.activeWindow() is form, timeout=5000)
        _type(qtbot, form, Qt.Key.Key_Return)  # Start
        _type(qtbot, form, Qt.Key.Key_4)  # satisfaction 4: the next question has the focus
        assert form.focusWidget() is form.answer_buttons[0]
        with qtbot.waitSignal(window.operations.operation_executed, timeout=5000) as sent:
            _type(qtbot, form, Qt.Key.Key_Return)  # Enter on the focused "Yes"
            _type(qtbot, form, Qt.Key.Key_5)
        changes = sent.args[0]
        assert changes.kinds == {Kind.FEEDBACK} and not changes.case_ids  # no case
        assert not changes.every_case
        assert form.pages.currentWidget() is form.end_page
        assert window.statusBar().currentMessage() == "Survivor feedback saved."
        stored = window.session.store.list_feedback(MONTH, MONTH)
        assert len(stored) == len(stored_before) + 1
        new = next(f for f in stored if f not in stored_before)
        assert (new.satisfaction, new.felt_safe, new.felt_listened, new.language) == (
            4, "yes", 5, "es")
        assert _feedback_counted(sam) == counted_before + 1  # the program report counts it
        _type(qtbot, form, Qt.Key.Key_Return)  # thank-you → ready for the next person
        assert form.pages.currentWidget() is form.start_page and form.answers == {}
        assert form.language.currentData() == "en"
        _type(qtbot, form, Qt.Key.Key_Escape)  # closes from the start page
        qtbot.waitUntil(lambda: not shiboken6.isValid(form), timeout=5000)  # deleted
        assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]
    finally:
        sam.vault.lock()


def test_program_menu_feedback_closed_midway_keeps_nothing(qtbot, window_as):
    window = window_as("cam")  # a case manager takes feedback too
    stored_before = window.session.store.list_feedback(MONTH, MONTH)
    window.chrome.actions["survivor_feedback"].trigger()
    [form] = _dialogs(window, FeedbackFormDialog)
    form.start()
    form.answer(2)  # satisfaction answered, then the form is closed (the window's ×)
    assert form.answers == {"satisfaction": 2}
    form.reject()
    assert form.answers == {} and form.pages.currentWidget() is form.start_page
    qtbot.waitUntil(lambda: not shiboken6.isValid(form), timeout=5000)
    assert window.session.store.list_feedback(MONTH, MONTH) == stored_before  # nothing saved
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL_SHIFT)  # opened again: a fresh form
    [again] = _dialogs(window, FeedbackFormDialog)
    assert again.answers == {} and again.pages.currentWidget() is again.start_page
    again.start()
    again.answer(5)
    window.lock()  # the lock closes it with the rest
    assert_locked_clean(window)
    assert window.session is None


@MENU_POPUP
def test_program_menu_peer_mentor_sees_feedback_disabled_with_the_reason(qtbot, window_as):
    window = window_as("pia")
    action = window.chrome.actions["survivor_feedback"]
    assert not action.isEnabled()
    with pytest.raises(PermissionDenied) as refused:
        feedback.add_feedback(window.session, satisfaction=5)
    assert action.statusTip() == action.toolTip() == str(refused.value)  # the operation's words
    assert action.toolTip() == feedback.feedback_denial(window.session)
    assert action.toolTip().startswith("Your role (peer mentor) may not take survivor feedback")
    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL_SHIFT)
    assert _dialogs(window, FeedbackFormDialog) == []
    assert not window.chrome.actions["program_dashboard"].isEnabled()
    # by the keyboard: the arrow keys stop on the disabled item and the status bar says why
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    menu = window.chrome.menus["File"]
    qtbot.waitUntil(menu.isVisible, timeout=5000)
    while menu.activeAction() is not action:
        assert menu.activeAction() is not window.chrome.actions["quit"], "skipped"
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert window.statusBar().currentMessage() == str(refused.value)
    qtbot.keyClick(menu, Qt.Key.Key_Return)  # a disabled item does nothing
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    assert _dialogs(window, FeedbackFormDialog) == []


@pytest.mark.parametrize("key", ["program_dashboard", "survivor_feedback"])
def test_program_menu_actions_need_no_open_case(qtbot, window_as, key):
    window = window_as("sam")
    assert not window.work.is_case_open() and window.chrome.actions[key].isEnabled()
    window.work.open_case(window.work.caseload.model.summary(0).case.id)
    assert window.chrome.actions[key].isEnabled()

