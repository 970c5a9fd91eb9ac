"""The packet builder's defaults on the demo vault: the recipient and purpose follow the packet
kind and the matter (the matter's court, the immigration court or USCIS, a partner agency)
when an active consent names them; otherwise consented recipients come first. The output
folder is typed or chosen; a typed folder is checked and Generate waits until it is usable."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ui.lock_manager import close_all_dialogs
from ui.packet_dialog import PacketDialog
from ui.packet_folder import default_folder, folder_problem
from ui.session import UiSession
from workbench.operations import packets

COURT = "San Francisco Immigration Court"


def _builder(qtbot, session: UiSession, ref: str, folder: str = "") -> PacketDialog:
    case = session.store.get_case_by_ref(ref)
    dialog = PacketDialog(session, packets.case_records(session, case_id=case.id), folder=folder)
    qtbot.addWidget(dialog)
    return dialog


def _kind(dialog: PacketDialog, kind: str) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))


def test_packet_court_packet_defaults_to_the_court_of_its_matter(qtbot, demo, tmp_path):
    dialog = _builder(qtbot, demo, "C-0001", str(tmp_path))
    assert dialog.kind.currentData() == "court"
    assert dialog.recipient.currentText() == COURT  # not the legal clinic, the ledger's first
    assert dialog.purpose.currentText() == "Court hearing"  # not "T visa application"
    assert "court of M-0001-1" in dialog.recipient_hint.text()
    assert "M-0001-1" in dialog.matter.itemText(0)
    assert dialog.generate_button.isEnabled(), dialog.message.text()


@pytest.mark.parametrize("ref,kind,recipient,purpose", [
    ("C-0001", "immigration", COURT, "Court hearing"),
    ("C-0002", "immigration", "USCIS", "U visa application"),
    ("C-0001", "agency", "Bay Area Care Network", "Case conference"),
    ("C-0004", "agency", "Houston Recovery Center", "Care coordination"),
    ("C-0003", "court", "Superior Court of California, County of Alameda", "Court hearing"),
])
def test_packet_kind_chooses_recipient_and_purpose(qtbot, demo, ref, kind, recipient, purpose):
    dialog = _builder(qtbot, demo, ref)
    _kind(dialog, kind)
    assert (dialog.recipient.currentText(), dialog.purpose.currentText()) == (recipient, purpose)


def test_packet_without_a_matching_consent_lists_consented_recipients_first(qtbot, demo):
    dialog = _builder(qtbot, demo, "C-0002")  # a U visa case: its matter names no court
    assert dialog.recipient.currentText() == "" and dialog.purpose.currentText() == ""
    assert not dialog.generate_button.isEnabled()
    assert "Choose the recipient" in dialog.message.text()
    assert "listed first" in dialog.recipient_hint.text()
    items = [dialog.recipient.itemText(i) for i in range(dialog.recipient.count())]
    assert items[0] == "USCIS"  # the one active consent
    assert items[1] == ""  # a separator before recipients without an active consent
    assert {"Oakland Police Department", "Community Health Partners",
            "Det. R. Okafor"} <= set(items[2:])
    tip = dialog.recipient.itemData(items.index("Det. R. Okafor"), Qt.ItemDataRole.ToolTipRole)
    assert "no consent yet" in tip


def test_packet_recipient_chosen_by_the_person_survives_a_kind_change(qtbot, demo):
    dialog = _builder(qtbot, demo, "C-0001")
    dialog.recipient.setCurrentText("Bay Legal Clinic")
    _kind(dialog, "immigration")
    assert dialog.recipient.currentText() == "Bay Legal Clinic"
    dialog.recipient.setCurrentText("")
    _kind(dialog, "court")
    assert dialog.recipient.currentText() == COURT  # cleared: the default comes back


def test_packet_typed_missing_folder_shows_the_error_and_generate_stays_off(qtbot, demo,
                                                                           tmp_path):
    dialog = _builder(qtbot, demo, "C-0001")
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.folder.isReadOnly()
    missing = tmp_path / "no such folder"
    qtbot.keyClicks(dialog.folder, str(missing))
    assert not dialog.generate_button.isEnabled()
    assert dialog.folder_error.isVisible()
    assert f"The folder {missing} does not exist" in dialog.folder_error.text()
    assert "does not exist" in dialog.message.text()
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    dialog.folder.setText(str(a_file))
    assert "is a file, not a folder" in dialog.folder_error.text()
    dialog.folder.setText("relative/folder")
    assert "full path" in dialog.folder_error.text()
    missing.mkdir()
    dialog.folder.setText(str(missing))
    assert not dialog.folder_error.isVisible() and dialog.generate_button.isEnabled()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_packet_unwritable_folder_is_refused(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        assert "cannot write" in folder_problem(str(locked))
    finally:
        locked.chmod(0o700)


def test_packet_choose_opens_in_documents_else_home_never_the_program_folder(
        qtbot, demo, tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(home / "Documents"))
    assert default_folder() == str(home)  # no Documents folder yet: home
    (home / "Documents").mkdir()
    assert default_folder() == str(home / "Documents")
    dialog = _builder(qtbot, demo, "C-0001")
    picker = dialog.pick_folder()
    try:
        opened = Path(picker.directory().absolutePath())
        assert opened == home / "Documents" and opened != Path.cwd()
        chosen = tmp_path / "out"
        chosen.mkdir()
        picker.fileSelected.emit(str(chosen))
        assert dialog.folder.text() == str(chosen) and dialog.generate_button.isEnabled()
    finally:
        picker.reject()
    assert default_folder(str(tmp_path / "out")) == str(tmp_path / "out")  # the last, in memory


def test_packet_lock_wipes_recipients_and_the_why_line(qtbot, demo):
    dialog = _builder(qtbot, demo, "C-0001")
    dialog.show()
    qtbot.waitExposed(dialog)
    assert close_all_dialogs() is False
    assert dialog.recipient.count() == 0 and dialog.recipient_hint.text() == ""
    assert dialog.model.rowCount() == 0
