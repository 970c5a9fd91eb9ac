"""The builder's "included / withheld" preview: one row per data category and record, with why."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from exports.consent_gate import PacketPlan, WithheldReason, record_id
from ui.editors.fields import category_label
from ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (QT_TRANSLATE_NOOP("PlanTableModel", "Decision"),
           QT_TRANSLATE_NOOP("PlanTableModel", "Category"),
           QT_TRANSLATE_NOOP("PlanTableModel", "Record"),
           QT_TRANSLATE_NOOP("PlanTableModel", "Reason"))
INCLUDED = QT_TRANSLATE_NOOP("PlanTableModel", "Included")
WITHHELD = QT_TRANSLATE_NOOP("PlanTableModel", "Withheld")


@dataclass(frozen=True, slots=True)
class PlanRow:
    """One line of the preview."""

    decision: str  # INCLUDED or WITHHELD
    category: str
    record: str
    reason: str
    records: int = 1  # how many records the row stands for (a role-withheld category: all)


def plan_rows(plan: PacketPlan, labels: dict[str, str]) -> list[PlanRow]:
    """Withheld rows first (what a person must notice), then included rows.

    A category withheld because the builder's role may not read it is one row with the
    number of its records and who can add it: its titles are what the role view hides.
    """
    rows: list[PlanRow] = []
    for withheld in plan.withheld:
        category = category_label(withheld.category)
        if withheld.reason is WithheldReason.ROLE_VIEW:
            count = translate("PlanTableModel", "%n record(s)", None, len(withheld.record_ids))
            rows.append(PlanRow(WITHHELD, category, count, withheld.note or str(withheld.reason),
                                len(withheld.record_ids)))
            continue
        for rid in withheld.record_ids:
            rows.append(PlanRow(WITHHELD, category, _label(labels, withheld.category, rid),
                                str(withheld.reason)))
    basis = plan.legal_basis or ""
    for category, records in plan.included.items():
        name = category_label(category)
        reason = translate("PlanTableModel", "compelled: %1").replace("%1", basis) if plan.compelled \
            else translate("PlanTableModel", "consent")
        for record in records:
            rid = record_id(record)
            rows.append(PlanRow(INCLUDED, name, _label(labels, category, rid), reason))
    return rows


def _label(labels: dict[str, str], category: object, rid: str) -> str:
    return labels.get(f"{category}:{rid}") or labels.get(rid, rid)


class PlanTableModel(QAbstractTableModel):
    """Rows of the plan; the decision is spelled out in words, never shown by colour alone."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PlanRow] = []

    def set_rows(self, rows: list[PlanRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (a new choice, or the workbench is locking)."""
        self.set_rows([])

    def rows(self) -> list[PlanRow]:
        """The rows shown (for tests and the summary line)."""
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return translate("PlanTableModel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            values = (translate("PlanTableModel", row.decision), row.category, row.record, row.reason)
            return values[index.column()] if 0 <= index.column() < len(values) else None
        if role == Qt.ItemDataRole.FontRole and row.decision == WITHHELD and index.column() == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None
