"""Attached documents as exhibits: page counts and Bates ranges up front, PDF pages merged after.

Bates numbers are assigned before layout (sequential over every exhibit page, in exhibit
order), so the index can print ranges and every exhibit page gets its stamp in the one pass.
PDF pages are placed *under* the rendered page (pikepdf underlay, shrunk to the exhibit frame)
so the page footer and the Bates stamp drawn by ReportLab sit on top of them.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from dataclasses import dataclass

import pikepdf
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from exports.flowables import ExhibitPage, ExhibitSlot, Heading, Layout, data_table
from exports.fonts import FontKit
from exports.sections import SectionBuilder
from models.errors import InvalidInput
from models.records import Document

BATES_PREFIX = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,15}")
IMAGE_TYPES = ("image/png", "image/jpeg", "image/jpg")


@dataclass
class Exhibit:
    """One attached document with its place in the packet."""

    number: int
    document: Document
    pages: list[ExhibitPage]
    source: pikepdf.Pdf | None = None

    @property
    def bates_range(self) -> str:
        if not self.pages:
            return "not attached"
        first, last = self.pages[0].bates, self.pages[-1].bates
        return first if first == last else f"{first}–{last}"


def check_bates_prefix(prefix: str) -> str:
    """The prefix, if it is short and plain (letters, digits, . _ -)."""
    if not BATES_PREFIX.fullmatch(prefix):
        raise InvalidInput("The Bates prefix must be 1–16 letters, digits, '.', '_' or '-'.",
                           field="bates_prefix")
    return prefix


def _open_pdf(doc: Document, data: bytes) -> pikepdf.Pdf:
    try:
        return pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError:
        raise InvalidInput(f"Document {doc.id} is password-protected: attach an unprotected "
                           "copy.", field="document") from None
    except pikepdf.PdfError:
        raise InvalidInput(f"Document {doc.id} is not a readable PDF.", field="document") from None


def _open_image(doc: Document, data: bytes) -> ImageReader:
    try:
        reader = ImageReader(io.BytesIO(data))
        reader.getSize()
        return reader
    except Exception:  # PIL raises many kinds for a damaged image  # noqa: BLE001
        raise InvalidInput(f"Document {doc.id} is not a readable image.", field="document") from None


def prepare_exhibits(documents: list[Document], document_bytes: Mapping[int, bytes], prefix: str,
                     fonts: FontKit) -> list[Exhibit]:
    """Open each document, count its pages and give every page its Bates number."""
    exhibits: list[Exhibit] = []
    next_bates = 1
    ordered = sorted(documents, key=lambda d: (d.doc_date is None, d.doc_date or 0, d.id))
    for number, doc in enumerate(ordered, 1):
        if doc.id not in document_bytes:
            raise InvalidInput(f"Document {doc.id} has no content to attach.", field="document")
        data = document_bytes[doc.id]
        title = fonts.markup(f"Exhibit {number} — {doc.title}")
        source: pikepdf.Pdf | None = None
        images: list[ImageReader | None] = [None]
        if doc.media_type == "application/pdf":
            source = _open_pdf(doc, data)
            images = [None] * len(source.pages)
        elif doc.media_type in IMAGE_TYPES:
            images = [_open_image(doc, data)]
        else:
            images = []  # listed in the index, not attachable as pages
        pages = []
        for index, image in enumerate(images):
            pages.append(ExhibitPage(number, title, index, len(images),
                                     f"{prefix}-{next_bates:06d}", image=image,
                                     pdf_page=source.pages[index] if source else None))
            next_bates += 1
        exhibits.append(Exhibit(number, doc, pages, source))
    return exhibits


def exhibit_index(exhibits: list[Exhibit], title: str, builder: SectionBuilder) -> list[Flowable]:
    """The exhibit index: number, title, date, pages and Bates range."""
    if not exhibits:
        return []
    out: list[Flowable] = [builder.heading("exhibit_index", title)]
    rows = [[str(e.number), e.document.title,
             e.document.doc_date.isoformat() if e.document.doc_date else "",
             str(len(e.pages)) if e.pages else f"0 ({e.document.media_type})", e.bates_range]
            for e in exhibits]
    w = builder.width
    out.append(data_table(["No.", "Title", "Date", "Pages", "Bates"], rows,
                          [0.07 * w, 0.45 * w, 0.14 * w, 0.1 * w, 0.24 * w],
                          builder.styles, builder.fonts))
    return out


def exhibit_story(exhibits: list[Exhibit], layout: Layout, builder: SectionBuilder) -> list[Flowable]:
    """One full-frame slot per exhibit page, on the exhibit page template."""
    out: list[Flowable] = []
    for exhibit in exhibits:
        if not exhibit.pages:
            continue
        for page in exhibit.pages:
            out += [NextPageTemplate("exhibit"), PageBreak()]
            if page.page_index == 0:
                plain = f"Exhibit {exhibit.number} — {exhibit.document.title}"
                out.append(_Marker(builder.heading(f"exhibit-{exhibit.number}", plain, level=1)))
            out.append(ExhibitSlot(page, layout))
    return out


class _Marker(Heading):
    """An invisible, zero-height heading: puts an exhibit in the contents and outline."""

    def __init__(self, heading: Heading):
        super().__init__(heading.text, heading.style, key=heading.toc_key,
                         plain=heading.toc_plain, level=heading.toc_level)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


def place_pdf_pages(pdf: pikepdf.Pdf, layout: Layout, rect: tuple[float, ...]) -> None:
    """Put each exhibit PDF page under its rendered page, shrunk into the exhibit frame."""
    box = pikepdf.Rectangle(*rect)
    for page_no, page in sorted(layout.exhibit_pages.items()):
        if page.pdf_page is None:
            continue
        target = pdf.pages[page_no - 1]
        form = pdf.copy_foreign(page.pdf_page.as_form_xobject())
        # a fixed resource name (pikepdf's add_underlay picks a random one): same input, same bytes
        name = target.add_resource(form, pikepdf.Name.XObject, pikepdf.Name(f"/WBExhibit{page_no}"))
        placement = target.calc_form_xobject_placement(
            form, name, box, invert_transformations=True, allow_shrink=True, allow_expand=True)
        target.contents_add(pikepdf.Stream(pdf, placement), prepend=True)
