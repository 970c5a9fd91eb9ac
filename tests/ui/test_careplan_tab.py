"""The Care plan & referrals page and its dialogs on the demo vault (real widgets, real store):
goals in the survivor's order with progress in words and their details, a measurable goal
entered by keyboard with a bad baseline named and kept, the survivor's choice asked and a
declined referral never made, the consent check before saving, housing recorded into the
strip, the peer mentor's read-only view, and lock clearing it all."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from models.records import Category, ReferralChoice, ReferralStatus
from tests.ui.conftest import DEMO_TODAY, demo_session
from ui.careplan_tab import CarePlanTab
from ui.session import UiSession
from workbench.operations import care


@pytest.fixture
def case_manager(demo_template: Path, tmp_path: Path) -> Iterator[UiSession]:
    """The demo vault as cam (case manager: writes housing, benefits and safety records)."""
    yield from demo_session(demo_template, tmp_path, "cam")


@pytest.fixture
def clinician(demo_template: Path, tmp_path: Path) -> Iterator[UiSession]:
    """The demo vault as ben (clinician: reads and writes mental health)."""
    yield from demo_session(demo_template, tmp_path, "ben")


@pytest.fixture
def peer_mentor(demo_template: Path, tmp_path: Path) -> Iterator[UiSession]:
    """The demo vault as pia (peer mentor: the narrowest view, writes nothing)."""
    yield from demo_session(demo_template, tmp_path, "pia")


def _tab(qtbot, session: UiSession, ref: str) -> CarePlanTab:
    tab = CarePlanTab(session, session.store.get_case_by_ref(ref))
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _cells(table, column: int) -> list[str]:
    model = table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _open(qtbot, dialog: QDialog) -> QDialog:
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # offscreen has no window manager to activate it
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def _buddy(dialog: QDialog, text: str) -> object:
    label = next(lbl for lbl in dialog.findChildren(QLabel) if lbl.text() == text)
    return label.buddy()


def test_careplan_tab_goals_in_the_survivors_order_with_progress_and_details(
        qtbot, clinician: UiSession) -> None:
    tab = _tab(qtbot, clinician, "C-0002")
    table = tab.goals.table
    # housing holds the survivor's first priority, so it comes before mental health
    assert _cells(table, 0) == ["Housing", "Mental health"]
    assert _cells(table, 1) == ["1", "2"]
    assert _cells(table, 4) == [
        "Housing emergency shelter → stable, target stable: 3 levels better, target met",
        "PHQ-9 6 → 16, target 4: 10 points worse, not yet met"]
    detail = tab.detail
    assert detail.heading.text() == "A stable home for me and my son"  # the first is selected
    assert "housing status · baseline emergency shelter · latest stable" in detail.values.text()
    assert [detail.milestones.item(r, 1).text()[:6] for r in range(2)] == ["✓ done"] * 2
    history = detail.history.text().splitlines()
    assert history[0].endswith("— open (sam)")
    assert history[1].endswith("— achieved (sam): Lease signed; housing stable")
    table.selectRow(1)
    assert detail.heading.text() == "Feel less overwhelmed day to day"
    assert detail.milestones.item(0, 2).text().endswith(
        " · Psychological evaluation (evidence for I-918)")  # the linked event, with its day
    words = tab.levels.summary.text()
    assert "Housing stability: emergency shelter → stable, improved" in words
    assert tab.grab().width() == 1366  # painted


def test_careplan_tab_goal_entered_by_keyboard_bad_baseline_named_and_kept(
        qtbot, clinician: UiSession) -> None:
    tab = _tab(qtbot, clinician, "C-0004")
    assert tab.goals.model.rowCount() == 0
    confirmed: list[str] = []
    clinician.signals.confirmed.connect(confirmed.append)
    dialog = _open(qtbot, tab.goals.add())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title_edit, timeout=2000)
    qtbot.keyClicks(dialog.title_edit, "Sleep better")
    assert _buddy(dialog, "&Measured by") is dialog.measure  # Alt+M goes to the measure
    assert not dialog.baseline.isEnabled()  # not measured: no baseline to give
    dialog.measure.setCurrentIndex(dialog.measure.findData("score:phq9"))
    assert dialog.baseline.isEditable() and "0–27" in dialog.baseline.lineEdit().placeholderText()
    assert "mental health records" in dialog.kept_as.text()
    dialog.title_edit.setFocus()
    order = []
    for _ in range(6):  # Tab runs down the form
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().objectName())
    assert order[:5] == ["domain", "priority", "measure", "baseline", "target"]
    assert order[5] == "milestones"
    dialog.domain.setCurrentIndex(dialog.domain.findData("mental_health"))
    dialog.priority.setValue(1)
    dialog.baseline.setEditText("40")
    dialog.target.setEditText("9")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)  # Enter saves
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert "40 is outside PHQ-9's range (0–27)" in dialog.error_text("baseline")
    assert dialog.title_edit.text() == "Sleep better"  # nothing typed is lost
    assert clinician.store.list_goals(tab.case.id) == []
    dialog.baseline.setEditText("18")
    assert dialog.error_text("baseline") == ""  # the message goes with the edit
    with qtbot.waitSignal(tab.goals.live.reloaded, timeout=5000):
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert confirmed == ["Care-plan goal saved."]
    [goal] = clinician.store.list_goals(tab.case.id)
    assert (goal.baseline, goal.target, goal.priority, goal.category) == (
        "18", "9", 1, Category.MENTAL_HEALTH)
    assert _cells(tab.goals.table, 4) == ["PHQ-9 baseline 18, target 9: no score recorded yet"]


def test_careplan_tab_goal_dialog_escape_cancels_and_writes_nothing(
        qtbot, case_manager: UiSession) -> None:
    tab = _tab(qtbot, case_manager, "C-0004")
    dialog = _open(qtbot, tab.goals.add())
    qtbot.keyClicks(dialog.title_edit, "Find a job")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert case_manager.store.list_goals(tab.case.id) == []


def test_careplan_tab_goal_status_with_note_goes_into_the_history(
        qtbot, case_manager: UiSession) -> None:
    tab = _tab(qtbot, case_manager, "C-0003")
    row = _cells(tab.goals.table, 2).index("Safe housing")
    tab.goals.table.selectRow(row)
    dialog = _open(qtbot, tab.goals.change_status())
    assert "open (sam)" in dialog.history.text()
    dialog.accept()  # still open: that is no change
    assert "already open" in dialog.error_text("status")
    dialog.status.setCurrentIndex(dialog.status.findData("dropped"))
    dialog.note.setText("Moving in with her sister instead")
    with qtbot.waitSignal(tab.goals.live.reloaded, timeout=5000):
        dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert tab.detail.history.text().splitlines()[-1].endswith(
        "— dropped (cam): Moving in with her sister instead")


def test_careplan_tab_milestone_linked_to_an_event(qtbot, case_manager: UiSession) -> None:
    tab = _tab(qtbot, case_manager, "C-0003")
    tab.goals.table.selectRow(_cells(tab.goals.table, 2).index("Safe housing"))
    tab.detail.milestones.selectRow(1)
    dialog = _open(qtbot, tab.detail.link())
    assert dialog.milestone.currentText() == "Transitional housing application"
    hearing = dialog.event_combo.findText("DVRO hearing", Qt.MatchFlag.MatchContains)
    assert hearing > 0
    dialog.event_combo.setCurrentIndex(hearing)
    with qtbot.waitSignal(tab.goals.live.reloaded, timeout=5000):
        dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert tab.detail.milestones.item(1, 2).text().endswith("· DVRO hearing")


def test_careplan_tab_referral_asks_the_choice_and_a_declined_one_is_never_made(
        qtbot, case_manager: UiSession) -> None:
    tab = _tab(qtbot, case_manager, "C-0006")
    dialog = _open(qtbot, tab.referrals.add())
    qtbot.keyClicks(dialog.service, "Job club")
    dialog.organisation.setText("WorkStart")
    dialog.accept()
    assert dialog.isVisible() and "Ask the survivor first" in dialog.error_text("choice")
    assert _buddy(dialog, "Survivor's c&hoice") is dialog.choice
    dialog.status.setCurrentIndex(dialog.status.findData(ReferralStatus.MADE))
    dialog.choice.setCurrentIndex(dialog.choice.findData(ReferralChoice.DECLINED))
    assert not dialog.status.isEnabled()
    assert dialog.status.currentData() == ReferralStatus.PROPOSED
    assert not dialog.declined_note.isHidden()
    with qtbot.waitSignal(tab.referrals.live.reloaded, timeout=5000):
        dialog.accept()
    [ref] = case_manager.store.list_referrals(tab.case.id)
    assert (ref.choice, ref.status) == (ReferralChoice.DECLINED, ReferralStatus.PROPOSED)
    assert _cells(tab.referrals.table, 3) == ["Declined"]
    tab.referrals.table.selectRow(0)
    step = _open(qtbot, tab.referrals.change_status())
    step.status.setCurrentIndex(step.status.findData(ReferralStatus.MADE))
    assert "declined this referral" in step.error_text("status")  # said before saving
    step.accept()
    assert step.isVisible() and "respected" in step.error_text("status")
    assert case_manager.store.list_referrals(tab.case.id)[0].status is ReferralStatus.PROPOSED


def test_careplan_tab_referral_consent_check_shown_before_saving(
        qtbot, case_manager: UiSession) -> None:
    tab = _tab(qtbot, case_manager, "C-0006")
    dialog = _open(qtbot, tab.referrals.add())
    dialog.service.setText("Transitional housing")
    dialog.organisation.setText("Harbor House")
    dialog.choice.setCurrentIndex(dialog.choice.findData(ReferralChoice.OPTED_IN))
    assert dialog.consent.isHidden()  # nothing is shared
    dialog.shares.setChecked(True)
    assert not dialog.consent.isHidden()
    assert "no consent of the survivor for Harbor House" in dialog.consent.text()
    dialog.status.setCurrentIndex(dialog.status.findData(ReferralStatus.MADE))
    dialog.accept()  # refused by the operation: shown next to the sharing box, kept
    assert dialog.isVisible() and "Record the survivor's consent" in dialog.error_text(
        "shares_data")
    assert case_manager.store.list_referrals(tab.case.id) == []
    care.add_consent(case_manager, case_id=tab.case.id, recipient="Harbor House",
                     categories=[Category.HOUSING_BENEFITS], purpose="Referral",
                     granted=DEMO_TODAY - timedelta(days=1))
    dialog.organisation.setText("Harbor House ")  # any edit checks again
    assert dialog.consent.text().startswith("✓ The survivor's consent of 2026-11-30")
    with qtbot.waitSignal(tab.referrals.live.reloaded, timeout=5000):
        dialog.accept()
    [ref] = case_manager.store.list_referrals(tab.case.id)
    assert ref.status is ReferralStatus.MADE and ref.consent_id is not None
    assert _cells(tab.referrals.table, 4) == [f"Yes, consent #{ref.consent_id}"]
    assert tab.referrals.history.text().startswith("History: made by cam on ")


def test_careplan_tab_housing_recorded_into_the_strip(qtbot, case_manager: UiSession) -> None:
    tab = _tab(qtbot, case_manager, "C-0003")
    housing = tab.levels.chart.series()[0]
    assert [p.value for p in housing.points] == ["emergency_shelter"]
    dialog = _open(qtbot, tab.levels.record())
    assert dialog.status.currentText() == "Emergency shelter"  # starts at the latest
    dialog.status.setCurrentIndex(dialog.status.findText("Transitional housing"))
    dialog.on.set_date(DEMO_TODAY + timedelta(days=3))
    dialog.accept()
    assert dialog.isVisible() and "in the future" in dialog.error_text("on")
    dialog.on.set_date(DEMO_TODAY)
    with qtbot.waitSignal(tab.levels.live.reloaded, timeout=5000):
        dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "Housing stability: emergency shelter → transitional, improved" in \
        tab.levels.summary.text()
    assert "improved" in tab.levels.chart.accessibleDescription()
    row = _cells(tab.goals.table, 2).index("Safe housing")
    qtbot.waitUntil(lambda: _cells(tab.goals.table, 4)[row].endswith("target met"), timeout=5000)


def test_careplan_tab_read_only_for_a_peer_mentor_with_the_role_view(
        qtbot, peer_mentor: UiSession) -> None:
    tab = _tab(qtbot, peer_mentor, "C-0001")
    goals = tab.goals
    reason = goals.read_only
    assert reason.isVisible() and reason.text().startswith("Read only. Your role (peer mentor)")
    for button in (goals.add_goal_button, goals.edit_button, goals.status_button,
                   tab.referrals.add_referral_button, tab.levels.record_button,
                   tab.detail.done_button):
        assert not button.isEnabled() and "peer mentor" in button.toolTip()
    assert goals.edit() is None
    titles, progress = (_cells(goals.table, c) for c in (2, 4))
    mental = titles.index("(not visible to your role)")
    assert progress[mental] == "not visible to your role"
    goals.table.selectRow(mental)
    assert tab.detail.values.text() == ""  # no measure, baseline or target either
    assert "PHQ-9" not in " ".join(progress)
    assert "Feel safe getting to the clinic and back" in titles  # the safety group's title tier
    assert "Safety (risk level): high risk → low risk, improved" in tab.levels.summary.text()


def test_careplan_tab_lock_clears_everything(qtbot, clinician: UiSession) -> None:
    tab = _tab(qtbot, clinician, "C-0001")
    assert tab.goals.model.rowCount() == 4 and tab.referrals.model.rowCount() == 2
    tab.clear()
    assert tab.goals.model.rowCount() == 0 and tab.referrals.model.rowCount() == 0
    assert tab.detail.heading.text() == "No goal selected" and tab.detail.history.text() == ""
    assert tab.levels.chart.series() == [] and tab.levels.summary.text() == ""
    assert tab.referrals.history.text() == ""


def test_careplan_tab_edit_goal_keeps_its_values_and_checks_the_new_target(
        qtbot, case_manager: UiSession) -> None:
    tab = _tab(qtbot, case_manager, "C-0003")
    tab.goals.table.selectRow(_cells(tab.goals.table, 2).index("Safe housing"))
    dialog = _open(qtbot, tab.goals.edit())
    assert dialog.measure.currentData() == "status:housing"
    assert dialog.baseline.currentData() == "emergency_shelter"
    assert dialog.target.currentData() == "transitional" and dialog.priority.value() == 1
    dialog.target.setCurrentIndex(dialog.target.findData("stable"))
    with qtbot.waitSignal(tab.goals.live.reloaded, timeout=5000):
        dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    goal = next(g for g in case_manager.store.list_goals(tab.case.id) if g.title == "Safe housing")
    assert (goal.target, goal.baseline, goal.priority) == ("stable", "emergency_shelter", 1)


def test_careplan_tab_record_choice_withdraws_a_made_referral(
        qtbot, case_manager: UiSession) -> None:
    tab = _tab(qtbot, case_manager, "C-0003")  # its referral was made before choices were asked
    tab.referrals.table.selectRow(0)
    dialog = _open(qtbot, tab.referrals.record_choice())
    assert dialog.choice.currentData() == ReferralChoice.OPTED_IN  # recorded by the demo
    assert dialog.withdraw.isHidden()
    dialog.choice.setCurrentIndex(dialog.choice.findData(ReferralChoice.DECLINED))
    assert not dialog.withdraw.isHidden()  # said before saving
    with qtbot.waitSignal(tab.referrals.live.reloaded, timeout=5000):
        dialog.accept()
    [ref] = case_manager.store.list_referrals(tab.case.id)
    assert (ref.choice, ref.status) == (ReferralChoice.DECLINED, ReferralStatus.DECLINED)
    assert _cells(tab.referrals.table, 3) == ["Declined"]
    assert "declined by cam" in tab.referrals.history.text()
