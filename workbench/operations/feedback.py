"""Anonymous survivor feedback (issue 12 §5): the form's texts, and storing one person's answers.

Nothing here takes or keeps a case: the store is given the program (the signed-in staff
member's organisation from their staff profile, else ``DEFAULT_PROGRAM``) and the current
month, and the answers. The form's questions and answer words are data
(timeline/data/feedback.json), in the survivor's language where a translation exists.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import timeline
from models.errors import InvalidInput, PermissionDenied
from models.i18n import fill, translate
from models.records import FEEDBACK_SAFE, Feedback
from workbench.operations import policy
from workbench.operations.changes import Changes, Done, Kind
from workbench.operations.context import Context
from workbench.operations.policy import Action

_DATA = Path(timeline.__file__).with_name("data") / "feedback.json"
REFERENCE = "en"  # the reference language: every other falls back to it, key by key
DEFAULT_PROGRAM = "Program"  # when the staff member has no profile naming an organisation
SCALE = (1, 2, 3, 4, 5)
#: what the role policy must grant to take feedback: whoever takes an intake may hand out the form
ACTION = Action.INTAKE


@dataclass(frozen=True)
class Question:
    """One question of the form: its id (the store's field), its text and its answers in order."""

    id: str
    text: str
    answers: tuple[tuple[int | str, str], ...]  # (stored value, words), in order


@dataclass(frozen=True)
class FormTexts:
    """Everything the form shows, in one language (English where no translation exists)."""

    language: str  # the language actually used (the one asked for, or English)
    name: str  # the language's own name ("Español")
    title: str
    intro: str
    start: str
    skip: str
    back: str
    question_of: str  # "Question {n} of {total}"
    thanks_title: str
    thanks_body: str
    done: str
    questions: tuple[Question, ...]


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(_DATA.read_text("utf-8"))
    return loaded


def languages() -> list[tuple[str, str]]:
    """(code, the language's own name) of every language the form has, English first."""
    langs = _data()["languages"]
    return [(code, str(langs[code]["name"])) for code in langs]


def _value(key: str) -> int | str:
    return int(key) if key.isdigit() else key


def questions(language: str | None = None) -> FormTexts:
    """The form's texts in ``language`` (a code such as "es"); each text missing from that
    translation, or a language the form does not have, falls back to English."""
    langs = _data()["languages"]
    code = (language or REFERENCE).strip().lower()
    if code not in langs:
        code = code.split("-")[0] if code.split("-")[0] in langs else REFERENCE
    chosen, ref = langs[code], langs[REFERENCE]

    def text(key: str) -> str:
        return str(chosen.get(key) or ref[key])

    qs = []
    for qid in _data()["questions"]:
        own, base = chosen.get(qid) or {}, ref[qid]
        words = {**base["answers"], **own.get("answers", {})}
        qs.append(Question(qid, str(own.get("text") or base["text"]),
                           tuple((_value(k), str(words[k])) for k in base["answers"])))
    return FormTexts(code, text("name"), text("title"), text("intro"), text("start"),
                     text("skip"), text("back"), text("question_of"), text("thanks_title"),
                     text("thanks_body"), text("done"), tuple(qs))


def program_name(ctx: Context) -> str:
    """The program feedback is given to: the signed-in staff member's organisation."""
    profile = ctx.store.get_staff_profile(ctx.user.name)
    return (profile.organisation.strip() if profile and profile.organisation.strip()
            else DEFAULT_PROGRAM)[:64]


def _check(satisfaction: object, felt_safe: object, felt_listened: object,
           language: object) -> None:
    for name, value in (("satisfaction", satisfaction), ("felt_listened", felt_listened)):
        if value is not None and (isinstance(value, bool) or value not in SCALE):
            raise InvalidInput(fill(translate("Feedback",
                    "%1: must be a whole number from 1 to 5, or left out"),
                    name),
                               field=name)
    if felt_safe is not None and felt_safe not in FEEDBACK_SAFE:
        raise InvalidInput(fill(translate("Feedback",
                "felt_safe: must be one of %1, or left out"),
                ', '.join(FEEDBACK_SAFE)),
                           field="felt_safe")
    if satisfaction is None and felt_safe is None and felt_listened is None:
        raise InvalidInput(translate("Feedback",
                "Feedback needs at least one answer: every question was skipped, so nothing was "
                "saved."), field="satisfaction")
    if language is not None and language not in _data()["languages"]:
        raise InvalidInput(f"language: the form has no language {language!s:.16}; use one of "
                           f"{', '.join(c for c, _ in languages())}", field="language")


def feedback_denial(ctx: Context) -> str | None:
    """Why the acting user may not take survivor feedback (what add_feedback refuses with), or
    None: the role policy's words for the action it needs, named for the form."""
    if policy.allows(ctx.role, ACTION):
        return None
    return fill(translate("Policy", "Your role (%1) may not take survivor feedback: that needs "
                                    "the right to %2; ask %3."),
                policy.role_label(ctx.role), policy.description(ACTION),
                policy.any_of(policy.roles_allowed(ACTION)))


def add_feedback(ctx: Context, *, satisfaction: int | None = None, felt_safe: str | None = None,
                 felt_listened: int | None = None,
                 language: str | None = None) -> Done[Feedback]:
    """Store one survivor's anonymous answers for this program and the current month (no case,
    no date finer than the month). InvalidInput when every question was skipped. The change
    is of Kind.FEEDBACK and names no case: feedback has none."""
    denial = feedback_denial(ctx)
    if denial is not None:
        raise PermissionDenied(denial)
    _check(satisfaction, felt_safe, felt_listened, language)
    stored = ctx.store.add_feedback(program_name(ctx), ctx.today(), language=language,
                                    satisfaction=satisfaction, felt_safe=felt_safe,
                                    felt_listened=felt_listened)
    return Done(stored, Changes.of(Kind.FEEDBACK))
