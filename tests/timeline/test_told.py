"""What you have told us: plain sentences per answer, to whom and when; no scores or bands."""

from __future__ import annotations

from datetime import UTC, date, datetime

from models.records import Category, Screening, ScreeningAnswer, ScreeningStatus
from timeline.screening import instrument
from timeline.told import GENERIC_TITLE, plain_date, to_whom, told_summary

AT = datetime(2026, 11, 3, 15, tzinfo=UTC)


def _screening(sid: int, instrument_id: str, answers: dict[str, int | str], *,
               role: str = "clinician", at: datetime = AT, total: int | None = 7,
               band: str | None = "mild") -> Screening:
    return Screening(
        id=sid, case_id=1, instrument_id=instrument_id,
        instrument_version=instrument(instrument_id).version if instrument_id != "screening"
        else "", category=Category.MENTAL_HEALTH, status=ScreeningStatus.COMPLETED,
        consent_at=at, consent_by="ben", started_at=at, completed_at=at,
        answers=tuple(ScreeningAnswer(k, v, "ben", role, at) for k, v in answers.items()),
        total=total, band=band)


def test_told_each_answer_is_a_sentence_with_its_label_to_whom_and_when() -> None:
    s = _screening(1, "phq9", {"phq9_2": 2, "phq9_1": 1})
    summary = told_summary([s], instrument)
    (c,) = summary.conversations
    assert c.title == "Questions about how you have been feeling" and c.on == date(2026, 11, 3)
    assert c.answers_shown and summary.answers_shown
    assert [line.item_id for line in c.lines] == ["phq9_1", "phq9_2"]  # the instrument's order
    first = c.lines[0]
    assert first.question == "Interest or pleasure" and first.answer == "Several days"
    assert first.sentence == ("Interest or pleasure \u2014 You said \u201cSeveral days\u201d. "
                              "You told your clinician on 3 November 2026.")
    assert c.lines[1].answer == "More than half the days"


def test_told_non_answers_are_said_kindly_and_who_asked() -> None:
    s = _screening(1, "gad7", {"gad7_1": "skip", "gad7_2": "not_today",
                               "gad7_3": "prefer_not_to_say"}, role="case_manager")
    lines = told_summary([s], instrument).conversations[0].lines
    assert [line.answer for line in lines] == ["You chose to skip this", "Not today",
                                               "You preferred not to say"]
    assert not any(line.answered for line in lines)
    assert lines[0].told == "Your case manager asked on 3 November 2026."


def test_told_has_no_scores_bands_or_instrument_names() -> None:
    s = _screening(1, "phq9", {f"phq9_{i}": 3 for i in range(1, 10)}, total=27, band="severe")
    c = told_summary([s], instrument).conversations[0]
    text = " ".join([c.title, *(line.sentence for line in c.lines)])
    for word in ("27", "severe", "Severe", "PHQ", "score", "band", "Depression", "depression"):
        assert word not in text


def test_told_withheld_and_generic_screenings_say_only_that_they_happened() -> None:
    hidden = _screening(1, "phq9", {"phq9_1": 1})
    generic = _screening(2, "screening", {}, at=datetime(2026, 10, 1, tzinfo=UTC))
    summary = told_summary([hidden, generic], instrument, withheld={1})
    assert summary.screening_ids == (2, 1)  # oldest first
    assert all(not c.answers_shown and c.lines == () for c in summary.conversations)
    assert summary.conversations[0].title == GENERIC_TITLE
    assert not summary.answers_shown


def test_told_roles_and_dates_in_plain_words() -> None:
    assert [to_whom(r) for r in ("clinician", "advocate", "case_manager", "supervisor",
                                 "peer_mentor")] == [
        "your clinician", "your legal advocate", "your case manager", "a supervisor",
        "your peer mentor"]
    assert to_whom("someone_new") == "a member of our team"
    assert plain_date(date(2027, 1, 9)) == "9 January 2027"
