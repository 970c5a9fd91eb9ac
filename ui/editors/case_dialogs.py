"""Edit case… (every intake field, through ``cases.update_case``) and Assigned staff…
(picked from the vault's users, through ``case_details.assign_staff``).

Values are passed to the operation as typed: the store checks them exactly as it checks an
import or a CLI call, and a refusal names its field, so the message appears next to it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from models.errors import WorkbenchError
from models.records import Case
from timeline.jurisdictions import jurisdiction_codes
from ui.editors.base import RecordDialog
from ui.editors.fields import birth_date_field
from ui.permissions import action_denial
from ui.session import UiSession
from workbench.operations import case_details, cases, policy, users
from workbench.operations.changes import Changes, Done
from workbench.operations.policy import Action


def split_list(text: str) -> tuple[str, ...]:
    """"Spanish, English" as ("Spanish", "English")."""
    return tuple(s.strip() for s in text.split(",") if s.strip())


def short_text(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    """A few lines of text (an address), Tab moving on rather than typing a tab."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    height = edit.fontMetrics().lineSpacing() * lines + 14
    edit.setFixedHeight(height)
    return edit


class LabelledErrors(RecordDialog):
    """A RecordDialog whose store messages name the field by its label, not its key."""

    labels: dict[str, str]

    def name_save(self, text: str) -> None:
        """Give the save button its words ("&Save", "&Save profile")."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(text)
        ok.setAccessibleName(text.replace("&", ""))

    def show_error(self, name: str | None, message: str) -> None:
        label = getattr(self, "labels", {}).get(name or "")
        if label and message.startswith(f"{name}: "):
            message = f"{label}: {message[len(name or '') + 2:]}"
        super().show_error(name, message)


class EditCaseDialog(LabelledErrors):
    """Every intake field of one case, prefilled; Save sends only what changed."""

    def __init__(self, session: UiSession, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(session, case, case, parent)
        self.setWindowTitle(self.tr("Edit case"))  # never the name: titles reach the taskbar
        self.labels = {}
        self.display_name = self._line("display_name", self.tr("Display name (required)"))
        self.legal_name = self._line("legal_name", self.tr("Legal name"))
        self.pronouns = self._line("pronouns", self.tr("Pronouns"))
        self.date_of_birth = birth_date_field(self, session.today())
        self._add("date_of_birth", self.tr("Date of birth"), self.date_of_birth)
        self.languages = self._line("languages", self.tr("Languages"))
        self.languages.setPlaceholderText(self.tr("comma separated, e.g. Spanish, English"))
        self.interpreter = self._line("interpreter_language", self.tr("Interpreter language"))
        self.interpreter.setPlaceholderText(self.tr("empty: no interpreter needed"))
        self.safe_contact = self._line("safe_contact", self.tr("Safe contact method"))
        self.confidential = QCheckBox(
            self.tr("Confidential: never printed; filings use a safe address"), self)
        self._add("confidential_address", self.tr("Address is confidential"), self.confidential)
        self.address = short_text(self)
        self._add("address", self.tr("Address"), self.address)
        self.jurisdiction = QComboBox(self)
        self.jurisdiction.setEditable(True)
        self.jurisdiction.addItems(["", *jurisdiction_codes()])
        self._add("jurisdiction", self.tr("Jurisdiction"), self.jurisdiction)
        self.jurisdiction.lineEdit().setAccessibleName(self.tr("Jurisdiction"))
        self.notes = short_text(self, 4)
        self._add("notes", self.tr("Notes"), self.notes)
        self._fill(case)
        self.name_save(self.tr("&Save"))
        denial = action_denial(session, Action.INTAKE)
        if denial:
            self.forbid(denial)
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    def _add(self, name: str, label: str, widget: QWidget) -> QWidget:
        self.labels[name] = label
        return self.add_field(name, label, widget)

    def _line(self, name: str, label: str) -> QLineEdit:
        line = QLineEdit(self)
        self._add(name, label, line)
        return line

    def _fill(self, case: Case) -> None:
        self.display_name.setText(case.display_name)
        self.legal_name.setText(case.legal_name or "")
        self.pronouns.setText(case.pronouns or "")
        self.date_of_birth.set_date(case.date_of_birth)
        self.languages.setText(", ".join(case.languages))
        self.interpreter.setText(case.interpreter_language or "")
        self.safe_contact.setText(case.safe_contact or "")
        self.confidential.setChecked(case.confidential_address)
        self.address.setPlainText(case.address or "")
        self.jurisdiction.setEditText(case.jurisdiction or "")
        self.notes.setPlainText(case.notes or "")

    def typed(self) -> dict[str, Any]:
        """Every field as typed (text trimmed; the store decides what is valid; the date of
        birth is read by its date control, which names what is wrong with it)."""
        born = self.field("date_of_birth", lambda: self.date_of_birth.value(required=False))
        return {
            "display_name": self.display_name.text().strip(),
            "legal_name": self.legal_name.text().strip() or None,
            "pronouns": self.pronouns.text().strip() or None,
            "date_of_birth": born,
            "languages": split_list(self.languages.text()),
            "interpreter_language": self.interpreter.text().strip() or None,
            "safe_contact": self.safe_contact.text().strip() or None,
            "confidential_address": self.confidential.isChecked(),
            "address": self.address.toPlainText().strip() or None,
            "jurisdiction": self.jurisdiction.currentText().strip() or None,
            "notes": self.notes.toPlainText().strip() or None,
        }

    def collect(self) -> dict[str, Any]:
        values = self.typed()
        if not values["display_name"]:
            self.fail("display_name",
                      self.tr("A display name is needed; any name the person chooses."))
        case = self.case
        current = {name: getattr(case, name) for name in values}
        return {k: v for k, v in values.items() if v != current[k]}

    def save(self, values: dict[str, Any]) -> Done[Case]:
        if not values:
            return Done(self.case, Changes.of())  # nothing changed: nothing written
        return cases.update_case(self.session, case_id=self.case.id,
                                 version=self.version(), **values)

    def confirmation(self) -> str:
        if self.changes is not None and not self.changes.kinds:
            return self.tr("Nothing was changed.")
        return self.tr("Case details saved.")


class AssignStaffDialog(LabelledErrors):
    """One checkbox per user of the vault (name and role); Save sets the case's staff."""

    def __init__(self, session: UiSession, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(session, case, case, parent)
        self.setWindowTitle(self.tr("Assigned staff"))
        self.boxes: dict[str, QCheckBox] = {}
        self.form.addRow(QLabel(self.tr("Who works on this case (their agenda lists its "
                                        "dates):"), self))
        try:
            listed = users.list_users(session)
        except WorkbenchError as exc:
            listed = []
            self.forbid(str(exc))
        for user in listed:
            box = QCheckBox(f"{user.name} — {policy.role_label(user.role)}", self)
            box.setChecked(user.name in case.assigned_to)
            self.boxes[user.name] = box
        first = next(iter(self.boxes.values()), None)
        if first is not None:
            self.add_field("assigned_to", self.tr("Staff"), first)
            first.setAccessibleName(first.text())
            for box in list(self.boxes.values())[1:]:
                box.setAccessibleName(box.text())
                self.form.addRow("", box)
        # a name no longer in the vault stays listed, so that saving never drops it silently
        self.gone = [n for n in case.assigned_to if n not in self.boxes]
        if self.gone:
            self.form.addRow(QLabel(self.tr("No longer users of this vault (removed when you "
                                            "save): %1").replace("%1", ", ".join(self.gone)),
                                    self))
        self.name_save(self.tr("&Save"))
        denial = action_denial(session, Action.INTAKE)
        if denial:
            self.forbid(denial)

    def chosen(self) -> list[str]:
        """The names checked, in the vault's order."""
        return [name for name, box in self.boxes.items() if box.isChecked()]

    def collect(self) -> dict[str, Any]:
        return {"users": self.chosen()}

    def save(self, values: dict[str, Any]) -> Done[Case]:
        return case_details.assign_staff(self.session, case_id=self.case.id,
                                         users=values["users"])

    def confirmation(self) -> str:
        return self.tr("Assigned staff saved.")

