"""A one-page letter as PDF bytes: used by the demo vault for fictional exhibits."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

from exports.fonts import BASE, BOLD, register_base_fonts


def letter_pdf(heading: str, paragraphs: Sequence[str]) -> bytes:
    """Render a plain letter (heading + paragraphs) into PDF bytes, in memory."""
    register_base_fonts()
    regular, bold = BASE, BOLD
    buffer = io.BytesIO()
    # start in the embedded font: a canvas otherwise names Helvetica in every page's resources
    canvas = Canvas(buffer, pagesize=LETTER, invariant=1,
                    initialFontName=regular)  # type: ignore[arg-type]  # stub says float; it is a font name
    canvas.setTitle("Document")
    y = LETTER[1] - inch
    canvas.setFont(bold, 14)
    canvas.drawString(inch, y, heading)
    canvas.setFont(regular, 11)
    for paragraph in paragraphs:
        y -= 24
        for line in _wrap(paragraph, 90):
            canvas.drawString(inch, y, line)
            y -= 15
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _wrap(text: str, width: int) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return lines + ([current] if current else [])
