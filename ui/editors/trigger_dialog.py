"""Trigger editor: pick a rule, enter the date and jurisdiction, see the computed dates and
their explanations, then save the trigger with its deadlines."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from models.errors import WorkbenchError
from ui.editors.base import RecordDialog
from ui.editors.fields import DateField, FieldError, parse_time
from ui.editors.legal_dialogs import matter_combo
from ui.editors.zones import jurisdictions


def explain(computation: Any) -> str:
    """The computed dates, then the arithmetic step by step, sources and warnings."""
    lines = []
    for result in computation.results:
        safe = "" if result.safe == result.date else f"  (safe reading: {result.safe.isoformat()})"
        lines.append(f"{result.label}: {result.date.isoformat()} [{result.kind}, "
                     f"{getattr(result.owner, 'value', result.owner)}]{safe}")
    lines.append("")
    lines.extend(computation.steps)
    if computation.sources:
        lines.append("Sources: " + "; ".join(computation.sources))
    lines.extend("Warning: " + w for w in computation.warnings)
    return "\n".join(lines)


class TriggerDialog(RecordDialog):
    """Record a legal event (e.g. an IJ decision) and the deadlines its rule computes."""

    def __init__(self, session: Any, case: Any, existing: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, existing, parent)
        from timeline.deadlines import list_rules

        self.setWindowTitle(self.tr("Trigger"))
        self.rule: QComboBox = self.add_field("rule", self.tr("Rule"), QComboBox(self))
        for rule in list_rules():
            self.rule.addItem(f"{rule.id} — {rule.title}", rule.id)
        # the longest rule title must not set the dialog's width (200% fonts); the list
        # that drops down is as wide as its longest entry
        self.rule.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rule.setMinimumContentsLength(28)
        self.rule.view().setMinimumWidth(self.rule.view().sizeHintForColumn(0) + 24)
        self.occurred = self.add_field("occurred", self.tr("Date of the event"),
                                       DateField(session.today(), self))
        self.at = self.add_field("at", self.tr("Time (HH:MM, for hour-based rules)"), QLineEdit(self))
        self.jurisdiction: QComboBox = self.add_field("jurisdiction", self.tr("Jurisdiction"),
                                                      QComboBox(self))
        self.jurisdiction.addItem(self.tr("Rule's default"), None)
        for code in jurisdictions():
            self.jurisdiction.addItem(code, code)
        self.service: QComboBox = self.add_field("service", self.tr("Service"), QComboBox(self))
        for value in (None, "mail", "electronic", "personal"):
            self.service.addItem(value or self.tr("(none)"), value)
        self.matter = self.add_field("matter", self.tr("Matter"), matter_combo(self, None))
        preview = QPushButton(self.tr("Show computed dates"), self)
        preview.setAccessibleName(self.tr("Show computed dates"))
        preview.clicked.connect(self.update_preview)
        self.form.addRow(preview)
        self.preview = self.add_field("preview", self.tr("Computed dates and why"), QPlainTextEdit(self))
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        if existing is not None:
            self._load(existing)
        self.rule.currentIndexChanged.connect(self.update_preview)
        self.jurisdiction.currentIndexChanged.connect(self.update_preview)
        self.occurred.line.editingFinished.connect(self.update_preview)

    def _load(self, trigger: Any) -> None:
        self.rule.setCurrentIndex(max(0, self.rule.findData(trigger.rule_id)))
        day = trigger.occurred.date() if isinstance(trigger.occurred, datetime) else trigger.occurred
        self.occurred.set_date(day)
        if isinstance(trigger.occurred, datetime):
            self.at.setText(trigger.occurred.strftime("%H:%M"))
        self.jurisdiction.setCurrentIndex(max(0, self.jurisdiction.findData(trigger.jurisdiction)))
        self.service.setCurrentIndex(max(0, self.service.findData(trigger.service)))

    def _when(self) -> Any:
        day = self.occurred.value()
        if self.at.text().strip():
            return datetime.combine(day, parse_time(self.at.text()))
        return day

    def compute(self) -> Any:
        """The rule applied to the entered trigger (raises FieldError/WorkbenchError)."""
        from timeline.deadlines import compute

        return compute(self.rule.currentData(), self._when(),
                       jurisdiction=self.jurisdiction.currentData(),
                       service=self.service.currentData(),
                       closures=self.session.store.list_closures())

    def update_preview(self) -> None:
        """Show the computed dates and explanations (or what is wrong) before saving."""
        try:
            self.preview.setPlainText(explain(self.compute()))
        except (FieldError, WorkbenchError) as exc:
            self.preview.setPlainText(self.tr("Cannot compute: ") + str(exc))

    def collect(self) -> dict[str, Any]:
        when = self.field("occurred", self._when)
        if when is None:
            return {}
        try:
            computation = self.compute()
        except WorkbenchError as exc:
            self.fail("rule", str(exc))
            return {}
        self.preview.setPlainText(explain(computation))
        return {"occurred": when, "rule_id": self.rule.currentData(),
                "jurisdiction": self.jurisdiction.currentData(),
                "service": self.service.currentData(), "matter_id": self.matter.currentData()}

    def save(self, values: dict[str, Any]) -> Any:
        from timeline.deadlines import get_rule
        from timeline.triggers import deadline_assignee, deadline_events_for

        store = self.session.store
        fields = {k: values[k] for k in ("jurisdiction", "service", "matter_id") if values[k]}
        assignee = deadline_assignee(self.case, store.actor)
        with store.transaction():  # the trigger and its deadlines are written together or not at all
            if self.existing is not None:
                trigger = store.update_trigger(self.existing.id, occurred=values["occurred"],
                                               rule_id=values["rule_id"], **fields)
            else:
                rule = get_rule(values["rule_id"])
                trigger = store.add_trigger(self.case.id, rule.trigger_type, values["rule_id"],
                                            values["occurred"], **fields)
            store.replace_trigger_deadlines(
                trigger.id, deadline_events_for(trigger, closures=store.list_closures(),
                                                assignee=assignee))
        return trigger

