"""File → Partner transfer…: send under consent, receive (check, then import), make keys;
refusals shown, the lock wipes it."""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from models.vault import create_vault, open_vault
from tests.workbench.conftest import DEMO_NOW, DEMO_TODAY, small_demo_template  # noqa: F401
from ui.lock_manager import close_all_dialogs
from ui.session import UiSession
from ui.transfer_dialog import TransferDialog
from workbench.demo import DEMO_PASSPHRASE
from workbench.operations import transfer

KEY_PASS = "organisation key passphrase"
DEMO_NAME = "María José Hernández Ruíz"


@pytest.fixture
def keys(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for short, name in (("harbor", "Harbor Legal Aid"), ("bay", "Bay Legal Clinic")):
        out[short] = tmp_path / short
        out[short].mkdir()
        transfer.keygen(folder=out[short], organisation=name, passphrase=KEY_PASS,
                        kdf_profile="fast")
    return out


@pytest.fixture
def sender(small_demo_template: Path, tmp_path: Path) -> Iterator[UiSession]:  # noqa: F811
    import shutil

    shutil.copytree(small_demo_template, tmp_path / "sender")
    vault = open_vault(tmp_path / "sender", user="sam", passphrase=DEMO_PASSPHRASE)
    yield UiSession(vault, today=lambda: DEMO_TODAY, now=lambda: DEMO_NOW)
    vault.lock()


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[UiSession]:
    vault, _ = create_vault(tmp_path / "receiver", "rita", "supervisor",
                            "receiving vault passphrase", kdf_profile="fast")
    yield UiSession(vault, today=lambda: DEMO_TODAY, now=lambda: DEMO_NOW)
    vault.lock()


def _dialog(qtbot: QtBot, session: UiSession, case_id: int | None = None) -> TransferDialog:
    dialog = TransferDialog(session, None, case_id=case_id)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def _send(qtbot: QtBot, dialog: TransferDialog, keys: dict[str, Path], out: Path) -> Any:
    page = dialog.send_page
    page.recipient.setCurrentIndex(page.recipient.findText("Bay Legal Clinic — T visa "
                                                           "application"))
    page.their_key.set_path(str(keys["bay"] / "org.pub"))
    page.our_key.set_path(str(keys["harbor"] / "org.key"))
    page.passphrase.setText(KEY_PASS)
    page.out.set_path(str(out))
    with qtbot.waitSignal(dialog.sent, timeout=20000) as blocker:
        page.send_button.click()
    return blocker.args[0]


def _table_text(table: Any) -> str:
    return "\n".join(" | ".join(table.item(r, c).text() for c in range(table.columnCount()))
                     for r in range(table.rowCount()))


def test_transfer_dialog_send_previews_the_plan_and_writes(qtbot: QtBot, sender: UiSession,
                                                           keys: dict[str, Path],
                                                           tmp_path: Path) -> None:
    dialog = _dialog(qtbot, sender, case_id=1)
    assert dialog.windowTitle() == "Partner transfer"
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # open(), not exec()
    page = dialog.send_page
    assert page.recipient.findText("Bay Legal Clinic — T visa application") >= 0
    _send_ready = page.recipient.findText("Bay Legal Clinic — T visa application")
    page.recipient.setCurrentIndex(_send_ready)
    plan = _table_text(page.plan)
    assert "goes | immigration | 2026-12-09 Master calendar hearing" in plan
    assert "stays | medical | no consent" in plan
    page.their_key.set_path(str(keys["bay"] / "org.pub"))
    assert "Bay Legal Clinic — fingerprint" in page.their_key.described.text()
    sent = _send(qtbot, dialog, keys, tmp_path / "out.wbx")
    assert sent.path.exists() and DEMO_NAME.encode() not in sent.path.read_bytes()
    assert "Recorded as disclosure" in dialog.message.text()
    assert page.passphrase.text() == ""  # not kept after use
    assert sender.store.list_disclosures()[-1].packet_sha256 == sent.sha256
    dialog.grab().save(str(tmp_path / "send.png"))


def test_transfer_dialog_send_needs_an_open_case(qtbot: QtBot, sender: UiSession) -> None:
    dialog = _dialog(qtbot, sender, case_id=None)
    assert not dialog.send_page.send_button.isEnabled()
    assert "Open a case first" in dialog.send_page.send_button.toolTip()
    assert "Open a case first" in dialog.send_page.hint.text()


def test_transfer_dialog_wrong_passphrase_is_shown(qtbot: QtBot, sender: UiSession,
                                                   keys: dict[str, Path],
                                                   tmp_path: Path) -> None:
    dialog = _dialog(qtbot, sender, case_id=1)
    page = dialog.send_page
    page.their_key.set_path(str(keys["bay"] / "org.pub"))
    page.our_key.set_path(str(keys["harbor"] / "org.key"))
    page.passphrase.setText("not the passphrase at all")
    page.out.set_path(str(tmp_path / "x.wbx"))
    page.recipient.setCurrentIndex(page.recipient.findText("Bay Legal Clinic — T visa "
                                                           "application"))
    with qtbot.waitSignal(dialog.failed, timeout=20000) as blocker:
        page.send_button.click()
    assert "does not open the organisation key" in blocker.args[0]
    assert dialog.message.text().startswith("⚠") and not (tmp_path / "x.wbx").exists()


def _receive_inputs(dialog: TransferDialog, keys: dict[str, Path], bundle: Path) -> None:
    page = dialog.receive_page
    dialog.tabs.setCurrentWidget(page)
    page.bundle.set_path(str(bundle))
    page.our_key.set_path(str(keys["bay"] / "org.key"))
    page.passphrase.setText(KEY_PASS)
    page.trust.set_path(str(keys["harbor"] / "org.pub"))


def test_transfer_dialog_receive_checks_then_imports(qtbot: QtBot, sender: UiSession,
                                                     receiver: UiSession,
                                                     keys: dict[str, Path],
                                                     tmp_path: Path) -> None:
    sent = _send(qtbot, _dialog(qtbot, sender, case_id=1), keys, tmp_path / "out.wbx")
    dialog = _dialog(qtbot, receiver)
    _receive_inputs(dialog, keys, sent.path)
    page = dialog.receive_page
    assert not page.import_button.isEnabled()
    page.check_button.click()
    qtbot.waitUntil(page.import_button.isEnabled, timeout=20000)
    assert "Verified: signed by Harbor Legal Aid" in dialog.message.text()
    assert f"Case: {DEMO_NAME}" in _table_text(page.incoming)
    assert receiver.store.list_cases() == []  # the check wrote nothing
    assert page.import_button.isDefault() and not page.check_button.isDefault()
    page.passphrase.setText(KEY_PASS + " ")  # changed after the check: check again first
    assert not page.import_button.isEnabled() and page.check_button.isDefault()
    page.passphrase.setText(KEY_PASS)
    page.check_button.click()
    qtbot.waitUntil(page.import_button.isEnabled, timeout=20000)
    dialog.grab().save(str(tmp_path / "receive.png"))
    with qtbot.waitSignal(dialog.received, timeout=20000) as blocker:
        page.import_button.click()
    assert blocker.args[0].created
    assert "Created case C-0001 from Harbor Legal Aid" in dialog.message.text()
    assert [c.display_name for c in receiver.store.list_cases()] == [DEMO_NAME]


def test_transfer_dialog_tampered_bundle_is_refused(qtbot: QtBot, sender: UiSession,
                                                    receiver: UiSession,
                                                    keys: dict[str, Path],
                                                    tmp_path: Path) -> None:
    sent = _send(qtbot, _dialog(qtbot, sender, case_id=1), keys, tmp_path / "out.wbx")
    env = json.loads(sent.path.read_text())
    env["header"]["bundle_id"] = "0" * 32
    sent.path.write_text(json.dumps(env))
    dialog = _dialog(qtbot, receiver)
    _receive_inputs(dialog, keys, sent.path)
    with qtbot.waitSignal(dialog.failed, timeout=20000) as blocker:
        dialog.receive_page.check_button.click()
    assert "signature does not verify" in blocker.args[0]
    assert not dialog.receive_page.import_button.isEnabled()
    assert receiver.store.list_cases() == []


def test_transfer_dialog_receive_needs_a_supervisor(qtbot: QtBot, tmp_path: Path,
                                                    small_demo_template: Path) -> None:  # noqa: F811
    import shutil

    shutil.copytree(small_demo_template, tmp_path / "v")
    vault = open_vault(tmp_path / "v", user="ana", passphrase=DEMO_PASSPHRASE)
    try:
        dialog = _dialog(qtbot, UiSession(vault, today=lambda: DEMO_TODAY))
        page = dialog.receive_page
        dialog.tabs.setCurrentWidget(page)
        assert not page.check_button.isEnabled()
        assert "supervisor" in page.denial.text() and page.denial.isVisibleTo(dialog)
    finally:
        vault.lock()


def test_transfer_dialog_makes_keys(qtbot: QtBot, receiver: UiSession, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, receiver)
    page = dialog.key_page
    dialog.tabs.setCurrentWidget(page)
    folder = tmp_path / "ours"
    folder.mkdir()
    page.folder.set_path(str(folder))
    page.organisation.setText("Bay Legal Clinic")
    page.passphrase.setText(KEY_PASS)
    page.repeat.setText(KEY_PASS + "x")
    assert not page.make()
    assert "differ" in dialog.message.text()
    page.repeat.setText(KEY_PASS)
    with qtbot.waitSignal(dialog.keys_made, timeout=20000) as blocker:
        assert page.make(kdf_profile="fast")
    assert stat.S_IMODE((folder / "org.key").stat().st_mode) == 0o600
    assert blocker.args[0].fingerprint in dialog.message.text()
    assert page.passphrase.text() == "" and page.repeat.text() == ""


def test_transfer_dialog_lock_wipes_it(qtbot: QtBot, sender: UiSession,
                                       keys: dict[str, Path]) -> None:
    dialog = _dialog(qtbot, sender, case_id=1)
    dialog.send_page.passphrase.setText(KEY_PASS)
    dialog.receive_page.passphrase.setText(KEY_PASS)
    assert dialog.send_page.plan.rowCount() > 0
    close_all_dialogs()
    assert not dialog.isVisible()
    assert dialog.send_page.passphrase.text() == "" == dialog.receive_page.passphrase.text()
    assert dialog.send_page.plan.rowCount() == 0 and dialog.send_page.recipient.count() == 0


def test_transfer_dialog_every_control_has_an_accessible_name(qtbot: QtBot,
                                                              sender: UiSession) -> None:
    from tests.ui.test_quality import unnamed

    dialog = _dialog(qtbot, sender, case_id=1)
    assert unnamed(dialog) == []


def test_transfer_dialog_enter_runs_the_page_and_escape_closes(
        qtbot: QtBot, receiver: UiSession, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, receiver)
    page = dialog.key_page
    dialog.tabs.setCurrentWidget(page)
    assert page.make_button.isDefault() and not dialog.send_page.send_button.isDefault()
    page.organisation.setFocus()
    qtbot.keyClick(page.organisation, Qt.Key.Key_Return)  # nothing chosen: refused, stays open
    assert "Choose the folder" in dialog.message.text() and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_transfer_dialog_from_the_file_menu_and_the_lock_closes_it(qtbot: QtBot,
                                                                   shell: Any) -> None:
    case = shell.session.store.list_cases()[0]
    shell.work.open_case(case.id)
    shell.chrome.actions["partner_transfer"].trigger()
    dialog = next(w for w in shell.findChildren(TransferDialog) if w.isVisible())
    assert dialog.send_page.case_id == case.id
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    dialog.send_page.passphrase.setText(KEY_PASS)
    shell.lock()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)


