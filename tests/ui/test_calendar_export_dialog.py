"""File → Export calendar… on a real demo vault (offscreen): the open case preselected, the
role gate on full, each detail level's explanation and full's warning, the file written in the
background with a confirmation, errors shown, and everything forgotten on lock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from tests.ui.conftest import demo_session
from ui.calendar_export_dialog import EXPLANATIONS, FULL_WARNING, CalendarExportDialog
from ui.lock_manager import close_all_dialogs
from ui.session import UiSession

WAIT = 60_000


@pytest.fixture
def supervisor(demo_template: Path, tmp_path: Path) -> Iterator[UiSession]:
    yield from demo_session(demo_template, tmp_path, "sam")


@pytest.fixture
def advocate(demo_template: Path, tmp_path: Path) -> Iterator[UiSession]:
    yield from demo_session(demo_template, tmp_path, "ana")


def _dialog(qtbot, session: UiSession, ref: str | None = "C-0001") -> CalendarExportDialog:
    case_id = session.store.get_case_by_ref(ref).id if ref else None
    dialog = CalendarExportDialog(session, None, case_id=case_id)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def _export(qtbot, dialog: CalendarExportDialog, out: Path) -> object:
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=WAIT) as got:
        dialog.export_button.click()
    return got.args[0]


def test_the_open_case_is_preselected_and_the_title_holds_no_case_data(
        qtbot, supervisor: UiSession) -> None:
    dialog = _dialog(qtbot, supervisor)
    assert dialog.case.currentText().startswith("C-0001 — ")
    assert dialog.windowTitle() == "Export calendar"
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # open(), not exec()
    assert dialog.case.itemData(0) is None and dialog.case.itemText(0).startswith("Every case")
    assert dialog.staff.itemText(0) == "Everyone" and dialog.staff.findText("cam") > 0


def test_without_an_open_case_every_case_is_chosen(qtbot, advocate: UiSession) -> None:
    dialog = _dialog(qtbot, advocate, ref=None)
    assert dialog.case.currentData() is None
    assert dialog.case.count() == len(advocate.store.list_cases()) + 1


def test_each_detail_level_explains_itself_and_full_warns(qtbot, supervisor: UiSession) -> None:
    dialog = _dialog(qtbot, supervisor)
    assert dialog.radios["generic"].isChecked()  # the safe default
    for level in ("generic", "case-ref", "full"):
        dialog.radios[level].setChecked(True)
        assert dialog.explanation.text() == EXPLANATIONS[level]
        assert dialog.warning.isVisible() == (level == "full")
        assert dialog.purpose.isEnabled() == (level == "full")
    assert "disclosure" in FULL_WARNING and "calendar service" in FULL_WARNING


def test_full_is_gated_for_a_role_without_the_export_permission(qtbot,
                                                               advocate: UiSession) -> None:
    dialog = _dialog(qtbot, advocate)
    full = dialog.radios["full"]
    assert not full.isEnabled()
    assert "export" in full.toolTip() and "supervisor" in full.toolTip()
    assert dialog.radios["generic"].isEnabled() and dialog.radios["case-ref"].isEnabled()


def test_a_generic_export_is_written_and_confirmed(qtbot, advocate: UiSession,
                                                   tmp_path: Path) -> None:
    dialog = _dialog(qtbot, advocate)
    out = tmp_path / "diary.ics"
    result = _export(qtbot, dialog, out)
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert result.events == len(events) > 0 and result.cases == 1  # type: ignore[attr-defined]
    text = dialog.message.text()
    assert f"Wrote {len(events)} events of 1 case to {out}." in text
    assert "Not a disclosure" in text
    assert {str(e["SUMMARY"]).endswith("(Workbench)") for e in events} == {True}
    assert b"C-0001" not in out.read_bytes()
    assert dialog.export_button.isEnabled() and not dialog.progress.isVisible()


def test_a_full_export_is_recorded_as_a_disclosure_and_says_so(qtbot, supervisor: UiSession,
                                                               tmp_path: Path) -> None:
    dialog = _dialog(qtbot, supervisor)
    dialog.radios["full"].setChecked(True)
    dialog.purpose.setText("court diary")
    with qtbot.waitSignal(supervisor.signals.operation_executed, timeout=WAIT):
        result = _export(qtbot, dialog, tmp_path / "full.ics")
    assert result.disclosure  # type: ignore[attr-defined]
    assert "Recorded as a disclosure" in dialog.message.text()
    case = supervisor.store.get_case_by_ref("C-0001")
    logged = supervisor.store.list_disclosures(case.id)[-1]
    assert (logged.recipient, logged.purpose) == ("calendar export", "court diary")


def test_a_period_and_a_staff_member_narrow_the_export(qtbot, supervisor: UiSession,
                                                       tmp_path: Path) -> None:
    dialog = _dialog(qtbot, supervisor, ref=None)
    dialog.staff.setCurrentIndex(dialog.staff.findText("cam"))
    dialog.use_period.setChecked(True)
    assert dialog.period_from.isEnabled()
    narrow = _export(qtbot, dialog, tmp_path / "cam.ics")
    dialog.staff.setCurrentIndex(0)
    dialog.use_period.setChecked(False)
    wide = _export(qtbot, dialog, tmp_path / "all.ics")
    assert 0 < narrow.events < wide.events  # type: ignore[attr-defined]


def test_an_error_is_shown_and_nothing_is_written(qtbot, advocate: UiSession,
                                                  tmp_path: Path) -> None:
    dialog = _dialog(qtbot, advocate)
    dialog.path.setText(str(tmp_path / "missing" / "x.ics"))
    with qtbot.waitSignal(dialog.export_failed, timeout=WAIT) as got:
        dialog.export_button.click()
    assert "does not exist" in got.args[0] and "⚠" in dialog.message.text()
    assert not (tmp_path / "missing").exists()
    dialog.use_period.setChecked(True)
    dialog.period_from.setDate(dialog.period_to.date().addDays(1))
    dialog.path.setText(str(tmp_path / "y.ics"))
    assert not dialog.start_export()
    assert "after its end" in dialog.message.text() and not (tmp_path / "y.ics").exists()


def test_choose_opens_a_window_modal_save_dialog(qtbot, advocate: UiSession,
                                                 tmp_path: Path) -> None:
    dialog = _dialog(qtbot, advocate)
    picker = dialog.choose_file()
    assert isinstance(picker, QFileDialog) and picker.isVisible()
    assert picker.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    picker.fileSelected.emit(str(tmp_path / "chosen.ics"))
    assert dialog.path.text() == str(tmp_path / "chosen.ics")
    QDialog.done(picker, 0)


def test_the_lock_closes_it_and_wipes_the_form(qtbot, advocate: UiSession,
                                               tmp_path: Path) -> None:
    dialog = _dialog(qtbot, advocate)
    _export(qtbot, dialog, tmp_path / "x.ics")
    close_all_dialogs()
    assert not dialog.isVisible()
    assert dialog.message.text() == "" and dialog.case.count() == 0
    assert dialog.path.text() == "" and dialog.result_value is None


def test_it_is_painted(qtbot, supervisor: UiSession) -> None:
    dialog = _dialog(qtbot, supervisor)
    image = dialog.grab().toImage()
    assert image.width() > 400 and image.height() > 300
    assert len({image.pixel(x, y) for x in range(0, image.width(), 25)
                for y in range(0, image.height(), 25)}) > 3


def test_the_file_menu_opens_it_on_the_open_case_and_the_lock_closes_it(qtbot, shell) -> None:
    case = shell.session.store.list_cases()[0]
    shell.work.open_case(case.id)
    shell.chrome.actions["export_calendar"].trigger()
    dialog = next(w for w in shell.findChildren(CalendarExportDialog) if w.isVisible())
    assert dialog.case.currentData() == case.id
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    shell.lock()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)


def test_every_control_has_an_accessible_name(qtbot, advocate: UiSession) -> None:
    from tests.ui.test_quality import unnamed

    dialog = _dialog(qtbot, advocate)
    assert unnamed(dialog) == []


def test_enter_exports_and_escape_closes(qtbot, advocate: UiSession, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, advocate)
    dialog.path.setText(str(tmp_path / "keys.ics"))
    dialog.path.setFocus()
    with qtbot.waitSignal(dialog.exported, timeout=WAIT):
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    assert (tmp_path / "keys.ics").exists()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_progress_is_reported_in_steps_not_once_per_case() -> None:
    from ui.calendar_export_dialog import in_steps

    seen: list[tuple[int, int]] = []
    report = in_steps(lambda done, total: seen.append((done, total)))
    for done in range(1, 427):
        report(done, 426)
    assert len(seen) <= 21 and seen[-1] == (426, 426)
    assert [d for d, _ in seen] == sorted({d for d, _ in seen})
