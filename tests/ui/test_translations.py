"""The UI's translations: the Qt Linguist sources match the code, English plurals read right,
the language is chosen as documented, and switching it keeps the work (issue 15 §1)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from ui import i18n
from ui.i18n import ENGLISH, TRANSLATIONS, available_languages, chosen_language, translate

LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
ROOT = Path(__file__).resolve().parents[2]


def _tr_sources() -> list[str]:
    """The folders and files lupdate reads: the Makefile's TR_SOURCES (one list for both)."""
    found = re.search(r"^TR_SOURCES := (.+)$", (ROOT / "Makefile").read_text("utf-8"), re.M)
    assert found, "the Makefile defines TR_SOURCES"
    return found.group(1).split()


def _messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every message of a .ts file, obsolete ones left out."""
    out = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            out.add((name, message.findtext("source") or ""))
    return out


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("workbench_*.ts")), ids=lambda p: p.stem)
def test_each_ts_file_holds_exactly_the_strings_of_the_code(ts: Path, tmp_path: Path) -> None:
    """What `make translations-update` would write: a string added, changed or removed in the
    code without that step fails here (the translators would never see it)."""
    fresh = tmp_path / ts.name
    shutil.copy(ts, fresh)
    lang = ts.stem.split("_", 1)[1]
    only = ["-pluralonly"] if lang == ENGLISH else []
    subprocess.run([str(LUPDATE), "-silent", "-extensions", "py", "-locations", "none",
                    "-no-obsolete", *only, "-source-language", "en", "-target-language", lang,
                    *_tr_sources(), "-ts", str(fresh)], check=True, cwd=ROOT)
    assert _messages(fresh) == _messages(ts), "run: make translations-update"
    assert all(name and name[0].isupper() or name.startswith("_")
               for name, _ in _messages(ts)), "a context that is not a class (lupdate misread)"


def test_english_plural_forms_are_all_given_and_read_right(english) -> None:
    root = ET.parse(TRANSLATIONS / "workbench_en.ts").getroot()
    numerus = [m for m in root.iter("message") if m.get("numerus") == "yes"]
    assert numerus and all(m.find("translation").get("type") is None for m in numerus)
    for message in numerus:
        forms = [f.text or "" for f in message.find("translation").iter("numerusform")]
        assert len(forms) == 2 and all("%n" in f and "(s)" not in f for f in forms)
    one = translate("UnlockView", "Wrong user name or passphrase. Try again in %n second(s).",
                    None, 1)
    many = translate("UnlockView", "Wrong user name or passphrase. Try again in %n second(s).",
                     None, 5)
    assert one.endswith("in 1 second.") and many.endswith("in 5 seconds.")


def test_the_language_is_the_environments_then_the_saved_then_the_systems(monkeypatch) -> None:
    assert "es" in available_languages() and available_languages()[0] == ENGLISH
    monkeypatch.setenv("WORKBENCH_LANG", "es_MX.UTF-8")
    assert chosen_language(saved="en") == "es"
    monkeypatch.setenv("WORKBENCH_LANG", "tlh")  # no translation: the next choice
    assert chosen_language(saved="es") == "es"
    monkeypatch.delenv("WORKBENCH_LANG")
    assert chosen_language(saved="en") == "en"
    assert chosen_language(saved="xx") in available_languages()


def test_a_missing_translation_file_is_named_with_the_fix(english, monkeypatch,
                                                         tmp_path: Path) -> None:
    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path)
    with pytest.raises(FileNotFoundError, match="make translations"):
        i18n.install_language(QCoreApplication.instance(), "es")
    monkeypatch.undo()
    i18n.install_language(QCoreApplication.instance(), ENGLISH)


def test_switching_the_language_keeps_the_vault_the_case_and_its_page(qtbot, shell,
                                                                      recent) -> None:
    """View → Language → Español: the same unlocked vault (not locked and reopened), the same
    case on the same page, the agenda as it was; dates in Spanish; the choice remembered."""
    vault = shell.session.vault
    case_id = shell.work.caseload.model.summary(0).case.id
    shell.work.open_case(case_id)
    shell.work.workspace.setCurrentIndex(2)
    agenda = shell.agenda.isVisible()
    action = next(a for a in shell.language_menu.actions() if a.data() == "es")
    assert action.text() == "Español" and not action.isChecked()
    replaced = []
    shell.replaced.connect(replaced.append)
    try:
        action.trigger()
        assert len(replaced) == 1
        new = replaced[0]
        qtbot.addWidget(new)
        qtbot.waitUntil(lambda: new.work.workspace is not None, timeout=10_000)
        assert new.session is not None and new.session.vault is vault
        assert not vault.locked
        assert new.work.workspace.case_id == case_id
        assert new.work.workspace.currentIndex() == 2
        assert new.agenda.isVisible() == agenda
        assert QLocale().name().startswith("es")
        assert recent.language() == "es"
        checked = [a.data() for a in new.language_menu.actions() if a.isChecked()]
        assert checked == ["es"]
        back = new.switch_language(ENGLISH)
        qtbot.addWidget(back)
        qtbot.waitUntil(lambda: back.work.workspace is not None, timeout=10_000)
        assert back.session.vault is vault and back.work.workspace.case_id == case_id
        assert recent.language() == ENGLISH and QLocale().name().startswith("en")
    finally:
        i18n.install_language(QCoreApplication.instance(), ENGLISH)
