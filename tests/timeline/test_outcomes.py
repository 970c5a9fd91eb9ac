"""timeline.outcomes and timeline.screening.administration: pure series, changes, reuse."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from models.errors import InvalidInput
from models.records import Category, Screening, ScreeningAnswer, ScreeningStatus
from timeline.outcomes import outcome_series
from timeline.screening import instrument
from timeline.screening.administration import category_of, told_before

T0 = datetime(2026, 1, 5, 10, tzinfo=UTC)


def _s(sid: int, iid: str, days: int, total: int | None, status=ScreeningStatus.COMPLETED,
       reason: str | None = None, answers=()) -> Screening:
    at = T0 + timedelta(days=days)
    return Screening(sid, 1, iid, "1", category_of(iid), status, at, "ben", at,
                     completed_at=at, total=total, band=None, reason=reason, answers=answers)


def test_outcomes_series_change_since_baseline_and_previous() -> None:
    got = outcome_series([_s(3, "phq9", 60, 9), _s(1, "phq9", 0, 18), _s(2, "phq9", 30, 12)],
                         instrument)
    [phq] = got
    assert [p.total for p in phq.points] == [18, 12, 9]
    assert phq.points[0].since_baseline is None and phq.points[0].since_previous is None
    assert phq.since_baseline.difference == -9 and phq.since_baseline.meaningful
    assert phq.since_baseline.direction == "improving"
    assert phq.since_previous.difference == -3 and not phq.since_previous.meaningful
    assert phq.points[1].since_baseline.difference == -6


def test_outcomes_skip_open_and_unscored_and_keep_instruments_apart() -> None:
    got = outcome_series([
        _s(1, "gad7", 0, 5), _s(2, "gad7", 10, None, reason="2 of 7 not answered"),
        _s(3, "gad7", 20, 9), _s(4, "phq9", 5, None, status=ScreeningStatus.IN_PROGRESS),
        _s(5, "phq9", 6, None, status=ScreeningStatus.DECLINED)], instrument)
    [gad] = got
    assert [p.total for p in gad.points] == [5, 9]
    assert gad.unscored == ((T0.date() + timedelta(days=10), "2 of 7 not answered"),)
    assert gad.since_baseline.direction == "worsening" and gad.since_baseline.meaningful


def test_outcomes_a_screen_has_no_change() -> None:
    [screen] = outcome_series([_s(1, "ahtst", 0, 1), _s(2, "ahtst", 9, 0)],
                              lambda iid: instrument(iid))
    assert not screen.measures_change and screen.since_baseline is None
    assert [p.total for p in screen.points] == [1, 0]


def test_outcomes_category_of_each_instrument() -> None:
    assert category_of("phq9") is Category.MENTAL_HEALTH
    assert category_of("pcl5") is Category.MENTAL_HEALTH
    assert category_of("ahtst") is Category.TRAFFICKING_NARRATIVE
    with pytest.raises(InvalidInput):
        category_of("nope")


def _answer(item: str, value, days_ago: int, now: datetime) -> ScreeningAnswer:
    return ScreeningAnswer(item, value, "ben", "clinician", now - timedelta(days=days_ago))


@pytest.mark.parametrize(("iid", "days", "reusable"), [
    ("phq9", 14, True), ("phq9", 15, False), ("gad7", 1, True), ("pcl5", 30, True),
    ("pcl5", 31, False), ("ahtst", 3650, True)])
def test_told_before_reuse_window(iid: str, days: int, reusable: bool) -> None:
    now = T0 + timedelta(days=400)
    item = f"{iid}_1"
    earlier = [_s(1, iid, 0, None, answers=(_answer(item, 1, days, now),))]
    [told] = told_before(instrument(iid), earlier, now)
    assert told.item_id == item and told.reusable is reusable and told.screening_id == 1


def test_told_before_takes_the_latest_answer_and_skips_declined_and_excluded() -> None:
    now = T0 + timedelta(days=100)
    old = _s(1, "phq9", 0, None, answers=(_answer("phq9_1", 3, 10, now),))
    new = _s(2, "phq9", 0, None, answers=(_answer("phq9_1", 0, 2, now),))
    declined = _s(3, "phq9", 0, None, status=ScreeningStatus.DECLINED,
                  answers=(_answer("phq9_2", 2, 1, now),))
    other = _s(4, "gad7", 0, None, answers=(_answer("gad7_1", 2, 1, now),))
    [told] = told_before(instrument("phq9"), [new, old, declined, other], now)
    assert (told.item_id, told.answer.value, told.screening_id) == ("phq9_1", 0, 2)
    assert told_before(instrument("phq9"), [new], now, exclude=2) == []


def test_instrument_recall_days_are_data() -> None:
    assert {i: instrument(i).recall_days for i in ("phq9", "gad7", "pcl5", "ahtst")} == {
        "phq9": 14, "gad7": 14, "pcl5": 30, "ahtst": None}


@pytest.mark.parametrize("bad", [0, -1, "14", True, 1.5])
def test_instrument_recall_days_validated(bad, tmp_path) -> None:
    import json

    from timeline.screening.instruments import _DATA, parse_instrument

    raw = json.loads((_DATA / "phq9-1.json").read_text("utf-8")) | {"recall_days": bad}
    with pytest.raises(InvalidInput, match="recall_days"):
        parse_instrument(raw, tmp_path / "x.json")
