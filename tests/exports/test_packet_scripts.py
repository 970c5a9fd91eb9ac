"""Every script printed: names in Arabic, Hebrew, Devanagari (and mixed) through the real
packet builder, read back from the PDF.

How the text is compared: pdftotext (poppler) gives each word's characters and position.
Arabic comes back as presentation forms (the contextual glyphs' own code points), Devanagari
in drawing order (a reph after its consonant), and pdftotext adds bidi marks; so a word is
compared as the multiset of its characters after NFKC normalisation, with format characters
(category Cf) removed, and its place on the page is read from its box, not from text order.
Glyph coverage is read from the embedded fonts: each character of the name is drawn by a code
whose ToUnicode text holds it and whose glyph in the embedded subset is not .notdef (glyph 0),
looked up with HarfBuzz (uharfbuzz, a dependency).
"""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from html import unescape
from pathlib import Path

import pikepdf
import pytest
import uharfbuzz
from packet_fixtures import NOW, make_records
from reportlab.pdfbase import ttfonts
from reportlab.pdfgen.canvas import Canvas

from exports.bidi import base_is_rtl, visual_order
from exports.fonts import bundled_scripts, register_script_font
from exports.packet import build_packet
from exports.shaped_text import draw_line
from models.errors import InvalidInput
from models.records import Case

ARABIC, HEBREW, DEVANAGARI, MIXED = "ليلى حداد", "נועה כהן", "अनीता शर्मा", "Leila ليلى"
NEEDS_PDFTOTEXT = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="needs poppler's pdftotext (make test-tools)")
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>')


def with_name(records, name: str):
    fields = {f: getattr(records.case, f) for f in Case.__slots__}
    records.case = Case(**{**fields, "display_name": name, "legal_name": name})
    return records


def build(records, **kw) -> bytes:
    return build_packet(records.plan(), now=NOW, prepared_by="u", document_bytes=records.blobs,
                        **kw).data


def letters(word: str) -> Counter[str]:
    """What a word is made of, however an extractor orders or composes it."""
    return Counter(c for c in unicodedata.normalize("NFKC", word)
                   if not c.isspace() and unicodedata.category(c) != "Cf")


def words_on_page(data: bytes, page: int, tmp_path: Path) -> list[tuple[float, float, str]]:
    """(x, y, text) of every word pdftotext finds on a page (1-based)."""
    path = tmp_path / "p.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    return [(float(x), float(y), unescape(t)) for x, y, t in WORD.findall(out)]


def place(words: list[tuple[float, float, str]], word: str) -> tuple[float, float]:
    """Where ``word`` is drawn (the first match)."""
    found = [(x, y) for x, y, text in words if letters(text) == letters(word)]
    assert found, f"{word!r} not read back from {[t for _x, _y, t in words]}"
    return found[0]


def drawn_codes(data: bytes, page: int = 0) -> dict[str, list[tuple[str, int | None]]]:
    """Per embedded font (face name): (ToUnicode text, glyph in the embedded subset) of each
    code the page's content stream draws with it."""
    fonts: dict[str, list[tuple[str, int | None]]] = {}
    with pikepdf.open(io.BytesIO(data)) as pdf:
        page_obj = pdf.pages[page]
        resources = page_obj.Resources.Font
        for resource, codes in _codes_shown(page_obj).items():
            font = resources[resource]
            program = font.FontDescriptor.FontFile2.read_bytes()
            hb_font = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob(program)))
            cmap = font.ToUnicode.read_bytes().decode().split("beginbfchar", 1)[1]
            texts = {int(code, 16): bytes.fromhex(text).decode("utf-16-be") for code, text
                     in re.findall(r"<([0-9A-F]{2})> <([0-9A-F]+)>", cmap.split("endbfchar")[0])}
            face = str(font.BaseFont).split("+", 1)[-1]
            fonts.setdefault(face, []).extend((texts[c], hb_font.get_nominal_glyph(c))
                                              for c in sorted(codes))
    return fonts


def _codes_shown(page: pikepdf.Page) -> dict[str, set[int]]:
    """Font resource -> the one-byte codes its text-showing operators draw."""
    shown: dict[str, set[int]] = {}
    font = ""
    for operands, operator in pikepdf.parse_content_stream(page):
        if str(operator) == "Tf":
            font = str(operands[0])
        elif str(operator) in ("Tj", "'", '"', "TJ"):
            strings = operands[-1] if str(operator) == "TJ" else operands[-1:]
            for item in strings:
                if isinstance(item, pikepdf.String):
                    shown.setdefault(font, set()).update(bytes(item))
    return shown


