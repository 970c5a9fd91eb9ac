"""Fonts for packets: bundled DejaVu, bundled Noto families for other scripts, then an
installed font for what neither covers.

Text is never printed with glyphs the font lacks (boxes): every string goes through
``FontKit.markup``, which wraps runs of other-script characters in the font that draws them
(exports/fonts/scripts.json says which bundled font draws which script) or raises
InvalidInput naming the script (never the text itself). Scripts that need shaping (Arabic,
Hebrew, Devanagari…) are registered as shaped fonts: exports.shaped_text lays them out with
HarfBuzz and orders right-to-left runs. docs/scripts.md tells the whole story.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from models.errors import InvalidInput

FONT_DIR = Path(__file__).with_name("fonts")
BASE = "WB-Sans"
BOLD = "WB-Sans-Bold"
SHAPED_PREFIX = "WB-Script-"  # every font laid out with HarfBuzz is registered under this prefix
SYSTEM_FONT_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"),
                    Path.home() / ".local/share/fonts", Path.home() / ".fonts",
                    Path("/Library/Fonts"), Path("C:/Windows/Fonts"))
_FONT_SUFFIXES = (".ttf", ".ttc", ".otf")
# characters that belong to the letter before them: they stay in that letter's font
_ATTACHED = frozenset({"Mn", "Mc", "Me", "Cf"})

# registered shaped fonts -> written right to left (read by exports.shaped_text)
SHAPED_FONTS: dict[str, bool] = {}
# a registered font -> its bold face (a bold paragraph draws other scripts in bold too)
BOLD_FACE: dict[str, str] = {BASE: BOLD}


@cache
def register_base_fonts() -> None:
    """Register the bundled DejaVu Sans (regular, bold) with ReportLab, embedded as subsets."""
    _register_family(BASE, FONT_DIR / "DejaVuSans.ttf", BOLD, FONT_DIR / "DejaVuSans-Bold.ttf")


def _register_family(regular: str, path: Path, bold: str, bold_path: Path) -> None:
    pdfmetrics.registerFont(TTFont(regular, str(path)))
    pdfmetrics.registerFont(TTFont(bold, str(bold_path)))
    for italic in (0, 1):
        addMapping(regular, 0, italic, regular)
        addMapping(regular, 1, italic, bold)


@dataclass(frozen=True)
class Script:
    """A writing system, as exports/fonts/scripts.json describes it."""

    key: str  # first word of the Unicode character names (ARABIC)
    name: str  # what a person reads in a refusal (Arabic)
    hint: str = "a Noto Sans font covering it"  # a font to install when none is bundled
    files: tuple[str, ...] = ()  # bundled font files in exports/fonts/: regular, bold
    shaping: bool = False
    rtl: bool = False

    @property
    def font_name(self) -> str:
        """The registered name of its bundled regular face."""
        return f"{SHAPED_PREFIX if self.shaping else 'WB-Font-'}{self.key.title()}"


@cache
def _scripts() -> dict[str, Script]:
    data = json.loads((FONT_DIR / "scripts.json").read_text("utf-8"))
    return {k: Script(k, v["name"], v.get("hint", Script.hint), tuple(v.get("fonts", ())),
                      bool(v.get("shaping", False)), bool(v.get("rtl", False)))
            for k, v in data.items() if not k.startswith("_")}


def bundled_scripts() -> list[Script]:
    """The scripts a bundled font prints, besides those DejaVu Sans covers."""
    return [s for s in _scripts().values() if s.files]


def script_of(char: str) -> Script:
    """The script a character belongs to (by the first word of its Unicode name)."""
    word = unicodedata.name(char, f"U+{ord(char):04X}").split()[0]
    return _scripts().get(word) or Script(word, word.title())


@cache
def register_script_font(key: str) -> str:
    """Register (once) the bundled faces of a script; the regular face's name."""
    script = _scripts()[key]
    regular = script.font_name
    paths = [FONT_DIR / f for f in script.files]
    _register_family(regular, paths[0], regular + "-Bold", paths[-1])
    BOLD_FACE[regular] = regular + "-Bold"
    if script.shaping:
        SHAPED_FONTS[regular] = SHAPED_FONTS[regular + "-Bold"] = script.rtl
    return regular


