"""Measurable care-plan goals: the goal editor (domain, the survivor's priority, how it is
measured, baseline and target), the status dialog with its history, and linking a milestone to
the timeline event that achieves it. Each saves through one operation of
workbench.operations.care; a bad value is shown next to its field and nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from models.records import Category, GoalDomain, Measure, MeasureKind
from timeline.outcomes import LEVELS
from timeline.screening import instrument
from timeline.screening.administration import category_of
from ui.editors.base import RecordDialog
from ui.editors.care_dialogs import parse_milestones
from ui.editors.fields import category_label, long_date, parse_text
from ui.i18n import translate
from workbench.operations import care, policy, screenings
from workbench.operations.changes import Done

GOAL_STATUSES = ("open", "achieved", "dropped")
GOAL_STATUS_LABELS = {"open": QT_TRANSLATE_NOOP("GoalDialog", "Open"),
                      "achieved": QT_TRANSLATE_NOOP("GoalDialog", "Achieved"),
                      "dropped": QT_TRANSLATE_NOOP("GoalDialog", "Dropped")}
DOMAIN_LABELS = {
    GoalDomain.HEALTH: QT_TRANSLATE_NOOP("GoalDialog", "Health"),
    GoalDomain.MENTAL_HEALTH: QT_TRANSLATE_NOOP("GoalDialog", "Mental health"),
    GoalDomain.SAFETY: QT_TRANSLATE_NOOP("GoalDialog", "Safety"),
    GoalDomain.HOUSING: QT_TRANSLATE_NOOP("GoalDialog", "Housing"),
    GoalDomain.LEGAL: QT_TRANSLATE_NOOP("GoalDialog", "Legal"),
    GoalDomain.INCOME_BENEFITS: QT_TRANSLATE_NOOP("GoalDialog", "Income and benefits"),
    GoalDomain.EDUCATION_EMPLOYMENT: QT_TRANSLATE_NOOP("GoalDialog", "Education and employment"),
    GoalDomain.SOCIAL_CONNECTION: QT_TRANSLATE_NOOP("GoalDialog", "Social connection"),
}
#: the values a status or yes/no measure takes (timeline.outcomes.LEVELS), as the picker shows
VALUE_LABELS = {
    "unsheltered": QT_TRANSLATE_NOOP("GoalDialog", "Unsheltered"),
    "emergency_shelter": QT_TRANSLATE_NOOP("GoalDialog", "Emergency shelter"),
    "staying_with_others": QT_TRANSLATE_NOOP("GoalDialog", "Staying with others"),
    "transitional": QT_TRANSLATE_NOOP("GoalDialog", "Transitional"),
    "stable": QT_TRANSLATE_NOOP("GoalDialog", "Stable"),
    "high": QT_TRANSLATE_NOOP("GoalDialog", "High"),
    "medium": QT_TRANSLATE_NOOP("GoalDialog", "Medium"),
    "low": QT_TRANSLATE_NOOP("GoalDialog", "Low"),
    "no": QT_TRANSLATE_NOOP("GoalDialog", "No"),
    "yes": QT_TRANSLATE_NOOP("GoalDialog", "Yes"),
}


def _tr(text: str) -> str:
    return translate("GoalDialog", text)


def label_of(labels: dict, value: str) -> str:
    """``value``'s label from ``labels`` (a table above) in the UI's language; a value the
    table lacks as its words ("some_value": "Some value")."""
    text = labels.get(value)
    return _tr(text) if text else value.replace("_", " ").capitalize()


def goal_status_label(status: str) -> str:
    """How a goal's status reads ("Achieved"), in the UI's language."""
    return label_of(GOAL_STATUS_LABELS, status)


def domain_label(domain: GoalDomain | str) -> str:
    """How a goal's domain reads ("Income and benefits"), in the UI's language."""
    return label_of(DOMAIN_LABELS, domain)


def labelled(dialog: RecordDialog, name: str, label: str, widget: QWidget) -> Any:
    """``dialog.add_field`` with a mnemonic in ``label`` ("&Title": Alt+T moves there); the
    accessible name is read without the ampersand."""
    dialog.add_field(name, label, widget)
    widget.setAccessibleName(label.replace("&", ""))
    return widget


def tab_in_order(dialog: RecordDialog, *widgets: QWidget) -> None:
    """Tab runs down the form in ``widgets``' order, then Save and Cancel; the first field
    has the keyboard when the dialog opens (the button box was built before the fields)."""
    chain = [*widgets, *dialog.buttons.buttons()]
    for a, b in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(a, b)
    widgets[0].setFocus()


def measure_choices() -> list[tuple[str, str | None]]:
    """(label, measure as typed) for the measure picker: severity scores, statuses, yes/no."""
    out: list[tuple[str, str | None]] = [(translate("GoalDialog", "Not measured"), None)]
    out += [(translate("GoalDialog", "%1 score (%2–%3)").replace("%1", i.short_title)
             .replace("%2", str(i.min_total)).replace("%3", str(i.max_total)), f"score:{i.id}")
            for i in screenings.list_instruments() if i.meaningful_change is not None]
    out += [(translate("GoalDialog", "Housing status"), "status:housing"),
            (translate("GoalDialog", "Risk level"), "status:risk"),
            (translate("GoalDialog", "Yes / no"), "yes_no")]
    return out


def measure_key(measure: Measure | None) -> str | None:
    """A measure as the picker's item data."""
    if measure is None:
        return None
    if measure.kind is MeasureKind.SCORE:
        return f"score:{measure.instrument_id}"
    return f"status:{measure.scale}" if measure.kind is MeasureKind.STATUS else "yes_no"


