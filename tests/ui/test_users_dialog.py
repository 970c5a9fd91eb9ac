"""Users…: the list, adding and removing (supervisor only, disabled with the policy's reason
otherwise), the removal question, changing one's own passphrase, and the lock."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

from models.errors import WrongPassphrase
from models.records import Role
from models.vault import list_slot_users, open_vault
from tests.ui.conftest import CAM, SAM, SAM_PASSPHRASE, TODAY, Opener
from tests.ui.test_lock_manager import holders_of
from tests.vault_fixtures import ANA, ANA_PASSPHRASE, BEN, BEN_PASSPHRASE
from ui.main_window import TITLE_LOCKED, MainWindow
from ui.session import UiSession
from ui.users_dialog import AddUserDialog, ChangePassphraseDialog, UsersDialog
from workbench.operations import users
from workbench.operations.context import Context

ACCEPTED = QDialog.DialogCode.Accepted
NEW_PASSPHRASE = "a new passphrase for dee"
OK = QDialogButtonBox.StandardButton.Ok


@pytest.fixture
def sam_vault(vault_path):
    """The vault unlocked as sam (supervisor)."""
    vault = open_vault(vault_path, SAM, SAM_PASSPHRASE)
    yield vault
    vault.lock()


@pytest.fixture
def sam(sam_vault):
    return UiSession(sam_vault, today=lambda: TODAY)


@pytest.fixture
def clinician(clinician_vault):
    """ben, a clinician."""
    return UiSession(clinician_vault, today=lambda: TODAY)


def _dialog(qtbot, session) -> UsersDialog:
    dialog = UsersDialog(session)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def _fill_add(editor: AddUserDialog, name: str, role: Role, passphrase: str,
              confirm: str | None = None) -> None:
    editor.name.setText(name)
    editor.role.setCurrentIndex(editor.role.findData(role))
    editor.passphrase.setText(passphrase)
    editor.confirm.setText(passphrase if confirm is None else confirm)


def _remove(qtbot, dialog: UsersDialog, name: str) -> QMessageBox:
    assert dialog.select_user(name)
    dialog.remove_button.click()
    box = dialog.question
    assert box is not None
    qtbot.waitExposed(box)
    return box


def _remove_button(box: QMessageBox):
    return next(b for b in box.buttons()
                if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)


# -- the list ----------------------------------------------------------------------------------
def test_users_dialog_lists_every_user_with_readable_roles(qtbot, sam):
    dialog = _dialog(qtbot, sam)
    assert dialog.windowTitle() == "Users"
    assert dialog.names() == [ANA, BEN, SAM, CAM]
    cells = [[dialog.model.index(r, c).data() for c in range(2)] for r in range(4)]
    assert cells == [["ana", "Advocate"], ["ben", "Clinician"], ["sam (you)", "Supervisor"],
                     ["cam", "Case manager"]]
    assert dialog.selected_user() == ANA
    assert dialog.add_button.isEnabled() and dialog.hint.isHidden()
    assert not dialog.grab().isNull()


def test_users_dialog_opens_from_the_work_area_by_keyboard(qtbot, shell):
    button = shell.work.users_button
    assert button.text() == "&Users…" and button.accessibleName() == "Users"
    shell.work.caseload.search.setFocus()
    qtbot.keyClick(shell.work.caseload.search, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: any(isinstance(w, UsersDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=2000)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, UsersDialog))
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # open(), not exec()
    dialog.close_buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert not dialog.isVisible()


# -- who may ----------------------------------------------------------------------------------
def test_users_dialog_clinician_sees_add_and_remove_disabled_with_the_reason(qtbot, clinician):
    dialog = _dialog(qtbot, clinician)
    reason = ("Your role (clinician) may not add and remove users of the vault; "
              "ask a supervisor.")
    for button in (dialog.add_button, dialog.remove_button):
        assert not button.isEnabled()
        assert button.toolTip() == reason and button.accessibleDescription() == reason
    assert dialog.hint.text() == reason and dialog.hint.isVisible()  # said, for the keyboard
    assert dialog.passphrase_button.isEnabled()
    assert dialog.names() == [ANA, BEN, SAM, CAM]


# -- add ---------------------------------------------------------------------------------------
def test_users_dialog_supervisor_adds_a_user(qtbot, sam, vault_path):
    dialog = _dialog(qtbot, sam)
    editor = dialog.add_user()
    qtbot.waitExposed(editor)
    _fill_add(editor, "dee", Role.CASE_MANAGER, NEW_PASSPHRASE)
    assert editor.meter.text() in ("Good", "Strong")
    with qtbot.waitSignal(sam.signals.confirmed) as said:
        editor.buttons.button(OK).click()
    assert said.args == ["User dee added."]
    assert editor.result() == ACCEPTED
    assert dialog.names()[-1] == "dee" and dialog.selected_user() == "dee"
    assert dialog.message.text() == "User dee added."
    assert editor.passphrase.text() == ""  # the closed form forgets the passphrase
    # the slot exists: a fresh unlock as dee, through the operations
    assert list_slot_users(vault_path) == [ANA, BEN, SAM, CAM, "dee"]
    fresh = open_vault(vault_path, "dee", NEW_PASSPHRASE)
    try:
        listed = users.list_users(Context(fresh))
        assert [(u.name, u.role) for u in listed][-1] == ("dee", Role.CASE_MANAGER)
    finally:
        fresh.lock()


@pytest.mark.parametrize(("name", "passphrase", "confirm", "field", "words"), [
    ("", NEW_PASSPHRASE, NEW_PASSPHRASE, "user", "required"),
    ("dee", NEW_PASSPHRASE, NEW_PASSPHRASE + "x", "confirm", "do not match"),
    ("dee", "short", "short", "passphrase", "at least 10 characters"),
    ("ana", NEW_PASSPHRASE, NEW_PASSPHRASE, "user", "already exists"),
    ("dee smith", NEW_PASSPHRASE, NEW_PASSPHRASE, "user", "letters, digits"),
])
def test_users_dialog_bad_input_shows_next_to_its_field_and_adds_nothing(
        qtbot, sam, vault_path, name, passphrase, confirm, field, words):
    dialog = _dialog(qtbot, sam)
    editor = dialog.add_user()
    _fill_add(editor, name, Role.ADVOCATE, passphrase, confirm)
    with qtbot.assertNotEmitted(sam.signals.operation_executed):
        editor.buttons.button(OK).click()
    assert words in editor.error_text(field)
    assert editor.isVisible() and editor.result() != ACCEPTED
    others = {"user", "passphrase", "confirm"} - {field}
    assert all(editor.error_text(f) == "" for f in others)
    assert list_slot_users(vault_path) == [ANA, BEN, SAM, CAM]
    assert dialog.names() == [ANA, BEN, SAM, CAM]


# -- remove ------------------------------------------------------------------------------------
def test_users_dialog_removing_yourself_warns_and_removes_nothing_until_confirmed(
        qtbot, sam, vault_path):
    dialog = _dialog(qtbot, sam)
    box = _remove(qtbot, dialog, SAM)
    assert box.text() == "Remove sam?"
    assert "You are removing yourself" in box.informativeText()
    assert "Their passphrase" not in box.informativeText()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert _remove_button(box).text() == "&Remove"
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.wait(50)
    assert not dialog.is_busy() and list_slot_users(vault_path) == [ANA, BEN, SAM, CAM]

    box = _remove(qtbot, dialog, SAM)
    with qtbot.waitSignal(sam.signals.operation_executed, timeout=10_000):
        _remove_button(box).click()
        assert dialog.is_busy() and dialog.busy.isVisible()
        assert not dialog.close_buttons.isEnabled() and not dialog.add_button.isEnabled()
        dialog.reject()  # Escape while busy: the dialog stays
        assert dialog.isVisible()
    assert list_slot_users(vault_path) == [ANA, BEN, CAM]
    assert dialog.names() == [ANA, BEN, CAM] and dialog.message.text() == "User sam removed."
    assert not dialog.busy.isVisible() and dialog.add_button.isEnabled()
    assert open_vault(vault_path, ANA, ANA_PASSPHRASE).lock() is None  # the new key opens it
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, SAM, SAM_PASSPHRASE)


def test_users_dialog_removes_another_user_after_one_question(qtbot, sam, vault_path):
    dialog = _dialog(qtbot, sam)
    box = _remove(qtbot, dialog, CAM)
    assert box.icon() == QMessageBox.Icon.Question
    assert "no longer open this vault" in box.informativeText()
    with qtbot.waitSignal(sam.signals.confirmed, timeout=10_000) as said:
        _remove_button(box).click()
    assert said.args == ["User cam removed."]
    assert list_slot_users(vault_path) == [ANA, BEN, SAM]


# -- my passphrase -----------------------------------------------------------------------------
def test_users_dialog_wrong_old_passphrase_changes_nothing(qtbot, clinician, vault_path):
    dialog = _dialog(qtbot, clinician)
    editor = dialog.change_passphrase()
    assert isinstance(editor, ChangePassphraseDialog)
    editor.old.setText("not my passphrase")
    editor.passphrase.setText(NEW_PASSPHRASE)
    editor.confirm.setText(NEW_PASSPHRASE)
    editor.buttons.button(OK).click()
    assert "not your current passphrase" in editor.error_text("old")
    assert editor.isVisible()
    open_vault(vault_path, BEN, BEN_PASSPHRASE).lock()  # the old one still opens

    editor.old.setText(BEN_PASSPHRASE)
    with qtbot.waitSignal(clinician.signals.confirmed) as said:
        editor.buttons.button(OK).click()
    assert said.args == ["Passphrase changed."] and dialog.message.text() == "Passphrase changed."
    open_vault(vault_path, BEN, NEW_PASSPHRASE).lock()
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, BEN, BEN_PASSPHRASE)


# -- the lock ----------------------------------------------------------------------------------
@pytest.fixture
def sam_window(qtbot, sam_vault, recent):
    """The workbench window unlocked as sam."""
    opener = Opener()
    window = MainWindow(str(sam_vault.path), recent=recent, open_fn=opener, idle_ms=60_000,
                        today=lambda: TODAY)
    qtbot.addWidget(window)
    window.set_vault(sam_vault)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.lock_manager.shutdown()
    for opened in opener.opened:
        opened.lock()


def test_users_dialog_is_closed_and_wiped_on_lock(qtbot, sam_window, sam_vault):
    dialog = sam_window.work.show_users()
    qtbot.waitExposed(dialog)
    editor = dialog.add_user()
    qtbot.waitExposed(editor)
    _fill_add(editor, "dee", Role.ADVOCATE, NEW_PASSPHRASE)
    assert holders_of(NEW_PASSPHRASE) and holders_of("sam (you)")  # positive controls
    sam_window.lock()
    assert sam_window.windowTitle() == TITLE_LOCKED and sam_vault.locked
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [sam_window]
    assert holders_of(NEW_PASSPHRASE) == [] and holders_of("sam (you)") == []
    assert sam_window._discarded  # the typed form counts as unsaved input
    qtbot.wait(20)
    assert not shiboken6.isValid(dialog) and not shiboken6.isValid(editor)
    assert "dee" not in list_slot_users(sam_vault.path)


def test_users_dialog_lock_during_a_removal_leaves_no_live_key(
        qtbot, monkeypatch, sam_window, sam_vault):
    import models.vault_core as vault_core

    rekeyed, go_on = threading.Event(), threading.Event()
    original = vault_core.rekey

    def slow_rekey(*args):
        original(*args)
        rekeyed.set()  # the rotation then installs the new key: the lock comes in between
        go_on.wait(10)

    monkeypatch.setattr(vault_core, "rekey", slow_rekey)
    dialog = sam_window.work.show_users()
    box = _remove(qtbot, dialog, CAM)
    _remove_button(box).click()
    removal = dialog._removal
    assert removal is not None
    qtbot.waitUntil(rekeyed.is_set, timeout=10_000)
    sam_window.lock()  # never held back by the removal in flight
    assert sam_window.is_locked() and sam_vault.locked
    go_on.set()
    qtbot.waitUntil(lambda: removal.finished, timeout=10_000)
    qtbot.wait(50)
    assert sam_vault.locked  # the key the rotation installed after the lock was wiped too
    assert sam_window.work.notice.text() == ""  # nothing reached the locked window
    assert list_slot_users(sam_vault.path) == [ANA, BEN, SAM]
    open_vault(sam_vault.path, ANA, ANA_PASSPHRASE).lock()  # the new key opens it