@cache
def _cmap(path: str, index: int = 0) -> frozenset[int] | None:
    """Code points a font file covers, or None when ReportLab cannot embed it."""
    try:
        face = TTFont(f"probe-{index}", path, subfontIndex=index).face
    except (TTFError, OSError, ValueError, KeyError):
        return None  # e.g. CFF-outline OpenType, which ReportLab cannot subset
    return frozenset(face.charToGlyph)


def covers(font_name: str, char: str) -> bool:
    """Whether the registered font ``font_name`` has a glyph for ``char``."""
    font = pdfmetrics.getFont(font_name)
    return ord(char) in getattr(getattr(font, "face", None), "charToGlyph", {})


def _can_shape() -> bool:
    """Whether ReportLab has HarfBuzz (uharfbuzz) to shape text with."""
    return getattr(ttfonts, "uharfbuzz", None) is not None


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

    def _find(self, char: str, script: Script) -> str:
        """Register (once) and name an installed font covering ``char``, or refuse naming
        its script."""
        for path in self._candidates(char):
            cmap = _cmap(str(path))
            if cmap is not None and ord(char) in cmap:
                prefix = SHAPED_PREFIX + "Fallback-" if script.shaping else "WB-Fallback-"
                font_name = prefix + "".join(c for c in path.stem if c.isalnum())[:40]
                if font_name not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(font_name, str(path)))
                if script.shaping:
                    SHAPED_FONTS[font_name] = script.rtl
                return font_name
        raise InvalidInput(f"cannot print {script.name} characters: no bundled font covers "
                           f"them; install a font such as {script.hint} on this computer and "
                           f"make the packet again, or leave those characters out",
                           field="font")

    def font_for(self, char: str) -> str | None:
        """None when the base font draws ``char``; else the name of the font that does."""
        code = ord(char)
        if code not in self._fallback:
            self._fallback[code] = self._choose(char)
        return self._fallback[code]

    def _choose(self, char: str) -> str | None:
        if char in "\n\r\t" or unicodedata.category(char) in ("Cc", "Cf"):
            return None
        script = script_of(char)
        if script.shaping and not _can_shape():  # unshaped, the letters would be wrong
            raise InvalidInput(f"cannot print {script.name} characters: they need text "
                               f"shaping, and uharfbuzz is not installed (pip install "
                               f"uharfbuzz)", field="font")
        if script.files:  # a bundled font drawn (and shaped) even where DejaVu has glyphs
            return register_script_font(script.key)
        if ord(char) in self._base:
            return None
        return self._find(char, script)

    def check(self, text: str) -> None:
        """Raise InvalidInput if some character of ``text`` cannot be drawn at all."""
        for char in text:
            self.font_for(char)

    def markup(self, text: str) -> str:
        """Escaped paragraph markup of ``text``, with other-script runs in their own font."""
        fonts = [self.font_for(char) for char in text]
        if not any(fonts):  # the common case: all in the base font
            return escape(text).replace("\n", "<br/>")
        _keep_attached(text, fonts)
        out: list[str] = []
        start = 0
        for i in range(1, len(text) + 1):
            if i == len(text) or fonts[i] != fonts[start]:
                out.append(_wrap(text[start:i], fonts[start]))
                start = i
        return "".join(out).replace("\n", "<br/>")


def _keep_attached(text: str, fonts: list[str | None]) -> None:
    """Marks and joiners (ZWJ, ZWNJ) stay in the font of the letter before them, so that
    HarfBuzz shapes them together (a Devanagari half form, an Arabic vowel sign)."""
    for i in range(1, len(text)):
        previous = fonts[i - 1]
        if previous is not None and fonts[i] is None \
                and unicodedata.category(text[i]) in _ATTACHED and covers(previous, text[i]):
            fonts[i] = previous


def _wrap(text: str, font: str | None) -> str:
    text = escape(text)
    return text if font is None else f'<font name="{font}">{text}</font>'
