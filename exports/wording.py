"""A packet's wording as data, one file per language under exports/templates/wording/.

``en.json`` holds every word a packet prints that is not case data: each kind's title,
section headings and template wording, the legends, cover labels, table column titles, the
footer's "Page X of Y", enum values in words and how a date is written. ``es.json`` (and any
later language) holds the same keys. The builders never print a literal of their own: they
call ``say(key)`` (and ``long_day``/``short_day`` for dates) while a packet is rendered
``in_language(code)``; outside it the language is English, so every other caller (a
transfer bundle's legends, the certificate dialog's methods) reads the filing wording.
No Qt here (exports/ never imports it): month names are a table in the wording data.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from models.errors import InvalidInput

WORDING_DIR = Path(__file__).with_name("templates") / "wording"
FILING_LANGUAGE = "en"
_language: ContextVar[str] = ContextVar("packet_language", default=FILING_LANGUAGE)


@cache
def available_languages() -> tuple[str, ...]:
    """Codes with a wording file ("en", "es"), in order."""
    return tuple(sorted(p.stem for p in WORDING_DIR.glob("*.json")))


def translation_languages() -> tuple[str, ...]:
    """Codes a translation copy can be made in: every wording but the filing language."""
    return tuple(c for c in available_languages() if c != FILING_LANGUAGE)


def check_translation(code: str) -> str:
    """``code`` normalised ("ES" → "es"), or InvalidInput naming the available ones."""
    clean = code.strip().lower()
    if clean not in translation_languages():
        raise InvalidInput(f"No packet translation for {code!r}: available: "
                           f"{', '.join(translation_languages()) or 'none'}.",
                           field="translation")
    return clean


def language_code(name: str) -> str | None:
    """The wording code of a language as a case records it: a code or tag ("es", "es-MX")
    or a name in a wording file's ``aliases`` ("Spanish", "Español"); None when none fits."""
    clean = name.strip().casefold()
    tag = clean.replace("_", "-").split("-")[0]
    for code in available_languages():
        aliases = {a.casefold() for a in wording(code).get("aliases", ())}
        if tag == code or clean in aliases:
            return code
    return None


def case_translation(languages: tuple[str, ...]) -> str | None:
    """The first of a case's languages that has a packet translation ("es"), or None."""
    for name in languages:
        code = language_code(name)
        if code in translation_languages():
            return code
    return None


def language_name(code: str) -> str:
    """A wording's English name ("Spanish"): its first alias."""
    return str(wording(code)["aliases"][0])


def check_case_translation(code: str, languages: tuple[str, ...]) -> str:
    """``code`` checked (``check_translation``) and among the case's languages; else
    InvalidInput saying plainly which languages the case has and which have a translation."""
    clean = check_translation(code)
    if clean not in {language_code(name) for name in languages}:
        have = ", ".join(languages) or "none recorded"
        raise InvalidInput(f"No {language_name(clean)} copy for this case: the case's "
                           f"languages are {have}. A packet translation exists for "
                           f"{', '.join(language_name(c) for c in translation_languages())}; "
                           "add the language to the case first if the survivor reads it.",
                           field="translation")
    return clean


@cache
def wording(code: str) -> dict[str, Any]:
    """The wording file of ``code`` (read once)."""
    if code not in available_languages():
        raise InvalidInput(f"No packet wording for {code!r}.", field="language")
    data: dict[str, Any] = json.loads((WORDING_DIR / f"{code}.json").read_text("utf-8"))
    return data


def language() -> str:
    """The language being rendered (English outside ``in_language``)."""
    return _language.get()


def current() -> dict[str, Any]:
    """The wording of the language being rendered."""
    return wording(_language.get())


@contextmanager
def in_language(code: str) -> Iterator[None]:
    """Inside: ``say`` and the date helpers use ``code``'s wording (per thread and task)."""
    wording(code)  # an unknown code fails before anything is rendered
    token = _language.set(code)
    try:
        yield
    finally:
        _language.reset(token)


def say(key: str, **values: object) -> str:
    """The printed words for ``key`` with ``values`` filled in."""
    text: str = current()["words"][key]
    return text.format(**values) if values else text


def value_word(group: str, value: str) -> str:
    """An enum value in words ("court_hearing" → "court hearing"), from the wording's table."""
    table: dict[str, str] = current()["values"][group]
    return table.get(value, value.replace("_", " "))


def _day_text(day: date, form: str) -> str:
    dates = current()["dates"]
    months = dates["months" if form == "long" else "months_short"]
    return str(dates[form]).format(iso=day.isoformat(), day=day.day, year=day.year,
                                   month=months[day.month - 1])


def long_day(day: date) -> str:
    """A date in running text: "2026-05-04" (filing copy), "4 de mayo de 2026" (Spanish)."""
    return _day_text(day, "long")


def short_day(day: date) -> str:
    """A date in a table cell or under a chart: "2026-05-04", "4 may 2026"."""
    return _day_text(day, "short")
