"""Consent (grant and revoke) and document (attach a PDF or image into the vault) editors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from exports.consent_gate import same_party_key
from models.records import Category, Consent, ConsentStatus
from ui.consent_status import restate
from ui.editors.base import RecordDialog
from ui.editors.fields import CategoryChecklist, DateField, FieldError, enum_combo, parse_text
from ui.i18n import translate
from ui.permissions import writable
from ui.recipient_picker import RecipientPicker
from workbench.operations import care, ledger
from workbench.operations.changes import Done

MAX_DOCUMENT_BYTES = 25 * 1024 * 1024
# sniffed from the first bytes, never trusted from the file name alone
MAGIC = {b"%PDF-": "application/pdf", b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}


def sniff_media_type(data: bytes) -> str | None:
    """The media type of a PDF, PNG or JPEG by its signature, else None."""
    return next((kind for magic, kind in MAGIC.items() if data.startswith(magic)), None)


class ConsentDialog(RecordDialog):
    """Record a consent (the recipient picked from contacts and the ledger); with ``existing``,
    revoke it from a date. Either way a question restating the consent comes first, with
    Cancel as its default (``question``, opened window-modal, never exec())."""

    def confirmation(self) -> str:
        if self.existing is not None and self.saved is not None:
            return self.tr("Consent revoked from %1; packets no longer include what it "
                           "covered.").replace("%1", self.saved.revoked.isoformat())
        return self.tr("Consent recorded.")

    def __init__(self, session: Any, case: Any, existing: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, existing, parent)
        self.question: QMessageBox | None = None
        self._confirmed = False
        self.setWindowTitle(self.tr("Revoke consent") if existing else self.tr("Record consent"))
        if existing is not None:
            self.about = QLabel(self.tr("Revoke %1.").replace("%1", restate(existing)), self)
            self.about.setWordWrap(True)
            self.about.setAccessibleName(self.tr("Consent to revoke"))
            self.form.addRow(self.about)
            self.revoked = self.add_field("revoked", self.tr("Revoked from"),
                                          DateField(session.today(), self))
            self._name_ok(self.tr("Revoke…"))
            return
        self.picker = RecipientPicker(session, case.id, self)
        self.recipient = self.picker.combo
        self.add_field("recipient", self.tr("&Recipient"), self.picker)
        self.categories = self.add_field("categories", self.tr("Categories"), CategoryChecklist(parent=self))
        self.purpose = self.add_field("purpose", self.tr("&Purpose"), QLineEdit(self))
        self.purpose.setPlaceholderText(self.tr("e.g. Court hearing, T visa application"))
        purposes = sorted({c.purpose for c in ledger.consents_for(session, case_id=case.id)})
        self.purpose.setCompleter(QCompleter(purposes, self.purpose))
        self.granted = self.add_field("granted", self.tr("&Granted on"), DateField(session.today(), self))
        self.expires = self.add_field("expires", self.tr("&Expires on (optional)"), DateField(None, self))
        self.how = self.add_field("how_given", self.tr("&How given"), QComboBox(self))
        for value, text in (("written", self.tr("Written")), ("verbal", self.tr("Verbal")),
                            ("electronic", self.tr("Electronic"))):
            self.how.addItem(text, value)
        self._name_ok(self.tr("Record…"))

    def _name_ok(self, text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(text)
        ok.setAccessibleName(text.rstrip("…"))

    def collect(self) -> dict[str, Any]:
        if self.existing is not None:
            on = self.field("revoked", lambda: self.revoked.value())
            if on and on < self.existing.granted:
                self.fail("revoked", self.tr("The revocation date is before the consent was "
                                             "granted (%1).").replace(
                                                 "%1", self.existing.granted.isoformat()))
            return {"on": on}
        values = {
            "recipient": self.field("recipient", self._recipient),
            "categories": self.categories.value(),
            "purpose": self.field("purpose", self._purpose),
            "granted": self.field("granted", lambda: self.granted.value()),
            "expires": self.field("expires", lambda: self.expires.value(required=False)),
            "how_given": self.how.currentData(),
        }
        if not values["categories"]:
            self.fail("categories", self.tr("Tick at least one category the survivor agreed "
                                            "to share."))
        if values["granted"] and values["expires"] and values["expires"] < values["granted"]:
            self.fail("expires", self.tr("The expiry date is before the grant date (%1).")
                      .replace("%1", values["granted"].isoformat()))
        self._check_duplicate(values)
        return values

    def _purpose(self) -> str:
        text = " ".join(self.purpose.text().split())
        if not text:
            raise FieldError(translate(
                "FieldError", "State the purpose the survivor agreed to (e.g. Court hearing)."))
        return text

    def _recipient(self) -> str:
        name = " ".join(self.recipient.text().split())
        if not name:
            raise FieldError(translate("FieldError", "Choose the recipient from the list, or add "
                                       "one with New recipient…"))
        known = self.picker.known(name)
        if known is None:
            raise FieldError(translate("FieldError", "%1 is not in the list: choose a recipient "
                                       "from the list, or add it with New recipient…")
                             .replace("%1", name))
        return known.name

    def _check_duplicate(self, values: dict[str, Any]) -> None:
        if self._failed or not values["recipient"]:
            return
        today = self.session.today()
        for c in ledger.consents_for(self.session, case_id=self.case.id):
            if (same_party_key(c.recipient) == same_party_key(values["recipient"])
                    and same_party_key(c.purpose) == same_party_key(values["purpose"])
                    and values["categories"] <= c.categories
                    and c.status(today) is ConsentStatus.ACTIVE):
                self.fail("categories", self.tr("%1 already covers these categories.")
                          .replace("%1", restate(c)[0].upper() + restate(c)[1:]))
                return

    def accept(self) -> None:
        """Validate, then ask (restating the consent); save only after the person agrees."""
        if self._confirmed:
            super().accept()
            return
        self._clear_errors()
        self._failed = False
        values = self.collect()
        if self._failed:
            return
        self.question = self._question(values)
        self.question.open()

    def _question(self, values: dict[str, Any]) -> QMessageBox:
        if self.existing is not None:
            what = restate(self.existing)
            text = self.tr("Revoke %1?").replace("%1", what)
            more = self.tr("From %1 no packet will include what it covers. A revocation "
                           "cannot be undone; a new consent would have to be recorded.").replace(
                               "%1", values["on"].isoformat())
            yes = self.tr("Revoke consent")
        else:
            draft = Consent(0, self.case.id, values["recipient"], values["categories"],
                            values["purpose"], values["granted"], values["expires"])
            text = self.tr("Record %1?").replace("%1", restate(draft))
            more = (self.tr("It expires on %1.").replace("%1", values["expires"].isoformat())
                    if values["expires"] else self.tr("It has no expiry date."))
            yes = self.tr("Record consent")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Confirm consent"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(more)
        box.button(QMessageBox.StandardButton.Yes).setText(yes)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.buttonClicked.connect(lambda button: self._answered(box, button))
        return box

    def _answered(self, box: QMessageBox, button: Any) -> None:
        if box.standardButton(button) != QMessageBox.StandardButton.Yes:
            return
        self._confirmed = True
        try:
            self.accept()
        finally:
            self._confirmed = False

    def clear(self) -> None:
        """Wipe the form, the recipients' names and any open question (the lock)."""
        super().clear()
        if self.existing is None:
            self.picker.clear()
        else:
            self.about.clear()
        if self.question is not None:
            self.question.setText("")
            self.question.setInformativeText("")

    def save(self, values: dict[str, Any]) -> Done[Any]:
        if self.existing is not None:
            return care.revoke_consent(self.session, consent_id=self.existing.id, on=values["on"])
        return care.add_consent(self.session, case_id=self.case.id, **values)


