"""Issue 4 "Done when", in the GUI alone: pytest-qt drives the real widgets (never exec()).

Create a vault with the wizard, add a case through intake, a recurring appointment, a hearing,
a matter and a trigger whose computed deadlines are previewed, see them on one timeline with
the conflict explained, record consent, lock with Ctrl+L (an unsaved form open) and unlock.
The vault is then reopened through the test seam ``workbench.app.build_main_window``.
"""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
    QWizard,
)

from models.records import Category, EventKind, MatterKind, Role
from tests.vault_fixtures import KDF_PROFILE
from ui.consent_tab import ConsentTab
from ui.editors.appointment_dialog import AppointmentDialog
from ui.editors.legal_dialogs import HearingDialog
from ui.editors.matter_dialogs import MatterDialog
from ui.editors.trigger_dialog import TriggerDialog
from ui.main_window import TITLE, TITLE_LOCKED, MainWindow, page_name
from ui.matters_tab import MattersTab
from ui.timeline_entries import to_days
from ui.timeline_tab import TimelineTab
from workbench.app import build_main_window

TODAY = date(2026, 5, 4)  # a Monday
NAME = "Amara Ñandú-Canary"
USER, PASSPHRASE = "dina", "violet anchor meadow 77"


def _fast_create(path, user, role, passphrase):
    from models.vault import create_vault

    return create_vault(path, user=user, role=role, passphrase=passphrase, kdf_profile=KDF_PROFILE)


def _click(parent: QWidget, name: str) -> None:
    """Click the button whose accessible name is ``name`` (as a screen-reader user would)."""
    [button] = [b for b in parent.findChildren(QAbstractButton) if b.accessibleName() == name]
    button.click()


def _tab(window: MainWindow, cls: type) -> QWidget:
    workspace = window.work.workspace
    tab = next(t for t in workspace.tabs if isinstance(t, cls))
    workspace.setCurrentIndex(workspace.tabs.index(tab))
    qtbot_wait_idle(tab)  # a save elsewhere may still be reloading it in the background
    return tab


def qtbot_wait_idle(tab: QWidget, timeout_s: float = 10.0) -> None:
    """Let every background reload of ``tab`` (and its parts) land."""
    import time

    from PySide6.QtCore import QCoreApplication

    from ui.live_view import LiveView

    deadline = time.monotonic() + timeout_s
    while any(v.is_busy() for v in tab.findChildren(LiveView)) and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.002)


def _texts(window: MainWindow) -> str:
    parts = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QLineEdit)]
    parts += [w.toPlainText() for w in window.findChildren(QPlainTextEdit)]
    return "\n".join(parts)


def _create_vault(qtbot, window: MainWindow, target) -> None:
    wizard = window.show_wizard()
    wizard.location.folder.setText(str(target))
    wizard.location.user.setText(USER)
    wizard.location.role.setCurrentIndex(wizard.location.role.findData(Role.ADVOCATE))
    wizard.next()
    wizard.passphrase.passphrase.setText(PASSPHRASE)
    wizard.passphrase.confirm.setText(PASSPHRASE)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery, timeout=20_000)
    assert len(wizard.recovery.code.text()) >= 16
    wizard.recovery.stored.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert page_name(window) == "work" and window.session.user.name == USER


def _add_case(window: MainWindow) -> int:
    intake = window.work.new_case()
    intake.display_name.setText(NAME)
    intake.jurisdiction.setCurrentText("CA")
    intake.interpreter.setText("Tigrinya")
    intake.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    [case] = window.session.store.list_cases()
    assert window.work.workspace.case_id == case.id and case.jurisdiction == "CA"
    return case.id


def _add_appointment_and_hearing(timeline: TimelineTab) -> None:
    _click(timeline, "Add appointment…")
    appt = timeline.dialog
    assert isinstance(appt, AppointmentDialog) and appt.zone.currentText() == "America/Los_Angeles"
    appt.kind.setCurrentIndex(appt.kind.findData(EventKind.SERVICE_APPOINTMENT))
    appt.category.setCurrentIndex(appt.category.findData(Category.HOUSING_BENEFITS))
    appt.title_edit.setText("Caseworker check-in")
    appt.day.line.setText("2026-05-06")
    appt.start_time.setText("11:30")
    appt.end_time.setText("12:20")
    appt.repeat.setCurrentIndex(appt.repeat.findData("WEEKLY"))
    appt.count.setValue(6)
    appt.interpreter_needed.setChecked(True)
    appt.interpreter_booked.setChecked(True)
    appt.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert appt.saved.rrule == "FREQ=WEEKLY;INTERVAL=1;COUNT=6"
    _click(timeline, "Add hearing…")
    hearing = timeline.dialog
    assert isinstance(hearing, HearingDialog)
    hearing.title_edit.setText("Master calendar hearing")
    hearing.day.line.setText("2026-05-13")  # a Wednesday: the check-in is that day too
    hearing.start_time.setText("09:00")
    hearing.end_time.setText("10:30")
    hearing.location.setText("Immigration Court, courtroom 3")
    hearing.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert hearing.saved.kind == EventKind.COURT_HEARING


