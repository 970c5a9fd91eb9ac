"""The unlocked work area: caseload on the left, the open case's workspace on the right."""

from __future__ import annotations

import logging
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models.errors import WorkbenchError
from models.records import CaseSummary
from ui.case_intake_dialog import CaseIntakeDialog
from ui.case_workspace import CaseWorkspace
from ui.caseload_view import CaseloadView
from ui.loader import BackgroundLoader
from ui.operation_signals import announce
from ui.session import UiSession
from ui.users_dialog import UsersDialog
from workbench.operations.changes import Changes, Kind

log = logging.getLogger(__name__)
#: what the caseload shows (next date, overdue, events, open conflicts) is built from these
CASELOAD_KINDS = (Kind.CASES, Kind.EVENTS, Kind.TRIGGERS, Kind.CLOSURES)


def load_caseload(session: UiSession) -> list[CaseSummary]:
    """The caseload with open conflicts in the coming year (``views.caseload_for``)."""
    from workbench.operations.views import caseload_for

    return caseload_for(session)


class WorkArea(QWidget):
    """The caseload and the open case; the caseload reloads when an operation touches it
    (``on_operation``, connected by the main window to the session's signals)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: UiSession | None = None
        self.workspace: CaseWorkspace | None = None
        self.intake: CaseIntakeDialog | None = None
        self._select_after_load: int | None = None
        self.loader = BackgroundLoader(self)
        self.loader.loaded.connect(self._show_caseload)
        self.loader.load_failed.connect(self._load_failed)
        self.caseload = CaseloadView(self)
        self.caseload.case_activated.connect(self.open_case)
        self.caseload.add_requested.connect(self.new_case)
        self.empty = QLabel(self.tr("Select a case and press Enter to open it."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget(self)
        self.right.addWidget(self.empty)
        splitter = QSplitter(self)
        splitter.addWidget(self.caseload)
        splitter.addWidget(self.right)
        # The open case is where the work happens: it gets the larger share (5:8).
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 8)
        splitter.setSizes([1000, 300])  # no case open yet: the caseload shows every column
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Notice"))
        self.notice_close = QPushButton(self.tr("&Dismiss"), self)
        self.notice_close.setAccessibleName(self.tr("Dismiss notice"))
        self.notice_close.clicked.connect(lambda: self.show_notice(""))
        self.users_button = QPushButton(self.tr("&Users…"), self)
        self.users_button.setAccessibleName(self.tr("Users"))
        self.users_button.clicked.connect(self.show_users)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # indeterminate: the caseload query has no steps to count
        self.busy.setMaximumHeight(self.busy.sizeHint().height())
        self.busy.setFormat(self.tr("Loading the caseload…"))
        self.busy.setAccessibleName(self.tr("Loading the caseload"))
        self.busy.hide()
        self.loader.busy_changed.connect(self.busy.setVisible)
        bar = QHBoxLayout()
        bar.addWidget(self.busy)
        bar.addWidget(self.notice, 1)
        bar.addWidget(self.notice_close)
        bar.addWidget(self.users_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.show_notice("")

    def _share(self, *, case_open: bool) -> None:
        """Give the open case the larger share; with no case open, the caseload shows every column."""
        if getattr(self, "_case_open", None) == case_open:
            return  # switching between cases keeps the person's splitter position
        self._case_open = case_open
        total = max(self.splitter.width(), 1300)
        first = total * 5 // 13 if case_open else total * 3 // 4
        self.splitter.setSizes([first, total - first])

    def show_notice(self, text: str) -> None:
        """Show a dismissible line above the caseload (empty text hides it)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        self.notice_close.setVisible(bool(text))

    def set_session(self, session: UiSession) -> None:
        """Show the caseload of a freshly unlocked vault."""
        from ui.permissions import action_denial, gate
        from workbench.operations.policy import Action

        self.session = session
        gate(self.caseload.add_button, action_denial(session, Action.INTAKE))
        self.reload()
        self.caseload.table.setFocus()

    def on_operation(self, changes: Changes, _initiator: Any = None) -> None:
        """Reload the caseload when ``changes`` may alter it."""
        if self.session is not None and changes.touches(None, *CASELOAD_KINDS):
            self.reload()

    def reload(self) -> None:
        """Re-read the caseload from the store, off the UI thread."""
        session = self.session
        if session is not None:
            self.loader.start(lambda: load_caseload(session))

    def is_loading(self) -> bool:
        """True while the caseload is being read."""
        return self.loader.is_busy()

    def _show_caseload(self, rows: list[CaseSummary]) -> None:
        if self.session is None:
            return
        self.caseload.set_rows(rows)
        pending, self._select_after_load = self._select_after_load, None
        if pending is not None:
            self.caseload.select_case(pending)

    def _load_failed(self, exc: Exception) -> None:
        if self.session is not None:
            self.show_notice(str(exc) if isinstance(exc, WorkbenchError)
                             else self.tr("The caseload could not be read."))

    def open_case(self, case_id: int) -> CaseWorkspace | None:
        """Show the workspace of ``case_id`` (replacing the one open)."""
        if self.session is None:
            return None
        from workbench.operations.views import case_of

        try:
            case = case_of(self.session, case_id=case_id)
        except WorkbenchError as exc:
            self.show_notice(str(exc))
            return None
        self._drop_workspace(replacing=True)
        self.workspace = CaseWorkspace(self.session, case, self.right)
        self.right.addWidget(self.workspace)
        self.right.setCurrentWidget(self.workspace)
        self._share(case_open=True)
        self.caseload.select_case(case_id)
        self.workspace.setFocus()
        return self.workspace

    def new_case(self) -> CaseIntakeDialog:
        """Open the intake form (window-modal, not exec(): the lock must stay possible)."""
        self.intake = CaseIntakeDialog(self)
        self.intake.accepted.connect(self._save_intake)
        self.intake.open()
        return self.intake

    def show_users(self) -> UsersDialog | None:
        """Open the Users dialog (window-modal, not exec(); the lock closes and wipes it)."""
        if self.session is None:
            return None
        dialog = UsersDialog(self.session, self)
        dialog.open()
        return dialog

    def _save_intake(self) -> None:
        dialog, self.intake = self.intake, None
        if dialog is None or self.session is None:
            return
        values = dialog.values()
        dialog.clear()
        dialog.deleteLater()
        from workbench.operations import cases

        try:
            done = cases.add_case(self.session, **values)
        except WorkbenchError as exc:
            self.show_notice(str(exc))
            return
        self._select_after_load = done.value.id
        announce(self.session, done, self, self.tr("Case opened."))  # the caseload reloads
        self.open_case(done.value.id)

    def _drop_workspace(self, now: bool = False, *, replacing: bool = False) -> None:
        if self.workspace is not None:
            self.workspace.clear()
            self.right.removeWidget(self.workspace)
            if now:
                # Locking: case text must be gone now, not at the next event-loop turn.
                shiboken6.delete(self.workspace)
            else:
                self.workspace.deleteLater()
            self.workspace = None
        self.right.setCurrentWidget(self.empty)
        if not replacing:  # another case opens right away: keep the layout (no 2,000-row relayout)
            self._share(case_open=False)

    def clear(self) -> None:
        """Forget every case and widget content (the workbench is locking)."""
        self.loader.cancel()
        self._select_after_load = None
        self._drop_workspace(now=True)
        self.caseload.clear()
        if self.intake is not None:
            self.intake.clear()
            shiboken6.delete(self.intake)
            self.intake = None
        self.show_notice("")
        self.session = None
