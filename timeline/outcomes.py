"""Outcomes over time: per instrument, the series of completed totals with the change since
the baseline (the first) and since the previous one, read with the instrument's clinically
meaningful change; housing stability and safety as categorical series of a case's status
history. Pure functions over records (issue 11 §6)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from models.i18n import QT_TRANSLATE_NOOP, fill, translate
from models.records import (
    HistorySubject,
    HousingStatus,
    RiskLevel,
    Screening,
    ScreeningStatus,
    StatusChange,
)
from timeline.screening import Change, Instrument, change


@dataclass(frozen=True, slots=True)
class Point:
    """One completed, scored screening in a series."""

    screening_id: int
    day: date  # the day it was completed (UTC)
    total: int
    band: str | None
    since_baseline: Change | None  # None for the baseline itself, or a screen without change
    since_previous: Change | None


@dataclass(frozen=True, slots=True)
class Series:
    """One instrument's totals over time, oldest first."""

    instrument_id: str
    short_title: str
    points: tuple[Point, ...]
    unscored: tuple[tuple[date, str], ...]  # completed without a total: (day, reason)
    measures_change: bool  # False for a screen (no clinically meaningful change)

    @property
    def since_baseline(self) -> Change | None:
        """The latest total against the baseline (None with fewer than two points)."""
        return self.points[-1].since_baseline if self.points else None

    @property
    def since_previous(self) -> Change | None:
        """The latest total against the one before it."""
        return self.points[-1].since_previous if self.points else None


def _day(s: Screening) -> date:
    moment = s.completed_at or s.started_at
    return moment.date()


def outcome_series(screenings: Iterable[Screening],
                   instrument_of: Callable[[str], Instrument]) -> list[Series]:
    """The series of each instrument given in ``screenings`` (completed ones only), by
    instrument id. ``instrument_of(id)`` gives the instrument whose threshold reads changes
    (its latest version)."""
    done = sorted((s for s in screenings if s.status is ScreeningStatus.COMPLETED),
                  key=lambda s: (s.completed_at or s.started_at, s.id))
    by_instrument: dict[str, list[Screening]] = {}
    for s in done:
        by_instrument.setdefault(s.instrument_id, []).append(s)
    return [_series(instrument_of(iid), items) for iid, items in sorted(by_instrument.items())]


def _series(inst: Instrument, items: list[Screening]) -> Series:
    measures = inst.meaningful_change is not None
    points: list[Point] = []
    unscored = []
    for s in items:
        if s.total is None:
            unscored.append((_day(s), s.reason or "not scored"))
            continue
        base = points[0].total if points else None
        prev = points[-1].total if points else None
        points.append(Point(
            s.id, _day(s), s.total, s.band,
            change(inst, base, s.total) if measures and base is not None else None,
            change(inst, prev, s.total) if measures and prev is not None else None))
    return Series(inst.id, inst.short_title, tuple(points), tuple(unscored), measures)


# --- categorical series: housing stability and safety (issue 11 §6) ------------------------

# each scale's levels, worst first (a higher rank is better): housing from the least stable
# to the most; safety from the highest risk to the lowest
HOUSING_LEVELS: tuple[str, ...] = tuple(s.value for s in HousingStatus)
RISK_LEVELS: tuple[str, ...] = (RiskLevel.HIGH.value, RiskLevel.MEDIUM.value,
                                RiskLevel.LOW.value)
LEVELS: dict[str, tuple[str, ...]] = {"housing": HOUSING_LEVELS, "risk": RISK_LEVELS}
SCALE_TITLES: dict[str, str] = {"housing": QT_TRANSLATE_NOOP("Outcomes", "Housing stability"),
                                "risk": QT_TRANSLATE_NOOP("Outcomes", "Safety (risk level)")}
# a series' direction in words (compare_levels), translated where a summary says it
DIRECTION_WORDS = (QT_TRANSLATE_NOOP("Outcomes", "improved"),
                   QT_TRANSLATE_NOOP("Outcomes", "worsened"),
                   QT_TRANSLATE_NOOP("Outcomes", "stayed"))
_SUBJECT_OF: dict[str, HistorySubject] = {"housing": HistorySubject.HOUSING,
                                          "risk": HistorySubject.RISK}


