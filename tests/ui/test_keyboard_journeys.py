"""Keyboard-only journeys on the demo vault's main window (keys to the focused widget and the
window's shortcuts only; state is read, never driven), and the Consent tab's table at 1366×768
(every column fits: no horizontal scrollbar)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import DEMO_PASSPHRASE, DEMO_TODAY, Opener
from ui.consent_table import HOW
from workbench.operations.context import Context


@pytest.fixture
def demo_window(qtbot, demo_template: Path, tmp_path: Path, recent):
    """The main window over a private copy of the demo vault, unlocked as ana, at 1366×768."""
    from ui.main_window import MainWindow

    path = tmp_path / "demo"
    shutil.copytree(demo_template, path)
    opener = Opener()
    vault = opener(str(path), "ana", DEMO_PASSPHRASE)
    window = MainWindow(str(path), recent=recent, open_fn=opener, idle_ms=600_000,
                        today=lambda: DEMO_TODAY)
    qtbot.addWidget(window)
    window.set_vault(vault)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.width() == 1366, timeout=2000)
    window.opener = opener
    yield window
    window.lock_manager.shutdown()
    for opened in opener.opened:
        opened.lock()


def _consent_table(qtbot, window, ref: str):
    case = window.session.store.get_case_by_ref(ref)
    workspace = window.work.open_case(case.id)
    QApplication.processEvents()
    workspace.setCurrentIndex(4)  # Consent
    table = workspace.tab(4).table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0, timeout=5000)
    qtbot.wait(100)  # let the deferred layouts settle
    return table


def _fits(table) -> bool:
    header = table.horizontalHeader()
    right = header.sectionPosition(HOW) + header.sectionSize(HOW)
    return not table.horizontalScrollBar().isVisible() and right <= table.viewport().width()


def test_consent_table_fits_at_1366_without_scrolling_sideways(qtbot, demo_window):
    assert _fits(_consent_table(qtbot, demo_window, "C-0001"))


# -- one keyboard-only journey ---------------------------------------------------------------
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _focused():
    return QApplication.focusWidget()


def _key(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key to whatever has the keyboard focus (as a person's keyboard would)."""
    qtbot.keyClick(_focused(), key, modifiers)


def _tab_to(qtbot, target, limit: int = 60) -> None:
    """Press Tab until ``target`` (or its focus proxy's widget) has the focus."""
    for _ in range(limit):
        focused = _focused()
        if focused is target or (focused is not None and target.isAncestorOf(focused)):
            return
        _key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"{target.accessibleName() or target!r} cannot be reached with Tab")


def _modal(qtbot, kind):
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind)
                    or isinstance(_focused() and _focused().window(), kind), timeout=5000)
    found = QApplication.activeModalWidget()
    found = found if isinstance(found, kind) else _focused().window()
    # the offscreen platform has no window manager to activate a new window, as a desktop's
    # does when a dialog opens: stand in for it (no widget of the dialog is touched)
    found.activateWindow()
    qtbot.waitUntil(found.isActiveWindow, timeout=2000)
    return found


def _closed(qtbot, dialog, window) -> None:
    """Wait until ``dialog`` is gone and the window has the keyboard again (activated as a
    desktop's window manager does when a dialog closes; offscreen has none)."""
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow() and _focused() is not None, timeout=2000)


