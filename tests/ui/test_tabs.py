"""Case tabs over a real vault: item models pass qtmodeltester, filters, activation, role views."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from models.records import Category, EventKind, ReferralStatus
from ui.audit_tab import AuditTab
from ui.careplan_tab import CarePlanTab
from ui.consent_tab import ConsentTab
from ui.dates_tab import DatesTab
from ui.disclosures_tab import DisclosuresTab
from ui.documents_tab import DocumentsTab
from ui.editors.legal_dialogs import HearingDialog
from ui.matters_tab import MattersTab
from ui.session import UiSession
from ui.timeline_tab import TimelineTab
from workbench.operations import care, cases, dates

LA = ZoneInfo("America/Los_Angeles")


@pytest.fixture
def session(vault):
    return UiSession(vault, today=lambda: date(2026, 5, 4))


@pytest.fixture
def case(supervisor):
    """A case with clinical and legal dates, seeded by a supervisor through the operations."""
    ctx = supervisor
    case = cases.add_case(ctx, display_name="Test Client", jurisdiction="CA").value
    at = datetime(2026, 5, 6, 10, 0, tzinfo=LA)
    dates.add_event(ctx, case_id=case.id, kind=EventKind.MEDICAL_APPOINTMENT,
                    title="Clinic visit", category=Category.MEDICAL, start=at,
                    end=at + timedelta(hours=1), tz="America/Los_Angeles",
                    notes="clinical-note-xyz")
    dates.add_event(ctx, case_id=case.id, kind=EventKind.COURT_HEARING, title="Master hearing",
                    category=Category.IMMIGRATION, start=at + timedelta(days=2),
                    end=at + timedelta(days=2, hours=1), tz="America/Los_Angeles")
    dates.add_event(ctx, case_id=case.id, kind=EventKind.LEGAL_DEADLINE, title="File brief",
                    category=Category.IMMIGRATION, due=date(2026, 5, 20), all_day=True)
    care.add_consent(ctx, case_id=case.id, recipient="Clinic", categories=[Category.MEDICAL],
                     purpose="care", granted=date(2026, 5, 1))
    care.add_referral(ctx, case_id=case.id, service="Housing", organisation="Shelter",
                      status=ReferralStatus.PROPOSED, category=Category.HOUSING_BENEFITS,
                      opened=date(2026, 5, 1))
    care.add_goal(ctx, case_id=case.id, title="Safety", category=Category.SAFETY_PLAN,
                  milestones=[("Plan", date(2026, 5, 30))])
    return case


TABS = [ConsentTab, DocumentsTab, DisclosuresTab, AuditTab, MattersTab]


@pytest.mark.parametrize("cls", TABS)
def test_tabs_list_models_pass_modeltester(qtbot, qtmodeltester, session, case, cls):
    tab = cls(session, case)
    qtbot.addWidget(tab)
    qtmodeltester.check(tab.model)
    tab.refresh()
    qtmodeltester.check(tab.table.model())


def test_tabs_careplan_lists_goals_and_referrals(qtbot, qtmodeltester, session, case):
    tab = CarePlanTab(session, case)
    qtbot.addWidget(tab)
    qtmodeltester.check(tab.goals.model)
    assert tab.goals.model.rowCount() == 1 and tab.referrals.model.rowCount() == 1
    tab.goals.table.selectRow(0)
    with qtbot.waitSignal(session.signals.confirmed) as said:
        with qtbot.waitSignal(tab.goals.live.reloaded):  # reloaded off the UI thread
            with qtbot.assertNotEmitted(tab.referrals.live.reloaded, wait=50):
                tab.goals.complete_selected()
    assert said.args == ["Milestone marked done."]
    assert session.store.list_goals(case.id)[0].milestones[0].done == date(2026, 5, 4)
    assert tab.detail.milestones.item(0, 1).text() == "✓ done Mon 4 May 2026"  # in the details


def test_tabs_dates_model_filters_and_sorts(qtbot, qtmodeltester, session, case):
    tab = DatesTab(session, case)
    qtbot.addWidget(tab)
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)
    assert tab.proxy.rowCount() == 4  # three events and the care-plan milestone
    days = [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]
    assert days == sorted(days)
    tab.lane.setCurrentIndex(tab.lane.findData("immigration"))
    assert tab.proxy.rowCount() == 2
    tab.search.setText("brief")
    assert tab.proxy.rowCount() == 1
    assert tab.proxy.index(0, 4).data().endswith("File brief")


def test_tabs_dates_hides_clinical_notes_from_advocate(qtbot, session, case):
    assert session.role == "advocate"
    tab = DatesTab(session, case)
    qtbot.addWidget(tab)
    tips = [tab.model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole)
            for r in range(tab.model.rowCount())]
    assert tips and not any("clinical-note-xyz" in t for t in tips)


def test_tabs_timeline_activation_opens_the_entry_editor(qtbot, session, case):
    tab = TimelineTab(session, case)
    qtbot.addWidget(tab)
    tab.resize(1100, 500)
    keys = [e.key for e in tab.view.entries()]
    hearing = next(e.key for e in tab.view.entries() if e.title == "Master hearing")
    assert tab.view.focus_key(hearing)
    assert "Master hearing" in tab.details.text()
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert isinstance(tab.dialog, HearingDialog)
    tab.dialog.title_edit.setText("Master hearing (moved)")
    with qtbot.waitSignal(tab.live.reloaded):
        tab.dialog.accept()
    assert "Master hearing (moved)" in [e.title for e in tab.view.entries()]
    assert len(tab.view.entries()) == len(keys)
    tab.dialog.close()


def test_tabs_timeline_zoom_controls_follow_the_view(qtbot, session, case):
    tab = TimelineTab(session, case)
    qtbot.addWidget(tab)
    tab.zoom_combo.setCurrentIndex(4)
    tab.zoom_combo.activated.emit(4)
    assert tab.view.span_days() == 366
    tab.zoom_slider.setValue(0)
    assert tab.view.span_days() == 1
    for widget in (tab.zoom_combo, tab.zoom_slider, tab.view, tab.details):
        assert widget.accessibleName()
