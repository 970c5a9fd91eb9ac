"""Profile…: how a staff member signs a packet (``staff.set_profile``).

Opened from the Users dialog for the selected user: everyone edits their own; a supervisor
edits anyone's. A packet prints the full name and role title instead of the login name.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from models.errors import WorkbenchError
from models.records import StaffProfile
from ui.editors.case_dialogs import LabelledErrors, short_text
from ui.editors.fields import FieldError, parse_text
from ui.i18n import translate
from ui.session import UiSession
from workbench.operations import staff
from workbench.operations.changes import Done

_LINES = ("full_name", "role_title", "organisation", "bar_or_eoir_id", "phone", "email")


class StaffProfileDialog(LabelledErrors):
    """Full name, role title, organisation, bar/EOIR ID, address, phone and email of one user."""

    def __init__(self, session: UiSession, user: str, parent: QWidget | None = None) -> None:
        super().__init__(session, None, None, parent)
        self.user = user
        self.setWindowTitle(self.tr("Staff profile"))
        self.labels = {
            "full_name": self.tr("Full name (as printed)"), "role_title": self.tr("Role title"),
            "organisation": self.tr("Organisation"),
            "bar_or_eoir_id": self.tr("Bar number or EOIR ID"),
            "address": self.tr("Work address"), "phone": self.tr("Phone"),
            "email": self.tr("Email"),
        }
        who = QLabel(self.tr("User: %1").replace("%1", user), self)
        who.setAccessibleName(self.tr("User"))
        self.form.addRow(who)
        self.lines: dict[str, QLineEdit] = {}
        for name in _LINES[:4]:
            self.lines[name] = self._line(name)
        self.address = short_text(self, 3)
        self.add_field("address", self.labels["address"], self.address)
        for name in _LINES[4:]:
            self.lines[name] = self._line(name)
        self.lines["role_title"].setPlaceholderText(self.tr("e.g. Immigration attorney"))
        self.lines["bar_or_eoir_id"].setPlaceholderText(self.tr("for Form EOIR-28 and G-28"))
        note = QLabel(self.tr("Printed on packets as “Prepared by” and in the representative "
                              "block. Staff details only: never a survivor's."), self)
        note.setWordWrap(True)
        self.form.addRow(note)
        self.name_save(self.tr("&Save profile"))
        denial = staff.may_set(session, user)
        if denial is not None:
            self.forbid(denial)
        self._load()
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def _line(self, name: str) -> QLineEdit:
        line = QLineEdit(self)
        self.add_field(name, self.labels[name], line)
        return line

    def _load(self) -> None:
        try:
            found = staff.profile_for(self.session, user=self.user)
        except WorkbenchError as exc:
            self.forbid(str(exc))
            return
        if found is None:
            return
        for name, line in self.lines.items():
            line.setText(getattr(found, name) or "")
        self.address.setPlainText(found.address or "")

    def collect(self) -> dict[str, Any]:
        def full_name() -> str:
            value = parse_text(self.lines["full_name"].text())
            if value is None:
                raise FieldError(translate("FieldError", "This field is required."))
            return value

        name = self.field("full_name", full_name)
        text = {n: self.lines[n].text().strip() for n in _LINES[1:]}
        return {"profile": StaffProfile(
            user=self.user, full_name=name or "", role_title=text["role_title"],
            organisation=text["organisation"], bar_or_eoir_id=text["bar_or_eoir_id"] or None,
            address=self.address.toPlainText().strip() or None, phone=text["phone"] or None,
            email=text["email"] or None)}

    def save(self, values: dict[str, Any]) -> Done[StaffProfile]:
        return staff.set_profile(self.session, profile=values["profile"])

    def confirmation(self) -> str:
        return self.tr("Profile of %1 saved.").replace("%1", self.user)
