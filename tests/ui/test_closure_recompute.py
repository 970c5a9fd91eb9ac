"""Entering a court closure in the GUI recomputes the deadlines already computed (real vault):
the dialog calls ``dates.add_closure``, which recomputes in the transaction that stores it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog

from models.records import ClosureReason, MatterKind
from ui.editors.care_dialogs import ClosureDialog
from ui.session import UiSession
from workbench.operations import care, cases, dates
from workbench.operations.changes import Kind


def test_closure_dialog_recomputes_deadlines_and_keeps_overrides(qtbot, vault):
    session = UiSession(vault, today=lambda: date(2026, 11, 27))
    case = cases.add_case(session, display_name="Fictional Person", jurisdiction="federal",
                          assigned_to=("ana",)).value
    matter = care.add_matter(session, case_id=case.id, kind=MatterKind.IMMIGRATION).value
    appeal, (due,) = dates.record_trigger(session, case_id=case.id, rule_id="B-EOIR-BIA-APPEAL",
                                          occurred=date(2026, 11, 25), matter_id=matter.id).value
    assert due.due == date(2026, 12, 28)
    motion, (kept,) = dates.record_trigger(session, case_id=case.id, rule_id="B-EOIR-MTR-30",
                                           occurred=date(2026, 11, 25), matter_id=matter.id).value
    kept = dates.update_event(session, event_id=kept.id, due=date(2026, 12, 21)).value
    assert kept.overridden  # changed by hand

    dialog = ClosureDialog(session)
    qtbot.addWidget(dialog)
    dialog.day.line.setText("2026-12-28")
    dialog.calendar.setCurrentIndex(dialog.calendar.findData("*"))
    dialog.reason.setCurrentIndex(dialog.reason.findData(ClosureReason.EXECUTIVE_ORDER))
    with qtbot.waitSignal(session.signals.operation_executed) as announced:
        dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted.value
    changes, initiator = announced.args
    assert initiator is dialog and changes.every_case and Kind.EVENTS in changes.kinds

    events = {e.trigger_id: e for e in vault.store.list_events(case_id=case.id)}
    assert events[appeal.id].due == date(2026, 12, 29)  # rolled past the new closure
    assert any("2026-12-28" in line for line in events[appeal.id].explanation)
    assert events[motion.id].due == date(2026, 12, 21) and events[motion.id].overridden
    assert events[appeal.id].assigned_to == "ana"
