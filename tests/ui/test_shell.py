"""The shell on a real vault: build seam, caseload keyboard use, workspace, intake, agenda."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from models.errors import VaultLocked
from models.records import Category, EventKind, Owner
from tests.vault_fixtures import ANA, ANA_PASSPHRASE, TODAY
from ui.agenda_data import CONFLICT, OVERDUE, UPCOMING
from ui.case_workspace import TABS
from ui.main_window import TITLE, page_name
from workbench.app import build_main_window

NAME = "Amara Ñandú-Canary"


@pytest.fixture
def window(qtbot, vault_path, recent):
    win = build_main_window(vault_path, ANA, ANA_PASSPHRASE, recent=recent, today=lambda: TODAY)
    qtbot.addWidget(win)
    store = win.session.store
    case = store.add_case(NAME, assigned_to=("ana",), languages=("es",))
    store.add_case("Second Person")
    store.add_event(case.id, EventKind.LEGAL_DEADLINE, "File I-914", Category.IMMIGRATION,
                    due=TODAY + timedelta(days=3))
    store.add_event(case.id, EventKind.LEGAL_DEADLINE, "Serve notice", Category.PROTECTIVE_ORDER,
                    due=TODAY - timedelta(days=2), owner=Owner.CLIENT)
    win.work.reload()
    win.refresh_agenda()
    assert win.is_loading()  # both load off the UI thread
    qtbot.waitUntil(lambda: not win.is_loading(), timeout=10_000)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.lock_manager.shutdown()
    if win.session is not None:
        win.session.vault.lock()


def test_shell_build_main_window_is_unlocked(window):
    assert page_name(window) == "work" and window.windowTitle() == TITLE
    model = window.work.caseload.model
    assert model.rowCount() == 2
    row = model.row_of_case(1)
    assert model.index(row, 0).data() == NAME
    assert model.index(row, 2).data() == (TODAY + timedelta(days=3)).isoformat()
    assert model.index(row, 3).data() == "1"


def test_shell_enter_opens_case_workspace_with_every_tab(qtbot, window):
    view = window.work.caseload
    view.search.setText("amara")
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.table.hasFocus() and view.selected_case_id() == 1
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    workspace = window.work.workspace
    assert workspace is not None and workspace.case_id == 1
    assert workspace.count() == len(TABS) == 12
    assert workspace.tabText(0) == "Overview" and workspace.tabText(8) == "Audit"
    overview = workspace.widget(0)
    assert NAME in [label.text() for label in overview.findChildren(QLabel)]
    assert window.windowTitle() == TITLE  # never the case name
    for i in range(workspace.count()):
        assert workspace.widget(i).accessibleName()


def test_shell_intake_adds_case_with_only_a_name(qtbot, window):
    intake = window.work.new_case()
    qtbot.waitExposed(intake)
    intake.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert intake.isVisible() and "display name" in intake.error.text()
    intake.display_name.setText("  Noor  ")
    intake.languages.setText("ar, fr")
    intake.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    cases = {c.display_name: c for c in window.session.store.list_cases()}
    assert cases["Noor"].languages == ("ar", "fr")
    qtbot.waitUntil(lambda: window.work.caseload.model.rowCount() == 3, timeout=10_000)
    assert window.work.caseload.selected_case_id() == cases["Noor"].id
    assert window.work.workspace.case_id == cases["Noor"].id


def test_shell_intake_date_of_birth_is_the_shared_date_control(qtbot, window):
    from ui.editors.fields import DateField

    intake = window.work.new_case()
    qtbot.waitExposed(intake)
    assert isinstance(intake.date_of_birth, DateField)
    assert intake.date_of_birth.latest == TODAY  # the session's today: no future date
    intake.display_name.setText("Noor")
    save = intake.buttons.button(QDialogButtonBox.StandardButton.Save)
    intake.date_of_birth.line.setText("+2w")
    save.click()
    assert intake.isVisible()
    assert intake.error.text() == "Date of birth: A date of birth cannot be in the future."
    intake.date_of_birth.line.setText("1994-02-30")
    assert intake.error.text() == ""  # cleared on the edit
    save.click()
    assert intake.isVisible() and intake.error.text() == "Date of birth: February 1994 has 28 days."
    intake.date_of_birth.line.setText("1994-02-28")
    assert intake.is_dirty()
    save.click()
    assert not intake.isVisible()
    saved = {c.display_name: c for c in window.session.store.list_cases()}["Noor"]
    assert saved.date_of_birth.isoformat() == "1994-02-28"


def test_shell_intake_without_date_of_birth_saves_none(qtbot, window):
    intake = window.work.new_case()
    qtbot.waitExposed(intake)
    intake.display_name.setText("Noor")
    assert "date_of_birth" not in intake.values()
    intake.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    saved = {c.display_name: c for c in window.session.store.list_cases()}["Noor"]
    assert saved.date_of_birth is None


def test_shell_agenda_lists_sections_and_opens_case(qtbot, window):
    model = window.agenda.model
    sections = [model.item(r).section for r in range(model.rowCount()) if model.item(r)]
    assert OVERDUE in sections and UPCOMING in sections
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert any("File I-914" in t and NAME in t for t in titles)
    row = next(r for r, t in enumerate(titles) if "File I-914" in t)
    with qtbot.waitSignal(window.agenda.item_activated) as blocker:
        window.agenda.view.activated.emit(model.index(row, 0))
    assert blocker.args[0] == 1
    assert window.work.workspace.case_id == 1
    assert CONFLICT  # conflicts are listed when the engine finds any (see test_agenda_dock)


def test_shell_lock_locks_the_real_vault(qtbot, window):
    vault = window.session.vault
    window.lock()
    assert vault.locked
    with pytest.raises(VaultLocked):
        vault.store.list_cases()
    assert page_name(window) == "locked"


def test_shell_unlock_real_vault_wrong_then_right(qtbot, vault_path, recent):
    from ui.main_window import MainWindow

    win = MainWindow(str(vault_path), recent=recent, today=lambda: TODAY)
    qtbot.addWidget(win)
    unlock = win.unlock
    unlock.user.setText(ANA)
    unlock.passphrase.setText("wrong passphrase here")
    with qtbot.waitSignal(unlock.failed, timeout=10_000):
        unlock.button.click()
    assert "Wrong user name or passphrase" in unlock.message.text()
    unlock.passphrase.setText(ANA_PASSPHRASE)
    with qtbot.waitSignal(unlock.unlocked, timeout=10_000):
        unlock.button.click()
    assert page_name(win) == "work"
    assert recent.paths() == [str(vault_path.resolve())]
    win.lock()
    win.lock_manager.shutdown()


def test_shell_workspace_builds_tabs_when_first_shown(qtbot, window):
    workspace = window.work.open_case(1)
    assert [type(t).__name__ for t in workspace.built_tabs()] == ["OverviewTab"]
    workspace.setCurrentIndex(2)
    assert len(workspace.built_tabs()) == 2 and workspace.widget(2).widget() is workspace.tab(2)
    assert len(workspace.tabs) == len(TABS) == len(workspace.built_tabs())
    window.lock()
    assert window.work.workspace is None
