"""The packet builder's signature line and certificate of service (served on, how, when):
court packets only; what is wrong with them is said beside them and stops Generate."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from exports.template import load_template
from ui.editors.fields import DateField, FieldError
from ui.i18n import translate

# How a court packet was served: (label, the court template's certificate_of_service method key)
SERVICE_METHODS = ((QT_TRANSLATE_NOOP("CertificateFields", "first-class mail"), "mail"),
                   (QT_TRANSLATE_NOOP("CertificateFields", "personal delivery"), "hand"),
                   (QT_TRANSLATE_NOOP("CertificateFields", "email"), "email"),
                   (QT_TRANSLATE_NOOP("CertificateFields", "the court's e-filing system"), "efile"),
                   (QT_TRANSLATE_NOOP("CertificateFields", "fax"), "fax"))


class CertificateFields(QObject):
    """The signature checkbox and the certificate of service fields on ``page``; ``is_court``
    says whether the packet being built is a court packet.

    Signals: edited() after any change to the service fields.
    """

    edited = Signal()

    def __init__(self, page: QWidget, today: date, is_court: Callable[[], bool],
                 error_style: str) -> None:
        super().__init__(page)
        self._page, self._is_court = page, is_court
        self.signature = QCheckBox(self.tr("&Signature and date line on the cover"), page)
        self.signature.setAccessibleName(self.tr("Signature and date line"))
        self.served_on = QLineEdit(page)
        self.served_on.setAccessibleName(self.tr("Served on"))
        self.served_on.setPlaceholderText(
            self.tr("Who was served (leave empty for no certificate of service)"))
        self.service_method = QComboBox(page)
        self.service_method.setAccessibleName(self.tr("How served"))
        self.service_method.addItem(self.tr("Choose how…"), "")
        methods = load_template("court").certificate.get("methods", {})
        for label, key in SERVICE_METHODS:
            if key in methods:
                self.service_method.addItem(translate("CertificateFields", label), key)
        self.served_date = DateField(today, page, today=today)
        self.served_date.setAccessibleName(self.tr("Date served"))
        self.service_note = QLabel(page)
        self.service_note.setAccessibleName(self.tr("Certificate of service — note"))
        self.service_note.setWordWrap(True)
        self.service_error = QLabel(page)
        self.service_error.setAccessibleName(self.tr("Certificate of service — error"))
        self.service_error.setWordWrap(True)
        self.service_error.setStyleSheet(error_style)
        self.service_error.hide()
        self._form: QFormLayout | None = None
        self._notes_row = -1
        for signal in (self.served_on.textChanged, self.service_method.currentIndexChanged,
                       self.served_date.date_edited):
            signal.connect(self.edited)

    def add_rows(self, form: QFormLayout) -> None:
        """The signature checkbox, served on, how and when served (one row: the builder fits
        768 px screens), and the note or problem row under them."""
        page = self._page
        form.addRow("", self.signature)
        form.addRow(self.tr("Served o&n"), self.served_on)
        served_label = QLabel(self.tr("&Date served"), page)
        # the line itself: a label's mnemonic skips a buddy that takes no focus (DateField)
        served_label.setBuddy(self.served_date.line)
        service_row = QHBoxLayout()
        service_row.addWidget(self.service_method, 1)
        service_row.addWidget(served_label)
        service_row.addWidget(self.served_date)
        how_label = QLabel(self.tr("How ser&ved"), page)
        how_label.setBuddy(self.service_method)
        form.addRow(how_label, service_row)
        notes = QVBoxLayout()  # the note (other kinds) or the problem (court), never both
        notes.setContentsMargins(0, 0, 0, 0)
        notes.addWidget(self.service_note)
        notes.addWidget(self.service_error)
        holder = QWidget(page)
        holder.setLayout(notes)
        form.addRow("", holder)
        self._form, self._notes_row = form, form.rowCount() - 1

    def show_for_kind(self) -> None:
        """Enable the service fields for a court packet; say why not for the other kinds."""
        court = self._is_court()
        for widget in (self.served_on, self.service_method, self.served_date):
            widget.setEnabled(court)
        self.service_note.setText("" if court else self.tr(
            "A certificate of service goes on court packets only."))
        self.service_note.setVisible(not court)
        self._show_notes()

    def _show_notes(self) -> None:
        shown = bool(self.service_note.text() or self.service_error.text())
        if self._form is not None:
            self._form.setRowVisible(self._notes_row, shown)

    def problem(self) -> str:
        """What is wrong with the certificate of service fields (empty when nothing)."""
        if not self._is_court() or not self.served_on.text().strip():
            return ""
        if not self.service_method.currentData():
            return self.tr("Choose how the packet was served on %1.").replace(
                "%1", self.served_on.text().strip())
        try:
            self.served_date.value(required=True)
        except FieldError as exc:
            return self.tr("Date served: ") + str(exc)
        return ""

    def show_problem(self) -> str:
        """Show the problem (if any) beside the fields; returns it."""
        service = self.problem()
        self.service_error.setText("⚠ " + service if service else "")
        self.service_error.setVisible(bool(service))
        self._show_notes()
        return service

    def request_fields(self) -> dict[str, object]:
        """The signature line and certificate of service fields of the request (no
        certificate for other kinds, nor while its fields have a problem)."""
        out: dict[str, object] = {"signature_line": self.signature.isChecked()}
        if not self._is_court() or not self.served_on.text().strip() or self.problem():
            return out
        out.update({"served_on": self.served_on.text().strip(),
                    "service_method": self.service_method.currentData() or "",
                    "served_date": self.served_date.value(required=False)})
        return out

    def clear(self) -> None:
        """Forget who was served (the workbench is locking)."""
        self.served_on.clear()
