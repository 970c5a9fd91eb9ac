"""Trigger editor: pick a rule, enter the date and jurisdiction, see the computed dates and
their explanations, then save the trigger with its deadlines.

The preview and the save are the same operation's arithmetic (``dates.preview_trigger`` and
``dates.record_trigger``/``update_trigger``), with the same forum: the one chosen, else the
case's jurisdiction, else the rule's default.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from models.errors import Duplicate, WorkbenchError
from timeline.deadlines import get_rule
from timeline.jurisdictions import jurisdiction_codes, service_method_label, service_methods
from ui.editors.base import RecordDialog
from ui.editors.fields import DateField, FieldError, parse_time
from ui.editors.legal_dialogs import matter_combo
from ui.permissions import write_denial
from workbench.operations import dates, policy
from workbench.operations.changes import Done


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


def writable_rules(session: Any, keep: str | None = None) -> list[Any]:
    """The rules whose category the role may write (``keep``: the edited trigger's own)."""
    from timeline.deadlines import list_rules

    return [r for r in list_rules()
            if policy.may_write(session.role, r.category) or r.id == keep]


class TriggerDialog(RecordDialog):
    """Record a legal event (e.g. an IJ decision) and the deadlines its rule computes."""

    def confirmation(self) -> str:
        return self.tr("Trigger saved; its deadlines are on the timeline.")

    def __init__(self, session: Any, case: Any, existing: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, existing, parent)
        self.setWindowTitle(self.tr("Trigger"))
        self.rule: QComboBox = self.add_field("rule", self.tr("Rule"), QComboBox(self))
        for rule in writable_rules(session, existing.rule_id if existing else None):
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
        own = getattr(case, "jurisdiction", None)
        self.jurisdiction.addItem(self.tr("The case's (%1)").replace("%1", own) if own
                                  else self.tr("Rule's default"), None)
        for code in jurisdiction_codes():
            self.jurisdiction.addItem(code, code)
        self.service: QComboBox = self.add_field("service", self.tr("Service"), QComboBox(self))
        self.service.addItem(self.tr("(none)"), None)
        for method in service_methods():
            self.service.addItem(self.tr(service_method_label(method)), method)
        self.matter = self.add_field("matter", self.tr("Matter"), matter_combo(self, None))
        self.again = self.add_field("allow_duplicate", self.tr("Record it again"), QCheckBox(
            self.tr("A second event with the same rule, matter and date"), self))
        self._again_row = self.form.rowCount() - 1
        self.form.setRowVisible(self._again_row, False)  # offered once the same trigger is found
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
            denial = write_denial(session, [get_rule(existing.rule_id).category])
            if denial:
                self.forbid(denial)
        self.rule.currentIndexChanged.connect(self.update_preview)
        self.jurisdiction.currentIndexChanged.connect(self.update_preview)
        self.service.currentIndexChanged.connect(self.update_preview)
        self.occurred.line.editingFinished.connect(self.update_preview)

    def _load(self, trigger: Any) -> None:
        self.rule.setCurrentIndex(max(0, self.rule.findData(trigger.rule_id)))
        day = trigger.occurred.date() if isinstance(trigger.occurred, datetime) else trigger.occurred
        self.occurred.set_date(day)
        if isinstance(trigger.occurred, datetime):
            self.at.setText(trigger.occurred.strftime("%H:%M"))
        chosen = None if trigger.jurisdiction == self.case.jurisdiction else trigger.jurisdiction
        self.jurisdiction.setCurrentIndex(max(0, self.jurisdiction.findData(chosen)))
        self.service.setCurrentIndex(max(0, self.service.findData(trigger.service)))
        self.matter.setCurrentIndex(max(0, self.matter.findData(trigger.matter_id)))

    def _when(self) -> Any:
        day = self.occurred.value()
        if self.at.text().strip():
            return datetime.combine(day, parse_time(self.at.text()))
        return day

    def compute(self) -> Any:
        """The rule applied to the entered trigger (raises FieldError/WorkbenchError)."""
        return dates.preview_trigger(self.session, case_id=self.case.id,
                                     rule_id=self.rule.currentData(), occurred=self._when(),
                                     jurisdiction=self.jurisdiction.currentData(),
                                     service=self.service.currentData())

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

    def save(self, values: dict[str, Any]) -> Done[Any]:
        if self.existing is not None:
            return dates.update_trigger(self.session, trigger_id=self.existing.id, **values)
        try:
            return dates.record_trigger(self.session, case_id=self.case.id,
                                        allow_duplicate=self.again.isChecked(), **values)
        except Duplicate:
            self.form.setRowVisible(self._again_row, True)  # ticking it records a second one
            raise
