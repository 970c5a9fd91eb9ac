"""Overview tab: the case's profile, languages, interpreter, safe contact, address handling."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from models.records import Case
from ui.live_view import LiveView
from ui.session import UiSession
from workbench.operations.changes import Kind


class OverviewTab(QWidget):
    """The case's intake fields; reloads in the background when the case changes."""

    def __init__(self, session: UiSession, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.case = case
        self._form = QFormLayout(self)
        self._values: dict[str, QLabel] = {}
        for key, label in self._fields():
            value = QLabel(self)
            value.setWordWrap(True)
            value.setAccessibleName(label)
            # Selectable by keyboard so that a screen reader user can read each value.
            value.setTextInteractionFlags(value.textInteractionFlags().TextSelectableByKeyboard)
            self._values[key] = value
            self._form.addRow(label, value)
        self.live = LiveView(session, case.id, (Kind.CASES,), self._read, self._show, self)
        self._show(case)  # the case was just read by whoever opened it

    def _fields(self) -> list[tuple[str, str]]:
        return [
            ("ref", self.tr("Reference")),
            ("display_name", self.tr("Display name")),
            ("pronouns", self.tr("Pronouns")),
            ("languages", self.tr("Languages")),
            ("interpreter", self.tr("Interpreter")),
            ("safe_contact", self.tr("Safe contact")),
            ("address", self.tr("Address")),
            ("jurisdiction", self.tr("Jurisdiction")),
            ("assigned", self.tr("Assigned staff")),
            ("safe_addresses", self.tr("Filing addresses")),
        ]

    def refresh(self) -> None:
        """Re-read the case in the background and show it."""
        self.live.reload()

    def _read(self) -> Case:
        from workbench.operations.views import case_of

        return case_of(self._session, case_id=self.case.id)

    def _show(self, case: Case) -> None:
        self.case = case
        dash = "—"
        interpreter = (
            self.tr("Needed: %1").replace("%1", case.interpreter_language)
            if case.interpreter_language
            else self.tr("Not needed")
        )
        if case.confidential_address:
            address = self.tr("Confidential — never printed; filings use a safe address")
        else:
            address = case.address or dash
        values = {
            "ref": case.ref,
            "display_name": case.display_name,
            "pronouns": case.pronouns or dash,
            "languages": ", ".join(case.languages) or dash,
            "interpreter": interpreter,
            "safe_contact": case.safe_contact or dash,
            "address": address,
            "jurisdiction": case.jurisdiction or dash,
            "assigned": ", ".join(case.assigned_to) or dash,
            "safe_addresses": "; ".join(f"{a.filing}: {a.address}" for a in case.safe_addresses)
            or dash,
        }
        for key, text in values.items():
            self._values[key].setText(text)

    def clear(self) -> None:
        """Blank every value (the workbench is locking)."""
        self.live.cancel()
        for label in self._values.values():
            label.clear()
