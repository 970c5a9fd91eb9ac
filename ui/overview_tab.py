"""Overview tab: the case's profile, languages, interpreter, safe contact, address handling."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from models.records import Case
from ui.session import UiSession


class OverviewTab(QWidget):
    """Signals: case_changed() (after an edit; none yet: editing goes through the intake form)."""

    case_changed = Signal()

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
        self.refresh()

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
        """Re-read the case from the store and show it."""
        try:
            self.case = self._session.store.get_case(self.case.id)
        except Exception:  # noqa: BLE001 - keep showing what we have; the window reports errors
            pass
        case, dash = self.case, "—"
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
        for label in self._values.values():
            label.clear()
