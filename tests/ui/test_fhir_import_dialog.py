"""File → Import from the EHR… on a real demo vault (offscreen): the dry run listing what an
import would do, the explicit once-only confirmation of an unknown patient as the open case's,
the import in the background with a confirmation, refusals and errors shown, the role gate,
and everything forgotten on lock."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import demo_session
from ui.fhir_import_dialog import FhirImportDialog
from ui.lock_manager import close_all_dialogs
from ui.session import UiSession

WAIT = 60_000
DATA = Path(__file__).resolve().parents[1] / "data" / "fhir"
EXPORT = DATA / "openemr-export"


@pytest.fixture
def clinician(demo_template: Path, tmp_path: Path) -> Iterator[UiSession]:
    yield from demo_session(demo_template, tmp_path, "ben")


@pytest.fixture
def advocate(demo_template: Path, tmp_path: Path) -> Iterator[UiSession]:
    yield from demo_session(demo_template, tmp_path, "ana")


def _dialog(qtbot, session: UiSession, ref: str | None = "C-0002") -> FhirImportDialog:
    case_id = session.store.get_case_by_ref(ref).id if ref else None
    dialog = FhirImportDialog(session, None, case_id=case_id)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def _check(qtbot, dialog: FhirImportDialog, path: Path) -> object:
    dialog.path.setText(str(path))
    with qtbot.waitSignal(dialog.planned, timeout=WAIT) as got:
        dialog.check_button.click()
    return got.args[0]


def _cells(dialog: FhirImportDialog, column: int) -> list[str]:
    return [dialog.table.item(r, column).text() for r in range(dialog.table.rowCount())]


def test_fhir_dialog_is_window_modal_and_its_title_holds_no_case_data(
        qtbot, clinician: UiSession) -> None:
    dialog = _dialog(qtbot, clinician)
    assert dialog.windowTitle() == "Import from the EHR"
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # open(), not exec()
    assert not dialog.import_button.isEnabled() and dialog.check_button.isEnabled()


def test_fhir_dialog_confirms_the_patient_once_then_imports(qtbot, clinician: UiSession) -> None:
    dialog = _dialog(qtbot, clinician)
    plan = _check(qtbot, dialog, EXPORT)
    assert plan.summary()["refused"] == 3 and _cells(dialog, 0) == ["Refused"] * 3
    assert dialog.confirm.isVisible() and not dialog.confirm.isChecked()
    assert "C-0002" in dialog.confirm.text() and "never matches a patient by name" in \
        dialog.confirm_text.text()
    assert "1042" not in dialog.confirm_text.text()  # the identifier's value is masked
    assert not dialog.import_button.isEnabled()  # nothing is imported past a refusal
    with qtbot.waitSignal(dialog.planned, timeout=WAIT):
        dialog.confirm.setChecked(True)  # the explicit confirmation: the plan is made again
    assert dialog.summary.text().startswith("3 new") and _cells(dialog, 2) == ["C-0002"] * 3
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT) as got:
        dialog.import_button.click()
    outcome = got.args[0]
    assert len(outcome.event_ids) == 3 and outcome.linked_patients == 1
    assert "Imported into C-0002: 3 new" in dialog.message.text()
    assert not dialog.import_button.isEnabled()
    case = clinician.store.get_case_by_ref("C-0002")
    titles = [e.title for e in clinician.store.list_events(case.id)]
    assert titles.count("Clinic appointment") >= 3
    # checked again: everything is unchanged, and no confirmation is asked any more
    plan = _check(qtbot, dialog, EXPORT)
    assert plan.summary()["unchanged"] == 3 and not dialog.confirm.isVisible()


def test_fhir_dialog_lists_refusals_and_can_skip_them(qtbot, clinician: UiSession,
                                                    tmp_path: Path) -> None:
    good = json.loads((DATA / "appointment-example.json").read_text("utf-8"))
    bad = tmp_path / "mixed.ndjson"
    bad.write_text(json.dumps(good) + "\n{oops\n", "utf-8")
    dialog = _dialog(qtbot, clinician)
    _check(qtbot, dialog, bad)
    with qtbot.waitSignal(dialog.planned, timeout=WAIT):
        dialog.confirm.setChecked(True)
    assert "line 2" in _cells(dialog, 1) and dialog.skip.isVisible()
    assert not dialog.import_button.isEnabled()
    dialog.skip.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT) as got:
        dialog.import_button.click()
    assert len(got.args[0].event_ids) == 1 and "1 refused resource skipped" in \
        dialog.message.text()


def test_fhir_dialog_shows_an_error_for_a_missing_file(qtbot, clinician: UiSession,
                                                      tmp_path: Path) -> None:
    dialog = _dialog(qtbot, clinician)
    dialog.path.setText(str(tmp_path / "nope.json"))
    with qtbot.waitSignal(dialog.import_failed, timeout=WAIT) as got:
        dialog.check_button.click()
    assert "not found" in got.args[0] and dialog.message.text().startswith("⚠")


def test_fhir_dialog_without_an_open_case_asks_to_open_it(qtbot, clinician: UiSession) -> None:
    dialog = _dialog(qtbot, clinician, ref=None)
    _check(qtbot, dialog, EXPORT)
    assert not dialog.confirm.isVisible() and "Open the survivor's case" in \
        dialog.confirm_text.text()


def test_fhir_dialog_is_gated_for_an_advocate(qtbot, advocate: UiSession) -> None:
    dialog = _dialog(qtbot, advocate)
    assert not dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()
    assert dialog.hint.isVisible() and "clinician or a supervisor" in dialog.hint.text()


def test_fhir_dialog_the_lock_closes_it_and_wipes_the_plan(qtbot, clinician: UiSession) -> None:
    dialog = _dialog(qtbot, clinician)
    _check(qtbot, dialog, EXPORT)
    assert dialog.is_dirty()
    close_all_dialogs()
    assert not dialog.isVisible() and dialog.table.rowCount() == 0
    assert dialog.path.text() == "" and dialog.confirm_text.text() == ""
    assert dialog.plan is None


def test_fhir_dialog_is_painted(qtbot, clinician: UiSession) -> None:
    dialog = _dialog(qtbot, clinician)
    _check(qtbot, dialog, EXPORT)
    image = dialog.grab().toImage()
    assert image.width() > 400 and image.height() > 300
    assert len({image.pixel(x, y) for x in range(0, image.width(), 25)
                for y in range(0, image.height(), 25)}) > 3


def test_fhir_dialog_every_control_has_an_accessible_name(qtbot, clinician: UiSession) -> None:
    from tests.ui.test_quality import unnamed

    dialog = _dialog(qtbot, clinician)
    _check(qtbot, dialog, EXPORT)
    assert unnamed(dialog) == []


def test_fhir_dialog_enter_checks_then_imports_and_escape_closes(
        qtbot, clinician: UiSession) -> None:
    dialog = _dialog(qtbot, clinician)
    dialog.path.setText(str(EXPORT))
    dialog.path.setFocus()
    with qtbot.waitSignal(dialog.planned, timeout=WAIT):
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)  # Check the file is the default
    with qtbot.waitSignal(dialog.planned, timeout=WAIT):
        dialog.confirm.setChecked(True)
    dialog.path.setFocus()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT):
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)  # now Import is
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_fhir_dialog_the_file_menu_opens_it_on_the_open_case(qtbot, shell) -> None:
    case = shell.session.store.list_cases()[0]
    shell.work.open_case(case.id)
    # the shell's user is an advocate: the menu entry is off, the dialog opens gated
    assert not shell.chrome.actions["import_ehr"].isEnabled()
    dialog = shell.work.show_interop("import_ehr")
    assert isinstance(dialog, FhirImportDialog) and dialog.isVisible()
    assert not dialog.check_button.isEnabled()
    assert dialog.case_id == case.id and dialog.case_ref == case.ref
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    shell.lock()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)


def test_fhir_dialog_shows_the_linked_patient_and_can_forget_it(qtbot,
                                                               clinician: UiSession) -> None:
    from workbench.operations import ehr_import

    patient = "Patient/96506861-511f-4f6d-bc97-b65a78cf1995"
    ehr_import.import_appointments(clinician, path=EXPORT, case_ref="C-0002",
                                   confirm_patient=patient)
    dialog = _dialog(qtbot, clinician)
    assert dialog.unlink_button.isVisible()
    assert "v2-0203|…" in dialog.linked.text() and "1042" not in dialog.linked.text()
    box = dialog.ask_unlink()
    assert box is not None and "C-0002" in box.text()
    remove = next(b for b in box.buttons() if b.text() == "&Remove")
    remove.click()
    qtbot.waitUntil(lambda: not dialog.unlink_button.isVisible(), timeout=WAIT)
    assert "no longer linked" in dialog.message.text()
    assert ehr_import.patient_links(clinician, case_ref="C-0002") == []
    assert not _dialog(qtbot, clinician, ref="C-0003").unlink_button.isVisible()
