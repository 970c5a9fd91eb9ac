"""A program report as a funder-ready PDF, built in memory (issue 12 §4).

Cover: the program, the template's title, the period, the suppression threshold, how many cases
were left out for lack of consent and the source of the measure set. Then per table a chart
(exports.report_charts) and the table, a suppressed value printed "—" with a legend; the
statistics; an appendix with every measure's definition; and the questions the data cannot
answer. Only what the Report holds is printed (published numbers and template text); the PDF's
metadata is generic.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from exports.flowables import make_styles
from exports.fonts import BASE, BOLD, FontKit
from exports.report_charts import chart_for
from exports.shaped_text import ScriptParagraph
from timeline.reports.model import Cell, PublishedTable, Report, Statistic

DASH = "—"  # a suppressed value in a printed table
TITLE = "Workbench report"  # generic metadata: the trailer /ID hashes it
MARGIN = 0.75 * inch
FOOTER = "Aggregate program report: counts only, no survivor can be identified from it."


def suppressed_legend(threshold: int) -> str:
    """What "—" means, printed under every table with a suppressed value."""
    return (f"{DASH} suppressed: a count from 1 to {threshold - 1} (below the threshold of "
            f"{threshold}), or a value withheld so that such a count cannot be worked out from "
            "the totals or from other tables of this report.")


def period_words(report: Report) -> str:
    """"2026-01-01 to 2026-06-30"."""
    return f"{report.period_from.isoformat()} to {report.period_to.isoformat()}"


class _Builder:
    """Turns a Report into flowables with one font kit and one set of styles."""

    def __init__(self, report: Report, width: float) -> None:
        self.report = report
        self.width = width
        self.fonts = FontKit()
        self.styles = make_styles()
        self.styles["cover_line"] = ParagraphStyle("cover_line", parent=self.styles["body"],
                                                   fontSize=11, leading=16, spaceAfter=2)

    def para(self, text: str, style: str = "body") -> ScriptParagraph:
        return ScriptParagraph(self.fonts.markup(text), self.styles[style])

    def cover(self, program: str, made_on: date | None) -> list[Flowable]:
        r = self.report
        out: list[Flowable] = [Spacer(1, 0.8 * inch), self.para("Program report", "h2"),
                               self.para(r.title, "title")]
        lines = [("Program", program)] if program else []
        lines += [("Period", period_words(r)),
                  ("Suppression threshold", f"{r.threshold}: no count from 1 to "
                   f"{r.threshold - 1} is published"),
                  ("Zero counts", "shown as 0" if r.zeros == "show" else "suppressed"),
                  ("Cases left out", f"{r.left_out_cases} case(s) left out: their consent does "
                   "not allow aggregate reporting (which cases is not recorded here)")]
        if r.source:
            lines.append(("Measure set", r.source))
        if made_on is not None:
            lines.append(("Made on", made_on.isoformat()))
        for label, value in lines:
            out.append(ScriptParagraph(f"<b>{self.fonts.markup(label)}:</b> "
                                 f"{self.fonts.markup(value)}", self.styles["cover_line"]))
        out.append(Spacer(1, 12))
        for note in r.notes:
            out.append(self.para(note))
        out.append(self.para(
            "Every count in this report passed disclosure control: small counts are suppressed, "
            "and further values are suppressed where a small count could otherwise be worked "
            "out from the totals or from another table. An audit checked that no suppressed "
            f"value can be narrowed to a range of fewer than {r.threshold} from what is "
            "published. The report holds no names, references, free text or dates finer than "
            "its period.", "legend"))
        out += [PageBreak(), self.contents(), Spacer(1, 10)]
        return out

    def contents(self) -> Flowable:
        rows = [[self.para(f"{i}. {t.table.title}", "small")]
                for i, t in enumerate(self.report.tables, start=1)]
        rows.append([self.para("Appendix A. Definitions of the measures", "small")])
        if self.report.unanswerable:
            rows.append([self.para("Appendix B. Questions the data cannot answer", "small")])
        block: list[Flowable] = [self.para("Contents", "h2"),
                                 Table(rows, colWidths=[self.width], hAlign="LEFT")]
        return KeepTogether(block)

    def table_section(self, number: int, table: PublishedTable) -> list[Flowable]:
        t = table.table
        heading = self.para(f"{number}. {t.title}", "h1")
        threshold = self.report.threshold
        body: list[Flowable] = [heading]
        if len(t.columns) == 1:
            # one count per row: the chart and its table side by side
            chart_w, table_w = self.width * 0.56, self.width * 0.4
            chart = chart_for(table, chart_w, threshold)
            pair = Table([[chart or "", self.count_table(table, table_w)]],
                         colWidths=[chart_w + self.width * 0.04, table_w], hAlign="LEFT")
            pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                      ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                      ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
            body.append(pair)
        else:
            chart = chart_for(table, self.width, threshold)
            if chart is not None:
                body += [chart, Spacer(1, 8)]
            body.append(self.count_table(table, self.width))
        if table.suppressed:
            body.append(self.para(suppressed_legend(threshold), "small"))
        # on one page when it fits; a long table flows on with its header row repeated
        return [CondPageBreak(2 * inch), KeepTogether(body), Spacer(1, 12)]

    def count_table(self, table: PublishedTable, width: float) -> Table:
        t = table.table
        one = len(t.columns) == 1  # its row totals are its cells: no Total column
        header = [t.row_label, *t.columns, *([] if one else ["Total"])]
        body = [[label, *(_shown(c) for c in row), *([] if one else [_shown(total)])]
                for label, row, total in zip(t.rows, table.cells, table.row_totals, strict=True)]
        body.append(["Total", *(_shown(c) for c in table.column_totals),
                     *([] if one else [_shown(table.total)])])
        numbers = len(header) - 1
        # a number column is at least as wide as the longest word of its heading
        narrowest = max(36.0, *(stringWidth(w, BOLD, 8) + 16 for h in header[1:]
                                for w in h.split()))
        first = min(width * (0.4 if numbers > 1 else 0.65), width - numbers * narrowest)
        widths = [first, *([(width - first) / numbers] * numbers)]
        cell = self.styles["cell"]
        bold = self.styles["cell_bold"]
        right = ParagraphStyle("cell_bold_right", parent=bold, alignment=TA_RIGHT)
        rows: list[list[Flowable | str]] = [
            [ScriptParagraph(self.fonts.markup(h), bold if i == 0 else right)
             for i, h in enumerate(header)]]
        rows += [[ScriptParagraph(self.fonts.markup(row[0]), cell), *row[1:]] for row in body]
        out = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        out.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), BASE, 8, 9.8),
            ("FONT", (0, -1), (-1, -1), BOLD, 8, 9.8),
            *([] if one else [("FONT", (-1, 1), (-1, -1), BOLD, 8, 9.8)]),
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.grey),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]))
        return out

    def statistics(self, stats: Sequence[Statistic]) -> list[Flowable]:
        if not stats:
            return []
        rows = [["Statistic", "Value", "Over"]]
        rows += [[s.title, _statistic(s), DASH if s.n is None else str(s.n)] for s in stats]
        widths = [self.width * 0.6, self.width * 0.22, self.width * 0.18]
        styled = [[self.para(c, "cell_bold" if i == 0 else "cell") for c in row]
                  for i, row in enumerate(rows)]
        table = Table(styled, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        note = (f"A statistic is published only when it is computed over at least "
                f"{self.report.threshold} units; otherwise it reads {DASH}.")
        return [CondPageBreak(2 * inch), self.para("Statistics", "h1"), table, Spacer(1, 3),
                self.para(note, "small"), Spacer(1, 10)]

    def appendix(self) -> list[Flowable]:
        r = self.report
        out: list[Flowable] = [PageBreak(), self.para("Appendix A. Definitions of the measures",
                                                      "h1")]
        for d in r.definitions:
            block: list[Flowable] = [self.para(d.title, "h2"), self.para(d.definition)]
            facts = [("Counts", d.counts), ("Period", d.period),
                     ("Data category", d.category.replace("_", " "))]
            if d.source:
                facts.append(("Source", d.source))
            for label, value in facts:
                block.append(ScriptParagraph(f"<b>{self.fonts.markup(label)}:</b> "
                                       f"{self.fonts.markup(value)}", self.styles["small"]))
            out.append(KeepTogether(block))
        if r.unanswerable:
            out += [Spacer(1, 10), CondPageBreak(1.5 * inch),
                    self.para("Appendix B. Questions the data cannot answer", "h1"),
                    self.para("The measure set asks these questions; the records kept here "
                              "cannot answer them, for the reason given.", "small")]
            out += [self.para(f"• {q}") for q in r.unanswerable]
        return out


def _shown(cell: Cell) -> str:
    return DASH if cell is None else str(cell)


def _statistic(s: Statistic) -> str:
    if s.n is None:
        return DASH
    if s.value is None:
        return "none to compute"
    value = f"{s.value:.1f}" if s.value != int(s.value) else f"{int(s.value)}"
    return f"{value} {s.unit}".strip() if s.unit != "%" else f"{value}%"


def _footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
    canvas.saveState()
    canvas.setFont(BASE, 7.5)
    canvas.setFillColor(colors.Color(0.3, 0.3, 0.3))
    canvas.drawString(MARGIN, 0.5 * inch, FOOTER)
    canvas.drawRightString(LETTER[0] - MARGIN, 0.5 * inch, f"page {doc.page}")
    canvas.restoreState()


def build_report_pdf(report: Report, *, program: str = "", made_on: date | None = None) -> bytes:
    """The report as PDF bytes (nothing is written to disk)."""
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=LETTER, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN, title=TITLE,
                            author="Workbench", creator="Workbench", producer="Workbench",
                            subject="", invariant=1, lang="en")
    b = _Builder(report, doc.width)
    story = b.cover(program, made_on)
    for number, table in enumerate(report.tables, start=1):
        story += b.table_section(number, table)
    story += b.statistics(report.statistics)
    story += b.appendix()
    doc.build(story, onFirstPage=_footer, onLaterPages=_footer)
    return out.getvalue()
