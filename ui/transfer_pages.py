"""The three pages of File → Partner transfer… (ui.transfer_dialog): Send, Receive and
Organisation key. Each page reads its form, calls one operation of
workbench.operations.transfer through the dialog's ``run`` (off the UI thread) and shows
the result; no logic of its own. Paths are typed or chosen with Qt's own file dialog
(window-modal, never native, so the lock can close it and nothing is remembered)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exports.consent_gate import PacketPlan
from models.errors import ConsentRefused, WorkbenchError
from ui.i18n import translate
from ui.permissions import action_denial, gate
from workbench.operations import transfer as ops
from workbench.operations.policy import Action

if TYPE_CHECKING:
    from ui.transfer_dialog import TransferDialog

NO_COMPELLED = QT_TRANSLATE_NOOP("SendPage", "A transfer goes only under the survivor's consent. "
                                             "A compelled release (subpoena, court order) is "
                                             "made as a packet, not here.")


class PathRow(QWidget):
    """A typed path with a Choose… button; ``described`` shows a key's fingerprint."""

    def __init__(self, parent: QWidget, name: str, title: str, name_filter: str, *,
                 save: bool = False, folder: bool = False, describe: bool = False) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(name)
        self.choose = QPushButton(self.tr("Choose…"), self)
        self.choose.setAccessibleName(self.tr("Choose %1").replace("%1", name.lower()))
        self.choose.setAutoDefault(False)
        self.choose.clicked.connect(self.open_picker)
        self.described = QLabel(self)
        self.described.setWordWrap(True)
        self.described.hide()  # shown once there is a key to describe
        self._describes = describe
        self._title, self._filter, self._save, self._folder = title, name_filter, save, folder
        self.picker: QFileDialog | None = None
        self.picked: Path | None = None  # chosen in the picker (which asked before replacing)
        if describe:
            self.edit.editingFinished.connect(self.describe)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.described)

    def path(self) -> Path | None:
        """The path typed or chosen (None when empty)."""
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, text: str) -> None:
        """Set the path (and show the key it names)."""
        self.edit.setText(text)
        if self._describes:
            self.describe()

    def open_picker(self) -> QFileDialog:
        """Qt's own file dialog, window-modal (the lock can close it)."""
        picker = QFileDialog(self, self._title, self.edit.text() or str(Path.home()))
        picker.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        if self._folder:
            picker.setFileMode(QFileDialog.FileMode.Directory)
        elif self._save:
            picker.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            picker.setDefaultSuffix("wbx")
        else:
            picker.setFileMode(QFileDialog.FileMode.ExistingFile)
        if self._filter:
            picker.setNameFilter(self._filter)
        picker.fileSelected.connect(self._chosen)
        self.picker = picker
        picker.open()
        return picker

    def _chosen(self, text: str) -> None:
        self.set_path(text)
        self.picked = self.path()

    def describe(self) -> None:
        """Show the organisation and fingerprint of the key file named (or why not)."""
        path = self.path()
        if path is None:
            self.forget()
            return
        try:
            public = ops.describe_key(path)
        except WorkbenchError as exc:
            text = "⚠ " + str(exc)
        else:
            text = (self.tr("%1 — fingerprint %2 (compare it by phone)")
                    .replace("%1", public.organisation).replace("%2", public.fingerprint))
        self.described.setText(text)
        self.described.show()

    def forget(self) -> None:
        """Empty the path and what was shown of its key."""
        self.edit.clear()
        self.picked = None
        self.described.clear()
        self.described.hide()


