"""Text that needs shaping, laid out by ReportLab with HarfBuzz and ordered right to left.

``ScriptParagraph`` is a Paragraph: for markup with no shaped font in it (exports.fonts
SHAPED_FONTS: Arabic, Hebrew, Devanagari…) it is exactly ReportLab's Paragraph, so Latin text
costs nothing more. Otherwise its style turns on ReportLab's shaping (``shaping=1``, which
uses uharfbuzz), and each drawn line is put in visual order (exports.bidi): ReportLab 5.1's
own bidi needs rlbidi (not on PyPI) and is off for paragraphs with several fonts anyway.

Two hooks into ReportLab (installed once, on import; ReportLab is pinned in constraints.txt):
- words are shaped one font at a time (ReportLab shapes a whole word with its first font,
  which draws wrong glyphs when a word mixes fonts, e.g. "(כהן)" with DejaVu brackets), and
  only the shaped fonts' parts (Latin keeps its unshaped, unkerned look);
- glyphs HarfBuzz makes that have no character of their own (a Devanagari reph, a conjunct)
  get, in the PDF's ToUnicode map, the characters they stand for, so copied and searched
  text is the text (ReportLab would map them to private-use characters).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import groupby
from typing import Any, Literal

import reportlab.platypus.paragraph as rl_paragraph
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.platypus import Paragraph

from exports.bidi import base_is_rtl, token_class, visual_order
from exports.fonts import BOLD, BOLD_FACE, SHAPED_FONTS, SHAPED_PREFIX, FontKit

_ALIGN: dict[str, Literal[0, 1, 2]] = {"left": TA_LEFT, "centre": TA_CENTER, "right": TA_RIGHT}
_TAG = re.compile(r"<[^>]*>")
_SHAPED_NAME = re.compile(r'name="(' + re.escape(SHAPED_PREFIX) + r'[^"]*)"')
_TOKEN = re.compile(r"\s+|\S+")
_PRIVATE = range(0xE000, 0xF900)
# HarfBuzz's defaults (the script's required forms) with kerning and standard ligatures;
# ReportLab adds discretionary ligatures, which turn Hebrew יו into U+05F1 (other text)
_FEATURES = {"kern": True, "liga": True}
# (font face name, private-use code ReportLab gave a glyph) -> the characters it draws
_GLYPH_TEXT: dict[tuple[str, int], str] = {}


_SHAPED_MARK = f'"{SHAPED_PREFIX}'


def needs_shaping(markup: str) -> bool:
    """Whether paragraph markup draws some text in a shaped font."""
    return _SHAPED_MARK in markup


class ScriptParagraph(Paragraph):
    """A Paragraph that shapes its other-script runs and draws each line in visual order."""

    def __init__(self, text: Any, style: ParagraphStyle, *args: Any, **kwargs: Any):
        if isinstance(text, str) and needs_shaping(text):
            text, style = _shaped_markup(text, style), _shaped_style(style, text)
        super().__init__(text, style, *args, **kwargs)

    def drawPara(self, debug: int = 0) -> Any:
        laid_out: Any = getattr(self, "blPara", None)
        if not getattr(self.style, "shaping", 0) or laid_out is None or laid_out.kind != 1:
            return super().drawPara(debug)
        rtl = bool(getattr(self.style, "wb_rtl", False))
        self.blPara = laid_out.clone(lines=[_visual_line(line, rtl) for line in laid_out.lines])
        try:
            return super().drawPara(debug)
        finally:
            self.blPara = laid_out


def _shaped_markup(markup: str, style: ParagraphStyle) -> str:
    """In a bold paragraph, shaped runs are drawn in their font's bold face too."""
    if style.fontName != BOLD:
        return markup
    return _SHAPED_NAME.sub(lambda m: f'name="{BOLD_FACE.get(m.group(1), m.group(1))}"', markup)


def _shaped_style(style: ParagraphStyle, markup: str) -> ParagraphStyle:
    """``style`` with shaping on; a paragraph that starts right to left is right aligned."""
    rtl = base_is_rtl(_TAG.sub("", markup))
    alignment = TA_RIGHT if rtl and style.alignment == TA_LEFT else style.alignment
    shaped = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1,
                            alignment=alignment)
    shaped.wb_rtl = rtl  # read back by drawPara
    return shaped


def _visual_line(line: Any, rtl: bool) -> Any:
    """A laid-out line (its words are frags) with its tokens in drawing order."""
    tokens: list[tuple[Any, str]] = []
    trailing: list[Any] = []
    for frag in line.words:
        text = getattr(frag, "text", "")
        if hasattr(frag, "cbDefn") or not text:
            trailing.append(frag)  # line breaks and the like stay at the end
            continue
        tokens += [(frag, text[m.start():m.end()]) for m in _TOKEN.finditer(text)]
    classes = [_class(frag, piece) for frag, piece in tokens]
    words = [tokens[i][0].clone(text=tokens[i][1]) for i in visual_order(classes, rtl)]
    return line.clone(words=words + trailing)