def history_lines(history: Any, label: Callable[[str], str] | None = None) -> str:
    """A status history in words, oldest first: "1 Dec 2026 10:00 — open (sam)"; ``label``:
    how a status reads (a goal's by default)."""
    lines = []
    for h in history:
        when = f"{long_date(h.changed_at.date())} {h.changed_at:%H:%M}"
        note = f": {h.note}" if h.note else ""
        value = (label or goal_status_label)(h.value).lower()
        lines.append(f"{when} — {value} ({h.changed_by}){note}")
    return "\n".join(lines) or translate("GoalDialog", "No history yet.")


class GoalDialog(RecordDialog):
    """A new measurable goal, or (``existing``) a goal's title, domain, priority, measure,
    baseline and target. Milestones of a new goal: one a line, "YYYY-MM-DD title"."""

    def confirmation(self) -> str:
        return self.tr("Care-plan goal saved.")

    def __init__(self, session: Any, case: Any, existing: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, existing, parent)
        self.setWindowTitle(self.tr("Care-plan goal"))
        self.labels = {"title": "Goal", "domain": "Domain", "priority": "Priority",
                       "measure": "Measured by", "baseline": "Baseline", "target": "Target"}
        self.title_edit = labelled(self, "title", self.tr("&Goal, in the survivor's words"),
                                   QLineEdit(self))
        self.domain = labelled(self, "domain", self.tr("&Domain"), QComboBox(self))
        for domain in DOMAIN_LABELS:
            self.domain.addItem(domain_label(domain), domain)
        self.priority = labelled(self, "priority", self.tr("Survivor's &priority"),
                                 QSpinBox(self))
        self.priority.setRange(0, 99)
        self.priority.setSpecialValueText(self.tr("Not ranked"))
        self.priority.setToolTip(self.tr("The survivor's own ranking: 1 matters most to them"))
        self.measure = labelled(self, "measure", self.tr("&Measured by"), QComboBox(self))
        for text, key in measure_choices():
            self.measure.addItem(text, key)
        self.baseline = labelled(self, "baseline", self.tr("&Baseline"), QComboBox(self))
        self.target = labelled(self, "target", self.tr("&Target"), QComboBox(self))
        self.kept_as = QLabel(self)  # which category the goal is kept in, and who may write it
        self.kept_as.setWordWrap(True)
        self.kept_as.setEnabled(False)
        self.form.addRow("", self.kept_as)
        self.milestones: QPlainTextEdit | None = None
        if existing is None:
            self.milestones = labelled(self, "milestones", self.tr(
                "M&ilestones (YYYY-MM-DD title, one a line)"), QPlainTextEdit(self))
            self.milestones.setTabChangesFocus(True)
            self.milestones.setMaximumHeight(90)
        else:
            self._fill(existing)
        self.measure.currentIndexChanged.connect(self._measure_changed)
        self.domain.currentIndexChanged.connect(self._show_category)
        self._measure_changed()
        if existing is not None:
            self._set_value(self.baseline, existing.baseline)
            self._set_value(self.target, existing.target)
        tab_in_order(self, self.title_edit, self.domain, self.priority, self.measure,
                     self.baseline, self.target,
                     *([self.milestones] if self.milestones is not None else []))

    def _fill(self, goal: Any) -> None:
        self.title_edit.setText(goal.title)
        self.domain.setCurrentIndex(max(0, self.domain.findData(goal.domain)))
        self.priority.setValue(goal.priority or 0)
        self.measure.setCurrentIndex(max(0, self.measure.findData(measure_key(goal.measure))))

    @staticmethod
    def _set_value(combo: QComboBox, value: str | None) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)
        elif combo.isEditable():
            combo.setEditText(value or "")

    def _measure_changed(self, *_args: object) -> None:
        key = self.measure.currentData()
        for combo in (self.baseline, self.target):
            combo.clear()
            combo.setEditable(False)
            combo.setEnabled(key is not None)
            if key is None:
                continue
            if key.startswith("score:"):
                inst = instrument(key.partition(":")[2])
                combo.setEditable(True)
                combo.lineEdit().setPlaceholderText(
                    self.tr("%1–%2 (%3 total)").replace("%1", str(inst.min_total))
                    .replace("%2", str(inst.max_total)).replace("%3", inst.short_title))
                combo.lineEdit().setAccessibleName(combo.accessibleName())
            else:
                values = LEVELS[key.partition(":")[2]] if key.startswith("status:") \
                    else ("no", "yes")
                combo.addItem(self.tr("— not set —"), None)
                for value in values:
                    combo.addItem(label_of(VALUE_LABELS, value), value)
        self._show_category()

    def category(self) -> Category:
        """The category the goal will be kept in (a score goal's is its instrument's)."""
        if self.existing is not None:
            return Category(self.existing.category)
        key = self.measure.currentData()
        if key and key.startswith("score:"):
            return category_of(key.partition(":")[2])
        return care.DOMAIN_CATEGORY[self.domain.currentData()]

    def _show_category(self, *_args: object) -> None:
        category = self.category()
        text = self.tr("Kept with the case's %1 records.").replace(
            "%1", category_label(category).lower())
        if not policy.may_write(self.session.role, category):
            text += " " + self.tr("Your role may not add or change these: saving will be "
                                  "refused.")
        self.kept_as.setText(text)

    def _value(self, combo: QComboBox) -> str | None:
        if not combo.isEnabled():
            return None
        if combo.isEditable():
            return combo.currentText().strip() or None
        data = combo.currentData()
        return None if data is None else str(data)

    def collect(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "title": self.field("title", lambda: parse_text(self.title_edit.text())),
            "domain": self.domain.currentData(),
            "priority": self.priority.value() or None,
            "measure": self.measure.currentData(),
            "baseline": self._value(self.baseline), "target": self._value(self.target)}
        lines = self.milestones
        if lines is not None:
            values["milestones"] = self.field(
                "milestones", lambda: parse_milestones(lines.toPlainText()))
        return values

    def save(self, values: dict[str, Any]) -> Done[Any]:
        if self.existing is not None:
            return care.update_goal(self.session, case_id=self.case.id,
                                    goal_id=self.existing.id, version=self.version(), **values)
        return care.add_goal(self.session, case_id=self.case.id, **values)


