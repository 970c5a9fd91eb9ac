"""The Case conferences page and its editor on the demo vault (real widgets, real store): the
minutes laid out with the overdue action marked, a conference recorded by keyboard alone,
bad input kept with the message next to it, a stale edit, Mark done, the read-only roles."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from models.records import EventStatus, Participation
from tests.ui.conftest import DEMO_TODAY, demo_session
from ui.conference_dialog import ConferenceDialog
from ui.conferences_tab import ConferencesTab
from ui.session import UiSession
from workbench.operations import conferences


@pytest.fixture
def case_manager(demo_template: Path, tmp_path: Path) -> Iterator[UiSession]:
    """The demo vault as cam (case manager: writes housing and benefits records)."""
    yield from demo_session(demo_template, tmp_path, "cam")


@pytest.fixture
def peer_mentor(demo_template: Path, tmp_path: Path) -> Iterator[UiSession]:
    """The demo vault as pia (peer mentor: reads through the narrowest view, writes nothing)."""
    yield from demo_session(demo_template, tmp_path, "pia")


def _tab(qtbot, session: UiSession, ref: str = "C-0001") -> ConferencesTab:
    tab = ConferencesTab(session, session.store.get_case_by_ref(ref))
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _focused():
    return QApplication.focusWidget()


def _key(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    focused = _focused()
    assert focused is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focused, key, modifiers)


def _type(qtbot, text: str) -> None:
    focused = _focused()
    assert focused is not None, "nothing has the keyboard focus"
    qtbot.keyClicks(focused, text)


def test_conferences_tab_shows_the_latest_minutes(qtbot, case_manager: UiSession) -> None:
    tab = _tab(qtbot, case_manager)
    assert tab.list.model.rowCount() == 2
    view = tab.minutes.view
    assert view is not None and view.conference.participation is Participation.VIEWS_GIVEN
    assert tab.minutes.heading.text().startswith("Case conference — ")
    text = tab.minutes.body.toPlainText()
    for needle in ("Attendees", "Camila Reyes, MSW", "Case manager", "The survivor:",
                   "Gave their views beforehand", "Their wishes", "same therapist",
                   "Decisions", "transitional apartment"):
        assert needle in text
    assert "<ol>" in tab.minutes.minutes_html(view)  # decisions are numbered
    table = tab.minutes.actions
    assert table.rowCount() == 4
    statuses = [table.item(r, 3).text() for r in range(4)]
    assert statuses == ["⚠ Overdue", "✓ Done", "Open", "Open"]
    late = table.item(0, 3).foreground().color()
    assert late.red() > 150 and late.green() < 80  # overdue: in colour as well as in words
    assert table.item(0, 1).text() == "Camila Reyes, MSW"  # the owner by their profile's name
    assert tab.list.model.data(tab.list.model.index(0, 2)) in ("3 open (1 overdue)",
                                                              "none open")
    assert tab.grab().width() == 1200  # painted


def test_conferences_tab_selecting_the_first_shows_its_minutes(qtbot,
                                                               case_manager: UiSession) -> None:
    tab = _tab(qtbot, case_manager)
    first = min(tab.list.records(), key=lambda v: v.conference.held_on)
    tab.list.select_id(first.conference.id)
    assert tab.minutes.view.conference.id == first.conference.id
    assert "Attended" in tab.minutes.body.toPlainText()
    assert all(tab.minutes.actions.item(r, 3).text() == "✓ Done" for r in range(3))


def test_conference_dialog_records_a_conference_by_keyboard(qtbot,
                                                            case_manager: UiSession) -> None:
    tab = _tab(qtbot, case_manager, "C-0004")
    assert tab.list.model.rowCount() == 0
    confirmed = []
    case_manager.signals.confirmed.connect(confirmed.append)
    dialog = tab.list.record()  # a child of the tab: it goes with it
    qtbot.waitExposed(dialog)
    # offscreen has no window manager to activate a new window, as a desktop's does
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    qtbot.waitUntil(lambda: _focused() is dialog.held_on.line, timeout=2000)  # the first field
    held = DEMO_TODAY - timedelta(days=2)
    qtbot.keyClick(dialog.held_on.line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, held.isoformat())
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Tab)  # past the calendar button
    assert _focused() is dialog.participation
    _key(qtbot, Qt.Key.Key_Down)  # attended
    _key(qtbot, Qt.Key.Key_Tab)
    assert _focused() is dialog.wishes
    _type(qtbot, "I want to stay near my sister.")
    _key(qtbot, Qt.Key.Key_Tab)
    first_attendee = dialog.attendees.rows[0]
    assert _focused() is first_attendee.name.lineEdit() or _focused() is first_attendee.name
    assert first_attendee.name.currentText() == "Camila Reyes, MSW"  # the acting user, filled
    # a second attendee, typed (someone from another agency)
    _key(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # the button's animated click
    qtbot.waitUntil(lambda: len(dialog.attendees.rows) == 2, timeout=2000)
    second = dialog.attendees.rows[1]
    assert second.name.isAncestorOf(_focused()) or _focused() is second.name
    _type(qtbot, "Jo from the shelter")
    _key(qtbot, Qt.Key.Key_Tab)
    assert _focused() is second.role
    _type(qtbot, "shelter case worker")
    dialog.decisions.rows[0].text.setFocus()
    _type(qtbot, "Apply for the housing voucher.")
    _key(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _focused() is dialog.decisions.rows[-1].text
                    and len(dialog.decisions.rows) == 2, timeout=2000)
    _type(qtbot, "Review in a month.")
    action = dialog.actions.rows[0]
    action.text.setFocus()
    _type(qtbot, "Send the voucher form")
    _key(qtbot, Qt.Key.Key_Tab)
    assert _focused() is action.owner
    for _ in range(action.owner.findData("cam")):
        _key(qtbot, Qt.Key.Key_Down)
    assert action.owner.currentData() == "cam"
    _key(qtbot, Qt.Key.Key_Tab)
    assert _focused() is action.due.line
    _type(qtbot, "+7")
    _key(qtbot, Qt.Key.Key_Return)  # Enter saves
    assert dialog.result() == ConferenceDialog.DialogCode.Accepted, dialog.general_error.text()
    saved = dialog.saved
    assert saved.held_on == held and saved.participation is Participation.ATTENDED
    assert [a.name for a in saved.attendees] == ["Camila Reyes, MSW", "Jo from the shelter"]
    assert saved.attendees[1].role == "shelter case worker"
    assert saved.decisions == ("Apply for the housing voucher.", "Review in a month.")
    task = case_manager.store.get_event(saved.action_event_ids[0])
    assert (task.title, task.assigned_to, task.due) == ("Send the voucher form", "cam",
                                                        DEMO_TODAY + timedelta(days=7))
    assert confirmed == ["Case conference saved; 1 action added to the timeline."]
    qtbot.waitUntil(lambda: tab.list.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: tab.minutes.view is not None, timeout=5000)
    assert "stay near my sister" in tab.minutes.body.toPlainText()


def test_conference_dialog_tab_order_runs_down_the_page(qtbot, case_manager: UiSession) -> None:
    case = case_manager.store.get_case_by_ref("C-0004")
    dialog = ConferenceDialog(case_manager, case)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    dialog.actions.add_row()  # a row added later still comes before OK in the tab order
    dialog.held_on.line.setFocus()
    seen = []
    for _ in range(40):
        seen.append(_focused())
        _key(qtbot, Qt.Key.Key_Tab)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    order = [dialog.participation, dialog.wishes, dialog.decisions.rows[0].text,
             dialog.actions.rows[0].text, dialog.actions.rows[1].text, ok]
    positions = [seen.index(w) for w in order]
    assert positions == sorted(positions)


def test_conference_dialog_bad_input_is_named_and_kept(qtbot, case_manager: UiSession) -> None:
    case = case_manager.store.get_case_by_ref("C-0004")
    dialog = ConferenceDialog(case_manager, case)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.held_on.set_date(DEMO_TODAY + timedelta(days=3))
    dialog.wishes.setPlainText("Kept when refused")
    dialog.actions.rows[0].text.setText("Call the landlord")
    dialog.accept()
    assert dialog.result() != ConferenceDialog.DialogCode.Accepted
    assert "cannot be in the future" in dialog.error_text("held_on")
    assert "how the survivor took part" in dialog.error_text("participation")
    dialog.held_on.set_date(DEMO_TODAY)
    dialog.participation.setCurrentIndex(dialog.participation.findData(Participation.DECLINED))
    dialog.actions.rows[0].due.set_date(DEMO_TODAY)
    dialog.accept()  # no owner chosen: the operation says which action and why
    assert "Action 1: the owner must be a user" in dialog.error_text("actions")
    assert dialog.wishes.toPlainText() == "Kept when refused"
    assert dialog.actions.rows[0].text.text() == "Call the landlord"
    assert case_manager.store.list_conferences(case.id) == []
    dialog.actions.rows[0].owner.setCurrentIndex(dialog.actions.rows[0].owner.findData("ana"))
    dialog.accept()
    assert dialog.result() == ConferenceDialog.DialogCode.Accepted


def test_conference_dialog_stale_edit_keeps_the_input(qtbot, case_manager: UiSession) -> None:
    tab = _tab(qtbot, case_manager)
    view = tab.minutes.view
    dialog = tab.list.edit()  # a child of the tab: it goes with it
    assert dialog is not None and dialog.windowTitle() == "Case conference"
    assert dialog.existing_actions.accessibleName() == "Recorded actions"
    assert "(overdue)" in dialog.existing_actions.text()
    conferences.update_conference(case_manager, case_id=tab.case.id,
                                  conference_id=view.conference.id,
                                  version=view.conference.version,
                                  decisions=[*view.conference.decisions, "Someone else's"])
    dialog.actions.rows[0].text.setText("Ring the provider again")
    dialog.actions.rows[0].owner.setCurrentIndex(dialog.actions.rows[0].owner.findData("cam"))
    dialog.actions.rows[0].due.set_date(DEMO_TODAY)
    dialog.accept()
    assert dialog.result() != ConferenceDialog.DialogCode.Accepted
    assert "Someone else changed this" in dialog.general_error.text()
    assert dialog.actions.rows[0].text.text() == "Ring the provider again"
    dialog.accept()  # saved on top of theirs: their decision stays, the action is added
    assert dialog.result() == ConferenceDialog.DialogCode.Accepted
    assert dialog.saved.decisions[-1] == "Someone else's"
    assert len(dialog.saved.action_event_ids) == len(view.actions) + 1


def test_conferences_tab_mark_done_closes_the_task(qtbot, case_manager: UiSession) -> None:
    tab = _tab(qtbot, case_manager)
    minutes = tab.minutes
    assert not minutes.done_button.isEnabled()  # nothing selected
    minutes.actions.selectRow(1)  # done already
    assert not minutes.done_button.isEnabled()
    minutes.actions.selectRow(0)  # the overdue one
    assert minutes.done_button.isEnabled()
    task_id = minutes.selected_action().task.id
    with qtbot.waitSignal(tab.list.live.reloaded, timeout=5000):
        qtbot.mouseClick(minutes.done_button, Qt.MouseButton.LeftButton)
    assert case_manager.store.get_event(task_id).status is EventStatus.DONE
    qtbot.waitUntil(lambda: minutes.actions.item(0, 3).text() == "✓ Done", timeout=5000)
    assert tab.list.model.data(tab.list.model.index(0, 2)) in ("2 open", "none open")


def test_conferences_tab_read_only_for_a_peer_mentor(qtbot, peer_mentor: UiSession) -> None:
    tab = _tab(qtbot, peer_mentor)
    assert not tab.list.record_button.isEnabled()
    assert "peer mentor" in tab.list.record_button.toolTip()
    assert tab.list.read_only.isVisible() and "peer mentor" in tab.list.read_only.text()
    assert not tab.list.edit_button.isEnabled()
    text = tab.minutes.body.toPlainText()
    assert "does not see the minutes" in text and "Gave their views beforehand" in text
    for hidden in ("Camila Reyes", "same therapist", "transitional apartment"):
        assert hidden not in text
    tab.minutes.actions.selectRow(0)
    assert not tab.minutes.done_button.isEnabled()
    assert "peer mentor" in tab.minutes.done_button.toolTip()
    dialog = ConferenceDialog(peer_mentor, tab.case)  # even if opened, saving is refused
    qtbot.addWidget(dialog)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert "peer mentor" in dialog.general_error.text()


def test_conferences_tab_reloads_on_a_change_elsewhere(qtbot, case_manager: UiSession) -> None:
    from ui.operation_signals import announce

    tab = _tab(qtbot, case_manager, "C-0004")
    done = conferences.record_conference(
        case_manager, case_id=tab.case.id, held_on=DEMO_TODAY,
        participation=Participation.REPRESENTED)
    with qtbot.waitSignal(tab.list.live.reloaded, timeout=5000):
        announce(case_manager, done, None)
    assert tab.list.model.rowCount() == 1
    assert tab.minutes.view.conference.id == done.value.id
    tab.clear()
    assert tab.list.model.rowCount() == 0 and tab.minutes.view is None


def test_conference_dialog_escape_cancels_and_writes_nothing(qtbot,
                                                             case_manager: UiSession) -> None:
    case = case_manager.store.get_case_by_ref("C-0004")
    dialog = ConferenceDialog(case_manager, case)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    qtbot.waitUntil(lambda: _focused() is dialog.held_on.line, timeout=2000)
    _key(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # Shift+Tab wraps to Cancel
    assert _focused() is dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    dialog.wishes.setFocus()
    _type(qtbot, "Never saved")
    _key(qtbot, Qt.Key.Key_Escape)
    assert dialog.result() == ConferenceDialog.DialogCode.Rejected and not dialog.isVisible()
    assert case_manager.store.list_conferences(case.id) == []


def test_conferences_tab_every_control_has_an_accessible_name(qtbot,
                                                              case_manager: UiSession) -> None:
    from tests.ui.test_quality import unnamed

    tab = _tab(qtbot, case_manager)
    dialog = tab.list.edit()
    assert dialog is not None
    assert unnamed(tab) == [] and unnamed(dialog) == []
    assert not [w for w in dialog.findChildren(QWidget) if "&" in w.accessibleName()]
