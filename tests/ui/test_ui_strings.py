"""Every string the UI itself shows is translatable (issue 15 §1, part A): the tables the UI
looks up through a variable are in the catalogue under the context of the lookup, sentences
are templates (English unchanged, counts read right), and a chosen language reaches them."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication

from models.records import Category, EventKind, MatterKind
from timeline.lanes import Lane
from ui import case_workspace, caseload_model, labels, window_actions
from ui.editors.recurrence_text import COUNT, UNTIL, Pattern, summary
from ui.i18n import ENGLISH, TRANSLATIONS, install_language
from ui.safety_plan_tab import review_text


def _catalogue() -> set[tuple[str, str]]:
    """(context, source) of every message of the Spanish file."""
    root = ET.parse(TRANSLATIONS / "workbench_es.ts").getroot()
    return {(c.findtext("name") or "", m.findtext("source") or "")
            for c in root.iter("context") for m in c.iter("message")}


def test_the_looked_up_tables_are_in_the_catalogue_under_their_lookups_context() -> None:
    known = _catalogue()
    wanted = {("WindowActions", s.text) for s in window_actions.SHORTCUTS}
    wanted |= {("WindowActions", s.description) for s in window_actions.SHORTCUTS}
    wanted |= {("WindowActions", title) for _menu, title in window_actions.MENUS}
    wanted |= {("WindowActions", what) for _key, what in window_actions.KEYS_IN_LISTS}
    wanted |= {("CaseWorkspace", title) for title, _c in case_workspace.TABS}
    wanted |= {("CaseWorkspace", title) for title, _p in case_workspace.GROUPS}
    wanted |= {("CaseloadTableModel", column) for column in caseload_model.COLUMNS}
    for enum in (Category, EventKind, Lane, MatterKind):
        table, context = labels._TABLES[enum]
        assert set(table) == set(enum), f"{enum.__name__}: one label per value"
        wanted |= {(context, text) for text in table.values()}
    assert wanted - known == set()


def test_sentences_keep_their_english_and_count_in_words() -> None:
    start = datetime(2026, 5, 4, 9, tzinfo=ZoneInfo("UTC"))
    once = Pattern("WEEKLY", weekdays=(0,), ends=COUNT, count=1)
    assert summary(once, start) == "Every Monday, once, until Mon 4 May 2026; first Mon 4 May 2026."
    one_left = Pattern("DAILY", interval=2, ends=UNTIL, until=date(2026, 5, 5))
    assert summary(one_left, start) == ("Every 2 days, until Mon 4 May 2026 (1 time); "
                                        "first Mon 4 May 2026.")
    assert review_text(date(2026, 5, 5), date(2026, 5, 4))[0] == "Review by Tue 5 May 2026 (in 1 day)"
    assert review_text(date(2026, 5, 1), date(2026, 5, 4))[0] == \
        "⚠ Review overdue: it was due Fri 1 May 2026 (3 days ago)"


@pytest.fixture
def spanish():
    app = QCoreApplication.instance()
    install_language(app, "es")
    yield app
    install_language(app, ENGLISH)


def test_a_chosen_language_reaches_the_menus_pages_and_sentences(spanish) -> None:
    titles = {window_actions.menu_title(menu) for menu, _t in window_actions.MENUS}
    assert "File" not in titles and "Case" not in titles
    assert labels.enum_label(Category.MENTAL_HEALTH) != "Mental health"
    assert labels.enum_label(EventKind.COURT_HEARING) != "Court hearing"
    start = datetime(2026, 5, 4, 9, tzinfo=ZoneInfo("UTC"))
    sentence = summary(Pattern("WEEKLY", weekdays=(0, 3), ends=COUNT, count=4), start)
    assert "lunes" in sentence and "jueves" in sentence and "Monday" not in sentence


def test_qt_own_words_follow_the_language(spanish) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.i18n import install_qt_words

    def texts() -> set[str]:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
        return {b.text().replace("&", "") for b in box.buttons()}

    try:
        install_qt_words(spanish, "es")
        assert texts() == {"Guardar", "Cancelar"}
    finally:
        install_qt_words(spanish, ENGLISH)
    assert texts() == {"Save", "Cancel"}
