"""Entering dates: one value for the typed text and the calendar, messages that name the actual
problem, errors that clear as soon as the field is fixed, and the appointment's repeat rows
(weekdays, every N, until/count/open-ended) with their live summary and the RRULE stored."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QTableView

from timeline.recurrence import occurrences
from ui.editors.appointment_dialog import AppointmentDialog
from ui.editors.fields import DateField, FieldError, parse_date
from ui.editors.legal_dialogs import DeadlineDialog
from ui.editors.recurrence_text import COUNT, Pattern, build_rrule, parse_pattern
from ui.session import UiSession

ACCEPTED = QDialog.DialogCode.Accepted
TODAY = date(2026, 5, 4)
# the offscreen platform cannot raise a popup or let it grab the keyboard; both are harmless here
POPUP = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                  "This plugin does not support grabbing the keyboard")


@pytest.fixture
def session(vault):
    return UiSession(vault, today=lambda: TODAY)


@pytest.fixture
def case(session):
    return session.store.add_case("Test Client", jurisdiction="CA")


@pytest.mark.parametrize("text,message", [
    ("2026-02-30", "February 2026 has 28 days."),
    ("2028-02-30", "February 2028 has 29 days."),
    ("2026-04-31", "April 2026 has 30 days."),
    ("2026-13-01", "There is no month 13: months run from 01 to 12."),
    ("05/06/2026", "Use YYYY-MM-DD, e.g. 2026-03-05."),
    ("tomorrow", "Use YYYY-MM-DD, e.g. 2026-03-05."),
    ("", "Enter a date as YYYY-MM-DD, e.g. 2026-03-05."),
])
def test_parse_date_names_the_actual_problem(text, message):
    with pytest.raises(FieldError) as raised:
        parse_date(text, required=True)
    assert str(raised.value) == message


@pytest.mark.parametrize("text,day", [("2028-02-29", date(2028, 2, 29)),
                                      ("2026-3-5", date(2026, 3, 5)),
                                      (" 2026-12-31 ", date(2026, 12, 31))])
def test_parse_date_reads_real_dates(text, day):
    assert parse_date(text, required=True) == day


def test_date_field_typed_text_moves_the_calendar(qtbot):
    field = DateField(date(2026, 5, 4))
    qtbot.addWidget(field)
    assert field.calendar_date() == date(2026, 5, 4)
    field.line.clear()
    QTest.keyClicks(field.line, "2026-11-26")
    assert field.calendar_date() == date(2026, 11, 26) == field.value()
    QTest.keyClick(field.line, Qt.Key.Key_Backspace)  # "2026-11-2": still a real date
    assert field.calendar_date() == date(2026, 11, 2) == field.value()


@POPUP
def test_date_field_picked_day_is_the_typed_text_keyboard_only(qtbot):
    field = DateField(date(2026, 5, 4))
    qtbot.addWidget(field)
    field.show()
    field.line.setFocus()
    QTest.keyClick(field.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.popup.isVisible() and field.calendar_date() == date(2026, 5, 4)
    grid = field.calendar.findChild(QTableView)
    QTest.keyClick(grid, Qt.Key.Key_Right)  # one day later
    QTest.keyClick(grid, Qt.Key.Key_Down)   # one week later
    QTest.keyClick(grid, Qt.Key.Key_Return)
    assert not field.popup.isVisible()
    assert field.text() == "2026-05-12" and field.value() == field.calendar_date()


@POPUP
def test_date_field_mouse_pick_and_escape(qtbot):
    field = DateField(None)
    qtbot.addWidget(field)
    field.show()
    field.button.click()
    assert field.popup.isVisible()
    field.calendar.clicked.emit(field.calendar.selectedDate().addDays(3))
    assert field.value() == field.calendar_date() and not field.popup.isVisible()
    field.show_calendar()
    QTest.keyClick(field.calendar, Qt.Key.Key_Escape)
    assert not field.popup.isVisible()


def test_impossible_date_is_named_and_the_error_clears_when_fixed(qtbot, session, case):
    dlg = AppointmentDialog(session, case)
    qtbot.addWidget(dlg)
    dlg.title_edit.setText("Clinic")
    dlg.day.line.setText("2026-02-30")
    dlg.accept()
    assert dlg.result() != ACCEPTED
    assert dlg.error_text("day") == "⚠ February 2026 has 28 days."
    dlg.day.line.setFocus()
    QTest.keyClick(dlg.day.line, Qt.Key.Key_Backspace)
    assert dlg.error_text("day") == ""  # cleared on the first edit, before OK
    QTest.keyClick(dlg.day.line, Qt.Key.Key_Backspace)
    QTest.keyClicks(dlg.day.line, "28")  # 2026-02-28
    assert dlg.error_text("day") == ""
    dlg.accept()
    assert dlg.result() == ACCEPTED and dlg.saved.start.date() == date(2026, 2, 28)


def test_errors_clear_on_edit_in_other_dialogs_too(qtbot, session, case):
    dlg = DeadlineDialog(session, case)
    qtbot.addWidget(dlg)
    dlg.accept()
    assert dlg.error_text("title") and dlg.error_text("due")
    dlg.title_edit.setText("File I-914")
    assert dlg.error_text("title") == "" and dlg.error_text("due")  # only the fixed one
    dlg.due.line.setText("2026-07-01")
    assert dlg.error_text("due") == ""


def test_repeat_defaults_are_valid(qtbot, session, case):
    dlg = AppointmentDialog(session, case)
    qtbot.addWidget(dlg)
    dlg.title_edit.setText("Counselling")
    dlg.repeat.setCurrentIndex(dlg.repeat.findData("WEEKLY"))
    assert dlg.ends.currentData() == "never" and dlg.count.value() == 10
    assert [b.isChecked() for b in dlg.weekday_boxes] == [True] + [False] * 6  # 4 May: a Monday
    assert dlg.summary.text() == "Every Monday, from Mon 4 May 2026, with no end date."
    dlg.accept()
    assert dlg.result() == ACCEPTED and dlg.saved.rrule == "FREQ=WEEKLY;INTERVAL=1"


def test_weekly_tuesday_thursday_eight_times(qtbot, session, case):
    dlg = AppointmentDialog(session, case)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.title_edit.setText("Therapy")
    dlg.day.line.setText("2026-05-05")  # a Tuesday
    dlg.repeat.setCurrentIndex(dlg.repeat.findData("WEEKLY"))
    assert dlg.weekday_boxes[1].isChecked()  # the weekday follows the first date
    QTest.mouseClick(dlg.weekday_boxes[3], Qt.MouseButton.LeftButton)  # Thursday too
    dlg.count.setValue(8)  # typing a number means "after 8 times"
    assert dlg.ends.currentData() == COUNT
    assert dlg.summary.text() == ("Every Tuesday and Thursday, 8 times, until Thu 28 May 2026; "
                                  "first Tue 5 May 2026.")
    dlg.accept()
    assert dlg.result() == ACCEPTED
    event = dlg.saved
    assert event.rrule == "FREQ=WEEKLY;INTERVAL=1;BYDAY=TU,TH;COUNT=8"
    found = occurrences(event, datetime(2026, 5, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
    assert [o.start.date() for o in found] == [
        date(2026, 5, 5), date(2026, 5, 7), date(2026, 5, 12), date(2026, 5, 14),
        date(2026, 5, 19), date(2026, 5, 21), date(2026, 5, 26), date(2026, 5, 28)]
    assert all(o.start.hour == 9 for o in found)  # wall time kept in the event's zone


def test_every_two_weeks_until_a_date_and_reopened(qtbot, session, case):
    dlg = AppointmentDialog(session, case)
    qtbot.addWidget(dlg)
    dlg.title_edit.setText("Check-in")
    dlg.repeat.setCurrentIndex(dlg.repeat.findData("WEEKLY"))
    dlg.interval.setValue(2)
    dlg.until.line.setText("2026-06-30")
    assert dlg.ends.currentData() == "until"
    assert dlg.summary.text() == ("Every 2 weeks on Monday, until Mon 29 Jun 2026 (5 times); "
                                  "first Mon 4 May 2026.")
    dlg.accept()
    assert dlg.saved.rrule == "FREQ=WEEKLY;INTERVAL=2;UNTIL=20260630T235959Z"
    again = AppointmentDialog(session, case, dlg.saved)
    qtbot.addWidget(again)
    assert again.repeat.currentData() == "WEEKLY" and again.interval.value() == 2
    assert again.ends.currentData() == "until" and again.until.value() == date(2026, 6, 30)


def test_repeat_problems_are_shown_next_to_their_rows(qtbot, session, case):
    dlg = AppointmentDialog(session, case)
    qtbot.addWidget(dlg)
    dlg.title_edit.setText("Clinic")
    dlg.repeat.setCurrentIndex(dlg.repeat.findData("WEEKLY"))
    dlg.weekday_boxes[0].setChecked(False)
    dlg.ends.setCurrentIndex(dlg.ends.findData("until"))
    dlg.until.line.setText("2026-04-01")
    dlg.accept()
    assert dlg.result() != ACCEPTED
    assert dlg.error_text("weekdays") == "⚠ Tick at least one day of the week."
    assert dlg.error_text("until") == "⚠ The end date is before the first appointment."
    dlg.weekday_boxes[2].setChecked(True)
    assert dlg.error_text("weekdays") == ""


def test_monthly_and_daily_summaries():
    start = datetime(2026, 1, 31, 9, tzinfo=ZoneInfo("UTC"))
    monthly = Pattern("MONTHLY", ends=COUNT, count=3)
    assert build_rrule(monthly, start.date()) == "FREQ=MONTHLY;INTERVAL=1;COUNT=3"
    from ui.editors.recurrence_text import summary
    assert summary(monthly, start).startswith("Every month on the 31st, 3 times, until")
    daily = Pattern("DAILY", interval=3, ends=COUNT, count=2)
    assert summary(daily, start) == ("Every 3 days, 2 times, until Tue 3 Feb 2026; "
                                     "first Sat 31 Jan 2026.")
    assert parse_pattern("FREQ=WEEKLY;INTERVAL=1;BYDAY=TU,TH;COUNT=8", None).weekdays == (1, 3)
    assert summary(Pattern(""), start) == "Does not repeat."
    assert summary(daily, None) == "Enter a valid first date and start time to see when it repeats."


def test_empty_date_field_opens_on_the_sessions_today(qtbot, session, case):
    dlg = DeadlineDialog(session, case)
    qtbot.addWidget(dlg)
    assert dlg.due.text() == "" and dlg.due.calendar_date() == TODAY


@pytest.mark.parametrize("text,day", [
    ("t", date(2026, 5, 4)), ("today", date(2026, 5, 4)), (" T ", date(2026, 5, 4)),
    ("+7", date(2026, 5, 11)), ("-3", date(2026, 5, 1)), ("+0", date(2026, 5, 4)),
    ("+2w", date(2026, 5, 18)), ("-1W", date(2026, 4, 27)), ("+10d", date(2026, 5, 14)),
    ("+1m", date(2026, 6, 4)), ("-5m", date(2025, 12, 4)), ("t+7", date(2026, 5, 11)),
    ("2026-07-01", date(2026, 7, 1)),  # a typed date is still a date
])
def test_parse_date_reads_shortcuts_from_today(text, day):
    assert parse_date(text, required=True, today=TODAY) == day


@pytest.mark.parametrize("today,day", [(date(2026, 1, 31), date(2026, 2, 28)),
                                       (date(2028, 1, 31), date(2028, 2, 29)),
                                       (date(2026, 12, 15), date(2027, 1, 15))])
def test_parse_date_month_shortcut_keeps_to_the_months_last_day(today, day):
    assert parse_date("+1m", required=True, today=today) == day


@pytest.mark.parametrize("text,message", [
    ("+7", "Use YYYY-MM-DD, e.g. 2026-03-05."),  # no today: no shortcuts (as before)
    ("2026-02-30", "February 2026 has 28 days."),
])
def test_parse_date_without_today_keeps_its_messages(text, message):
    with pytest.raises(FieldError) as raised:
        parse_date(text, required=True)
    assert str(raised.value) == message


@pytest.mark.parametrize("text,message", [
    ("2026-02-30", "February 2026 has 28 days."),
    ("+7x", "Use YYYY-MM-DD, e.g. 2026-03-05."),
    ("tomorrow", "Use YYYY-MM-DD, e.g. 2026-03-05."),
    ("+99999m", "That is too far from today."),
])
def test_parse_date_with_today_keeps_naming_the_problem(text, message):
    with pytest.raises(FieldError) as raised:
        parse_date(text, required=True, today=TODAY)
    assert str(raised.value) == message


def test_date_field_shows_the_day_a_shortcut_names_and_writes_it_out(qtbot):
    field = DateField(None, today=TODAY)
    qtbot.addWidget(field)
    field.show()
    field.line.setFocus()
    QTest.keyClicks(field.line, "+2w")
    assert field.resolved.isVisible() and field.resolved.text() == "= Mon 18 May 2026"
    assert field.value() == date(2026, 5, 18) == field.calendar_date()
    QTest.keyClick(field.line, Qt.Key.Key_Return)  # leaving (or Enter) writes the date out
    assert field.text() == "2026-05-18" and not field.resolved.isVisible()
    field.line.setText("2026-05-20")
    assert not field.resolved.isVisible()


def test_dialog_date_fields_count_shortcuts_from_the_sessions_today(qtbot, session, case):
    dlg = DeadlineDialog(session, case)  # the session's today is 2026-05-04, not the clock's
    qtbot.addWidget(dlg)
    dlg.title_edit.setText("File I-914")
    dlg.due.line.setText("+1m")
    assert dlg.due.resolved.text() == "= Thu 4 Jun 2026"
    dlg.accept()
    assert dlg.result() == ACCEPTED and dlg.saved.due == date(2026, 6, 4)


def test_dialog_date_field_shortcut_errors_clear_when_fixed(qtbot, session, case):
    dlg = AppointmentDialog(session, case)
    qtbot.addWidget(dlg)
    dlg.title_edit.setText("Clinic")
    dlg.day.line.setText("+3q")
    dlg.accept()
    assert dlg.error_text("day") == "⚠ Use YYYY-MM-DD, e.g. 2026-03-05."
    dlg.day.line.setText("-3")
    assert dlg.error_text("day") == ""
    dlg.accept()
    assert dlg.result() == ACCEPTED and dlg.saved.start.date() == date(2026, 5, 1)
