"""Outcomes over time: per instrument, the series of completed totals with the change since
the baseline (the first) and since the previous one, read with the instrument's clinically
meaningful change. Pure functions over records (issue 11 §6)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from models.records import Screening, ScreeningStatus
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
