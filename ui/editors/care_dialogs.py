"""Referral (status lifecycle), care-plan goal with milestones, and court-closure editors."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from models.records import REFERRAL_TRANSITIONS, Category, ClosureReason, ReferralStatus
from ui.editors.base import RecordDialog
from ui.editors.fields import DateField, FieldError, enum_combo, parse_date, parse_text
from ui.editors.zones import jurisdictions


class ReferralDialog(RecordDialog):
    """New referral; with ``existing``, move it to one of the statuses allowed next."""

    def __init__(self, session: Any, case: Any, existing: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, existing, parent)
        self.setWindowTitle(self.tr("Referral"))
        if existing is None:
            self.service = self.add_field("service", self.tr("Service"), QLineEdit(self))
            self.organisation = self.add_field("organisation", self.tr("Organisation"), QLineEdit(self))
            self.category = self.add_field("category", self.tr("Category"), enum_combo(Category, self))
            self.category.setCurrentIndex(self.category.findData(Category.HOUSING_BENEFITS))
            allowed = [ReferralStatus.PROPOSED, ReferralStatus.MADE]
        else:
            allowed = sorted(REFERRAL_TRANSITIONS[existing.status])
        self.status: QComboBox = self.add_field("status", self.tr("Status"), enum_combo(allowed, self))
        self.on = self.add_field("on", self.tr("On"), DateField(session.today(), self))

    def collect(self) -> dict[str, Any]:
        if self.status.count() == 0:
            self.fail("status", self.tr("A closed referral cannot change any more."))
        values: dict[str, Any] = {"status": self.status.currentData(),
                                  "on": self.field("on", lambda: self.on.value())}
        if self.existing is None:
            values["service"] = self.field("service", lambda: parse_text(self.service.text()))
            values["organisation"] = self.field(
                "organisation", lambda: parse_text(self.organisation.text()))
            values["category"] = self.category.currentData()
        return values

    def save(self, values: dict[str, Any]) -> Any:
        store = self.session.store
        if self.existing is not None:
            return store.set_referral_status(self.existing.id, values["status"], values["on"])
        return store.add_referral(self.case.id, values["service"], values["organisation"],
                                  status=values["status"], category=values["category"],
                                  opened=values["on"])


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
                raise FieldError("Each milestone needs a title after its date.")
            found.append((rest.strip(), parse_date(head, required=True)))
        else:
            found.append((line, None))
    return found


class GoalDialog(RecordDialog):
    """A care-plan goal and its milestones (one per line: "YYYY-MM-DD title")."""

    def __init__(self, session: Any, case: Any, existing: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, existing, parent)
        self.setWindowTitle(self.tr("Care-plan goal"))
        self.title_edit = self.add_field("title", self.tr("Goal"), QLineEdit(self))
        self.category = self.add_field("category", self.tr("Category"), enum_combo(Category, self))
        self.category.setCurrentIndex(self.category.findData(Category.SAFETY_PLAN))
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

    def save(self, values: dict[str, Any]) -> Any:
        store = self.session.store
        goal = self.existing or store.add_goal(self.case.id, values["title"],
                                               category=values["category"])
        for title, due in values["milestones"]:
            store.add_milestone(goal.id, title, due)
        return goal


class ClosureDialog(RecordDialog):
    """A day a court or agency was closed (weather, executive order, outage)."""

    def __init__(self, session: Any, case: Any = None, existing: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, existing, parent)
        self.setWindowTitle(self.tr("Court closure"))
        self.day = self.add_field("day", self.tr("Day"), DateField(session.today(), self))
        self.calendar = self.add_field("calendar", self.tr("Calendar"), QComboBox(self))
        self.calendar.addItem(self.tr("Every calendar"), "*")
        for code in dict.fromkeys(j.split("-")[-1] if j.startswith("federal-") else j
                                  for j in jurisdictions()):
            self.calendar.addItem(code, code)
        self.reason = self.add_field("reason", self.tr("Reason"), enum_combo(ClosureReason, self))
        self.note = self.add_field("note", self.tr("Note (optional)"), QLineEdit(self))

    def collect(self) -> dict[str, Any]:
        return {"day": self.field("day", lambda: self.day.value()),
                "calendar": self.calendar.currentData(), "reason": self.reason.currentData(),
                "note": self.note.text().strip() or None}

    def save(self, values: dict[str, Any]) -> Any:
        """Store the closure and recompute every computed deadline with it, in one transaction."""
        from timeline.triggers import deadline_assignee, deadline_events_for

        store = self.session.store
        with store.transaction():
            closure = store.add_closure(values["day"], values["calendar"], values["reason"],
                                        note=values["note"])
            closures = store.list_closures()
            for case in store.list_cases():
                for trigger in store.list_triggers(case.id):
                    store.replace_trigger_deadlines(
                        trigger.id, deadline_events_for(trigger, closures=closures,
                                                        assignee=deadline_assignee(case, store.actor)))
        return closure
