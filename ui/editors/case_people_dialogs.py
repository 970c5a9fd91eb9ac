"""Safe addresses… and Contacts…: a case's list with Add…, Edit… and Remove…, each change one
operation (``case_details`` for safe addresses, ``care.add_contact`` and ``contacts`` for
contacts). The editors and the removal question open over the list (never ``exec()``), so the
lock can close and wipe all of them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.errors import WorkbenchError
from models.records import Case, Contact, ContactKind, SafeAddress
from ui.editors.base import show_status
from ui.editors.case_dialogs import LabelledErrors, short_text
from ui.editors.fields import FieldError, enum_combo, parse_text
from ui.editors.record_table import Column, RecordsTableModel
from ui.i18n import translate
from ui.operation_signals import announce
from ui.permissions import action_denial, gate
from ui.remove_question import ask_to_remove
from ui.session import UiSession
from workbench.operations import care, case_details, contacts
from workbench.operations.changes import Changes, Done, Kind
from workbench.operations.policy import Action

# Filings that commonly need a substitute address (editable: any filing or matter ref goes).
FILINGS = ("I-914", "I-914 Supplement B", "I-918", "I-918 Supplement B", "I-485", "I-765",
           "I-360", "EOIR-28", "DVRO petition", "Name change petition")
CONTACT_LABELS = {ContactKind.ATTORNEY: QT_TRANSLATE_NOOP("CaseListDialog", "Attorney"),
                  ContactKind.CLINICIAN: QT_TRANSLATE_NOOP("CaseListDialog", "Clinician"),
                  ContactKind.CERTIFYING_OFFICIAL: QT_TRANSLATE_NOOP(
                      "CaseListDialog", "Certifying official"),
                  ContactKind.INTERPRETER: QT_TRANSLATE_NOOP("CaseListDialog", "Interpreter"),
                  ContactKind.COURT: QT_TRANSLATE_NOOP("CaseListDialog", "Court"),
                  ContactKind.OTHER: QT_TRANSLATE_NOOP("CaseListDialog", "Other")}


def contact_kind_label(kind: ContactKind) -> str:
    """How a contact's kind reads ("Certifying official"), in the UI's language."""
    return translate("CaseListDialog", CONTACT_LABELS[kind])


def _required(text: str) -> str:
    value = parse_text(text)
    if value is None:
        raise FieldError(translate("FieldError", "This field is required."))
    return value


class SafeAddressDialog(LabelledErrors):
    """The address to print on one filing instead of the confidential one."""

    def __init__(self, session: UiSession, case: Case, existing: SafeAddress | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, existing, parent)
        self.setWindowTitle(self.tr("Safe address"))
        self.labels = {"filing": self.tr("Filing"), "address": self.tr("Address to print")}
        self.filing = QComboBox(self)
        self.filing.setEditable(True)
        self.filing.addItems(["", *FILINGS])
        self.add_field("filing", self.labels["filing"], self.filing)
        self.filing.lineEdit().setAccessibleName(self.labels["filing"])
        self.address = short_text(self, 3)
        self.add_field("address", self.labels["address"], self.address)
        hint = QLabel(self.tr("Printed on this filing instead of the survivor's address "
                              "(e.g. the clinic's PO box)."), self)
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        self.filing.lineEdit().setPlaceholderText(self.tr("a form (I-914) or a matter"))
        self.name_save(self.tr("&Save"))
        if existing is not None:
            self.filing.setEditText(existing.filing)
            self.address.setPlainText(existing.address)
        self.resize(max(self.sizeHint().width(), 480), self.sizeHint().height())

    def collect(self) -> dict[str, Any]:
        return {"filing": self.field("filing", lambda: _required(self.filing.currentText())),
                "address": self.field("address",
                                      lambda: _required(self.address.toPlainText()))}

    def save(self, values: dict[str, Any]) -> Done[SafeAddress]:
        if self.existing is None:
            return case_details.add_safe_address(self.session, case_id=self.case.id, **values)
        return case_details.update_safe_address(self.session, case_id=self.case.id,
                                                address_id=self.existing.id,
                                                version=self.version(), **values)

    def confirmation(self) -> str:
        return self.tr("Safe address saved.")


class ContactDialog(LabelledErrors):
    """A contact of the case: interpreter, certifying official, attorney, clinician…"""

    def __init__(self, session: UiSession, case: Case, existing: Contact | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, existing, parent)
        self.setWindowTitle(self.tr("Contact"))
        self.labels = {"kind": self.tr("Kind"), "name": self.tr("Name"),
                       "organisation": self.tr("Organisation"), "phone": self.tr("Phone"),
                       "email": self.tr("Email"), "language": self.tr("Language")}
        labels = {k: contact_kind_label(k) for k in CONTACT_LABELS}
        self.kind: QComboBox = enum_combo(list(ContactKind), self, labels)  # type: ignore[arg-type]
        self.add_field("kind", self.labels["kind"], self.kind)
        self.lines: dict[str, QLineEdit] = {}
        for name in ("name", "organisation", "phone", "email", "language"):
            self.lines[name] = QLineEdit(self)
            self.add_field(name, self.labels[name], self.lines[name])
        self.lines["language"].setPlaceholderText(self.tr("for an interpreter"))
        self.name_save(self.tr("&Save"))
        if existing is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(existing.kind)))
            for name, line in self.lines.items():
                line.setText(getattr(existing, name) or "")
        else:
            self.kind.setCurrentIndex(max(0, self.kind.findData(ContactKind.INTERPRETER)))
        self.resize(max(self.sizeHint().width(), 460), self.sizeHint().height())

    def collect(self) -> dict[str, Any]:
        values: dict[str, Any] = {"kind": self.kind.currentData()}
        values["name"] = self.field("name", lambda: _required(self.lines["name"].text()))
        for name in ("organisation", "phone", "email", "language"):
            values[name] = self.lines[name].text().strip() or None
        return values

    def save(self, values: dict[str, Any]) -> Done[Contact]:
        if self.existing is None:
            return care.add_contact(self.session, case_id=self.case.id, **values)
        return contacts.update_contact(self.session, case_id=self.case.id,
                                       contact_id=self.existing.id,
                                       version=self.version(), **values)

    def confirmation(self) -> str:
        return self.tr("Contact saved.")


class CaseListDialog(QDialog):
    """A case's records in a table with Add…, Edit…, Remove… (subclasses set what).

    ``editor`` is the form open over the list, ``question`` the removal question; both are
    opened with ``open()``. The list reloads when an operation changes this case.
    """

    def __init__(self, session: UiSession, case: Case, title: str, columns: list[Column],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.case = session, case
        self.editor: QDialog | None = None
        self.question: QMessageBox | None = None
        self._cleared = False
        self.setWindowTitle(title)
        self.model = RecordsTableModel(columns, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(title)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = self._button(self.tr("&Add…"), self.add)
        self.edit_button = self._button(self.tr("&Edit…"), self.edit_selected)
        self.remove_button = self._button(self.tr("&Remove…"), self.ask_remove)
        denial = action_denial(session, Action.INTAKE)
        for button in (self.add_button, self.edit_button, self.remove_button):
            gate(button, denial)
        self.message = QLabel(denial or "", self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.finished.connect(lambda _code: self.clear())
        session.signals.operation_executed.connect(self.on_operation)
        self.resize(640, 360)

    def _button(self, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- what subclasses say -------------------------------------------------------------------
    def records(self) -> list[Any]:
        """The records to list (an operation's read)."""
        raise NotImplementedError

    def editor_for(self, record: Any) -> QDialog:
        """The form that adds (record None) or edits ``record``."""
        raise NotImplementedError

    def describe(self, record: Any) -> str:
        """How the removal question names ``record``."""
        raise NotImplementedError

    def remove(self, record: Any) -> Done[Any]:
        """The operation that removes ``record``."""
        raise NotImplementedError

    # -- the list ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the records again, keeping the selected row where it was."""
        if self._cleared:
            return
        row = self.selected_row()
        try:
            self.model.set_records(self.records())
        except WorkbenchError as exc:
            self.show_message(str(exc), error=True)
            return
        self.table.resizeColumnsToContents()
        if self.model.rowCount():
            self.table.selectRow(min(row if row is not None else 0, self.model.rowCount() - 1))

    def on_operation(self, changes: Changes, _initiator: object = None) -> None:
        """Reload when an operation changed this case."""
        if changes.touches(self.case.id, Kind.CASES):
            self.refresh()

    def selected_row(self) -> int | None:
        """The selected row, if any."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected(self) -> Any:
        """The selected record, or None."""
        row = self.selected_row()
        return None if row is None else self.model.record(row)

    def show_message(self, text: str, *, error: bool = False) -> None:
        """A line under the list: what was done, or why not."""
        show_status(self.message, text, error=error)

    # -- add, edit, remove ---------------------------------------------------------------------
    def add(self) -> QDialog:
        """Open the add form over the list."""
        return self._open(self.editor_for(None))

    def edit_selected(self) -> QDialog | None:
        """Open the edit form of the selected record (None when nothing is selected)."""
        record = self.selected()
        if record is None:
            self.show_message(self.tr("Select a row first."), error=True)
            return None
        if not self.edit_button.isEnabled():
            return None
        return self._open(self.editor_for(record))

    def _open(self, editor: QDialog) -> QDialog:
        self.show_message("")
        self.editor = editor
        editor.accepted.connect(lambda: self.show_message(editor.confirmation()))  # type: ignore[attr-defined]
        editor.finished.connect(lambda _code: self._forget(editor))
        editor.open()
        return editor

    def _forget(self, editor: QDialog) -> None:
        if self.editor is editor:
            self.editor = None
        editor.deleteLater()

    def ask_remove(self) -> QMessageBox | None:
        """Ask before removing the selected record (Cancel is the default)."""
        record = self.selected()
        if record is None:
            self.show_message(self.tr("Select a row first."), error=True)
            return None
        self.question = ask_to_remove(
            self, title=self.tr("Remove"),
            text=self.tr("Remove %1?").replace("%1", self.describe(record)),
            answered=lambda box, removing: self._answered(box, removing, record))
        return self.question

    def _answered(self, box: QMessageBox, removing: bool, record: Any) -> None:
        if self.question is box:
            self.question = None
        if not removing or self._cleared:
            return
        try:
            done = self.remove(record)
        except WorkbenchError as exc:
            self.show_message(str(exc), error=True)
            return
        message = self.tr("Removed.")
        announce(self.session, done, self, message)
        self.show_message(message)

    # -- closing -------------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        """True when the form open over the list holds typed input."""
        is_dirty = getattr(self.editor, "is_dirty", None)
        return bool(callable(is_dirty) and is_dirty())

    def clear(self) -> None:
        """Forget the rows and anything typed (the workbench is locking, or it closed)."""
        self._cleared = True
        clear = getattr(self.editor, "clear", None)
        if callable(clear):
            clear()
        self.model.set_records([])
        self.message.clear()


class SafeAddressesDialog(CaseListDialog):
    """The case's safe addresses, one per filing."""

    def __init__(self, session: UiSession, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(session, case, translate("CaseListDialog", "Safe addresses"), [
            (translate("CaseListDialog", "Filing"), lambda a: a.filing),
            (translate("CaseListDialog", "Address to print"),
             lambda a: " ".join(a.address.split())),
        ], parent)
        self.intro.setText(self.tr("The address to print on each filing instead of the "
                                   "confidential one (e.g. on the I-914)."))
        self.refresh()

    def records(self) -> list[SafeAddress]:
        return case_details.safe_addresses_for(self.session, case_id=self.case.id)

    def editor_for(self, record: SafeAddress | None) -> QDialog:
        return SafeAddressDialog(self.session, self.case, record, self)

    def describe(self, record: SafeAddress) -> str:
        return self.tr("the safe address for %1").replace("%1", record.filing)

    def remove(self, record: SafeAddress) -> Done[int]:
        return case_details.remove_safe_address(self.session, case_id=self.case.id,
                                                address_id=record.id)


class ContactsDialog(CaseListDialog):
    """The case's own contacts (shared ones, such as a court, are not changed here)."""

    def __init__(self, session: UiSession, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(session, case, translate("CaseListDialog", "Contacts"), [
            (translate("CaseListDialog", "Kind"), lambda c: contact_kind_label(c.kind)),
            (translate("CaseListDialog", "Name"), lambda c: c.name),
            (translate("CaseListDialog", "Organisation"), lambda c: c.organisation),
            (translate("CaseListDialog", "Phone"), lambda c: c.phone),
            (translate("CaseListDialog", "Email"), lambda c: c.email),
            (translate("CaseListDialog", "Language"), lambda c: c.language),
        ], parent)
        self.intro.setText(self.tr("The people around this case: interpreter, certifying "
                                   "official, attorney, clinician…"))
        self.resize(820, 380)
        self.refresh()

    def records(self) -> list[Contact]:
        return contacts.contacts_for(self.session, case_id=self.case.id)

    def editor_for(self, record: Contact | None) -> QDialog:
        return ContactDialog(self.session, self.case, record, self)

    def describe(self, record: Contact) -> str:
        return self.tr("the contact %1").replace("%1", record.name)

    def remove(self, record: Contact) -> Done[int]:
        return contacts.remove_contact(self.session, case_id=self.case.id,
                                       contact_id=record.id)
