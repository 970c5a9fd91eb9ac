"""Overview tab: the case's profile, languages, interpreter, safe contact, address handling,
staff and contacts, with the actions that change them (Edit case…, Safe addresses…,
Assigned staff…, Contacts…), each a dialog over one operation."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.records import Case, Contact, StaffProfile
from ui.editors.case_dialogs import AssignStaffDialog, EditCaseDialog
from ui.editors.case_people_dialogs import (
    ContactsDialog,
    SafeAddressesDialog,
    contact_kind_label,
)
from ui.live_view import LiveView
from ui.permissions import action_denial, gate
from ui.session import UiSession
from workbench.operations.changes import Kind
from workbench.operations.policy import Action


class CaseDetails(NamedTuple):
    """What the overview shows: the case, its own contacts, and the staff's printed names."""

    case: Case
    contacts: list[Contact]
    profiles: dict[str, StaffProfile]


class OverviewTab(QWidget):
    """The case's intake fields; reloads in the background when the case changes.

    ``dialog`` is the editor or list opened from an action (window-modal, never exec()).
    """

    def __init__(self, session: UiSession, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.case = case
        self.dialog: QDialog | None = None
        self.edit_button = self._button(self.tr("&Edit case…"), self.edit_case)
        self.addresses_button = self._button(self.tr("Safe &addresses…"), self.safe_addresses)
        self.staff_button = self._button(self.tr("Assigned &staff…"), self.assign_staff)
        self.contacts_button = self._button(self.tr("C&ontacts…"), self.case_contacts)
        denial = action_denial(session, Action.INTAKE)
        for button in self.buttons():
            gate(button, denial)
        self.notice = QLabel(denial or "", self)  # a disabled button's reason, or a confirmation
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Message"))
        self.notice.setVisible(bool(denial))
        row = QHBoxLayout()
        for button in self.buttons():
            row.addWidget(button)
        row.addStretch(1)
        self._form = QFormLayout()
        self._values: dict[str, QLabel] = {}
        for key, label in self._fields():
            if key.startswith("#"):
                self._form.addRow(self._heading(label))
                continue
            value = QLabel(self)
            value.setWordWrap(True)
            value.setAccessibleName(label)
            # Selectable by keyboard so that a screen reader user can read each value.
            value.setTextInteractionFlags(value.textInteractionFlags().TextSelectableByKeyboard)
            self._values[key] = value
            self._form.addRow(label, value)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.notice)
        layout.addLayout(self._form)
        layout.addStretch(1)
        self.live = LiveView(session, case.id, (Kind.CASES,), self._read, self._show, self)
        self.live.load_failed.connect(self._failed)
        self._show(CaseDetails(case, *self._people()))  # the case was just read by its opener

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _heading(self, text: str) -> QLabel:
        heading = QLabel(text, self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setContentsMargins(0, 8, 0, 0)
        heading.setAccessibleName(text)
        return heading

    def buttons(self) -> tuple[QPushButton, ...]:
        """The actions, in the order shown."""
        return (self.edit_button, self.addresses_button, self.staff_button,
                self.contacts_button)

    def _fields(self) -> list[tuple[str, str]]:
        return [
            ("#person", self.tr("Person")),
            ("ref", self.tr("Reference")),
            ("display_name", self.tr("Display name")),
            ("legal_name", self.tr("Legal name")),
            ("pronouns", self.tr("Pronouns")),
            ("date_of_birth", self.tr("Date of birth")),
            ("#language", self.tr("Language and safe contact")),
            ("languages", self.tr("Languages")),
            ("interpreter", self.tr("Interpreter")),
            ("safe_contact", self.tr("Safe contact")),
            ("#address", self.tr("Address")),
            ("address", self.tr("Address")),
            ("safe_addresses", self.tr("Filing addresses")),
            ("#team", self.tr("Jurisdiction and team")),
            ("jurisdiction", self.tr("Jurisdiction")),
            ("assigned", self.tr("Assigned staff")),
            ("contacts", self.tr("Contacts")),
        ]

    def refresh(self) -> None:
        """Re-read the case in the background and show it."""
        self.live.reload()

    def _people(self) -> tuple[list[Contact], dict[str, StaffProfile]]:
        from workbench.operations import staff
        from workbench.operations.contacts import contacts_for

        return contacts_for(self._session, case_id=self.case.id), staff.profiles(self._session)

    def _read(self) -> CaseDetails:
        from workbench.operations.views import case_of

        return CaseDetails(case_of(self._session, case_id=self.case.id), *self._people())

    def _show(self, details: CaseDetails) -> None:
        case = details.case
        self.case = case
        dash = "—"
        interpreter = (
            self.tr("Needed: %1").replace("%1", case.interpreter_language)
            if case.interpreter_language
            else self.tr("Not needed")
        )
        if case.confidential_address:
            address = self.tr("Confidential — never printed; filings use a safe address")
        else:
            address = case.address or dash
        safe = "\n".join(f"{a.filing}: {' '.join(a.address.split())}"
                         for a in case.safe_addresses)
        if not safe and case.confidential_address:
            safe = self.tr("None yet — add one per filing (Safe addresses…)")
        people = "\n".join(self._contact_line(c) for c in details.contacts)
        values = {
            "ref": case.ref,
            "display_name": case.display_name,
            "legal_name": case.legal_name or dash,
            "pronouns": case.pronouns or dash,
            "date_of_birth": case.date_of_birth.isoformat() if case.date_of_birth else dash,
            "languages": ", ".join(case.languages) or dash,
            "interpreter": interpreter,
            "safe_contact": case.safe_contact or dash,
            "address": address,
            "safe_addresses": safe or dash,
            "jurisdiction": case.jurisdiction or dash,
            "assigned": "\n".join(self._staff_line(n, details.profiles)
                                   for n in case.assigned_to) or dash,
            "contacts": people or dash,
        }
        for key, text in values.items():
            self._values[key].setText(text)

    def _staff_line(self, user: str, profiles: dict[str, StaffProfile]) -> str:
        found = profiles.get(user)
        if found is None:
            return user
        named = ", ".join(p for p in (found.full_name, found.role_title) if p)
        return f"{named} ({user})"

    def _contact_line(self, contact: Contact) -> str:
        parts = [contact.name, contact.organisation, contact.phone, contact.email]
        if contact.language:
            parts.append(contact.language)
        kind = contact_kind_label(contact.kind)
        return f"{kind}: " + " · ".join(p for p in parts if p)

    def value_text(self, key: str) -> str:
        """The text shown for field ``key`` (tests and screen readers read the same)."""
        return self._values[key].text()

    def _failed(self, message: str) -> None:
        self.notice.setText(message)
        self.notice.show()

    def _confirmed(self, dialog: QDialog) -> None:
        confirmation = getattr(dialog, "confirmation", None)
        if callable(confirmation):
            self.notice.setText(confirmation())
            self.notice.show()

    # -- actions -------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        self.notice.setText("")
        self.notice.hide()
        self.dialog = dialog
        dialog.finished.connect(lambda _code: self._closed(dialog))
        dialog.accepted.connect(lambda: self._confirmed(dialog))
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def edit_case(self) -> EditCaseDialog:
        """Open Edit case… prefilled with what the overview shows."""
        dialog = EditCaseDialog(self._session, self.case, self)
        self._open(dialog)
        return dialog

    def safe_addresses(self) -> SafeAddressesDialog:
        """Open the list of safe addresses per filing."""
        dialog = SafeAddressesDialog(self._session, self.case, self)
        self._open(dialog)
        return dialog

    def assign_staff(self) -> AssignStaffDialog:
        """Open the pick list of the vault's users."""
        dialog = AssignStaffDialog(self._session, self.case, self)
        self._open(dialog)
        return dialog

    def case_contacts(self) -> ContactsDialog:
        """Open the list of the case's contacts."""
        dialog = ContactsDialog(self._session, self.case, self)
        self._open(dialog)
        return dialog

    def clear(self) -> None:
        """Blank every value (the workbench is locking)."""
        self.live.cancel()
        if self.dialog is not None:
            clear = getattr(self.dialog, "clear", None)
            if callable(clear):
                clear()
        for label in self._values.values():
            label.clear()
        self.notice.clear()
