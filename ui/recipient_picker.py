"""The recipient of a consent, picked from the case's and the hub's contacts and the ledger's
recipients (a searchable combo), with "New recipient…" adding a contact inline.

Signals: recipient_added(name) after a new recipient was stored as a contact.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exports.consent_gate import same_party_key
from models.errors import WorkbenchError
from models.records import ConsentStatus, ContactKind
from ui.i18n import translate
from ui.operation_signals import announce
from ui.session import UiSession
from workbench.operations import consent_contacts
from workbench.operations.consent_contacts import Recipient

KIND_LABELS = {ContactKind.COURT: QT_TRANSLATE_NOOP(
    "RecipientPicker", "Court"), ContactKind.OTHER: QT_TRANSLATE_NOOP(
        "RecipientPicker", "Agency or other"),
               ContactKind.ATTORNEY: QT_TRANSLATE_NOOP(
                   "RecipientPicker", "Attorney"), ContactKind.CLINICIAN: QT_TRANSLATE_NOOP(
                       "RecipientPicker", "Clinician"),
               ContactKind.CERTIFYING_OFFICIAL: QT_TRANSLATE_NOOP(
                   "RecipientPicker", "Certifying official"),
               ContactKind.INTERPRETER: QT_TRANSLATE_NOOP("RecipientPicker", "Interpreter")}
SOURCE_LABELS = {"ledger": QT_TRANSLATE_NOOP(
    "RecipientPicker", "In the consent ledger"), "case contact": QT_TRANSLATE_NOOP(
        "RecipientPicker", "A contact of this case"),
                 "hub contact": QT_TRANSLATE_NOOP(
                     "RecipientPicker", "A contact shared by every case")}
CONSENT_LABELS = {ConsentStatus.ACTIVE: QT_TRANSLATE_NOOP(
    "RecipientPicker", "an active consent"), ConsentStatus.EXPIRED:
                  QT_TRANSLATE_NOOP(
                      "RecipientPicker", "consent expired"), ConsentStatus.REVOKED: QT_TRANSLATE_NOOP(
                          "RecipientPicker", "consent revoked"),
                  ConsentStatus.NOT_YET: QT_TRANSLATE_NOOP(
                      "RecipientPicker", "consent not yet in force")}


def describe(recipient: Recipient) -> str:
    """"A contact shared by every case · court · an active consent"."""
    parts = [translate("RecipientPicker", SOURCE_LABELS[recipient.source])]
    if recipient.kind is not None:
        parts.append(translate("RecipientPicker", KIND_LABELS[recipient.kind]).lower())
    if recipient.organisation:
        parts.append(recipient.organisation)
    parts.append(translate("RecipientPicker", CONSENT_LABELS[recipient.consent])
                 if recipient.consent else translate("RecipientPicker", "no consent yet"))
    return " · ".join(parts)


class RecipientCombo(QComboBox):
    """An editable combo searched by any part of the name; ``text()``/``setText()`` read and
    set the typed name, like the line edit it replaces."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(28)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Type to search contacts and recipients"))

    def text(self) -> str:
        """The name shown (typed or picked)."""
        return self.currentText()

    def setText(self, text: str) -> None:  # noqa: N802 - reads like QLineEdit.setText
        """Show ``text`` as the name (selecting the matching choice when there is one)."""
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(text)


