"""The Consent tab: the consent ledger, status first (in words, revoked rows greyed with their
date); record a consent, revoke the selected one (the question restates which)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget

from ui.consent_table import CATEGORIES, PURPOSE, RECIPIENT, SORT_ROLE, STATUS, ConsentTableModel
from ui.editors.ledger_dialogs import ConsentDialog
from ui.editors.record_table import ListTab
from ui.permissions import action_denial, gate
from ui.table_sizing import fit_columns
from workbench.operations import ledger
from workbench.operations.changes import Kind
from workbench.operations.policy import Action

# columns that give up width (their text wraps) so the ledger fits the workspace at 1366 × 768
FLEX = (RECIPIENT, PURPOSE, CATEGORIES)


class ConsentTab(ListTab):
    """Consents of one case (``ledger.consents_for``)."""

    KINDS = (Kind.CONSENTS,)

    def __init__(self, session: Any, case: Any, parent: QWidget | None = None) -> None:
        super().__init__(session, case, parent)
        self.model = ConsentTableModel(session.today, self)
        proxy = self.table.model()
        proxy.setSourceModel(self.model)  # type: ignore[attr-defined]
        proxy.setSortRole(SORT_ROLE)  # type: ignore[attr-defined]
        self.table.setAccessibleName(self.tr("Consents"))
        self.table.sortByColumn(STATUS, Qt.SortOrder.AscendingOrder)  # most urgent first
        denial = action_denial(session, Action.INTAKE)
        self.record_button = self.add_button(self.tr("&Record consent…"), self.add_consent)
        self.revoke_button = self.add_button(self.tr("Re&voke…"), self.revoke_selected)
        gate(self.record_button, denial)
        gate(self.revoke_button, denial)
        self.buttons.addStretch(1)
        self.refresh_now()

    def records(self) -> list[Any]:
        return ledger.consents_for(self.session, case_id=self.case.id)

    def show_records(self, records: Any) -> None:
        super().show_records(records)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Size columns to their text; when that is wider than the table, narrow the recipient,
        purpose and categories (their text wraps) so no column is off-screen."""
        fit_columns(self.table, FLEX)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.model.rowCount():
            self.fit_columns()

    def add_consent(self) -> ConsentDialog:
        """Open the consent editor."""
        return self.open_dialog(ConsentDialog(self.session, self.case, None, self))

    def revoke_selected(self) -> ConsentDialog | None:
        """Open the revoke editor for the selected consent, or say why not."""
        consent = self.selected()
        if consent is None:
            self.show_notice(self.tr("Select the consent to revoke in the table first."))
            return None
        if consent.revoked is not None:
            self.show_notice(self.tr("That consent was already revoked on %1.")
                             .replace("%1", consent.revoked.isoformat()))
            return None
        return self.open_dialog(ConsentDialog(self.session, self.case, consent, self))
