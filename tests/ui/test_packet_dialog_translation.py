"""The packet builder's survivor copy: a checkbox offered only when the case's language has a
packet translation, reachable by keyboard, writing both files under one disclosure."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from models.records import Category, EventKind, MatterKind
from tests.vault_fixtures import TODAY
from ui.packet_dialog import PacketDialog
from ui.session import UiSession
from workbench.operations import care, cases, dates, packets

COURT = "Superior Court clerk"
PURPOSE = "protective order hearing"
NEEDS_PDFTOTEXT = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="needs poppler's pdftotext (make test-tools)")
MARK = "Traducción de cortesía — no válida para presentación"


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _case(ctx, languages: tuple[str, ...]):
    case = cases.add_case(ctx, display_name="Zofia Ærø", jurisdiction="CA",
                          languages=languages).value
    care.add_matter(ctx, case_id=case.id, kind=MatterKind.PROTECTIVE_ORDER, title="DVRO")
    at = datetime(2026, 12, 10, 9, tzinfo=ZoneInfo("America/Los_Angeles"))
    dates.add_event(ctx, case_id=case.id, kind=EventKind.COURT_HEARING, title="DVRO hearing",
                    category=Category.PROTECTIVE_ORDER, start=at, end=at + timedelta(hours=1),
                    tz="America/Los_Angeles")
    care.add_consent(ctx, case_id=case.id, recipient=COURT,
                     categories=[Category.IDENTITY, Category.PROTECTIVE_ORDER], purpose=PURPOSE,
                     granted=TODAY - timedelta(days=30))
    return case


def _dialog(qtbot, vault, case, folder=""):
    session = UiSession(vault, today=lambda: TODAY,
                        now=lambda: datetime(2026, 11, 27, 15, 30, tzinfo=ZoneInfo("UTC")))
    dialog = PacketDialog(session, packets.case_records(session, case_id=case.id),
                          folder=str(folder))
    qtbot.addWidget(dialog)
    return dialog


@NEEDS_PDFTOTEXT
def test_packet_dialog_translation_offered_for_a_spanish_speaker(qtbot, vault, supervisor, out):
    case = _case(supervisor, ("Spanish", "English"))
    dialog = _dialog(qtbot, vault, case, out)
    box = dialog.translation
    assert box.isEnabled() and not box.isChecked()
    assert box.text().replace("&", "") == "Also a Spanish copy for the survivor (not for filing)"
    box.setChecked(True)
    assert dialog.request().translation == "es"
    assert dialog.start_generate()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=60_000)
    outcome = dialog.outcome
    assert outcome is not None and outcome.translation is not None, dialog.message.text()
    copy = outcome.translation.path
    assert sorted(p.name for p in out.iterdir()) == sorted([outcome.path.name, copy.name])
    assert copy.name == outcome.path.stem + ".es.pdf"
    summary = dialog.preview.summary.text()
    assert str(outcome.path) in summary and str(copy) in summary and "not for filing" in summary
    [row] = vault.store.list_disclosures(case.id)
    assert row.packet_sha256 == outcome.sha256
    assert f"translation:es:sha256:{outcome.translation.sha256}" in row.record_ids
    exe = shutil.which("pdftotext")
    assert exe is not None
    text = subprocess.run([exe, str(copy), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert MARK in text and "Zofia Ærø" in text and "Cronología" in text


def test_packet_dialog_translation_disabled_with_the_reason(qtbot, vault, supervisor, out):
    case = _case(supervisor, ("Vietnamese",))
    dialog = _dialog(qtbot, vault, case, out)
    box = dialog.translation
    assert not box.isEnabled()
    assert "Vietnamese" in box.toolTip() and "Spanish" in box.toolTip()
    assert dialog.translation_note.text() == box.toolTip()
    assert dialog.request().translation is None


def test_packet_dialog_translation_is_keyboard_reachable(qtbot, vault, supervisor, out):
    case = _case(supervisor, ("es",))
    dialog = _dialog(qtbot, vault, case, out)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = dialog.translation
    assert box.focusPolicy() & Qt.FocusPolicy.TabFocus
    widget, seen = dialog.kind, 0
    while widget is not box and seen < 60:  # Tab from the first field reaches it
        widget, seen = widget.nextInFocusChain(), seen + 1
    assert widget is box
    assert "&y" in box.text()  # Alt+Y: no other mnemonic of the builder uses it
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    dialog.clear()
    assert not box.isChecked()
