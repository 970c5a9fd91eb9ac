"""The packet builder's signature line and certificate of service on the demo vault: a court
packet served on someone prints the certificate; served on without how, or a bad date, keeps
Generate off with the reason next to the fields; other kinds offer no certificate."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.ui.conftest import DEMO_TODAY
from ui.packet_dialog import PacketDialog
from ui.session import UiSession
from workbench.operations import packets


def _builder(qtbot, session: UiSession, folder: Path) -> PacketDialog:
    case = session.store.get_case_by_ref("C-0001")
    dialog = PacketDialog(session, packets.case_records(session, case_id=case.id),
                          folder=str(folder))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _method(dialog: PacketDialog, key: str) -> None:
    dialog.service_method.setCurrentIndex(dialog.service_method.findData(key))


def test_packet_service_methods_are_the_court_templates_keys(qtbot, demo, tmp_path):
    dialog = _builder(qtbot, demo, tmp_path)
    keys = [dialog.service_method.itemData(i) for i in range(dialog.service_method.count())]
    assert keys == ["", "mail", "hand", "email", "efile", "fax"]
    assert dialog.served_date.text() == DEMO_TODAY.isoformat()
    assert not dialog.signature.isChecked()


def test_packet_service_court_packet_prints_the_certificate(qtbot, demo, tmp_path):
    dialog = _builder(qtbot, demo, tmp_path)
    assert dialog.kind.currentData() == "court"
    dialog.signature.setChecked(True)
    qtbot.keyClicks(dialog.served_on, "Office of the Principal Legal Advisor")
    _method(dialog, "efile")
    dialog.served_date.line.setText("2026-11-30")
    assert dialog.generate_button.isEnabled(), dialog.message.text()
    request = dialog.request()
    assert (request.signature_line, request.served_on, request.service_method,
            request.served_date) == (True, "Office of the Principal Legal Advisor", "efile",
                                     date(2026, 11, 30))
    assert dialog.start_generate()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    assert dialog.outcome is not None, dialog.message.text()
    reader = PdfReader(io.BytesIO(dialog.outcome.path.read_bytes()))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Certificate of service" in text
    assert "Office of the Principal Legal Advisor" in " ".join(text.split())


@pytest.mark.parametrize("method,day,said", [
    ("", "2026-11-30", "Choose how the packet was served"),
    ("mail", "2026-02-30", "February 2026 has 28 days"),
    ("mail", "30/11/2026", "YYYY-MM-DD"),
])
def test_packet_service_incomplete_keeps_generate_off(qtbot, demo, tmp_path, method, day, said):
    dialog = _builder(qtbot, demo, tmp_path)
    assert dialog.generate_button.isEnabled(), dialog.message.text()
    dialog.served_on.setText("Opposing counsel")
    _method(dialog, method)
    dialog.served_date.line.setText(day)
    assert not dialog.generate_button.isEnabled()
    assert dialog.service_error.isVisible() and said in dialog.service_error.text()
    assert said in dialog.message.text()
    dialog.served_on.clear()  # no certificate asked for: nothing to check
    assert dialog.generate_button.isEnabled(), dialog.message.text()
    assert not dialog.service_error.isVisible()


def test_packet_service_agency_packet_offers_no_certificate(qtbot, demo, tmp_path):
    dialog = _builder(qtbot, demo, tmp_path)
    dialog.served_on.setText("Opposing counsel")
    dialog.kind.setCurrentIndex(dialog.kind.findData("agency"))
    assert not dialog.served_on.isEnabled() and not dialog.service_method.isEnabled()
    assert not dialog.served_date.isEnabled()
    assert dialog.service_note.isVisible() and "court packets only" in dialog.service_note.text()
    request = dialog.request()
    assert request.served_on == "" and request.certificate(DEMO_TODAY) is None
    assert dialog.generate_button.isEnabled(), dialog.message.text()
    assert dialog.start_generate()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    assert dialog.outcome is not None, dialog.message.text()
    reader = PdfReader(io.BytesIO(dialog.outcome.path.read_bytes()))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Certificate of service" not in text


def test_packet_service_fields_are_reached_by_their_mnemonics(qtbot, demo, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    dialog = _builder(qtbot, demo, tmp_path)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, alt)
    assert QApplication.focusWidget() is dialog.served_on
    qtbot.keyClicks(dialog.served_on, "Opposing counsel")
    assert not dialog.generate_button.isEnabled()  # how it was served is not said yet
    qtbot.keyClick(dialog.served_on, Qt.Key.Key_V, alt)
    assert QApplication.focusWidget() is dialog.service_method
    qtbot.keyClick(dialog.service_method, Qt.Key.Key_Down)
    assert dialog.service_method.currentData() == "mail"
    qtbot.keyClick(dialog.service_method, Qt.Key.Key_D, alt)
    assert QApplication.focusWidget() is dialog.served_date.line
    qtbot.keyClick(dialog.served_date.line, Qt.Key.Key_S, alt)
    assert QApplication.focusWidget() is dialog.signature
    qtbot.waitUntil(dialog.signature.isChecked, timeout=2000)  # a mnemonic animates the click
    assert dialog.generate_button.isEnabled(), dialog.message.text()
    assert dialog.request().signature_line and dialog.request().served_on == "Opposing counsel"
