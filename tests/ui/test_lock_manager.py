"""Auto-lock (SECURITY.md control 4): idle, Ctrl+L, with dialogs and unsaved forms open."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from tests.ui.conftest import CANARY
from tests.vault_fixtures import ANA_PASSPHRASE
from ui.main_window import TITLE_LOCKED, page_name


def _widget_texts(widget: QWidget) -> list[str]:
    out = [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
    for attr in ("text", "toPlainText", "currentText"):
        value = getattr(widget, attr, None)
        if callable(value):
            try:
                out.append(str(value()))
            except TypeError:
                pass
    return out


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    out = []
    # A list model hides columnCount from Python; it has exactly one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for col in range(columns):
            index = model.index(row, col, parent)
            out.append(str(index.data()))
            if col == 0 and model.rowCount(index) > 0:
                out += _model_texts(model, index)
    return out


def holders_of(needle: str) -> list[str]:
    """Every widget or model anywhere in the app still holding ``needle``."""
    hits = []
    for widget in QApplication.allWidgets():
        if any(needle in t for t in _widget_texts(widget)):
            hits.append(type(widget).__name__)
        for model in widget.findChildren(QAbstractItemModel):
            if any(needle in t for t in _model_texts(model)):
                hits.append(type(model).__name__)
    return hits


def assert_locked_clean(window) -> None:
    """Only the lock screen shows, nothing holds case text, the vault was locked."""
    assert window.is_locked() and page_name(window) == "locked"
    assert window.windowTitle() == TITLE_LOCKED
    assert window.session is None
    visible_tops = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible_tops == [window]
    assert window.agenda.isHidden()
    assert window.lock_screen.isVisible() and not window.work.isVisible()
    assert holders_of(CANARY) == []


def _open_case_with_canary(window) -> None:
    window.work.open_case(1)
    assert holders_of(CANARY)  # positive control: the canary is on screen before the lock


def test_lock_idle_with_modal_message_box(qtbot, shell, vault):
    _open_case_with_canary(shell)
    box = QMessageBox(QMessageBox.Icon.Question, "Workbench", f"Delete {CANARY}?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, shell)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.open()
    qtbot.waitExposed(box)
    shell.lock_manager.set_idle_ms(150)
    qtbot.waitUntil(shell.is_locked, timeout=3000)
    assert not shiboken6.isValid(box) or not box.isVisible()  # closed, then destroyed
    assert vault.locked
    assert_locked_clean(shell)


def test_lock_idle_with_file_dialog_open(qtbot, shell, vault):
    _open_case_with_canary(shell)
    dialog = QFileDialog(shell, "Attach")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.open()
    qtbot.waitExposed(dialog)
    shell.lock_manager.set_idle_ms(150)
    qtbot.waitUntil(shell.is_locked, timeout=3000)
    assert not shiboken6.isValid(dialog) or (not dialog.isVisible() and dialog.result() == 0)
    assert vault.locked
    assert_locked_clean(shell)


def test_lock_discards_unsaved_intake_with_notice_after_unlock(qtbot, shell, vault):
    intake = shell.work.new_case()
    qtbot.waitExposed(intake)
    intake.display_name.setText(CANARY + " second")
    shell.lock_manager.set_idle_ms(150)
    qtbot.waitUntil(shell.is_locked, timeout=3000)
    assert_locked_clean(shell)
    screen = shell.lock_screen
    assert screen.user.text() == "ana"
    screen.passphrase.setText(ANA_PASSPHRASE)
    with qtbot.waitSignal(screen.unlocked, timeout=5000):
        screen.button.click()
    assert page_name(shell) == "work" and shell.windowTitle() == "Workbench"
    assert "Unsaved changes were discarded" in shell.work.notice.text()
    qtbot.waitUntil(lambda: shell.work.caseload.model.rowCount() == 3, timeout=5000)
    assert len(shell.session.store.list_cases()) == 3  # nothing half-saved


def test_lock_ctrl_l_locks_from_any_widget(qtbot, shell, vault):
    _open_case_with_canary(shell)
    qtbot.keyClick(shell.work.caseload.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(shell.is_locked, timeout=2000)
    assert vault.locked
    assert_locked_clean(shell)
    assert "Unsaved" not in shell.work.notice.text()


def test_lock_clears_only_our_clipboard(qtbot, shell):
    shell.lock_manager.set_clipboard_text("C-0001")
    shell.lock()
    assert QGuiApplication.clipboard().text() == ""
    QGuiApplication.clipboard().setText("someone else's text")
    shell.lock_manager.start()
    shell.lock()
    assert QGuiApplication.clipboard().text() == "someone else's text"


def test_lock_idle_timer_resets_on_input(qtbot, shell):
    shell.lock_manager.set_idle_ms(400)
    for _ in range(6):
        qtbot.wait(100)
        qtbot.keyClick(shell.work.caseload.search, Qt.Key.Key_A)
    assert not shell.is_locked()
    qtbot.waitUntil(shell.is_locked, timeout=2000)


def test_lock_drops_caseload_and_agenda_loads_in_flight(qtbot, shell):
    shell.work.caseload.clear()
    shell.work.reload()
    shell.refresh_agenda()
    assert shell.is_loading() and shell.work.busy.isVisibleTo(shell)
    shell.lock()
    assert not shell.is_loading() and not shell.work.busy.isVisibleTo(shell)
    qtbot.wait(300)  # a late result must not reach the locked window
    assert shell.work.caseload.model.rowCount() == 0 and shell.agenda.model.rowCount() == 0
