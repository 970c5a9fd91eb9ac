"""Editing a case from its Overview (Edit case…, Safe addresses…, Assigned staff…,
Contacts…) and staff profiles from Users…, on a real vault: what the dialogs save is read back
through a fresh Context; bad input shows next to its field and writes nothing; the lock closes
and wipes every one of them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from models.records import ContactKind, StaffProfile
from models.vault import open_vault
from tests.ui.conftest import CAM, SAM, SAM_PASSPHRASE, TODAY
from tests.vault_fixtures import ANA, BEN, BEN_PASSPHRASE
from ui.editors.case_people_dialogs import ContactDialog, SafeAddressDialog
from ui.lock_manager import close_all_dialogs
from ui.overview_tab import OverviewTab
from ui.session import UiSession
from ui.users_dialog import UsersDialog
from workbench.operations import care, cases, staff
from workbench.operations.context import Context

ACCEPTED = QDialog.DialogCode.Accepted
NAME = "Zofia Ærøskøbing-Canary"


@pytest.fixture
def session(vault):
    return UiSession(vault, today=lambda: TODAY)


@pytest.fixture
def case(session):
    return cases.add_case(session, display_name=NAME, languages=("pl",), jurisdiction="CA",
                          confidential_address=True, assigned_to=(ANA,)).value


@pytest.fixture
def fresh(vault_path):
    """fresh(user, passphrase) -> a new Context on the same vault (reads what was saved)."""
    opened = []

    def make(user: str = SAM, passphrase: str = SAM_PASSPHRASE) -> Context:
        vault = open_vault(vault_path, user, passphrase)
        opened.append(vault)
        return Context(vault, today=lambda: TODAY)

    yield make
    for vault in opened:
        vault.lock()


@pytest.fixture
def overview(qtbot, session, case):
    tab = OverviewTab(session, case)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _opened(qtbot, dialog):
    qtbot.waitExposed(dialog)
    return dialog


# -- Edit case… ------------------------------------------------------------------------------
def test_case_editing_jurisdiction_and_languages_saved_and_shown(qtbot, overview, case, fresh):
    dialog = _opened(qtbot, overview.edit_case())
    assert dialog.windowTitle() == "Edit case"  # never the name
    assert dialog.display_name.text() == NAME and dialog.languages.text() == "pl"
    dialog.jurisdiction.setEditText("NY")
    dialog.languages.setText("Polish,  English , ")
    dialog.accept()
    assert dialog.result() == ACCEPTED
    saved = fresh().store.get_case(case.id)
    assert saved.jurisdiction == "NY" and saved.languages == ("Polish", "English")
    assert saved.display_name == NAME and saved.confidential_address  # untouched fields kept
    qtbot.waitUntil(lambda: overview.value_text("jurisdiction") == "NY", timeout=5000)
    assert overview.value_text("languages") == "Polish, English"
    assert overview.notice.text() == "Case details saved."


def test_case_editing_bad_date_of_birth_shown_next_to_it_writes_nothing(qtbot, overview, case,
                                                                         session):
    before = session.store.list_audit()
    dialog = _opened(qtbot, overview.edit_case())
    dialog.date_of_birth.line.setText("1994-02-30")
    dialog.pronouns.setText("they/them")
    dialog.accept()
    assert dialog.result() != ACCEPTED and dialog.isVisible()
    message = dialog.error_text("date_of_birth")
    assert message == "⚠ February 1994 has 28 days."  # the shared date control's words
    assert dialog.error_text("pronouns") == ""
    assert session.store.list_audit() == before
    assert session.store.get_case(case.id).pronouns is None


def test_case_editing_every_intake_field_once_and_unchanged_saves_nothing(qtbot, overview,
                                                                          session):
    from models.store_cases import CASE_FIELDS

    dialog = _opened(qtbot, overview.edit_case())
    asked = set(dialog.labels)
    assert asked == set(CASE_FIELDS) - {"assigned_to"}  # staff: Assigned staff…
    before = session.store.list_audit()
    dialog.accept()
    assert dialog.result() == ACCEPTED and session.store.list_audit() == before


def test_case_editing_empty_display_name_refused(qtbot, overview):
    dialog = _opened(qtbot, overview.edit_case())
    dialog.display_name.clear()
    dialog.accept()
    assert dialog.result() != ACCEPTED
    assert "display name is needed" in dialog.error_text("display_name")


def test_case_editing_by_keyboard(qtbot, overview, case, fresh):
    overview.edit_button.setFocus()
    qtbot.keyClick(overview.edit_button, Qt.Key.Key_Space)
    dialog = overview.dialog
    assert dialog is not None
    _opened(qtbot, dialog)
    dialog.pronouns.setFocus()
    qtbot.keyClicks(dialog.pronouns, "she/her")
    qtbot.keyClick(dialog.pronouns, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.date_of_birth.line
    qtbot.keyClicks(dialog.date_of_birth.line, "1990-01-02")
    qtbot.keyClick(dialog.date_of_birth.line, Qt.Key.Key_Return)  # the default button saves
    assert dialog.result() == ACCEPTED
    saved = fresh().store.get_case(case.id)
    assert saved.pronouns == "she/her" and saved.date_of_birth.isoformat() == "1990-01-02"


def test_case_editing_date_of_birth_is_the_shared_date_control_and_not_in_future(
        qtbot, overview, case, fresh):
    from ui.editors.fields import DateField

    dialog = _opened(qtbot, overview.edit_case())
    assert isinstance(dialog.date_of_birth, DateField)
    assert dialog.date_of_birth.latest == TODAY  # the session's today
    dialog.date_of_birth.line.setText("+1")  # tomorrow
    dialog.accept()
    assert dialog.result() != ACCEPTED
    assert dialog.error_text("date_of_birth") == "⚠ A date of birth cannot be in the future."
    dialog.date_of_birth.line.setText("1890-01-01")
    dialog.accept()
    assert "cannot be before" in dialog.error_text("date_of_birth")
    dialog.date_of_birth.line.setText("1994-02-28")
    assert dialog.error_text("date_of_birth") == ""  # cleared as soon as it is edited
    dialog.accept()
    assert dialog.result() == ACCEPTED
    assert fresh().store.get_case(case.id).date_of_birth.isoformat() == "1994-02-28"


# -- Safe addresses… -------------------------------------------------------------------------
def _answer_remove(qtbot, box: QMessageBox) -> None:
    qtbot.waitExposed(box)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    remove = next(b for b in box.buttons()
                  if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    remove.click()


def test_case_editing_safe_address_add_edit_remove(qtbot, overview, case, fresh):
    listing = _opened(qtbot, overview.safe_addresses())
    assert listing.model.rowCount() == 0
    editor = listing.add()
    assert isinstance(editor, SafeAddressDialog)
    editor.accept()  # nothing typed: both fields say so
    assert editor.error_text("filing") and editor.error_text("address")
    editor.filing.setEditText("I-914")
    editor.address.setPlainText("c/o Clinic\nPO Box 4410")
    editor.accept()
    assert editor.result() == ACCEPTED
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1, timeout=5000)
    assert listing.message.text() == "Safe address saved."
    editor = listing.edit_selected()
    assert editor.filing.currentText() == "I-914"
    editor.filing.setEditText("I-485")
    editor.accept()
    [stored] = fresh().store.get_case(case.id).safe_addresses
    assert (stored.filing, stored.address) == ("I-485", "c/o Clinic\nPO Box 4410")
    qtbot.waitUntil(lambda: "I-485: c/o Clinic PO Box 4410"
                    in overview.value_text("safe_addresses"), timeout=5000)
    box = listing.ask_remove()
    assert box.text() == "Remove the safe address for I-485?"
    _answer_remove(qtbot, box)
    qtbot.waitUntil(lambda: listing.model.rowCount() == 0, timeout=5000)
    assert fresh().store.get_case(case.id).safe_addresses == ()


def test_case_editing_removal_cancelled_keeps_the_address(qtbot, overview, case, session):
    from workbench.operations import case_details

    case_details.add_safe_address(session, case_id=case.id, filing="I-914", address="PO Box")
    listing = _opened(qtbot, overview.safe_addresses())
    box = listing.ask_remove()
    qtbot.waitExposed(box)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(session.store.get_case(case.id).safe_addresses) == 1


# -- Assigned staff… -------------------------------------------------------------------------
def test_case_editing_assign_staff_from_the_vaults_users(qtbot, overview, case, fresh):
    dialog = _opened(qtbot, overview.assign_staff())
    assert list(dialog.boxes) == [ANA, BEN, SAM, CAM]
    assert dialog.chosen() == [ANA]
    dialog.boxes[ANA].setChecked(False)
    dialog.boxes[CAM].setChecked(True)
    dialog.boxes[BEN].setChecked(True)
    dialog.accept()
    assert dialog.result() == ACCEPTED
    assert fresh().store.get_case(case.id).assigned_to == (BEN, CAM)
    qtbot.waitUntil(lambda: overview.value_text("assigned") == "ben\ncam", timeout=5000)
    staff.set_profile(fresh(), profile=StaffProfile(user=BEN, full_name="Dr. Ben Okoye",
                                                    role_title="Physician"))
    overview.refresh()
    qtbot.waitUntil(lambda: overview.value_text("assigned")
                    == "Dr. Ben Okoye, Physician (ben)\ncam", timeout=5000)


# -- Contacts… -------------------------------------------------------------------------------
def test_case_editing_contact_add_edit_remove(qtbot, overview, case, fresh):
    listing = _opened(qtbot, overview.case_contacts())
    editor = listing.add()
    assert isinstance(editor, ContactDialog)
    assert editor.kind.currentData() == ContactKind.INTERPRETER
    editor.lines["name"].setText("Hoa Tran")
    editor.lines["language"].setText("Vietnamese")
    editor.lines["email"].setText("hoa@example.org")
    editor.accept()
    assert editor.result() == ACCEPTED
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1, timeout=5000)
    editor = listing.edit_selected()
    editor.kind.setCurrentIndex(editor.kind.findData(ContactKind.CERTIFYING_OFFICIAL))
    editor.lines["organisation"].setText("Oakland PD")
    editor.accept()
    [stored] = fresh().store.list_contacts(case.id)
    assert (stored.kind, stored.name, stored.organisation, stored.language) == (
        ContactKind.CERTIFYING_OFFICIAL, "Hoa Tran", "Oakland PD", "Vietnamese")
    qtbot.waitUntil(lambda: "Certifying official: Hoa Tran · Oakland PD"
                    in overview.value_text("contacts"), timeout=5000)
    _answer_remove(qtbot, listing.ask_remove())
    qtbot.waitUntil(lambda: listing.model.rowCount() == 0, timeout=5000)
    assert fresh().store.list_contacts(case.id) == []


def test_case_editing_contact_without_name_refused(qtbot, overview, case, session):
    listing = _opened(qtbot, overview.case_contacts())
    editor = listing.add()
    editor.accept()
    assert editor.result() != ACCEPTED and editor.error_text("name")
    assert session.store.list_contacts(case.id) == []


# -- the lock --------------------------------------------------------------------------------
def test_case_editing_lock_closes_and_wipes_every_dialog(qtbot, overview, session, case):
    edit = _opened(qtbot, overview.edit_case())
    assert edit.legal_name.text() == "" and edit.display_name.text() == NAME
    edit.legal_name.setText("Typed but not saved")
    assert close_all_dialogs() is True  # unsaved input discarded, nothing asked
    assert not edit.isVisible() and edit.display_name.text() == ""
    assert edit.legal_name.text() == "" and edit.windowTitle() == "Workbench"
    listing = _opened(qtbot, overview.case_contacts())
    editor = listing.add()
    qtbot.waitExposed(editor)
    editor.lines["name"].setText("Typed interpreter")
    assert close_all_dialogs() is True
    assert not listing.isVisible() and not editor.isVisible()
    assert editor.lines["name"].text() == "" and listing.model.rowCount() == 0
    assert session.store.list_contacts(case.id) == []  # nothing typed was saved
    care.add_contact(session, case_id=case.id, kind=ContactKind.INTERPRETER, name="Hoa Tran")
    again = _opened(qtbot, overview.case_contacts())
    question = again.ask_remove()  # the question names the contact: wiped too
    qtbot.waitExposed(question)
    assert "Hoa Tran" in question.text()
    close_all_dialogs()
    assert question.text() == "" and len(session.store.list_contacts(case.id)) == 1
    overview.clear()
    assert NAME not in [label.text() for label in overview._values.values()]


# -- staff profiles in Users… ----------------------------------------------------------------
@pytest.fixture
def ben(vault_path):
    vault = open_vault(vault_path, BEN, BEN_PASSPHRASE)
    yield UiSession(vault, today=lambda: TODAY)
    vault.lock()


def _users(qtbot, session) -> UsersDialog:
    dialog = UsersDialog(session)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def test_case_editing_own_profile_yes_anothers_no(qtbot, ben, fresh):
    dialog = _users(qtbot, ben)
    assert dialog.select_user(ANA)
    assert not dialog.profile_button.isEnabled()
    assert "only your own profile" in dialog.profile_button.toolTip()
    assert dialog.select_user(BEN) and dialog.profile_button.isEnabled()
    editor = dialog.edit_profile()
    qtbot.waitExposed(editor)
    editor.accept()  # a profile needs a full name
    assert editor.result() != ACCEPTED and editor.error_text("full_name")
    editor.lines["full_name"].setText("Dr. Ben Okoye")
    editor.lines["role_title"].setText("Physician")
    editor.lines["email"].setText("ben at clinic")  # the store's check, next to the field
    editor.accept()
    assert editor.error_text("email").startswith("⚠ Email: is not an e-mail address")
    editor.lines["email"].setText("ben@clinic.example.org")
    editor.accept()
    assert editor.result() == ACCEPTED
    assert staff.profile_for(fresh(), user=BEN) == StaffProfile(
        user=BEN, full_name="Dr. Ben Okoye", role_title="Physician",
        email="ben@clinic.example.org")
    assert dialog.message.text() == "Profile of ben saved."
    row = dialog.names().index(BEN)
    assert dialog.model.index(row, 2).data() == "Dr. Ben Okoye, Physician"


def test_case_editing_supervisor_sets_anyones_profile(qtbot, fresh):
    sam = UiSession(fresh().vault, today=lambda: TODAY)
    dialog = _users(qtbot, sam)
    assert dialog.select_user(ANA) and dialog.profile_button.isEnabled()
    editor = dialog.edit_profile()
    qtbot.waitExposed(editor)
    editor.lines["full_name"].setText("Ana Quintero")
    editor.lines["bar_or_eoir_id"].setText("EOIR XY123456")
    editor.address.setPlainText("PO Box 4410\nOakland, CA")
    editor.accept()
    assert editor.result() == ACCEPTED
    assert staff.profile_for(fresh(), user=ANA) == StaffProfile(user=ANA, full_name="Ana Quintero",
                               bar_or_eoir_id="EOIR XY123456", address="PO Box 4410\nOakland, CA")


def test_case_editing_dialogs_closed_and_wiped_by_the_window_lock(qtbot, shell):
    import shiboken6
    from PySide6.QtWidgets import QApplication

    from tests.ui.conftest import CANARY
    from tests.ui.test_lock_manager import holders_of

    case_id = next(c.id for c in shell.session.store.list_cases() if c.display_name == CANARY)
    workspace = shell.work.open_case(case_id)
    overview = workspace.findChild(OverviewTab)
    edit = _opened(qtbot, overview.edit_case())
    edit.notes.setPlainText("typed, not saved")
    assert holders_of(CANARY)  # positive control: the form holds the name
    shell.lock()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [shell]
    assert holders_of(CANARY) == [] and holders_of("typed, not saved") == []
    qtbot.wait(20)
    assert not shiboken6.isValid(edit)


def test_case_editing_contact_added_by_keyboard(qtbot, overview, case, fresh):
    overview.contacts_button.setFocus()
    qtbot.keyClick(overview.contacts_button, Qt.Key.Key_Space)
    listing = _opened(qtbot, overview.dialog)
    listing.add_button.setFocus()
    qtbot.keyClick(listing.add_button, Qt.Key.Key_Space)
    editor = _opened(qtbot, listing.editor)
    editor.kind.setFocus()
    qtbot.keyClick(editor.kind, Qt.Key.Key_Tab)
    assert editor.focusWidget() is editor.lines["name"]
    qtbot.keyClicks(editor.lines["name"], "Det. R. Okafor")
    qtbot.keyClick(editor.lines["name"], Qt.Key.Key_Return)
    assert editor.result() == ACCEPTED
    [stored] = fresh().store.list_contacts(case.id)
    assert (stored.kind, stored.name) == (ContactKind.INTERPRETER, "Det. R. Okafor")
