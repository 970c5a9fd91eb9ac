"""Anonymous survivor feedback through workbench.operations.feedback, on a real demo vault."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from models.errors import InvalidInput, PermissionDenied
from tests.workbench.conftest import DEMO_TODAY
from workbench.demo_profiles import CLINIC
from workbench.operations import feedback

MONTH = f"{DEMO_TODAY:%Y-%m}"


def _this_month(ctx):
    return ctx.store.list_feedback(MONTH, MONTH)


def test_add_feedback_stores_program_and_month_only(as_user) -> None:
    ctx = as_user("ana")
    before = _this_month(ctx)
    done = feedback.add_feedback(ctx, satisfaction=4, felt_safe="yes", felt_listened=5,
                                 language="es")
    stored = done.value
    assert stored.period == MONTH  # the month of ctx.today(), nothing finer
    assert stored.program == CLINIC  # ana's staff profile names her organisation
    assert (stored.satisfaction, stored.felt_safe, stored.felt_listened, stored.language) == (
        4, "yes", 5, "es")
    assert _this_month(ctx) == [*before, stored]
    # the record has no field that could point at a case or a time finer than the month
    fields = {f.name for f in dataclasses.fields(stored)}
    assert fields == {"id", "program", "period", "language", "satisfaction", "felt_safe",
                      "felt_listened", "version"}


def test_add_feedback_one_answer_is_enough(as_user) -> None:
    stored = feedback.add_feedback(as_user("cam"), felt_safe="unsure").value
    assert (stored.satisfaction, stored.felt_safe, stored.felt_listened) == (None, "unsure", None)


def test_add_feedback_refused_with_no_answer_and_nothing_stored(as_user) -> None:
    ctx = as_user("ana")
    before = _this_month(ctx)
    with pytest.raises(InvalidInput, match="at least one answer"):
        feedback.add_feedback(ctx, language="es")
    assert _this_month(ctx) == before


@pytest.mark.parametrize(("kwargs", "named"), [
    ({"satisfaction": 6}, "satisfaction"), ({"satisfaction": 0}, "satisfaction"),
    ({"felt_listened": True}, "felt_listened"), ({"felt_safe": "maybe"}, "felt_safe"),
    ({"satisfaction": 3, "language": "xx"}, "language"),
])
def test_add_feedback_bad_answer_named(as_user, kwargs, named) -> None:
    ctx = as_user("ana")
    with pytest.raises(InvalidInput) as raised:
        feedback.add_feedback(ctx, **kwargs)
    assert raised.value.field == named
    assert named in str(raised.value)


def test_add_feedback_peer_mentor_refused(as_user) -> None:
    ctx = as_user("pia")
    with pytest.raises(PermissionDenied, match="peer mentor"):
        feedback.add_feedback(ctx, satisfaction=5)


def test_program_name_falls_back_without_profile(as_user) -> None:
    ctx = as_user("sam")
    assert feedback.program_name(ctx) == CLINIC
    from models.records import StaffProfile
    ctx.store.set_staff_profile(StaffProfile(user="sam", full_name="Samuel Whitfield"))
    assert feedback.program_name(ctx) == feedback.DEFAULT_PROGRAM


def test_questions_in_english_by_default() -> None:
    texts = feedback.questions()
    assert texts.language == "en"
    assert [q.id for q in texts.questions] == ["satisfaction", "felt_safe", "felt_listened"]
    satisfaction = texts.questions[0]
    assert [v for v, _ in satisfaction.answers] == [1, 2, 3, 4, 5]
    assert satisfaction.answers[0][1] == "Not at all satisfied"
    assert [v for v, _ in texts.questions[1].answers] == ["yes", "no", "unsure"]
    assert "anonymous" in texts.thanks_title


def test_questions_translated() -> None:
    texts = feedback.questions("es")
    assert (texts.language, texts.name) == ("es", "Español")
    assert texts.questions[1].answers[0] == ("yes", "Sí")
    assert texts.skip == "Saltar"
    assert feedback.questions("es-MX").language == "es"  # a regional code finds its language


@pytest.mark.parametrize("code", ["sw", "el", "", None])
def test_questions_fall_back_to_english(code) -> None:
    texts = feedback.questions(code)
    assert texts.language == "en"
    assert texts.questions[0].text == feedback.questions("en").questions[0].text


def test_questions_missing_key_falls_back_key_by_key(tmp_path: Path, monkeypatch) -> None:
    data = json.loads(feedback._DATA.read_text("utf-8"))
    del data["languages"]["es"]["felt_safe"]
    del data["languages"]["es"]["skip"]
    data["languages"]["es"]["satisfaction"]["answers"].pop("3")
    path = tmp_path / "feedback.json"
    path.write_text(json.dumps(data), "utf-8")
    monkeypatch.setattr(feedback, "_DATA", path)
    feedback._data.cache_clear()
    try:
        texts = feedback.questions("es")
        assert texts.skip == "Skip"
        assert texts.questions[1].text == "Did you feel safe while you were here?"
        assert texts.questions[0].answers[2] == (3, "Somewhat satisfied")
        assert texts.questions[0].answers[0] == (1, "Nada satisfecho/a")
    finally:
        feedback._data.cache_clear()


def test_every_translation_is_complete() -> None:
    """The shipped translations leave nothing to fall back on (a new key needs every language)."""
    data = feedback._data()
    reference = data["languages"]["en"]
    for code, lang in data["languages"].items():
        assert set(lang) == set(reference), code
        for qid in data["questions"]:
            assert set(lang[qid]["answers"]) == set(reference[qid]["answers"]), (code, qid)
        assert "{n}" in lang["question_of"] and "{total}" in lang["question_of"], code
