"""Start-up pieces: create-vault wizard on a real vault, picker, strength meter, worker, no display."""

from __future__ import annotations

import stat

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWizard

from models.records import Role
from tests.vault_fixtures import KDF_PROFILE
from ui.create_vault_wizard import CreateVaultWizard
from ui.main_window import MainWindow, page_name
from ui.strength import StrengthMeter, strength_score
from ui.vault_picker import VaultPickerView, silence_qt_user_settings
from ui.worker import run_in_background
from workbench.app import NO_DISPLAY, has_display, run_gui


def _fast_create(path, user, role, passphrase):
    from models.vault import create_vault

    return create_vault(path, user=user, role=role, passphrase=passphrase, kdf_profile=KDF_PROFILE)


def test_shell_wizard_creates_real_vault_and_opens_it(qtbot, tmp_path, recent):
    window = MainWindow(None, recent=recent, create_fn=_fast_create)
    qtbot.addWidget(window)
    assert page_name(window) == "picker"
    wizard: CreateVaultWizard = window.show_wizard()
    target = tmp_path / "new-vault"
    wizard.location.folder.setText(str(target))
    wizard.location.user.setText("dina")
    wizard.location.role.setCurrentIndex(wizard.location.role.findData(Role.CLINICIAN))
    wizard.next()
    page = wizard.passphrase
    page.passphrase.setText("short")
    assert not page.isComplete() and "at least 10" in page.message.text()
    page.passphrase.setText("violet anchor meadow 77")
    page.confirm.setText("violet anchor meadow 7")
    assert not page.isComplete() and "do not match" in page.message.text()
    page.confirm.setText("violet anchor meadow 77")
    assert page.isComplete()
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery, timeout=20_000)
    code = wizard.recovery.code.text()
    assert len(code) >= 16 and page.passphrase.text() == ""
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    saved = tmp_path / "code.txt"
    wizard.recovery.save_to(str(saved))
    assert saved.read_text().strip() == code and stat.S_IMODE(saved.stat().st_mode) == 0o600
    wizard.recovery.stored.setChecked(True)
    assert finish.isEnabled()
    finish.click()
    assert page_name(window) == "work" and window.session.user.name == "dina"
    assert wizard.recovery.code.text() == ""
    assert (target / "keyslots.json").exists()
    assert recent.paths() == [str(target.resolve())]
    assert stat.S_IMODE(recent.path.stat().st_mode) == 0o600
    window.lock()
    window.lock_manager.shutdown()


def test_shell_picker_lists_recent_paths_and_emits_choice(qtbot, recent):
    recent.add("/a/vault")
    recent.add("/b/vault")
    recent.add("/a/vault")
    assert recent.paths() == ["/a/vault", "/b/vault"]
    picker = VaultPickerView(recent)
    qtbot.addWidget(picker)
    assert [picker.list.item(i).text() for i in range(picker.list.count())] == recent.paths()
    with qtbot.waitSignal(picker.vault_chosen) as blocker:
        picker.list.itemActivated.emit(picker.list.item(1))
    assert blocker.args == ["/b/vault"]
    text = recent.path.read_text()
    assert "recent_vaults" in text and stat.S_IMODE(recent.path.stat().st_mode) == 0o600


def test_shell_file_dialog_never_writes_qtproject_conf(qtbot):
    silence_qt_user_settings()
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert settings.fileName().startswith("/dev/null")
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)


@pytest.mark.parametrize(
    ("passphrase", "score"),
    [("", 0), ("abcdefghi", 0), ("aaaaaaaaaaaa", 1), ("correct horse battery", 3),
     ("violet anchor Meadow 77 !", 4)],
)
def test_strength_score_grades_passphrases(passphrase, score):
    assert strength_score(passphrase) == score


def test_strength_meter_names_the_grade(qtbot):
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    meter.update_for("abc")
    assert "at least 10" in meter.text()
    meter.update_for("violet anchor Meadow 77 !")
    assert meter.text() == "Strong"


def test_worker_reports_progress_result_and_error(qtbot):
    seen, done, errors = [], [], []

    def work(progress):
        for i in range(3):
            progress(i + 1, 3)
        return "done"

    # Callbacks, not waitSignal: the pool may finish before a waitSignal could be entered.
    run_in_background(work, on_done=done.append, on_progress=lambda d, t: seen.append((d, t)))
    qtbot.waitUntil(lambda: done == ["done"], timeout=5000)
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert seen[-1] == (3, 3)
    run_in_background(lambda _p: 1 / 0, on_done=done.append, on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError) and done == ["done"]


@pytest.mark.parametrize(
    ("env", "expected"),
    [({}, False), ({"WAYLAND_DISPLAY": "w"}, True),
     ({"QT_QPA_PLATFORM": "offscreen"}, True), ({"QT_QPA_PLATFORM": "xcb"}, False)],
)
def test_app_has_display(env, expected):
    assert has_display(env) is expected


def test_app_run_gui_without_display_says_how(monkeypatch, capsys):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert run_gui(None) == 2
    assert capsys.readouterr().err.strip() == NO_DISPLAY
