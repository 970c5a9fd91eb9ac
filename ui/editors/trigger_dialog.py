"""Trigger editor: find the trigger event (searchable, plain language, by area), enter its date
and forum, see the computed dates in a sentence (the arithmetic one click away), then save the
trigger with its deadlines.

The preview and the save are the same operation's arithmetic (``dates.preview_trigger`` and
``dates.record_trigger``/``update_trigger``), with the same forum: the one chosen, else the
case's jurisdiction, else the rule's default.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from models.errors import Duplicate, WorkbenchError
from timeline.deadlines import get_rule
from timeline.jurisdictions import (
    jurisdiction_codes,
    jurisdiction_label,
    service_method_label,
    service_methods,
)
from ui.editors.base import RecordDialog
from ui.editors.fields import DateField, FieldError, parse_time
from ui.editors.legal_dialogs import matter_combo
from ui.editors.rule_picker import RulePicker
from ui.editors.trigger_plain import plain_preview
from ui.i18n import translate
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
    """Record a legal or clinical event (e.g. an IJ decision) and the dates its rule computes.

    ``rule`` is the searchable picker (nothing chosen at first; Save waits for a choice),
    ``summary`` the computed dates in plain language, ``preview`` the step-by-step arithmetic
    behind the "Show the arithmetic" toggle.
    """

    merges_theirs = False  # update_trigger takes the whole trigger (rule, date, forum) each time

    def confirmation(self) -> str:
        return self.tr("Trigger saved; its deadlines are on the timeline.")

    def __init__(self, session: Any, case: Any, existing: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, existing, parent)
        self.setWindowTitle(self.tr("Trigger"))
        self._forbidden = False
        keep = existing.rule_id if existing else None
        self.rule = RulePicker(writable_rules(session, keep), self, keep=keep)
        self.add_field("rule", self.tr("Trigger event"), self.rule)
        self.rule.setAccessibleName(self.tr("Trigger event"))
        self.occurred = self.add_field("occurred", self.tr("Date of the event"),
                                       DateField(session.today(), self))
        self._occurred_row = self.form.rowCount() - 1
        self.at = self.add_field("at", self.tr("Time (HH:MM)"), QLineEdit(self))
        self.at.setPlaceholderText(self.tr("e.g. 14:30 — this rule counts hours"))
        self._at_row = self.form.rowCount() - 1
        self.jurisdiction: QComboBox = self.add_field("jurisdiction", self.tr("Forum"),
                                                      QComboBox(self))
        own = getattr(case, "jurisdiction", None)
        self.jurisdiction.addItem(self.tr("The case's (%1)").replace("%1", own) if own
                                  else self.tr("The rule's own forum"), None)
        if own:
            self.jurisdiction.setItemData(0, jurisdiction_label(own), Qt.ItemDataRole.ToolTipRole)
        for code in jurisdiction_codes():
            self.jurisdiction.addItem(f"{jurisdiction_label(code)} ({code})", code)
        self.service: QComboBox = self.add_field("service", self.tr("Served by"), QComboBox(self))
        self.service.addItem(self.tr("(not served / not applicable)"), None)
        for method in service_methods():
            self.service.addItem(service_method_label(method), method)
        self.matter = self.add_field("matter", self.tr("Matter"), matter_combo(self, None))
        self.again = self.add_field("allow_duplicate", self.tr("Record it again"), QCheckBox(
            self.tr("A second event with the same rule, matter and date"), self))
        self._again_row = self.form.rowCount() - 1
        self.form.setRowVisible(self._again_row, False)  # offered once the same trigger is found
        self._build_preview()
        if existing is not None:
            self._load(existing)
            denial = write_denial(session, [get_rule(existing.rule_id).category])
            if denial:
                self.forbid(denial)
        self.rule.rule_chosen.connect(self._rule_changed)
        self.jurisdiction.currentIndexChanged.connect(self.update_preview)
        self.service.currentIndexChanged.connect(self.update_preview)
        self.occurred.date_edited.connect(self.update_preview)
        self.occurred.line.editingFinished.connect(self.update_preview)
        self.at.textChanged.connect(self.update_preview)
        self._rule_changed(self.rule.rule_id())
        # wide enough for the rules' plain titles beside their events; fits a 1366 px screen
        self.setMinimumWidth(min(self.fontMetrics().averageCharWidth() * 140, 1300))

    def _build_preview(self) -> None:
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("Computed dates"))
        self.summary.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.summary.setFont(font)
        self.form.addRow(self.tr("Computed dates"), self.summary)
        self.show_steps = QPushButton(self.tr("Show the &arithmetic"), self)
        self.show_steps.setCheckable(True)
        self.show_steps.setAccessibleName(self.tr("Show the arithmetic"))
        self.show_steps.toggled.connect(self._toggle_steps)
        self.form.addRow("", self.show_steps)
        self.preview = self.add_field("preview", self.tr("Step by step"), QPlainTextEdit(self))
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        self._steps_row = self.form.rowCount() - 1
        self.form.setRowVisible(self._steps_row, False)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def _toggle_steps(self, shown: bool) -> None:
        self.form.setRowVisible(self._steps_row, shown)
        self.show_steps.setText(self.tr("Hide the &arithmetic") if shown
                                else self.tr("Show the &arithmetic"))

    def forbid(self, message: str) -> None:
        """Say up front that saving would be refused; Save stays disabled."""
        self._forbidden = True
        super().forbid(message)

    def _ok(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _rule_changed(self, rule_id: str | None) -> None:
        """Label the date by the chosen event, offer the time only to hour rules, Save only
        with a rule chosen."""
        rule = get_rule(rule_id) if rule_id else None
        caption = self.form.itemAt(self._occurred_row, QFormLayout.ItemRole.LabelRole)
        label = caption.widget() if caption is not None else None
        if isinstance(label, QLabel):
            label.setText(self.tr("Date of %1").replace("%1", translate("Rule", rule.plain_event))
                          if rule and rule.plain_event else self.tr("Date of the event"))
        hours = rule is not None and any(s.unit == "H" for s in rule.results)
        self.form.setRowVisible(self._at_row, hours or bool(self.at.text().strip()))
        if not self._forbidden:
            self._ok().setEnabled(rule is not None)
            self._ok().setToolTip("" if rule else self.tr("Choose a trigger event first."))
        self.update_preview()

    def _load(self, trigger: Any) -> None:
        self.rule.set_rule(trigger.rule_id)
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
        if self.rule.rule_id() is None:
            raise FieldError(translate(
                "FieldError", "Choose a trigger event to see the dates it gives."))
        return dates.preview_trigger(self.session, case_id=self.case.id,
                                     rule_id=self.rule.rule_id(), occurred=self._when(),
                                     jurisdiction=self.jurisdiction.currentData(),
                                     service=self.service.currentData())

    def update_preview(self) -> None:
        """Say the computed dates (or what is missing) before saving; the steps behind them."""
        try:
            computation = self.compute()
        except (FieldError, WorkbenchError) as exc:
            self.summary.setText(str(exc) if self.rule.rule_id() is None
                                 else self.tr("Cannot compute yet: ") + str(exc))
            self.preview.setPlainText("")
            return
        self.summary.setText(plain_preview(computation))
        self.preview.setPlainText(explain(computation))

    def collect(self) -> dict[str, Any]:
        if self.rule.rule_id() is None:
            self.fail("rule", self.tr("Choose a trigger event."))
            return {}
        when = self.field("occurred", self._when)
        if when is None:
            return {}
        try:
            computation = self.compute()
        except WorkbenchError as exc:
            self.fail("rule", str(exc))
            return {}
        self.summary.setText(plain_preview(computation))
        self.preview.setPlainText(explain(computation))
        return {"occurred": when, "rule_id": self.rule.rule_id(),
                "jurisdiction": self.jurisdiction.currentData(),
                "service": self.service.currentData(), "matter_id": self.matter.currentData()}

    def save(self, values: dict[str, Any]) -> Done[Any]:
        if self.existing is not None:
            return dates.update_trigger(self.session, trigger_id=self.existing.id,
                                        version=self.version(), **values)
        try:
            return dates.record_trigger(self.session, case_id=self.case.id,
                                        allow_duplicate=self.again.isChecked(), **values)
        except Duplicate:
            self.form.setRowVisible(self._again_row, True)  # ticking it records a second one
            raise