def _add_matter_and_trigger(qtbot, matters: MattersTab) -> None:
    _click(matters, "Add matter…")
    matter = matters.dialog
    assert isinstance(matter, MatterDialog)
    matter.kind.setCurrentIndex(matter.kind.findData(MatterKind.IMMIGRATION))
    matter.title_edit.setText("Removal proceedings")
    matter.court.setText("EOIR San Francisco")
    with qtbot.waitSignal(matters.live.reloaded, timeout=10_000):  # reloads off the UI thread
        matter.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert matters.matters.rowCount() == 1
    _click(matters, "Add trigger…")
    trigger = matters.dialog
    assert isinstance(trigger, TriggerDialog)
    trigger.rule.set_rule("B-EOIR-BIA-APPEAL")
    trigger.occurred.line.setText("2026-05-04")
    trigger.matter.setCurrentIndex(1)
    trigger.update_preview()  # the preview is live; the steps sit behind a toggle
    _click(trigger, "Show the arithmetic")
    assert "Appeal to the BIA" in trigger.summary.text() or "BIA" in trigger.summary.text()
    preview = trigger.preview.toPlainText()
    assert "EOIR-26 received by the BIA: 2026-06-03" in preview
    assert "30 calendar days after = 2026-06-03" in preview and "Sources: 8 CFR 1003.38" in preview
    with qtbot.waitSignal(matters.live.reloaded, timeout=10_000):
        trigger.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert matters.model.rowCount() == 1
    assert "Trigger saved" in matters.window().work.notice.text()  # the confirmation


def _check_timeline(qtbot, timeline: TimelineTab) -> None:
    entries = {e.key: e for e in timeline.view.entries()}
    series = [e for e in entries.values() if e.title == "Caseworker check-in"]
    assert len(series) == 6 and all("@" in e.key for e in series)
    [hearing] = [e for e in entries.values() if e.title == "Master calendar hearing"]
    [deadline] = [e for e in entries.values() if e.title == "EOIR-26 received by the BIA"]
    assert deadline.day == date(2026, 6, 3) and deadline.rule == "B-EOIR-BIA-APPEAL"
    clash = next(e for e in series if e.day == date(2026, 5, 13))
    travel = "is 1 h 00 min from the court hearing at 09:00"
    assert any(travel in r for r in clash.conflicts) and any(travel in r for r in hearing.conflicts)
    assert not any(e.conflicts for e in series if e is not clash)
    timeline.view.center_on(to_days(date(2026, 5, 20)))
    timeline.view.grab()  # painted: every entry of the visible month is drawn
    assert timeline.view.painted_count() >= 7
    assert timeline.view.entry_at(timeline.view.entry_point(clash.key)) >= 0
    timeline.view.setFocus()
    assert timeline.view.focus_key(clash.key)
    assert "allow at least 2 h 00 min for travel" in timeline.details.text()
    assert timeline.view.focus_key(deadline.key)
    assert "Why this date — rule B-EOIR-BIA-APPEAL" in timeline.details.text()


def _record_consent(qtbot, consent: ConsentTab) -> None:
    _click(consent, "Record consent…")
    dlg = consent.dialog
    _click(dlg, "New recipient")  # the recipient becomes a contact, added inline
    qtbot.keyClicks(dlg.picker.new_name, "Immigration attorney")
    qtbot.keyClick(dlg.picker.new_name, Qt.Key.Key_Return)
    dlg.purpose.setText("T visa application")
    dlg.categories.boxes[Category.IMMIGRATION].setChecked(True)
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    with qtbot.waitSignal(consent.live.reloaded, timeout=10_000):
        dlg.question.button(QMessageBox.StandardButton.Yes).click()  # restates the consent
    assert consent.model.rowCount() == 1
    assert consent.table.model().index(0, 0).data() == "● Active"


def _lock_with_unsaved_form_and_unlock(qtbot, window: MainWindow, case_id: int) -> None:
    timeline = _tab(window, TimelineTab)
    _click(timeline, "Add appointment…")
    form = timeline.dialog
    qtbot.waitExposed(form)
    form.title_edit.setFocus()
    qtbot.keyClicks(form.title_edit, "half-typed")
    vault = window.session.vault
    qtbot.keyClick(form.title_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.is_locked, timeout=5000)
    assert vault.locked and window.windowTitle() == TITLE_LOCKED
    # the form went with the workspace, or at least was closed and wiped
    assert not shiboken6.isValid(form) or (not form.isVisible() and not form.title_edit.text())
    assert NAME not in _texts(window) and window.work.workspace is None
    lock = window.lock_screen
    assert lock.user.text() == USER
    lock.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(lock.unlocked, timeout=20_000):
        lock.button.click()
    assert page_name(window) == "work" and window.windowTitle() == TITLE
    assert "discarded" in window.work.notice.text()
    window.work.open_case(case_id)
    titles = {e.title for e in _tab(window, TimelineTab).view.entries()}
    assert {"Caseworker check-in", "Master calendar hearing"} <= titles


def test_journey_done_when_in_the_gui_alone(qtbot, tmp_path, recent):
    window = MainWindow(None, recent=recent, create_fn=_fast_create, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    target = tmp_path / "vault"
    _create_vault(qtbot, window, target)
    case_id = _add_case(window)
    _add_appointment_and_hearing(_tab(window, TimelineTab))
    _add_matter_and_trigger(qtbot, _tab(window, MattersTab))
    _check_timeline(qtbot, _tab(window, TimelineTab))
    _record_consent(qtbot, _tab(window, ConsentTab))
    _lock_with_unsaved_form_and_unlock(qtbot, window, case_id)
    window.lock()
    window.lock_manager.shutdown()
    # the same vault through the test seam: everything above was stored, conflict counted
    again = build_main_window(target, USER, PASSPHRASE, recent=recent, today=lambda: TODAY)
    qtbot.addWidget(again)
    try:
        model = again.work.caseload.model
        qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)  # loads off the UI thread
        assert model.index(0, 0).data() == NAME
        assert int(model.index(0, 4).data()) >= 1  # open conflicts
        assert len(again.session.store.list_consents(case_id)) == 1
    finally:
        again.lock()
        again.lock_manager.shutdown()