def _class(frag: Any, piece: str) -> str:
    if piece.isspace():
        return "N"
    if SHAPED_FONTS.get(frag.fontName):
        return "R"  # its glyphs stand for right-to-left letters (they may be private-use codes)
    return token_class(piece)


# --- hooks into ReportLab --------------------------------------------------------------------
_shape_frag_word = ttfonts.shapeFragWord
_to_unicode_cmap = ttfonts.makeToUnicodeCMap


def shape_by_font(word: Any, *_args: Any, **_kwargs: Any) -> Any:
    """ReportLab's word shaping, applied to each shaped font's part of ``word`` alone."""
    if isinstance(word, ttfonts.ShapedFragWord):
        return word
    pieces = word[1:]
    names = [getattr(frag, "fontName", None) for frag, _text in pieces]
    if not any(name in SHAPED_FONTS for name in names) \
            or any(isinstance(text, ttfonts.ShapedStr) for _frag, text in pieces):
        return word  # nothing to shape, or shaped already (a paragraph split across pages)
    out: list[Any] = [0.0]
    for name, group in groupby(pieces, key=lambda p: getattr(p[0], "fontName", None)):
        part = list(group)
        width = sum(_width(frag, text) for frag, text in part)
        if name in SHAPED_FONTS:
            shaped = _shape_frag_word([width, *part], features=_FEATURES)
            _remember_glyph_text(part, shaped[1:])
            out[0] += shaped[0]
            out += shaped[1:]
        else:
            out[0] += width
            out += part
    return ttfonts.makeShapedFragWord(word)(out)


def _width(frag: Any, text: str) -> float:
    if hasattr(frag, "cbDefn"):
        return float(getattr(frag.cbDefn, "width", 0) or 0)
    return float(pdfmetrics.stringWidth(text, frag.fontName, frag.fontSize))


def _remember_glyph_text(source: Sequence[tuple[Any, str]], shaped: Sequence[Any]) -> None:
    """Note which characters each new (private-use) glyph HarfBuzz made draws.

    A cluster (HarfBuzz's unit: a syllable, a ligature) covers the source characters from its
    index to the next cluster's; those not drawn by glyphs with a character of their own are
    what its private-use glyph stands for (the reph of र्मा stands for र्).
    """
    text = "".join(t for _f, t in source)
    glyphs = [(frag, char, data) for frag, s in shaped if isinstance(s, ttfonts.ShapedStr)
              for char, data in zip(s, _shape_data(s), strict=False)]
    starts = sorted({data.cluster for _f, _c, data in glyphs if data.cluster < len(text)})
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        left = list(text[start:end])
        private = []
        for frag, char, data in glyphs:
            if data.cluster != start:
                continue
            if ord(char) in _PRIVATE:
                private.append((frag, char))
            elif char in left:
                left.remove(char)
        if len(private) == 1 and left:  # several new glyphs in one cluster: ambiguous
            frag, char = private[0]
            font: Any = pdfmetrics.getFont(frag.fontName)
            face = font.face.name.decode("latin-1")
            _GLYPH_TEXT.setdefault((face, ord(char)), "".join(left))


def _shape_data(text: Any) -> list[Any]:
    """Per glyph: HarfBuzz's cluster and positions (ReportLab's ShapedStr keeps them)."""
    return list(text.__shapeData__)


def to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """ReportLab's ToUnicode CMap, with private-use glyphs mapped to the text they draw."""
    face = fontname.split("+", 1)[-1]
    cmap = _to_unicode_cmap(fontname, subset)
    for i, code in enumerate(subset):
        text = _GLYPH_TEXT.get((face, code))
        if text is not None:
            cmap = cmap.replace(f"<{i:02X}> <{code:04X}>",
                                f"<{i:02X}> <{text.encode('utf-16-be').hex().upper()}>", 1)
    return cmap


def _install() -> None:
    rl_paragraph.shapeFragWord = shape_by_font  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = to_unicode_cmap


_install()


@cache
def _line_fonts() -> FontKit:
    return FontKit()


def draw_line(canvas: Any, x: float, y: float, text: str, *, font: str, size: float,
              align: str = "left") -> None:
    """Draw one line on a canvas at baseline ``y``: ``drawString`` when the base font draws
    it all, else a one-line ScriptParagraph (other-script runs, shaped and ordered)."""
    markup = "" if text.isascii() else _line_fonts().markup(text)
    if "<font" in markup:  # some of it is in another font than the base
        style = ParagraphStyle("line", fontName=font, fontSize=size, leading=size * 1.2,
                               alignment=_ALIGN.get(align, TA_CENTER))
        para = ScriptParagraph(markup, style)
        room = 1000.0
        _w, height = para.wrapOn(canvas, room, size * 3)
        left = {"left": x, "right": x - room}.get(align, x - room / 2)
        para.drawOn(canvas, left, y - height + size)
        return
    canvas.setFont(font, size)
    {"left": canvas.drawString, "right": canvas.drawRightString}.get(
        align, canvas.drawCentredString)(x, y, text)
