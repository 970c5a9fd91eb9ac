"""The "Packets & disclosures" tab: a "New packet…" button above the case's disclosure history."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from models.errors import WorkbenchError
from models.records import Case
from ui.packet_dialog import PacketDialog
from ui.packet_folder import folder_problem
from ui.permissions import action_denial, gate
from ui.session import UiSession
from workbench.operations import packets
from workbench.operations.policy import Action

log = logging.getLogger(__name__)


class PacketsTab(QWidget):
    """The builder's button above the disclosure history (which reloads itself when a packet
    is recorded: the builder announces the disclosure on the session's signals)."""

    def __init__(self, session: UiSession, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.case = session, case
        self.dialog: PacketDialog | None = None
        self.last_folder = ""  # kept in memory only: never in QSettings or QtProject.conf
        self.new_button = QPushButton(self.tr("&New packet…"), self)
        self.new_button.setAccessibleName(self.tr("New packet"))
        self.new_button.clicked.connect(self.new_packet)
        gate(self.new_button, action_denial(session, Action.PACKET))
        self.notice = QLabel(self)
        self.notice.setAccessibleName(self.tr("Packets notice"))
        self.notice.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.notice, 1)
        self.history = self._history()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        if self.history is not None:
            layout.addWidget(self.history, 1)

    def _history(self) -> QWidget | None:
        try:
            from ui.disclosures_tab import DisclosuresTab

            return DisclosuresTab(self.session, self.case, self)
        except Exception:  # noqa: BLE001 - the builder still works without the history table
            log.exception("disclosure history unavailable for case id %s", self.case.id)
            return None

    def new_packet(self) -> PacketDialog | None:
        """Open the builder window-modal (never exec(): the lock must stay possible)."""
        try:
            records = packets.case_records(self.session, case_id=self.case.id)
        except WorkbenchError as exc:
            self.notice.setText(str(exc))
            return None
        self.notice.clear()
        self.dialog = PacketDialog(self.session, records, self, folder=self.last_folder)
        self.dialog.packet_written.connect(self._on_written)
        self.dialog.finished.connect(self._remember_folder)
        self.dialog.resize(900, 700)
        self.dialog.open()
        return self.dialog

    def _on_written(self, _disclosure_id: int) -> None:
        if self.dialog is not None:
            self.last_folder = self.dialog.folder.text()

    def _remember_folder(self, _result: int) -> None:
        """Keep a usable folder typed or chosen, even when no packet was written."""
        if self.dialog is not None and not folder_problem(self.dialog.folder.text()):
            self.last_folder = self.dialog.folder.text().strip()

    def refresh(self) -> None:
        """Re-read the disclosure history."""
        refresh = getattr(self.history, "refresh", None)
        if callable(refresh):
            refresh()

    def clear(self) -> None:
        """Blank the history and the builder (the workbench is locking)."""
        if self.dialog is not None:
            self.dialog.clear()
        clear = getattr(self.history, "clear", None)
        if callable(clear):
            clear()
        self.notice.clear()
        self.last_folder = ""  # a folder's name can say more than it should
