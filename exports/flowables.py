"""ReportLab pieces of a packet: styles, headings, a one-pass table of contents, exhibit pages.

The table of contents reserves its rows while laying out and writes the page numbers when the
canvas is saved (exports.page_canvas), so one layout pass gives correct numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from exports.fonts import BASE, BOLD, FontKit
from exports.shaped_text import ScriptParagraph, draw_line

NUMBER_WIDTH = 48  # room for a right-aligned page number in the contents


def make_styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles of a packet, all in the bundled (embedded) font."""
    body = ParagraphStyle("body", fontName=BASE, fontSize=9.5, leading=12.5)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8, leading=9.8),
        "cell_bold": ParagraphStyle("cell_bold", parent=body, fontName=BOLD, fontSize=8, leading=9.8),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=20, leading=25,
                                spaceAfter=14),
        "h1": ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=14, leading=18,
                             spaceBefore=6, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=10.5, leading=14,
                             spaceBefore=8, spaceAfter=3),
        "legend": ParagraphStyle("legend", parent=body, fontSize=8.5, leading=11,
                                 borderColor=colors.black, borderWidth=0.6, borderPadding=5,
                                 spaceBefore=8, spaceAfter=8),
        "flag": ParagraphStyle("flag", parent=body, fontName=BOLD, fontSize=8.5, leading=11,
                               textColor=colors.Color(0.6, 0, 0)),
        "tab": ParagraphStyle("tab", parent=body, fontName=BOLD, fontSize=40, leading=48,
                              alignment=TA_CENTER, spaceAfter=18),
        "tab_title": ParagraphStyle("tab_title", parent=body, fontName=BOLD, fontSize=15,
                                    leading=20, alignment=TA_CENTER, spaceAfter=10),
        "tab_line": ParagraphStyle("tab_line", parent=body, fontSize=11, leading=16,
                                   alignment=TA_CENTER),
        "toc0": ParagraphStyle("toc0", parent=body, fontSize=10, leading=15),
        "toc1": ParagraphStyle("toc1", parent=body, fontSize=9, leading=13, leftIndent=16),
        "toc_num": ParagraphStyle("toc_num", parent=body, fontSize=10, leading=15,
                                  alignment=TA_RIGHT),
    }


class Heading(Paragraph):
    """A section heading: the document records its page for the contents and the outline."""

    def __init__(self, markup: str, style: ParagraphStyle, *, key: str, plain: str, level: int = 0):
        super().__init__(markup, style)
        self.toc_key, self.toc_plain, self.toc_level = key, plain, level


@dataclass
class TocRow:
    """One contents line: the key whose start page it shows, its level and title markup."""

    key: str
    level: int
    markup: str


@dataclass
class Layout:
    """What one build learns while laying out, read back when pages are finished.

    Bates numbering: every page from ``body_start`` (the first page after the cover, where
    the contents begin) to the last, padding page included, is numbered when a prefix is set;
    the first numbered page is ``<prefix>-000001``.
    """

    starts: dict[str, int] = field(default_factory=dict)  # toc key -> page number
    toc_slots: list[tuple[int, float, float, float, str]] = field(default_factory=list)
    exhibit_pages: dict[int, ExhibitPage] = field(default_factory=dict)
    headings: list[tuple[int, str, str, int]] = field(default_factory=list)  # page, key, title, level
    late: list[tuple[int, float, float, float, LateCell]] = field(default_factory=list)
    bates_prefix: str | None = None
    body_start: int = 2

    def bates(self, page: int) -> str | None:
        """The Bates number of packet page ``page`` (None: not in the numbered range)."""
        if self.bates_prefix is None or page < self.body_start:
            return None
        return f"{self.bates_prefix}-{page - self.body_start + 1:06d}"

    def exhibit_span(self, exhibit_no: int) -> tuple[int, int] | None:
        """(separator page, last page) of an exhibit, once laid out."""
        pages = [n for n, p in self.exhibit_pages.items() if p.exhibit_no == exhibit_no]
        first = self.starts.get(f"exhibit-{exhibit_no}")
        return (first, max(pages)) if first is not None and pages else None


