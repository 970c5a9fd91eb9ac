"""The Audit tab: who changed what and when (ids and actions only), with a chain check."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from ui.editors.record_table import ListTab
from workbench.operations import ledger


class AuditTab(ListTab):
    """The audit trail of one case (``ledger.audit_for``); every write to the case adds to it,
    so any change of this case reloads it."""

    KINDS = ()  # every kind

    def __init__(self, session: Any, case: Any, parent: QWidget | None = None) -> None:
        super().__init__(session, case, parent)
        self.set_columns(self.tr("Audit trail"), [
            (self.tr("When"), lambda a: a.at.strftime("%Y-%m-%d %H:%M:%S")),
            (self.tr("User"), lambda a: a.user),
            (self.tr("Action"), lambda a: a.action),
            (self.tr("Record"), lambda a: f"{a.entity}:{a.entity_id}"),
        ])
        self.chain = QLabel(self)
        self.chain.setAccessibleName(self.tr("Audit chain check"))
        self.buttons.addWidget(self.chain, 1)
        self.add_button(self.tr("&Verify chains"), self.verify)
        self.refresh_now()

    def records(self) -> list[Any]:
        return ledger.audit_for(self.session, case_id=self.case.id)

    def verify(self) -> list[str]:
        """Check the hash chains and say whether they are intact."""
        problems = ledger.verify_chains(self.session)
        self.chain.setText(self.tr("Chains intact.") if not problems
                           else self.tr("Chain broken: ") + "; ".join(problems))
        return problems
