"""Translation: every user-visible string goes through Qt's translation mechanism.

Sources are ``ui/translations/workbench_<lang>.ts`` (Qt Linguist files, in the repository);
``make`` builds each into a ``.qm`` next to it (pyside6-lrelease). ``workbench_en.ts`` holds
only the English plural forms (``lupdate -pluralonly``): a count phrase is written once with
``%n`` and "(s)" -- ``translate(ctx, "%n record(s)", None, n)`` -- and each language's file
gives as many forms as its grammar has. docs/translating.md says how a language is added.

The language: ``WORKBENCH_LANG`` if set, else the one chosen in the app (View → Language,
kept in the workbench's settings file), else the system locale's, else English.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from models import i18n as lower_i18n

TRANSLATIONS = Path(__file__).with_name("translations")
ENGLISH = "en"
#: each language's own name, as its speakers write it (the Language menu shows these)
NATIVE_NAMES = {"en": "English", "es": "Español"}
_installed: list[QTranslator] = []
_current = [ENGLISH]


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` of ``context`` (a class name, as lupdate finds it) in the current language;
    with ``n`` >= 0, the plural form for ``n`` with ``%n`` replaced."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def available_languages() -> list[str]:
    """English and every language with a built translation (``workbench_<lang>.qm``)."""
    found = sorted(p.stem.split("_", 1)[1] for p in TRANSLATIONS.glob("workbench_*.qm"))
    return [ENGLISH, *(code for code in found if code != ENGLISH)]


def chosen_language(saved: str | None = None) -> str:
    """The language to show: WORKBENCH_LANG, else ``saved`` (the app's choice), else the
    system locale's, else English -- the first of these that has a translation."""
    available = available_languages()
    for wanted in (os.environ.get("WORKBENCH_LANG"), saved, QLocale.system().name()):
        code = (wanted or "").split(".")[0].replace("-", "_").split("_")[0].lower()
        if code in available:
            return code
    return ENGLISH


def current_language() -> str:
    """The language installed last (English before any)."""
    return _current[0]


def install_language(app: QCoreApplication, code: str) -> str:
    """Show ``code``'s translation from now on (English: only its plural forms); returns the
    language installed. Widgets made before keep their texts: the main window rebuilds
    itself (MainWindow.switch_language). Raises FileNotFoundError naming the missing file
    (``make translations`` builds them)."""
    while _installed:
        app.removeTranslator(_installed.pop())
    for name in dict.fromkeys((ENGLISH, code)):
        qm = TRANSLATIONS / f"workbench_{name}.qm"
        translator = QTranslator(app)
        if not translator.load(str(qm)):
            raise FileNotFoundError(f"{qm} is missing or unreadable: run 'make translations' "
                                    "(it builds the .qm files from ui/translations/*.ts).")
        app.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(QLocale(code))  # dates and numbers in the language's own format
    lower_i18n.set_translator(QCoreApplication.translate)  # the operations' words (models.i18n)
    _current[0] = code
    return code


def day_text(day: date, *, weekday: bool = True, year: bool = True) -> str:
    """A day as a calendar shows it, in the UI's language: "Mon 4 May 2026" (English),
    "lun 4 may 2026" (Spanish); without the weekday or the year when asked."""
    pattern = ("ddd " if weekday else "") + "d MMM" + (" yyyy" if year else "")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def month_name(month: int) -> str:
    """A month's full name in the UI's language ("February", "febrero")."""
    return QLocale().monthName(month)


_qt_words: list[QTranslator] = []


def install_qt_words(app: QCoreApplication, code: str) -> None:
    """Qt's own words in ``code`` from now on -- the standard buttons (Save, Cancel, Close),
    the text fields' context menu, the calendar popup: the ``qtbase_<code>.qm`` Qt ships,
    when it has one (none for English: Qt's words are English)."""
    while _qt_words:
        app.removeTranslator(_qt_words.pop())
    if code == ENGLISH:
        return
    translator = QTranslator(app)
    if translator.load(f"qtbase_{code}",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)
        _qt_words.append(translator)
