"""The Spanish UI is complete (issue 15 §1): a walk of the main window (the caseload, the agenda,
every page of an open case) and of every window action's dialog, in Spanish, over the demo's
hand-written cases, finds no visible string left in English.

What a person typed or the demo made up (names, titles, notes, partner agencies, the safety
plan's words) is case data, not the UI's: every string value of the vault's own export is left
out, as are time-zone names and the few words Spanish spells the same.

The program dashboard (File → Program dashboard…, sam is a supervisor) is walked once its report
is shown: its tables' titles, rows and columns, its statistics and its charts are the report
templates' words (timeline/data/reports), which count as English sources when seen as they are
(``REPORT_WORDS``), as the holidays' names do.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog

from tests.ui.language_walk import catalogue_sources, english, visible_texts
from ui import i18n
from workbench.operations.data_words_make import holiday_words, report_words

TODAY = date(2026, 12, 1)
# spelled the same in Spanish, or names and codes that are not words
SAME_IN_SPANISH = frozenset({"Workbench", "Agenda", "Legal", "Zoom:", "Civil", "fax", "PHQ-9",
                             "GAD-7", "PCL-5", "AHTST", "Email", "Total", "California",
                             "Texas", "No"})
# the report templates' and the calendars' words: English when shown as they are
REPORT_WORDS = frozenset(text for _context, text in report_words() + holiday_words())


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from workbench.demo import build_demo

    path = tmp_path_factory.mktemp("es-walk") / "vault"
    build_demo(path, today=TODAY, kdf_profile="fast", program_caseload=False)
    return path


def _pump(app: QCoreApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def test_every_window_page_and_dialog_reads_in_spanish(qtbot, demo: Path) -> None:
    from models.interchange import export_data
    from models.vault import open_vault
    from ui.case_workspace import TABS
    from ui.main_window import MainWindow
    from ui.window_actions import SHORTCUTS
    from workbench.demo import DEMO_PASSPHRASE

    app = QApplication.instance()
    i18n.install_language(app, "es")
    vault = open_vault(demo, user="sam", passphrase=DEMO_PASSPHRASE)
    data = {s.strip() for s in _strings(json.loads(json.dumps(
        export_data(vault.store), default=str))) if s.strip()}
    data |= {c.ref for c in vault.store.list_cases()}
    data |= {u for u in ("ana", "ben", "cam", "sam", "pia")}
    window = MainWindow(str(demo), idle_ms=600_000, today=lambda: TODAY)
    qtbot.addWidget(window)
    try:
        window.resize(1366, 768)
        window.set_vault(vault)
        window.show()
        qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
        seen: dict[str, str] = {}
        sources = catalogue_sources() | REPORT_WORDS

        def collect(where: str, widget: Any) -> None:
            for text in english(visible_texts(widget), sorted(data, key=len, reverse=True),
                                sources):
                if text not in SAME_IN_SPANISH and "/" not in text:  # zones: America/New_York
                    seen.setdefault(text, where)

        collect("main window", window)
        for case in vault.store.list_cases():
            window.work.open_case(case.id)
            qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
            for page in range(len(TABS)):
                window.work.workspace.setCurrentIndex(page)
                _pump(app)
                qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
                collect(f"{case.ref} page {page}", window)
        dashboards = 0
        for spec in SHORTCUTS:
            action = window.chrome.actions[spec.key]
            if spec.key in ("quit", "lock", "open_vault", "close_case") or not action.isEnabled():
                continue
            before = set(QApplication.topLevelWidgets())
            action.trigger()
            _pump(app, 40)
            for opened in [w for w in QApplication.topLevelWidgets()
                           if w not in before and w.isVisible()]:
                if spec.key == "program_dashboard":
                    dashboards += 1
                    view = opened.view  # its report is built in the background: wait for it
                    qtbot.waitUntil(lambda v=view: v.report is not None, timeout=120_000)
                    _pump(app, 10)
                    assert view.charts and view.statistics is not None
                collect(f"action {spec.key}", opened)
                opened.reject() if isinstance(opened, QDialog) else opened.close()
            _pump(app, 5)
        assert dashboards == 1, "the walk shows the dashboard's report"
        assert not seen, "\n".join(f"{where}: {text}" for text, where in seen.items())
    finally:
        i18n.install_language(app, i18n.ENGLISH)
        window.lock()  # the window locks the vault it holds
