"""Users…: who has a key slot in the vault, with which role; add, remove, change my passphrase,
and each user's profile (how they sign a packet: Profile…).

Every change is one call of ``workbench.operations.users``; the policy decides who may add and
remove (disabled buttons say why). Removing rotates the database key, so it runs off the UI
thread; the dialog cannot be closed meanwhile except by the lock, which it never holds back.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.errors import InvalidInput, WorkbenchError, WrongPassphrase
from models.records import Role, User
from ui.editors.base import RecordDialog, show_status
from ui.editors.fields import FieldError, enum_combo, parse_text
from ui.editors.record_table import RecordsTableModel
from ui.editors.staff_dialogs import StaffProfileDialog
from ui.i18n import translate
from ui.operation_signals import announce
from ui.permissions import action_denial, gate
from ui.remove_question import ask_to_remove
from ui.session import UiSession
from ui.strength import MIN_LENGTH, StrengthMeter
from ui.worker import run_in_background
from workbench.operations import policy, staff, users
from workbench.operations.changes import Changes, Done, Kind
from workbench.operations.policy import Action


def role_text(role: Role) -> str:
    """A role as a person reads it ("Case manager")."""
    return policy.role_label(role).capitalize()


def _secret_line(parent: QWidget) -> QLineEdit:
    line = QLineEdit(parent)
    line.setEchoMode(QLineEdit.EchoMode.Password)
    return line


class _PassphraseForm(RecordDialog):
    """A RecordDialog with a new passphrase, its strength and its confirmation."""

    def add_new_passphrase(self, label: str) -> None:
        """Add the new passphrase, its strength meter and its confirmation as rows."""
        self.passphrase = self.add_field("passphrase", label, _secret_line(self))
        self.meter = StrengthMeter(self)
        self.form.addRow(QLabel(self.tr("Strength"), self), self.meter)
        self.confirm = self.add_field("confirm", self.tr("Confirm passphrase"),
                                      _secret_line(self))
        self.passphrase.textChanged.connect(self.meter.update_for)

    def new_passphrase(self) -> str | None:
        """The new passphrase, or None with the problem shown next to its field."""
        def read() -> str:
            text = self.passphrase.text()
            if len(text.strip()) < MIN_LENGTH:
                raise FieldError(translate("UsersDialog", "A passphrase needs at least %n "
                                           "character(s); a few unrelated words work well.",
                                           None, MIN_LENGTH))
            return text

        text = self.field("passphrase", read)
        if text is not None and self.confirm.text() != text:
            self.fail("confirm", self.tr("The two passphrases do not match."))
            return None
        return text


class AddUserDialog(_PassphraseForm):
    """Name, role and first passphrase of a new staff member (``users.add_user``)."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, None, None, parent)
        self.setWindowTitle(self.tr("Add user"))
        self.name = self.add_field("user", self.tr("Name"), QLineEdit(self))
        self.name.setPlaceholderText(self.tr("letters, digits, '.', '_' or '-'"))
        self.role = self.add_field(
            "role", self.tr("Role"), enum_combo(Role, self, {r: role_text(r) for r in Role}))
        self.add_new_passphrase(self.tr("Passphrase"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add user"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(
            self.tr("Add user"))

    def confirmation(self) -> str:
        return self.tr("User %1 added.").replace("%1", self.saved.name)

    def collect(self) -> dict[str, Any]:
        name = self.field("user", lambda: parse_text(self.name.text()))
        return {"name": name, "role": self.role.currentData(), "passphrase": self.new_passphrase()}

    def save(self, values: dict[str, Any]) -> Done[User]:
        return users.add_user(self.session, **values)


class ChangePassphraseDialog(_PassphraseForm):
    """The acting user's own passphrase (``users.change_passphrase``); open to every role."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, None, None, parent)
        self.setWindowTitle(self.tr("Change my passphrase"))
        self.old = self.add_field("old", self.tr("Current passphrase"), _secret_line(self))
        self.add_new_passphrase(self.tr("New passphrase"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Change"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(
            self.tr("Change passphrase"))

    def confirmation(self) -> str:
        return self.tr("Passphrase changed.")

    def collect(self) -> dict[str, Any]:
        old = self.field("old", lambda: self.old.text() or _required())
        return {"old": old, "new": self.new_passphrase()}

    def save(self, values: dict[str, Any]) -> Done[str]:
        try:
            return users.change_passphrase(self.session, **values)
        except WrongPassphrase as exc:
            raise InvalidInput(self.tr("That is not your current passphrase; nothing was "
                                       "changed."), field="old") from exc


def _required() -> str:
    raise FieldError(translate("FieldError", "This field is required."))


class _Removal:
    """A removal in flight, shared with its worker: if the lock comes first, the worker locks
    the vault again once the key rotation is over (the rotation installs a fresh key)."""

    def __init__(self) -> None:
        self.guard = threading.Lock()
        self.cancelled = False
        self.finished = False


class UsersDialog(QDialog):
    """The vault's users, roles and printed names, with Add user…, Remove user…, Profile…
    and Change my passphrase….

    ``editor`` is the add or passphrase form open over it, ``question`` the removal question
    (both opened with ``open()``, never ``exec()``: the lock must stay possible).
    """

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.editor: RecordDialog | None = None
        self.question: QMessageBox | None = None
        self._removal: _Removal | None = None
        self._cleared = False
        self._profiles: dict[str, Any] = {}
        self.setWindowTitle(self.tr("Users"))
        self.model = RecordsTableModel([
            (self.tr("Name"), self._name_cell), (self.tr("Role"), lambda u: role_text(u.role)),
            (self.tr("Printed as"), self._printed_as),
        ], self)
        self.table = self._make_table()
        self.add_button = self._button(self.tr("&Add user…"), self.add_user)
        self.remove_button = self._button(self.tr("&Remove user…"), self.ask_remove)
        self.profile_button = self._button(self.tr("&Profile…"), self.edit_profile)
        self.passphrase_button = self._button(self.tr("&Change my passphrase…"),
                                              self.change_passphrase)
        denial = action_denial(session, Action.ADMINISTER_USERS)
        gate(self.add_button, denial)
        gate(self.remove_button, denial)
        # a disabled button takes no focus, so its tooltip is out of a keyboard's reach: say it
        self.hint = QLabel(denial or "", self)
        self.hint.setWordWrap(True)
        self.hint.setVisible(denial is not None)
        self.profile_hint = QLabel(self)  # why Profile… is off for the selected user
        self.profile_hint.setWordWrap(True)
        self.profile_hint.hide()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # a key rotation has no steps to count
        self.busy.setAccessibleName(self.tr("Removing a user"))
        self.busy.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.profile_button,
                       self.passphrase_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.profile_hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.close_buttons)
        self.finished.connect(self._closed)
        # a bound method of a QObject: Qt drops the connection when the dialog goes away
        session.signals.operation_executed.connect(self.on_operation)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._gate_profile())
        self.refresh()
        self.resize(max(self.sizeHint().width(), 560), 340)

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Users of this vault"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _printed_as(self, user: User) -> str:
        found = self._profiles.get(user.name)
        if found is None:
            return self.tr("no profile yet")
        return ", ".join(p for p in (found.full_name, found.role_title) if p)

    def _name_cell(self, user: User) -> str:
        if user.name == self.session.user.name:
            return self.tr("%1 (you)").replace("%1", user.name)
        return user.name

    # -- the list ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the users again (the slot file, in memory: cheap) and keep the selection."""
        if self._cleared:
            return
        selected = self.selected_user()
        try:
            listed = users.list_users(self.session)
            self._profiles = staff.profiles(self.session)
        except WorkbenchError as exc:
            self.show_message(str(exc), error=True)
            return
        self.model.set_records(listed)
        self.table.resizeColumnsToContents()
        if not self.select_user(selected or "") and listed:
            self.table.selectRow(0)
        self._gate_profile()

    def _gate_profile(self) -> None:
        """Profile… opens the selected user's profile: your own, or anyone's as a supervisor."""
        name = self.selected_user()
        denial = (self.tr("Select a user first.") if name is None
                  else staff.may_set(self.session, name))
        if not self.is_busy():
            gate(self.profile_button, denial)
        self.profile_hint.setText(denial or "")
        self.profile_hint.setVisible(bool(denial) and name is not None)

    def on_operation(self, changes: Changes, _initiator: object = None) -> None:
        """Reload when an operation changed the users."""
        if Kind.USERS in changes.kinds:
            self.refresh()

    def names(self) -> list[str]:
        """The user names listed, in order."""
        return [self.model.record(row).name for row in range(self.model.rowCount())]

    def selected_user(self) -> str | None:
        """Name of the selected user, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()).name if rows else None

    def select_user(self, name: str) -> bool:
        """Select ``name``'s row; False when not listed."""
        if name not in self.names():
            return False
        self.table.selectRow(self.names().index(name))
        return True

    def show_message(self, text: str, *, error: bool = False) -> None:
        """A line under the list: what was done, or why not ("" hides it)."""
        show_status(self.message, text, error=error)

    # -- add and change ------------------------------------------------------------------------
    def add_user(self) -> AddUserDialog:
        """Open the add-user form (window-modal, non-blocking)."""
        editor = AddUserDialog(self.session, self)
        self._open_editor(editor)
        return editor

    def edit_profile(self) -> StaffProfileDialog | None:
        """Open the selected user's profile (window-modal, non-blocking); None when refused."""
        name = self.selected_user()
        if name is None:
            self.show_message(self.tr("Select a user first."), error=True)
            return None
        editor = StaffProfileDialog(self.session, name, self)
        self._open_editor(editor)
        return editor

    def change_passphrase(self) -> ChangePassphraseDialog:
        """Open the change-my-passphrase form (window-modal, non-blocking)."""
        editor = ChangePassphraseDialog(self.session, self)
        self._open_editor(editor)
        return editor

    def _open_editor(self, editor: RecordDialog) -> None:
        self.show_message("")
        self.editor = editor
        editor.accepted.connect(lambda: self._saved(editor))
        editor.finished.connect(lambda _code: self._forget(editor))
        editor.open()

    def _saved(self, editor: RecordDialog) -> None:
        self.refresh()
        self.show_message(editor.confirmation())
        if isinstance(editor, AddUserDialog):
            self.select_user(editor.saved.name)

    def _forget(self, editor: RecordDialog) -> None:
        # passphrases must not linger in a closed form
        editor.clear()
        editor.deleteLater()
        if self.editor is editor:
            self.editor = None

    # -- remove --------------------------------------------------------------------------------
    def ask_remove(self) -> QMessageBox | None:
        """Ask before removing the selected user (opened, not exec()); None when nothing is
        selected or the user is gone."""
        name = self.selected_user()
        if name is None:
            self.show_message(self.tr("Select a user first."), error=True)
            return None
        try:
            warning = users.removal_warning(self.session, name)
        except WorkbenchError as exc:
            self.show_message(str(exc), error=True)
            return None
        details = self.tr("The vault is re-encrypted under a new key, which can take a moment.")
        if name != self.session.user.name:  # for oneself, the warning already says so
            details = self.tr("Their passphrase will no longer open this vault.") + " " + details
        self.question = ask_to_remove(
            self, title=self.tr("Remove user"), text=self.tr("Remove %1?").replace("%1", name),
            details=(warning + "\n\n" if warning else "") + details, warning=bool(warning),
            answered=lambda box, removing: self._answered(box, removing, name))
        return self.question

    def _answered(self, box: QMessageBox, removing: bool, name: str) -> None:
        if self.question is box:
            self.question = None
        if removing and not self._cleared:
            self.start_removal(name)

    def start_removal(self, name: str) -> None:
        """Remove ``name`` (confirmed) off the UI thread, showing that it is busy."""
        session, removal = self.session, _Removal()
        self._removal = removal

        def job(progress: Any) -> Done[str]:
            try:  # on a hub the rows are then re-encrypted here, reporting progress
                return users.remove_user(session, name=name, confirmed=True, progress=progress)
            finally:
                with removal.guard:
                    removal.finished = True
                    if removal.cancelled:
                        session.vault.lock()  # locked meanwhile: wipe the key just installed

        self._set_busy(True, self.tr("Removing %1 and re-encrypting the vault…")
                       .replace("%1", name))
        run_in_background(job, on_done=self._removed, on_error=self._removal_failed,
                          on_progress=self._reencrypting)

    def _reencrypting(self, done: int, total: int) -> None:
        """A hub's rows moving to the new keys: the busy bar counts them."""
        if self._cleared or not total:
            return
        self.busy.setRange(0, total)
        self.busy.setValue(done)
        self.busy.setFormat(self.tr("Re-encrypting rows under the new keys… %v of %m"))

    def is_busy(self) -> bool:
        """True while a removal runs."""
        return self._removal is not None

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy.setVisible(busy)
        self.busy.setRange(0, 0)  # no steps to count, until a hub reports its re-encryption
        self.busy.setFormat(text)
        self.table.setEnabled(not busy)
        self.passphrase_button.setEnabled(not busy)
        self.profile_button.setEnabled(not busy)
        if not busy:
            self._gate_profile()
        self.close_buttons.setEnabled(not busy)
        denial = action_denial(self.session, Action.ADMINISTER_USERS)
        for button in (self.add_button, self.remove_button):
            gate(button, denial)
            button.setEnabled(button.isEnabled() and not busy)
        self.show_message(text)

    def _removed(self, done: Done[str]) -> None:
        self._removal = None
        if self._cleared:
            return  # locked meanwhile: nothing reaches the locked window
        self._set_busy(False)
        message = self.tr("User %1 removed.").replace("%1", done.value)
        announce(self.session, done, self, message)  # the list reloads (Kind.USERS)
        self.show_message(message)

    def _removal_failed(self, exc: Exception) -> None:
        self._removal = None
        if self._cleared:
            return
        self._set_busy(False)
        self.refresh()
        if isinstance(exc, WorkbenchError):
            self.show_message(str(exc), error=True)
        else:
            self.show_message(self.tr("The user could not be removed (%1).")
                              .replace("%1", type(exc).__name__), error=True)

    # -- closing -------------------------------------------------------------------------------
    def reject(self) -> None:
        """Close, except while a removal runs (the lock closes it with QDialog.done)."""
        if not self.is_busy():
            super().reject()

    def _closed(self, _code: int) -> None:
        self.clear()
        self.deleteLater()

    def is_dirty(self) -> bool:
        """True when the open add or passphrase form holds typed input."""
        return self.editor is not None and self.editor.is_dirty()

    def clear(self) -> None:
        """Forget the list and any typed passphrase (the workbench is locking, or closing)."""
        self._cleared = True
        removal = self._removal
        if removal is not None:
            with removal.guard:
                removal.cancelled = True
        if self.editor is not None:
            self.editor.clear()
        self._profiles = {}
        self.model.set_records([])
        self.message.clear()
        self.hint.clear()
        self.profile_hint.clear()
        self.busy.hide()

