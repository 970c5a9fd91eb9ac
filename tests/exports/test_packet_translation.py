"""Packet wording as data (exports/templates/wording/) and the Spanish courtesy translation.

The English (filing) packet's text is compared with pdftotext of the same packets built before
the wording moved to data (wording_baseline/, captured at e3aa2ed): it must not change by a
character. The Spanish copy of each kind is read back with pdftotext: its headings and legends
are the Spanish ones, no English heading is left, the case data is the filing copy's, and
every page says it is a courtesy translation, not for filing.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from translation_fixtures import (
    BASELINE,
    KINDS,
    NEEDS_PDFTOTEXT,
    full_packet,
    full_plan,
    pdftotext,
    pdftotext_pages,
)

from exports.atomic import write_all_atomically
from exports.packet import TranslationOf
from exports.template import load_template
from exports.wording import (
    WORDING_DIR,
    available_languages,
    case_translation,
    check_case_translation,
    check_translation,
    in_language,
    long_day,
    short_day,
    wording,
)
from models.errors import InvalidInput

EXPORTS = Path(__file__).resolve().parents[2] / "exports"
# the modules that print a packet: none may hold a printed word of its own
PACKET_MODULES = ("packet.py", "cover.py", "sections.py", "page_canvas.py", "chronology.py",
                  "exhibits.py", "outcomes_section.py", "levels_chart.py", "minutes_section.py",
                  "safety_plan_section.py", "signing.py", "rule_text.py", "flowables.py")
MARK = "Traducción de cortesía — no válida para presentación"
ORIGINAL = TranslationOf("ab" * 32, ("WB-000001", "WB-000015"))
CANARY = re.compile(r"CANARY[A-Z0-9]+")
WORDING_CALLS = {"say", "word", "value_word"}  # their first argument is a key, not a word


def _keys(node: object, prefix: str = "") -> set[str]:
    """Every key path of a wording file ("kinds.court.sections.notes"); lists are leaves."""
    if not isinstance(node, dict):
        return {prefix}
    out: set[str] = set()
    for key, value in node.items():
        if not key.startswith("_"):
            out |= _keys(value, f"{prefix}.{key}" if prefix else key)
    return out


def _values(node: object, prefix: str = "") -> dict[str, str]:
    """Every string of a wording file by its key path."""
    if isinstance(node, str):
        return {prefix: node}
    if isinstance(node, dict):
        out: dict[str, str] = {}
        for key, value in node.items():
            if not key.startswith("_"):
                out.update(_values(value, f"{prefix}.{key}" if prefix else key))
        return out
    return {}


def _headings(code: str) -> dict[str, str]:
    """The heading-like words of a language (titles, section and column headings, cover
    labels, legend titles), by key path."""
    found = _values(wording(code))
    return {k: v for k, v in found.items()
            if re.search(r"(^kinds\.\w+\.(title|sections\.\w+)$)|(^legends\.\w+\.title$)"
                         r"|(^words\.(col_|cover_))|(_col_)|(certificate_of_service\.title)", k)}


def _build_es(kind: str) -> bytes:
    with in_language("es"):
        return full_packet(kind, translation_of=ORIGINAL)


@NEEDS_PDFTOTEXT
@pytest.mark.parametrize("kind", KINDS)
def test_packet_translation_english_text_is_unchanged(kind, tmp_path):
    assert pdftotext(full_packet(kind), tmp_path) == (BASELINE / f"{kind}.txt").read_text()


def test_packet_translation_every_wording_has_the_same_keys():
    english = _keys(wording("en"))
    assert len(english) > 250
    for code in available_languages():
        other = _keys(wording(code))
        assert english - other == set(), code
        assert other - english == set(), code


def test_packet_translation_placeholders_match_across_languages():
    english = _values(wording("en"))
    field = re.compile(r"\{(\w*)\}")
    for code in available_languages():
        for key, text in _values(wording(code)).items():
            if key.startswith("dates."):  # each language spells a date its own way
                continue
            assert set(field.findall(text)) == set(field.findall(english[key])), (code, key)


def _literals(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, ast.Module | ast.FunctionDef | ast.ClassDef) and n.body
                  and isinstance(n.body[0], ast.Expr)
                  and isinstance(n.body[0].value, ast.Constant)}
    keys = {id(n.args[0]) for n in ast.walk(tree) if isinstance(n, ast.Call) and n.args
            and getattr(n.func, "id", getattr(n.func, "attr", "")) in WORDING_CALLS}
    return {n.value.strip() for n in ast.walk(tree) if isinstance(n, ast.Constant)
            and isinstance(n.value, str) and id(n) not in docstrings | keys}


def test_packet_translation_builders_print_no_literal_heading():
    words = {v for v in _headings("en").values() if len(v) > 2} | {
        "Page", "Exhibit", "page", "undated", "not attached", "open", "Total score",
        "Date completed", "interpreter", "Released under legal compulsion"}
    for name in PACKET_MODULES:
        literals = _literals(EXPORTS / name)
        assert not words & literals, (name, words & literals)
        for literal in literals:  # nor inside a longer literal ("Page {n} of {m}")
            assert not re.search(r"\b(Page \{|Exhibit \{|Rule \{|Referral: )", literal), name


def test_packet_translation_languages_and_codes():
    assert {"en", "es"} <= set(available_languages())
    assert check_translation(" ES ") == "es"
    with pytest.raises(InvalidInput, match="available: es"):
        check_translation("fr")
    assert check_translation("es") == "es"
    assert case_translation(("en", "es-MX")) == "es"
    assert case_translation(("ar",)) is None
    assert case_translation(()) is None
    assert case_translation(("Vietnamese", "Spanish")) == "es"
    assert case_translation(("español",)) == "es"
    assert case_translation(("English",)) is None  # the filing language has no copy
    assert check_case_translation("es", ("Spanish",)) == "es"
    with pytest.raises(InvalidInput, match="the case's languages are Greek, English"):
        check_case_translation("es", ("Greek", "English"))


def test_packet_translation_dates_are_spanish():
    from datetime import date
    day = date(2026, 5, 4)
    assert long_day(day) == "2026-05-04" == short_day(day)
    with in_language("es"):
        assert long_day(day) == "4 de mayo de 2026"
        assert short_day(date(2026, 9, 30)) == "30 sept 2026"


def test_packet_translation_templates_load_in_each_language():
    for kind in KINDS:
        english, spanish = load_template(kind, "en"), load_template(kind, "es")
        assert [s.id for s in english.sections] == [s.id for s in spanish.sections]
        assert english.cover_fields == spanish.cover_fields
        assert english.title != spanish.title
    with in_language("es"):
        assert load_template("court").title == "Paquete para audiencia judicial"


def test_packet_translation_english_band_words_are_the_instruments_own():
    from timeline.screening import instrument
    for key, text in wording("en")["values"]["band"].items():
        inst_id, band_id = key.split(".")
        assert text == next(b.label for b in instrument(inst_id).bands if b.id == band_id)


def test_packet_translation_wording_files_are_the_only_ones():
    assert sorted(p.name for p in WORDING_DIR.glob("*.json")) == ["en.json", "es.json"]


@NEEDS_PDFTOTEXT
@pytest.mark.parametrize("kind", KINDS)
def test_packet_translation_spanish_copy_reads_back(kind, tmp_path):
    filing = pdftotext(full_packet(kind), tmp_path, "filing")
    pages = pdftotext_pages(_build_es(kind), tmp_path, "es")
    text = "\f".join(pages)
    lines = {line.strip() for line in text.splitlines()}
    plan, _blobs = full_plan(kind)
    spanish, english = _headings("es"), _headings("en")
    # the kind's title, every printed section heading and every legend title in Spanish
    assert load_template(kind, "es").title.split()[0] in text
    printed = [s.id for s in plan.template.sections if s.title in filing]
    for sid in printed:
        assert spanish[f"kinds.{kind}.sections.{sid}"] in text, sid
    for key in ("general", "usc_1367", "cfr_2_32"):
        assert spanish[f"legends.{key}.title"] in text
        assert wording("es")["legends"][key]["footer"] in text
    # no English heading left as a line of its own (words spelt alike in both are fine)
    same = {v for k, v in english.items() if spanish.get(k) == v}
    left = {v for v in english.values() if v not in same and v in lines}
    assert left == set()
    assert "Page 1 of" not in text and "Página 1 de" in text
    # the case data is the filing copy's, untranslated
    assert CANARY.findall(filing) and set(CANARY.findall(text)) == set(CANARY.findall(filing))
    for data in ("Nguyễn Thị Ánh", "C-0001", plan.recipient):
        assert (data in filing) == (data in text), data
    # dates in Spanish; the same sections in the same order
    assert "27 de noviembre de 2026" in pages[0]
    body = len("\f".join(pages[:2]))  # after the cover and the contents
    starts = [text.index(spanish[f"kinds.{kind}.sections.{sid}"], body)
              for sid in printed if sid != "contents"]
    assert starts == sorted(starts)
    # "not for filing" on every page, the filed document named on the cover, no Bates
    assert all(MARK in page for page in pages)
    assert ORIGINAL.sha256 in pages[0] and "WB-000001" in pages[0]
    assert not any("WB-0" in page for page in pages[1:])


def test_packet_translation_written_pair_is_all_or_nothing(tmp_path):
    first, second = tmp_path / "packet.pdf", tmp_path / "missing" / "packet.es.pdf"
    with pytest.raises(InvalidInput):
        write_all_atomically([(first, b"%PDF-1 filing"), (second, b"%PDF-1 copy")])
    assert list(tmp_path.iterdir()) == []
    paths = write_all_atomically([(first, b"a"), (tmp_path / "packet.es.pdf", b"b")])
    assert [p.read_bytes() for p in paths] == [b"a", b"b"]
    assert {p.stat().st_mode & 0o777 for p in paths} == {0o600}