def assert_every_character_has_a_glyph(data: bytes, name: str) -> None:
    drawn = [(text, glyph) for codes in drawn_codes(data).values() for text, glyph in codes]
    for char in set(letters(name)):
        glyphs = [g for text, g in drawn if char in unicodedata.normalize("NFKC", text)]
        assert glyphs and all(g not in (None, 0) for g in glyphs), (char, glyphs)


# the other bundled scripts: Bengali, Tamil, Gurmukhi, Thai, Khmer, Myanmar, Ethiopic
OTHERS = ["সুমাইয়া আক্তার", "கவிதா முருகன்", "ਹਰਪ੍ਰੀਤ ਕੌਰ", "สมหญิง ใจดี", "សុខា ចាន់", "အောင် ဆန်း",
          "ተስፋዬ ገብረ"]


@NEEDS_PDFTOTEXT
@pytest.mark.parametrize("name", [ARABIC, HEBREW, DEVANAGARI, MIXED, *OTHERS])
def test_build_packet_prints_the_name_and_reads_back(name, tmp_path):
    data = build(with_name(make_records(), name))
    cover = words_on_page(data, 1, tmp_path)
    for word in name.split():
        place(cover, word)
    assert_every_character_has_a_glyph(data, name)


@NEEDS_PDFTOTEXT
@pytest.mark.parametrize(("name", "right_to_left"),
                         [(ARABIC, True), (HEBREW, True), (DEVANAGARI, False), (MIXED, False)])
def test_build_packet_orders_words_by_their_direction(name, right_to_left, tmp_path):
    cover = words_on_page(build(with_name(make_records(), name)), 1, tmp_path)
    first, second = (place(cover, w) for w in name.split())
    assert first[1] == pytest.approx(second[1], abs=8)  # one line (fonts' boxes differ)
    assert (first[0] > second[0]) is right_to_left
    # the caption's English reads left to right before the name, the case ref after it
    assert place(cover, "matter")[0] < min(first[0], second[0])
    assert place(cover, "C-0001)")[0] > max(first[0], second[0])


def test_build_packet_shapes_arabic_into_joined_forms():
    fonts = drawn_codes(build(with_name(make_records(), ARABIC)))
    arabic = next(codes for face, codes in fonts.items() if "Arabic" in face)
    forms = {unicodedata.decomposition(text[0]).split(" ")[0] for text, _g in arabic if text}
    # lam and yeh joined: initial, medial and final forms, not the isolated letters
    assert {"<initial>", "<medial>", "<final>"} <= forms


def test_build_packet_shapes_devanagari_conjuncts():
    fonts = drawn_codes(build(with_name(make_records(), DEVANAGARI)))
    deva = next(codes for face, codes in fonts.items() if "Devanagari" in face)
    # the reph of शर्मा is one glyph for two characters, and reads back as them
    assert ("र्", ) == tuple(t for t, _g in deva if t == "र्")
    assert not [t for t, _g in deva if any(0xE000 <= ord(c) < 0xF900 for c in t)]


@NEEDS_PDFTOTEXT
def test_build_packet_bold_caption_and_table_cells_in_other_scripts(tmp_path):
    records = with_name(make_records(), HEBREW)
    records.events[0] = dataclasses.replace(records.events[0], title="דיון בבית המשפט")
    data = build(records)
    fonts = drawn_codes(data)
    assert any("Hebrew" in face for face in fonts)
    pages = [words_on_page(data, n, tmp_path) for n in range(2, 6)]
    chronology = next(p for p in pages if any(t == "Kind" for _x, _y, t in p))
    words = [place(chronology, w) for w in "דיון בבית המשפט".split()]
    assert words[0][0] > words[1][0] > words[2][0]  # right to left inside its table cell


@NEEDS_PDFTOTEXT
def test_build_packet_long_right_to_left_note_splits_across_pages(tmp_path):
    note = " ".join(["ذهبت ليلى إلى المحكمة يوم 12 لتتحدث مع المحامية."] * 250)
    records = with_name(make_records(), ARABIC)
    records.matters[0] = dataclasses.replace(records.matters[0], notes=note)
    data = build(records)
    text = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True,
                          check=True).stdout.decode()
    pages = text.split("\f")
    found = [[w for w in page.split() if letters(w) == letters("المحكمة")] for page in pages]
    assert sum(map(len, found)) == 250  # every line drawn once, shaped once (no private codes)
    assert len([f for f in found if f]) >= 2  # the paragraph went on to a second page
    assert not [c for c in text if 0xE000 <= ord(c) < 0xF900]