def _secret(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    return edit


def _form(page: QWidget, rows: list[tuple[str, QWidget]]) -> QFormLayout:
    form = QFormLayout()
    for text, field in rows:
        label = QLabel(text, page)
        label.setBuddy(field.edit if isinstance(field, PathRow) else field)
        form.addRow(label, field)
    return form


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    """Replace the table's rows."""
    table.setRowCount(0)
    for values in rows:
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
    table.resizeColumnsToContents()


class SendPage(QWidget):
    """The open case to a recipient its consents name: their key, ours, the plan, the file."""

    def __init__(self, dialog: TransferDialog, case_id: int | None) -> None:
        super().__init__(dialog)
        self.dialog, self.case_id = dialog, case_id
        self.recipient = QComboBox(self)
        self.recipient.setAccessibleName(self.tr("Recipient and purpose"))
        self.their_key = PathRow(self, self.tr("Recipient's public key"),
                                 self.tr("The recipient's org.pub"),
                                 self.tr("Public keys (*.pub)"), describe=True)
        self.our_key = PathRow(self, self.tr("Our organisation key"), self.tr("Our org.key"),
                               self.tr("Organisation keys (*.key)"), describe=True)
        self.passphrase = _secret(self, self.tr("Passphrase of our key"))
        self.out = PathRow(self, self.tr("Bundle file"), self.tr("Save the bundle as"),
                           self.tr("Transfer bundles (*.wbx)"), save=True)
        self.out.edit.setText(str(Path.home() / "partner-transfer.wbx"))  # says nothing
        self.plan = _table(self, self.tr("What goes and what stays"),
                           [self.tr("Goes / stays"), self.tr("Category"),
                            self.tr("Record or reason")])
        self.send_button = QPushButton(self.tr("&Write the bundle"), self)
        self.send_button.setAccessibleName(self.tr("&Write the bundle").replace("&", ""))
        self.send_button.clicked.connect(self.send)
        note = QLabel(translate("SendPage", NO_COMPELLED), self)
        note.setWordWrap(True)
        # a disabled button takes no focus, so its tooltip is out of a keyboard's reach: say it
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(_form(self, [
            (self.tr("Rec&ipient"), self.recipient), (self.tr("&Their key (.pub)"),
                                                       self.their_key),
            (self.tr("&Our key (.key)"), self.our_key), (self.tr("Pass&phrase"),
                                                         self.passphrase),
            (self.tr("&Bundle file"), self.out)]))
        layout.addWidget(self.plan, 1)
        layout.addWidget(note)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.send_button)
        layout.addLayout(row)
        self._fill()

    def _fill(self) -> None:
        denial = action_denial(self.dialog.session, Action.PACKET)
        if self.case_id is None or denial is not None:
            self._refuse(denial or self.tr("Open a case first: a transfer sends the open "
                                           "case."))
            self.recipient.setEnabled(False)
            return
        for recipient, purpose in ops.transfer_recipients(self.dialog.session,
                                                           case_id=self.case_id):
            self.recipient.addItem(f"{recipient} — {purpose}", (recipient, purpose))
        self.recipient.currentIndexChanged.connect(lambda _i: self.preview())
        if self.recipient.count() == 0:
            self._refuse(self.tr("No active consent of this case lets anything go to a "
                                 "partner; record the survivor's consent first."))
        self.preview()

    def _refuse(self, why: str) -> None:
        gate(self.send_button, why)
        self.hint.setText(why)
        self.hint.show()

    def preview(self) -> bool:
        """Show the plan for the chosen recipient; False when nothing may go."""
        chosen = self.recipient.currentData()
        if chosen is None or self.case_id is None:
            fill_table(self.plan, [])
            return False
        try:
            planned = ops.plan_transfer(self.dialog.session, case_id=self.case_id,
                                        recipient=chosen[0], purpose=chosen[1])
        except ConsentRefused as exc:  # nothing may go: still show what stays, and why
            refused = exc.plan if isinstance(exc.plan, PacketPlan) else None
            fill_table(self.plan, [] if refused is None else [
                (self.tr("stays"), w.category.value.replace("_", " "),
                 w.note or w.reason.value) for w in refused.withheld])
            self.dialog.show_message(str(exc), error=True)
            return False
        except WorkbenchError as exc:
            fill_table(self.plan, [])
            self.dialog.show_message(str(exc), error=True)
            return False
        fill_table(self.plan, [(self.tr("goes"), c.replace("_", " "), label)
                               for c, label in planned.included()]
                   + [(self.tr("stays"), c.replace("_", " "), why)
                      for c, why in planned.withheld()])
        self.dialog.show_message("")
        return True

    def send(self) -> bool:
        """Write the bundle in the background; False when the form is incomplete."""
        chosen, theirs, ours, out = (self.recipient.currentData(), self.their_key.path(),
                                     self.our_key.path(), self.out.path())
        if chosen is None or self.case_id is None or None in (theirs, ours, out):
            self.dialog.show_message(self.tr("Choose the recipient, their key, our key and the "
                                             "bundle file."), error=True)
            return False
        session, passphrase, case_id = self.dialog.session, self.passphrase.text(), self.case_id
        assert theirs is not None and ours is not None and out is not None
        replace = out == self.out.picked  # a typed name never replaces a file unasked
        return self.dialog.run(
            lambda: ops.export_transfer(session, case_id=case_id, recipient=chosen[0],
                                        purpose=chosen[1], to_key=theirs, from_key=ours,
                                        passphrase=passphrase, out=out, force=replace),
            self.dialog.sent_done, self.tr("Encrypting and signing the bundle…"))

    def clear(self) -> None:
        """Forget the passphrase, the plan and the choices."""
        self.hint.clear()
        self.passphrase.clear()
        self.recipient.clear()
        fill_table(self.plan, [])
        for row in (self.their_key, self.our_key, self.out):
            row.forget()


