"""A canvas that finishes every page once the page count is known.

Pages are kept until ``save``; then each gets its footer ("Page X of Y", legends), its Bates
stamp (every page of the numbered range, flowables.Layout.bates), its exhibit header when it
is an exhibit page, and the contents and exhibit index get their page numbers.
This gives "of Y" and correct contents numbers from a single layout pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas

from exports.flowables import Layout
from exports.fonts import BASE, BOLD
from exports.shaped_text import ScriptParagraph, draw_line
from exports.wording import say

PAGE_W, PAGE_H = LETTER
MARGIN = 54
FOOTER_TOP = 50  # body frames end here; the footer lives below
EXHIBIT_HEADER = 22  # room above an exhibit frame for its header line


@dataclass
class PageDecor:
    """What every page's finishing needs: legends, layout results, padding and styles."""

    layout: Layout
    footer_lines: tuple[str, ...]
    styles: dict[str, ParagraphStyle]
    pad_even: bool = False
    blank_text: str = ""  # default: the wording's "blank_page"
    mark: str = ""  # a translation's "not for filing" line, at the top of every page


class PacketCanvas(Canvas):
    """Holds pages until save, then decorates each with what only the full count tells."""

    def __init__(self, *args: Any, decor: PageDecor, **kwargs: Any):
        # ReportLab's default initial font is Helvetica, written to every page's resources
        # even when unused: start in the embedded font, so no standard-14 font is referenced
        kwargs["initialFontName"] = kwargs.get("initialFontName") or BASE
        super().__init__(*args, **kwargs)
        self._decor = decor
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # ReportLab-private; types-reportlab omits it

    def save(self) -> None:
        held = self._held
        total = len(held) + (1 if self._decor.pad_even and len(held) % 2 else 0)
        for number, state in enumerate(held, 1):
            self.__dict__.update(state)
            self._finish(number, total)
            Canvas.showPage(self)
        if total > len(held):
            draw_line(self, PAGE_W / 2, PAGE_H / 2, self._decor.blank_text or say("blank_page"),
                      font=BASE, size=10, align="centre")
            self._finish(total, total)
            Canvas.showPage(self)
        self._held = []
        Canvas.save(self)

    def _finish(self, number: int, total: int) -> None:
        decor = self._decor
        self.saveState()
        y: float = 34
        for line in decor.footer_lines:  # template wording: any language, shaped if need be
            draw_line(self, MARGIN, y, line, font=BASE, size=6.8)
            y -= 8.5
        draw_line(self, PAGE_W - MARGIN, 34, say("page_of", number=number, total=total),
                  font=BASE, size=8.5, align="right")
        if decor.mark:
            self._mark(decor.mark)
        bates = decor.layout.bates(number)
        if bates is not None:
            self.setFont(BOLD, 10)
            self.drawRightString(PAGE_W - MARGIN, 20, bates)
        page = decor.layout.exhibit_pages.get(number)
        if page is not None:
            head = ScriptParagraph(say("exhibit_page_of", title=page.title_markup,
                                       page=page.page_index + 1, pages=page.page_count),
                                   decor.styles["small"])
            head.wrapOn(self, PAGE_W - 2 * MARGIN, 20)
            head.drawOn(self, MARGIN, PAGE_H - MARGIN + 6)
        self._toc_numbers(number)
        for page_no, x, top, width, cell in decor.layout.late:
            if page_no == number:
                cell.draw_late(self, x, top, width)
        self.restoreState()
        for page_no, key, title, level in decor.layout.headings:
            if page_no == number:
                self.bookmarkPage(key)
                self.addOutlineEntry(title, key, level=level)

    def _mark(self, text: str) -> None:
        """The translation's mark, centred above the body (an exhibit's header sits below)."""
        self.setFillColor(colors.Color(0.6, 0, 0))
        draw_line(self, PAGE_W / 2, PAGE_H - 28, text, font=BOLD, size=9, align="centre")
        self.setFillColor(colors.black)

    def _toc_numbers(self, number: int) -> None:
        layout = self._decor.layout
        style = self._decor.styles["toc_num"]
        for page_no, x_right, y, height, key in layout.toc_slots:
            if page_no == number and key in layout.starts:
                para = ScriptParagraph(str(layout.starts[key]), style)
                _w, h = para.wrapOn(self, 44, height)
                para.drawOn(self, x_right - 44, y + height - h)
