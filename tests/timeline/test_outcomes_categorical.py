"""Housing stability and safety as categorical series (timeline.outcomes, issue 11 §6)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from models.records import Category, HistorySubject, StatusChange
from timeline.outcomes import (
    HOUSING_LEVELS,
    RISK_LEVELS,
    categorical_outcomes,
    categorical_series,
    categorical_summary,
    compare_levels,
    level_label,
)

T0 = datetime(2026, 6, 1, 9, tzinfo=UTC)


def _change(i: int, subject: HistorySubject, value: str, days: int) -> StatusChange:
    category = Category.HOUSING_BENEFITS if subject is HistorySubject.HOUSING \
        else Category.SAFETY_PLAN
    return StatusChange(i, 1, subject, value, category, T0 + timedelta(days=days), f"user{i}",
                        subject_id=None if subject is HistorySubject.HOUSING else 7)


def test_outcomes_categorical_levels_are_ordered_worst_first() -> None:
    assert HOUSING_LEVELS == ("unsheltered", "emergency_shelter", "staying_with_others",
                              "transitional", "stable")
    assert RISK_LEVELS == ("high", "medium", "low")
    assert level_label("emergency_shelter") == "emergency shelter"
    assert level_label("high") == "high risk"


@pytest.mark.parametrize(("scale", "earlier", "later", "direction"), [
    ("housing", "emergency_shelter", "stable", "improved"),
    ("housing", "transitional", "unsheltered", "worsened"),
    ("housing", "stable", "stable", "stayed"),
    ("risk", "high", "low", "improved"),
    ("risk", "low", "medium", "worsened"),
    ("risk", "medium", "medium", "stayed"),
])
def test_outcomes_categorical_compare_levels(scale, earlier, later, direction) -> None:
    assert compare_levels(scale, earlier, later) == direction


def test_outcomes_categorical_series_sorted_by_time_first_and_latest() -> None:
    changes = [
        _change(3, HistorySubject.HOUSING, "stable", 60),
        _change(1, HistorySubject.HOUSING, "emergency_shelter", 0),
        _change(2, HistorySubject.HOUSING, "transitional", 30),
        _change(4, HistorySubject.RISK, "high", 1),
        _change(5, HistorySubject.GOAL, "achieved", 2),  # another history: left out
    ]
    housing = categorical_series(changes, "housing")
    assert [p.value for p in housing.points] == ["emergency_shelter", "transitional", "stable"]
    assert [p.rank for p in housing.points] == [1, 3, 4]
    assert housing.first is not None and housing.first.changed_by == "user1"
    assert housing.latest is not None and housing.latest.at == T0 + timedelta(days=60)
    assert housing.direction == "improved"
    assert categorical_summary(housing) == ("Housing stability: emergency shelter → stable, "
                                            "improved")


def test_outcomes_categorical_one_point_or_none_has_no_direction() -> None:
    housing, risk = categorical_outcomes([_change(1, HistorySubject.RISK, "medium", 0)])
    assert housing.points == () and housing.first is None and housing.direction is None
    assert categorical_summary(housing) == "Housing stability: nothing recorded yet"
    assert risk.direction is None
    assert categorical_summary(risk) == ("Safety (risk level): medium risk (first record, "
                                         "nothing to compare)")


def test_outcomes_categorical_worsened_and_stayed_in_words() -> None:
    risk = categorical_series([_change(1, HistorySubject.RISK, "low", 0),
                               _change(2, HistorySubject.RISK, "high", 5)], "risk")
    assert risk.direction == "worsened"
    assert categorical_summary(risk) == "Safety (risk level): low risk → high risk, worsened"
    same = categorical_series([_change(1, HistorySubject.HOUSING, "stable", 0),
                               _change(2, HistorySubject.HOUSING, "transitional", 3),
                               _change(3, HistorySubject.HOUSING, "stable", 9)], "housing")
    assert same.direction == "stayed"  # read against the first record, not the path


def test_outcomes_categorical_values_off_the_scale_are_left_out_and_unknown_scale_refused() -> None:
    odd = _change(1, HistorySubject.HOUSING, "castle", 0)
    assert categorical_series([odd], "housing").points == ()
    with pytest.raises(ValueError, match="unknown scale"):
        categorical_series([], "income")