def test_keyboard_journey_case_appointment_trigger_packet_lock(qtbot, demo_window, tmp_path):
    from ui.editors.appointment_dialog import AppointmentDialog
    from ui.editors.trigger_dialog import TriggerDialog
    from ui.packet_dialog import PacketDialog

    window = demo_window
    window.activateWindow()
    store = window.session.store
    case = store.get_case_by_ref("C-0001")
    # 1. open the case from the caseload: Ctrl+F, type, Down, Enter
    _key(qtbot, Qt.Key.Key_F, CTRL)
    assert _focused() is window.work.caseload.search
    qtbot.keyClicks(_focused(), "Hern")  # María José Hernández Ruíz
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.work.workspace is not None, timeout=5000)
    assert window.work.workspace.case_id == case.id
    # 2. a weekly appointment, 8 times
    before = {e.id for e in store.list_events(case_id=case.id)}
    _key(qtbot, Qt.Key.Key_A, CTRL | SHIFT)
    dialog = _modal(qtbot, AppointmentDialog)
    _tab_to(qtbot, dialog.title_edit)
    qtbot.keyClicks(_focused(), "Weekly counselling")
    _tab_to(qtbot, dialog.repeat)
    _key(qtbot, Qt.Key.Key_Down)  # Daily
    _key(qtbot, Qt.Key.Key_Down)  # Weekly
    assert dialog.repeat.currentData() == "WEEKLY"
    thursday = dialog.weekday_boxes[3]
    _tab_to(qtbot, thursday)
    if not thursday.isChecked():
        _key(qtbot, Qt.Key.Key_Space)
    assert thursday.isChecked()
    _tab_to(qtbot, dialog.ends)
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Down)  # After a number of times
    _tab_to(qtbot, dialog.count)
    _key(qtbot, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(_focused(), "8")
    assert dialog.count.value() == 8
    _key(qtbot, Qt.Key.Key_Return)
    _closed(qtbot, dialog, window)
    [added] = [e for e in store.list_events(case_id=case.id) if e.id not in before]
    assert added.title == "Weekly counselling" and "FREQ=WEEKLY" in added.rrule
    assert "COUNT=8" in added.rrule and "TH" in added.rrule
    # 3. a trigger: the picker's search, Enter on the first match, the date, Enter to save
    triggers_before = len(store.list_triggers(case.id))
    _key(qtbot, Qt.Key.Key_T, CTRL | SHIFT)
    dialog = _modal(qtbot, TriggerDialog)
    _tab_to(qtbot, dialog.rule.search)
    qtbot.keyClicks(_focused(), "BIA")
    _key(qtbot, Qt.Key.Key_Return)
    chosen = dialog.rule.rule_id()
    assert chosen is not None
    _tab_to(qtbot, dialog.occurred)
    _key(qtbot, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(_focused(), "2026-11-20")
    _key(qtbot, Qt.Key.Key_Return)
    _closed(qtbot, dialog, window)
    triggers = store.list_triggers(case.id)
    assert len(triggers) == triggers_before + 1
    [new] = [t for t in triggers if t.rule_id == chosen and t.occurred == date(2026, 11, 20)]
    # 4. a packet into a folder typed in the builder, Generate by its mnemonic
    folder = tmp_path / "packets"
    folder.mkdir()
    disclosures_before = len(store.list_disclosures(case.id))
    _key(qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    builder = _modal(qtbot, PacketDialog)
    _tab_to(qtbot, builder.folder)
    _key(qtbot, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(_focused(), str(folder))
    assert builder.generate_button.isEnabled(), builder.message.text()
    _key(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: builder.outcome is not None, timeout=30_000)
    assert builder.outcome.path.parent == folder and builder.outcome.path.exists()
    assert len(store.list_disclosures(case.id)) == disclosures_before + 1
    _key(qtbot, Qt.Key.Key_Escape)
    _closed(qtbot, builder, window)
    # 5. lock, then unlock by typing the passphrase
    _key(qtbot, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(window.is_locked, timeout=5000)
    screen = window.lock_screen
    qtbot.waitUntil(lambda: _focused() is screen.passphrase, timeout=5000)
    qtbot.keyClicks(_focused(), DEMO_PASSPHRASE)
    with qtbot.waitSignal(screen.unlocked, timeout=10_000):
        _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.work.workspace is not None, timeout=10_000)
    assert window.work.workspace.case_id == case.id
    # what was written stays written: a fresh Context over the same vault sees it
    fresh = Context(window.session.vault, today=lambda: DEMO_TODAY)
    assert any(t.id == new.id for t in fresh.store.list_triggers(case.id))
    assert any(e.id == added.id for e in fresh.store.list_events(case_id=case.id))
    assert len(fresh.store.list_disclosures(case.id)) == disclosures_before + 1


def test_consent_table_fits_at_1366_after_1920(qtbot, demo_window):
    # the order the screenshot script takes: shown wide, left, shrunk, shown again
    window = demo_window
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.width() == 1920, timeout=2000)
    table = _consent_table(qtbot, window, "C-0001")
    assert _fits(table)
    window.work.workspace.setCurrentIndex(1)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366, timeout=2000)
    qtbot.wait(100)
    window.work.workspace.setCurrentIndex(4)
    qtbot.wait(100)
    assert _fits(table)


def _fits_all(table) -> bool:
    header = table.horizontalHeader()
    last = table.model().columnCount() - 1
    right = header.sectionPosition(last) + header.sectionSize(last)
    return not table.horizontalScrollBar().isVisible() and right <= table.viewport().width()


@pytest.mark.parametrize("first_width", [1366, 1920])
def test_legal_page_tables_fit_at_1366_without_scrolling_sideways(qtbot, demo_window,
                                                                  first_width):
    from ui.matters_tab import TRIGGER_FLEX

    window = demo_window
    window.resize(first_width, 768 if first_width == 1366 else 1080)
    qtbot.waitUntil(lambda: window.width() == first_width, timeout=2000)
    case = window.session.store.get_case_by_ref("C-0001")
    workspace = window.work.open_case(case.id)
    workspace.setCurrentIndex(3)  # Legal: matters and triggers
    legal = workspace.tab(3)
    qtbot.waitUntil(lambda: legal.table.isVisible() and legal.model.rowCount() > 0,
                    timeout=5000)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366, timeout=2000)
    qtbot.wait(100)
    unfitted = sum(legal.table.sizeHintForColumn(c) for c in range(legal.model.columnCount()))
    assert unfitted > legal.table.viewport().width()  # positive control: it would scroll
    assert _fits_all(legal.table)
    assert _fits_all(legal.matters_table)
    for column in TRIGGER_FLEX:  # wrapped, not cut to nothing
        assert legal.table.columnWidth(column) >= 96
