"""The Documents tab: documents held in the vault; attach a PDF or image."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ui.editors.ledger_dialogs import DocumentDialog
from ui.editors.record_table import ListTab


class DocumentsTab(ListTab):
    """Documents of one case. Signals: case_changed()."""

    def __init__(self, session: Any, case: Any, parent: QWidget | None = None) -> None:
        super().__init__(session, case, parent)
        self.set_columns(self.tr("Documents"), [
            (self.tr("Title"), lambda d: d.title),
            (self.tr("Category"), lambda d: d.category),
            (self.tr("Date"), lambda d: d.doc_date),
            (self.tr("Type"), lambda d: d.media_type),
            (self.tr("Size (KB)"), lambda d: round(d.size / 1024, 1)),
        ])
        self.add_button(self.tr("&Attach…"), self.attach)
        self.refresh()

    def records(self) -> list[Any]:
        return self.session.store.list_documents(self.case.id)

    def attach(self) -> DocumentDialog:
        """Open the attach-document editor."""
        return self.open_dialog(DocumentDialog(self.session, self.case, None, self))
