"""One core, two faces: the same use case through the CLI and through the real dialog, on two
copies of the same demo vault, stores the same result.

The GUI side drives the real widgets with pytest-qt (never ``exec()``); the CLI side runs
``workbench.cli.run`` in-process. Both call the one operation of ``workbench.operations``, so
any disagreement here means a face grew logic of its own.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from models.records import ClosureReason
from tests.workbench.conftest import DEMO_TODAY, run_cli
from workbench.demo import DEMO_PASSPHRASE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CA_CASE = "C-0003"  # Оксана Коваленко: jurisdiction CA (a state forum, for an agency rule)
BIA = "B-EOIR-BIA-APPEAL"
TRIGGER_DAY = date(2027, 3, 1)
LAST_DAY = date(2027, 3, 31)  # 30 days; César Chávez Day (CA) does not close the BIA
HIDDEN_FROM_ADVOCATE = "Substance use counselling"


@pytest.fixture
def gui_vault(demo_template: Path, tmp_path: Path) -> Path:
    """A second private copy of the demo vault, for the GUI face."""
    path = tmp_path / "gui-vault"
    shutil.copytree(demo_template, path)
    return path


@pytest.fixture
def gui_session(gui_vault: Path) -> Iterator[object]:
    """The GUI's session on the second copy, unlocked as ana (advocate)."""
    from models.vault import open_vault
    from ui.session import UiSession

    vault = open_vault(gui_vault, "ana", DEMO_PASSPHRASE)
    try:
        yield UiSession(vault, today=lambda: DEMO_TODAY)
    finally:
        vault.lock()


def _stored(path: Path, case_ref: str) -> tuple[list[tuple], list[tuple]]:
    """(triggers, their deadlines) of one case, without ids: what both faces must agree on."""
    from models.vault import open_vault

    vault = open_vault(path, "sam", DEMO_PASSPHRASE)  # the supervisor reads every field
    try:
        store = vault.store
        case = store.get_case_by_ref(case_ref)
        rules = {t.id: t.rule_id for t in store.list_triggers(case.id)}
        triggers = sorted((t.rule_id, t.trigger_type, t.occurred, t.jurisdiction, t.service,
                           t.matter_id) for t in store.list_triggers(case.id))
        deadlines = sorted((rules[e.trigger_id], e.title, e.kind, e.category, e.due,
                            e.computed_due, e.owner, e.assigned_to, e.overridden, e.explanation)
                           for e in store.list_events(case_id=case.id) if e.trigger_id)
        return triggers, deadlines
    finally:
        vault.lock()


def _all_deadlines(path: Path) -> list[tuple]:
    return sorted(row for ref in ("C-0001", "C-0002", "C-0003", "C-0004", "C-0005", "C-0006")
                  for row in _stored(path, ref)[1])


def test_one_core_bia_trigger_in_california_same_deadline_both_faces(
        qtbot, capsys, demo_vault, gui_vault, gui_session):
    from ui.editors.trigger_dialog import TriggerDialog
    from workbench.operations.views import case_of

    code, out, err = run_cli(capsys, "trigger", "add", str(demo_vault), CA_CASE, "--user", "ana",
                             "--rule", BIA, "--date", TRIGGER_DAY.isoformat(), "--json")
    assert code == 0, err
    cli_dates = [d["due"] for d in json.loads(out)["deadlines"]]

    case = case_of(gui_session, case_ref=CA_CASE)
    assert case.jurisdiction == "CA"
    dialog = TriggerDialog(gui_session, case)
    qtbot.addWidget(dialog)
    dialog.rule.setCurrentIndex(dialog.rule.findData(BIA))
    dialog.occurred.line.setText(TRIGGER_DAY.isoformat())
    dialog.occurred.line.editingFinished.emit()
    assert dialog.jurisdiction.currentData() is None  # "The case's (CA)": the CLI's default too
    assert "The case's (CA)" == dialog.jurisdiction.currentText()
    assert f"EOIR-26 received by the BIA: {LAST_DAY.isoformat()}" in dialog.preview.toPlainText()
    with qtbot.waitSignal(gui_session.signals.operation_executed):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.general_error.text()

    cli, gui = _stored(demo_vault, CA_CASE), _stored(gui_vault, CA_CASE)
    assert cli == gui  # the same trigger (forum CA) and the same deadlines, field for field
    ours = [d for d in gui[1] if d[0] == BIA and d[4] >= TRIGGER_DAY]
    assert [d[4] for d in ours] == [LAST_DAY] and cli_dates == [LAST_DAY.isoformat()]
    assert ("B-EOIR-BIA-APPEAL", "ij_decision", TRIGGER_DAY, "CA", None, None) in gui[0]


