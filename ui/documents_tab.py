"""The Documents tab: documents held in the vault; attach a PDF or image."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from models.records import Category
from ui.editors.ledger_dialogs import DocumentDialog
from ui.editors.record_table import ListTab
from ui.labels import value_label
from ui.permissions import gate, write_denial
from workbench.operations import case_lists
from workbench.operations.changes import Kind


class DocumentsTab(ListTab):
    """Documents of one case, titles as the role may read them."""

    KINDS = (Kind.DOCUMENTS,)

    def __init__(self, session: Any, case: Any, parent: QWidget | None = None) -> None:
        super().__init__(session, case, parent)
        self.set_columns(self.tr("Documents"), [
            (self.tr("Title"), lambda d: d.title),
            (self.tr("Category"), lambda d: value_label(Category, d.category)),
            (self.tr("Date"), lambda d: d.doc_date),
            (self.tr("Type"), lambda d: d.media_type),
            (self.tr("Size (KB)"), lambda d: round(d.size / 1024, 1)),
        ])
        gate(self.add_button(self.tr("&Attach…"), self.attach), write_denial(session, Category))
        self.refresh_now()

    def records(self) -> list[Any]:
        return case_lists.documents_for(self.session, case_id=self.case.id)

    def attach(self) -> DocumentDialog:
        """Open the attach-document editor."""
        return self.open_dialog(DocumentDialog(self.session, self.case, None, self))
