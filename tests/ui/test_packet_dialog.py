"""The packet builder on a real vault: the plan preview (consent and the builder's role view,
``packets.plan_packet``), background generation (``packets.make_packet``), disclosure row."""

from __future__ import annotations

import io
import stat
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from exports.packet_job import INFORM_TASK_TITLE
from models.records import Category, EventKind, MatterKind
from tests.vault_fixtures import TODAY
from ui.packet_dialog import PacketDialog
from ui.packet_plan_table import INCLUDED, WITHHELD
from ui.packets_tab import PacketsTab
from ui.session import UiSession
from workbench.operations import care, cases, dates, packets
from workbench.operations.changes import Kind

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
def seeded(vault, supervisor):
    """A case with an active court consent, an expired medical one and a revoked mental-health
    one, written by a supervisor through the operations (an advocate writes no clinical
    records); ``vault`` is the same vault unlocked as ana (advocate)."""
    ctx = supervisor
    case = cases.add_case(ctx, display_name="Zofia Ærø", jurisdiction="CA").value
    care.add_matter(ctx, case_id=case.id, kind=MatterKind.PROTECTIVE_ORDER, title="DVRO")
    at = datetime(2026, 12, 10, 9, tzinfo=ZoneInfo("America/Los_Angeles"))

    def event(kind, title, category, start):
        dates.add_event(ctx, case_id=case.id, kind=kind, title=title, category=category,
                        start=start, end=start + timedelta(hours=1), tz="America/Los_Angeles")

    event(EventKind.COURT_HEARING, "DVRO hearing", Category.PROTECTIVE_ORDER, at)
    event(EventKind.MEDICAL_APPOINTMENT, "Clinic visit", Category.MEDICAL, at - timedelta(days=20))
    event(EventKind.SERVICE_APPOINTMENT, CANARY_NOTE, Category.MENTAL_HEALTH,
          at - timedelta(days=10))
    care.add_consent(ctx, case_id=case.id, recipient=COURT,
                     categories=[Category.IDENTITY, Category.PROTECTIVE_ORDER], purpose=PURPOSE,
                     granted=TODAY - timedelta(days=30))
    care.add_consent(ctx, case_id=case.id, recipient=COURT, categories=[Category.MEDICAL],
                     purpose=PURPOSE, granted=TODAY - timedelta(days=400),
                     expires=TODAY - timedelta(days=35))
    revoked = care.add_consent(ctx, case_id=case.id, recipient=COURT,
                               categories=[Category.MENTAL_HEALTH], purpose=PURPOSE,
                               granted=TODAY - timedelta(days=60)).value
    care.revoke_consent(ctx, consent_id=revoked.id, on=TODAY - timedelta(days=2))
    return vault, case


def _dialog(qtbot, seeded, folder="", vault=None):
    """The builder as ana (advocate), or as the user of ``vault``."""
    ana, case = seeded
    session = UiSession(vault or ana, today=lambda: TODAY,
                        now=lambda: datetime(2026, 11, 27, 15, 30, tzinfo=ZoneInfo("UTC")))
    dialog = PacketDialog(session, packets.case_records(session, case_id=case.id),
                          folder=str(folder))
    qtbot.addWidget(dialog)
    return dialog


def test_packet_dialog_preview_lists_withheld_expired_and_revoked(qtbot, seeded, supervisor):
    dialog = _dialog(qtbot, seeded, vault=supervisor.vault)  # reads every category in full
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


def test_packet_dialog_preview_lists_role_withheld_categories_without_titles(qtbot, seeded):
    dialog = _dialog(qtbot, seeded)  # ana, an advocate: clinical records are not hers to send
    rows = dialog.model.rows()
    role = {r.category: r for r in rows if r.decision == WITHHELD}
    assert set(role) == {"Medical", "Mental health"}
    for row in role.values():
        assert row.record == "1 record"
        assert row.reason.startswith("not visible to your role — a clinician")
    shown = " ".join(f"{r.record} {r.reason}" for r in rows)
    assert CANARY_NOTE not in shown and "Clinic visit" not in shown  # her timeline hides them
    assert {r.category for r in rows if r.decision == INCLUDED} >= {"Identity", "Protective order"}
    assert dialog.summary.text().endswith("2 withheld.")


def test_packet_dialog_compelled_release_is_disabled_for_a_clinician(qtbot, seeded,
                                                                      clinician_vault):
    dialog = _dialog(qtbot, seeded, vault=clinician_vault)
    assert not dialog.compelled.isEnabled()
    assert "clinician" in dialog.compelled.toolTip() and "advocate" in dialog.compelled.toolTip()


def test_packet_dialog_recipient_without_consent_disables_generate(qtbot, seeded, out,
                                                                   supervisor):
    dialog = _dialog(qtbot, seeded, out, vault=supervisor.vault)
    assert dialog.generate_button.isEnabled()
    dialog.recipient.setCurrentText("Landlord LLC")
    assert not dialog.generate_button.isEnabled()
    assert "No active consent" in dialog.message.text()
    # the preview still lists what is withheld and why, so the missing consent is visible
    rows = dialog.model.rows()
    assert rows and all(r.decision == WITHHELD for r in rows)
    assert {r.reason for r in rows} == {"other recipient"}


def test_packet_dialog_compelled_release_requires_legal_basis(qtbot, seeded, out, supervisor):
    dialog = _dialog(qtbot, seeded, out, vault=supervisor.vault)
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
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.session.signals.operation_executed, timeout=30_000) as said:
        with qtbot.waitSignal(dialog.packet_written, timeout=30_000) as blocker:
            assert dialog.start_generate()
            # shown while the packet is written off the UI thread, hidden when it is done
            assert dialog.is_busy() and dialog.progress.isVisible()
    assert not dialog.progress.isVisible() and not dialog.is_busy()
    changes, initiator = said.args
    assert initiator is dialog and changes.touches(case.id, Kind.DISCLOSURES)
    assert dialog.made is not None and dialog.made.outcome is dialog.outcome
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
    with qtbot.waitSignal(tab.history.live.reloaded, timeout=30_000):  # off the UI thread
        dialog.start_generate()
    assert tab.history.model.rowCount() == 1 and tab.last_folder == str(out)
