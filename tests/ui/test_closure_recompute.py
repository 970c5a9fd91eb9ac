"""Entering a court closure in the GUI recomputes the deadlines already computed (real vault)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog

from models.records import ClosureReason, MatterKind
from timeline.triggers import deadline_events_for
from ui.editors.care_dialogs import ClosureDialog
from ui.session import UiSession


def test_closure_dialog_recomputes_deadlines_and_keeps_overrides(qtbot, vault):
    store = vault.store
    case = store.add_case("Fictional Person", jurisdiction="federal", assigned_to=("ana",))
    matter = store.add_matter(case.id, MatterKind.IMMIGRATION)
    appeal = store.add_trigger(case.id, "ij_decision", "B-EOIR-BIA-APPEAL", date(2026, 11, 25),
                               matter_id=matter.id, jurisdiction="federal")
    (due,) = store.replace_trigger_deadlines(appeal.id, deadline_events_for(appeal))
    assert due.due == date(2026, 12, 28)
    motion = store.add_trigger(case.id, "final_order", "B-EOIR-MTR-30", date(2026, 11, 25),
                               matter_id=matter.id, jurisdiction="federal")
    (kept,) = store.replace_trigger_deadlines(motion.id, deadline_events_for(motion))
    kept = store.update_event(kept.id, due=date(2026, 12, 21))  # changed by hand
    assert kept.overridden

    dialog = ClosureDialog(UiSession(vault, today=lambda: date(2026, 11, 27)))
    qtbot.addWidget(dialog)
    dialog.day.line.setText("2026-12-28")
    dialog.calendar.setCurrentIndex(dialog.calendar.findData("*"))
    dialog.reason.setCurrentIndex(dialog.reason.findData(ClosureReason.EXECUTIVE_ORDER))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted.value

    events = {e.trigger_id: e for e in store.list_events(case_id=case.id)}
    assert events[appeal.id].due == date(2026, 12, 29)  # rolled past the new closure
    assert any("2026-12-28" in line for line in events[appeal.id].explanation)
    assert events[motion.id].due == date(2026, 12, 21) and events[motion.id].overridden
    assert events[appeal.id].assigned_to == "ana"
