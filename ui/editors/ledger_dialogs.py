"""Consent (grant and revoke) and document (attach a PDF or image into the vault) editors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from models.records import Category
from ui.editors.base import RecordDialog
from ui.editors.fields import CategoryChecklist, DateField, enum_combo, parse_text
from ui.permissions import writable
from workbench.operations import care
from workbench.operations.changes import Done

MAX_DOCUMENT_BYTES = 25 * 1024 * 1024
# sniffed from the first bytes, never trusted from the file name alone
MAGIC = {b"%PDF-": "application/pdf", b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}


def sniff_media_type(data: bytes) -> str | None:
    """The media type of a PDF, PNG or JPEG by its signature, else None."""
    return next((kind for magic, kind in MAGIC.items() if data.startswith(magic)), None)


class ConsentDialog(RecordDialog):
    """Record a consent; with ``existing``, revoke it from a date."""

    def confirmation(self) -> str:
        return self.tr("Consent revoked.") if self.existing else self.tr("Consent recorded.")

    def __init__(self, session: Any, case: Any, existing: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, existing, parent)
        self.setWindowTitle(self.tr("Revoke consent") if existing else self.tr("Consent"))
        if existing is not None:
            self.revoked = self.add_field("revoked", self.tr("Revoked from"),
                                          DateField(session.today(), self))
            return
        self.recipient = self.add_field("recipient", self.tr("Recipient"), QLineEdit(self))
        self.categories = self.add_field("categories", self.tr("Categories"), CategoryChecklist(parent=self))
        self.purpose = self.add_field("purpose", self.tr("Purpose"), QLineEdit(self))
        self.granted = self.add_field("granted", self.tr("Granted on"), DateField(session.today(), self))
        self.expires = self.add_field("expires", self.tr("Expires on (optional)"), DateField(None, self))
        self.how = self.add_field("how_given", self.tr("How given"), QComboBox(self))
        for value, text in (("written", self.tr("Written")), ("verbal", self.tr("Verbal")),
                            ("electronic", self.tr("Electronic"))):
            self.how.addItem(text, value)

    def collect(self) -> dict[str, Any]:
        if self.existing is not None:
            on = self.field("revoked", lambda: self.revoked.value())
            if on and on < self.existing.granted:
                self.fail("revoked", self.tr("Revocation cannot be before the consent was granted."))
            return {"on": on}
        values = {
            "recipient": self.field("recipient", lambda: parse_text(self.recipient.text())),
            "categories": self.categories.value(),
            "purpose": self.field("purpose", lambda: parse_text(self.purpose.text())),
            "granted": self.field("granted", lambda: self.granted.value()),
            "expires": self.field("expires", lambda: self.expires.value(required=False)),
            "how_given": self.how.currentData(),
        }
        if not values["categories"]:
            self.fail("categories", self.tr("Tick at least one category."))
        if values["granted"] and values["expires"] and values["expires"] < values["granted"]:
            self.fail("expires", self.tr("The expiry date is before the grant date."))
        return values

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
            raise FieldError("Choose a file that exists.")
        if path.stat().st_size > MAX_DOCUMENT_BYTES:
            raise FieldError("The file is larger than 25 MB.")
        data = path.read_bytes()
        media = sniff_media_type(data)
        if media is None:
            raise FieldError("Only PDF, PNG and JPEG files can be attached.")
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
