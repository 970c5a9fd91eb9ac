"""The Matters & triggers tab: the case's legal matters, the triggers of its deadlines, and
the court closures those deadlines roll past."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from exports.template import matter_category
from models.records import MatterKind
from timeline.deadlines import get_rule, list_rules
from timeline.jurisdictions import jurisdiction_label, service_method_label
from ui.editors.matter_dialogs import ClosuresDialog, MatterDialog
from ui.editors.record_table import ListTab, RecordsTableModel
from ui.editors.trigger_dialog import TriggerDialog
from ui.editors.trigger_plain import when_text
from ui.i18n import translate
from ui.labels import value_label
from ui.permissions import gate, write_denial
from ui.table_sizing import fit_columns
from workbench.operations import case_lists, trigger_lists
from workbench.operations.changes import Kind
from workbench.operations.trigger_lists import CASE, RULE, TriggerLine

#: whose forum a trigger's is, when it is not the trigger's own (%1: the forum)
FORUM_FROM = {CASE: QT_TRANSLATE_NOOP("MattersTab", "%1 — the case's"),
              RULE: QT_TRANSLATE_NOOP("MattersTab", "%1 — the rule's default")}
# columns that give up width (their text wraps) so both tables fit the Legal page at 1366 × 768
RULE_ID, EVENT, OCCURRED, COMPUTES, DATES, FORUM, SERVED = range(7)
TRIGGER_FLEX = (EVENT, COMPUTES, DATES, FORUM)
MATTER_FLEX = (2, 3)  # title, court


def _occurred(value: Any) -> str:
    """ISO first so that the column sorts by date, then the weekday: "2026-11-25 (Wed)"."""
    weekday = QLocale().dayName(value.isoweekday(), QLocale.FormatType.ShortFormat)
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d} ({weekday}) {value:%H:%M}"
    return f"{value:%Y-%m-%d} ({weekday})"


def _forum(line: TriggerLine, case_forum: str | None) -> str:
    """The forum by name and code, and whose it is when it is not the trigger's own."""
    try:
        name = f"{jurisdiction_label(line.forum)} ({line.forum})"
    except Exception:  # a code the catalog no longer knows: show it as stored
        name = line.forum
    same = line.forum_from != CASE and line.forum == case_forum
    whose = FORUM_FROM.get(line.forum_from) or (FORUM_FROM[CASE] if same else None)
    return translate("MattersTab", whose).replace("%1", name) if whose else name


def _dates(line: TriggerLine) -> str:
    """"EOIR-26 received by the BIA: Wed 31 Mar 2027; …" (an override marked)."""
    def one(d: Any) -> str:
        text = f"{d.label}: {when_text(d.due) if isinstance(d.due, date) else '—'}"
        if d.overridden:
            return translate("MattersTab", "%1 (changed by hand)").replace("%1", text)
        return text
    return "; ".join(one(d) for d in line.dates) or "—"


def _event(line: TriggerLine) -> str:
    try:
        return get_rule(line.trigger.rule_id).event_name
    except Exception:  # a rule no longer in the catalog: its stored event type
        return line.trigger.trigger_type.replace("_", " ")


def _computes(line: TriggerLine) -> str:
    try:
        return get_rule(line.trigger.rule_id).plain_name
    except Exception:
        return line.trigger.rule_id


