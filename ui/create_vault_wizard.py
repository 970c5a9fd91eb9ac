"""Create-vault wizard: folder, first user and role, passphrase, then the recovery code once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from models.records import Role
from ui.i18n import translate
from ui.strength import MIN_LENGTH, StrengthMeter
from ui.users_dialog import role_text
from ui.worker import run_in_background

CreateFn = Callable[[str, str, Role, str], tuple[Any, str]]  # -> (vault, recovery_code)


def _default_create(path: str, user: str, role: Role, passphrase: str) -> tuple[Any, str]:
    from models.vault import create_vault  # late: loads SQLCipher

    return create_vault(path, user=user, role=role, passphrase=passphrase)


def _line(parent: QWidget, name: str, secret: bool = False) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setAccessibleName(name)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class LocationPage(QWizardPage):
    """Where the vault goes and who the first user is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("New vault"))
        self.setSubTitle(self.tr("A vault is an encrypted folder. Pick an empty or new folder."))
        self.folder = _line(self, self.tr("Vault folder"))
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.setAccessibleName(self.tr("Browse for vault folder"))
        self.browse.clicked.connect(self._browse)
        self.user = _line(self, self.tr("Your user name"))
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Your role"))
        for role in Role:
            self.role.addItem(role_text(role), role)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        form = QFormLayout(self)
        folder_label = QLabel(self.tr("Vault &folder"), self)
        folder_label.setBuddy(self.folder)  # a row of a layout has no buddy of its own
        form.addRow(folder_label, row)
        form.addRow(self.tr("Your &user name"), self.user)
        form.addRow(self.tr("Your &role"), self.role)
        self.folder.textChanged.connect(self.completeChanged)
        self.user.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.folder.text().strip() and self.user.text().strip())

    def validatePage(self) -> bool:
        path = Path(self.folder.text().strip()).expanduser()
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            self.setSubTitle(self.tr("That folder is not empty. Choose a new or empty folder."))
            return False
        return True

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Vault folder"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.fileSelected.connect(self.folder.setText)
        dialog.open()


