"""The Matters & triggers tab: the case's legal matters and the triggers of its deadlines."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from ui.editors.record_table import ListTab, RecordsTableModel
from ui.editors.trigger_dialog import TriggerDialog


def _when(value: Any) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, datetime) else value.isoformat()


class MattersTab(ListTab):
    """Triggers in the main table, matters listed above. Signals: case_changed()."""

    def __init__(self, session: Any, case: Any, parent: QWidget | None = None) -> None:
        super().__init__(session, case, parent)
        self.set_columns(self.tr("Triggers"), [
            (self.tr("Rule"), lambda t: t.rule_id),
            (self.tr("Event"), lambda t: t.trigger_type),
            (self.tr("Occurred"), lambda t: _when(t.occurred)),
            (self.tr("Jurisdiction"), lambda t: t.jurisdiction),
            (self.tr("Service"), lambda t: t.service),
        ])
        self.matters = RecordsTableModel([
            (self.tr("Ref"), lambda m: m.ref), (self.tr("Kind"), lambda m: m.kind),
            (self.tr("Title"), lambda m: m.title), (self.tr("Court"), lambda m: m.court),
            (self.tr("Case number"), lambda m: m.case_number),
        ], self)
        self.matters_label = QLabel(self)
        self.matters_label.setWordWrap(True)
        self.matters_label.setAccessibleName(self.tr("Matters"))
        self.layout().insertWidget(0, self.matters_label)
        self.add_button(self.tr("Add &trigger…"), self.add_trigger)
        self.add_button(self.tr("&Edit trigger…"), self.edit_selected)
        self.refresh()

    def records(self) -> list[Any]:
        return self.session.store.list_triggers(self.case.id)

    def refresh(self) -> None:
        """Reload triggers and matters."""
        super().refresh()
        matters = self.session.store.list_matters(self.case.id)
        self.matters.set_records(matters)
        lines = [f"{m.ref} · {m.kind} · {m.title}" for m in matters]
        self.matters_label.setText(self.tr("Matters: ") + ("; ".join(lines) or self.tr("none")))

    def add_trigger(self) -> TriggerDialog:
        """Open the trigger editor."""
        return self.open_dialog(TriggerDialog(self.session, self.case, None, self))

    def edit_selected(self) -> TriggerDialog | None:
        """Open the selected trigger (saving recomputes its deadlines)."""
        trigger = self.selected()
        if trigger is None:
            return None
        return self.open_dialog(TriggerDialog(self.session, self.case, trigger, self))
