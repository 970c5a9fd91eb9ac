"""The Consent tab: the consent ledger, status first (in words, revoked rows greyed with their
date); record a consent, revoke the selected one (the question restates which)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ui.consent_table import CATEGORIES, PURPOSE, RECIPIENT, SORT_ROLE, STATUS, ConsentTableModel
from ui.editors.ledger_dialogs import ConsentDialog
from ui.editors.record_table import ListTab
from ui.permissions import action_denial, gate
from workbench.operations import ledger
from workbench.operations.changes import Kind
from workbench.operations.policy import Action

# widest a column may grow when sized to its contents (px): the rest fits at 1366 × 768
MAX_WIDTH = {RECIPIENT: 280, PURPOSE: 220, CATEGORIES: 300}


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
        for column, widest in MAX_WIDTH.items():
            if self.table.columnWidth(column) > widest:
                self.table.setColumnWidth(column, widest)

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
