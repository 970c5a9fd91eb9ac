"""Connect to a hub…: the address, user and passphrase (and a database password only when the
server asks for one); connecting runs off the UI thread with a busy bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models import hub_address
from models.errors import HubAsksForPassword, WorkbenchError, WrongPassphrase
from ui.editors.base import error_style
from ui.worker import run_in_background

# (address, user, passphrase, database password or None) -> an unlocked Hub
HubOpenFn = Callable[[str, str, str, str | None], Any]


def default_hub_open(address: str, user: str, passphrase: str, db_password: str | None) -> Any:
    """models.hub.open_hub (imported late: it loads psycopg and the ciphers)."""
    from models.hub import open_hub

    return open_hub(address, user, passphrase, db_password=db_password)


def asks_for_password(exc: Exception) -> bool:
    """True when the server refused the login for want of (or a wrong) database password."""
    return isinstance(exc, HubAsksForPassword)


class HubConnectDialog(QDialog):
    """Signals: hub_opened(hub, address) once connected (the dialog then closes).

    Window-modal (``open()``, never ``exec()``). ``message`` says what is wrong with the input
    or why the connection failed; nothing typed is kept after the dialog closes.
    """

    hub_opened = Signal(object, str)

    def __init__(self, parent: QWidget | None = None, *, address: str = "",
                 open_fn: HubOpenFn | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a hub"))
        self._open_fn = open_fn or default_hub_open
        self.busy = False
        self._cancelled = False
        self.intro = QLabel(self.tr(
            "A hub is a team's shared PostgreSQL server. Your workstation encrypts every case "
            "field before it is sent; the server never reads a case."), self)
        self.intro.setWordWrap(True)
        self.address = QLineEdit(address, self)
        self.address.setPlaceholderText("postgresql://hub.example.org/workbench")
        self.address.setAccessibleName(self.tr("Hub address"))
        self.user = QLineEdit(self)
        self.user.setAccessibleName(self.tr("User name"))
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.db_password = QLineEdit(self)
        self.db_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.db_password.setAccessibleName(self.tr("Database password"))
        self.form = QFormLayout()
        for label, widget in ((self.tr("Hub &address"), self.address),
                              (self.tr("&User"), self.user),
                              (self.tr("&Passphrase"), self.passphrase),
                              (self.tr("&Database password"), self.db_password)):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            self.form.addRow(caption, widget)
        self.form.setRowVisible(self.db_password, False)  # only when the server asks
        self.hint = QLabel(self.tr("Address: postgresql://HOST[:PORT]/DATABASE — no user name "
                                   "or password in it."), self)
        self.hint.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: the time a connection takes is unknown
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Connecting"))
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Connection message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button = QPushButton(self.tr("&Connect"), self)
        self.connect_button.setAccessibleName(self.tr("Connect"))
        self.connect_button.setDefault(True)
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.try_connect)
        self.buttons.rejected.connect(self.reject)
        for line in (self.address, self.user, self.passphrase, self.db_password):
            line.textEdited.connect(lambda _t: self._say(""))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        chars = self.fontMetrics().averageCharWidth()
        self.setMinimumWidth(chars * 64)
        (self.user if address else self.address).setFocus()

    def needs_password(self) -> bool:
        """True once the server asked for a database password (its field is shown)."""
        return self.form.isRowVisible(self.db_password)

    def _say(self, text: str, error: bool = True) -> None:
        self.message.setStyleSheet(error_style(self) if error and text else "")
        self.message.setText(("⚠ " + text) if error and text else text)

    def check_input(self) -> str | None:
        """What is wrong with the typed input (the first problem), or None."""
        text = self.address.text().strip()
        if not text:
            return self.tr("Enter the hub's address, e.g. postgresql://hub.example.org/workbench.")
        try:
            hub_address.parse(text)
        except WorkbenchError as exc:  # InvalidInput or InsecureConnection name the problem
            return str(exc)
        if not self.user.text().strip():
            return self.tr("Enter your user name on the hub.")
        if not self.passphrase.text():
            return self.tr("Enter your passphrase.")
        if self.needs_password() and not self.db_password.text():
            return self.tr("The hub's server asks for a database password: enter it.")
        return None

    def try_connect(self) -> None:
        """Check the input, then connect in the thread pool (the form is disabled meanwhile)."""
        if self.busy:
            return
        problem = self.check_input()
        if problem:
            self._say(problem)
            return
        address, user = self.address.text().strip(), self.user.text().strip()
        passphrase = self.passphrase.text()
        password = self.db_password.text() if self.needs_password() else None
        self._set_busy(True)
        self._say(self.tr("Connecting to the hub…"), error=False)
        open_fn = self._open_fn
        run_in_background(lambda _p: open_fn(address, user, passphrase, password),
                          on_done=lambda hub: self._opened(hub, address),
                          on_error=self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        for widget in (self.address, self.user, self.passphrase, self.db_password,
                       self.connect_button):
            widget.setEnabled(not busy)

    def _opened(self, hub: Any, address: str) -> None:
        self._set_busy(False)
        self._wipe()
        if self._cancelled:
            hub.lock()  # cancelled while connecting: nothing stays open
            return
        self.hub_opened.emit(hub, address)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        if asks_for_password(exc):
            asked = self.needs_password() and bool(self.db_password.text())
            self.form.setRowVisible(self.db_password, True)
            self.db_password.clear()
            self._say(self.tr("The database password was not accepted; try again.") if asked
                      else self.tr("The hub's server asks for a database password: enter it "
                                   "below, with your passphrase again."))
            self.passphrase.setFocus()
            return
        if isinstance(exc, WrongPassphrase):
            text = self.tr("Wrong user name or passphrase.")
        elif isinstance(exc, WorkbenchError):
            text = str(exc)
        else:
            text = self.tr("The hub could not be opened.")
        self._say(text)
        self.passphrase.setFocus()

    def _wipe(self) -> None:
        self.passphrase.clear()
        self.db_password.clear()

    def reject(self) -> None:
        """Cancel (Esc): forget what was typed; a connection still under way is closed."""
        self._cancelled = self.busy
        self._wipe()
        super().reject()
