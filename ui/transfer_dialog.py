"""File → Partner transfer…: send the open case to a partner agency under the survivor's
consent, receive a partner's bundle, or make the organisation's key pair.

Three pages (ui.transfer_pages): **Send** (a recipient from the case's active consents,
their org.pub, our org.key and its passphrase, a preview of exactly what goes and what
stays, then the .wbx written and its disclosure recorded), **Receive** (the .wbx, our key,
the trusted sender's org.pub, Check = the dry run, then Import), **Organisation key** (a key
pair made in a folder, the passphrase typed twice). Every operation runs off the UI thread
with a busy bar; the dialog then says what was written where, or why it was refused.
Window-modal via ``open()``; the lock closes it (``clear`` forgets every passphrase, plan
and path, and a result arriving afterwards is dropped).

Signals: sent(TransferSent), received(TransferReceived), keys_made(OrgPublic),
failed(message).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.errors import WorkbenchError
from ui.editors.base import show_status
from ui.operation_signals import announce
from ui.session import UiSession
from ui.transfer_pages import KeyPage, ReceivePage, SendPage
from ui.worker import run_in_background


class TransferDialog(QDialog):
    """The partner transfer dialog; see the module docstring."""

    sent = Signal(object)
    received = Signal(object)
    keys_made = Signal(object)
    failed = Signal(str)

    def __init__(self, session: UiSession, parent: QWidget | None = None,
                 case_id: int | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Partner transfer"))  # never case data
        self.setAccessibleName(self.tr("Partner transfer"))
        self._busy = False
        self._cleared = False
        self.last_result: Any = None
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # the key derivation has no steps to count
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Transfer message"))
        # room for a three-line confirmation, so it never pushes the buttons out of view
        self.message.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 4)
        self.tabs = QTabWidget(self)
        self.send_page = SendPage(self, case_id)
        self.receive_page = ReceivePage(self)
        self.key_page = KeyPage(self)
        self.tabs.addTab(self.send_page, self.tr("&Send"))
        self.tabs.addTab(self.receive_page, self.tr("&Receive"))
        self.tabs.addTab(self.key_page, self.tr("Organisation &key"))
        self.tabs.currentChanged.connect(self._page_changed)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.finished.connect(self._closed)
        self._set_default(0)
        self.resize(760, 680)

    def _page_changed(self, index: int) -> None:
        """Enter presses the visible page's action; the last page's message goes."""
        self._set_default(index)
        if not self._busy:
            self.show_message("")

    def _set_default(self, index: int) -> None:
        for page_index, button in ((0, self.send_page.send_button),
                                   (1, self.receive_page.check_button),
                                   (2, self.key_page.make_button)):
            button.setDefault(page_index == index)

    # -- running an operation ------------------------------------------------------------------
    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None], working: str) -> bool:
        """Run ``fn`` off the UI thread, then ``on_done(result)``; False when busy."""
        if self._busy:
            return False
        self._set_busy(True, working)

        def done(result: Any) -> None:
            if self._cleared:
                return  # locked meanwhile: nothing reaches the locked window
            self._set_busy(False)
            on_done(result)

        run_in_background(lambda _progress: fn(), on_done=done, on_error=self._failed)
        return True

    def sent_done(self, done: Any) -> None:
        """A bundle written: say where, to whom, and that it is a recorded disclosure."""
        sent = done.value
        self.last_result = sent
        message = (self.tr("Wrote %1: %2 records (%3), encrypted to %4 (%5). Recorded as "
                           "disclosure %6 in the case's log.")
                   .replace("%1", str(sent.path)).replace("%2", str(sent.records))
                   .replace("%3", ", ".join(c.replace("_", " ") for c in sent.categories))
                   .replace("%4", sent.recipient.organisation)
                   .replace("%5", sent.recipient.fingerprint)
                   .replace("%6", str(sent.disclosure_id)))
        announce(self.session, done, self, message)
        self.send_page.passphrase.clear()
        self.show_message(message)
        self.sent.emit(sent)

    def received_done(self, done: Any) -> None:
        """A bundle imported: which case, how many records, the receipt."""
        got = done.value
        self.last_result = got
        verb = self.tr("Created") if got.created else self.tr("Updated")
        message = (self.tr("%1 case %2 from %3: %4 records added, %5 updated. The receipt is "
                           "recorded; the same bundle will be refused if sent again.")
                   .replace("%1", verb).replace("%2", got.case_ref)
                   .replace("%3", got.sender.organisation).replace("%4", str(got.added))
                   .replace("%5", str(got.updated)))
        announce(self.session, done, self, message)
        self.receive_page.passphrase.clear()
        self.show_message(message)
        self.received.emit(got)

    def keys_done(self, made: Any) -> None:
        """A key pair made: where, and the fingerprint to read out."""
        public, folder = made
        self.last_result = public
        self.key_page.passphrase.clear()
        self.key_page.repeat.clear()
        self.show_message(self.tr("Wrote %1 (private, keep a backup) and %2 (give it to "
                                  "partners). Fingerprint: %3")
                          .replace("%1", str(folder / "org.key"))
                          .replace("%2", str(folder / "org.pub"))
                          .replace("%3", public.fingerprint))
        self.keys_made.emit(public)

    def _failed(self, exc: Exception) -> None:
        if self._cleared:
            return
        self._set_busy(False)
        if isinstance(exc, WorkbenchError):
            message = str(exc)
        else:
            message = (self.tr("That did not work (%1); nothing was written.")
                       .replace("%1", type(exc).__name__))
        self.show_message(message, error=True)
        self.failed.emit(message)

    def _set_busy(self, busy: bool, working: str = "") -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.tabs.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        if busy:
            self.show_message(working)

    def show_message(self, text: str, *, error: bool = False) -> None:
        """A status line: the confirmation, or an error in the error colour."""
        show_status(self.message, text, error=error)

    def is_busy(self) -> bool:
        """True while an operation runs."""
        return self._busy

    # -- closing -------------------------------------------------------------------------------
    def reject(self) -> None:
        """Close, except while working (the lock closes it with QDialog.done)."""
        if not self._busy:
            super().reject()

    def _closed(self, _code: int) -> None:
        self.clear()

    def clear(self) -> None:
        """Forget every passphrase, plan, path and result (the workbench is locking)."""
        self._cleared = True
        for page in (self.send_page, self.receive_page, self.key_page):
            page.clear()
        self.message.clear()
        self.progress.hide()
        self.last_result = None
