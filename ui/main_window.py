"""The one top-level window: picker or unlock, the work area, and the lock screen."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from models.errors import WorkbenchError
from ui.agenda_data import load_agenda
from ui.agenda_dock import AgendaDock
from ui.app_window import CASELOAD_KINDS, WorkArea
from ui.create_vault_wizard import CreateFn, CreateVaultWizard
from ui.hub_connect_dialog import HubConnectDialog, HubOpenFn
from ui.hub_live import HubLiveUpdates, is_hub
from ui.i18n import (
    NATIVE_NAMES,
    available_languages,
    current_language,
    install_language,
    install_qt_words,
)
from ui.loader import BackgroundLoader
from ui.lock_manager import DEFAULT_IDLE_MS, LockManager
from ui.lock_screen import LockScreen
from ui.operation_signals import OperationSignals
from ui.session import UiSession
from ui.shortcuts_dialog import ShortcutsDialog
from ui.unlock_view import OpenFn, UnlockView
from ui.vault_picker import RecentVaults, VaultPickerView
from ui.window_actions import GROUP_KEYS, SHORTCUTS, WindowActions, window_action_denial

log = logging.getLogger(__name__)
TITLE = "Workbench"
TITLE_LOCKED = "Workbench — locked"


class MainWindow(QMainWindow):
    """The shell. Its title is only ever TITLE or TITLE_LOCKED, never anything about a case.

    ``operations`` is the one signal of the window: every operation a widget calls is
    announced there (ui.operation_signals.announce) and each view reloads, off the UI thread,
    only when ``changes.touches`` it; the confirmation goes to the notice area.

    ``replaced(window)``: a language switch built ``window``, which carries on with this
    one's work (switch_language); whoever keeps the window keeps that one from then on.
    """

    replaced = Signal(object)

    def __init__(
        self,
        vault_path: str | None = None,
        *,
        recent: RecentVaults | None = None,
        open_fn: OpenFn | None = None,
        create_fn: CreateFn | None = None,
        hub_open_fn: HubOpenFn | None = None,
        banner: str | None = None,
        idle_ms: int = DEFAULT_IDLE_MS,
        today: Callable[[], date] | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__()
        app = QCoreApplication.instance()
        if app is not None:  # Qt's standard buttons and menus in the language of the window
            install_qt_words(app, current_language())
        self._options: dict[str, Any] = {
            "recent": recent, "open_fn": open_fn, "create_fn": create_fn,
            "hub_open_fn": hub_open_fn, "banner": banner, "idle_ms": idle_ms, "today": today,
            "now": now}  # a language switch builds the next window with the same
        self.setWindowTitle(TITLE)
        self.setAccessibleName(self.tr("Workbench"))
        self.recent = recent or RecentVaults()
        self._options["recent"] = self.recent
        self._open_fn, self._create_fn, self._banner = open_fn, create_fn, banner
        self._hub_open_fn = hub_open_fn
        self.hub_dialog: HubConnectDialog | None = None
        self.live: HubLiveUpdates | None = None  # on a hub: other workstations' writes
        self._clocks = {k: v for k, v in (("today", today), ("now", now)) if v is not None}
        self.vault_path = vault_path
        self.session: UiSession | None = None
        self.locked_state = False
        self.wizard: CreateVaultWizard | None = None
        central = QWidget(self)
        self.stack = QStackedWidget(central)
        self.hub_banner = self._make_hub_banner(central)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.hub_banner)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.picker = VaultPickerView(self.recent, self.stack)
        self.picker.vault_chosen.connect(self.show_unlock)
        self.picker.hub_requested.connect(self.connect_hub)
        self.picker.create_requested.connect(self.show_wizard)
        self.unlock: UnlockView | None = None
        self.work = WorkArea(self.stack)
        self.operations = OperationSignals(self)
        self.operations.operation_executed.connect(self.work.on_operation)
        self.operations.operation_executed.connect(self._on_operation)
        self.operations.confirmed.connect(self.work.show_notice)
        self.operations.confirmed.connect(self._confirm_in_status_bar)
        self._last_changes: Any = None
        self._resume: tuple[str, int | None] | None = None  # (user, case id) to reopen after unlock
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.lock_screen = LockScreen(vault_path or "", self.stack, open_fn=open_fn)
        self.lock_screen.unlocked.connect(self._on_unlocked_again)
        for page in (self.picker, self.work, self.lock_screen):
            self.stack.addWidget(page)
        self.agenda = AgendaDock(self)
        self.agenda.item_activated.connect(lambda case_id, _key: self.work.open_case(case_id))
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.agenda)
        self.agenda.hide()
        self._build_chrome()
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
        self._agenda_wanted = True  # the agenda shows after an unlock unless it was closed
        if vault_path:
            self.show_unlock(vault_path)
        else:
            self.stack.setCurrentWidget(self.picker)

    # -- menus, toolbar, status bar ----------------------------------------------------------
    def _build_chrome(self) -> None:
        handlers: dict[str, Callable[[], object]] = {
            "open_vault": self.open_other_vault, "users": self.work.show_users,
            "lock": self.lock, "quit": self.close, "new_case": self.work.new_case,
            "close_case": self.work.close_case, "find_case": self.find_case,
            "expand_caseload": lambda: self.work.set_expanded(
                self.chrome.actions["expand_caseload"].isChecked()),
            "agenda": lambda: self.agenda.setVisible(self.chrome.actions["agenda"].isChecked()),
            "shortcuts": self.show_shortcuts, "program_dashboard": self.work.show_dashboard,
            "survivor_feedback": self.work.show_feedback,
            "export_calendar": lambda: self.work.show_interop("export_calendar"),
            "import_ehr": lambda: self.work.show_interop("import_ehr"),
            "partner_transfer": lambda: self.work.show_interop("partner_transfer"),
        }
        for spec in SHORTCUTS:
            if spec.page is not None:
                handlers[spec.key] = lambda s=spec: self.run_case_action(s.key)
        for group, key in enumerate(GROUP_KEYS):
            handlers[key] = lambda g=group: self.show_group(g)
        self.chrome = WindowActions(self, handlers)
        self._build_language_menu()
        self.agenda.visibilityChanged.connect(
            lambda _v: self.chrome.set_checked("agenda", self.agenda.isVisible()))
        self.work.caseload_expanded.connect(
            lambda on: self.chrome.set_checked("expand_caseload", on))
        self.work.case_changed.connect(lambda _c: self.update_actions())
        self.hub_state = QLabel(self)
        self.hub_state.setAccessibleName(self.tr("Hub connection"))
        self.hub_state.hide()
        self.statusBar().addPermanentWidget(self.hub_state)
        self.signed_in = QLabel(self)
        self.signed_in.setAccessibleName(self.tr("Signed in as"))
        self.statusBar().addPermanentWidget(self.signed_in)
        self.update_actions()

    def _build_language_menu(self) -> None:
        """View → Language: each available language in its own name; the current one ticked."""
        view = self.chrome.menus["View"]
        view.addSeparator()
        self.language_menu = view.addMenu(self.tr("La&nguage"))
        group = QActionGroup(self)
        for code in available_languages():
            action = self.language_menu.addAction(NATIVE_NAMES.get(code, code))
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _on=False, c=code: self.switch_language(c))

    def switch_language(self, code: str) -> MainWindow:
        """Show the workbench in ``code`` from now on and remember the choice, keeping the
        work: the unlocked vault (not locked and unlocked again), the open case and its page,
        the agenda, the window's place. Qt widgets keep the texts they were made with, so a
        new window is built in the new language and takes over; this one closes. Returns the
        window that carries on (this one when ``code`` is already shown)."""
        if code == current_language():
            return self
        app = QCoreApplication.instance()
        assert app is not None
        install_language(app, code)
        try:
            self.recent.set_language(code)
        except OSError:
            log.warning("could not remember the language")
        state = self._hand_over()
        target = None if state is not None or self.session is not None else self.vault_path
        if page_name(self) == "picker":
            target = None
        successor = MainWindow(target, **self._options)
        successor.vault_path = self.vault_path
        successor.setGeometry(self.geometry())
        if state is not None:
            successor._take_over(*state)
        if self.isVisible():
            successor.show()
        self.replaced.emit(successor)
        self.close()  # whoever keeps the windows lets this one go (workbench.app.run_gui)
        return successor

    def _hand_over(self) -> tuple[Any, str, int | None, int | None, bool] | None:
        """Let go of the unlocked vault without locking it: (vault, user, open case, its page,
        agenda shown), or None when locked or not yet unlocked."""
        session = self.session
        if session is None:
            return None
        workspace = self.work.workspace
        case_id = workspace.case_id if workspace is not None else None
        page = workspace.currentIndex() if workspace is not None else None
        agenda = self.agenda.isVisible()
        self._stop_live()
        self.lock_manager.shutdown()
        self.agenda_loader.cancel()
        self.work.clear()
        self.agenda.clear()
        self.session = None  # closing this window must not lock the vault it handed on
        return session.vault, session.user.name, case_id, page, agenda

    def _take_over(self, vault: Any, user: str, case_id: int | None, page: int | None,
                   agenda: bool) -> None:
        """Carry on where the last window left off (switch_language)."""
        self._resume = (user, case_id)
        if case_id is not None and page is not None:
            self.work.last_pages[case_id] = page
        self._agenda_wanted = agenda
        self.set_vault(vault)

    def update_actions(self) -> None:
        """Enable what the state and the role allow; a disabled action says why."""
        session, chrome = self.session, self.chrome
        unlocked = session is not None
        no_vault = self.tr("Unlock the vault first.")
        no_case = self.tr("Open a case first.")
        for spec in SHORTCUTS:
            if spec.key in ("quit", "shortcuts", "open_vault"):
                continue
            if session is None:
                chrome.gate(spec.key, no_vault)
            elif spec.page is not None or spec.key in ("close_case", *GROUP_KEYS):
                denial = window_action_denial(session, spec.key) if spec.page is not None else None
                chrome.gate(spec.key, denial if self.work.is_case_open() else no_case)
            elif spec.gated:
                chrome.gate(spec.key, window_action_denial(session, spec.key))
            else:
                chrome.gate(spec.key, None)
        chrome.toolbar.setVisible(unlocked)  # picker, unlock and lock screens: nothing to do
        chrome.set_checked("expand_caseload", self.work.expanded)
        chrome.set_checked("agenda", self.agenda.isVisible())
        self.signed_in.setText(
            self.tr("Signed in as %1").replace("%1", session.user.name) if unlocked else "")

    def run_case_action(self, key: str) -> QWidget | None:
        """Show the page of the per-case action ``key`` and press its button there (the
        button's own handler runs; a disabled button's reason goes to the status bar)."""
        from PySide6.QtWidgets import QAbstractButton

        from ui.window_actions import BY_KEY

        spec, workspace = BY_KEY[key], self.work.workspace
        if workspace is None or spec.page is None:
            return None
        workspace.setCurrentIndex(spec.page)
        page = workspace.tab(spec.page)
        button = getattr(page, spec.button, None)
        if not isinstance(button, QAbstractButton):
            button = next((b for b in page.findChildren(QAbstractButton)
                           if b.text().replace("&", "") == spec.button), None)
        if button is None:
            self.statusBar().showMessage(self.tr("Not available on this page."))
            return None
        if not button.isEnabled():
            self.statusBar().showMessage(button.toolTip())
            return button
        button.click()
        return button

    def show_group(self, group: int) -> None:
        """Show the open case's page group ``group`` (Ctrl+1 … Ctrl+6) and focus its tabs."""
        workspace = self.work.workspace
        if workspace is not None:
            workspace.set_current_group(group)
            workspace.tabBar().setFocus()

    def find_case(self) -> None:
        """Put the cursor in the caseload search (Ctrl+F)."""
        if self.session is not None:
            self.work.caseload.search.setFocus()
            self.work.caseload.search.selectAll()

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help → Keyboard shortcuts… (window-modal, never exec(); the lock closes it)."""
        self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.open()
        return self.shortcuts_dialog

    def open_other_vault(self) -> None:
        """Lock this vault (if open) and show the vault picker."""
        if self.session is not None:
            self.lock()
        self._resume = None
        self.setWindowTitle(TITLE)
        self.stack.setCurrentWidget(self.picker)

    def _confirm_in_status_bar(self, text: str) -> None:
        """"Hearing saved — C-0004": the operation's confirmation and where, never a title."""
        changes, self._last_changes = self._last_changes, None
        where = ""
        if changes is not None:
            refs = sorted(r for r in (self.work.case_ref(c) for c in changes.case_ids) if r)
            if changes.every_case:
                where = self.tr("every case")
            elif refs:
                where = ", ".join(refs)
        text = text.strip()
        if where:
            text = f"{text.rstrip('.')} — {where}"
        self.statusBar().showMessage(text)

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

    def connect_hub(self, address: str = "") -> HubConnectDialog:
        """Connect to a hub… (window-modal, never exec()); ``address`` prefilled if given."""
        self.hub_dialog = HubConnectDialog(self, address=address, open_fn=self._hub_open_fn)
        self.hub_dialog.hub_opened.connect(self._on_hub_opened)
        self.hub_dialog.open()
        return self.hub_dialog

    def _on_hub_opened(self, hub: Any, address: str) -> None:
        self.vault_path = address
        self.lock_screen.vault_path = address
        self.set_vault(hub)

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
        resume, self._resume = self._resume, None
        if resume is not None and resume[0] != self.session.user.name:
            resume = None  # another person unlocked: nothing of the last one's context
            self.work.last_pages.clear()
        self.work.set_session(self.session)
        self._start_live(self.session)
        if resume is not None and resume[1] is not None:
            self.work.reopen_after_load(resume[1])
        self.refresh_agenda()
        if self._agenda_wanted:
            self.agenda.show()
        self.lock_manager.start()
        self.update_actions()

    # -- the hub's live updates ----------------------------------------------------------------
    @staticmethod
    def _make_hub_banner(parent: QWidget) -> QLabel:
        banner = QLabel(parent)
        banner.setWordWrap(True)
        banner.setMargin(8)
        banner.setAccessibleName(QCoreApplication.translate("MainWindow", "Hub connection"))
        banner.setStyleSheet("background: #fff4ce; color: #3b2a00; border-bottom: 1px solid #c8a600;")
        banner.hide()
        return banner

    def _start_live(self, session: UiSession) -> None:
        self._stop_live()
        if not is_hub(session.vault):
            return
        self.live = HubLiveUpdates(session, self)
        self.live.state_changed.connect(self._show_hub_state)
        self.hub_state.setText(self.tr("Hub: connecting…"))
        self.hub_state.show()
        self.live.start()

    def _stop_live(self) -> None:
        live, self.live = self.live, None
        if live is not None:
            live.state_changed.disconnect(self._show_hub_state)
            live.stop()
            live.deleteLater()
        self.hub_banner.hide()
        self.hub_state.hide()

    def _show_hub_state(self, state: str) -> None:
        """"Reconnecting to the hub…" in a banner and the status bar; "Connected" when back."""
        if state == "reconnecting":
            self.hub_state.setText(self.tr("Hub: reconnecting…"))
            self.hub_banner.setText(self.tr(
                "Reconnecting to the hub… Changes made on other workstations will show when it "
                "is back. Open forms keep what you typed; a save that fails says so and can be "
                "tried again — nothing is half-written."))
            self.hub_banner.show()
            self.statusBar().showMessage(self.tr("Reconnecting to the hub…"))
        elif state == "connected":
            back = not self.hub_banner.isHidden()
            self.hub_banner.hide()
            self.hub_state.setText(self.tr("Hub: connected"))
            if back:
                self.statusBar().showMessage(self.tr("Connected to the hub again; refreshed."),
                                             10000)
        else:
            self.hub_state.setText(self.tr("Hub: not listening"))

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
        self._last_changes = changes  # the confirmation that follows says where
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
        workspace, session = self.work.workspace, self.session
        if session is not None:
            self._resume = (session.user.name,
                            workspace.case_id if workspace is not None else None)
        self._agenda_wanted = self.agenda.isVisible()
        self.statusBar().clearMessage()
        self._last_changes = None
        self._agenda_pending = False
        self.agenda_loader.cancel()
        self.agenda.set_busy(False)
        self.work.clear()
        self.agenda.clear()
        self.agenda.hide()
        if self.wizard is not None:
            self.wizard.clear()
        self._stop_live()
        if self.hub_dialog is not None:
            self.hub_dialog.reject()  # wipes anything typed
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
        self.update_actions()
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
        self._stop_live()
        self.lock_manager.shutdown()
        super().closeEvent(event)


def page_name(window: MainWindow) -> str:
    """Which page is showing (for tests and screenshots): picker, unlock, work or locked."""
    current: QWidget = window.stack.currentWidget()
    names = {id(window.picker): "picker", id(window.work): "work", id(window.lock_screen): "locked"}
    return names.get(id(current), "unlock")