def test_transfer_dialog_a_typed_name_never_replaces_a_file(qtbot: QtBot, sender: UiSession,
                                                            keys: dict[str, Path],
                                                            tmp_path: Path) -> None:
    taken = tmp_path / "taken.wbx"
    taken.write_bytes(b"an earlier bundle")
    dialog = _dialog(qtbot, sender, case_id=1)
    page = dialog.send_page
    page.their_key.set_path(str(keys["bay"] / "org.pub"))
    page.our_key.set_path(str(keys["harbor"] / "org.key"))
    page.passphrase.setText(KEY_PASS)
    page.out.set_path(str(taken))
    with qtbot.waitSignal(dialog.failed, timeout=20000) as blocker:
        page.send_button.click()
    assert "already exists" in blocker.args[0]
    assert taken.read_bytes() == b"an earlier bundle"


def test_transfer_dialog_refused_plan_shows_what_stays(qtbot: QtBot, sender: UiSession) -> None:
    """A consent to a recipient for records the case does not hold lets nothing go: the
    preview says why instead of an empty table."""
    from datetime import timedelta

    from models.records import Category

    sender.store.add_consent(1, "Empty Shelter", {Category.SUBSTANCE_USE}, "Intake",
                             DEMO_TODAY - timedelta(days=1), how_given="written")
    dialog = _dialog(qtbot, sender, case_id=1)
    page = dialog.send_page
    page.recipient.setCurrentIndex(page.recipient.findText("Empty Shelter — Intake"))
    assert not page.preview()
    assert "No active consent" in dialog.message.text()
    assert "stays | identity | other recipient" in _table_text(page.plan)


