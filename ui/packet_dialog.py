"""The packet builder: choose kind, recipient and purpose, see what consent lets out, generate.

The included/withheld preview is ``packets.plan_packet`` (the consent gate and the builder's
role view) on every change, before anything is written: a category the role may not read in
full is listed as withheld, with who can add it, and none of its titles. Generating is
``packets.make_packet``, off the UI thread: it writes atomically under a non-identifying
name and records the disclosure; the dialog then shows the packet from memory and announces
the disclosure on the session's signals. When the case's language has a packet translation
(exports.wording), a checkbox adds the survivor's courtesy copy (not for filing) next to it,
under the same disclosure; otherwise the checkbox is disabled and says why.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exports.consent_gate import PacketPlan, same_party_key
from exports.packet_job import STEPS, CaseRecords, PacketOutcome, PacketRequest
from exports.template import PACKET_KINDS
from exports.wording import case_translation, language_name, translation_languages
from models.errors import ConsentRefused, WorkbenchError
from models.records import ConsentStatus
from ui.editors.base import error_style
from ui.i18n import translate
from ui.operation_signals import announce
from ui.packet_certificate import SERVICE_METHODS as SERVICE_METHODS  # noqa: F401 - callers
from ui.packet_certificate import CertificateFields
from ui.packet_folder import default_folder, folder_problem
from ui.packet_plan_table import WITHHELD, PlanTableModel, plan_rows
from ui.packet_preview import PacketPreview
from ui.permissions import action_denial, gate
from ui.recipient_picker import describe
from ui.session import UiSession
from ui.table_sizing import measure_sample_only
from ui.worker import WorkerSignals, run_in_background
from workbench.operations import consent_contacts, packets
from workbench.operations.changes import Done
from workbench.operations.packets import MadePacket
from workbench.operations.policy import Action

log = logging.getLogger(__name__)
KIND_LABELS = {"court": QT_TRANSLATE_NOOP(
    "PacketDialog", "Court hearing"), "immigration": QT_TRANSLATE_NOOP(
        "PacketDialog", "Immigration filing"),
               "agency": QT_TRANSLATE_NOOP("PacketDialog", "Agency case conference")}
# the translation checkbox per wording language (another one: the generic words)
COPY_LABELS = {"es": QT_TRANSLATE_NOOP(
    "PacketDialog", "Also a Spanish cop&y for the survivor (not for filing)")}
ANY_COPY = QT_TRANSLATE_NOOP("PacketDialog",
                             "Also a cop&y in the survivor's language (not for filing)")


def _line(parent: QWidget, name: str, password: bool = False) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setAccessibleName(name)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _combo(parent: QWidget, name: str, editable: bool = False) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    combo.setEditable(editable)
    if editable:
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.lineEdit().setAccessibleName(name)
    return combo


class PacketDialog(QDialog):
    """Signals: packet_written(disclosure_id) after a packet was written and recorded."""

    packet_written = Signal(int)

    def __init__(self, session: UiSession, records: CaseRecords, parent: QWidget | None = None,
                 folder: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New packet"))
        self.setAccessibleName(self.tr("Packet builder"))
        self.session, self.records = session, records
        self.outcome: PacketOutcome | None = None
        self.made: MadePacket | None = None
        self._signals: WorkerSignals | None = None
        self._cleared = False
        self._labels = records.labels()
        self._auto_recipient = ""  # the recipient the defaults chose (replaced on a kind change)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_form())
        self.preview = PacketPreview(self.pages)
        self.pages.addWidget(self.preview)
        self.last_folder = folder  # where Choose… opens (kept in memory only)
        self.picker: QFileDialog | None = None
        self.folder.blockSignals(True)  # the plan is computed once everything exists
        self.folder.setText(folder)
        self.folder.blockSignals(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Packet message"))
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Packet progress"))
        self.progress.setRange(0, STEPS)
        self.progress.hide()
        self.generate_button = QPushButton(self.tr("&Generate"), self)
        self.generate_button.setAccessibleName(self.tr("Generate packet"))
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.start_generate)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAccessibleName(self.tr("Close packet builder"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch()
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._fill_choices()
        self.update_plan()

    # -- form ----------------------------------------------------------------------------------
    def _build_form(self) -> QWidget:
        page = QWidget(self)
        self.kind = _combo(page, self.tr("Packet kind"))
        for kind in PACKET_KINDS:
            self.kind.addItem(translate("PacketDialog", KIND_LABELS[kind]), kind)
        self.recipient = _combo(page, self.tr("Recipient"), editable=True)
        self.purpose = _combo(page, self.tr("Purpose"), editable=True)
        self.matter = _combo(page, self.tr("Matter"))
        self.password = _line(page, self.tr("Packet password (optional)"), password=True)
        self.confirm = _line(page, self.tr("Confirm packet password"), password=True)
        self.bates = _line(page, self.tr("Bates prefix"))
        self.bates.setText("WB")
        self.duplex = QCheckBox(self.tr("Pad to an even page count (duplex printing)"), page)
        self.duplex.setAccessibleName(self.tr("Duplex padding"))
        self._build_translation(page)
        self.compelled = QCheckBox(self.tr("Compelled release (subpoena or court order)"), page)
        self.compelled.setAccessibleName(self.tr("Compelled release"))
        gate(self.compelled, action_denial(self.session, Action.COMPELLED_RELEASE))
        self.legal_basis = _line(page, self.tr("Legal basis"))
        self.legal_basis.setPlaceholderText(self.tr("e.g. the subpoena or court order"))
        self.legal_basis.setEnabled(False)
        self._build_service(page)
        self.folder = _line(page, self.tr("Output folder"))
        self.folder.setPlaceholderText(self.tr("Type a folder, or use Choose…"))
        self.folder_error = QLabel(page)
        self.folder_error.setAccessibleName(self.tr("Output folder — error"))
        self.folder_error.setWordWrap(True)
        self.folder_error.setStyleSheet(error_style(self))
        self.folder_error.hide()
        self.recipient_hint = QLabel(page)
        self.recipient_hint.setAccessibleName(self.tr("Why this recipient"))
        self.recipient_hint.setWordWrap(True)
        self.choose_folder = QPushButton(self.tr("C&hoose…"), page)
        self.choose_folder.setAccessibleName(self.tr("Choose output folder"))
        self.choose_folder.clicked.connect(self.pick_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_folder)
        form = QFormLayout()
        recipient_box = QWidget(page)
        recipient_column = QVBoxLayout(recipient_box)
        recipient_column.setContentsMargins(0, 0, 0, 0)
        recipient_column.setSpacing(2)
        recipient_column.addWidget(self.recipient)
        recipient_column.addWidget(self.recipient_hint)
        recipient_box.setFocusProxy(self.recipient)
        for label, widget in ((self.tr("&Kind"), self.kind), (self.tr("&Matter"), self.matter),
                              (self.tr("&Recipient"), recipient_box),
                              (self.tr("&Purpose"), self.purpose),
                              (self.tr("Pass&word"), self.password),
                              (self.tr("Con&firm"), self.confirm),
                              (self.tr("&Bates prefix"), self.bates)):
            form.addRow(label, widget)
        form.addRow("", self.duplex)
        form.addRow("", self.translation)
        form.addRow("", self.translation_note)
        form.addRow("", self.compelled)
        form.addRow(self.tr("&Legal basis"), self.legal_basis)
        self.certificate.add_rows(form)
        folder_label = QLabel(self.tr("&Output folder"), page)
        folder_label.setBuddy(self.folder)  # Alt+O types a path; Alt+H opens Choose…
        form.addRow(folder_label, folder_row)
        form.addRow("", self.folder_error)
        self.model = PlanTableModel(self)
        self.table = QTableView(page)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Included and withheld"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        measure_sample_only(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(page)
        self.summary.setAccessibleName(self.tr("Plan summary"))
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        for signal in (self.kind.currentIndexChanged, self.recipient.currentTextChanged,
                       self.purpose.currentTextChanged, self.matter.currentIndexChanged,
                       self.password.textChanged, self.confirm.textChanged,
                       self.legal_basis.textChanged, self.compelled.toggled,
                       self.bates.textChanged, self.folder.textChanged,
                       self.certificate.edited):
            signal.connect(self.update_plan)
        self.kind.currentIndexChanged.connect(self.certificate.show_for_kind)
        self.certificate.show_for_kind()
        self.compelled.toggled.connect(self.legal_basis.setEnabled)
        self.recipient.currentTextChanged.connect(self._fill_purposes)
        self.recipient.currentTextChanged.connect(self._show_recipient_hint)
        self.kind.currentIndexChanged.connect(self.apply_defaults)
        self.matter.currentIndexChanged.connect(self.apply_defaults)
        return page

    def _build_service(self, page: QWidget) -> None:
        """The signature line and, for court packets, the certificate of service fields
        (ui.packet_certificate); the widgets are the dialog's too, as the tests drive them."""
        self.certificate = cert = CertificateFields(page, self.session.today(), self._is_court,
                                                    error_style(self))
        self.signature, self.served_on = cert.signature, cert.served_on
        self.service_method, self.served_date = cert.service_method, cert.served_date
        self.service_note, self.service_error = cert.service_note, cert.service_error

    def _build_translation(self, page: QWidget) -> None:
        """The survivor's courtesy copy: offered only when the case's language has one."""
        code = self.translation_code = case_translation(self.records.case.languages)
        label = translate("PacketDialog", COPY_LABELS.get(code or "", ANY_COPY))
        self.translation = QCheckBox(label, page)
        self.translation.setAccessibleName(self.tr("Survivor's copy, not for filing"))
        self.translation_note = QLabel(page)
        self.translation_note.setAccessibleName(self.tr("Survivor's copy — note"))
        self.translation_note.setWordWrap(True)
        if code is None:
            have = ", ".join(self.records.case.languages) or self.tr("none recorded")
            reason = (self.tr("No packet translation for the case's languages (%1). "
                              "Translations exist for: %2.")
                      .replace("%1", have)
                      .replace("%2", ", ".join(language_name(c) for c in translation_languages())))
            gate(self.translation, reason)
            self.translation_note.setText(reason)
        else:
            self.translation_note.setText(self.tr(
                "Written next to the packet as a second file, marked on every page as a "
                "courtesy translation; both are in one disclosure record."))

    def _is_court(self) -> bool:
        return (self.kind.currentData() or "court") == "court"

    def _fill_choices(self) -> None:
        self.defaults = consent_contacts.packet_defaults(
            self.session, records=self.records, kind=self.kind.currentData() or "court")
        self.recipient.blockSignals(True)
        consented = True
        for choice in self.defaults.choices:
            if consented and choice.consent is not ConsentStatus.ACTIVE:
                consented = False
                if self.recipient.count():
                    self.recipient.insertSeparator(self.recipient.count())
            self.recipient.addItem(choice.name)
            self.recipient.setItemData(self.recipient.count() - 1, describe(choice),
                                       Qt.ItemDataRole.ToolTipRole)
        self.recipient.setCurrentIndex(-1)
        self.recipient.blockSignals(False)
        self.recipient.lineEdit().setPlaceholderText(
            self.tr("Choose a recipient (those with an active consent come first)"))
        self.matter.blockSignals(True)
        self.matter.addItem(self.tr("Chosen by the packet kind"), "")
        for matter in self.records.matters:
            self.matter.addItem(f"{matter.ref} {matter.title}".strip(), matter.ref)
        self.matter.blockSignals(False)
        self.apply_defaults()

    def apply_defaults(self) -> None:
        """Recipient and purpose from the kind and the matter (packet_defaults), unless the
        person already chose a recipient of their own."""
        if self._cleared:
            return
        self.defaults = consent_contacts.packet_defaults(
            self.session, records=self.records, kind=self.kind.currentData() or "court",
            matter_ref=self.matter.currentData() or None)
        default_matter = self.defaults.matter
        self.matter.setItemText(0, self.tr("Chosen by the packet kind") + (
            f" ({default_matter.ref} {default_matter.title}".rstrip() + ")"
            if default_matter is not None and not self.matter.currentData() else ""))
        current = self.recipient.currentText().strip()
        if current and current != self._auto_recipient:
            self._show_recipient_hint(current)
            return
        self._auto_recipient = self.defaults.recipient
        self.recipient.setCurrentText(self.defaults.recipient)
        if self.defaults.purpose:
            self.purpose.setCurrentText(self.defaults.purpose)
        self._show_recipient_hint(self.recipient.currentText())
        self.update_plan()

    def _show_recipient_hint(self, name: str) -> None:
        name = name.strip()
        choice = next((c for c in self.defaults.choices
                       if same_party_key(c.name) == same_party_key(name)), None) if name else None
        if not name:
            text = self.defaults.why
        elif name == self.defaults.recipient:
            text = self.defaults.why + " " + self.tr("Purpose from its consent: %1.").replace(
                "%1", self.defaults.purpose)
        elif choice is not None:
            text = describe(choice)
        else:
            text = self.tr("No consent names this recipient: nothing would be included.")
        self.recipient_hint.setText(text)

    def _fill_purposes(self, recipient: str) -> None:
        current = self.purpose.currentText()
        self.purpose.blockSignals(True)
        self.purpose.clear()
        self.purpose.addItems(self.records.purposes(recipient))
        if current and self.purpose.findText(current) >= 0:
            self.purpose.setCurrentText(current)
        self.purpose.blockSignals(False)

    def request(self) -> PacketRequest:
        """The choices as a request."""
        basis = self.legal_basis.text().strip() if self.compelled.isChecked() else None
        return PacketRequest(
            kind=self.kind.currentData() or "court", recipient=self.recipient.currentText().strip(),
            purpose=self.purpose.currentText().strip(), matter_ref=self.matter.currentData() or None,
            legal_basis=basis, password=self.password.text() or None,
            bates_prefix=self.bates.text().strip(), pad_even=self.duplex.isChecked(),
            translation=self.translation_code if self.translation.isChecked() else None,
            **self.certificate.request_fields())  # type: ignore[arg-type]

    # -- preview of the decision ---------------------------------------------------------------
    def update_plan(self) -> bool:
        """Recompute included/withheld; enable Generate only when a packet may be written."""
        if self._cleared:
            return False
        problem = self._form_problem()
        rows = []
        if not problem or problem.startswith("!"):
            try:
                plan = packets.plan_packet(self.session, records=self.records,
                                           request=self.request())
                rows = plan_rows(plan, self._labels)
            except ConsentRefused as exc:
                # still show what is withheld and why: the person can see which consent is missing
                rows = plan_rows(exc.plan, self._labels) if isinstance(exc.plan, PacketPlan) else []
                problem = str(exc)
            except WorkbenchError as exc:
                problem = str(exc)
        self.model.set_rows(rows)
        withheld = sum(r.records for r in rows if r.decision == WITHHELD)
        included = sum(r.records for r in rows) - withheld
        self.summary.setText(self.tr("%1 record(s) included, %2 withheld.")
                             .replace("%1", str(included)).replace("%2", str(withheld))
                             if rows else "")
        problem = problem.lstrip("!")
        where = folder_problem(self.folder.text())
        self.folder_error.setText("⚠ " + where if where and self.folder.text().strip() else "")
        self.folder_error.setVisible(bool(self.folder_error.text()))
        if not problem and where:
            problem = where
        service = self.certificate.show_problem()
        if not problem and service:
            problem = service
        self.message.setText(problem)
        ok = not problem and self._signals is None
        self.generate_button.setEnabled(ok)
        return ok

    def _form_problem(self) -> str:
        """What stops generating; a leading "!" means the plan can still be shown."""
        if not self.recipient.currentText().strip():
            return self.tr("Choose the recipient of the packet.")
        if self.compelled.isChecked() and not self.legal_basis.text().strip():
            return self.tr("A compelled release needs its legal basis (the subpoena or court "
                           "order).")
        if not self.purpose.currentText().strip():
            return "!" + self.tr("State the purpose of the packet.")
        if self.password.text() != self.confirm.text():
            return "!" + self.tr("The two packet passwords do not match.")
        return ""

    # -- folder --------------------------------------------------------------------------------
    def pick_folder(self) -> QFileDialog:
        """Ask for the output folder (Qt's own dialog, window-modal: the lock can close it)."""
        start = default_folder(self.folder.text() or self.last_folder)
        picker = QFileDialog(self, self.tr("Folder for the packet"), start)
        picker.setFileMode(QFileDialog.FileMode.Directory)
        picker.setOptions(QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ShowDirsOnly)
        self.picker = picker
        picker.fileSelected.connect(self.set_folder)
        picker.open()
        return picker

    def set_folder(self, folder: str) -> None:
        """Use ``folder`` for the packet."""
        self.folder.setText(folder)
        self.update_plan()

    # -- generate ------------------------------------------------------------------------------
    def start_generate(self) -> bool:
        """Start writing the packet in the background; False when the form is not ready."""
        if not self.update_plan():
            return False
        request, folder = self.request(), Path(self.folder.text().strip()).expanduser()
        session, records = self.session, self.records
        self.pages.widget(0).setEnabled(False)
        self.generate_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.message.setText(self.tr("Writing the packet…"))
        self._signals = run_in_background(
            lambda progress: packets.make_packet(session, records=records, request=request,
                                                 folder=folder, progress=progress),
            on_done=self._on_done, on_error=self._on_error, on_progress=self._on_progress)
        return True

    def is_busy(self) -> bool:
        """True while a packet is being written."""
        return self._signals is not None

    def _on_progress(self, done: int, total: int) -> None:
        if not self._cleared:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _on_done(self, done: Done[MadePacket]) -> None:
        self._signals = None
        if self._cleared:
            return  # locked meanwhile: show nothing of the packet
        self.made = done.value
        self.outcome = outcome = done.value.outcome
        announce(self.session, done, self, self.tr("Packet written; its disclosure is recorded."))
        self.progress.hide()
        pages = self.preview.show_pdf(outcome.data, self.password.text() or None)
        summary = (self.tr("Written to %1 (%2 pages); disclosure recorded.")
                   .replace("%1", str(outcome.path)).replace("%2", str(pages)))
        copy = outcome.translation
        if copy is not None:
            summary += "\n" + (self.tr("The survivor's copy (not for filing): %1 (%2 pages).")
                               .replace("%1", str(copy.path)).replace("%2", str(copy.pages)))
        if done.value.font_warning:
            summary += "\n" + done.value.font_warning
        self.preview.summary.setText(summary)
        self.pages.setCurrentWidget(self.preview)
        self.message.setText("")
        self.close_button.setFocus()
        self.packet_written.emit(outcome.disclosure_id)

    def _on_error(self, exc: Exception) -> None:
        self._signals = None
        if self._cleared:
            return
        self.progress.hide()
        self.pages.widget(0).setEnabled(True)
        self.update_plan()
        if isinstance(exc, WorkbenchError):
            self.message.setText(str(exc))
        else:
            # Type only: an exception's text may quote case data.
            log.error("packet generation failed: %s", type(exc).__name__)
            self.message.setText(self.tr("The packet could not be written (%1).")
                                 .replace("%1", type(exc).__name__))

    def clear(self) -> None:
        """Forget passwords, the plan and the preview (the workbench is locking)."""
        self._cleared = True
        for edit in (self.password, self.confirm, self.legal_basis):
            edit.clear()
        self.certificate.clear()
        self.translation.setChecked(False)
        for combo in (self.recipient, self.purpose, self.matter):
            combo.clear()
        self.recipient_hint.clear()
        self.folder_error.clear()
        self._auto_recipient = ""
        self.model.clear()
        self.preview.clear()
        self.summary.clear()
        self.outcome = self.made = None
