"""Trauma-informed intake: only a display name is required; everything else can wait."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from timeline.jurisdictions import jurisdiction_codes
from ui.editors.fields import FieldError, birth_date_field


class CaseIntakeDialog(QDialog):
    """Collects a new case's fields; ``values()`` returns keyword arguments for add_case."""

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workbench"))
        self.setAccessibleName(self.tr("New case"))
        self.display_name = self._line(self.tr("Display name"))
        self.pronouns = self._line(self.tr("Pronouns"))
        # the shared date control (typed, shortcuts or calendar), never a day after today
        self.date_of_birth = birth_date_field(self, today or date.today())
        self.date_of_birth.setAccessibleName(self.tr("Date of birth"))
        self.date_of_birth.date_edited.connect(lambda _t: self.error.clear())
        self.languages = self._line(self.tr("Languages (comma separated)"))
        self.interpreter = self._line(self.tr("Interpreter language"))
        self.safe_contact = self._line(self.tr("Safe contact method"))
        self.confidential = QCheckBox(self.tr("Address is confidential"), self)
        self.confidential.setAccessibleName(self.tr("Address is confidential"))
        self.jurisdiction = QComboBox(self)
        self.jurisdiction.setEditable(True)
        self.jurisdiction.addItems(["", *jurisdiction_codes()])
        self.jurisdiction.setAccessibleName(self.tr("Jurisdiction"))
        self.jurisdiction.lineEdit().setAccessibleName(self.tr("Jurisdiction"))
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.error = QLabel(self)
        self.error.setAccessibleName(self.tr("Intake message"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._build_layout()

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        return edit

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Display name (required)"), self.display_name)
        later = QLabel(self.tr("Everything below is optional and can wait; add it, or the legal "
                               "name and address, later from the case's Overview (Edit case…)"),
                       self)
        later.setWordWrap(True)
        form.addRow(later)
        form.addRow(self.tr("&Pronouns"), self.pronouns)
        birth = QLabel(self.tr("Date of &birth"), self)
        birth.setBuddy(self.date_of_birth.line)
        form.addRow(birth, self.date_of_birth)
        form.addRow(self.tr("&Languages"), self.languages)
        form.addRow(self.tr("&Interpreter language"), self.interpreter)
        form.addRow(self.tr("Safe &contact method"), self.safe_contact)
        form.addRow("", self.confidential)
        form.addRow(self.tr("&Jurisdiction"), self.jurisdiction)
        form.addRow(self.tr("N&otes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def is_dirty(self) -> bool:
        """True when anything was typed (an unsaved form, for the lock notice)."""
        texts = (self.display_name, self.pronouns, self.languages, self.interpreter)
        return (
            any(edit.text() for edit in (*texts, self.safe_contact, self.date_of_birth.line))
            or bool(self.notes.toPlainText())
            or self.confidential.isChecked()
            or bool(self.jurisdiction.currentText())
        )

    def values(self) -> dict[str, Any]:
        """Keyword arguments for ``cases.add_case`` (empty optional fields left out)."""
        out: dict[str, Any] = {"display_name": self.display_name.text().strip()}
        languages = tuple(s.strip() for s in self.languages.text().split(",") if s.strip())
        optional = {
            "pronouns": self.pronouns.text().strip(),
            "languages": languages,
            "interpreter_language": self.interpreter.text().strip(),
            "safe_contact": self.safe_contact.text().strip(),
            "jurisdiction": self.jurisdiction.currentText().strip(),
            "notes": self.notes.toPlainText().strip(),
        }
        out.update({k: v for k, v in optional.items() if v})
        try:
            born = self.date_of_birth.value(required=False)
        except FieldError:
            born = None  # accept() refuses to close on an unreadable date
        if born is not None:
            out["date_of_birth"] = born
        if self.confidential.isChecked():
            out["confidential_address"] = True
        return out

    def accept(self) -> None:
        """Refuse to close without a display name or with a date of birth that is not one,
        saying so next to the form."""
        if not self.display_name.text().strip():
            self.error.setText(self.tr("A display name is needed; any name the person chooses."))
            self.display_name.setFocus()
            return
        try:
            self.date_of_birth.value(required=False)
        except FieldError as exc:
            self.error.setText(self.tr("Date of birth: %1").replace("%1", str(exc)))
            self.date_of_birth.setFocus()
            return
        super().accept()

    def clear(self) -> None:
        """Wipe every field (the workbench is locking)."""
        for edit in (self.display_name, self.pronouns, self.languages, self.interpreter):
            edit.clear()
        self.safe_contact.clear()
        self.date_of_birth.line.clear()
        self.notes.clear()
        self.jurisdiction.setCurrentIndex(0)
        self.confidential.setChecked(False)