class ReceivePage(QWidget):
    """A bundle, our key, the trusted sender's key: check (dry run), then import."""

    def __init__(self, dialog: TransferDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.checked: tuple[Any, ...] | None = None  # the inputs the last check verified
        self.bundle = PathRow(self, self.tr("Bundle file"), self.tr("Open a bundle"),
                              self.tr("Transfer bundles (*.wbx)"))
        self.our_key = PathRow(self, self.tr("Our organisation key"), self.tr("Our org.key"),
                               self.tr("Organisation keys (*.key)"), describe=True)
        self.passphrase = _secret(self, self.tr("Passphrase of our key"))
        self.trust = PathRow(self, self.tr("Trusted sender's public key"),
                             self.tr("The sender's org.pub"), self.tr("Public keys (*.pub)"),
                             describe=True)
        self.incoming = _table(self, self.tr("What comes in"), [self.tr("Record")])
        self.check_button = QPushButton(self.tr("&Check"), self)
        self.check_button.setAccessibleName(self.tr("&Check").replace("&", ""))
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setAccessibleName(self.tr("&Import").replace("&", ""))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_now)
        denial = action_denial(dialog.session, Action.IMPORT_CASES)
        self.denial = QLabel(denial or "", self)
        self.denial.setWordWrap(True)
        self.denial.setVisible(denial is not None)
        gate(self.check_button, denial)
        layout = QVBoxLayout(self)
        layout.addWidget(self.denial)
        layout.addLayout(_form(self, [
            (self.tr("&Bundle (.wbx)"), self.bundle), (self.tr("&Our key (.key)"),
                                                        self.our_key),
            (self.tr("Pass&phrase"), self.passphrase), (self.tr("&Trusted sender (.pub)"),
                                                         self.trust)]))
        layout.addWidget(self.incoming, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.check_button)
        row.addWidget(self.import_button)
        layout.addLayout(row)
        for edit in (self.bundle.edit, self.our_key.edit, self.passphrase, self.trust.edit):
            edit.textChanged.connect(self._inputs_changed)

    def _inputs(self) -> tuple[Path, Path, str, Path] | None:
        bundle, key, trust = self.bundle.path(), self.our_key.path(), self.trust.path()
        if bundle is None or key is None or trust is None:
            self.dialog.show_message(self.tr("Choose the bundle, our key and the trusted "
                                             "sender's key."), error=True)
            return None
        return bundle, key, self.passphrase.text(), trust

    def _inputs_changed(self) -> None:
        """Another file or passphrase: it must be checked again before it is imported."""
        self.checked = None
        self.import_button.setEnabled(False)
        self.import_button.setDefault(False)
        self.check_button.setDefault(self.isVisible())

    def check(self) -> bool:
        """Verify and decrypt in the background; show what would come in."""
        given = self._inputs()
        if given is None:
            return False
        session = self.dialog.session
        bundle, key, passphrase, trust = given
        return self.dialog.run(
            lambda: ops.read_incoming(session, path=bundle, key=key, passphrase=passphrase,
                                      trust=trust),
            lambda incoming: self._checked(incoming, given), self.tr("Verifying the bundle…"))

    def _checked(self, incoming: ops.Incoming, given: tuple[Any, ...]) -> None:
        fill_table(self.incoming, [(line,) for line in incoming.labels()])
        target = (self.tr("a new case") if incoming.case_id is None
                  else self.tr("an update of the case it made before"))
        self.dialog.show_message(
            self.tr("Verified: signed by %1 (%2). It would make %3. Nothing was written yet.")
            .replace("%1", incoming.sender.organisation)
            .replace("%2", incoming.sender.fingerprint).replace("%3", target))
        self.checked = (*given, incoming.sha256)
        self.import_button.setEnabled(True)
        self.check_button.setDefault(False)
        self.import_button.setDefault(True)  # Enter imports what was just shown

    def import_now(self) -> bool:
        """Import what the last check verified, in the background."""
        if self.checked is None:
            return False
        bundle, key, passphrase, trust, shown = self.checked
        session = self.dialog.session
        self._inputs_changed()
        return self.dialog.run(
            lambda: ops.import_transfer(session, path=bundle, key=key, passphrase=passphrase,
                                        trust=trust, expected_sha256=shown),
            self.dialog.received_done, self.tr("Importing…"))

    def clear(self) -> None:
        """Forget the passphrase, the preview and the choices."""
        self.checked = None
        self.passphrase.clear()
        fill_table(self.incoming, [])
        for row in (self.bundle, self.our_key, self.trust):
            row.forget()