class RecipientPicker(QWidget):
    """The combo, a line saying where the chosen recipient comes from, and the inline form
    that adds a new one (``consent_contacts.add_recipient``)."""

    recipient_added = Signal(str)

    def __init__(self, session: UiSession, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.case_id = session, case_id
        self.choices: list[Recipient] = []
        self.combo = RecipientCombo(self)
        self.new_button = QPushButton(self.tr("&New recipient…"), self)
        self.new_button.setAccessibleName(self.tr("New recipient"))
        self.new_button.clicked.connect(self.show_new_form)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("About this recipient"))
        self.panel = self._new_form()
        self.panel.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 1)
        row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.panel)
        self.setFocusProxy(self.combo)
        self.combo.currentTextChanged.connect(self._show_hint)
        self.reload()

    def _new_form(self) -> QFrame:
        panel = QFrame(self)
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setAccessibleName(self.tr("New recipient"))
        self.new_name = QLineEdit(panel)
        self.new_name.setAccessibleName(self.tr("New recipient's name"))
        self.new_name.setPlaceholderText(self.tr("e.g. San Francisco Immigration Court"))
        self.new_kind = QComboBox(panel)
        self.new_kind.setAccessibleName(self.tr("Kind of recipient"))
        for kind, label in KIND_LABELS.items():
            self.new_kind.addItem(translate("RecipientPicker", label), kind)
        self.new_organisation = QLineEdit(panel)
        self.new_organisation.setAccessibleName(self.tr("Organisation (optional)"))
        self.new_shared = QCheckBox(self.tr("Share with every case (a court or an agency)"), panel)
        self.new_shared.setAccessibleName(self.tr("Share with every case"))
        self.new_error = QLabel(panel)
        self.new_error.setWordWrap(True)
        self.new_error.setAccessibleName(self.tr("New recipient — error"))
        self.new_error.setStyleSheet("color: #b00020;")
        self.new_error.hide()
        self.add_button = QPushButton(self.tr("&Add recipient"), panel)
        self.add_button.setAccessibleName(self.tr("Add recipient"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_new)
        cancel = QPushButton(self.tr("Cancel new recipient"), panel)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.hide_new_form)
        self.new_name.installEventFilter(self)  # Enter adds the recipient, not the dialog's OK
        form = QFormLayout(panel)
        form.addRow(self.tr("Na&me"), self.new_name)
        form.addRow(self.tr("Kin&d"), self.new_kind)
        form.addRow(self.tr("Organi&sation"), self.new_organisation)
        form.addRow("", self.new_shared)
        form.addRow("", self.new_error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(cancel)
        form.addRow(buttons)
        return panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (watched is self.new_name and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.add_new()
            return True
        return super().eventFilter(watched, event)

    def reload(self, select: str = "") -> None:
        """Re-read the choices (through the operations), keeping or choosing ``select``."""
        keep = select or self.combo.currentText()
        self.choices = consent_contacts.recipients_for(self.session, case_id=self.case_id)
        self.combo.blockSignals(True)
        self.combo.clear()
        for choice in self.choices:
            self.combo.addItem(choice.name)
            self.combo.setItemData(self.combo.count() - 1, describe(choice),
                                   Qt.ItemDataRole.ToolTipRole)
        self.combo.setCurrentIndex(-1)
        self.combo.setText(keep)
        self.combo.blockSignals(False)
        self._show_hint(self.combo.currentText())

    def known(self, name: str) -> Recipient | None:
        """The choice called ``name`` (case and spacing do not matter), or None."""
        key = same_party_key(name)
        return next((c for c in self.choices if same_party_key(c.name) == key), None)

    def _show_hint(self, name: str) -> None:
        choice = self.known(name) if name.strip() else None
        if choice is not None:
            self.hint.setText(describe(choice))
        elif name.strip():
            self.hint.setText(self.tr("Not in the list yet: add it with New recipient…"))
        else:
            self.hint.setText(self.tr("%1 recipient(s) to choose from.")
                              .replace("%1", str(len(self.choices))))

    def show_new_form(self) -> None:
        """Open the inline form, starting from what was typed in the combo."""
        typed = self.combo.currentText().strip()
        if typed and self.known(typed) is None:
            self.new_name.setText(typed)
        self.new_error.hide()
        self.panel.show()
        self.new_name.setFocus()

    def hide_new_form(self) -> None:
        """Close the inline form without adding anything."""
        self.panel.hide()
        self.new_name.clear()
        self.new_organisation.clear()
        self.new_error.hide()
        self.combo.setFocus()

    def add_new(self) -> bool:
        """Store the new recipient as a contact, select it; False (and why) when refused."""
        try:
            done = consent_contacts.add_recipient(
                self.session, case_id=self.case_id, name=self.new_name.text(),
                kind=self.new_kind.currentData(), organisation=self.new_organisation.text(),
                shared=self.new_shared.isChecked())
        except WorkbenchError as exc:
            self.new_error.setText("⚠ " + str(exc))
            self.new_error.show()
            return False
        announce(self.session, done, self, self.tr("Recipient added to the contacts."))
        self.hide_new_form()
        self.reload(select=done.value.name)
        self.recipient_added.emit(done.value.name)
        return True

    def clear(self) -> None:
        """Forget every name (the workbench is locking)."""
        self.combo.clear()
        self.combo.setEditText("")
        self.choices = []
        self.hint.clear()
        for edit in (self.new_name, self.new_organisation):
            edit.clear()
