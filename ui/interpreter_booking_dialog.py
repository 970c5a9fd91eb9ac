"""The interpreter booking dialog, opened from the Dates tab for an appointment or hearing:
book an interpreter (language, dialect, provider, mode, the interpreter as a contact or a name,
vendor), or pick one of the event's bookings and confirm it with its reference, decline or
cancel it. Saves through one operation of workbench.operations.interpreters; a bad value is
shown next to its field, a refusal under the form, and nothing is written."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from models.records import BookingStatus, InterpreterMode, InterpreterProvider
from ui.editors.base import RecordDialog
from ui.editors.fields import parse_text
from ui.i18n import translate
from workbench.operations import interpreters, policy
from workbench.operations.changes import Done


def _provider_label(provider: InterpreterProvider) -> str:
    return {
        InterpreterProvider.VENDOR: translate("InterpreterBookingDialog", "Vendor or agency"),
        InterpreterProvider.COURT_APPOINTED: translate("InterpreterBookingDialog",
                                                       "Court-appointed"),
        InterpreterProvider.STAFF: translate("InterpreterBookingDialog", "Staff"),
        InterpreterProvider.VOLUNTEER: translate("InterpreterBookingDialog", "Volunteer"),
        InterpreterProvider.OTHER: translate("InterpreterBookingDialog", "Other"),
    }[provider]


def _mode_label(mode: InterpreterMode) -> str:
    return {
        InterpreterMode.IN_PERSON: translate("InterpreterBookingDialog", "In person"),
        InterpreterMode.PHONE: translate("InterpreterBookingDialog", "Phone"),
        InterpreterMode.VIDEO: translate("InterpreterBookingDialog", "Video"),
    }[mode]


def _status_label(status: BookingStatus) -> str:
    return {
        BookingStatus.REQUESTED: translate("InterpreterBookingDialog", "Requested"),
        BookingStatus.CONFIRMED: translate("InterpreterBookingDialog", "Confirmed"),
        BookingStatus.DECLINED: translate("InterpreterBookingDialog", "Declined"),
        BookingStatus.CANCELLED: translate("InterpreterBookingDialog", "Cancelled"),
    }[status]


class InterpreterBookingDialog(RecordDialog):
    """A new booking for ``entry``'s event, or a change to one of its bookings (picked in
    "Booking"); ``entry`` is the engine's timeline entry of the appointment or hearing."""

    merges_theirs = False

    def confirmation(self) -> str:
        return self.tr("Interpreter booking saved.")

    def __init__(self, session: Any, case: Any, entry: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, None, parent)
        self.entry = entry
        self.setWindowTitle(self.tr("Interpreter booking"))
        self.bookings = interpreters.bookings_for(session, event_id=entry.event_id)
        self.labels = {"language": "Language", "dialect": "Dialect", "provider": "Provider",
                       "mode": "Mode", "contact_id": "Interpreter contact",
                       "interpreter_name": "Interpreter's name", "vendor": "Vendor",
                       "status": "Status", "reference": "Confirmation reference",
                       "notes": "Notes"}
        self._build()
        self.booking.currentIndexChanged.connect(self._picked)
        self._picked()
        if not policy.may_write(session.role, entry.category):
            self.forbid(self.tr("Your role may not add or change records of this event's "
                                "category, so it may not book its interpreter."))

    def _build(self) -> None:
        needed = self.entry.interpreter_language or self.case.interpreter_language
        self.about = QLabel(self.tr("Interpreter needed: %1").replace(
            "%1", needed or self.tr("language not recorded")), self)
        self.about.setWordWrap(True)
        self.form.addRow("", self.about)
        self.booking = self._field("booking", self.tr("&Booking"), QComboBox(self))
        self.booking.addItem(self.tr("New booking"), None)
        for b in self.bookings:
            self.booking.addItem(f"{b.id}: {b.language} — {_status_label(b.status)}", b.id)
        self.language = self._field("language", self.tr("&Language"), QLineEdit(self))
        self.dialect = self._field("dialect", self.tr("&Dialect"), QLineEdit(self))
        self.provider = self._field("provider", self.tr("&Provider"), QComboBox(self))
        for p in InterpreterProvider:
            self.provider.addItem(_provider_label(p), p.value)
        self.mode = self._field("mode", self.tr("&Mode"), QComboBox(self))
        for m in InterpreterMode:
            self.mode.addItem(_mode_label(m), m.value)
        self.contact = self._field("contact_id", self.tr("Interpreter &contact"), QComboBox(self))
        self.contact.addItem(self.tr("— none —"), None)
        from workbench.operations.contacts import contacts_for

        for c in contacts_for(self.session, case_id=self.case.id, shared=True):
            if c.kind.value == "interpreter":
                self.contact.addItem(c.name, c.id)
        self.name = self._field("interpreter_name", self.tr("Interpreter's &name"),
                                QLineEdit(self))
        self.vendor = self._field("vendor", self.tr("&Vendor"), QLineEdit(self))
        self.status = self._field("status", self.tr("&Status"), QComboBox(self))
        for s in BookingStatus:
            self.status.addItem(_status_label(s), s.value)
        self.reference = self._field("reference", self.tr("Confirmation &reference"),
                                     QLineEdit(self))
        self.notes = self._field("notes", self.tr("N&otes"), QLineEdit(self))
        chain = [self.booking, self.language, self.dialect, self.provider, self.mode,
                 self.contact, self.name, self.vendor, self.status, self.reference, self.notes,
                 *self.buttons.buttons()]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)
        self.booking.setFocus()

    def _field(self, name: str, label: str, widget: Any) -> Any:
        self.add_field(name, label, widget)
        widget.setAccessibleName(label.replace("&", ""))
        return widget

    def chosen(self) -> Any:
        """The booking being changed (None: a new one)."""
        wanted = self.booking.currentData()
        return next((b for b in self.bookings if b.id == wanted), None)

    def _picked(self, *_args: object) -> None:
        """Fill the form from the chosen booking, or with a new booking's defaults."""
        b = self.chosen()
        self.existing = b
        language = self.entry.interpreter_language or self.case.interpreter_language or ""
        self.language.setText(b.language if b else language)
        self.dialect.setText((b.dialect or "") if b else "")
        self._select(self.provider, b.provider.value if b else InterpreterProvider.VENDOR.value)
        self._select(self.mode, b.mode.value if b else InterpreterMode.IN_PERSON.value)
        if b is not None and b.contact_id is not None and self.contact.findData(b.contact_id) < 0:
            # a contact of another kind linked elsewhere (the CLI): kept, not silently unlinked
            self.contact.addItem(self.tr("Contact %1").replace("%1", str(b.contact_id)),
                                 b.contact_id)
        self._select(self.contact, b.contact_id if b else None)
        self.name.setText((b.interpreter_name or "") if b else "")
        self.vendor.setText((b.vendor or "") if b else "")
        self._select(self.status, b.status.value if b else BookingStatus.REQUESTED.value)
        self.reference.setText((b.reference or "") if b else "")
        self.notes.setText((b.notes or "") if b else "")

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def collect(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "language": self.field("language", lambda: parse_text(self.language.text())),
            "dialect": self.dialect.text().strip() or None,
            "provider": self.provider.currentData(), "mode": self.mode.currentData(),
            "contact_id": self.contact.currentData(),
            "interpreter_name": self.name.text().strip() or None,
            "vendor": self.vendor.text().strip() or None,
            "status": self.status.currentData(),
            "reference": self.reference.text().strip() or None,
            "notes": self.notes.text().strip() or None}
        if values["status"] == BookingStatus.CONFIRMED.value and not values["reference"] \
                and values["provider"] == InterpreterProvider.VENDOR.value:
            self.fail("reference", self.tr("A vendor's booking is confirmed with its "
                                           "reference: type it in."))
        return values

    def save(self, values: dict[str, Any]) -> Done[Any]:
        b = self.chosen()
        if b is None:
            return interpreters.book(self.session, case_id=self.case.id,
                                     event_id=self.entry.event_id, **values)
        return interpreters.update(self.session, booking_id=b.id, version=b.version, **values)
