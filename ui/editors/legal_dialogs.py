"""Hearing and manual-deadline editors."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from models.records import LEGAL_CATEGORIES, Category, EventKind, Owner
from ui.editors.base import RecordDialog
from ui.editors.fields import DateField, enum_combo, parse_text
from ui.editors.timed import TimedEventDialog
from ui.i18n import translate
from ui.permissions import default_category, writable
from workbench.operations import case_lists, dates
from workbench.operations.changes import Done

LEGAL = tuple(c for c in Category if c in LEGAL_CATEGORIES)


def matter_combo(dialog: RecordDialog, selected: int | None) -> QComboBox:
    """A combo of the case's matters by title (item data = matter id; first item: none)."""
    combo = QComboBox(dialog)
    combo.addItem(translate("LegalDialogs", "(no matter)"), None)
    for matter in case_lists.matters_for(dialog.session, case_id=dialog.case.id):
        kind = str(getattr(matter.kind, "value", matter.kind)).replace("_", " ")
        name = matter.title or kind.capitalize()
        combo.addItem(f"{name} ({kind}, {matter.ref})" if matter.title else f"{name} ({matter.ref})",
                      matter.id)
    combo.setCurrentIndex(max(0, combo.findData(selected)))
    return combo


class HearingDialog(TimedEventDialog):
    """Add or edit a court hearing."""

    CATEGORIES = LEGAL
    def confirmation(self) -> str:
        return self.tr("Hearing saved.")

    def __init__(self, session: Any, case: Any, existing: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, existing, parent)
        self.setWindowTitle(self.tr("Hearing"))
        self.build_timed()
        self.location.setPlaceholderText(self.tr("Court and room"))
        self.matter = self.add_field("matter", self.tr("Matter"),
                                     matter_combo(self, existing.matter_id if existing else None))

    def collect(self) -> dict[str, Any]:
        values = self.collect_timed()
        values["matter_id"] = self.matter.currentData()
        values["owner"] = Owner.COURT
        return values

    def save(self, values: dict[str, Any]) -> Done[Any]:
        return self.save_event(EventKind.COURT_HEARING, values)


class DeadlineDialog(RecordDialog):
    """Add or edit a deadline by hand; changing a computed one marks it overridden."""

    def confirmation(self) -> str:
        return self.tr("Deadline saved.")

    def __init__(self, session: Any, case: Any, existing: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, existing, parent)
        self.setWindowTitle(self.tr("Deadline"))
        ev = existing
        self.title_edit = self.add_field("title", self.tr("Title"), QLineEdit(ev.title if ev else "", self))
        offered = writable(session, Category, keep=ev.category if ev else None)
        self.category = self.add_field("category", self.tr("Category"), enum_combo(offered, self))
        self.category.setCurrentIndex(max(0, self.category.findData(
            ev.category if ev else default_category(session, EventKind.LEGAL_DEADLINE, offered))))
        self.due = self.add_field("due", self.tr("Due date"), DateField(ev.due if ev else None, self,
                                                                today=session.today()))
        self.owner = self.add_field("owner", self.tr("Who must act"), enum_combo(Owner, self))
        self.owner.setCurrentIndex(max(0, self.owner.findData(ev.owner if ev else Owner.CLIENT)))
        self.assigned = self.add_field("assigned_to", self.tr("Responsible staff member"),
                                       QLineEdit((ev.assigned_to or "") if ev else "", self))
        self.matter = self.add_field("matter", self.tr("Matter"),
                                     matter_combo(self, ev.matter_id if ev else None))
        self.notes = self.add_field("notes", self.tr("Notes"), QPlainTextEdit(self))
        self.notes.setTabChangesFocus(True)
        if ev and ev.notes:
            self.notes.setPlainText(ev.notes)
        if ev and ev.rule_id:
            self.due.setToolTip("\n".join(ev.explanation))

    def collect(self) -> dict[str, Any]:
        title = self.field("title", lambda: parse_text(self.title_edit.text()))
        due = self.field("due", lambda: self.due.value())
        values: dict[str, Any] = {
            "title": title, "category": self.category.currentData(), "due": due,
            "all_day": True, "owner": self.owner.currentData(),
            "assigned_to": self.assigned.text().strip() or None,
            "matter_id": self.matter.currentData(),
            "notes": self.notes.toPlainText().strip() or None,
        }
        ev = self.existing
        if ev is not None and ev.computed_due is not None and due != ev.due:
            values["overridden"] = due != ev.computed_due
        return values

    def save(self, values: dict[str, Any]) -> Done[Any]:
        if self.existing is not None:
            return dates.update_event(self.session, event_id=self.existing.id,
                                      version=self.version(), **values)
        fields = {k: v for k, v in values.items() if k not in ("title", "category")}
        return dates.add_event(self.session, case_id=self.case.id, kind=EventKind.LEGAL_DEADLINE,
                               title=values["title"], category=values["category"], **fields)
