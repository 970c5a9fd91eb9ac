"""The survivor's own copy of what they have told us, as PDF bytes (large, plain type).

Built in memory from a timeline.told.ToldSummary; the caller writes it. The PDF metadata
carries a generic title only, and the file name (``free_sheet_name``) says nothing of the case.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer

from exports.fonts import BASE, BOLD, FontKit
from exports.shaped_text import ScriptParagraph
from timeline.told import ToldConversation, ToldSummary, plain_date

KIND_HEADER = "What you have told us"
CORRECT_LINE = "You can ask us to correct anything here, or to stop sharing it."
NOT_SHOWN = ("We talked with you on this day. This copy does not list your answers; "
             "you can ask us for them.")
NOTHING_ANSWERED = "No questions were answered in this conversation."
PDF_TITLE = "Document"  # generic: the metadata never names the case or what it holds

_INK = HexColor("#1a1a1a")
_TEXT = ParagraphStyle("told-text", fontName=BASE, fontSize=13, leading=18, textColor=_INK,
                       spaceAfter=6)
_QUESTION = ParagraphStyle("told-question", parent=_TEXT, fontName=BOLD, spaceAfter=1)
_ANSWER = ParagraphStyle("told-answer", parent=_TEXT, leftIndent=14)
_HEADER = ParagraphStyle("told-header", parent=_TEXT, fontName=BOLD, fontSize=22, leading=28,
                         spaceAfter=8)
_NAME = ParagraphStyle("told-name", parent=_TEXT, fontSize=16, leading=22, spaceAfter=4)
_SECTION = ParagraphStyle("told-section", parent=_TEXT, fontName=BOLD, fontSize=15, leading=21,
                          spaceBefore=12, spaceAfter=4)


@dataclass(frozen=True)
class Sheet:
    """The rendered sheet: its bytes, page count and SHA-256."""

    data: bytes
    pages: int
    sha256: str


def free_sheet_name(folder: Path, now: datetime) -> Path:
    """A non-identifying file name ("own-copy-20261127-1800.pdf"), never replacing a file."""
    first = folder / f"own-copy-{now.strftime('%Y%m%d-%H%M')}.pdf"
    candidate, n = first, 1
    while candidate.exists():
        n += 1
        candidate = first.with_name(f"{first.stem}-{n}{first.suffix}")
    return candidate


def build_told_sheet(summary: ToldSummary, *, display_name: str, printed_on: datetime) -> Sheet:
    """Render ``summary`` for the survivor called ``display_name``, in memory."""
    kit = FontKit()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=LETTER, leftMargin=inch, rightMargin=inch,
                            topMargin=inch, bottomMargin=inch, title=PDF_TITLE, author="",
                            subject="", creator="", invariant=1, initialFontName=BASE,
                            lang="en-US")
    story: list[Any] = [
        ScriptParagraph(kit.markup(KIND_HEADER), _HEADER),
        ScriptParagraph(kit.markup(f"For {display_name}"), _NAME),
        ScriptParagraph(kit.markup(f"Printed on {plain_date(printed_on.date())}"), _TEXT),
        ScriptParagraph(kit.markup(CORRECT_LINE), _QUESTION),
        Spacer(1, 6),
    ]
    if not summary.conversations:
        story.append(ScriptParagraph(kit.markup("We have no conversations of this kind on record."),
                               _TEXT))
    for conversation in summary.conversations:
        story.extend(_conversation(kit, conversation))
    pages: list[int] = []

    def number(canvas: Any, _doc: Any) -> None:
        pages.append(canvas.getPageNumber())
        canvas.saveState()
        canvas.setFont(BASE, 12)
        canvas.setFillColor(_INK)
        canvas.drawCentredString(LETTER[0] / 2, 0.55 * inch, f"Page {canvas.getPageNumber()}")
        canvas.restoreState()

    doc.build(story, onFirstPage=number, onLaterPages=number)
    data = buffer.getvalue()
    return Sheet(data, len(pages), hashlib.sha256(data).hexdigest())


def _conversation(kit: FontKit, c: ToldConversation) -> list[Any]:
    heading = ScriptParagraph(kit.markup(f"{plain_date(c.on)}: {c.title}"), _SECTION)
    if not c.answers_shown:
        return [KeepTogether([heading, ScriptParagraph(kit.markup(NOT_SHOWN), _TEXT)])]
    if not c.lines:
        return [KeepTogether([heading, ScriptParagraph(kit.markup(NOTHING_ANSWERED), _TEXT)])]
    out: list[Any] = []
    for n, line in enumerate(c.lines):
        block: list[Flowable] = [ScriptParagraph(kit.markup(line.question), _QUESTION),
                                 ScriptParagraph(kit.markup(f"{line.said} {line.told}"), _ANSWER)]
        # the conversation's heading stays with its first answer, never alone at a page foot
        out.append(KeepTogether([heading, *block] if n == 0 else block))
    return out
