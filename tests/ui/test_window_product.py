"""The window as a product: layout at 1366×768, the case header, menus, toolbar and status
bar from one table, Help → Keyboard shortcuts…, context kept across lock, keyboard journey."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from models.records import Category, EventKind
from tests.ui.conftest import CANARY, TODAY
from tests.ui.test_lock_manager import assert_locked_clean, holders_of
from ui.case_workspace import GROUPS, TABS
from ui.main_window import page_name
from ui.shortcuts_dialog import ShortcutsDialog
from ui.window_actions import GROUP_KEYS, SHORTCUTS, shortcuts_markdown
from workbench.operations import dates

README = Path(__file__).resolve().parents[2] / "README.md"


def _canary_id(shell) -> int:
    return next(c.id for c in shell.session.store.list_cases() if c.display_name == CANARY)


def _open(shell, qtbot, size=(1366, 768)):
    shell.resize(*size)
    qtbot.waitUntil(lambda: shell.width() == size[0], timeout=2000)
    workspace = shell.work.open_case(_canary_id(shell))
    QApplication.processEvents()
    return workspace


def _unlock_again(shell, qtbot, passphrase="advocate passphrase 2026"):
    from tests.vault_fixtures import ANA_PASSPHRASE

    screen = shell.lock_screen
    screen.passphrase.setText(ANA_PASSPHRASE)
    with qtbot.waitSignal(screen.unlocked, timeout=10_000):
        screen.button.click()
    qtbot.waitUntil(lambda: not shell.is_loading(), timeout=10_000)


# -- 1. layout -----------------------------------------------------------------------------
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_window_product_layout_fits_without_scrolling_sideways(qtbot, shell, size):
    shell.resize(*size)
    qtbot.waitUntil(lambda: shell.width() == size[0], timeout=2000)
    table = shell.work.caseload.table
    bar_hidden = lambda: not table.horizontalScrollBar().isVisible()  # noqa: E731
    qtbot.waitUntil(bar_hidden, timeout=2000)  # no case open: every column fits
    assert shell.work.empty.isVisible() and not shell.work.right_side.isVisible()
    workspace = _open(shell, qtbot, size)
    assert shell.work.caseload.compact
    shown = [c for c in range(table.model().columnCount()) if not table.isColumnHidden(c)]
    assert shown == [0, 2]  # name and next date
    qtbot.waitUntil(bar_hidden, timeout=2000)
    assert table.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert shell.work.splitter.sizes()[0] < 400  # the case gets the room
    row = view_row = table.model().index(0, 0)
    assert " overdue · " in row.data(Qt.ItemDataRole.ToolTipRole)  # hidden columns, in words
    assert view_row.data(Qt.ItemDataRole.ToolTipRole).startswith("C-")
    bar = workspace.tabBar()
    assert bar.count() == len(GROUPS) <= 6
    assert bar.width() >= bar.sizeHint().width()  # every group tab shows: no scroll arrows
    assert all(bar.tabRect(i).right() <= bar.width() for i in range(bar.count()))


def test_window_product_every_page_reachable_through_its_group(qtbot, shell):
    workspace = _open(shell, qtbot)
    assert sorted(i for _t, pages in GROUPS for i in pages) == list(range(len(TABS)))
    for index in range(workspace.count()):
        workspace.setCurrentIndex(index)
        assert workspace.currentIndex() == index and workspace.widget(index).isVisible()


def test_window_product_caseload_expands_and_is_remembered_between_cases(qtbot, shell):
    _open(shell, qtbot)
    view = shell.work.caseload
    view.expand_button.click()
    assert not view.compact and shell.chrome.actions["expand_caseload"].isChecked()
    assert not any(view.table.isColumnHidden(c) for c in range(6))
    other = next(c.id for c in shell.session.store.list_cases() if c.display_name == "Lin")
    shell.work.open_case(other)
    assert not view.compact  # kept (in memory) while the workbench stays open
    shell.chrome.actions["expand_caseload"].trigger()
    assert view.compact and not view.expand_button.isChecked()


# -- 2. the case header -------------------------------------------------------------------
def test_window_product_header_shows_the_case_and_is_empty_after_lock(qtbot, shell):
    _open(shell, qtbot)
    header = shell.work.header
    qtbot.waitUntil(lambda: "Overdue" in header.texts()["overdue"], timeout=2000)
    texts = header.texts()
    assert texts["name"] == CANARY and header.isVisible()
    assert "pl" in texts["languages"] and "no interpreter needed" in texts["languages"]
    assert texts["next_date"] == "Next date: 2026-05-07"
    assert texts["overdue"] == "Overdue: 0" and texts["conflicts"].startswith("Open conflicts: ")
    assert "Safe contact" in texts["safe_contact"]
    shell.lock()
    assert header.isHidden() and not any(header.texts().values())
    assert holders_of(CANARY) == []


def test_window_product_header_refreshes_when_the_case_changes(qtbot, shell):
    _open(shell, qtbot)
    header = shell.work.header
    done = dates.add_event(shell.session, case_id=_canary_id(shell),
                           kind=EventKind.LEGAL_DEADLINE, title="Earlier deadline",
                           category=Category.IMMIGRATION, due=TODAY)
    from ui.operation_signals import announce

    announce(shell.session, done, None, "Deadline saved.")
    qtbot.waitUntil(lambda: header.texts()["next_date"] == "Next date: 2026-05-04",
                    timeout=5000)


# -- 3. menus, toolbar, status bar --------------------------------------------------------
def test_window_product_every_menu_action_has_a_listed_shortcut(qtbot, shell):
    listed = {QKeySequence(s.shortcut).toString() for s in SHORTCUTS}
    menus = [a.menu() for a in shell.menuBar().actions() if isinstance(a.menu(), QMenu)]
    assert [m.title().replace("&", "") for m in menus] == ["File", "Case", "View", "Help"]
    actions = [a for m in menus for a in m.actions() if not a.isSeparator() and a.menu() is None]
    assert len(actions) == len(SHORTCUTS)
    for action in actions:
        assert action.shortcut().toString() in listed, action.text()
    keys = [s.shortcut for s in SHORTCUTS]
    assert len(keys) == len(set(keys))  # no key does two things
    assert shell.chrome.actions["lock"].shortcut().toString() == "Ctrl+L"
    toolbar = [a.objectName() for a in shell.chrome.toolbar.actions() if a.objectName()]
    assert "action_new_case" in toolbar and "action_lock" in toolbar


def test_window_product_each_menu_underlines_a_letter_once(qtbot, shell):
    def letter(text: str) -> str:
        found = re.search(r"&([^&])", text.replace("&&", ""))
        assert found is not None, f"{text!r} has no underlined letter"
        return found.group(1).lower()

    titles = [letter(a.text()) for a in shell.menuBar().actions()]
    assert len(titles) == len(set(titles))
    for name, menu in shell.chrome.menus.items():
        letters = [letter(a.text()) for a in menu.actions() if not a.isSeparator()]
        assert len(letters) == len(set(letters)), (name, letters)  # a repeat only cycles


def test_window_product_case_actions_follow_the_role_policy(qtbot, shell, clinician_vault):
    actions = shell.chrome.actions
    assert not actions["add_hearing"].isEnabled()  # no case open yet
    assert actions["add_hearing"].statusTip() == "Open a case first."
    _open(shell, qtbot)
    assert actions["add_hearing"].isEnabled() and actions["new_packet"].isEnabled()
    shell.lock()
    assert not actions["new_case"].isEnabled() and not actions["users"].isEnabled()
    from ui.main_window import MainWindow

    clin = MainWindow(str(clinician_vault.path), idle_ms=60_000, today=lambda: TODAY)
    qtbot.addWidget(clin)
    clin.set_vault(clinician_vault)
    qtbot.waitUntil(lambda: not clin.is_loading(), timeout=10_000)
    clin.work.open_case(clin.work.caseload.model.summary(0).case.id)
    hearing = clin.chrome.actions["add_hearing"]
    assert not hearing.isEnabled() and "clinician" in hearing.statusTip()
    button = clin.work.workspace.tab(1).add_hearing
    assert button.isEnabled() == hearing.isEnabled()
    assert clin.chrome.actions["add_appointment"].isEnabled()
    clin.lock_manager.shutdown()


def test_window_product_case_action_presses_the_pages_button(qtbot, shell):
    workspace = _open(shell, qtbot)
    shell.chrome.actions["add_deadline"].trigger()
    assert workspace.currentIndex() == 1
    dialog = workspace.tab(1).dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    shell.chrome.actions["record_consent"].trigger()
    assert workspace.currentIndex() == 4 and workspace.tab(4).dialog.isVisible()
    workspace.tab(4).dialog.reject()


def test_window_product_status_bar_confirms_a_save_with_the_case_ref(qtbot, shell):
    _open(shell, qtbot)
    case_id = _canary_id(shell)
    ref = shell.session.store.get_case(case_id).ref
    done = dates.add_event(shell.session, case_id=case_id, kind=EventKind.LEGAL_DEADLINE,
                           title="Secret clinical title", category=Category.IMMIGRATION,
                           due=TODAY)
    from ui.operation_signals import announce

    announce(shell.session, done, None, "Deadline saved.")
    message = shell.statusBar().currentMessage()
    assert message == f"Deadline saved — {ref}"
    assert "Secret" not in message and CANARY not in message
    shell.lock()
    assert shell.statusBar().currentMessage() == ""


def test_window_product_status_bar_names_a_new_cases_ref(qtbot, shell):
    shell.chrome.actions["new_case"].trigger()
    intake = shell.work.intake
    assert intake is not None and intake.isVisible()
    intake.display_name.setText("Noor")
    from PySide6.QtWidgets import QDialogButtonBox

    intake.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    ref = next(c.ref for c in shell.session.store.list_cases() if c.display_name == "Noor")
    assert shell.statusBar().currentMessage() == f"Case opened — {ref}"
    assert "Noor" not in shell.statusBar().currentMessage()


def test_window_product_agenda_closes_and_reopens_from_view(qtbot, shell):
    agenda, action = shell.agenda, shell.chrome.actions["agenda"]
    assert agenda.isVisible() and action.isChecked()
    agenda.close()
    assert not action.isChecked()
    action.trigger()
    assert agenda.isVisible() and action.isChecked()


# -- 4. keyboard shortcuts dialog and README ----------------------------------------------
def test_window_product_shortcuts_dialog_lists_the_table_and_the_lock_closes_it(qtbot, shell):
    shell.chrome.actions["shortcuts"].trigger()
    dialog = shell.shortcuts_dialog
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # open(), not exec()
    rows = dialog.rows()
    for spec in SHORTCUTS:
        assert (spec.menu, spec.label(), QKeySequence(spec.shortcut).toString()) in rows
    shell.lock()
    assert not dialog.isVisible()
    assert_locked_clean(shell)


def test_window_product_readme_lists_every_shortcut():
    text = README.read_text("utf-8")
    assert "## Keyboard shortcuts" in text
    assert shortcuts_markdown() in text, "regenerate: python -m ui.window_actions"


# -- 5. context kept ------------------------------------------------------------------------
def test_window_product_lock_and_unlock_return_to_the_same_case_and_page(qtbot, shell):
    workspace = _open(shell, qtbot)
    workspace.setCurrentIndex(5)  # Documents, inside "Consent & documents"
    case_id = workspace.case_id
    shell.lock()
    assert_locked_clean(shell)
    assert holders_of(CANARY) == []
    _unlock_again(shell, qtbot)
    qtbot.waitUntil(lambda: shell.work.workspace is not None, timeout=5000)
    assert shell.work.workspace.case_id == case_id
    assert shell.work.workspace.currentIndex() == 5
    assert shell.work.header.texts()["name"] == CANARY


def test_window_product_each_case_keeps_its_last_page(qtbot, shell):
    workspace = _open(shell, qtbot)
    workspace.setCurrentIndex(3)
    other = next(c.id for c in shell.session.store.list_cases() if c.display_name == "Lin")
    shell.work.open_case(other).setCurrentIndex(8)
    assert shell.work.open_case(_canary_id(shell)).currentIndex() == 3
    assert shell.work.open_case(other).currentIndex() == 8


# -- keyboard-only journey ------------------------------------------------------------------
def test_window_product_keyboard_journey(qtbot, shell):
    shell.resize(1366, 768)
    shell.activateWindow()
    view = shell.work.caseload
    qtbot.keyClick(shell, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus() or QApplication.focusWidget() is view.search
    qtbot.keyClicks(view.search, "Zofia")
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    workspace = shell.work.workspace
    assert workspace is not None and workspace.case_id == _canary_id(shell)
    for group, key in enumerate(GROUP_KEYS):
        qtbot.keyClick(QApplication.focusWidget() or shell, Qt.Key(Qt.Key.Key_1 + group),
                       Qt.KeyboardModifier.ControlModifier)
        assert workspace.current_group() == group, key
    qtbot.keyClick(workspace.tabBar(), Qt.Key.Key_Left)
    assert workspace.current_group() == len(GROUPS) - 2
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(shell.is_locked, timeout=2000)
    assert page_name(shell) == "locked"
    screen = shell.lock_screen
    from tests.vault_fixtures import ANA_PASSPHRASE

    qtbot.keyClicks(screen.passphrase, ANA_PASSPHRASE)
    with qtbot.waitSignal(screen.unlocked, timeout=10_000):
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.work.workspace is not None, timeout=10_000)
    assert shell.work.workspace.current_group() == len(GROUPS) - 2
