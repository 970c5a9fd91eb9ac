"""The packet builder on a real vault: consent preview, background generation, disclosure row."""

from __future__ import annotations

import io
import stat
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from exports.packet_job import INFORM_TASK_TITLE, gather
from models.records import Category, EventKind, MatterKind
from tests.vault_fixtures import TODAY
from ui.packet_dialog import PacketDialog
from ui.packet_plan_table import INCLUDED, WITHHELD
from ui.packets_tab import PacketsTab
from ui.session import UiSession

COURT = "Superior Court clerk"
PURPOSE = "protective order hearing"
CANARY_NOTE = "Psych-canary-Ωmega"  # a withheld mental-health title: must not reach the PDF


@pytest.fixture
def out(tmp_path):
    """An empty folder for packets (the vault copy lives beside it)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def seeded(vault):
    """A case with an active court consent, an expired medical one and a revoked mental-health one."""
    store = vault.store
    case = store.add_case("Zofia Ærø", jurisdiction="CA")
    store.add_matter(case.id, MatterKind.PROTECTIVE_ORDER, title="DVRO")
    at = datetime(2026, 12, 10, 9, tzinfo=ZoneInfo("America/Los_Angeles"))
    store.add_event(case.id, EventKind.COURT_HEARING, "DVRO hearing", Category.PROTECTIVE_ORDER,
                    start=at, end=at + timedelta(hours=1), tz="America/Los_Angeles")
    store.add_event(case.id, EventKind.MEDICAL_APPOINTMENT, "Clinic visit", Category.MEDICAL,
                    start=at - timedelta(days=20), end=at - timedelta(days=20, hours=-1),
                    tz="America/Los_Angeles")
    store.add_event(case.id, EventKind.SERVICE_APPOINTMENT, CANARY_NOTE, Category.MENTAL_HEALTH,
                    start=at - timedelta(days=10), end=at - timedelta(days=10, hours=-1),
                    tz="America/Los_Angeles")
    store.add_consent(case.id, COURT, [Category.IDENTITY, Category.PROTECTIVE_ORDER], PURPOSE,
                      TODAY - timedelta(days=30))
    store.add_consent(case.id, COURT, [Category.MEDICAL], PURPOSE, TODAY - timedelta(days=400),
                      expires=TODAY - timedelta(days=35))
    revoked = store.add_consent(case.id, COURT, [Category.MENTAL_HEALTH], PURPOSE,
                                TODAY - timedelta(days=60))
    store.revoke_consent(revoked.id, TODAY - timedelta(days=2))
    return vault, case


def _dialog(qtbot, seeded, folder=""):
    vault, case = seeded
    session = UiSession(vault, today=lambda: TODAY,
                        now=lambda: datetime(2026, 11, 27, 15, 30, tzinfo=ZoneInfo("UTC")))
    dialog = PacketDialog(session, gather(vault.store, case.id), folder=str(folder))
    qtbot.addWidget(dialog)
    return dialog


def test_packet_dialog_preview_lists_withheld_expired_and_revoked(qtbot, seeded):
    dialog = _dialog(qtbot, seeded)
    assert dialog.recipient.currentText() == COURT and dialog.purpose.currentText() == PURPOSE
    rows = dialog.model.rows()
    withheld = {(r.category, r.reason) for r in rows if r.decision == WITHHELD}
    assert ("Medical", "expired") in withheld and ("Mental health", "revoked") in withheld
    included = {r.category for r in rows if r.decision == INCLUDED}
    assert {"Identity", "Protective order"} <= included and "Medical" not in included
    assert any(r.record.endswith("DVRO hearing") for r in rows if r.decision == INCLUDED)
    assert "withheld" in dialog.summary.text()
    # Nothing written yet: the folder is missing, so Generate waits and says why.
    assert not dialog.generate_button.isEnabled() and "folder" in dialog.message.text()


def test_packet_dialog_recipient_without_consent_disables_generate(qtbot, seeded, out):
    dialog = _dialog(qtbot, seeded, out)
    assert dialog.generate_button.isEnabled()
    dialog.recipient.setCurrentText("Landlord LLC")
    assert not dialog.generate_button.isEnabled()
    assert "No active consent" in dialog.message.text()
    # the preview still lists what is withheld and why, so the missing consent is visible
    rows = dialog.model.rows()
    assert rows and all(r.decision == WITHHELD for r in rows)
    assert {r.reason for r in rows} == {"other recipient"}


def test_packet_dialog_compelled_release_requires_legal_basis(qtbot, seeded, out):
    dialog = _dialog(qtbot, seeded, out)
    dialog.recipient.setCurrentText("District attorney")
    assert dialog.purpose.currentText() == ""  # no consent names this recipient
    dialog.compelled.setChecked(True)
    assert dialog.legal_basis.isEnabled() and not dialog.generate_button.isEnabled()
    assert "legal basis" in dialog.message.text()
    dialog.legal_basis.setText("Subpoena 2026-44")
    assert not dialog.generate_button.isEnabled() and "purpose" in dialog.message.text()
    dialog.purpose.setCurrentText("criminal prosecution")
    assert dialog.generate_button.isEnabled()
    assert all(r.decision == INCLUDED for r in dialog.model.rows())


def test_packet_dialog_password_mismatch_disables_generate(qtbot, seeded, out):
    dialog = _dialog(qtbot, seeded, out)
    dialog.password.setText("packet pw 1")
    assert not dialog.generate_button.isEnabled() and "match" in dialog.message.text()
    assert dialog.model.rowCount() > 0  # the decision is still shown
    dialog.confirm.setText("packet pw 1")
    assert dialog.generate_button.isEnabled()


def test_packet_dialog_generates_pdf_and_disclosure_row(qtbot, seeded, out):
    vault, case = seeded
    dialog = _dialog(qtbot, seeded, out)
    with qtbot.waitSignal(dialog.packet_written, timeout=30_000) as blocker:
        assert dialog.start_generate()
        assert dialog.is_busy() and dialog.progress.isVisible() is dialog.isVisible()
    outcome = dialog.outcome
    assert outcome is not None and blocker.args == [outcome.disclosure_id]
    files = list(out.iterdir())
    assert files == [outcome.path] and outcome.path.name.startswith("packet-20261127-")
    assert "Zofia" not in outcome.path.name
    assert stat.S_IMODE(outcome.path.stat().st_mode) == 0o600
    reader = PdfReader(io.BytesIO(outcome.path.read_bytes()))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "DVRO hearing" in text and CANARY_NOTE not in text and "Clinic visit" not in text
    assert len(reader.pages) == outcome.pages == dialog.preview.page_count()
    [row] = vault.store.list_disclosures(case.id)
    assert row.id == outcome.disclosure_id and row.packet_sha256 == outcome.sha256
    assert row.recipient == COURT and Category.MEDICAL not in row.categories
    assert dialog.pages.currentWidget() is dialog.preview


def test_packet_dialog_encrypted_preview_and_compelled_task(qtbot, seeded, out):
    vault, case = seeded
    dialog = _dialog(qtbot, seeded, out)
    dialog.recipient.setCurrentText("District attorney")
    dialog.compelled.setChecked(True)
    dialog.legal_basis.setText("Subpoena 2026-44")
    dialog.purpose.setCurrentText("criminal prosecution")
    dialog.password.setText("s3cret packet")
    dialog.confirm.setText("s3cret packet")
    assert dialog.start_generate()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    assert dialog.outcome is not None, dialog.message.text()
    reader = PdfReader(io.BytesIO(dialog.outcome.path.read_bytes()))
    assert reader.is_encrypted and reader.decrypt("s3cret packet")
    assert dialog.preview.page_count() == len(reader.pages) > 0
    [row] = vault.store.list_disclosures(case.id)
    assert row.legal_basis == "Subpoena 2026-44" and row.consent_ids == ()
    assert any(e.title == INFORM_TASK_TITLE for e in vault.store.list_events(case_id=case.id))
    dialog.clear()
    assert dialog.preview.page_count() == 0 and dialog.password.text() == ""


def test_packets_tab_opens_builder_and_refreshes_history(qtbot, seeded, out):
    vault, case = seeded
    session = UiSession(vault, today=lambda: TODAY)
    tab = PacketsTab(session, case)
    qtbot.addWidget(tab)
    assert tab.history is not None and tab.history.model.rowCount() == 0
    dialog = tab.new_packet()
    assert dialog is not None and dialog.isVisible()
    dialog.set_folder(str(out))
    with qtbot.waitSignal(tab.case_changed, timeout=30_000):
        dialog.start_generate()
    assert tab.history.model.rowCount() == 1 and tab.last_folder == str(out)
