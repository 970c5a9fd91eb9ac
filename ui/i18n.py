"""Translation helpers: every user-visible string goes through Qt's translation mechanism."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

_TRANSLATIONS = Path(__file__).with_name("translations")


def tr(context: str, text: str) -> str:
    """Translate ``text`` in ``context`` (a class name, as lupdate expects)."""
    return QCoreApplication.translate(context, text)


def install_translator(app: QCoreApplication, locale: QLocale | None = None) -> QTranslator | None:
    """Load ``ui/translations/workbench_<lang>.qm`` when present; English needs nothing."""
    locale = locale or QLocale.system()
    translator = QTranslator(app)
    if translator.load(locale, "workbench", "_", str(_TRANSLATIONS)):
        app.installTranslator(translator)
        return translator
    return None


def tr_n(context: str, singular: str, plural: str, n: int) -> str:
    """Translate a count phrase; ``%n`` in either form becomes ``n``.

    Two source strings instead of Qt's numerus "(s)" form, so English reads right without
    shipping an English .qm file; a translator still gets both forms to render.
    """
    text = QCoreApplication.translate(context, singular if n == 1 else plural)
    return text.replace("%n", str(n))
