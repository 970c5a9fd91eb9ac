"""The survivor feedback form by keyboard, on a real demo vault (offscreen): one question at a
time, numbers answer, S skips, Escape goes back, the language picker, the anonymous thank-you,
reset for the next person, and nothing about any case anywhere in the form."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

from tests.ui.conftest import DEMO_PASSPHRASE, DEMO_TODAY
from ui.feedback_form import QUESTION_POINTS, FeedbackFormDialog
from ui.session import UiSession

NOW = datetime(2026, 11, 27, 17, 0, tzinfo=UTC)
MONTH = f"{DEMO_TODAY:%Y-%m}"


def _session(demo_template: Path, tmp_path: Path, user: str) -> Iterator[UiSession]:
    from models.vault import open_vault

    path = tmp_path / f"demo-{user}"
    shutil.copytree(demo_template, path)
    vault = open_vault(path, user, DEMO_PASSPHRASE)
    try:
        yield UiSession(vault, today=lambda: DEMO_TODAY, now=lambda: NOW)
    finally:
        vault.lock()


@pytest.fixture
def advocate(demo_template: Path, tmp_path: Path) -> Iterator[UiSession]:
    yield from _session(demo_template, tmp_path, "ana")


def _form(qtbot, session: UiSession) -> FeedbackFormDialog:
    form = FeedbackFormDialog(session)
    qtbot.addWidget(form)
    with qtbot.waitActive(form):  # keyboard focus goes to the active window only
        form.show()
        form.activateWindow()
    return form


def _key(qtbot, form: FeedbackFormDialog, key: Qt.Key) -> None:
    qtbot.keyClick(form.focusWidget() or form, key)


def _month(session: UiSession):
    return session.store.list_feedback(MONTH, MONTH)


def _all_text(form: FeedbackFormDialog) -> str:
    parts = [w.text() for w in form.findChildren(QLabel)]
    parts += [w.text() for w in form.findChildren(QAbstractButton)]
    parts += [w.itemText(i) for w in form.findChildren(QComboBox) for i in range(w.count())]
    return " ".join(parts) + form.windowTitle()


def test_feedback_form_by_keyboard_saves_and_resets(qtbot, advocate) -> None:
    before = _month(advocate)
    form = _form(qtbot, advocate)
    assert form.pages.currentWidget() is form.start_page
    _key(qtbot, form, Qt.Key.Key_Return)  # Start
    assert form.pages.currentWidget() is form.question_page
    assert form.progress.text() == "Question 1 of 3"
    assert form.question.font().pointSizeF() == QUESTION_POINTS
    assert [b.accessibleName() for b in form.answer_buttons][0] == "Not at all satisfied"
    assert not form.answer_buttons[0].icon().isNull()  # a drawn face beside the words
    _key(qtbot, form, Qt.Key.Key_4)  # satisfaction 4
    assert form.question.text() == "Did you feel safe while you were here?"
    assert [b.accessibleName() for b in form.answer_buttons] == ["Yes", "No", "Not sure"]
    _key(qtbot, form, Qt.Key.Key_1)  # felt safe: yes
    _key(qtbot, form, Qt.Key.Key_5)  # felt listened 5
    assert form.pages.currentWidget() is form.end_page
    assert form.thanks_title.text() == "Thank you — your answers are anonymous"
    saved = _month(advocate)
    assert len(saved) == len(before) + 1
    new = saved[-1]
    assert (new.satisfaction, new.felt_safe, new.felt_listened, new.language) == (4, "yes", 5,
                                                                                  "en")
    assert form.answers == {}  # nothing held once saved
    _key(qtbot, form, Qt.Key.Key_Return)  # Done: ready for the next person
    assert form.pages.currentWidget() is form.start_page
    assert form.saved == 1


def test_feedback_form_skip_back_and_escape(qtbot, advocate) -> None:
    form = _form(qtbot, advocate)
    form.start()
    _key(qtbot, form, Qt.Key.Key_S)  # skip satisfaction
    assert form.progress.text() == "Question 2 of 3"
    _key(qtbot, form, Qt.Key.Key_Escape)  # back to question 1
    assert form.progress.text() == "Question 1 of 3"
    _key(qtbot, form, Qt.Key.Key_2)
    _key(qtbot, form, Qt.Key.Key_3)  # felt safe: not sure
    _key(qtbot, form, Qt.Key.Key_S)  # skip listened
    new = _month(advocate)[-1]
    assert (new.satisfaction, new.felt_safe, new.felt_listened) == (2, "unsure", None)


def test_feedback_form_enter_on_highlighted_answer(qtbot, advocate) -> None:
    form = _form(qtbot, advocate)
    form.start()
    form.answer_buttons[2].setFocus()
    qtbot.waitUntil(form.answer_buttons[2].hasFocus)
    qtbot.keyClick(form.answer_buttons[2], Qt.Key.Key_Return)
    assert form.answers["satisfaction"] == 3


def test_feedback_form_all_skipped_saves_nothing_and_says_so(qtbot, advocate) -> None:
    before = _month(advocate)
    form = _form(qtbot, advocate)
    form.start()
    for _ in range(3):
        _key(qtbot, form, Qt.Key.Key_S)
    assert _month(advocate) == before
    assert form.pages.currentWidget() is form.start_page
    assert "nothing was saved" in form.notice.text()
    assert form.notice.isVisibleTo(form)


def test_feedback_form_in_the_survivors_language(qtbot, advocate) -> None:
    form = _form(qtbot, advocate)
    names = [form.language.itemText(i) for i in range(form.language.count())]
    assert names[:2] == ["English", "Español"]
    assert {"Українська", "Tiếng Việt", "中文"} <= set(names)
    form.language.setCurrentIndex(names.index("Español"))
    assert form.start_button.text() == "Empezar"
    form.start()
    assert form.question.text().startswith("En general")
    _key(qtbot, form, Qt.Key.Key_5)
    assert form.answer_buttons[0].text().endswith("Sí")
    _key(qtbot, form, Qt.Key.Key_1)
    _key(qtbot, form, Qt.Key.Key_4)
    assert form.thanks_title.text() == "Gracias — sus respuestas son anónimas"
    assert _month(advocate)[-1].language == "es"
    form.reset()  # the next person starts in English again
    assert form.start_button.text() == "Start"


def test_feedback_form_shows_no_case(qtbot, advocate) -> None:
    form = _form(qtbot, advocate)
    form.start()
    refs_and_names = [(c.ref, c.display_name) for c in advocate.store.list_cases()[:6]]
    text = _all_text(form)
    for ref, name in refs_and_names:
        assert ref not in text and name not in text
    assert "C-0" not in text


def test_feedback_form_refusal_shown_and_answers_kept(qtbot, demo_template, tmp_path) -> None:
    opened = _session(demo_template, tmp_path, "pia")
    peer = next(opened)
    form = _form(qtbot, peer)
    form.start()
    for key in (Qt.Key.Key_4, Qt.Key.Key_1, Qt.Key.Key_5):
        _key(qtbot, form, key)
    assert form.pages.currentWidget() is form.question_page
    assert "peer mentor" in form.message.text()
    assert form.answers == {"satisfaction": 4, "felt_safe": "yes", "felt_listened": 5}
    opened.close()  # locks the vault


def test_feedback_form_is_painted(qtbot, advocate) -> None:
    form = _form(qtbot, advocate)
    form.start()
    image = form.grab().toImage()
    assert image.width() > 0
    assert len({image.pixel(x, y) for x in range(0, image.width(), 17)
                for y in range(0, image.height(), 17)}) > 2
