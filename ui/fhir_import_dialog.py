"""File → Import from the EHR…: appointments from the clinic's EHR (FHIR R4) onto timelines.

Choose a file (an Appointment Bundle, a bulk-export NDJSON file, or the export's folder) and
**Check** it: the dry run (workbench.operations.ehr_import.plan_import, off the UI thread)
lists what an import would do — new, updated, cancelled, unchanged, refused with the
resource id and field. A patient no case is linked to yet is confirmed here, explicitly and
once, as the survivor of the open case (a check box naming that case; never by name
matching); the plan is then made again with the confirmation. **Import** writes it all in one
transaction (or, with "Skip the refused", everything but the refused) and says what was
written where. The open case's confirmed EHR patient is shown (masked) with *Forget the
patient link…*, which undoes a wrong confirmation after a question. Window-modal via ``open()``; the lock closes it (``clear`` forgets the plan,
and a result arriving afterwards is dropped).

Signals: planned(ImportPlan) after each dry run; imported(ImportOutcome) after a write;
import_failed(message).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import WorkbenchError
from models.records import Category
from ui.editors.base import show_status
from ui.i18n import translate
from ui.operation_signals import announce
from ui.permissions import gate, write_denial
from ui.remove_question import ask_to_remove
from ui.session import UiSession
from ui.worker import run_in_background
from workbench.operations import ehr_import as ops
from workbench.operations.changes import Done
from workbench.operations.ehr_import import ImportOutcome, ImportPlan

ACTIONS = {"new": QT_TRANSLATE_NOOP("FhirImportDialog", "New"),
           "update": QT_TRANSLATE_NOOP("FhirImportDialog", "Updated"),
           "cancel": QT_TRANSLATE_NOOP("FhirImportDialog", "Cancelled"),
           "unchanged": QT_TRANSLATE_NOOP("FhirImportDialog", "Unchanged"),
           "ignored": QT_TRANSLATE_NOOP("FhirImportDialog", "Ignored (cancelled)")}
INTRO = (QT_TRANSLATE_NOOP(
    "FhirImportDialog", "Appointments from the clinic's EHR, as FHIR R4: an Appointment Bundle, "
                        "a bulk export's NDJSON file, or the export's folder. Check the file "
                        "first: nothing is written until you import, and then all of it or "
                        "nothing. Clinicians and supervisors may import; each appointment "
                        "becomes a “Clinic appointment” (the EHR's description stays in its "
                        "notes), its practitioners the case's contacts."))


def _filled(text: str, *values: object) -> str:
    """``text`` with %1, %2 … replaced by ``values`` (the highest first: %1 is not %10's)."""
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text


class FhirImportDialog(QDialog):
    """The EHR import form; see the module docstring. Signals: planned, imported,
    import_failed."""

    planned = Signal(object)
    imported = Signal(object)
    import_failed = Signal(str)

    def __init__(self, session: UiSession, parent: QWidget | None = None,
                 case_id: int | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.case_ref = None if case_id is None else ops.case_ref(session, case_id=case_id)
        self.plan: ImportPlan | None = None
        self.question: QMessageBox | None = None
        self.picker: QFileDialog | None = None
        self._busy = False
        self._cleared = False
        self.setWindowTitle(self.tr("Import from the EHR"))  # never case data
        self.setAccessibleName(self.tr("Import from the EHR"))
        self._build()
        self.finished.connect(lambda _code: self.clear())
        self._update_buttons()
        self.resize(760, 520)

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        intro = QLabel(translate("FhirImportDialog", INTRO), self)
        intro.setWordWrap(True)
        self.denial = write_denial(self.session, [Category.MEDICAL])
        self.hint = QLabel(self.denial or "", self)
        self.hint.setWordWrap(True)
        self.hint.setVisible(self.denial is not None)
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("File or folder to import"))
        self.path.textChanged.connect(self._path_changed)
        label = QLabel(self.tr("&File:"), self)
        label.setBuddy(self.path)
        self.choose_button = self._button(self.tr("C&hoose…"), self.choose_file)
        self.check_button = self._button(self.tr("&Check the file"), self.start_plan)
        row = QHBoxLayout()
        for widget in (label, self.path, self.choose_button, self.check_button):
            row.addWidget(widget)
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("What the import would do"))
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Appointment"),
                                              self.tr("Case"), self.tr("When, or why refused")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Planned appointments and refusals"))
        self.confirm_text = QLabel(self)
        self.confirm_text.setWordWrap(True)
        self.confirm = QCheckBox(self)
        self.confirm.setAccessibleName(self.tr("Confirm the patient as this case's survivor"))
        self.confirm.toggled.connect(lambda _on: self.start_plan())
        self.linked = QLabel(self)
        self.linked.setWordWrap(True)
        self.unlink_button = self._button(self.tr("Forget the patient &link…"), self.ask_unlink)
        linked_row = QHBoxLayout()
        linked_row.addWidget(self.linked, 1)
        linked_row.addWidget(self.unlink_button)
        self.skip = QCheckBox(self.tr("&Skip the refused and import the rest"), self)
        self.skip.setAccessibleName(self.tr("Skip the refused"))
        self.skip.toggled.connect(lambda _on: self._update_buttons())
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.setAccessibleName(self.tr("Import"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.hint):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addLayout(linked_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        for widget in (self.confirm_text, self.confirm, self.skip, self.busy, self.message,
                       self.buttons):
            layout.addWidget(widget)
        self.confirm_text.hide()
        self.confirm.hide()
        self.show_links()
        self.setTabOrder(self.path, self.choose_button)
        self.setTabOrder(self.choose_button, self.check_button)
        self.setTabOrder(self.check_button, self.table)

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- the file ------------------------------------------------------------------------------
    def choose_file(self) -> QFileDialog:
        """Ask for the file (Qt's own dialog, window-modal: the lock can close it)."""
        picker = QFileDialog(self, self.tr("The EHR's export"), self.path.text())
        picker.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        picker.setFileMode(QFileDialog.FileMode.ExistingFile)
        picker.setNameFilters([self.tr("FHIR files (*.json *.ndjson)"), self.tr("All files (*)")])
        picker.fileSelected.connect(self.path.setText)
        self.picker = picker
        picker.open()
        return picker

    def _path_changed(self, _text: str) -> None:
        self.plan = None
        self._show_plan()

    # -- the plan ------------------------------------------------------------------------------
    def confirmed_patient(self) -> str | None:
        """The patient the user confirmed as the open case's, or None."""
        if not self.confirm.isVisible() or not self.confirm.isChecked():
            return None
        return str(self.confirm.property("patient") or "") or None

    def start_plan(self) -> bool:
        """Make the dry-run plan of the chosen file off the UI thread; False when refused."""
        text = self.path.text().strip()
        if self._busy or self.denial is not None:
            return False
        if not text:
            self.show_message(self.tr("Choose the EHR's file (or its export folder) first."),
                              error=True)
            return False
        session, path, patient = self.session, Path(text).expanduser(), self.confirmed_patient()
        case_ref = self.case_ref if patient else None

        def job(_progress: Any) -> ImportPlan:
            return ops.plan_import(session, path=path, case_ref=case_ref,
                                   confirm_patient=patient)

        self._set_busy(True, self.tr("Reading the file…"))
        run_in_background(job, on_done=self._planned, on_error=self._failed)
        return True

    def _planned(self, plan: ImportPlan) -> None:
        if self._cleared:
            return
        self._set_busy(False)
        self.plan = plan
        self._show_plan()
        self.show_message("")
        self.planned.emit(plan)

    def _show_plan(self) -> None:
        plan = self.plan
        self.table.setRowCount(0)
        if plan is None:
            self.summary.setText("")
            self._show_confirmation(None)
            self._update_buttons()
            return
        s = plan.summary()
        counts = (s["new"], s["updated"], s["cancelled"], s["unchanged"], s["ignored"],
                  s["refused"])
        self.summary.setText(_filled(self.tr("%1 new, %2 updated, %3 cancelled, %4 unchanged, "
                                             "%5 ignored, %6 refused."), *counts))
        for v in plan.visits:
            when = v.visit.start.astimezone(ZoneInfo(v.tz)).strftime("%Y-%m-%d %H:%M")
            self._row(translate("FhirImportDialog", ACTIONS[v.action]), v.resource_id, v.case_ref,
                      f"{when} {v.tz} ({v.visit.status.value})")
        for r in plan.refused:
            self._row(self.tr("Refused"), r.resource, "", f"{r.field}: {r.problem}")
        self.table.resizeColumnsToContents()
        self._show_confirmation(plan)
        self._update_buttons()

    def _row(self, *cells: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)  # a long refusal reads in full
            self.table.setItem(row, column, item)

    def _show_confirmation(self, plan: ImportPlan | None) -> None:
        unknown = plan.unknown_patients if plan is not None else ()
        confirmed = plan is not None and bool(plan.confirmed)
        if not unknown and not confirmed:
            self.confirm_text.hide()
            self.confirm.hide()
            return
        self.confirm_text.show()
        if confirmed:
            return  # the box stays checked and visible: unchecking undoes the confirmation
        patient = unknown[0]
        keys = ", ".join(patient.shown_keys)
        if self.case_ref is None:
            self.confirm.hide()
            self.confirm_text.setText(_filled(self.tr(
                "%1 (identifier %2) is not linked to a case yet. Open the survivor's case, then "
                "import from there to confirm it once."), patient.reference, keys))
            return
        self.confirm_text.setText(_filled(self.tr(
            "%1 (identifier %2) is not linked to a case yet. Check the EHR's record: is this the "
            "survivor of case %3? Workbench never matches a patient by name."),
            patient.reference, keys, self.case_ref))
        self.confirm.setText(self.tr("&This patient is the survivor of case %1")
                             .replace("%1", self.case_ref))
        self.confirm.setProperty("patient", patient.reference)
        self.confirm.show()

    # -- the confirmed patient -----------------------------------------------------------------
    def show_links(self) -> None:
        """Which EHR patient identifiers the open case is linked to (masked), if any."""
        links = [] if self.case_ref is None or self.denial is not None else \
            ops.patient_links(self.session, case_ref=self.case_ref)
        self.linked.setText(self.tr("EHR patient of %1: %2").replace("%1", self.case_ref or "")
                            .replace("%2", ", ".join(k.shown for k in links)) if links else "")
        self.linked.setVisible(bool(links))
        self.unlink_button.setVisible(bool(links))

    def ask_unlink(self) -> QMessageBox | None:
        """Ask before forgetting the case's EHR patient link (opened, not exec())."""
        if self.case_ref is None or self._busy:
            return None
        ref = self.case_ref
        self.question = ask_to_remove(
            self, title=self.tr("Forget the patient link"),
            text=self.tr("Forget which EHR patient is %1?").replace("%1", ref),
            details=self.tr("The appointments already imported stay. The next import of that "
                            "patient stops until you confirm it again."),
            answered=lambda box, removing: self._unlink_answered(box, removing, ref))
        return self.question

    def _unlink_answered(self, box: QMessageBox, removing: bool, ref: str) -> None:
        if self.question is box:
            self.question = None
        if not removing or self._cleared:
            return
        try:
            done = ops.unlink_patient(self.session, case_ref=ref)
        except WorkbenchError as exc:
            self.show_message(str(exc), error=True)
            return
        announce(self.session, done, self)
        self.plan = None
        self._show_plan()
        self.show_links()
        self.show_message(self.tr("%1 is no longer linked to an EHR patient.").replace("%1", ref))

    # -- importing -----------------------------------------------------------------------------
    def start_import(self) -> bool:
        """Import the checked plan off the UI thread; False when there is nothing to import."""
        plan = self.plan
        if self._busy or plan is None or not self.import_button.isEnabled():
            return False
        session, path = self.session, Path(self.path.text().strip()).expanduser()
        patient, skip = self.confirmed_patient(), self.skip.isChecked()
        case_ref = self.case_ref if patient else None

        def job(_progress: Any) -> Done[ImportOutcome]:
            return ops.import_appointments(session, path=path, case_ref=case_ref,
                                           confirm_patient=patient, skip_refused=skip)

        self._set_busy(True, self.tr("Importing…"))
        run_in_background(job, on_done=self._imported, on_error=self._failed)
        return True

    def _imported(self, done: Done[ImportOutcome]) -> None:
        if self._cleared:
            return
        self._set_busy(False)
        outcome = done.value
        s = outcome.plan.summary()
        cases = sorted({v.case_ref for v in outcome.plan.visits}) or [self.tr("no case")]
        text = _filled(self.tr("Imported into %1: %2 new, %3 updated, %4 cancelled, %5 "
                               "unchanged; %n practitioner(s) added to the contacts", None,
                               len(outcome.contact_ids)),
                       ", ".join(cases), s["new"], s["updated"], s["cancelled"], s["unchanged"])
        if outcome.linked_patients:
            text += self.tr("; the patient is now linked to the case")
            self.show_links()
        if outcome.skipped:
            text += self.tr("; %n refused resource(s) skipped", None, len(outcome.skipped))
        announce(self.session, done, self, text + ".")
        self.plan = None  # the table keeps showing what was imported; Import is off again
        self.summary.setText(self.tr("Imported as listed below."))
        self._show_confirmation(None)
        self.skip.setChecked(False)
        self._update_buttons()
        self.show_message(text + ".")
        self.imported.emit(outcome)

    def _failed(self, exc: Exception) -> None:
        if self._cleared:
            return
        self._set_busy(False)
        text = str(exc) if isinstance(exc, WorkbenchError) else self.tr(
            f"The file could not be read ({type(exc).__name__}).")
        self.show_message(text, error=True)
        self.import_failed.emit(text)

    # -- state ---------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        plan = self.plan
        work = plan is not None and any(v.action in ("new", "update", "cancel")
                                        for v in plan.visits)
        may = (plan is not None and (not plan.refused or self.skip.isChecked())
               and (work or bool(plan.confirmed)))
        gate(self.check_button, self.denial)
        gate(self.choose_button, self.denial)
        self.check_button.setEnabled(self.check_button.isEnabled() and not self._busy)
        self.import_button.setEnabled(bool(may) and not self._busy and self.denial is None)
        self.import_button.setDefault(self.import_button.isEnabled())
        self.check_button.setDefault(not self.import_button.isEnabled())
        self.skip.setVisible(plan is not None and bool(plan.refused))

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.busy.setFormat(text)
        self.path.setEnabled(not busy)
        self.confirm.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        if busy:
            self.show_message(text)
        self._update_buttons()

    def show_message(self, text: str, *, error: bool = False) -> None:
        """A status line: the confirmation, or an error in the error colour."""
        show_status(self.message, text, error=error)

    def is_busy(self) -> bool:
        """True while a file is read or imported."""
        return self._busy

    def is_dirty(self) -> bool:
        """True when a checked plan has not been imported (the lock discards it)."""
        return self.plan is not None

    def reject(self) -> None:
        """Close, except while work runs (the lock closes it with QDialog.done)."""
        if not self._busy:
            super().reject()

    def clear(self) -> None:
        """Forget the plan and everything shown (the workbench is locking, or closing)."""
        self._cleared = True
        self.plan = None
        self.table.setRowCount(0)
        for label in (self.summary, self.confirm_text, self.message, self.linked):
            label.clear()
        self.confirm.setText("")
        self.confirm.setProperty("patient", None)
        self.path.clear()
        self.busy.hide()
        self.unlink_button.hide()
        self.question = None
