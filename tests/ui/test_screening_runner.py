"""The screening runner (consent, one item at a time by keyboard, non-answers, pause and
resume, the safety banner), the Screenings tab's role view and the outcomes chart's words."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from models.records import EventKind, ScreeningStatus
from tests.ui.conftest import DEMO_PASSPHRASE, DEMO_TODAY
from ui.outcomes_chart import summary_line
from ui.screening_runner import QUESTION_POINTS, ScreeningRunnerDialog
from ui.screenings_tab import DASH, ScreeningsTab
from ui.session import UiSession
from workbench.operations import screenings

NOW = datetime(2026, 12, 1, 17, 0, tzinfo=UTC)


def _session(demo_template: Path, tmp_path: Path, user: str) -> Iterator[UiSession]:
    from models.vault import open_vault

    path = tmp_path / f"demo-{user}"
    shutil.copytree(demo_template, path)
    vault = open_vault(path, user, DEMO_PASSPHRASE)
    try:
        yield UiSession(vault, today=lambda: DEMO_TODAY, now=lambda: NOW)
    finally:
        vault.lock()


@pytest.fixture
def clinician(demo_template: Path, tmp_path: Path) -> Iterator[UiSession]:
    """The demo vault as ben (clinician: gives and reads mental-health screenings)."""
    yield from _session(demo_template, tmp_path, "ben")


@pytest.fixture
def advocate(demo_template: Path, tmp_path: Path) -> Iterator[UiSession]:
    """The demo vault as ana (advocate: may not see mental-health scores)."""
    yield from _session(demo_template, tmp_path, "ana")


def _screened_case(session: UiSession):
    """A demo case with PHQ-9 screenings over several months."""
    for case in session.store.list_cases():
        if any(s.instrument_id == "phq9" for s in session.store.list_screenings(case.id)):
            return case
    pytest.skip("the demo vault has no screenings")


def _runner(qtbot, session: UiSession, case, screening=None) -> ScreeningRunnerDialog:
    dialog = ScreeningRunnerDialog(session, case, screening)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _start(qtbot, dialog: ScreeningRunnerDialog, instrument_id: str = "phq9") -> None:
    dialog.instrument_combo.setCurrentIndex(dialog.instrument_combo.findData(instrument_id))
    qtbot.keyClick(dialog.consent, Qt.Key.Key_Space)  # tick consent by keyboard
    qtbot.keyClick(dialog.start_button, Qt.Key.Key_Space)
    assert dialog.pages.currentWidget() is dialog.item_page


def test_screening_runner_consent_required_before_start(qtbot, clinician):
    case = _screened_case(clinician)
    before = len(clinician.store.list_screenings(case.id))
    dialog = _runner(qtbot, clinician, case)
    assert not dialog.start_button.isEnabled()
    assert case.display_name in dialog.consent.text()
    dialog.start()  # even called directly, nothing starts without the tick
    assert dialog.pages.currentWidget() is dialog.consent_page
    assert "Consent comes first" in dialog.message.text()
    assert len(clinician.store.list_screenings(case.id)) == before
    assert dialog.licence.text() and dialog.purpose.text()
    dialog.consent.setChecked(True)
    assert dialog.start_button.isEnabled()
    dialog.consent_note.setText("Verbal consent, interpreter present")
    dialog.start()
    started = clinician.store.get_screening(dialog.screening.id)
    assert started.consent_at == NOW and started.consent_note == "Verbal consent, interpreter present"


def test_screening_runner_keyboard_only_phq9(qtbot, clinician):
    case = _screened_case(clinician)
    dialog = _runner(qtbot, clinician, case)
    _start(qtbot, dialog)
    assert dialog.progress.text() == "Question 1 of 10"
    assert dialog.question.font().pointSizeF() >= 16
    assert QUESTION_POINTS >= 16
    assert dialog.stem.text().startswith("Over the last 2 weeks")
    assert dialog.scale_buttons[0].text() == "0 · Not at all"
    keys = "12103210" + "0" + "1"  # items 1-8, item 9 (0: no flag), item 10 (not scored)
    for key in keys:
        qtbot.keyClick(dialog.focusWidget() or dialog, key)
    assert dialog.pages.currentWidget() is dialog.end_page
    done = clinician.store.get_screening(dialog.screening.id)
    assert done.status is ScreeningStatus.COMPLETED
    assert done.total == 1 + 2 + 1 + 0 + 3 + 2 + 1 + 0 + 0
    assert "Score: 10 of 27" in dialog.end_text.text()
    assert "Band: Moderate" in dialog.end_text.text()
    assert "Since the baseline" in dialog.end_text.text()  # the demo case has earlier PHQ-9s
    assert not dialog.safety.isVisible() and dialog.tasks == []


def test_screening_runner_non_answers_and_back(qtbot, clinician):
    case = _screened_case(clinician)
    dialog = _runner(qtbot, clinician, case)
    _start(qtbot, dialog, "gad7")
    for key in "SNP":
        qtbot.keyClick(dialog, key)
    count = len(dialog.inst.items)  # 7 scored items and the difficulty item
    assert dialog.progress.text() == f"Question 4 of {count}" and not dialog.message.isVisible()
    saved = {a.item_id: a.value for a in clinician.store.get_screening(dialog.screening.id).answers}
    assert saved == {"gad7_1": "skip", "gad7_2": "not_today", "gad7_3": "prefer_not_to_say"}
    assert all(a.asked_by == "ben" and a.asked_role == "clinician"
               for a in clinician.store.get_screening(dialog.screening.id).answers)
    qtbot.keyClick(dialog.back_button, Qt.Key.Key_Space)
    assert dialog.progress.text() == f"Question 3 of {count}"
    assert dialog.non_answer_buttons["prefer_not_to_say"].isChecked()
    dialog.non_answer_buttons["skip"].click()  # answering again replaces it
    saved = clinician.store.get_screening(dialog.screening.id).answer("gad7_3")
    assert saved is not None and saved.value == "skip"
    for _ in range(count - 3):
        qtbot.keyClick(dialog, "0")
    assert dialog.pages.currentWidget() is dialog.end_page
    assert dialog.screening.total is None
    assert dialog.screening.reason and dialog.screening.reason in dialog.end_text.text()
    assert "No score" in dialog.end_text.text()


def test_screening_runner_pause_then_resume_at_first_unanswered(qtbot, clinician):
    case = _screened_case(clinician)
    dialog = _runner(qtbot, clinician, case)
    _start(qtbot, dialog)
    for key in "120":
        qtbot.keyClick(dialog, key)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # asks, does not pause yet
    assert dialog.confirm.isVisible() and "Pause here? You can resume later." in dialog.confirm.text.text()
    assert clinician.store.get_screening(dialog.screening.id).status is ScreeningStatus.IN_PROGRESS
    qtbot.keyClick(dialog.confirm.yes, Qt.Key.Key_Space)
    paused = clinician.store.get_screening(dialog.screening.id)
    assert paused.status is ScreeningStatus.PAUSED
    assert dialog.pages.currentWidget() is dialog.end_page and "Paused" in dialog.end_title.text()
    dialog.accept()

    tab = ScreeningsTab(clinician, case)
    qtbot.addWidget(tab)
    table = tab.list.table
    row = next(r for r in range(tab.list.model.rowCount())
               if tab.list.model.record(r).id == paused.id)
    proxy = table.model()
    table.selectRow(proxy.mapFromSource(tab.list.model.index(row, 0)).row())
    assert tab.list.resume_button.isEnabled()
    resumed = tab.list.resume()
    assert resumed is not None and resumed.parent() is tab.list  # the tab owns it: not registered
    assert resumed.progress.text() == "Question 4 of 10"
    assert clinician.store.get_screening(paused.id).status is ScreeningStatus.IN_PROGRESS
    resumed.reject()  # closing mid-way pauses again: nothing lost
    assert clinician.store.get_screening(paused.id).status is ScreeningStatus.PAUSED


def test_screening_runner_item9_shows_safety_banner_and_task(qtbot, clinician):
    case = _screened_case(clinician)
    dialog = _runner(qtbot, clinician, case)
    _start(qtbot, dialog)
    for key in "00000000":
        qtbot.keyClick(dialog, key)
    assert not dialog.safety.isVisible()
    assert dialog.progress.text() == "Question 9 of 10"
    qtbot.keyClick(dialog, "2")
    assert dialog.safety.isVisible()  # at once, before the last item
    text = dialog.safety_text.text()
    assert "Item 9" in text and "same-day task was created for the clinician" in text
    tasks = [e for e in clinician.store.list_events(case.id, DEMO_TODAY, DEMO_TODAY)
             if e.kind is EventKind.TASK and "safety assessment" in e.title]
    assert len(tasks) == 1
    qtbot.keyClick(dialog, "0")
    assert "Safety task for today" in dialog.end_text.text()
    again = [e for e in clinician.store.list_events(case.id, DEMO_TODAY, DEMO_TODAY)
             if e.kind is EventKind.TASK and "safety assessment" in e.title]
    assert len(again) == 1  # completing does not repeat it


def test_screening_runner_stop_asks_then_declines(qtbot, clinician):
    case = _screened_case(clinician)
    dialog = _runner(qtbot, clinician, case)
    _start(qtbot, dialog)
    qtbot.keyClick(dialog, "1")
    dialog.stop_button.click()
    assert dialog.confirm.isVisible()
    dialog.confirm.no.click()
    assert clinician.store.get_screening(dialog.screening.id).status is ScreeningStatus.IN_PROGRESS
    dialog.stop_button.click()
    dialog.confirm.yes.click()
    assert clinician.store.get_screening(dialog.screening.id).status is ScreeningStatus.DECLINED
    assert "Stopped" in dialog.end_title.text()


def test_screening_runner_tell_it_once_offers_recent_answer(qtbot, clinician):
    case = _screened_case(clinician)
    screenings.administer(clinician, case_id=case.id, instrument_id="phq9",
                          answers={"phq9_1": 2}, consent_at=NOW, at=NOW)
    dialog = _runner(qtbot, clinician, case)
    _start(qtbot, dialog)
    assert dialog.told_label.isVisible()
    assert dialog.told_label.text() == ("Already told to a clinician on 1 Dec 2026: "
                                        "More than half the days")
    assert dialog.reuse_button.isVisible()
    qtbot.keyClick(dialog, "U")
    saved = clinician.store.get_screening(dialog.screening.id).answer("phq9_1")
    assert saved is not None and saved.value == 2
    assert dialog.progress.text() == "Question 2 of 10"


def test_screening_runner_shows_operation_refusal(qtbot, advocate):
    case = _screened_case(advocate)
    dialog = _runner(qtbot, advocate, case)
    offered = [dialog.instrument_combo.itemData(i) for i in range(dialog.instrument_combo.count())]
    assert offered == ["ahtst"]  # the advocate gives only what it may write
    dialog.instrument_combo.addItem("PHQ-9", "phq9")  # a stale choice: the operation refuses
    dialog.instrument_combo.setCurrentIndex(dialog.instrument_combo.count() - 1)
    dialog.consent.setChecked(True)
    dialog.start()
    assert dialog.message.isVisible() and "may not add or change" in dialog.message.text()
    assert dialog.pages.currentWidget() is dialog.consent_page


def test_screenings_tab_hides_scores_for_advocate(qtbot, advocate, clinician):
    case = _screened_case(clinician)
    seen = ScreeningsTab(clinician, case)
    qtbot.addWidget(seen)
    model = seen.list.model
    assert model.rowCount() >= 5
    assert any(model.index(r, 3).data() not in ("", DASH) for r in range(model.rowCount()))
    hidden = ScreeningsTab(advocate, case)
    qtbot.addWidget(hidden)
    model = hidden.list.model
    assert model.rowCount() == seen.list.model.rowCount()
    for r in range(model.rowCount()):
        # an advocate sees mental-health items as generic ones: not which instrument either
        assert model.index(r, 1).data() == "Screening"
        assert model.index(r, 2).data() == "completed" and model.index(r, 0).data()
        assert model.index(r, 3).data() == DASH and model.index(r, 4).data() == DASH
    assert hidden.chart.series() == []
    assert hidden.summary.text() == "No completed screenings to chart yet."


def test_screenings_tab_chart_summary(qtbot, clinician):
    case = _screened_case(clinician)
    tab = ScreeningsTab(clinician, case)
    qtbot.addWidget(tab)
    series = screenings.outcomes(clinician, case_id=case.id)
    phq9 = next(s for s in series if s.instrument_id == "phq9")
    first, last = phq9.points[0].total, phq9.points[-1].total
    change = phq9.since_baseline
    assert change is not None
    meaning = "clinically meaningful" if change.meaningful else "not clinically meaningful"
    line = f"PHQ-9: {first} → {last}, {change.direction}, {meaning}"
    assert summary_line(phq9) == line
    assert line in tab.summary.text().splitlines()
    assert line in tab.chart.accessibleDescription()
    assert {s.instrument_id for s in tab.chart.series()} == {"phq9", "gad7"}
    tab.resize(900, 600)
    tab.show()
    assert not tab.chart.grab().isNull()


def test_screenings_tab_start_offered_to_advocate(qtbot, advocate):
    case = _screened_case(advocate)
    tab = ScreeningsTab(advocate, case)
    qtbot.addWidget(tab)
    assert tab.list.start_button.isEnabled()  # the advocate may give the trafficking screen
    dialog = tab.list.start()
    assert dialog.pages.currentWidget() is dialog.consent_page
    dialog.reject()


def test_screenings_tab_peer_mentor_sees_dates_and_status_only(qtbot, demo_template, tmp_path):
    for session in _session(demo_template, tmp_path, "pia"):
        case = _screened_case(session)
        tab = ScreeningsTab(session, case)
        qtbot.addWidget(tab)
        model = tab.list.model
        assert model.rowCount() >= 5
        assert {model.index(r, 3).data() for r in range(model.rowCount())} == {DASH}
        assert {model.index(r, 4).data() for r in range(model.rowCount())} == {DASH}
        assert not tab.list.start_button.isEnabled()  # reads only: the policy's reason shows
        assert tab.list.start_button.toolTip()
        assert tab.chart.series() == []
