"""Attached documents as lettered exhibits (A, B, … Z, AA…), each behind a separator sheet.

Exhibits are ordered by document date, then id. Each attached one gets a separator sheet
("Exhibit A", its title, date, page count, packet pages and Bates range), then its pages. The
exhibit index lists letter, title, date, pages, packet pages and Bates range; the last two
are drawn when the canvas is saved (flowables.LateCell), once every page is laid out, so one
layout pass gives right numbers. Bates numbers run over the whole packet after the cover
(flowables.Layout.bates), exhibits or not.
PDF pages are placed *under* the rendered page (pikepdf underlay, shrunk to the exhibit frame)
so the page footer and the Bates stamp drawn by ReportLab sit on top of them.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import pikepdf
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from exports.flowables import (
    ExhibitPage,
    ExhibitSlot,
    Heading,
    LateCell,
    Layout,
    PageLine,
    data_table,
)
from exports.fonts import FontKit
from exports.sections import SectionBuilder
from exports.wording import long_day, say, short_day
from models.errors import InvalidInput
from models.records import Document

BATES_PREFIX = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,15}")
IMAGE_TYPES = ("image/png", "image/jpeg", "image/jpg")


def exhibit_letter(number: int) -> str:
    """1 → "A", 26 → "Z", 27 → "AA", 28 → "AB" (spreadsheet column letters)."""
    if number < 1:
        raise ValueError("exhibits are numbered from 1")
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass
class Exhibit:
    """One attached document with its place in the packet."""

    number: int
    document: Document
    pages: list[ExhibitPage]
    source: pikepdf.Pdf | None = None

    @property
    def letter(self) -> str:
        """Its exhibit letter."""
        return exhibit_letter(self.number)

    @property
    def label(self) -> str:
        """"Exhibit A — <title>"."""
        return say("exhibit_label", letter=self.letter, title=self.document.title)


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


def prepare_exhibits(documents: list[Document], document_bytes: Mapping[int, bytes],
                     prefix: str | None, fonts: FontKit) -> list[Exhibit]:
    """Open each document and count its pages (``prefix`` is unused: Bates numbers follow the
    packet's pages, see flowables.Layout.bates)."""
    exhibits: list[Exhibit] = []
    ordered = sorted(documents, key=lambda d: (d.doc_date is None, d.doc_date or 0, d.id))
    for number, doc in enumerate(ordered, 1):
        if doc.id not in document_bytes:
            raise InvalidInput(f"Document {doc.id} has no content to attach.", field="document")
        data = document_bytes[doc.id]
        title = fonts.markup(say("exhibit_label", letter=exhibit_letter(number), title=doc.title))
        source: pikepdf.Pdf | None = None
        images: list[ImageReader | None] = [None]
        if doc.media_type == "application/pdf":
            source = _open_pdf(doc, data)
            images = [None] * len(source.pages)
        elif doc.media_type in IMAGE_TYPES:
            images = [_open_image(doc, data)]
        else:
            images = []  # listed in the index, not attachable as pages
        pages = [ExhibitPage(number, title, index, len(images), image=image,
                             pdf_page=source.pages[index] if source else None)
                 for index, image in enumerate(images)]
        exhibits.append(Exhibit(number, doc, pages, source))
    return exhibits


def unembedded_fonts(exhibits: list[Exhibit]) -> tuple[str, ...]:
    """"Exhibit B: Helvetica" for each attached PDF whose own pages use fonts it does not embed.

    Such pages print with whatever the reader substitutes; the packet's own pages embed every
    font. Form XObjects are looked into one level deep (where scanners put their text layer).
    """
    found: list[str] = []
    for exhibit in exhibits:
        if exhibit.source is None:
            continue
        names: set[str] = set()
        for page in exhibit.source.pages:
            resources = [page.obj.get("/Resources")]
            xobjects = resources[0].get("/XObject") if resources[0] is not None else None
            if xobjects is not None:
                resources += [x.get("/Resources") for _k, x in xobjects.items()
                              if isinstance(x, pikepdf.Stream) and x.get("/Subtype") == "/Form"]
            for res in resources:
                fonts = res.get("/Font") if res is not None else None
                for _key, font in (fonts.items() if fonts is not None else ()):
                    if not _embeds(font):
                        names.add(str(font.get("/BaseFont", "/unnamed"))[1:])
        if names:
            found.append(f"{say('exhibit_tab', letter=exhibit.letter)}: "
                         f"{', '.join(sorted(names))}")
    return tuple(found)


def _embeds(font: Any) -> bool:
    if font.get("/Subtype") == "/Type3":
        return True  # glyphs drawn by the file itself
    if font.get("/Subtype") == "/Type0":
        descendants = font.get("/DescendantFonts")
        font = descendants[0] if descendants else font
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and any(k in descriptor for k in
                                          ("/FontFile", "/FontFile2", "/FontFile3"))


def _span(number: int) -> Callable[[Layout], list[str]]:
    def text(layout: Layout) -> list[str]:
        span = layout.exhibit_span(number)
        return [page_range(*span)] if span else [""]
    return text


def _bates(number: int) -> Callable[[Layout], list[str]]:
    def text(layout: Layout) -> list[str]:
        span = layout.exhibit_span(number)
        return bates_lines(layout, span[0] + 1, span[1]) if span else [""]
    return text


def page_range(first: int, last: int) -> str:
    """"7" or "7–9"."""
    return str(first) if first == last else f"{first}–{last}"


def bates_lines(layout: Layout, first: int, last: int) -> list[str]:
    """A Bates range over packet pages, in one or two lines ("WB-000005 –", "WB-000007")."""
    start, end = layout.bates(first), layout.bates(last)
    if start is None or end is None:
        return [""]
    return [start] if start == end else [f"{start} –", end]


def exhibit_index(exhibits: list[Exhibit], title: str, builder: SectionBuilder,
                  layout: Layout) -> list[Flowable]:
    """The exhibit index: letter, title, date, pages, packet pages and Bates range."""
    if not exhibits:
        return []
    with_bates = layout.bates_prefix is not None
    rows: list[list[Any]] = []
    for e in exhibits:
        attached = bool(e.pages)
        row: list[Any] = [e.letter, e.document.title,
                          short_day(e.document.doc_date) if e.document.doc_date else "",
                          str(len(e.pages)) if attached else f"0 ({e.document.media_type})",
                          LateCell(_span(e.number), layout) if attached
                          else say("not_attached")]
        if with_bates:
            row.append(LateCell(_bates(e.number), layout, lines=2) if attached else "")
        rows.append(row)
    w = builder.width
    header = [say(f"col_{c}") for c in ("exhibit", "title", "date", "pages", "packet_pages",
                                         "bates")]
    widths = [0.09 * w, 0.35 * w, 0.12 * w, 0.08 * w, 0.13 * w, 0.23 * w]
    if not with_bates:
        header, widths = header[:-1], [0.09 * w, 0.5 * w, 0.13 * w, 0.1 * w, 0.18 * w]
    return [builder.heading("exhibit_index", title),
            data_table(header, rows, widths, builder.styles, builder.fonts,
                       plain_columns=frozenset({0, 2, 3, 4}))]


def separator_sheet(exhibit: Exhibit, layout: Layout, builder: SectionBuilder) -> list[Flowable]:
    """The tab sheet before an exhibit: its letter, title, date, pages and Bates range."""
    doc, count = exhibit.document, len(exhibit.pages)
    pages = say("one_page" if count == 1 else "pages", count=count)
    heading = Heading(builder.fonts.markup(say("exhibit_tab", letter=exhibit.letter)),
                      builder.styles["tab"],
                      key=f"exhibit-{exhibit.number}", plain=exhibit.label, level=1)

    def bates(page: int) -> str:
        lines = bates_lines(layout, page + 1, page + count)
        text = " ".join(lines)
        return builder.word("separator_bates", range=text) if text else ""

    out: list[Flowable] = [Spacer(1, 170), heading,
                           builder.para(doc.title, "tab_title")]
    if doc.doc_date:
        out.append(builder.para(long_day(doc.doc_date), "tab_line"))
    out += [builder.para(builder.word("separator_pages", pages=pages), "tab_line"),
            PageLine(bates)]
    return out


def exhibit_story(exhibits: list[Exhibit], layout: Layout, builder: SectionBuilder) -> list[Flowable]:
    """Per attached exhibit: a separator sheet, then one full-frame slot per page."""
    out: list[Flowable] = []
    for exhibit in exhibits:
        if not exhibit.pages:
            continue
        out += [NextPageTemplate("body"), PageBreak(), *separator_sheet(exhibit, layout, builder)]
        for page in exhibit.pages:
            out += [NextPageTemplate("exhibit"), PageBreak(), ExhibitSlot(page, layout)]
    return out


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
