"""The interpreter booking dialog (opened from the Dates tab) and the interpreter marks of the
Dates list and the agenda: real widgets over a real vault; saves go through the operations."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from models.records import BookingStatus, Category, EventKind
from ui.agenda_data import CONFLICT, UPCOMING, load_agenda
from ui.dates_tab import DatesTab
from ui.interpreter_booking_dialog import InterpreterBookingDialog
from ui.session import UiSession
from workbench.operations import cases, dates, interpreters

LA = ZoneInfo("America/Los_Angeles")
TODAY = date(2026, 5, 4)
ACCEPTED = QDialog.DialogCode.Accepted


@pytest.fixture
def session(vault):
    return UiSession(vault, today=lambda: TODAY)


@pytest.fixture
def case(supervisor):
    """A Tigrinya-speaking client's hearing (which needs an interpreter), a clinic visit and
    a deadline, seeded by a supervisor."""
    ctx = supervisor
    case = cases.add_case(ctx, display_name="Test Client", jurisdiction="CA",
                          interpreter_language="Tigrinya").value
    at = datetime(2026, 5, 6, 10, 0, tzinfo=LA)
    dates.add_event(ctx, case_id=case.id, kind=EventKind.COURT_HEARING, title="Master hearing",
                    category=Category.IMMIGRATION, start=at, end=at + timedelta(hours=1),
                    tz="America/Los_Angeles", interpreter_needed=True)
    dates.add_event(ctx, case_id=case.id, kind=EventKind.MEDICAL_APPOINTMENT,
                    title="Clinic visit", category=Category.MEDICAL, start=at + timedelta(days=3),
                    end=at + timedelta(days=3, hours=1), tz="America/Los_Angeles")
    dates.add_event(ctx, case_id=case.id, kind=EventKind.LEGAL_DEADLINE, title="File brief",
                    category=Category.IMMIGRATION, due=date(2026, 5, 20), all_day=True)
    return case


def _tab(qtbot, session, case) -> DatesTab:
    tab = DatesTab(session, case)
    qtbot.addWidget(tab)
    return tab


def _select(tab: DatesTab, title: str) -> None:
    for row in range(tab.proxy.rowCount()):
        if tab.proxy.index(row, 4).data().endswith(title):
            tab.table.selectRow(row)
            return
    raise AssertionError(title)


def _column(tab: DatesTab, title: str) -> str:
    column = tab.model.COLUMNS.index("interpreter")
    for row in range(tab.proxy.rowCount()):
        if tab.proxy.index(row, 4).data().endswith(title):
            return str(tab.proxy.index(row, column).data())
    raise AssertionError(title)


def _open(qtbot, session, case, title: str = "Master hearing") -> InterpreterBookingDialog:
    tab = _tab(qtbot, session, case)
    _select(tab, title)
    dialog = tab.open_interpreter()
    assert isinstance(dialog, InterpreterBookingDialog)
    qtbot.addWidget(dialog)
    return dialog


def test_the_button_is_for_appointments_and_hearings_and_opens_window_modal(
        qtbot, session, case) -> None:
    tab = _tab(qtbot, session, case)
    assert not tab.interpreter.isEnabled()  # nothing selected
    _select(tab, "File brief")
    assert not tab.interpreter.isEnabled()
    _select(tab, "Master hearing")
    assert tab.interpreter.isEnabled() and "&" in tab.interpreter.text()  # Alt+I
    assert _column(tab, "Master hearing") == "needed, not booked"
    qtbot.mouseClick(tab.interpreter, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, InterpreterBookingDialog)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.windowTitle() == "Interpreter booking"  # no case data in the title
    # the case's language is offered; Tab runs down the form
    assert dialog.language.text() == "Tigrinya"
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.booking)
    for expected in (dialog.language, dialog.dialect, dialog.provider):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is expected


def test_a_new_booking_is_saved_confirmed_after_and_the_list_marks_it(
        qtbot, session, case) -> None:
    dialog = _open(qtbot, session, case)
    dialog.name.setText("Hagos T.")
    dialog.vendor.setText("Horn Lines")
    dialog.mode.setCurrentIndex(dialog.mode.findData("video"))
    with qtbot.waitSignal(session.signals.confirmed) as said:
        dialog.accept()
    assert dialog.result() == ACCEPTED and said.args == ["Interpreter booking saved."]
    [booking] = session.store.list_interpreter_bookings(case.id)
    assert (booking.language, booking.interpreter_name, booking.vendor, booking.mode.value,
            booking.status) == ("Tigrinya", "Hagos T.", "Horn Lines", "video",
                                BookingStatus.REQUESTED)
    tab = _tab(qtbot, session, case)
    assert _column(tab, "Master hearing") == "requested, not confirmed"
    # the same dialog again edits the booking picked: confirm it with the reference
    again = _open(qtbot, session, case)
    again.booking.setCurrentIndex(again.booking.findData(booking.id))
    assert again.name.text() == "Hagos T."
    again.status.setCurrentIndex(again.status.findData("confirmed"))
    again.reference.setText("HL-42")
    with qtbot.waitSignal(session.signals.confirmed):
        again.accept()
    assert session.store.get_interpreter_booking(booking.id).reference == "HL-42"
    event = session.store.get_event(booking.event_id)
    assert event.interpreter_booked
    assert _column(_tab(qtbot, session, case), "Master hearing") == "confirmed"


def test_errors_are_shown_next_to_the_field_and_nothing_is_written(qtbot, session, case) -> None:
    dialog = _open(qtbot, session, case)
    dialog.language.setText("  ")
    dialog.accept()
    assert dialog.result() != ACCEPTED and dialog.error_text("language")
    dialog.language.setText("Tigrinya")
    dialog.status.setCurrentIndex(dialog.status.findData("confirmed"))
    dialog.accept()  # a vendor's booking needs its reference to be confirmed
    assert dialog.result() != ACCEPTED and "reference" in dialog.error_text("reference")
    assert session.store.list_interpreter_bookings(case.id) == []


def test_a_role_that_may_not_write_the_event_s_category_is_told_up_front(
        qtbot, session, case) -> None:
    assert session.role == "advocate"  # writes legal records, not medical ones
    dialog = _open(qtbot, session, case, "Clinic visit")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not save.isEnabled() and "may not" in dialog.general_error.text()
    dialog.accept()
    assert session.store.list_interpreter_bookings(case.id) == []


def test_the_agenda_marks_the_interpreter_state_and_shows_booking_conflicts(
        qtbot, session, case) -> None:
    hearing = next(e for e in session.store.list_events(case.id)
                   if e.kind is EventKind.COURT_HEARING)
    interpreters.book(session, event_id=hearing.id, language="Amharic", provider="vendor",
                      mode="phone")
    items, _labels = load_agenda(session)
    [upcoming] = [i for i in items if i.section == UPCOMING and i.key == f"event:{hearing.id}"]
    assert upcoming.interpreter == "requested"
    conflicts = [i for i in items if i.section == CONFLICT and i.key == f"event:{hearing.id}"]
    reasons = " ".join(i.reason for i in conflicts)
    assert "another language (Amharic)" in reasons and "(Tigrinya)" in reasons
    assert "Master hearing" not in reasons
    from ui.agenda_dock import AgendaListModel

    model = AgendaListModel()
    model.set_items(items, _labels)
    texts = [model.data(model.index(r)) for r in range(model.rowCount())]
    assert any("interpreter requested" in str(t) for t in texts)


def test_the_timeline_entries_carry_the_booking_conflicts(qtbot, session, case) -> None:
    hearing = next(e for e in session.store.list_events(case.id)
                   if e.kind is EventKind.COURT_HEARING)
    interpreters.book(session, event_id=hearing.id, language="Amharic", provider="vendor",
                      mode="phone")
    tab = _tab(qtbot, session, case)
    [entry] = [tab.model.entry(r) for r in range(tab.model.rowCount())
               if tab.model.entry(r).key == f"event:{hearing.id}"]
    assert entry.interpreter == "requested"
    assert any("another language (Amharic)" in reason for reason in entry.conflicts)
    assert any(i.startswith("interpreter_language|") for i in entry.conflict_ids)
    column = tab.model.COLUMNS.index("title")
    marked = [tab.model.index(r, column).data() for r in range(tab.model.rowCount())]
    assert "! Master hearing" in marked  # the list marks the conflict


def test_a_booking_s_contact_of_another_kind_is_kept_on_save(qtbot, session, case,
                                                             supervisor) -> None:
    from workbench.operations import care

    hearing = next(e for e in session.store.list_events(case.id)
                   if e.kind is EventKind.COURT_HEARING)
    other = care.add_contact(supervisor, case_id=case.id, kind="other",
                             name="Cousin who interprets").value
    booking = interpreters.book(session, event_id=hearing.id, language="Tigrinya",
                                provider="volunteer", mode="in_person",
                                contact_id=other.id).value
    dialog = _open(qtbot, session, case)
    dialog.booking.setCurrentIndex(dialog.booking.findData(booking.id))
    assert dialog.contact.currentData() == other.id
    dialog.notes.setText("meets her at the door")
    with qtbot.waitSignal(session.signals.confirmed):
        dialog.accept()
    kept = session.store.get_interpreter_booking(booking.id)
    assert (kept.contact_id, kept.notes) == (other.id, "meets her at the door")


def test_the_hearing_editor_shows_booked_as_its_bookings_set_it(qtbot, session, case) -> None:
    """With a booking, the editor's "Interpreter booked" only shows what the bookings say
    (disabled, saying where it is set); the hearing's other fields still save. Without one the
    box stays the hand-set flag of older records."""
    from ui.editors.legal_dialogs import HearingDialog

    hearing = next(e for e in session.store.list_events(case.id) if e.title == "Master hearing")
    visit = next(e for e in session.store.list_events(case.id) if e.title == "Clinic visit")
    plain = HearingDialog(session, case, visit)
    qtbot.addWidget(plain)
    assert plain.interpreter_booked.isEnabled() and plain.interpreter_booked.text() == ""
    booking = interpreters.book(session, event_id=hearing.id, language="Tigrinya",
                                provider="vendor", mode="video").value
    interpreters.confirm(session, booking_id=booking.id)
    dialog = HearingDialog(session, case, session.store.get_event(hearing.id))
    qtbot.addWidget(dialog)
    box = dialog.interpreter_booked
    assert box.isChecked() and not box.isEnabled()
    assert "Interpreter" in box.text() and "confirmed" in box.toolTip()
    dialog.title_edit.setText("Individual hearing")
    with qtbot.waitSignal(session.signals.confirmed):
        dialog.accept()
    saved = session.store.get_event(hearing.id)
    assert saved.title == "Individual hearing" and saved.interpreter_booked
