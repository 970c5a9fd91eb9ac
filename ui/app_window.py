"""The unlocked work area: caseload on the left, the open case's workspace on the right."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
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
from ui.case_header import CaseHeader
from ui.case_intake_dialog import CaseIntakeDialog
from ui.case_workspace import CaseWorkspace
from ui.caseload_view import CaseloadView
from ui.loader import BackgroundLoader
from ui.operation_signals import announce
from ui.session import UiSession
from ui.users_dialog import UsersDialog
from workbench.operations.changes import Changes, Kind

if TYPE_CHECKING:
    from ui.dashboard import DashboardDialog
    from ui.feedback_form import FeedbackFormDialog

log = logging.getLogger(__name__)
#: what the caseload shows (next date, overdue, events, open conflicts) is built from these
CASELOAD_KINDS = (Kind.CASES, Kind.EVENTS, Kind.TRIGGERS, Kind.CLOSURES)


def load_caseload(session: UiSession) -> list[CaseSummary]:
    """The caseload with open conflicts in the coming year (``views.caseload_for``)."""
    from workbench.operations.views import caseload_for

    return caseload_for(session)


#: width of the compact caseload (name and next date) beside an open case
COMPACT_WIDTH = 270


#: window action key -> (module, dialog class) of the interop dialogs; each dialog takes
#: ``(session, parent, case_id=...)`` and is imported only when it is opened
INTEROP_DIALOGS: dict[str, tuple[str, str]] = {
    "export_calendar": ("ui.calendar_export_dialog", "CalendarExportDialog"),
    "import_ehr": ("ui.fhir_import_dialog", "FhirImportDialog"),
    "partner_transfer": ("ui.transfer_dialog", "TransferDialog"),
}

class WorkArea(QWidget):
    """The caseload and the open case under its header; the caseload reloads when an
    operation touches it (``on_operation``, connected by the main window to the session's
    signals), and the header with it (it shows the open case's caseload row).

    Signals: case_changed(case_id or None) when a case opens or closes;
    caseload_expanded(expanded) when the caseload beside an open case widens or narrows.

    Kept in memory only, never in settings: whether the caseload is expanded, and the page
    each case showed last (``last_pages``: case id → page index, no case text).
    """

    case_changed = Signal(object)
    caseload_expanded = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: UiSession | None = None
        self.workspace: CaseWorkspace | None = None
        self.expanded = False
        self.last_pages: dict[int, int] = {}
        self.intake: CaseIntakeDialog | None = None
        self._select_after_load: int | None = None
        self.loader = BackgroundLoader(self)
        self.loader.loaded.connect(self._show_caseload)
        self.loader.load_failed.connect(self._load_failed)
        self.caseload = CaseloadView(self)
        self.caseload.case_activated.connect(self.open_case)
        self.caseload.add_requested.connect(self.new_case)
        self.caseload.expand_toggled.connect(self.set_expanded)
        # with no case open the caseload has the whole width; this line says what to do
        self.empty = QLabel(self.tr("Select a case and press Enter to open it."), self)
        self.empty.setWordWrap(True)
        self.header = CaseHeader(self)
        self.right = QStackedWidget(self)
        self.right.addWidget(QWidget(self))  # shown between cases
        right_side = QWidget(self)
        right_side.hide()
        self.right_side = right_side
        right_layout = QVBoxLayout(right_side)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.header)
        right_layout.addWidget(self.right, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.caseload)
        splitter.addWidget(right_side)
        # The open case is where the work happens: it gets the larger share (5:8).
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 8)
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
        layout.addWidget(self.empty)
        self.show_notice("")

    def _share(self, *, case_open: bool, force: bool = False) -> None:
        """Beside an open case the caseload is a narrow list of names and next dates (or, when
        expanded, takes 5/13); with no case open it shows every column."""
        if getattr(self, "_case_open", None) == case_open and not force:
            return  # switching between cases keeps the person's splitter position
        self._case_open = case_open
        self.right_side.setVisible(case_open)
        self.empty.setVisible(not case_open)
        compact = case_open and not self.expanded
        self.caseload.set_compact(compact, case_open=case_open)
        self.caseload.layout().activate()  # measure the stacked controls, not the row
        total = self.splitter.width() if self.splitter.width() > 200 else 1300
        if compact:
            first = max(COMPACT_WIDTH, self.caseload.minimumSizeHint().width())
        else:
            first = total * 5 // 13 if case_open else total * 3 // 4
        # a compact caseload keeps its width when the window grows; the case takes the rest
        self.splitter.setStretchFactor(0, 0 if compact else 5)
        self.splitter.setStretchFactor(1, 1 if compact else 8)
        self.splitter.setSizes([first, total - first])

    def set_expanded(self, expanded: bool) -> None:
        """Show every caseload column beside the open case, or only name and next date."""
        if expanded == self.expanded:
            return
        self.expanded = expanded
        if self.workspace is not None:
            self._share(case_open=True, force=True)
        self.caseload_expanded.emit(expanded)

    def is_case_open(self) -> bool:
        """True while a case's workspace is shown."""
        return self.workspace is not None

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
        self._show_header()
        pending, self._select_after_load = self._select_after_load, None
        if pending is not None:
            if self.workspace is None or self.workspace.case_id != pending:
                self.open_case(pending)
            self.caseload.select_case(pending)

    def _show_header(self) -> None:
        """The open case's caseload row in the header (the row read with the caseload)."""
        if self.workspace is None:
            self.header.clear()
            return
        row = self.caseload.model.row_of_case(self.workspace.case_id)
        if row >= 0:
            self.header.show_summary(self.caseload.model.summary(row))

    def reopen_after_load(self, case_id: int) -> None:
        """Open ``case_id`` once the caseload being read has arrived (after an unlock)."""
        self._select_after_load = case_id

    def case_ref(self, case_id: int) -> str | None:
        """The reference of a case in the caseload (a non-identifying "C-0004")."""
        row = self.caseload.model.row_of_case(case_id)
        if row >= 0:
            return self.caseload.model.summary(row).case.ref
        if self.session is None:
            return None
        from workbench.operations.views import case_of

        try:  # a case just added is not in the caseload until it reloads
            return case_of(self.session, case_id=case_id).ref
        except WorkbenchError:
            return None

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
        self.workspace.setCurrentIndex(self.last_pages.get(case_id, 0))
        self.workspace.currentChanged.connect(
            lambda page, c=case_id: self.last_pages.__setitem__(c, page))
        row = self.caseload.model.row_of_case(case_id)
        self.header.show_summary(self.caseload.model.summary(row) if row >= 0
                                 else CaseSummary(case=case))
        self._share(case_open=True)
        self.caseload.select_case(case_id)
        self.workspace.setFocus()
        self.case_changed.emit(case_id)
        return self.workspace

    def close_case(self) -> None:
        """Close the open case (its page is remembered) and return to the caseload."""
        if self.workspace is not None:
            self._drop_workspace()
            self.caseload.table.setFocus()

    def new_case(self) -> CaseIntakeDialog:
        """Open the intake form (window-modal, not exec(): the lock must stay possible)."""
        today = self.session.today() if self.session is not None else None
        self.intake = CaseIntakeDialog(self, today=today)
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

    def show_dashboard(self) -> DashboardDialog | None:
        """Open the program dashboard (window-modal, not exec(); the lock closes it) and build
        its default report (the program overview, the last four quarters) right away."""
        if self.session is None:
            return None
        from ui.dashboard import DashboardDialog  # pyqtgraph loads only when it is wanted

        dialog = DashboardDialog(self.session, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        dialog.view.refresh()
        return dialog

    def show_interop(self, key: str) -> QDialog | None:
        """Open one of the interop dialogs (``INTEROP_DIALOGS``: calendar export, EHR import,
        partner transfer), window-modal and not exec() (the lock closes it), on the open case
        if there is one."""
        if self.session is None:
            return None
        import importlib

        module, name = INTEROP_DIALOGS[key]
        dialog_class = getattr(importlib.import_module(module), name)
        case_id = self.workspace.case_id if self.workspace is not None else None
        dialog: QDialog = dialog_class(self.session, self, case_id=case_id)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_feedback(self) -> FeedbackFormDialog | None:
        """Open the survivor feedback form full screen (window-modal, not exec()): the survivor
        it is handed to sees no caseload around it; closed, it is deleted with its answers."""
        if self.session is None:
            return None
        from ui.feedback_form import FeedbackFormDialog

        form = FeedbackFormDialog(self.session, self)
        form.finished.connect(form.deleteLater)
        # the whole screen even where no window manager honours "full screen"
        form.setGeometry(self.window().screen().geometry())
        form.setWindowState(form.windowState() | Qt.WindowState.WindowFullScreen)
        form.open()
        return form

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
        self.header.clear()
        if self.workspace is not None:
            self.last_pages[self.workspace.case_id] = self.workspace.currentIndex()
            self.workspace.clear()
            self.right.removeWidget(self.workspace)
            if now:
                # Locking: case text must be gone now, not at the next event-loop turn.
                shiboken6.delete(self.workspace)
            else:
                self.workspace.deleteLater()
            self.workspace = None
        self.right.setCurrentIndex(0)
        if not replacing:  # another case opens right away: keep the layout (no 2,000-row relayout)
            self._share(case_open=False)
            self.case_changed.emit(None)

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
