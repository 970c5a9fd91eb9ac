"""The one top-level window: picker or unlock, the work area, and the lock screen."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from models.errors import WorkbenchError
from ui.agenda_data import load_agenda
from ui.agenda_dock import AgendaDock
from ui.app_window import CASELOAD_KINDS, WorkArea
from ui.create_vault_wizard import CreateFn, CreateVaultWizard
from ui.loader import BackgroundLoader
from ui.lock_manager import DEFAULT_IDLE_MS, LockManager
from ui.lock_screen import LockScreen
from ui.operation_signals import OperationSignals
from ui.session import UiSession
from ui.unlock_view import OpenFn, UnlockView
from ui.vault_picker import RecentVaults, VaultPickerView

log = logging.getLogger(__name__)
TITLE = "Workbench"
TITLE_LOCKED = "Workbench — locked"


class MainWindow(QMainWindow):
    """The shell. Its title is only ever TITLE or TITLE_LOCKED, never anything about a case.

    ``operations`` is the one signal of the window: every operation a widget calls is
    announced there (ui.operation_signals.announce) and each view reloads, off the UI thread,
    only when ``changes.touches`` it; the confirmation goes to the notice area.
    """

    def __init__(
        self,
        vault_path: str | None = None,
        *,
        recent: RecentVaults | None = None,
        open_fn: OpenFn | None = None,
        create_fn: CreateFn | None = None,
        banner: str | None = None,
        idle_ms: int = DEFAULT_IDLE_MS,
        today: Callable[[], date] | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle(TITLE)
        self.setAccessibleName(self.tr("Workbench"))
        self.recent = recent or RecentVaults()
        self._open_fn, self._create_fn, self._banner = open_fn, create_fn, banner
        self._clocks = {k: v for k, v in (("today", today), ("now", now)) if v is not None}
        self.vault_path = vault_path
        self.session: UiSession | None = None
        self.locked_state = False
        self.wizard: CreateVaultWizard | None = None
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.picker = VaultPickerView(self.recent, self.stack)
        self.picker.vault_chosen.connect(self.show_unlock)
        self.picker.create_requested.connect(self.show_wizard)
        self.unlock: UnlockView | None = None
        self.work = WorkArea(self.stack)
        self.operations = OperationSignals(self)
        self.operations.operation_executed.connect(self.work.on_operation)
        self.operations.operation_executed.connect(self._on_operation)
        self.operations.confirmed.connect(self.work.show_notice)
        self.lock_screen = LockScreen(vault_path or "", self.stack, open_fn=open_fn)
        self.lock_screen.unlocked.connect(self._on_unlocked_again)
        for page in (self.picker, self.work, self.lock_screen):
            self.stack.addWidget(page)
        self.agenda = AgendaDock(self)
        self.agenda.item_activated.connect(lambda case_id, _key: self.work.open_case(case_id))
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.agenda)
        self.agenda.hide()
        self.agenda_loader = BackgroundLoader(self)
        self.agenda_loader.loaded.connect(self._show_agenda)
        self.agenda_loader.load_failed.connect(self._agenda_failed)
        self.agenda_loader.busy_changed.connect(self.agenda.set_busy)
        self._agenda_pending = False
        # The agenda reads every event again: wait for the caseload so that two copies of a
        # big vault's events are never in memory at once.
        self.work.loader.busy_changed.connect(self._start_pending_agenda)
        self.lock_manager = LockManager(self, self._lock_now, idle_ms)
        self.lock_manager.locked.connect(self._after_lock)
        self._discarded = False
        if vault_path:
            self.show_unlock(vault_path)
        else:
            self.stack.setCurrentWidget(self.picker)

    # -- start -------------------------------------------------------------------------------
    def show_unlock(self, vault_path: str) -> UnlockView:
        """Show the unlock form for ``vault_path``."""
        self.vault_path = vault_path
        self.lock_screen.vault_path = vault_path
        if self.unlock is not None:
            self.stack.removeWidget(self.unlock)
            self.unlock.deleteLater()
        self.unlock = UnlockView(vault_path, self.stack, open_fn=self._open_fn, banner=self._banner)
        self.unlock.unlocked.connect(self.set_vault)
        self.stack.addWidget(self.unlock)
        self.stack.setCurrentWidget(self.unlock)
        self.unlock.focus_first()
        return self.unlock

    def show_wizard(self) -> CreateVaultWizard:
        """Open the create-vault wizard (window-modal, never exec())."""
        self.wizard = CreateVaultWizard(self, create_fn=self._create_fn)
        self.wizard.vault_created.connect(self._on_created)
        self.wizard.open()
        return self.wizard

    def _on_created(self, path: str, vault: Any) -> None:
        self.vault_path = path
        self.lock_screen.vault_path = path
        self.set_vault(vault)

    # -- unlocked ----------------------------------------------------------------------------
    def set_vault(self, vault: Any) -> None:
        """Enter the unlocked state with an open vault."""
        self.session = UiSession(vault, signals=self.operations, **self._clocks)
        self.locked_state = False
        if self.vault_path:
            try:
                self.recent.add(self.vault_path)
            except OSError:
                log.warning("could not remember the recent vault path")
        self.setWindowTitle(TITLE)
        self.stack.setCurrentWidget(self.work)
        self.work.set_session(self.session)
        self.refresh_agenda()
        self.agenda.show()
        self.lock_manager.start()

    def refresh_agenda(self) -> None:
        """Re-read the agenda across the caseload, off the UI thread."""
        session = self.session
        if session is None:
            return
        if self.work.is_loading():
            self._agenda_pending = True
            self.agenda.set_busy(True)
            return
        self._agenda_pending = False
        self.agenda_loader.start(lambda: load_agenda(session))

    def _on_operation(self, changes: Any, _initiator: Any = None) -> None:
        if self.session is not None and changes.touches(None, *CASELOAD_KINDS):
            self.refresh_agenda()  # the agenda is built from what the caseload is

    def _start_pending_agenda(self, busy: bool) -> None:
        if not busy and self._agenda_pending:
            self.refresh_agenda()

    def _show_agenda(self, result: tuple[list[Any], dict[int, str]]) -> None:
        if self.session is not None:
            self.agenda.set_items(*result)

    def _agenda_failed(self, exc: Exception) -> None:
        if self.session is not None:
            self.work.show_notice(str(exc) if isinstance(exc, WorkbenchError)
                                  else self.tr("The agenda could not be read."))

    def is_loading(self) -> bool:
        """True while the caseload or the agenda is being read in the background."""
        return self.work.is_loading() or self.agenda_loader.is_busy() or self._agenda_pending

    def wait_loaded(self, timeout_s: float = 30.0) -> bool:
        """Process events until background loads finish (test seam, screenshots); True if done."""
        deadline = time.monotonic() + timeout_s
        while self.is_loading() and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.002)
        return not self.is_loading()

    # -- lock --------------------------------------------------------------------------------
    def lock(self) -> None:
        """Lock now (Ctrl+L and the idle timer come here through the lock manager)."""
        self.lock_manager.lock()

    def _lock_now(self) -> None:
        self._agenda_pending = False
        self.agenda_loader.cancel()
        self.agenda.set_busy(False)
        self.work.clear()
        self.agenda.clear()
        self.agenda.hide()
        if self.wizard is not None:
            self.wizard.clear()
        session, self.session = self.session, None
        user = session.user.name if session is not None else ""
        if session is not None:
            try:
                session.vault.lock()
            except WorkbenchError:
                log.warning("vault.lock raised; the session is dropped anyway")
        self.locked_state = True
        self.lock_screen.reset(user)
        self.stack.setCurrentWidget(self.lock_screen)
        self.setWindowTitle(TITLE_LOCKED)
        self.lock_screen.focus_first()

    def _after_lock(self, discarded: bool) -> None:
        self._discarded = discarded

    def _on_unlocked_again(self, vault: Any) -> None:
        self.set_vault(vault)
        if self._discarded:
            self.work.show_notice(
                self.tr("Unsaved changes were discarded when the workbench locked.")
            )
            self._discarded = False

    def is_locked(self) -> bool:
        """True while the lock screen is shown."""
        return self.locked_state

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window locks the vault first."""
        if self.session is not None:
            self.lock_manager.lock()
        self.lock_manager.shutdown()
        super().closeEvent(event)


def page_name(window: MainWindow) -> str:
    """Which page is showing (for tests and screenshots): picker, unlock, work or locked."""
    current: QWidget = window.stack.currentWidget()
    names = {id(window.picker): "picker", id(window.work): "work", id(window.lock_screen): "locked"}
    return names.get(id(current), "unlock")
