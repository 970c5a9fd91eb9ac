"""Fonts for packets: bundled DejaVu first, then an installed font that covers what it can't.

Text is never printed with glyphs the font lacks (boxes): every string goes through
``FontKit.markup``, which either wraps runs of other-script characters in a covering
fallback font or raises InvalidInput naming the script (never the text itself).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from models.errors import InvalidInput

FONT_DIR = Path(__file__).with_name("fonts")
BASE = "WB-Sans"
BOLD = "WB-Sans-Bold"
SYSTEM_FONT_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"),
                    Path.home() / ".local/share/fonts", Path.home() / ".fonts",
                    Path("/Library/Fonts"), Path("C:/Windows/Fonts"))
_FONT_SUFFIXES = (".ttf", ".ttc", ".otf")


@cache
def register_base_fonts() -> None:
    """Register the bundled DejaVu Sans (regular, bold) with ReportLab, embedded as subsets."""
    pdfmetrics.registerFont(TTFont(BASE, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    addMapping(BASE, 0, 0, BASE)
    addMapping(BASE, 1, 0, BOLD)
    addMapping(BASE, 0, 1, BASE)
    addMapping(BASE, 1, 1, BOLD)


@cache
def _scripts() -> dict[str, dict[str, Any]]:
    data = json.loads((FONT_DIR.parent / "templates" / "scripts.json").read_text("utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def script_of(char: str) -> tuple[str, str, bool]:
    """(display name, font hint, needs shaping) of the script a character belongs to."""
    word = unicodedata.name(char, f"U+{ord(char):04X}").split()[0]
    info = _scripts().get(word)
    if info is None:
        return word.title(), "a Noto Sans font covering it", False
    return info["name"], info["hint"], bool(info.get("shaping", False))


@cache
def _cmap(path: str, index: int = 0) -> frozenset[int] | None:
    """Code points a font file covers, or None when ReportLab cannot embed it."""
    try:
        face = TTFont(f"probe-{index}", path, subfontIndex=index).face
    except (TTFError, OSError, ValueError, KeyError):
        return None  # e.g. CFF-outline OpenType, which ReportLab cannot subset
    return frozenset(face.charToGlyph)


def _walk(dirs: Sequence[Path]) -> Iterator[Path]:
    for root in dirs:
        if root.is_dir():
            for dirpath, _dirs, files in sorted(os.walk(root)):
                for name in sorted(files):
                    if name.lower().endswith(_FONT_SUFFIXES):
                        yield Path(dirpath) / name


def _fc_list(char: str) -> list[Path]:
    """Installed fonts fontconfig says cover ``char`` (empty when fc-list is missing)."""
    exe = shutil.which("fc-list")
    if exe is None:
        return []
    out = subprocess.run([exe, f":charset={ord(char):x}", "file"], capture_output=True,
                         text=True, timeout=20, check=False).stdout
    return sorted(Path(line.split(":")[0].strip()) for line in out.splitlines() if line.strip())


class FontKit:
    """Turns text into ReportLab paragraph markup using fonts that can draw every character."""

    def __init__(self, font_dirs: Sequence[Path] | None = None):
        register_base_fonts()
        self._font_dirs = tuple(font_dirs) if font_dirs is not None else None
        # a character counts as covered only if regular and bold both draw it (headings are bold)
        self._base = ((_cmap(str(FONT_DIR / "DejaVuSans.ttf")) or frozenset())
                      & (_cmap(str(FONT_DIR / "DejaVuSans-Bold.ttf")) or frozenset()))
        self._fallback: dict[int, str | None] = {}  # code point -> font (None: base)

    def _candidates(self, char: str) -> Iterator[Path]:
        if self._font_dirs is not None:
            yield from _walk(self._font_dirs)
            return
        yield from _fc_list(char)
        yield from _walk(SYSTEM_FONT_DIRS)

    def _find(self, char: str, name: str, hint: str) -> str:
        """Register (once) and name a font covering ``char``, or refuse naming its script."""
        for path in self._candidates(char):
            cmap = _cmap(str(path))
            if cmap is not None and ord(char) in cmap:
                font_name = "WB-Fallback-" + "".join(c for c in path.stem if c.isalnum())[:40]
                if font_name not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(font_name, str(path)))
                return font_name
        raise InvalidInput(f"cannot print {name} characters: install a font such as {hint}",
                           field="font")

    def font_for(self, char: str) -> str | None:
        """None when the base font draws ``char``; else the fallback font's name."""
        code = ord(char)
        if code not in self._fallback:
            self._fallback[code] = self._choose(char)
        return self._fallback[code]

    def _choose(self, char: str) -> str | None:
        if char in "\n\r\t" or unicodedata.category(char) in ("Cc", "Cf"):
            return None
        name, hint, shaping = script_of(char)
        if shaping:  # DejaVu has Arabic and Hebrew glyphs, but unshaped they would be wrong
            raise InvalidInput(f"cannot print {name} characters: this script needs text shaping, "
                               f"which the packet renderer does not have (install uharfbuzz and "
                               f"a font such as {hint})", field="font")
        if ord(char) in self._base:
            return None
        return self._find(char, name, hint)

    def check(self, text: str) -> None:
        """Raise InvalidInput if some character of ``text`` cannot be drawn at all."""
        for char in text:
            self.font_for(char)

    def markup(self, text: str) -> str:
        """Escaped paragraph markup of ``text``, with other-script runs in their fallback font."""
        out: list[str] = []
        run_font: str | None = None
        run: list[str] = []
        for char in text:
            font = self.font_for(char)
            if font != run_font and run:
                out.append(_wrap("".join(run), run_font))
                run = []
            run_font = font
            run.append(char)
        if run:
            out.append(_wrap("".join(run), run_font))
        return "".join(out).replace("\n", "<br/>")


def _wrap(text: str, font: str | None) -> str:
    text = escape(text)
    return text if font is None else f'<font name="{font}">{text}</font>'
