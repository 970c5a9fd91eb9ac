"""The GUI on the operations layer: the change signal and what reloads, the policy in the GUI
(disabled actions say why, pickers offer what the role may write, refusals shown next to the
form), the role views of the case's lists, and the trigger dialog's forum."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from models.records import Category, EventKind, MatterKind, ReferralChoice, ReferralStatus
from tests.ui.conftest import TODAY
from ui.documents_tab import DocumentsTab
from ui.editors.appointment_dialog import AppointmentDialog
from ui.editors.legal_dialogs import DeadlineDialog
from ui.editors.matter_dialogs import ClosuresDialog, MatterDialog
from ui.editors.trigger_dialog import TriggerDialog
from ui.matters_tab import MattersTab
from ui.referral_dialog import ReferralStatusDialog
from ui.session import UiSession
from ui.timeline_tab import TimelineTab
from workbench.operations import care, cases, dates
from workbench.operations.changes import Changes, Kind

ACCEPTED = QDialog.DialogCode.Accepted
LA = ZoneInfo("America/Los_Angeles")


@pytest.fixture
def session(vault):
    """ana, an advocate."""
    return UiSession(vault, today=lambda: TODAY)


@pytest.fixture
def clinician(clinician_vault):
    """ben, a clinician, on the same vault."""
    return UiSession(clinician_vault, today=lambda: TODAY)


@pytest.fixture
def case(supervisor):
    """A CA case with a legal matter, an HIV nPEP trigger and an HIV document, seeded by a
    supervisor through the operations."""
    ctx = supervisor
    case = cases.add_case(ctx, display_name="Test Client", jurisdiction="CA").value
    care.add_matter(ctx, case_id=case.id, kind=MatterKind.IMMIGRATION, title="T visa")
    dates.record_trigger(ctx, case_id=case.id, rule_id="E-nPEP-FU", occurred=TODAY)
    care.add_document(ctx, case_id=case.id, category=Category.HIV_STI, title="HIV test result",
                      data=b"%PDF-1.4\n%%EOF\n", media_type="application/pdf")
    care.add_referral(ctx, case_id=case.id, service="PrEP clinic", organisation="Eastside Health",
                      status=ReferralStatus.MADE, category=Category.HIV_STI, opened=TODAY,
                      choice=ReferralChoice.OPTED_IN)
    return case


# -- the change signal -------------------------------------------------------------------------
def test_operations_ui_a_save_is_announced_once_with_its_changes(qtbot, session, case):
    dlg = DeadlineDialog(session, case)
    qtbot.addWidget(dlg)
    dlg.title_edit.setText("File brief")
    dlg.due.line.setText("2026-06-01")
    with qtbot.waitSignal(session.signals.confirmed) as said:
        with qtbot.waitSignal(session.signals.operation_executed) as announced:
            dlg.accept()
    changes, initiator = announced.args
    assert initiator is dlg and changes == dlg.changes
    assert changes.touches(case.id, Kind.EVENTS) and not changes.touches(case.id + 1)
    assert said.args == ["Deadline saved."]


def test_operations_ui_views_reload_only_what_a_change_touches(qtbot, session, case):
    matters, documents = MattersTab(session, case), DocumentsTab(session, case)
    for tab in (matters, documents):
        qtbot.addWidget(tab)
    announce = session.signals.operation_executed.emit
    with qtbot.assertNotEmitted(matters.live.reloaded, wait=100):
        with qtbot.assertNotEmitted(documents.live.reloaded, wait=100):
            announce(Changes.of(Kind.MATTERS, case_id=case.id + 1), None)  # another case
            announce(Changes.of(Kind.CONSENTS, case_id=case.id), None)  # another kind
    with qtbot.assertNotEmitted(documents.live.reloaded, wait=100):
        with qtbot.waitSignal(matters.live.reloaded):
            announce(Changes.of(Kind.TRIGGERS, case_id=case.id), None)
    with qtbot.waitSignal(matters.live.reloaded):
        announce(Changes.of(Kind.TRIGGERS, every_case=True), None)  # a closure reaches all


def test_operations_ui_shell_reloads_caseload_and_agenda_and_confirms(qtbot, shell):
    session = shell.session
    workspace = shell.work.open_case(3)  # "Lin": nothing dated yet
    timeline = workspace.tab(1)
    assert shell.work.caseload.model.index(2, 2).data() == "—"
    dlg = DeadlineDialog(session, workspace._case, None, timeline)
    qtbot.addWidget(dlg)
    dlg.title_edit.setText("Serve the respondent")
    dlg.due.line.setText((TODAY + timedelta(days=2)).isoformat())
    dlg.assigned.setText("ana")
    with qtbot.waitSignal(timeline.live.reloaded, timeout=10_000):
        dlg.accept()
    qtbot.waitUntil(lambda: not shell.is_loading(), timeout=10_000)
    assert shell.work.caseload.model.index(2, 2).data() == "2026-05-06"
    agenda = [shell.agenda.model.index(r, 0).data() for r in range(shell.agenda.model.rowCount())]
    assert any("Serve the respondent" in line for line in agenda)
    assert "Serve the respondent" in [e.title for e in timeline.view.entries()]
    assert shell.work.notice.text() == "Deadline saved." and shell.work.notice.isVisible()


# -- the policy in the GUI ---------------------------------------------------------------------
def test_operations_ui_clinician_sees_legal_actions_disabled_with_why(qtbot, clinician, case):
    matters = MattersTab(clinician, case)
    qtbot.addWidget(matters)
    for button in (matters.add_matter_button, matters.edit_matter_button):
        assert not button.isEnabled()
        assert button.toolTip().startswith("Your role (clinician) may not add or change")
    assert matters.add_trigger_button.isEnabled()  # the clinic's own rules (nPEP, hepatitis B…)
    timeline = TimelineTab(clinician, case)
    qtbot.addWidget(timeline)
    assert not timeline.add_hearing.isEnabled() and "clinician" in timeline.add_hearing.toolTip()
    assert timeline.add_appointment.isEnabled() and timeline.add_appointment.toolTip() == ""
    trigger = TriggerDialog(clinician, case)
    qtbot.addWidget(trigger)
    rules = {trigger.rule.itemData(i) for i in range(trigger.rule.count())}
    assert "E-nPEP-FU" in rules and "B-EOIR-BIA-APPEAL" not in rules


def test_operations_ui_case_manager_records_no_trigger_and_a_clinician_edits_no_legal_one(
        qtbot, case_manager_vault, clinician, case, supervisor):
    cam = UiSession(case_manager_vault, today=lambda: TODAY)
    matters = MattersTab(cam, case)
    qtbot.addWidget(matters)
    assert not matters.add_trigger_button.isEnabled()
    assert matters.add_trigger_button.toolTip().startswith(
        "Your role (case manager) may not add or change")
    dates.record_trigger(supervisor, case_id=case.id, rule_id="B-EOIR-BIA-APPEAL",
                         occurred=TODAY)
    theirs = MattersTab(clinician, case)
    qtbot.addWidget(theirs)
    rules = [theirs.model.index(r, 0).data() for r in range(theirs.model.rowCount())]
    theirs.table.selectRow(rules.index("B-EOIR-BIA-APPEAL"))
    dialog = theirs.edit_selected()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "Your role (clinician) may not" in ok.toolTip()
    assert "Your role (clinician) may not" in dialog.general_error.text()
    dialog.close()


def test_operations_ui_pickers_offer_only_writable_categories(qtbot, session, clinician, case):
    def offered(dialog):
        qtbot.addWidget(dialog)
        return {dialog.category.itemData(i) for i in range(dialog.category.count())}

    advocate = offered(AppointmentDialog(session, case))
    assert Category.IMMIGRATION in advocate and Category.HOUSING_BENEFITS in advocate
    assert not advocate & {Category.MEDICAL, Category.HIV_STI, Category.MENTAL_HEALTH}
    clinic = offered(AppointmentDialog(clinician, case))
    assert Category.MEDICAL in clinic and Category.HIV_STI in clinic
    assert Category.IMMIGRATION not in clinic
    matter = MatterDialog(clinician, case)
    qtbot.addWidget(matter)
    assert matter.kind.count() == len(MatterKind)  # none writable: saving says why
    matter.title_edit.setText("Asylum")
    matter.accept()
    assert matter.result() != ACCEPTED
    assert "Your role (clinician) may not" in matter.general_error.text()


def test_operations_ui_closures_are_advocate_or_supervisor(qtbot, session, clinician):
    mine = ClosuresDialog(session)
    theirs = ClosuresDialog(clinician)
    for dialog in (mine, theirs):
        qtbot.addWidget(dialog)
    assert mine.add_button.isEnabled()
    assert not theirs.add_button.isEnabled()
    assert "record court closures" in theirs.add_button.toolTip()


def test_operations_ui_refusal_is_shown_next_to_the_form(qtbot, session, case):
    [referral] = session.store.list_referrals(case.id)
    dlg = ReferralStatusDialog(session, case, referral)  # an HIV referral; ana is an advocate
    qtbot.addWidget(dlg)
    dlg.status.setCurrentIndex(0)
    dlg.accept()
    assert dlg.result() != ACCEPTED
    assert "Your role (advocate) may not add or change hiv sti records" in dlg.general_error.text()
    assert session.store.list_referrals(case.id)[0].status == ReferralStatus.MADE


def test_operations_ui_no_editor_for_an_event_the_role_may_not_change(qtbot, session, case,
                                                                      supervisor):
    at = datetime(2026, 5, 6, 10, tzinfo=LA)
    event = dates.add_event(supervisor, case_id=case.id, kind=EventKind.MEDICAL_APPOINTMENT,
                            title="HIV clinic", category=Category.HIV_STI, start=at,
                            end=at + timedelta(hours=1), tz="America/Los_Angeles").value
    tab = TimelineTab(session, case)
    qtbot.addWidget(tab)
    assert "HIV clinic" not in [e.title for e in tab.view.entries()]  # a generic title
    assert tab.open_entry(f"event:{event.id}") is None and tab.dialog is None
    assert "Your role (advocate) may not" in tab.details.text()
    assert "HIV clinic" not in tab.details.text()


# -- role views of the case's lists ------------------------------------------------------------
def test_operations_ui_lists_keep_what_the_role_view_hides(qtbot, session, clinician, case):
    mine = MattersTab(session, case)
    theirs = MattersTab(clinician, case)
    docs = DocumentsTab(session, case)
    for tab in (mine, theirs, docs):
        qtbot.addWidget(tab)
    assert mine.model.rowCount() == 0  # the rule id E-nPEP-FU names the exposure
    assert theirs.model.index(0, 0).data() == "E-nPEP-FU"
    assert docs.model.index(0, 0).data() == "(not visible to your role)"
    assert docs.model.index(0, 1).data() == "medical"  # the generic category


# -- the trigger dialog's forum ----------------------------------------------------------------
def test_operations_ui_trigger_preview_and_save_use_the_case_jurisdiction(qtbot, session, case):
    dlg = TriggerDialog(session, case)
    qtbot.addWidget(dlg)
    assert dlg.jurisdiction.currentText() == "The case's (CA)"
    assert dlg.jurisdiction.currentData() is None
    dlg.rule.setCurrentIndex(dlg.rule.findData("B-EOIR-BIA-APPEAL"))
    dlg.occurred.line.setText("2027-03-01")
    dlg.update_preview()
    assert "EOIR-26 received by the BIA: 2027-03-31" in dlg.preview.toPlainText()
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dlg.result() == ACCEPTED
    trigger, [deadline] = dlg.saved
    assert trigger.jurisdiction == "CA" and deadline.due == date(2027, 3, 31)
    again = TriggerDialog(session, case)  # the same trigger again: refused, then allowed
    qtbot.addWidget(again)
    again.rule.setCurrentIndex(again.rule.findData("B-EOIR-BIA-APPEAL"))
    again.occurred.line.setText("2027-03-01")
    assert not again.form.isRowVisible(again._again_row)
    again.accept()
    assert again.result() != ACCEPTED and "already records" in again.error_text("rule")
    assert again.form.isRowVisible(again._again_row)
    again.again.setChecked(True)
    again.accept()
    assert again.result() == ACCEPTED
    assert sum(t.rule_id == "B-EOIR-BIA-APPEAL" for t in session.store.list_triggers(case.id)) == 2


def test_operations_ui_pickers_come_from_the_jurisdiction_data(qtbot, session, case):
    from models.records import ClosureReason
    from timeline.jurisdictions import closure_calendars, jurisdiction_codes, service_methods
    from ui.case_intake_dialog import CaseIntakeDialog
    from ui.editors.care_dialogs import ClosureDialog
    from ui.editors.zones import all_zones

    def data(combo):
        return [combo.itemData(i) for i in range(combo.count())]

    closure, trigger, intake = ClosureDialog(session), TriggerDialog(session, case), \
        CaseIntakeDialog()
    for widget in (closure, trigger, intake):
        qtbot.addWidget(widget)
    assert data(closure.calendar) == list(closure_calendars())
    assert data(closure.reason) == list(ClosureReason)
    assert data(trigger.jurisdiction) == [None, *jurisdiction_codes()]
    assert data(trigger.service) == [None, *service_methods()]
    assert [intake.jurisdiction.itemText(i) for i in range(intake.jurisdiction.count())] == [
        "", *jurisdiction_codes()]
    assert all_zones()[:3] == ["America/Chicago", "America/Los_Angeles", "America/New_York"]


@pytest.mark.parametrize("who", ["session", "clinician"])
def test_operations_ui_default_category_is_one_the_role_may_write(qtbot, request, who, case):
    from ui.editors.appointment_dialog import APPOINTMENT_KINDS
    from ui.editors.legal_dialogs import HearingDialog
    from workbench.operations.policy import may_write

    ui = request.getfixturevalue(who)
    appointment = AppointmentDialog(ui, case)
    qtbot.addWidget(appointment)
    for kind in APPOINTMENT_KINDS:  # a new kind brings its own default, still writable
        appointment.kind.setCurrentIndex(appointment.kind.findData(kind))
        assert may_write(ui.role, appointment.category.currentData()), kind
    appointment.kind.setCurrentIndex(appointment.kind.findData(EventKind.MEDICAL_APPOINTMENT))
    expected = Category.MEDICAL if who == "clinician" else Category.HOUSING_BENEFITS
    assert appointment.category.currentData() == expected  # the likeliest, not the first listed
    deadline = DeadlineDialog(ui, case)
    qtbot.addWidget(deadline)
    assert may_write(ui.role, deadline.category.currentData())
    if who == "session":  # the clinician may write no legal category: its button is disabled
        hearing = HearingDialog(ui, case)
        qtbot.addWidget(hearing)
        assert hearing.category.currentData() == Category.IMMIGRATION
    # the default saves as it stands: the policy does not refuse it
    appointment.title_edit.setText("Accompanied visit")
    appointment.accept()
    assert appointment.result() == ACCEPTED, appointment.general_error.text()
    deadline.title_edit.setText("Send the records")
    deadline.due.set_date(TODAY + timedelta(days=9))
    deadline.accept()
    assert deadline.result() == ACCEPTED, deadline.general_error.text()


def test_operations_ui_category_chosen_by_hand_stays_when_the_kind_changes(qtbot, session, case):
    dialog = AppointmentDialog(session, case)
    qtbot.addWidget(dialog)
    dialog.category.setCurrentIndex(dialog.category.findData(Category.IMMIGRATION))
    dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.CASE_CONFERENCE))
    assert dialog.category.currentData() == Category.IMMIGRATION