class GoalStatusDialog(RecordDialog):
    """Mark a goal open, achieved or dropped, with a note; its history is shown above."""

    merges_theirs = False

    def confirmation(self) -> str:
        return self.tr("Goal status saved.")

    def __init__(self, session: Any, case: Any, progress: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, progress.goal, parent)
        self.setWindowTitle(self.tr("Goal status"))
        self.history = QLabel(history_lines(progress.history), self)
        self.history.setWordWrap(True)
        self.history.setAccessibleName(self.tr("Status history"))
        self.form.addRow(self.tr("History"), self.history)
        self.status = labelled(self, "status", self.tr("&Status"), QComboBox(self))
        for status in GOAL_STATUSES:
            self.status.addItem(goal_status_label(status), status)
        self.status.setCurrentIndex(max(0, self.status.findData(progress.goal.status)))
        self.note = labelled(self, "note", self.tr("&Note (why; kept with the history)"),
                             QLineEdit(self))
        tab_in_order(self, self.status, self.note)

    def collect(self) -> dict[str, Any]:
        if self.status.currentData() == self.existing.status:
            self.fail("status", self.tr("The goal is already %1: choose another status.")
                      .replace("%1", self.existing.status))
        return {"status": self.status.currentData(), "note": self.note.text().strip() or None}

    def save(self, values: dict[str, Any]) -> Done[Any]:
        return care.set_goal_status(self.session, case_id=self.case.id,
                                    goal_id=self.existing.id, **values)


class MilestoneLinkDialog(RecordDialog):
    """Link one of a goal's milestones to the timeline event that achieves it (or unlink)."""

    merges_theirs = False

    def confirmation(self) -> str:
        return self.tr("Milestone link saved.")

    def __init__(self, session: Any, case: Any, goal: Any, milestone_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, goal, parent)
        self.setWindowTitle(self.tr("Link a milestone to an event"))
        self.milestone = labelled(self, "milestone", self.tr("&Milestone"), QComboBox(self))
        for m in goal.milestones:
            self.milestone.addItem(m.title, m.id)
        if milestone_id is not None:
            self.milestone.setCurrentIndex(max(0, self.milestone.findData(milestone_id)))
        self.event_combo = labelled(self, "event_id", self.tr("Timeline &event"), QComboBox(self))
        self.event_combo.addItem(self.tr("— not linked —"), None)
        for e in care.linkable_events(session, case_id=case.id):
            day = long_date(e.day) if e.day else self.tr("no date")
            self.event_combo.addItem(f"{day} · {e.title}", e.event_id)
        self.milestone.currentIndexChanged.connect(self._show_link)
        self._show_link()
        tab_in_order(self, self.milestone, self.event_combo)

    def _show_link(self, *_args: object) -> None:
        chosen = next((m for m in self.existing.milestones
                       if m.id == self.milestone.currentData()), None)
        linked = chosen.linked_event_id if chosen else None
        self.event_combo.setCurrentIndex(max(0, self.event_combo.findData(linked)))

    def collect(self) -> dict[str, Any]:
        if self.milestone.currentData() is None:
            self.fail("milestone", self.tr("This goal has no milestones: add one first."))
        return {"milestone_id": self.milestone.currentData(),
                "event_id": self.event_combo.currentData()}

    def save(self, values: dict[str, Any]) -> Done[Any]:
        return care.link_milestone(self.session, case_id=self.case.id, **values)
