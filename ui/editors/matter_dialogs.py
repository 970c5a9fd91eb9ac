"""Matter editor (kind, title, court, case number, jurisdiction) and the court-closures list."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exports.template import matter_category
from models.records import ClosureReason, MatterKind
from timeline.jurisdictions import jurisdiction_codes
from ui.editors.base import RecordDialog
from ui.editors.care_dialogs import ClosureDialog
from ui.editors.fields import enum_combo, parse_text
from ui.editors.record_table import RecordsTableModel
from ui.labels import value_label
from ui.live_view import LiveView
from ui.permissions import action_denial, gate
from ui.session import UiSession
from workbench.operations import care, dates, policy
from workbench.operations.changes import Done, Kind
from workbench.operations.policy import Action


def writable_kinds(session: UiSession, keep: MatterKind | None = None) -> list[MatterKind]:
    """Matter kinds whose category the role may write (all when none: saving then says why)."""
    kinds = [k for k in MatterKind
             if policy.may_write(session.role, matter_category(k)) or k == keep]
    return kinds or list(MatterKind)


class MatterDialog(RecordDialog):
    """Add a legal matter to the case, or edit one."""

    def confirmation(self) -> str:
        return self.tr("Matter saved.")

    def __init__(self, session: Any, case: Any, existing: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, existing, parent)
        self.setWindowTitle(self.tr("Matter"))
        m = existing
        self.kind: QComboBox = self.add_field(
            "kind", self.tr("Kind"), enum_combo(writable_kinds(session, m.kind if m else None), self))
        self.kind.setCurrentIndex(max(0, self.kind.findData(m.kind if m else MatterKind.IMMIGRATION)))
        self.title_edit = self.add_field("title", self.tr("Title"),
                                         QLineEdit(m.title if m else "", self))
        self.court = self.add_field("court", self.tr("Court or agency (optional)"),
                                    QLineEdit((m.court or "") if m else "", self))
        self.case_number = self.add_field("case_number", self.tr("Case number (optional)"),
                                          QLineEdit((m.case_number or "") if m else "", self))
        self.jurisdiction: QComboBox = self.add_field("jurisdiction", self.tr("Jurisdiction"),
                                                      QComboBox(self))
        self.jurisdiction.setEditable(True)
        self.jurisdiction.addItem("")
        self.jurisdiction.addItems(jurisdiction_codes())
        default = (m.jurisdiction if m else getattr(case, "jurisdiction", None)) or ""
        self.jurisdiction.setCurrentText(default)
        self.notes = self.add_field("notes", self.tr("Notes"), QPlainTextEdit(self))
        self.notes.setTabChangesFocus(True)
        if m and m.notes:
            self.notes.setPlainText(m.notes)

    def collect(self) -> dict[str, Any]:
        jurisdiction = self.jurisdiction.currentText().strip()
        if jurisdiction and jurisdiction not in jurisdiction_codes():
            self.fail("jurisdiction", self.tr("Unknown jurisdiction: pick one from the list."))
        return {
            "kind": self.kind.currentData(),
            "title": self.field("title", lambda: parse_text(self.title_edit.text())),
            "court": self.court.text().strip() or None,
            "case_number": self.case_number.text().strip() or None,
            "jurisdiction": jurisdiction or None,
            "notes": self.notes.toPlainText().strip() or None,
        }

    def save(self, values: dict[str, Any]) -> Done[Any]:
        if self.existing is not None:
            return care.update_matter(self.session, case_id=self.case.id,
                                      matter_id=self.existing.id,
                                      version=self.version(), **values)
        return care.add_matter(self.session, case_id=self.case.id, **values)


class ClosuresDialog(QDialog):
    """Every recorded court closure, with "Add closure…" opening :class:`ClosureDialog`.

    Closures are shared by every case; adding one recomputes every computed deadline
    (dates changed by hand are kept and stay flagged).
    """

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.editor: ClosureDialog | None = None
        self.setWindowTitle(self.tr("Court closures"))
        self.model = RecordsTableModel([
            (self.tr("Day"), lambda c: c.day), (self.tr("Calendar"), lambda c: c.calendar),
            (self.tr("Reason"), lambda c: value_label(ClosureReason, c.reason)), (self.tr("Note"), lambda c: c.note),
        ], self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Court closures"))
        self.table.horizontalHeader().setStretchLastSection(True)
        hint = QLabel(self.tr("Adding a closure recomputes every computed deadline; dates "
                              "changed by hand are kept."), self)
        hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add closure…"), self)
        self.add_button.setAccessibleName(self.tr("Add closure"))
        self.add_button.clicked.connect(self.add_closure)
        gate(self.add_button, action_denial(session, Action.CLOSURES))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(close)
        self.resize(560, 360)
        self.live = LiveView(session, None, (Kind.CLOSURES,),
                             lambda: dates.list_closures(session), self._show, self)
        self.live.load_now()

    def refresh(self) -> None:
        """Reload the closures in the background."""
        self.live.reload()

    def _show(self, closures: list[Any]) -> None:
        self.model.set_records(closures)
        self.table.resizeColumnsToContents()

    def add_closure(self) -> ClosureDialog:
        """Open the closure editor (window-modal, non-blocking); the list reloads on save."""
        self.editor = ClosureDialog(self.session, None, None, self)
        self.editor.open()
        return self.editor
