"""The Consent tab as a product: status in words for every state, recipients picked from the
contacts and the ledger (a new one added inline becomes a contact), validation with clear
messages, and confirmations that restate the consent with Cancel as default. Real vaults (the
demo and the UI template), real widgets, driven by keyboard where a person would."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QMessageBox

from models.errors import InvalidInput
from models.records import Category, ConsentStatus, ContactKind
from ui.consent_status import ConsentState
from ui.consent_tab import ConsentTab
from ui.consent_table import RECIPIENT, STATUS
from ui.editors.ledger_dialogs import ConsentDialog
from ui.lock_manager import close_all_dialogs
from ui.session import UiSession
from workbench.operations import care, cases, consent_contacts

COURT = "San Francisco Immigration Court"
YES, CANCEL = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel


@pytest.fixture
def session(vault):
    return UiSession(vault, today=lambda: date(2026, 5, 4))


@pytest.fixture
def every_state(session):
    """A case with one consent in each state on 2026-05-04."""
    today = session.today()
    case = cases.add_case(session, display_name="Test Client", jurisdiction="CA").value

    def consent(recipient, granted, **kw):
        return care.add_consent(session, case_id=case.id, recipient=recipient,
                                categories=[Category.IDENTITY], purpose="care",
                                granted=today + timedelta(days=granted), **kw).value

    consent("Active Agency", -10)
    consent("Expiring Agency", -10, expires=today + timedelta(days=12))
    consent("Expired Agency", -100, expires=today - timedelta(days=5))
    revoked = consent("Revoked Agency", -50)
    care.revoke_consent(session, consent_id=revoked.id, on=today - timedelta(days=3))
    consent("Future Agency", 7)
    return case


def _tab(qtbot, session, case) -> ConsentTab:
    tab = ConsentTab(session, case)
    qtbot.addWidget(tab)
    return tab


def _rows(tab: ConsentTab) -> dict[str, int]:
    proxy = tab.table.model()
    return {proxy.index(r, RECIPIENT).data(): r for r in range(proxy.rowCount())}


def test_consent_tab_status_is_first_and_in_words_for_every_state(qtbot, session, every_state):
    tab = _tab(qtbot, session, every_state)
    proxy = tab.table.model()
    assert proxy.headerData(STATUS, Qt.Orientation.Horizontal) == "Status"
    status = {name: proxy.index(row, STATUS).data() for name, row in _rows(tab).items()}
    assert status == {
        "Active Agency": "● Active",
        "Expiring Agency": "▲ Expires in 12 days (2026-05-16)",
        "Expired Agency": "■ Expired 2026-04-29",
        "Revoked Agency": "✕ Revoked 2026-05-01",
        "Future Agency": "◌ Not yet in force (from 2026-05-11)",
    }
    # most urgent first: expiring, active, not yet, expired, revoked
    order = [proxy.index(r, RECIPIENT).data() for r in range(proxy.rowCount())]
    assert order == ["Expiring Agency", "Active Agency", "Future Agency", "Expired Agency",
                     "Revoked Agency"]


def test_consent_tab_revoked_rows_are_greyed_and_slanted(qtbot, session, every_state):
    tab = _tab(qtbot, session, every_state)
    proxy, rows = tab.table.model(), _rows(tab)
    revoked, active = rows["Revoked Agency"], rows["Active Agency"]
    grey = proxy.index(revoked, RECIPIENT).data(Qt.ItemDataRole.ForegroundRole)
    assert grey is not None and grey.name() == "#6b6b6b"
    assert isinstance(proxy.index(revoked, RECIPIENT).data(Qt.ItemDataRole.FontRole), QFont)
    assert proxy.index(active, RECIPIENT).data(Qt.ItemDataRole.ForegroundRole) is None
    source = proxy.mapToSource(proxy.index(revoked, 0)).row()
    assert tab.model.state(source) is ConsentState.REVOKED


@pytest.mark.parametrize("width", [800, 1366])  # 800: what the workspace gives it at 1366 px
def test_consent_tab_columns_fit_at_1366(qtbot, session, every_state, width):
    tab = _tab(qtbot, session, every_state)
    tab.resize(width, 600)
    tab.show()
    qtbot.waitExposed(tab)
    last = tab.model.columnCount() - 1
    right = tab.table.columnViewportPosition(last) + tab.table.columnWidth(last)
    assert right <= tab.table.viewport().width()  # no column off-screen, no sideways scroll
    assert tab.table.columnViewportPosition(STATUS) == 0
    assert all(tab.table.columnWidth(c) >= 60 for c in range(last + 1))


def test_consent_recipients_are_contacts_hub_contacts_and_ledger_recipients(demo):
    case = demo.store.get_case_by_ref("C-0001")
    care.add_contact(demo, kind=ContactKind.COURT, name="Board of Immigration Appeals")
    names = [r.name for r in consent_contacts.recipients_for(demo, case_id=case.id)]
    active = sorted({c.recipient for c in demo.store.list_consents(case.id)
                     if c.status(demo.today()) is ConsentStatus.ACTIVE})
    assert {"Bay Legal Clinic", COURT} <= set(active)
    assert names[:len(active)] == active  # active consents first, by name
    assert {"Lucía Ferreira (Spanish)", "Board of Immigration Appeals"} <= set(names)
    other = demo.store.get_case_by_ref("C-0002")
    assert "Lucía Ferreira (Spanish)" not in [
        r.name for r in consent_contacts.recipients_for(demo, case_id=other.id)]


def test_consent_new_recipient_added_inline_becomes_a_contact_and_is_selected(qtbot, demo):
    case = demo.store.get_case_by_ref("C-0001")
    dialog = ConsentDialog(demo, case)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.picker.new_button, Qt.MouseButton.LeftButton)
    assert dialog.picker.panel.isVisible() and dialog.focusWidget() is dialog.picker.new_name
    qtbot.keyClicks(dialog.picker.new_name, "Alameda County Social Services")
    with qtbot.waitSignal(demo.signals.operation_executed):
        qtbot.keyClick(dialog.picker.new_name, Qt.Key.Key_Return)  # adds; does not press OK
    assert dialog.question is None and dialog.isVisible()
    assert dialog.recipient.text() == "Alameda County Social Services"
    assert not dialog.picker.panel.isVisible()
    contacts = demo.store.list_contacts(case.id)
    added = [c for c in contacts if c.name == "Alameda County Social Services"]
    assert len(added) == 1 and added[0].case_id == case.id and added[0].kind is ContactKind.COURT
    # the same name again is refused, next to the inline form
    dialog.picker.show_new_form()
    dialog.picker.new_name.setText("alameda county  social services")
    assert not dialog.picker.add_new()
    assert "already in the list" in dialog.picker.new_error.text()


def test_consent_form_says_what_is_wrong(qtbot, demo):
    case = demo.store.get_case_by_ref("C-0001")
    dialog = ConsentDialog(demo, case)
    qtbot.addWidget(dialog)
    dialog.granted.line.setText("2026-12-01")
    dialog.expires.line.setText("2026-11-01")
    dialog.accept()
    assert "Choose the recipient" in dialog.error_text("recipient")
    assert "purpose" in dialog.error_text("purpose")
    assert "at least one category" in dialog.error_text("categories")
    assert "before the grant date (2026-12-01)" in dialog.error_text("expires")
    dialog.recipient.setText("Somebody Typed")
    dialog.accept()
    assert "Somebody Typed is not in the list" in dialog.error_text("recipient")
    # an active consent already covering the same recipient, purpose and categories
    dialog.recipient.setText(COURT)
    dialog.purpose.setText("Court hearing")
    dialog.categories.boxes[Category.IDENTITY].setChecked(True)
    dialog.expires.line.setText("")
    dialog.accept()
    assert "already covers these categories" in dialog.error_text("categories")
    assert dialog.question is None and dialog.result() != QDialog.DialogCode.Accepted


def test_consent_record_asks_restating_it_then_confirms_in_the_notice(qtbot, demo):
    case = demo.store.get_case_by_ref("C-0001")
    before = len(demo.store.list_consents(case.id))
    dialog = ConsentDialog(demo, case)
    qtbot.addWidget(dialog)
    dialog.recipient.setText("Lucía Ferreira (Spanish)")
    dialog.purpose.setText("Interpretation")
    dialog.categories.boxes[Category.IDENTITY].setChecked(True)
    dialog.accept()
    box = dialog.question
    assert box is not None and box.isVisible()
    assert box.text() == ("Record the consent to Lucía Ferreira (Spanish) for Interpretation "
                          "(identity), granted 2026-12-01?")
    assert box.defaultButton() is box.button(CANCEL)
    with qtbot.waitSignal(demo.signals.confirmed) as said:
        box.button(YES).click()
    assert said.args == ["Consent recorded."]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(demo.store.list_consents(case.id)) == before + 1


def test_consent_revoke_asks_restating_it_and_cancel_changes_nothing(qtbot, demo):
    case = demo.store.get_case_by_ref("C-0001")
    tab = _tab(qtbot, demo, case)
    tab.show()
    qtbot.waitExposed(tab)
    tab.table.selectRow(_rows(tab)[COURT])
    dialog = tab.revoke_selected()
    assert isinstance(dialog, ConsentDialog) and "San Francisco" in dialog.about.text()
    dialog.accept()
    box = dialog.question
    assert box is not None and box.isVisible()
    assert box.text() == ("Revoke the consent to San Francisco Immigration Court for Court "
                          "hearing (identity, immigration), granted 2026-11-01?")
    assert box.defaultButton() is box.button(CANCEL)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter takes the default: Cancel
    assert not box.isVisible() and dialog.isVisible()
    assert all(c.revoked is None for c in demo.store.list_consents(case.id))
    # asked again and agreed: revoked, greyed in the table, confirmed in the notice area
    dialog.accept()
    with qtbot.waitSignal(tab.live.reloaded, timeout=10_000):
        with qtbot.waitSignal(demo.signals.confirmed) as said:
            dialog.question.button(YES).click()
    assert said.args == ["Consent revoked from 2026-12-01; packets no longer include what it "
                         "covered."]
    revoked = [c for c in demo.store.list_consents(case.id) if c.revoked is not None]
    assert [c.recipient for c in revoked] == [COURT]
    proxy = tab.table.model()
    assert proxy.index(_rows(tab)[COURT], STATUS).data() == "✕ Revoked 2026-12-01"


def test_consent_revoke_says_why_when_nothing_or_a_revoked_consent_is_selected(qtbot, demo):
    case = demo.store.get_case_by_ref("C-0002")  # has a revoked consent
    tab = _tab(qtbot, demo, case)
    assert tab.revoke_selected() is None
    assert "Select the consent to revoke" in tab.notice.text()
    tab.table.selectRow(_rows(tab)["Community Health Partners"])
    assert tab.revoke_selected() is None
    assert "already revoked on 2026-11-21" in tab.notice.text()


def test_consent_lock_closes_and_wipes_the_form_and_its_question(qtbot, demo):
    case = demo.store.get_case_by_ref("C-0001")
    dialog = ConsentDialog(demo, case)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.recipient.setText(COURT)
    dialog.purpose.setText("Another hearing")
    dialog.categories.boxes[Category.IDENTITY].setChecked(True)
    dialog.accept()
    box = dialog.question
    assert box is not None and box.isVisible()
    assert close_all_dialogs()  # unsaved input discarded
    assert not dialog.isVisible() and not box.isVisible()
    assert dialog.recipient.count() == 0 and dialog.recipient.text() == ""
    assert box.text() == "" and dialog.purpose.text() == ""


def test_consent_add_recipient_shared_with_the_hub_reaches_every_case(demo):
    first = demo.store.get_case_by_ref("C-0001")
    other = demo.store.get_case_by_ref("C-0002")
    done = consent_contacts.add_recipient(demo, case_id=first.id, name="  Alameda   DA  ",
                                          kind=ContactKind.OTHER, shared=True)
    assert done.value.name == "Alameda DA" and done.value.case_id is None
    assert done.changes.touches(first.id) and not done.changes.touches(other.id)
    assert "Alameda DA" in [r.name for r in consent_contacts.recipients_for(demo, case_id=other.id)]
    with pytest.raises(InvalidInput, match="Name the new recipient"):
        consent_contacts.add_recipient(demo, case_id=first.id, name="  ", kind=ContactKind.COURT)


def test_consent_new_recipient_by_keyboard_alone(qtbot, demo):
    case = demo.store.get_case_by_ref("C-0001")
    dialog = ConsentDialog(demo, case)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.picker.new_button.setFocus()
    qtbot.keyClick(dialog.picker.new_button, Qt.Key.Key_Space)
    assert dialog.picker.panel.isVisible()
    qtbot.keyClicks(dialog.picker.new_name, "Family Court Services")
    qtbot.keyClick(dialog.picker.new_name, Qt.Key.Key_Enter)
    assert dialog.recipient.text() == "Family Court Services"
    assert "A contact of this case" in dialog.picker.hint.text()
