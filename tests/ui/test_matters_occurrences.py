"""Matters & triggers tab (matters, court closures) and editing one occurrence of a series."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QDialog

from models.errors import InvalidInput
from models.records import Category, ClosureReason, EventKind, MatterKind
from ui.editors.appointment_dialog import AppointmentDialog
from ui.editors.care_dialogs import ClosureDialog
from ui.editors.matter_dialogs import ClosuresDialog, MatterDialog
from ui.editors.open_editor import OccurrenceChoiceDialog, split_key
from ui.matters_tab import MattersTab
from ui.session import UiSession
from ui.timeline_tab import TimelineTab
from workbench.operations import care, cases, dates

ACCEPTED = QDialog.DialogCode.Accepted
LA = ZoneInfo("America/Los_Angeles")
TODAY = date(2026, 5, 4)


@pytest.fixture
def session(vault):
    return UiSession(vault, today=lambda: TODAY)


@pytest.fixture
def case(session):
    return cases.add_case(session, display_name="Test Client", jurisdiction="CA").value


def test_matters_tab_adds_a_matter_with_every_field(qtbot, qtmodeltester, session, case):
    tab = MattersTab(session, case)
    qtbot.addWidget(tab)
    dlg = tab.add_matter()
    assert isinstance(dlg, MatterDialog) and dlg.jurisdiction.currentText() == "CA"
    dlg.kind.setCurrentIndex(dlg.kind.findData(MatterKind.PROTECTIVE_ORDER))
    dlg.title_edit.setText("DVRO")
    dlg.court.setText("Superior Court, Los Angeles")
    dlg.case_number.setText("24STRO01234")
    with qtbot.waitSignal(tab.live.reloaded):
        dlg.accept()
    assert dlg.result() == ACCEPTED
    [matter] = session.store.list_matters(case.id)
    assert (matter.kind, matter.title, matter.court, matter.case_number, matter.jurisdiction) == (
        MatterKind.PROTECTIVE_ORDER, "DVRO", "Superior Court, Los Angeles", "24STRO01234", "CA")
    assert tab.matters.rowCount() == 1 and tab.matters.index(0, 4).data() == "24STRO01234"
    qtmodeltester.check(tab.matters)


@pytest.mark.parametrize("title,jurisdiction,error_on", [
    ("  ", "CA", "title"), ("Asylum", "Narnia", "jurisdiction")])
def test_matter_dialog_refuses_bad_input(qtbot, session, case, title, jurisdiction, error_on):
    dlg = MatterDialog(session, case)
    qtbot.addWidget(dlg)
    dlg.title_edit.setText(title)
    dlg.jurisdiction.setCurrentText(jurisdiction)
    dlg.accept()
    assert dlg.result() != ACCEPTED and dlg.error_text(error_on)
    assert session.store.list_matters(case.id) == []


def test_matters_tab_edits_the_selected_matter(qtbot, session, case):
    care.add_matter(session, case_id=case.id, kind=MatterKind.IMMIGRATION, title="T visa")
    tab = MattersTab(session, case)
    qtbot.addWidget(tab)
    assert tab.edit_matter() is None  # nothing selected
    tab.matters_table.selectRow(0)
    dlg = tab.edit_matter()
    assert dlg.title_edit.text() == "T visa"
    dlg.title_edit.setText("T visa (I-914)")
    with qtbot.waitSignal(tab.live.reloaded):
        dlg.accept()
    assert [m.title for m in session.store.list_matters(case.id)] == ["T visa (I-914)"]
    assert tab.matters.index(0, 2).data() == "T visa (I-914)"


def test_matters_tab_court_closures_lists_and_adds(qtbot, session, case):
    dates.add_closure(session, day=date(2026, 7, 3), calendar="*",
                      reason=ClosureReason.EXECUTIVE_ORDER)
    tab = MattersTab(session, case)
    qtbot.addWidget(tab)
    listing = tab.show_closures()
    assert isinstance(listing, ClosuresDialog) and listing.model.rowCount() == 1
    editor = listing.add_closure()
    assert isinstance(editor, ClosureDialog)
    editor.day.line.setText("2026-12-24")
    editor.calendar.setCurrentIndex(editor.calendar.findData("CA"))
    editor.reason.setCurrentIndex(editor.reason.findData(ClosureReason.INACCESSIBLE))
    with qtbot.waitSignal(listing.live.reloaded):
        editor.accept()
    assert editor.result() == ACCEPTED
    days = [listing.model.index(r, 0).data() for r in range(listing.model.rowCount())]
    assert days == ["2026-07-03", "2026-12-24"]
    again = listing.add_closure()  # the same day and calendar twice is refused
    again.day.line.setText("2026-12-24")
    again.calendar.setCurrentIndex(again.calendar.findData("CA"))
    again.accept()
    assert again.result() != ACCEPTED and again.error_text("day")
    assert len(session.store.list_closures()) == 2


def _series(session, case):
    start = datetime(2026, 5, 6, 9, 30, tzinfo=LA)
    return dates.add_event(
        session, case_id=case.id, kind=EventKind.SERVICE_APPOINTMENT, title="Caseworker meeting",
        category=Category.HOUSING_BENEFITS, start=start, end=start + timedelta(minutes=50),
        tz="America/Los_Angeles", rrule="FREQ=WEEKLY;INTERVAL=1;COUNT=4",
        assigned_to="ana").value


def _open_occurrence(qtbot, session, case, day):
    series = _series(session, case)
    tab = TimelineTab(session, case)
    qtbot.addWidget(tab)
    key = f"event:{series.id}@{day.isoformat()}"
    assert key in [e.key for e in tab.view.entries()]
    choice = tab.open_entry(key)
    assert isinstance(choice, OccurrenceChoiceDialog)
    return tab, series, choice


def test_occurrence_edit_this_occurrence_only(qtbot, session, case):
    day = date(2026, 5, 13)
    tab, series, choice = _open_occurrence(qtbot, session, case, day)
    choice.occurrence_button.click()
    dlg = tab.dialog
    assert isinstance(dlg, AppointmentDialog) and dlg is choice.editor
    assert dlg.day.text() == "2026-05-13" and dlg.start_time.text() == "09:30"
    assert not dlg.repeat.isEnabled() and "occurrence" in dlg.windowTitle()
    dlg.start_time.setText("14:00")
    dlg.end_time.setText("14:50")
    with qtbot.waitSignal(tab.live.reloaded):
        dlg.accept()
    assert session.store.get_event(series.id).exdates == (day,)
    one = dlg.saved
    assert one.rrule is None and one.start == datetime(2026, 5, 13, 14, 0, tzinfo=LA)
    assert one.assigned_to == "ana" and one.title == "Caseworker meeting"
    keys = [e.key for e in tab.view.entries()]
    assert f"event:{series.id}@2026-05-13" not in keys and f"event:{one.id}" in keys
    assert sum(1 for k in keys if split_key(k)[0] in (series.id, one.id)) == 4


def test_occurrence_edit_whole_series(qtbot, session, case):
    tab, series, choice = _open_occurrence(qtbot, session, case, date(2026, 5, 20))
    choice.series_button.click()
    dlg = tab.dialog
    assert dlg.day.text() == "2026-05-06" and dlg.repeat.isEnabled()
    dlg.title_edit.setText("Caseworker meeting (new room)")
    with qtbot.waitSignal(tab.live.reloaded):
        dlg.accept()
    titles = {e.title for e in tab.view.entries()}
    assert titles == {"Caseworker meeting (new room)"} and len(tab.view.entries()) == 4
    assert session.store.get_event(series.id).exdates == ()


def test_occurrence_edit_is_all_or_nothing(qtbot, session, case, monkeypatch):
    tab, series, choice = _open_occurrence(qtbot, session, case, date(2026, 5, 13))
    choice.occurrence_button.click()

    def refuse(*_a, **_k):
        raise InvalidInput("location: too long", field="location")

    monkeypatch.setattr(session.store, "add_event", refuse)
    tab.dialog.accept()
    assert tab.dialog.result() != ACCEPTED and tab.dialog.error_text("location")
    assert session.store.get_event(series.id).exdates == ()  # the skip date was rolled back


def test_occurrence_choice_cancel_changes_nothing(qtbot, session, case):
    tab, series, choice = _open_occurrence(qtbot, session, case, date(2026, 5, 13))
    choice.reject()
    assert tab.dialog is choice and choice.editor is None
    assert session.store.get_event(series.id) == series
