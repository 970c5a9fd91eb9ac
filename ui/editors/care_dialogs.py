"""Care-plan goal with milestones, and court-closure editors (referrals: ui.referral_dialog)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from models.records import Category, ClosureReason
from timeline.jurisdictions import closure_calendar_label, closure_calendars
from ui.editors.base import RecordDialog
from ui.editors.fields import DateField, FieldError, enum_combo, parse_date, parse_text
from ui.i18n import translate
from ui.permissions import writable
from workbench.operations import care, dates
from workbench.operations.changes import Done


def parse_milestones(text: str) -> list[tuple[str, Any]]:
    """Lines "YYYY-MM-DD title" (or just "title") as (title, due) pairs."""
    found = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        head, _, rest = line.partition(" ")
        if len(head) == 10 and head[4] == "-":
            if not rest.strip():
                raise FieldError(translate(
                    "FieldError", "Each milestone needs a title after its date."))
            found.append((rest.strip(), parse_date(head, required=True)))
        else:
            found.append((line, None))
    return found


class GoalDialog(RecordDialog):
    """A care-plan goal and its milestones (one per line: "YYYY-MM-DD title")."""

    def confirmation(self) -> str:
        return self.tr("Care-plan goal saved.")

    def __init__(self, session: Any, case: Any, existing: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, existing, parent)
        self.setWindowTitle(self.tr("Care-plan goal"))
        self.title_edit = self.add_field("title", self.tr("Goal"), QLineEdit(self))
        offered = writable(session, Category, keep=existing.category if existing else None)
        self.category = self.add_field("category", self.tr("Category"), enum_combo(offered, self))
        self.category.setCurrentIndex(max(0, self.category.findData(
            existing.category if existing else Category.SAFETY_PLAN)))
        self.milestones = self.add_field("milestones", self.tr("Milestones (YYYY-MM-DD title, one a line)"),
                                         QPlainTextEdit(self))
        self.milestones.setTabChangesFocus(True)
        if existing is not None:
            self.title_edit.setText(existing.title)
            self.title_edit.setReadOnly(True)
            self.category.setEnabled(False)

    def collect(self) -> dict[str, Any]:
        title = self.existing.title if self.existing else self.field(
            "title", lambda: parse_text(self.title_edit.text()))
        return {"title": title, "category": self.category.currentData(),
                "milestones": self.field(
                    "milestones", lambda: parse_milestones(self.milestones.toPlainText()))}

    def save(self, values: dict[str, Any]) -> Done[Any]:
        if self.existing is not None:
            return care.add_milestones(self.session, case_id=self.case.id,
                                       goal_id=self.existing.id, milestones=values["milestones"])
        return care.add_goal(self.session, case_id=self.case.id, title=values["title"],
                             category=values["category"], milestones=values["milestones"])


class ClosureDialog(RecordDialog):
    """A day a court or agency was closed (weather, executive order, outage); saving
    recomputes every computed deadline (``dates.add_closure``)."""

    def confirmation(self) -> str:
        return self.tr("Closure saved; every computed deadline was recomputed.")

    def __init__(self, session: Any, case: Any = None, existing: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, existing, parent)
        self.setWindowTitle(self.tr("Court closure"))
        self.day = self.add_field("day", self.tr("Day"), DateField(session.today(), self))
        self.calendar = self.add_field("calendar", self.tr("Calendar"), QComboBox(self))
        for code in closure_calendars():
            self.calendar.addItem(f"{code} — {closure_calendar_label(code)}", code)
        # the long descriptions drop down in full; they must not set the dialog's width
        self.calendar.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.calendar.setMinimumContentsLength(28)
        self.calendar.view().setMinimumWidth(self.calendar.view().sizeHintForColumn(0) + 24)
        self.calendar.setCurrentIndex(max(0, self.calendar.findData("*")))
        self.reason = self.add_field("reason", self.tr("Reason"), enum_combo(ClosureReason, self))
        self.note = self.add_field("note", self.tr("Note (optional)"), QLineEdit(self))

    def collect(self) -> dict[str, Any]:
        return {"day": self.field("day", lambda: self.day.value()),
                "calendar": self.calendar.currentData(), "reason": self.reason.currentData(),
                "note": self.note.text().strip() or None}

    def save(self, values: dict[str, Any]) -> Done[Any]:
        return dates.add_closure(self.session, **values)