class KeyPage(QWidget):
    """Make the organisation's key pair in a folder, with a passphrase typed twice."""

    def __init__(self, dialog: TransferDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.folder = PathRow(self, self.tr("Key folder"), self.tr("Folder for the keys"), "",
                              folder=True)
        self.organisation = QLineEdit(self)
        self.organisation.setAccessibleName(self.tr("Organisation name"))
        self.passphrase = _secret(self, self.tr("Passphrase of the new key"))
        self.repeat = _secret(self, self.tr("Passphrase again"))
        self.make_button = QPushButton(self.tr("&Make the key pair"), self)
        self.make_button.setAccessibleName(self.tr("&Make the key pair").replace("&", ""))
        self.make_button.clicked.connect(lambda: self.make())  # not make(checked)
        hint = QLabel(self.tr("org.key stays here (keep a backup; it is sealed under the "
                              "passphrase). Give org.pub to partner agencies and read them the "
                              "fingerprint by phone."), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(_form(self, [
            (self.tr("&Folder"), self.folder), (self.tr("&Organisation"), self.organisation),
            (self.tr("Pass&phrase"), self.passphrase), (self.tr("&Again"), self.repeat)]))
        layout.addWidget(hint)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.make_button)
        layout.addLayout(row)

    def make(self, kdf_profile: str = "calibrated") -> bool:
        """Make the keys in the background; False when the form is refused."""
        folder = self.folder.path()
        if folder is None:
            self.dialog.show_message(self.tr("Choose the folder for the keys."), error=True)
            return False
        if self.passphrase.text() != self.repeat.text():
            self.dialog.show_message(self.tr("The two passphrases differ; type them again."),
                                     error=True)
            return False
        name, passphrase = self.organisation.text(), self.passphrase.text()
        made: Callable[[], Any] = lambda: (ops.keygen(  # noqa: E731 - one call, named
            folder=folder, organisation=name, passphrase=passphrase,
            kdf_profile=kdf_profile), folder)
        return self.dialog.run(made, self.dialog.keys_done,
                               self.tr("Making the key pair (a few seconds)…"))

    def clear(self) -> None:
        """Forget the passphrases and the choices."""
        for edit in (self.passphrase, self.repeat, self.organisation, self.folder.edit):
            edit.clear()