def test_one_core_closure_recomputes_the_same_deadlines_both_faces(
        qtbot, capsys, demo_vault, gui_vault, gui_session):
    from ui.editors.care_dialogs import ClosureDialog

    before = _all_deadlines(gui_vault)
    assert before == _all_deadlines(demo_vault)
    closed = next(row[4] for row in before if row[0] == BIA)  # the demo's BIA appeal is due then
    code, out, err = run_cli(capsys, "closure", "add", str(demo_vault), closed.isoformat(),
                             "--user", "ana", "--calendar", "*", "--reason", "executive_order",
                             "--json")
    assert code == 0, err

    dialog = ClosureDialog(gui_session)
    qtbot.addWidget(dialog)
    dialog.day.line.setText(closed.isoformat())
    dialog.calendar.setCurrentIndex(dialog.calendar.findData("*"))
    dialog.reason.setCurrentIndex(dialog.reason.findData(ClosureReason.EXECUTIVE_ORDER))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.saved is not None, dialog.general_error.text()
    assert dialog.saved[1] == json.loads(out)["recomputed_triggers"]

    after = _all_deadlines(gui_vault)
    assert after == _all_deadlines(demo_vault)
    assert after != before  # the closure moved something (the BIA appeal due that day)
    assert closed not in {row[4] for row in after if row[0] == BIA}


def test_one_core_agenda_as_advocate_same_titles_both_faces(qtbot, capsys, demo_vault,
                                                             gui_vault, recent_settings):
    from ui.agenda_data import CONFLICT, OVERDUE, UPCOMING
    from workbench.app import build_main_window

    code, out, err = run_cli(capsys, "agenda", str(demo_vault), "--user", "ana", "--json")
    assert code == 0, err
    cli = json.loads(out)

    window = build_main_window(gui_vault, "ana", DEMO_PASSPHRASE, recent=recent_settings,
                               today=lambda: DEMO_TODAY)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
        model = window.agenda.model
        items = [model.item(r) for r in range(model.rowCount()) if model.item(r) is not None]
        gui = {section: sorted((i.day.isoformat(), i.title) for i in items if i.section == section)
               for section in (UPCOMING, OVERDUE)}
        assert gui[UPCOMING] == sorted((e["day"], e["title"]) for e in cli["upcoming"])
        assert gui[OVERDUE] == sorted((e["day"], e["title"]) for e in cli["overdue"])
        assert sorted(i.reason for i in items if i.section == CONFLICT) == sorted(
            c["reason"] for c in cli["conflicts"])
        assert gui[UPCOMING]  # a positive control: the agenda is not simply empty
        shown = [model.index(r, 0).data() for r in range(model.rowCount())]
        assert not any(HIDDEN_FROM_ADVOCATE in text for text in shown)
        assert HIDDEN_FROM_ADVOCATE not in out
    finally:
        window.lock()
        window.lock_manager.shutdown()
    # positive control: the item is in the agenda, a supervisor sees its title
    code, out, err = run_cli(capsys, "agenda", str(demo_vault), "--user", "sam", "--json")
    assert code == 0 and HIDDEN_FROM_ADVOCATE in out, err



@pytest.fixture
def recent_settings(tmp_path: Path):
    """A private recent-vaults file (never the user's settings)."""
    from ui.vault_picker import RecentVaults

    return RecentVaults(tmp_path / "config" / "workbench.ini")