def test_transfer_dialog_and_cli_send_the_same(qtbot: QtBot, sender: UiSession,
                                               small_demo_template: Path,  # noqa: F811
                                               keys: dict[str, Path], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """One core, two faces: the dialog and `workbench transfer export` on two copies of the
    same vault record the same disclosure."""
    import shutil

    from tests.workbench.conftest import run_cli

    _send(qtbot, _dialog(qtbot, sender, case_id=1), keys, tmp_path / "gui.wbx")
    shutil.copytree(small_demo_template, tmp_path / "cli-vault")
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", DEMO_PASSPHRASE)
    monkeypatch.setenv("WORKBENCH_KEY_PASSPHRASE", KEY_PASS)
    monkeypatch.setenv("WORKBENCH_TODAY", DEMO_TODAY.isoformat())
    code, _, err = run_cli(capsys, "transfer", "export", str(tmp_path / "cli-vault"), "C-0001",
                           "--user", "sam", "--recipient", "Bay Legal Clinic", "--to",
                           str(keys["bay"] / "org.pub"), "--from",
                           str(keys["harbor"] / "org.key"), "--out", str(tmp_path / "cli.wbx"))
    assert code == 0, err
    cli = open_vault(tmp_path / "cli-vault", user="sam", passphrase=DEMO_PASSPHRASE)
    try:
        by_cli = cli.store.list_disclosures()[-1]
    finally:
        cli.lock()
    by_gui = sender.store.list_disclosures()[-1]
    assert (by_gui.recipient, by_gui.purpose, by_gui.categories, by_gui.record_ids,
            by_gui.consent_ids) == (by_cli.recipient, by_cli.purpose, by_cli.categories,
                                    by_cli.record_ids, by_cli.consent_ids)


def test_transfer_dialog_make_button_makes_calibrated_keys(qtbot: QtBot, receiver: UiSession,
                                                          tmp_path: Path) -> None:
    """The button itself (the calibrated KDF, as people get it), not only the method."""
    dialog = _dialog(qtbot, receiver)
    page = dialog.key_page
    dialog.tabs.setCurrentWidget(page)
    page.folder.set_path(str(tmp_path))
    page.organisation.setText("Bay Legal Clinic")
    page.passphrase.setText(KEY_PASS)
    page.repeat.setText(KEY_PASS)
    with qtbot.waitSignal(dialog.keys_made, timeout=30000):
        page.make_button.click()
    assert dialog.progress.isHidden() and dialog.tabs.isEnabled()
    key = json.loads((tmp_path / "org.key").read_text())
    assert key["kdf"]["m"] >= 65536 and key["kdf"]["t"] >= 2  # calibrated, not the tests' fast
