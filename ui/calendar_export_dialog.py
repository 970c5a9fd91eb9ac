"""File → Export calendar…: the timeline to an .ics file for Outlook or Google Calendar.

Choose the case (the open one, or every case the role may see), a staff member, a period and
how much the file holds; each detail level says in plain words what it leaves in the file, and
``full`` warns that it is a disclosure (only a role with the export permission may choose it).
The file is written by workbench.operations.calendar_export.export_calendar off the UI thread;
the dialog then says how many events went where. Window-modal via ``open()``; the lock closes
it (``clear`` forgets everything, and a result arriving afterwards is dropped).

Signals: exported(CalendarExport) after a file was written; export_failed(message).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import WorkbenchError
from ui.editors.base import error_style, show_status
from ui.i18n import translate
from ui.operation_signals import announce
from ui.permissions import gate
from ui.session import UiSession
from ui.worker import ProgressFn, run_in_background
from workbench.operations import calendar_export as ops
from workbench.operations.calendar_export import CalendarExport
from workbench.operations.changes import Done

DEFAULT_NAME = "workbench-calendar.ics"  # the suggested file name says nothing about a case
EXPLANATIONS = {
    "generic": QT_TRANSLATE_NOOP(
        "CalendarExportDialog", "Each item shows only its kind and time, e.g. “Hearing "
                                "(Workbench)” on 9 Dec at 09:00. No names, case references, "
                                "titles, places, notes, staff or interpreter languages. Not a "
                                "disclosure: a calendar service learns only that something of "
                                "that kind is on at that time."),
    "case-ref": QT_TRANSLATE_NOOP(
        "CalendarExportDialog", "Kind and time, plus the case reference, e.g. “Hearing — C-0012 "
                                "(Workbench)”. Still no names, titles, places or notes. Not a "
                                "disclosure, but anyone who can read the calendar can tell which "
                                "items belong to the same case."),
    "full": QT_TRANSLATE_NOOP(
        "CalendarExportDialog", "The titles, places and notes your role sees, with the case "
                                "reference. Use it only for a calendar that is as protected as "
                                "the vault."),
}
FULL_WARNING = (QT_TRANSLATE_NOOP(
    "CalendarExportDialog", "⚠ A full-detail calendar is a disclosure: it is recorded in the "
                            "disclosure log of every case in it, and the calendar service "
                            "(Google, Microsoft, your phone) can read every title, place and "
                            "note in it."))


class CalendarExportDialog(QDialog):
    """The calendar export form; see the module docstring. Signals: exported, export_failed."""

    exported = Signal(object)
    export_failed = Signal(str)

    def __init__(self, session: UiSession, parent: QWidget | None = None,
                 case_id: int | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Export calendar"))  # never case data
        self.setAccessibleName(self.tr("Export calendar"))
        self.picker: QFileDialog | None = None
        self.result_value: CalendarExport | None = None
        self._busy = False
        self._cleared = False
        self.case = QComboBox(self)
        self.case.setAccessibleName(self.tr("Case"))
        self.staff = QComboBox(self)
        self.staff.setAccessibleName(self.tr("Staff member"))
        self.use_period = QCheckBox(self.tr("Only the &period from"), self)
        today = session.today()
        self.period_from = _date_edit(self, today - timedelta(days=30), self.tr("Period start"))
        self.period_to = _date_edit(self, today + timedelta(days=365), self.tr("Period end"))
        self.use_period.setAccessibleName(self.tr("Only a period"))
        self.use_period.toggled.connect(self._period_toggled)
        self.details = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setAccessibleName(self.tr("What the file holds"))
        self.warning = QLabel(translate("CalendarExportDialog", FULL_WARNING), self)
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("Disclosure warning"))
        self.purpose = QLineEdit(ops.DEFAULT_PURPOSE, self)
        self.purpose.setAccessibleName(self.tr("Purpose of the disclosure"))
        self.path = QLineEdit(str(Path.home() / DEFAULT_NAME), self)
        self.path.setAccessibleName(self.tr("Calendar file"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose the calendar file"))
        self.choose_button.clicked.connect(self.choose_file)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Export message"))
        self.export_button = QPushButton(self.tr("&Export"), self)
        self.export_button.setAccessibleName(self.tr("Export the calendar"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close the calendar export"))
        self.close_button.clicked.connect(self.reject)
        self._lay_out()
        self._fill(case_id)
        self.finished.connect(self._closed)

    # -- building ------------------------------------------------------------------------------
    def _lay_out(self) -> None:
        form = QFormLayout()
        for text, field in ((self.tr("&Case"), self.case), (self.tr("&Staff"), self.staff)):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        period = QHBoxLayout()
        period.addWidget(self.use_period)
        period.addWidget(self.period_from)
        period.addWidget(QLabel(self.tr("to"), self))
        period.addWidget(self.period_to)
        period.addStretch()
        form.addRow(period)
        detail_box = QGroupBox(self.tr("Detail in the file"), self)
        detail = QVBoxLayout(detail_box)
        for level, text in (("generic", self.tr("&Generic (safe default)")),
                            ("case-ref", self.tr("Case &reference")),
                            ("full", self.tr("&Full (a disclosure)"))):
            radio = QRadioButton(text, detail_box)
            radio.setAccessibleName(text.replace("&", ""))
            self.radios[level] = radio
            self.details.addButton(radio)
            detail.addWidget(radio)
            radio.toggled.connect(self._detail_changed)
        detail.addWidget(self.explanation)
        detail.addWidget(self.warning)
        purpose_row = QHBoxLayout()
        purpose_label = QLabel(self.tr("P&urpose"), detail_box)
        purpose_label.setBuddy(self.purpose)
        purpose_row.addWidget(purpose_label)
        purpose_row.addWidget(self.purpose)
        detail.addLayout(purpose_row)
        file_row = QHBoxLayout()
        file_label = QLabel(self.tr("F&ile"), self)
        file_label.setBuddy(self.path)
        file_row.addWidget(file_label)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(detail_box)
        layout.addLayout(file_row)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(620, 520)

    def _fill(self, case_id: int | None) -> None:
        cases = ops.cases_to_export(self.session)
        self.case.addItem(self.tr("Every case you may see (%1)").replace("%1", str(len(cases))),
                          None)
        for case in cases:
            self.case.addItem(f"{case.ref} — {case.display_name}", case.id)
        if case_id is not None:
            self.case.setCurrentIndex(max(0, self.case.findData(case_id)))
        self.staff.addItem(self.tr("Everyone"), None)
        for name in ops.staff_names(self.session):
            self.staff.addItem(name, name)
        gate(self.radios["full"], ops.detail_denial(self.session, "full"))
        self.radios["generic"].setChecked(True)
        self._period_toggled(False)

    def _period_toggled(self, on: bool) -> None:
        self.period_from.setEnabled(on)
        self.period_to.setEnabled(on)

    def _detail_changed(self) -> None:
        level = self.detail()
        self.explanation.setText(translate("CalendarExportDialog", EXPLANATIONS[level]))
        full = level == "full"
        self.warning.setVisible(full)
        self.warning.setStyleSheet(error_style(self) if full else "")
        self.purpose.setEnabled(full)

    # -- reading the form ----------------------------------------------------------------------
    def detail(self) -> str:
        """The detail level chosen."""
        return next((level for level, radio in self.radios.items() if radio.isChecked()),
                    "generic")

    def period(self) -> tuple[date | None, date | None]:
        """The period chosen, or (None, None) for every date."""
        if not self.use_period.isChecked():
            return None, None
        return self.period_from.date().toPython(), self.period_to.date().toPython()

    # -- the file ------------------------------------------------------------------------------
    def choose_file(self) -> QFileDialog:
        """Ask where to save (Qt's own dialog, window-modal: the lock can close it)."""
        picker = QFileDialog(self, self.tr("Save the calendar as"), self.path.text())
        picker.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        picker.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        picker.setNameFilter(self.tr("Calendar files (*.ics)"))
        picker.setDefaultSuffix("ics")
        picker.fileSelected.connect(self.path.setText)
        self.picker = picker
        picker.open()
        return picker

    # -- exporting -----------------------------------------------------------------------------
    def start_export(self) -> bool:
        """Check the selection and write the file in the background; False when refused."""
        if self._busy:
            return False
        text = self.path.text().strip()
        if not text:
            self.show_message(self.tr("Choose the file to write."), error=True)
            return False
        out, level, purpose = Path(text).expanduser(), self.detail(), self.purpose.text()
        first, last = self.period()
        session = self.session
        try:
            chosen = ops.selection(session, case_id=self.case.currentData(),
                                   staff=self.staff.currentData(), period_from=first,
                                   period_to=last)
        except WorkbenchError as exc:
            self._failed(exc)
            return False
        self._set_busy(True)
        run_in_background(
            lambda progress: ops.export_calendar(session, out=out, detail=level, chosen=chosen,
                                                 purpose=purpose, force=True,
                                                 progress=in_steps(progress)),
            on_done=self._written, on_error=self._failed, on_progress=self._progressed)
        return True

    def _progressed(self, done: int, total: int) -> None:
        if not self._cleared:
            self.progress.setRange(0, max(1, total))
            self.progress.setValue(done)

    def _written(self, done: Done[CalendarExport]) -> None:
        if self._cleared:
            return  # locked meanwhile: nothing reaches the locked window
        self._set_busy(False)
        result = done.value
        self.result_value = result
        message = self.confirmation(result)
        announce(self.session, done, self, message)
        self.show_message(message)
        self.exported.emit(result)

    def confirmation(self, result: CalendarExport) -> str:
        """What was written, where, and whether it is a disclosure."""
        text = (self.tr("Wrote %1 to %2.").replace("%1", counted(result))
                .replace("%2", str(result.path)))
        if result.disclosure:
            return text + " " + self.tr("Recorded as a disclosure in each case's log.")
        return text + " " + self.tr("Not a disclosure: nothing in it identifies a survivor.")

    def _failed(self, exc: Exception) -> None:
        if self._cleared:
            return
        self._set_busy(False)
        if isinstance(exc, WorkbenchError):
            message = str(exc)
        else:
            message = (self.tr("The calendar could not be written (%1); nothing was recorded.")
                       .replace("%1", type(exc).__name__))
        self.show_message(message, error=True)
        self.export_failed.emit(message)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.export_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        if busy:
            self.show_message(self.tr("Writing the calendar…"))

    def show_message(self, text: str, *, error: bool = False) -> None:
        """A status line: the confirmation, or an error in the error colour."""
        show_status(self.message, text, error=error)

    def is_busy(self) -> bool:
        """True while a file is being written."""
        return self._busy

    # -- closing -------------------------------------------------------------------------------
    def reject(self) -> None:
        """Close, except while writing (the lock closes it with QDialog.done)."""
        if not self._busy:
            super().reject()

    def _closed(self, _code: int) -> None:
        self.clear()

    def clear(self) -> None:
        """Forget the choices and the result (the workbench is locking, or closing)."""
        self._cleared = True
        self.case.clear()
        self.staff.clear()
        self.message.clear()
        self.path.clear()
        self.purpose.clear()
        self.progress.hide()
        self.result_value = None


def in_steps(progress: ProgressFn, steps: int = 20) -> ProgressFn:
    """``progress`` called at most ``steps`` times (and at the end), not once per case: a
    signal emitted from Python costs a reference to True in PySide6 6.12 (never given back),
    so a caseload's worth of emits could end the process."""
    shown = [-1]

    def report(done: int, total: int) -> None:
        step = done * steps // max(1, total)
        if step != shown[0] or done == total:
            shown[0] = step
            progress(done, total)

    return report


def counted(result: CalendarExport) -> str:
    """"20 events of 1 case"."""
    events = f"{result.events} event" + ("" if result.events == 1 else "s")
    return f"{events} of {result.cases} case" + ("" if result.cases == 1 else "s")


def _date_edit(parent: QWidget, day: date, name: str) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setAccessibleName(name)
    return edit
