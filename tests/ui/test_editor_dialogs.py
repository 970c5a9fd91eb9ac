"""Editors drive real widgets, save through a real vault's store, and refuse bad input."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from models.records import Category, EventKind
from ui.editors.appointment_dialog import AppointmentDialog
from ui.editors.care_dialogs import ClosureDialog, GoalDialog
from ui.editors.ledger_dialogs import ConsentDialog, DocumentDialog
from ui.editors.legal_dialogs import DeadlineDialog, HearingDialog
from ui.editors.trigger_dialog import TriggerDialog
from ui.session import UiSession

ACCEPTED = QDialog.DialogCode.Accepted


@pytest.fixture
def session(vault):
    return UiSession(vault, today=lambda: date(2026, 5, 4))


@pytest.fixture
def case(session):
    return session.store.add_case("Test Client", jurisdiction="CA")


def _dialog(qtbot, cls, session, case, existing=None):
    dlg = cls(session, case, existing)
    qtbot.addWidget(dlg)
    return dlg


def test_editor_appointment_saves_recurring_series_with_zone_from_jurisdiction(qtbot, session, case):
    dlg = _dialog(qtbot, AppointmentDialog, session, case)
    assert dlg.zone.currentText() == "America/Los_Angeles"
    dlg.title_edit.setText("Therapy")
    dlg.day.line.setText("2026-05-06")
    dlg.start_time.setText("09:30")
    dlg.end_time.setText("10:20")
    dlg.repeat.setCurrentIndex(dlg.repeat.findData("WEEKLY"))
    dlg.interval.setValue(2)
    dlg.count.setValue(5)
    dlg.exceptions.setText("2026-05-20")
    dlg.interpreter_needed.setChecked(True)
    dlg.interpreter_language.setText("Tigrinya")
    dlg.accept()
    assert dlg.result() == ACCEPTED
    [ev] = session.store.list_events(case_id=case.id)
    assert ev.rrule == "FREQ=WEEKLY;INTERVAL=2;COUNT=5"
    assert ev.exdates == (date(2026, 5, 20),)
    assert ev.tz == "America/Los_Angeles" and ev.start.hour == 9 and ev.start.minute == 30
    assert ev.interpreter_needed and not ev.interpreter_booked


@pytest.mark.parametrize("field,text,error_on", [
    ("day", "2026-02-30", "day"),
    ("day", "05/06/2026", "day"),
    ("start_time", "25:00", "start"),
    ("end_time", "08:00", "end"),
    ("title_edit", "  ", "title"),
])
def test_editor_appointment_refuses_bad_input_and_saves_nothing(qtbot, session, case, field,
                                                                 text, error_on):
    dlg = _dialog(qtbot, AppointmentDialog, session, case)
    dlg.title_edit.setText("Clinic")
    widget = getattr(dlg, field)
    (widget.line if field == "day" else widget).setText(text)
    dlg.accept()
    assert dlg.result() != ACCEPTED
    assert dlg.error_text(error_on)
    assert session.store.list_events(case_id=case.id) == []


def test_editor_appointment_repeat_until_needs_its_date(qtbot, session, case):
    # open-ended is a valid default now; "until" without a date is what cannot be saved
    dlg = _dialog(qtbot, AppointmentDialog, session, case)
    dlg.title_edit.setText("Clinic")
    dlg.repeat.setCurrentIndex(dlg.repeat.findData("DAILY"))
    dlg.ends.setCurrentIndex(dlg.ends.findData("until"))
    dlg.until.line.setText("")
    dlg.accept()
    assert dlg.result() != ACCEPTED and dlg.error_text("until")


def test_editor_hearing_and_deadline_save_and_override(qtbot, session, case):
    hearing = _dialog(qtbot, HearingDialog, session, case)
    hearing.title_edit.setText("Master calendar hearing")
    hearing.day.line.setText("2026-06-01")
    hearing.accept()
    assert hearing.result() == ACCEPTED and hearing.saved.kind == EventKind.COURT_HEARING
    dl = _dialog(qtbot, DeadlineDialog, session, case)
    dl.title_edit.setText("File I-914")
    dl.due.line.setText("2026-07-01")
    dl.assigned.setText("ana")
    dl.accept()
    assert dl.result() == ACCEPTED and dl.saved.due == date(2026, 7, 1)
    edit = _dialog(qtbot, DeadlineDialog, session, case, dl.saved)
    edit.due.line.setText("2026-07-03")
    edit.accept()
    assert session.store.get_event(dl.saved.id).due == date(2026, 7, 3)


def test_editor_consent_needs_a_category_then_saves_and_revokes(qtbot, session, case):
    dlg = _dialog(qtbot, ConsentDialog, session, case)
    dlg.picker.show_new_form()  # the recipient is a contact: added inline
    dlg.picker.new_name.setText("Immigration attorney")
    assert dlg.picker.add_new() and dlg.recipient.text() == "Immigration attorney"
    dlg.purpose.setText("T visa application")
    dlg.accept()
    assert dlg.result() != ACCEPTED and dlg.error_text("categories")
    dlg.categories.boxes[Category.IMMIGRATION].setChecked(True)
    dlg.expires.line.setText("2026-01-01")
    dlg.accept()
    assert dlg.error_text("expires") and session.store.list_consents(case.id) == []
    dlg.expires.line.setText("2027-05-04")
    dlg.accept()
    dlg.question.button(QMessageBox.StandardButton.Yes).click()  # the restating question
    assert dlg.result() == ACCEPTED
    [consent] = session.store.list_consents(case.id)
    assert consent.categories == frozenset({Category.IMMIGRATION})
    revoke = _dialog(qtbot, ConsentDialog, session, case, consent)
    revoke.revoked.line.setText("2026-05-10")
    revoke.accept()
    revoke.question.button(QMessageBox.StandardButton.Yes).click()
    assert session.store.list_consents(case.id)[0].revoked == date(2026, 5, 10)


def test_editor_document_stores_pdf_and_refuses_other_files(qtbot, session, case, tmp_path):
    bad = tmp_path / "notes.pdf"
    bad.write_bytes(b"just text")
    dlg = _dialog(qtbot, DocumentDialog, session, case)
    dlg.path.setText(str(bad))
    dlg.title_edit.setText("Medical letter")
    dlg.accept()
    assert dlg.result() != ACCEPTED and "PDF" in dlg.error_text("file")
    good = tmp_path / "letter.pdf"
    good.write_bytes(b"%PDF-1.4\n%%EOF\n")
    dlg.path.setText(str(good))
    dlg.accept()
    assert dlg.result() == ACCEPTED
    [doc] = session.store.list_documents(case.id)
    assert doc.media_type == "application/pdf"
    assert session.store.document_bytes(doc.id) == good.read_bytes()


def test_editor_goal_with_milestones_and_bad_milestone_date(qtbot, session, case):
    dlg = _dialog(qtbot, GoalDialog, session, case)
    dlg.title_edit.setText("Stable housing")
    dlg.milestones.setPlainText("2026-13-01 Apply")
    dlg.accept()
    assert dlg.result() != ACCEPTED and dlg.error_text("milestones")
    assert session.store.list_goals(case.id) == []
    dlg.milestones.setPlainText("2026-06-01 Apply\nVisit flat")
    dlg.accept()
    [goal] = session.store.list_goals(case.id)
    assert [(m.title, m.due) for m in goal.milestones] == [
        ("Apply", date(2026, 6, 1)), ("Visit flat", None)]


def test_editor_closure_saves_a_closed_day(qtbot, session, case):
    dlg = _dialog(qtbot, ClosureDialog, session, case)
    dlg.day.line.setText("2026-12-24")
    dlg.calendar.setCurrentIndex(dlg.calendar.findData("CA"))
    dlg.accept()
    assert [(c.day, c.calendar) for c in session.store.list_closures()] == [
        (date(2026, 12, 24), "CA")]


def test_editor_trigger_previews_dates_then_saves_deadlines(qtbot, session, case):
    dlg = _dialog(qtbot, TriggerDialog, session, case)
    dlg.rule.set_rule("A-FRCP-6a1")
    dlg.occurred.line.setText("2026-12-11")
    dlg.update_preview()
    text = dlg.preview.toPlainText()
    assert "2026-12-28" in text and "A-FRCP-6a1" in text  # the 25th rolled past Christmas
    assert session.store.list_triggers(case.id) == []  # nothing saved by the preview
    dlg.accept()
    assert dlg.result() == ACCEPTED
    [trigger] = session.store.list_triggers(case.id)
    deadlines = [e for e in session.store.list_events(case_id=case.id) if e.trigger_id]
    assert deadlines and deadlines[0].due == date(2026, 12, 28) and deadlines[0].explanation


def test_editor_is_dirty_after_typing_and_clear_wipes_text(qtbot, session, case):
    dlg = _dialog(qtbot, ConsentDialog, session, case)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert not dlg.is_dirty()
    dlg.recipient.setText("Shelter")
    dlg.categories.boxes[Category.HOUSING_BENEFITS].setChecked(True)
    assert dlg.is_dirty()  # the lock reports an unsaved form as discarded
    dlg.clear()
    assert dlg.recipient.text() == "" and dlg.granted.text() == ""
