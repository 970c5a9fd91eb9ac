"""Lock means locked, over a real vault: idle lock with a modal box, a file dialog, unsaved edits.

Within the timeout only the lock screen is visible; no widget text, tool tip, title or model
cell holds a canary; our clipboard content is gone; the engine is disposed and the key zeroed.
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tests.hostile.canary_data import type_canary_case
from tests.hostile.metrics import METRICS
from tests.hostile.scan import CANARIES
from tests.ui.test_lock_manager import holders_of
from tests.vault_fixtures import ANA, ANA_PASSPHRASE
from ui.main_window import TITLE_LOCKED, page_name

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _held() -> dict[str, list[str]]:
    return {name: h for name, text in CANARIES.items() if (h := holders_of(text))}


@pytest.fixture
def window(qtbot, vault_path, isolated):
    from workbench.app import build_main_window

    win = build_main_window(vault_path, ANA, ANA_PASSPHRASE, idle_ms=60_000)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    type_canary_case(qtbot, win)
    yield win
    win.lock_manager.shutdown()


def _modal_box(qtbot, win):
    box = QMessageBox(QMessageBox.Icon.Warning, "Workbench", f"Delete {CANARIES['name_cjk']}?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, win)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.open()
    qtbot.waitExposed(box)
    return box


def _file_dialog(qtbot, win):
    dialog = QFileDialog(win, "Attach")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def _unsaved_intake(qtbot, win):
    intake = win.work.new_case()
    qtbot.waitExposed(intake)
    intake.display_name.setText(CANARIES["name_diacritics"] + " (second)")
    intake.notes.setPlainText(CANARIES["note"])
    return intake


@pytest.mark.parametrize("opener", [_modal_box, _file_dialog, _unsaved_intake],
                         ids=["modal-message-box", "file-dialog", "unsaved-edits"])
def test_lock_idle_real_vault_leaves_only_lock_screen(qtbot, window, opener):
    vault = window.session.vault
    key = vault._key
    window.lock_manager.set_clipboard_text(CANARIES["a_number"])
    dialog = opener(qtbot, window)
    assert _held()  # positive control: case text is on screen before the lock
    window.lock_manager.set_idle_ms(200)
    qtbot.waitUntil(window.is_locked, timeout=3000)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert page_name(window) == "locked" and window.windowTitle() == TITLE_LOCKED
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]
    assert window.lock_screen.isVisible() and not window.work.isVisible()
    assert _held() == {}
    assert QGuiApplication.clipboard().text() == ""
    assert vault.locked and vault._engine is None  # engine disposed
    assert bytes(key._buf) == bytes(32)  # key zeroed in place
    METRICS["lock scenarios passed"] += 1


def test_lock_wipes_dialog_title_and_tooltip(qtbot, window):
    box = _modal_box(qtbot, window)
    box.setWindowTitle(CANARIES["name_diacritics"])
    box.setToolTip(CANARIES["a_number"])
    window.lock()
    assert window.is_locked()
    assert _held() == {}
