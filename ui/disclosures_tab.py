"""The Packets & disclosures tab: every export, print or share of this case (read-only)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ui.editors.record_table import ListTab
from workbench.operations import ledger
from workbench.operations.changes import Kind


class DisclosuresTab(ListTab):
    """The disclosure log of one case (``ledger.disclosures_for``)."""

    KINDS = (Kind.DISCLOSURES,)

    def __init__(self, session: Any, case: Any, parent: QWidget | None = None) -> None:
        super().__init__(session, case, parent)
        self.set_columns(self.tr("Disclosures"), [
            (self.tr("When"), lambda d: d.at.strftime("%Y-%m-%d %H:%M")),
            (self.tr("By"), lambda d: d.user),
            (self.tr("Recipient"), lambda d: d.recipient),
            (self.tr("Purpose"), lambda d: d.purpose),
            (self.tr("Categories"), lambda d: d.categories),
            (self.tr("Legal basis"), lambda d: d.legal_basis),
            (self.tr("Packet SHA-256"), lambda d: d.packet_sha256[:16] + "…"),
        ])
        self.refresh_now()

    def records(self) -> list[Any]:
        return ledger.disclosures_for(self.session, case_id=self.case.id)