class PassphrasePage(QWizardPage):
    """Passphrase, confirmation and strength; creates the vault when left (commit page)."""

    def __init__(self, wizard: CreateVaultWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Your passphrase"))
        self.setSubTitle(translate("PassphrasePage", "At least %n character(s). A few unrelated words work well.", None, MIN_LENGTH))
        self.passphrase = _line(self, self.tr("Passphrase"), secret=True)
        self.confirm = _line(self, self.tr("Confirm passphrase"), secret=True)
        self.meter = StrengthMeter(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Passphrase message"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        form.addRow(self.tr("Strength"), self.meter)
        form.addRow(self.tr("&Confirm"), self.confirm)
        form.addRow(self.message)
        self.passphrase.textChanged.connect(self._changed)
        self.confirm.textChanged.connect(self._changed)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create vault"))
        self._busy = False

    def _changed(self) -> None:
        self.meter.update_for(self.passphrase.text())
        self.message.setText(self.problem() or "")
        self.completeChanged.emit()

    def problem(self) -> str | None:
        """Why the passphrase cannot be used yet, or None."""
        text = self.passphrase.text()
        if len(text) < MIN_LENGTH:
            return translate("PassphrasePage", "The passphrase needs at least %n character(s).", None, MIN_LENGTH)
        if self.confirm.text() != text:
            return self.tr("The two passphrases do not match yet.")
        return None

    def isComplete(self) -> bool:
        return not self._busy and self.problem() is None

    def validatePage(self) -> bool:
        if self._wizard.vault is not None:
            return True
        if self._busy or self.problem():
            return False
        self._busy = True
        self.completeChanged.emit()
        self.message.setText(self.tr("Creating the vault…"))
        self._wizard.start_create(self.passphrase.text())
        return False  # the wizard moves on when the vault exists

    def creation_failed(self, message: str) -> None:
        """Show why creation failed and allow another try."""
        self._busy = False
        self.message.setText(message)
        self.completeChanged.emit()

    def clear(self) -> None:
        """Wipe both passphrase fields."""
        self.passphrase.clear()
        self.confirm.clear()


class RecoveryPage(QWizardPage):
    """Shows the recovery code once; Finish only after the person says it is stored."""

    def __init__(self, wizard: CreateVaultWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Recovery code"))
        self.setSubTitle(self.tr("Shown only now. It opens the vault if every passphrase is lost."))
        self.code = QLineEdit(self)
        self.code.setReadOnly(True)
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setFont(QFont("monospace"))
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print recovery code"))
        self.print_button.clicked.connect(self._print)
        self.save_button = QPushButton(self.tr("&Save to file…"), self)
        self.save_button.setAccessibleName(self.tr("Save recovery code to a file"))
        self.save_button.clicked.connect(self._save)
        self.stored = QCheckBox(self.tr("I have stored the recovery code in a safe place"), self)
        self.stored.setAccessibleName(self.tr("I have stored the recovery code"))
        self.stored.toggled.connect(self.completeChanged)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code)
        layout.addLayout(buttons)
        layout.addWidget(self.stored)

    def initializePage(self) -> None:
        self.code.setText(self._wizard.recovery_code)

    def isComplete(self) -> bool:
        return self.stored.isChecked()

    def _print(self) -> None:
        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        doc = QTextDocument(self)
        doc.setPlainText(self.tr("Workbench vault recovery code") + "\n\n" + self.code.text())
        dialog.accepted.connect(lambda: doc.print_(printer))
        dialog.open()

    def _save(self) -> None:
        dialog = QFileDialog(self, self.tr("Save recovery code"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile("recovery-code.txt")
        dialog.fileSelected.connect(self.save_to)
        dialog.open()

    def save_to(self, path: str) -> None:
        """Write the code to ``path`` readable by the owner only."""
        target = Path(path)
        target.write_text(self.code.text() + "\n", encoding="utf-8")
        target.chmod(0o600)


class CreateVaultWizard(QWizard):
    """Signals: vault_created(path, vault) after Finish; the vault is open as its first user."""

    vault_created = Signal(str, object)

    def __init__(self, parent: QWidget | None = None, create_fn: CreateFn | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workbench"))
        self.setAccessibleName(self.tr("Create a vault"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self._create_fn = create_fn or _default_create
        self.vault: Any = None
        self.recovery_code = ""
        self.location = LocationPage(self)
        self.passphrase = PassphrasePage(self)
        self.recovery = RecoveryPage(self)
        for page in (self.location, self.passphrase, self.recovery):
            self.addPage(page)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                      QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
                      QWizard.WizardButton.CancelButton, QWizard.WizardButton.HelpButton):
            button = self.button(which)
            button.setAccessibleName(button.text().replace("&", "").strip(" <>"))

    def start_create(self, passphrase: str) -> None:
        """Create the vault in the thread pool (Argon2 takes a moment)."""
        path = str(Path(self.location.folder.text().strip()).expanduser())
        user = self.location.user.text().strip()
        role = self.location.role.currentData()
        create = self._create_fn
        run_in_background(
            lambda _p: create(path, user, role, passphrase),
            on_done=self._created,
            on_error=lambda exc: self.passphrase.creation_failed(str(exc)),
        )

    def _created(self, result: tuple[Any, str]) -> None:
        self.vault, self.recovery_code = result
        self.passphrase.clear()
        self.next()

    def vault_path(self) -> str:
        """The folder the vault was created in."""
        return str(Path(self.location.folder.text().strip()).expanduser())

    def accept(self) -> None:
        """Finish: hand the open vault over, then forget the recovery code."""
        super().accept()
        self.vault_created.emit(self.vault_path(), self.vault)
        self.clear()

    def clear(self) -> None:
        """Forget the recovery code and passphrases (also used when locking)."""
        self.recovery_code = ""
        self.recovery.code.clear()
        self.passphrase.clear()
