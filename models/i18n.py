"""The lower layers' translation hook: the words models/, timeline/ and the operations hand to
a person go through ``translate`` here, with a literal source text and ``%1``… placeholders.

``translate(context, text)`` returns ``text`` (English) until a translator is installed with
``set_translator``: the GUI installs ``QCoreApplication.translate`` (ui/i18n.py
``install_language``), the CLI never does, so the CLI stays English. Inside ``untranslated()``
(per thread and per task: a ContextVar) it returns the English source whatever is installed:
documents written for filing (packets, exports, transfer bundles, calendar files, reports) are
English in every UI language. pyside6-lupdate finds ``translate("Context", "text")`` and
``QT_TRANSLATE_NOOP("Context", "text")`` calls in these folders (the Makefile's TR_SOURCES);
a table of words is written with ``QT_TRANSLATE_NOOP`` and shown with
``translate(context, value)``. No Qt here: this module imports nothing of ours or of Qt's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

#: ``fn(context, text, disambiguation, n)``, as ``QCoreApplication.translate``
Translator = Callable[[str, str, str | None, int], str]

_translator: list[Translator | None] = [None]
_english: ContextVar[bool] = ContextVar("workbench_untranslated", default=False)


def set_translator(fn: Translator | None) -> Translator | None:
    """Install ``fn(context, text, disambiguation, n) -> text`` as the translator (None:
    English again); returns the one it replaces."""
    previous, _translator[0] = _translator[0], fn
    return previous


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` (a literal English source) of ``context`` in the installed language, or
    ``text`` itself with no translator or inside ``untranslated()``. With ``n`` >= 0 a count
    phrase, "%n point(s)": the plural form for ``n`` with ``%n`` replaced (in English without
    a translator: "1 point", "2 points")."""
    fn = _translator[0]
    if fn is None or _english.get():
        return text if n < 0 else _english_count(text, n)
    return fn(context, text, disambiguation, n)


def _english_count(text: str, n: int) -> str:
    """A "%n thing(s)" phrase in English, as workbench_en.ts gives its forms."""
    return text.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 -- the name lupdate knows
    """``text`` unchanged: marks a table's word for lupdate (``translate`` it when shown)."""
    return text


def is_untranslated() -> bool:
    """True inside ``untranslated()`` (in this thread or task)."""
    return _english.get()


@contextmanager
def untranslated() -> Iterator[None]:
    """Inside: ``translate`` returns the English source (a document for filing)."""
    token = _english.set(True)
    try:
        yield
    finally:
        _english.reset(token)


_PLACE = re.compile(r"%(\d)")


def fill(text: str, *values: object) -> str:
    """``text`` with ``%1``, ``%2``… replaced by ``values`` in one pass (a value holding "%2"
    is not replaced again), as QString.arg does: ``fill(translate(c, "%1 of %2"), a, b)``;
    each value as an f-string would show it (``format(value, "")``)."""
    return _PLACE.sub(lambda m: format(values[int(m.group(1)) - 1], "")
                      if 0 < int(m.group(1)) <= len(values) else m.group(0), text)
