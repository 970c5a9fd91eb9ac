"""Axis ticks of the timeline: the finest unit whose labels fit, so no two labels ever collide.

Days (with weekday names) when a day is wide enough, then weeks (Mondays), months, quarters and
years. Pure arithmetic over day numbers and a text-width function: testable without a painter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from PySide6.QtGui import QFont, QFontMetrics

from ui.i18n import translate
from ui.labels import date_text
from ui.timeline_entries import from_days, to_days

GAP = 10  # pixels kept free between two labels


@dataclass(frozen=True, slots=True)
class Tick:
    """One labelled tick: day number, x in pixels, its text and its unit."""

    t: float
    x: float
    text: str
    unit: str


def _days(first: date, last: date) -> Iterator[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def _mondays(first: date, last: date) -> Iterator[date]:
    day = first - timedelta(days=first.weekday())
    while day <= last:
        yield day
        day += timedelta(days=7)


def _months(first: date, last: date, every: int) -> Iterator[date]:
    year, month = first.year, first.month - (first.month - 1) % every
    while date(year, month, 1) <= last:
        yield date(year, month, 1)
        month += every
        if month > 12:
            year, month = year + 1, month - 12


def _day_texts(d: date) -> tuple[str, ...]:
    # weekday names: the point of days
    return (date_text(d, "ddd d MMM"), date_text(d, "ddd d"))


def _week_texts(d: date) -> tuple[str, ...]:
    return (date_text(d, "d MMM yyyy"), date_text(d, "d MMM"))


def _month_texts(d: date) -> tuple[str, ...]:
    return (date_text(d, "MMM yyyy"), date_text(d, "MMM") if d.month != 1 else f"{d.year}")


def quarter_text(d: date) -> str:
    """The quarter holding ``d``: "Q3 2026", in the UI's language."""
    return translate("TimelineAxis", "Q%1 %2", "a quarter: Q3 2026").replace(
        "%1", str((d.month - 1) // 3 + 1)).replace("%2", str(d.year))


def _quarter_texts(d: date) -> tuple[str, ...]:
    return (quarter_text(d),)


def _year_texts(d: date) -> tuple[str, ...]:
    return (f"{d.year}",)


# unit name, the shortest distance between two of its ticks in days, ticks, texts (longest first)
UNITS: tuple[tuple[str, float, Callable[[date, date], Iterator[date]],
                   Callable[[date], tuple[str, ...]]], ...] = (
    ("day", 1, _days, _day_texts),
    ("week", 7, _mondays, _week_texts),
    ("month", 28, lambda a, b: _months(a, b, 1), _month_texts),
    ("quarter", 90, lambda a, b: _months(a, b, 3), _quarter_texts),
    ("year", 365, lambda a, b: _months(a, b, 12), _year_texts),
)
_SAMPLES = (date(2026, 9, 30), date(2026, 12, 28), date(2027, 1, 1), date(2026, 5, 13))


def measure(font: QFont) -> Callable[[str], float]:
    """A text-width function for ``font``, remembered per font (the axis asks every frame)."""
    key = font.key()
    found = _MEASURES.get(key)
    if found is None:
        found = _MEASURES[key] = cache(QFontMetrics(font).horizontalAdvance)
    return found


_MEASURES: dict[str, Callable[[str], float]] = {}


def _widest(width: Callable[[str], float]) -> list[tuple[str, int, float]]:
    """Each unit's text forms with the widest sample label, finest first."""
    return [(name, form, max(width(texts(d)[form]) for d in _SAMPLES))
            for name, _step, _t, texts in UNITS for form in range(len(texts(_SAMPLES[0])))]


_WIDEST: dict[Callable[[str], float], list[tuple[str, int, float]]] = {}


def choose_unit(ppd: float, width: Callable[[str], float]) -> tuple[str, int]:
    """The finest unit (and which of its text forms) whose widest label fits between ticks."""
    widest = _WIDEST.get(width)  # keyed by the function itself: an id could be reused
    if widest is None:
        if len(_WIDEST) > 64:
            _WIDEST.clear()
        widest = _WIDEST[width] = _widest(width)
    steps = {name: step for name, step, _t, _x in UNITS}
    for name, form, w in widest:
        if w + GAP <= steps[name] * ppd:
            return name, form
    return UNITS[-1][0], 0


def ticks(start: float, span: float, plot_left: float, plot_width: float,
          width: Callable[[str], float]) -> list[Tick]:
    """Labelled ticks across [start, start + span); labels start 3 px right of their tick.

    A label that would run into the next one, or past the plot's right edge, is left out.
    """
    ppd = plot_width / span
    unit, form = choose_unit(ppd, width)
    _name, _step, make, texts = next(u for u in UNITS if u[0] == unit)
    out: list[Tick] = []
    right_end = plot_left - GAP
    limit = plot_left + plot_width
    for d in make(from_days(start), from_days(start + span) + timedelta(days=1)):
        t = to_days(d)
        x = plot_left + (t - start) * ppd
        if x < plot_left:
            continue
        text = texts(d)[form]
        w = width(text)
        if x + 3 < right_end + GAP or x + 3 + w > limit:
            continue  # never two labels in one place; never a label cut at the edge
        out.append(Tick(t, x, text, unit))
        right_end = x + 3 + w
    return out


def beside_plate(found: list[Tick], left: float, right: float,
                 width: Callable[[str], float]) -> list[Tick]:
    """The ticks whose label keeps ``GAP / 2`` clear of a plate spanning [left, right] (the
    Today plate): a tick it would cover is skipped whole, mark and label, so that no label is
    half hidden under it and no mark stands there without its date."""
    margin = GAP / 2
    return [tick for tick in found
            if tick.x + 3 + width(tick.text) < left - margin or tick.x > right + margin]


def grid_days(start: float, span: float, unit: str) -> list[float]:
    """Day numbers of the vertical grid lines: every day at day zoom, Mondays at week zoom."""
    first, last = from_days(start), from_days(start + span) + timedelta(days=1)
    if unit == "day":
        return [to_days(d) for d in _days(first, last)]
    if unit == "week":
        return [to_days(d) for d in _mondays(first, last)]
    return []


def weekend_days(start: float, span: float, ppd: float) -> list[float]:
    """Saturdays and Sundays in view, when a day is wide enough to shade (courts are closed)."""
    if ppd < 6:
        return []
    first, last = from_days(start), from_days(start + span) + timedelta(days=1)
    return [to_days(d) for d in _days(first, last) if d.weekday() >= 5]
