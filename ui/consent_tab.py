"""The Consent tab: the consent ledger with status today; add and revoke."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ui.editors.ledger_dialogs import ConsentDialog
from ui.editors.record_table import ListTab
from ui.permissions import action_denial, gate
from workbench.operations import ledger
from workbench.operations.changes import Kind
from workbench.operations.policy import Action


class ConsentTab(ListTab):
    """Consents of one case (``ledger.consents_for``)."""

    KINDS = (Kind.CONSENTS,)

    def __init__(self, session: Any, case: Any, parent: QWidget | None = None) -> None:
        today = session.today
        super().__init__(session, case, parent)
        self.set_columns(self.tr("Consents"), [
            (self.tr("Recipient"), lambda c: c.recipient),
            (self.tr("Categories"), lambda c: c.categories),
            (self.tr("Purpose"), lambda c: c.purpose),
            (self.tr("Granted"), lambda c: c.granted),
            (self.tr("Expires"), lambda c: c.expires),
            (self.tr("Revoked"), lambda c: c.revoked),
            (self.tr("Status today"), lambda c: c.status(today())),
        ])
        denial = action_denial(session, Action.INTAKE)
        gate(self.add_button(self.tr("&Record consent…"), self.add_consent), denial)
        gate(self.add_button(self.tr("Re&voke…"), self.revoke_selected), denial)
        self.refresh_now()

    def records(self) -> list[Any]:
        return ledger.consents_for(self.session, case_id=self.case.id)

    def add_consent(self) -> ConsentDialog:
        """Open the consent editor."""
        return self.open_dialog(ConsentDialog(self.session, self.case, None, self))

    def revoke_selected(self) -> ConsentDialog | None:
        """Open the revoke editor for the selected consent."""
        consent = self.selected()
        if consent is None or consent.revoked is not None:
            return None
        return self.open_dialog(ConsentDialog(self.session, self.case, consent, self))