class MattersTab(ListTab):
    """Matters (table and buttons) above the triggers table; the role's write permissions
    decide which buttons work (a disabled one says why in its tooltip)."""

    KINDS = (Kind.MATTERS, Kind.TRIGGERS)

    def __init__(self, session: Any, case: Any, parent: QWidget | None = None) -> None:
        super().__init__(session, case, parent)
        own = getattr(case, "jurisdiction", None)
        self.set_columns(self.tr("Triggers"), [
            (self.tr("Rule"), lambda t: t.trigger.rule_id),  # the catalog id, as cited
            (self.tr("Event"), _event),
            (self.tr("Occurred"), lambda t: _occurred(t.trigger.occurred)),
            (self.tr("Computes"), _computes),
            (self.tr("Computed dates"), _dates),
            (self.tr("Forum"), lambda t: _forum(t, own)),
            (self.tr("Served by"), lambda t: service_method_label(t.trigger.service)
             if t.trigger.service else ""),
        ])
        self.matters = RecordsTableModel([
            (self.tr("Ref"), lambda m: m.ref),
            (self.tr("Kind"), lambda m: value_label(MatterKind, m.kind)),
            (self.tr("Title"), lambda m: m.title), (self.tr("Court"), lambda m: m.court),
            (self.tr("Case number"), lambda m: m.case_number),
            (self.tr("Jurisdiction"), lambda m: m.jurisdiction),
        ], self)
        self.matters_table = QTableView(self)
        self.matters_table.setModel(self.matters)
        self.matters_table.setAccessibleName(self.tr("Matters"))
        self.matters_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matters_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matters_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matters_table.horizontalHeader().setStretchLastSection(True)
        self.matters_table.activated.connect(lambda _i: self.edit_matter())
        self._build_matters_section()
        # a role that may write no rule's category is told so in the words of the policy
        trigger_denial = write_denial(session, [r.category for r in list_rules()])
        self.add_trigger_button = self.add_button(self.tr("Add &trigger…"), self.add_trigger)
        self.edit_trigger_button = self.add_button(self.tr("&Edit trigger…"), self.edit_selected)
        gate(self.add_trigger_button, trigger_denial)
        gate(self.edit_trigger_button, trigger_denial)
        self.buttons.addStretch(1)
        matter_denial = write_denial(session, [matter_category(k) for k in MatterKind])
        gate(self.add_matter_button, matter_denial)
        gate(self.edit_matter_button, matter_denial)
        self.refresh_now()

    def _build_matters_section(self) -> None:
        row = QHBoxLayout()
        self.add_matter_button = self._row_button(self.tr("Add &matter…"), self.add_matter, row)
        self.edit_matter_button = self._row_button(self.tr("Edit matte&r…"), self.edit_matter, row)
        self.closures_button = self._row_button(self.tr("Court cl&osures…"), self.show_closures, row)
        row.addStretch(1)
        layout = self.layout()
        heading = QLabel(self.tr("Matters"), self)
        heading.setBuddy(self.matters_table)
        triggers = QLabel(self.tr("Triggers and their computed deadlines"), self)
        triggers.setBuddy(self.table)
        for i, item in enumerate((heading, row, self.matters_table, triggers)):
            if isinstance(item, QHBoxLayout):
                layout.insertLayout(i, item)
            else:  # the triggers' wrapped rows get twice the matters' room
                layout.insertWidget(i, item, 1 if item is self.matters_table else 0)
        layout.setStretchFactor(self.table, 2)

    def _row_button(self, text: str, slot: Any, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def records(self) -> tuple[list[Any], list[Any]]:  # type: ignore[override]
        """(triggers the role may read with their forum and computed dates, matters), read
        together off the UI thread."""
        return (trigger_lists.trigger_lines(self.session, case_id=self.case.id),
                case_lists.matters_for(self.session, case_id=self.case.id))

    def show_records(self, records: Any) -> None:
        """Show the triggers below and the matters above."""
        triggers, matters = records
        super().show_records(triggers)
        self.matters.set_records(matters)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Narrow the wordy columns of both tables (their text wraps) so that neither scrolls
        sideways."""
        if self.model.rowCount():
            fit_columns(self.table, TRIGGER_FLEX)
        if self.matters.rowCount():
            fit_columns(self.matters_table, MATTER_FLEX)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_columns()

    def clear(self) -> None:
        """Forget triggers and matters (the workbench is locking)."""
        super().clear()
        self.matters.set_records([])

    def selected_matter(self) -> Any:
        """The matter of the selected row, or None."""
        rows = self.matters_table.selectionModel().selectedRows()
        return self.matters.record(rows[0].row()) if rows else None

    def add_matter(self) -> MatterDialog:
        """Open the matter editor for a new matter."""
        return self.open_dialog(MatterDialog(self.session, self.case, None, self))

    def edit_matter(self) -> MatterDialog | None:
        """Open the selected matter's editor (None when no row is selected)."""
        matter = self.selected_matter()
        if matter is None:
            return None
        return self.open_dialog(MatterDialog(self.session, self.case, matter, self))

    def show_closures(self) -> QDialog:
        """Open the list of court closures (add closures from there)."""
        dialog = ClosuresDialog(self.session, self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def add_trigger(self) -> TriggerDialog:
        """Open the trigger editor."""
        return self.open_dialog(TriggerDialog(self.session, self.case, None, self))

    def edit_selected(self) -> TriggerDialog | None:
        """Open the selected trigger (saving recomputes its deadlines)."""
        line = self.selected()
        if line is None:
            return None
        return self.open_dialog(TriggerDialog(self.session, self.case, line.trigger, self))