class DocumentDialog(RecordDialog):
    """Attach a PDF, PNG or JPEG: read the bytes, check type and size, store in the vault."""

    def confirmation(self) -> str:
        return self.tr("Document attached.")

    def __init__(self, session: Any, case: Any, existing: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, existing, parent)
        self.setWindowTitle(self.tr("Attach document"))
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.path = QLineEdit(row)
        self.path.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("Browse…"), row)
        browse.setAccessibleName(self.tr("Browse for a file"))
        browse.clicked.connect(self.browse)
        layout.addWidget(self.path, 1)
        layout.addWidget(browse)
        self.add_field("file", self.tr("File (PDF, PNG or JPEG)"), row)
        self.title_edit = self.add_field("title", self.tr("Title"), QLineEdit(self))
        self.category = self.add_field("category", self.tr("Category"),
                                       enum_combo(writable(session, Category), self))
        self.doc_date = self.add_field("doc_date", self.tr("Document date (optional)"), DateField(None, self))

    def browse(self) -> None:
        """Pick a file with Qt's own dialog (the native one may record recent files)."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach document"), "", self.tr("Documents (*.pdf *.png *.jpg *.jpeg)"),
            options=QFileDialog.Option.DontUseNativeDialog)
        if name:
            self.path.setText(name)

    def _read(self) -> tuple[bytes, str]:
        from ui.editors.fields import FieldError

        path = Path(self.path.text().strip())
        if not self.path.text().strip() or not path.is_file():
            raise FieldError(translate("FieldError", "Choose a file that exists."))
        if path.stat().st_size > MAX_DOCUMENT_BYTES:
            raise FieldError(translate("FieldError", "The file is larger than 25 MB."))
        data = path.read_bytes()
        media = sniff_media_type(data)
        if media is None:
            raise FieldError(translate(
                "FieldError", "Only PDF, PNG and JPEG files can be attached."))
        return data, media

    def collect(self) -> dict[str, Any]:
        read = self.field("file", self._read)
        return {
            "file": read,
            "title": self.field("title", lambda: parse_text(self.title_edit.text())),
            "category": self.category.currentData(),
            "doc_date": self.field("doc_date", lambda: self.doc_date.value(required=False)),
        }

    def save(self, values: dict[str, Any]) -> Done[Any]:
        data, media = values["file"]
        return care.add_document(self.session, case_id=self.case.id, category=values["category"],
                                 title=values["title"], data=data, media_type=media,
                                 doc_date=values["doc_date"])