class LateCell(Flowable):
    """Text known only when every page is laid out (packet pages, Bates ranges): the room is
    reserved now, ``text(layout)`` is drawn when the canvas is saved (exports.page_canvas)."""

    def __init__(self, text: Callable[[Layout], list[str]], layout: Layout, *,
                 font: str = BASE, size: float = 8, lines: int = 1):
        super().__init__()
        self.text, self.layout, self.font, self.size, self.lines = text, layout, font, size, lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, self.lines * self.size * 1.22
        return self.width, self.height

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        # a table draws its cells translated: keep the page position, drawn later untranslated
        ax, top = canvas.absolutePosition(x, y + self.height)
        self.layout.late.append((canvas.getPageNumber(), ax, top, self.width, self))

    def draw_late(self, canvas: Any, x: float, top: float, width: float) -> None:
        """Draw the lines, each shrunk to fit the width."""
        for i, line in enumerate(self.text(self.layout)[: self.lines]):
            size = self.size
            while size > 5 and canvas.stringWidth(line, self.font, size) > width:
                size -= 0.25
            draw_line(canvas, x, top - (i + 1) * self.size * 1.22 + 2, line, font=self.font,
                      size=size)


class PageLine(Flowable):
    """One centred line whose text depends on the page it lands on (a separator's range)."""

    def __init__(self, text: Callable[[int], str], *, font: str = BASE, size: float = 11):
        super().__init__()
        self.text, self.font, self.size = text, font, size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, self.size * 1.6
        return self.width, self.height

    def draw(self) -> None:
        line = self.text(self.canv.getPageNumber())
        if line:
            draw_line(self.canv, self.width / 2, self.size * 0.4, line, font=self.font,
                      size=self.size, align="centre")


class DeferredToc(Flowable):
    """Contents whose rows are laid out now and whose page numbers are drawn at save time."""

    def __init__(self, rows: list[TocRow], styles: dict[str, ParagraphStyle], layout: Layout):
        super().__init__()
        self.rows, self.styles, self.layout = rows, styles, layout
        self._paras: list[Paragraph] = []
        self._heights: list[float] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self._paras = [ScriptParagraph(r.markup, self.styles[f"toc{min(r.level, 1)}"]) for r in self.rows]
        self._heights = [p.wrap(avail_width - NUMBER_WIDTH, avail_height)[1] for p in self._paras]
        self.height = sum(self._heights)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        used, count = 0.0, 0
        for h in self._heights:
            if used + h > avail_height:
                break
            used, count = used + h, count + 1
        if count == 0 or count == len(self.rows):
            return []
        return [DeferredToc(self.rows[:count], self.styles, self.layout),
                DeferredToc(self.rows[count:], self.styles, self.layout)]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        top = y + self.height
        page = canvas.getPageNumber()
        for row, para, h in zip(self.rows, self._paras, self._heights, strict=True):
            top -= h
            para.drawOn(canvas, x, top)
            # the number is drawn later, level with the title's first line
            self.layout.toc_slots.append((page, x + self.width, top, h, row.key))


@dataclass
class ExhibitPage:
    """One page of an exhibit: which document page or image goes there, and its Bates number."""

    exhibit_no: int
    title_markup: str
    page_index: int
    page_count: int
    image: ImageReader | None = None
    pdf_page: Any = None  # a pikepdf page, placed under this page after rendering


class ExhibitSlot(Flowable):
    """Fills one exhibit page's frame; images are drawn now, PDF pages are placed later."""

    def __init__(self, page: ExhibitPage, layout: Layout):
        super().__init__()
        self.page, self.layout = page, layout

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, avail_height - 1
        return self.width, self.height

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        self.layout.exhibit_pages[canvas.getPageNumber()] = self.page
        self.rect = (x, y, x + self.width, y + self.height)
        if self.page.image is not None:
            canvas.drawImage(self.page.image, x, y, self.width, self.height,
                             preserveAspectRatio=True, anchor="n", mask="auto")


def data_table(header: list[str], rows: Sequence[Sequence[str | Flowable]], widths: list[float],
               styles: dict[str, ParagraphStyle], fonts: FontKit,
               plain_columns: frozenset[int] = frozenset()) -> Table:
    """A ruled table with a repeating header row.

    ``plain_columns`` hold short ASCII we produce ourselves (dates, times, statuses): drawn as
    plain strings, which lays out several times faster than a paragraph per cell. A cell that
    is already a flowable (a LateCell) is placed as it is.
    """
    head = [ScriptParagraph(fonts.markup(h), styles["cell_bold"]) for h in header]
    body = [[_cell(c, i in plain_columns, styles, fonts) for i, c in enumerate(row)]
            for row in rows]
    table = Table([head, *body], colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), BASE, 8, 9.8),  # plain cells: never Helvetica
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def _cell(value: str | Flowable, plain: bool, styles: dict[str, ParagraphStyle],
          fonts: FontKit) -> str | Flowable:
    if isinstance(value, Flowable) or (plain and value.isascii()):
        return value
    return ScriptParagraph(fonts.markup(value), styles["cell"])
