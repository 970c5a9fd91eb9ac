"""The Safety plan tab and its editor, with real widgets on a copy of the demo vault: the
sections, the badge and the review line, editing and saving by keyboard, bad dates, a stale
version, the peer mentor's read-only view, live refresh and the lock's wipe."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit

from models.records import RiskLevel
from tests.ui.conftest import DEMO_TODAY, demo_session
from ui.operation_signals import announce
from ui.safety_plan_dialog import SafetyPlanDialog
from ui.safety_plan_tab import SafetyPlanTab, review_text
from ui.session import UiSession
from workbench.operations import safety_plans

OWN_WORDS_C1 = "bracelet"  # from the demo's plan for C-0001: never shown to a peer mentor




@pytest.fixture
def advocate(demo_template: Path, tmp_path: Path) -> Iterator[UiSession]:
    """The demo vault as ana (advocate: writes safety plans)."""
    yield from demo_session(demo_template, tmp_path, "ana")


@pytest.fixture
def mentor(demo_template: Path, tmp_path: Path) -> Iterator[UiSession]:
    """The demo vault as pia (peer mentor: sees that a plan exists, writes nothing)."""
    yield from demo_session(demo_template, tmp_path, "pia")


def _case(session: UiSession, ref: str):
    return session.store.get_case_by_ref(ref)


def _tab(qtbot, session: UiSession, ref: str) -> SafetyPlanTab:
    tab = SafetyPlanTab(session, _case(session, ref))
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _dialog(qtbot, tab: SafetyPlanTab) -> SafetyPlanDialog:
    dialog = tab.edit()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def _cell_editor(table) -> QLineEdit:
    """The line edit open in a cell of ``table`` (the one the keys go to)."""
    open_ = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(open_) == 1, "no cell is being edited"
    return open_[0]


def _type_rows(qtbot, dialog: SafetyPlanDialog, editor, rows: list[str]) -> None:
    """Insert rows and type them, with keys only (Insert, text, Enter)."""
    editor.table.setFocus()
    for text in rows:
        qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
        field = _cell_editor(editor.table)
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        qtbot.wait(1)  # the closed editor goes (deleteLater)


def test_safety_plan_tab_shows_the_sections(qtbot, advocate) -> None:
    tab = _tab(qtbot, advocate, "C-0001")
    assert tab.badge.text() == "● Low risk"  # a sign and the word, not colour alone
    assert "Review by" in tab.review.text() and "(in " in tab.review.text()
    assert "Shelter front desk" in tab.safe_contacts.text()
    assert "shelter staff" in tab.safe_contacts.text()  # the role
    assert "night worker" in tab.safe_contacts.text()  # how to reach them
    assert "followed on the bus" in tab.warning_signs.text()
    assert "<ol" in tab.steps.text() and "call 911" in tab.steps.text()
    assert "library" in tab.safe_places.text()
    assert OWN_WORDS_C1 in tab.own_words.text() and tab.own_words.font().italic()
    assert tab.sections_area.isVisible() and not tab.placeholder.isVisible()
    model = tab.history_model
    assert [model.data(model.index(r, 1)) for r in range(model.rowCount())] == [
        "High", "Medium", "Low"]
    assert model.data(model.index(0, 2)) == "sam" and "intake" in model.data(model.index(0, 3))
    assert tab.edit_button.isEnabled() and tab.edit_button.text() == "&Edit plan…"
    assert not tab.grab().isNull()


def test_safety_plan_tab_escapes_what_was_typed(qtbot, advocate) -> None:
    case = _case(advocate, "C-0004")
    safety_plans.save_plan(advocate, case_id=case.id, steps=["<b>bold</b> & <i>x</i>"])
    tab = _tab(qtbot, advocate, "C-0004")
    assert "&lt;b&gt;bold&lt;/b&gt; &amp;" in tab.steps.text()


def test_safety_plan_review_line_overdue_in_words(qtbot, advocate) -> None:
    assert review_text(DEMO_TODAY - timedelta(days=3), DEMO_TODAY) == (
        "⚠ Review overdue: it was due Sat 28 Nov 2026 (3 days ago)", True)
    assert review_text(DEMO_TODAY, DEMO_TODAY)[0].startswith("Review due today")
    assert review_text(None, DEMO_TODAY) == ("No review day set", False)
    case = _case(advocate, "C-0004")
    safety_plans.save_plan(advocate, case_id=case.id, risk_level="high", allow_past_review=True,
                           review_on=DEMO_TODAY - timedelta(days=3))
    tab = _tab(qtbot, advocate, "C-0004")
    assert "overdue" in tab.review.text() and "bold" in tab.review.styleSheet()
    assert tab.badge.text() == "▲ High risk"


def test_safety_plan_tab_read_only_for_a_peer_mentor(qtbot, mentor) -> None:
    tab = _tab(qtbot, mentor, "C-0001")
    assert not tab.edit_button.isEnabled() and "peer mentor" in tab.edit_button.toolTip()
    assert tab.notice.isVisible() and "may not add or change" in tab.notice.text()
    assert tab.placeholder.isVisible() and "not what it says" in tab.placeholder.text()
    assert not tab.sections_area.isVisible()
    assert tab.badge.text() == "● Low risk" and "Review by" in tab.review.text()
    shown = " ".join(label.text() for label in tab.findChildren(QLabel))
    assert OWN_WORDS_C1 not in shown and "Shelter front desk" not in shown
    model = tab.history_model
    assert [model.data(model.index(r, 3)) for r in range(model.rowCount())] == ["—"] * 3
    dialog = SafetyPlanDialog(mentor, _case(mentor, "C-0001"), tab.plan, tab)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "peer mentor" in dialog.general_error.text()
    assert dialog.own_words.isReadOnly() and not dialog.steps.add_button.isEnabled()


def test_safety_plan_dialog_creates_a_plan_by_keyboard(qtbot, advocate) -> None:
    tab = _tab(qtbot, advocate, "C-0004")
    assert tab.badge.text() == "No safety plan yet" and tab.edit_button.text() == "&Create plan…"
    assert "no safety plan yet" in tab.placeholder.text()
    confirmed: list[str] = []
    advocate.signals.confirmed.connect(confirmed.append)
    dialog = _dialog(qtbot, tab)
    assert dialog.windowTitle() == "Safety plan"  # generic: no case data in a title
    _type_rows(qtbot, dialog, dialog.warning_signs, ["A car parked outside twice"])
    _type_rows(qtbot, dialog, dialog.steps, ["Call the shelter line", "Go to the library"])
    qtbot.keyClick(dialog.steps.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [r[0] for r in dialog.steps.rows()] == ["Go to the library", "Call the shelter line"]
    dialog.safe_contacts.table.setFocus()
    qtbot.keyClick(dialog.safe_contacts.table, Qt.Key.Key_Insert)
    for text in ("Rosa", "friend", "text after 6 pm"):
        field = _cell_editor(dialog.safe_contacts.table)
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Tab)  # to the next cell (the editor moves along)
        qtbot.wait(1)
    dialog.risk_level.setFocus()
    qtbot.keyClick(dialog.risk_level, Qt.Key.Key_Down)  # Not set -> Low
    qtbot.keyClick(dialog.risk_level, Qt.Key.Key_Down)  # -> Medium
    assert dialog.level() is RiskLevel.MEDIUM and dialog.risk_note.isEnabled()
    qtbot.keyClicks(dialog.risk_note, "At intake")
    qtbot.keyClicks(dialog.review_on.line, "+14")
    qtbot.keyClicks(dialog.own_words, "I know who to call.")
    dialog.steps.table.setFocus()
    qtbot.keyClick(dialog.steps.table, Qt.Key.Key_Return)  # Enter saves (the default button)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.general_error.text()
    plan = safety_plans.plan_for(advocate, case_id=tab.case.id)
    assert plan.steps == ("Go to the library", "Call the shelter line")
    assert plan.warning_signs == ("A car parked outside twice",)
    assert [(c.name, c.role, c.how) for c in plan.safe_contacts] == [
        ("Rosa", "friend", "text after 6 pm")]
    assert plan.review_on == DEMO_TODAY + timedelta(days=14)
    assert plan.own_words == "I know who to call." and plan.risk_level is RiskLevel.MEDIUM
    history = safety_plans.risk_history(advocate, case_id=tab.case.id)
    assert [(h.value, h.note) for h in history] == [("medium", "At intake")]
    assert confirmed == ["Safety plan saved."]
    qtbot.waitUntil(lambda: tab.plan is not None and not tab.live.is_busy())
    assert "Go to the library" in tab.steps.text() and tab.badge.text() == "◆ Medium risk"


def test_safety_plan_dialog_remove_row_by_keyboard_and_escape_cancels(qtbot, advocate) -> None:
    tab = _tab(qtbot, advocate, "C-0001")
    dialog = _dialog(qtbot, tab)
    before = dialog.warning_signs.rows()
    dialog.warning_signs.table.setFocus()
    dialog.warning_signs.table.setCurrentCell(0, 0)
    qtbot.keyClick(dialog.warning_signs.table, Qt.Key.Key_Delete)
    assert dialog.warning_signs.rows() == before[1:]
    assert dialog.is_dirty()
    qtbot.keyClick(dialog.warning_signs.table, Qt.Key.Key_Escape)
    assert dialog.result() == dialog.DialogCode.Rejected
    plan = safety_plans.plan_for(advocate, case_id=tab.case.id)
    assert len(plan.warning_signs) == len(before)


def test_safety_plan_dialog_bad_date_shows_a_message_and_keeps_the_input(qtbot,
                                                                        advocate) -> None:
    tab = _tab(qtbot, advocate, "C-0004")
    dialog = _dialog(qtbot, tab)
    _type_rows(qtbot, dialog, dialog.steps, ["Call the shelter line"])
    qtbot.keyClicks(dialog.review_on.line, "2026-02-30")
    dialog.accept()
    assert dialog.isVisible() and "February" in dialog.error_text("review_on")
    assert dialog.steps.rows() == [("Call the shelter line",)]  # nothing lost
    assert safety_plans.plan_for(advocate, case_id=tab.case.id) is None  # nothing written
    dialog.review_on.line.clear()
    qtbot.keyClicks(dialog.review_on.line, "2026-11-20")
    dialog.accept()
    message = dialog.error_text("review_on")
    assert dialog.isVisible() and "before today" in message and "Save again" in message
    assert safety_plans.plan_for(advocate, case_id=tab.case.id) is None
    dialog.accept()  # the same past day again: an older plan, saved; its review is overdue
    assert dialog.result() == dialog.DialogCode.Accepted
    plan = safety_plans.plan_for(advocate, case_id=tab.case.id)
    assert plan.review_on.isoformat() == "2026-11-20" and plan.steps == ("Call the shelter line",)


def test_safety_plan_dialog_contact_without_a_role_is_named(qtbot, advocate) -> None:
    tab = _tab(qtbot, advocate, "C-0004")
    dialog = _dialog(qtbot, tab)
    dialog.safe_contacts.set_rows([("Rosa", "", "text")])
    dialog.accept()
    assert dialog.isVisible() and "Contact 1 needs a role" in dialog.error_text("safe_contacts")
    assert dialog.safe_contacts.rows() == [("Rosa", "", "text")]


def test_safety_plan_dialog_stale_version_shows_theirs_and_keeps_mine(qtbot, advocate) -> None:
    tab = _tab(qtbot, advocate, "C-0001")
    dialog = _dialog(qtbot, tab)
    their = safety_plans.save_plan(advocate, case_id=tab.case.id, version=tab.plan.version,
                                   steps=["Their new first step"]).value
    dialog.own_words.setPlainText("My own new words")
    dialog.accept()
    message = dialog.general_error.text()
    assert dialog.isVisible() and "changed this plan since you opened it" in message
    assert "What to do: Their new first step" in message and "kept below" in message
    assert dialog.own_words.toPlainText() == "My own new words"  # kept
    assert dialog.steps.rows() == [("Their new first step",)]  # theirs shown, not undone
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    plan = safety_plans.plan_for(advocate, case_id=tab.case.id)
    assert plan.steps == ("Their new first step",) and plan.own_words == "My own new words"
    assert plan.version == their.version + 1


def test_safety_plan_dialog_nothing_changed_writes_nothing(qtbot, advocate) -> None:
    tab = _tab(qtbot, advocate, "C-0001")
    version = tab.plan.version
    dialog = _dialog(qtbot, tab)
    assert not dialog.risk_note.isEnabled()  # a note goes with a change of level only
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert safety_plans.plan_for(advocate, case_id=tab.case.id).version == version


def test_safety_plan_tab_live_refresh_and_lock_wipe(qtbot, advocate) -> None:
    tab = _tab(qtbot, advocate, "C-0001")
    done = safety_plans.save_plan(advocate, case_id=tab.case.id, risk_level="high",
                                  risk_note="New threats")
    announce(advocate, done)
    qtbot.waitUntil(lambda: tab.badge.text() == "▲ High risk")
    assert tab.history_model.rowCount() == 4
    dialog = _dialog(qtbot, tab)
    dialog.clear()
    assert dialog.steps.rows() == [] and dialog.own_words.toPlainText() == ""
    dialog.reject()
    tab.clear()
    shown = " ".join(label.text() for label in tab.findChildren(QLabel))
    assert OWN_WORDS_C1 not in shown and tab.history_model.rowCount() == 0


def test_safety_plan_dialog_mnemonics_and_tab_order(qtbot, advocate) -> None:
    tab = _tab(qtbot, advocate, "C-0001")
    dialog = _dialog(qtbot, tab)
    letters = [label.text().split("&")[1][0].lower() for label in dialog.findChildren(QLabel)
               if "&" in label.text() and label.buddy() is not None]
    assert len(letters) == 8 and len(set(letters)) == 8  # every part reachable by Alt+letter
    assert not set(letters) & {"o", "c"}  # OK and Cancel keep theirs
    order, widget = [], dialog.risk_level
    for _ in range(40):  # once round the chain, as Tab goes
        order.append(widget)
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy():
            widget = widget.nextInFocusChain()
        if widget is dialog.risk_level:
            break
    parts = [dialog.risk_level, dialog.review_on.line, dialog.risk_note,
             dialog.warning_signs.table, dialog.safe_contacts.table, dialog.safe_places.table,
             dialog.steps.table, dialog.own_words]
    assert [w for w in order if w in parts] == parts
