"""In-app preview of a finished packet, rendered from memory (never from a temp file)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PacketPreview(QWidget):
    """A PDF view over bytes held in a QBuffer; ``clear()`` drops the bytes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Packet preview"))
        self.document = QPdfDocument(self)
        self.buffer = QBuffer(self)
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("Preview summary"))
        self.summary.setWordWrap(True)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Packet pages"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    def show_pdf(self, data: bytes, password: str | None = None) -> int:
        """Load ``data`` (decrypting with ``password`` when set); returns the page count."""
        self.clear()
        self.buffer.setData(QByteArray(data))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        if password:
            self.document.setPassword(password)
        self.document.load(self.buffer)
        pages = self.document.pageCount()
        self.summary.setText(self.tr("%1 page(s)").replace("%1", str(pages)))
        return pages

    def page_count(self) -> int:
        """Pages of the loaded packet (0 when none)."""
        return self.document.pageCount()

    def clear(self) -> None:
        """Close the document and forget its bytes and password."""
        self.document.close()
        self.document.setPassword("")
        if self.buffer.isOpen():
            self.buffer.close()
        self.buffer.setData(QByteArray())
        self.summary.clear()
