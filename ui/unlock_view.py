"""Unlock screen: user + passphrase; wrong tries say so at once, then wait longer each time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import WorkbenchError, WrongPassphrase
from ui.i18n import translate
from ui.worker import run_in_background

OpenFn = Callable[[str, str, str], Any]  # (vault_path or hub address, user, passphrase) -> Vault
FREE_TRIES = 3
MAX_DELAY_S = 60


def delay_after(failures: int) -> int:
    """Seconds to wait before the next try: none for the first tries, then doubling."""
    if failures < FREE_TRIES:
        return 0
    return min(2 ** (failures - FREE_TRIES + 1), MAX_DELAY_S)


def _default_open(path: str, user: str, passphrase: str) -> Any:
    from models.hub_address import is_hub_address

    if is_hub_address(path):  # the lock screen of a hub (libpq finds any database password)
        from models.hub import open_hub

        return open_hub(path, user, passphrase)
    from models.vault import open_vault  # imported late: the vault module loads SQLCipher

    return open_vault(path, user=user, passphrase=passphrase)


class UnlockView(QWidget):
    """Signals: unlocked(vault), failed(message). Opening runs off the UI thread."""

    unlocked = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        vault_path: str,
        parent: QWidget | None = None,
        open_fn: OpenFn | None = None,
        banner: str | None = None,
        heading: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault_path = vault_path
        self._open_fn = open_fn or _default_open
        self.failures = 0
        self._wait_left = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.heading = QLabel(heading or self.tr("Unlock the vault"), self)
        self.heading.setAccessibleName(self.tr("Heading"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.heading.setFont(font)
        self.banner = QLabel(banner or "", self)
        self.banner.setWordWrap(True)
        self.banner.setVisible(bool(banner))
        self.banner.setAccessibleName(self.tr("Demo information"))
        self.banner.setFrameShape(QLabel.Shape.StyledPanel)
        self.banner.setMargin(8)
        self.user = QLineEdit(self)
        self.user.setAccessibleName(self.tr("User name"))
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.user.returnPressed.connect(self.passphrase.setFocus)
        self.button = QPushButton(self.tr("&Unlock"), self)
        self.button.setAccessibleName(self.tr("Unlock"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.try_unlock)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Unlock message"))
        self._build_layout()

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&User"), self.user)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        box = QWidget(self)
        inner = QVBoxLayout(box)
        for widget in (self.heading, self.banner):
            inner.addWidget(widget)
        inner.addLayout(form)
        inner.addWidget(self.button)
        inner.addWidget(self.message)
        # Widths in characters, so that 200% font scaling widens the form instead of clipping.
        chars = self.fontMetrics().averageCharWidth()
        box.setMinimumWidth(chars * 48)
        box.setMaximumWidth(chars * 72)
        # Stretches, not an alignment flag: an aligned widget gets its sizeHint and a
        # word-wrapped banner then loses lines; stretches keep height-for-width working.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def focus_first(self) -> None:
        """Put the cursor where typing should start."""
        (self.passphrase if self.user.text() else self.user).setFocus()

    def try_unlock(self) -> None:
        """Open the vault with the typed credentials (in the thread pool)."""
        if self._wait_left or not self.button.isEnabled():
            return
        user, passphrase = self.user.text().strip(), self.passphrase.text()
        if not user or not passphrase:
            self.message.setText(self.tr("Enter your user name and passphrase."))
            return
        self._set_busy(True)
        self.message.setText(self.tr("Unlocking…"))
        path, open_fn = self.vault_path, self._open_fn
        run_in_background(
            lambda _progress: open_fn(path, user, passphrase),
            on_done=self._on_opened,
            on_error=self._on_error,
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.user, self.passphrase, self.button):
            widget.setEnabled(not busy)

    def _on_opened(self, vault: Any) -> None:
        self.failures = 0
        self.passphrase.clear()
        self.message.clear()
        self._set_busy(False)
        self.unlocked.emit(vault)

    def _on_error(self, exc: Exception) -> None:
        self.passphrase.clear()
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase):
            self.failures += 1
            text = self.tr("Wrong user name or passphrase.")
            wait = delay_after(self.failures)
            if wait:
                self._start_wait(wait)
        elif isinstance(exc, WorkbenchError):
            text = str(exc)  # typed errors carry a message written for people
        else:
            text = self.tr("The vault could not be opened.")
        if not self._wait_left:
            self.message.setText(text)
        self.passphrase.setFocus()
        self.failed.emit(text)

    def _start_wait(self, seconds: int) -> None:
        self._wait_left = seconds
        self._set_busy(True)
        self._show_wait()
        self._timer.start()

    def _show_wait(self) -> None:
        self.message.setText(
            translate("UnlockView", "Wrong user name or passphrase. Try again in %n second(s).",
                      None, self._wait_left)
        )

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left > 0:
            self._show_wait()
            return
        self._timer.stop()
        self._set_busy(False)
        self.message.setText(self.tr("Wrong user name or passphrase. You can try again now."))
        self.passphrase.setFocus()

    def waiting_seconds(self) -> int:
        """Seconds left before another try is allowed."""
        return self._wait_left