@NEEDS_PDFTOTEXT
def test_build_packet_exhibit_header_in_another_script(tmp_path):
    records = with_name(make_records(), "Ana Lee")
    records.documents[0] = dataclasses.replace(records.documents[0], title="أمر تقييدي")
    data = build(records)
    text = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True,
                          check=True).stdout.decode()
    assert [letters("تقييدي")] == [letters(w) for w in text.split()
                                   if letters(w) == letters("تقييدي")][:1]


@pytest.mark.parametrize(("text", "script"), [("བཀྲ་ཤིས", "Tibetan"), ("王秀英", "Han (CJK)")])
def test_build_packet_refuses_only_a_script_no_font_covers_naming_it(tmp_path, text, script):
    with pytest.raises(InvalidInput) as err:
        build(with_name(make_records(), f"Ana {text}"), font_dirs=[tmp_path])
    message = str(err.value)
    assert f"cannot print {script} characters" in message and "no bundled font" in message
    assert "install a font" in message and text not in message


def test_build_packet_latin_only_embeds_no_other_font():
    fonts = drawn_codes(build(with_name(make_records(), "Zoë Ðorđević")))
    assert fonts and all(face.startswith("DejaVuSans") for face in fonts)


def test_every_bundled_script_font_file_and_licence_is_there():
    from exports.fonts import FONT_DIR

    names = {s.name for s in bundled_scripts()}
    assert {"Arabic", "Hebrew", "Devanagari"} <= names
    for script in bundled_scripts():
        assert all((FONT_DIR / f).is_file() for f in script.files)
    assert "SIL OPEN FONT LICENSE Version 1.1" in (FONT_DIR / "LICENSE-Noto.txt").read_text()


@NEEDS_PDFTOTEXT
def test_draw_line_shapes_and_orders_canvas_text(tmp_path):
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    draw_line(canvas, 300, 400, f"Footer {HEBREW} 7", font="WB-Sans", size=10, align="centre")
    canvas.save()
    words = words_on_page(buffer.getvalue(), 1, tmp_path)
    x = {w: place(words, w)[0] for w in ("Footer", "נועה", "כהן", "7")}
    # as UAX #9 has it: the number after Hebrew words joins their right-to-left run
    assert x["Footer"] < x["7"] < x["כהן"] < x["נועה"]
    assert (x["Footer"] + place(words, "נועה")[0]) / 2 == pytest.approx(300, abs=25)


@pytest.mark.parametrize(("classes", "rtl", "order"), [
    (["L", "N", "R", "N", "R", "N", "L"], False, [0, 1, 4, 3, 2, 5, 6]),  # Ana ليلى حداد ok
    (["R", "N", "EN", "N", "R"], False, [4, 3, 2, 1, 0]),  # a number inside Arabic
    (["R", "N", "L", "N", "R"], True, [4, 3, 2, 1, 0]),  # Latin inside an Arabic paragraph
    (["R", "N"], True, [1, 0]),  # the full stop of an Arabic sentence goes left
    (["L", "N", "EN"], False, [0, 1, 2]),
])
def test_visual_order(classes, rtl, order):
    assert visual_order(classes, rtl) == order



@pytest.mark.parametrize(("text", "rtl"), [("ليلى حداد", True), ("(כהן) Noa", True),
                                           ("Noa כהן", False), ("2026-12-10 09:30 — דיון", False),
                                           ("— 12", False)])
def test_base_direction(text, rtl):
    assert base_is_rtl(text) is rtl


def test_glyph_check_catches_a_character_the_font_lacks():
    # positive control: Noto Sans Hebrew has no Latin letters, so "A" is drawn as .notdef
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont(register_script_font("HEBREW"), 12)
    canvas.drawString(100, 700, "Aב")
    canvas.save()
    assert_every_character_has_a_glyph(buffer.getvalue(), "ב")
    with pytest.raises(AssertionError):
        assert_every_character_has_a_glyph(buffer.getvalue(), "A")


def test_without_uharfbuzz_a_script_needing_shaping_is_refused(monkeypatch, tmp_path):
    # uharfbuzz is a dependency; an install that lost it refuses rather than print wrong letters
    monkeypatch.setattr(ttfonts, "uharfbuzz", None)
    with pytest.raises(InvalidInput, match="cannot print Arabic characters: they need text shaping"):
        build(with_name(make_records(), ARABIC), font_dirs=[tmp_path])
    build(with_name(make_records(), "Zoë"), font_dirs=[tmp_path])  # the rest still prints