#: each level in words, English (level_label gives the installed language's)
LEVEL_WORDS: dict[str, str] = {
    HousingStatus.UNSHELTERED.value: QT_TRANSLATE_NOOP("Level", "unsheltered"),
    HousingStatus.EMERGENCY_SHELTER.value: QT_TRANSLATE_NOOP("Level", "emergency shelter"),
    HousingStatus.STAYING_WITH_OTHERS.value: QT_TRANSLATE_NOOP("Level", "staying with others"),
    HousingStatus.TRANSITIONAL.value: QT_TRANSLATE_NOOP("Level", "transitional"),
    HousingStatus.STABLE.value: QT_TRANSLATE_NOOP("Level", "stable"),
    RiskLevel.HIGH.value: QT_TRANSLATE_NOOP("Level", "high risk"),
    RiskLevel.MEDIUM.value: QT_TRANSLATE_NOOP("Level", "medium risk"),
    RiskLevel.LOW.value: QT_TRANSLATE_NOOP("Level", "low risk"),
}


def level_label(value: str) -> str:
    """A level in words ("emergency shelter", "high risk"), in the installed language."""
    words = LEVEL_WORDS.get(value)
    if words is None:  # not a level of ours: its own words
        return value.replace("_", " ")
    return translate("Level", words)


def rank(scale: str, value: str) -> int:
    """``value``'s place on ``scale`` (0: the worst level); ValueError when it is not one."""
    return LEVELS[scale].index(value)


def compare_levels(scale: str, earlier: str, later: str) -> str:
    """"improved", "worsened" or "stayed" from ``earlier`` to ``later`` on ``scale``."""
    diff = rank(scale, later) - rank(scale, earlier)
    return "stayed" if diff == 0 else ("improved" if diff > 0 else "worsened")


@dataclass(frozen=True, slots=True)
class LevelPoint:
    """One recorded level of a categorical series: what, when, by whom."""

    at: datetime
    value: str
    rank: int  # 0: the worst level of the scale
    changed_by: str


@dataclass(frozen=True, slots=True)
class CategoricalSeries:
    """A case's housing or risk levels over time, oldest first, read against the first."""

    scale: str  # "housing" | "risk"
    title: str
    levels: tuple[str, ...]  # worst first
    points: tuple[LevelPoint, ...]

    @property
    def first(self) -> LevelPoint | None:
        """The first level recorded (the baseline)."""
        return self.points[0] if self.points else None

    @property
    def latest(self) -> LevelPoint | None:
        """The level recorded last."""
        return self.points[-1] if self.points else None

    @property
    def direction(self) -> str | None:
        """The latest level against the first: improved, worsened or stayed (None with fewer
        than two points: nothing to compare yet)."""
        if len(self.points) < 2:
            return None
        return compare_levels(self.scale, self.points[0].value, self.points[-1].value)


def categorical_series(changes: Iterable[StatusChange], scale: str) -> CategoricalSeries:
    """The ``scale`` ("housing" or "risk") series of one case's status history (entries of
    other subjects, and values off the scale, are left out)."""
    if scale not in LEVELS:
        raise ValueError(f"unknown scale {scale!r}: one of {', '.join(LEVELS)}")
    levels = LEVELS[scale]
    subject = _SUBJECT_OF[scale]
    mine = sorted((c for c in changes if c.subject is subject and c.value in levels),
                  key=lambda c: (c.changed_at, c.id))
    points = tuple(LevelPoint(c.changed_at, c.value, levels.index(c.value), c.changed_by)
                   for c in mine)
    return CategoricalSeries(scale, SCALE_TITLES[scale], levels, points)


def categorical_outcomes(changes: Iterable[StatusChange]) -> list[CategoricalSeries]:
    """Housing stability and safety, in that order (each possibly without points)."""
    given = list(changes)
    return [categorical_series(given, "housing"), categorical_series(given, "risk")]


def categorical_summary(series: CategoricalSeries) -> str:
    """One series in words: "Housing stability: emergency shelter → stable, improved" (in the
    UI's language through models.i18n; English in a document built untranslated)."""
    title = translate("Outcomes", series.title)
    if not series.points:
        return fill(translate("Outcomes", "%1: nothing recorded yet"), title)
    first, latest = series.points[0], series.points[-1]
    if series.direction is None:
        return fill(translate("Outcomes", "%1: %2 (first record, nothing to compare)"), title,
                    level_label(first.value))
    return fill(translate("Outcomes", "%1: %2 → %3, %4"), title, level_label(first.value),
                level_label(latest.value), translate("Outcomes", series.direction))
