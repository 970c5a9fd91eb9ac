"""Housing stability and safety in the packet's Outcomes section: a step chart per series with
its levels named on the y axis, and the same values in a small table (date, level, by whom).

Only levels the consent gate included reach this module (``plan.records(StatusChange)``:
housing under housing_benefits, risk under safety_plan). The series, the levels' order (worst
first: HousingStatus least stable first, risk from high to low) and their words come from
timeline.outcomes (one definition); the chart puts the better level higher on both (stable at
the top, low risk at the top). Black and greys only, so it reads in grey-scale; every change
on the chart is also a row of the table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from exports.flowables import data_table
from exports.fonts import BASE, FontKit
from exports.shaped_text import ScriptParagraph
from exports.wording import long_day, say, short_day, value_word
from models.records import StatusChange
from timeline.outcomes import CategoricalSeries, categorical_outcomes

LANE = 17  # the height of one level's lane
LEFT, BOTTOM, TOP, RIGHT = 100, 26, 8, 14
INK = colors.Color(0.1, 0.1, 0.1)
MID = colors.Color(0.35, 0.35, 0.35)
LANE_GREY = colors.Color(0.93, 0.93, 0.93)
TICK_SIZE, LABEL_SIZE = 7, 7.5


def level_series(changes: Iterable[StatusChange]) -> list[CategoricalSeries]:
    """Housing, then risk: each series that has at least one level (values off the scale,
    e.g. a level the role view hid, are left out by timeline.outcomes)."""
    return [s for s in categorical_outcomes(changes) if s.points]


def summary(series: CategoricalSeries, title: str, word: Callable[[str], str]) -> str:
    """"Housing stability: emergency shelter on 2026-03-02 → stable now: improved."""
    first, latest = series.points[0], series.points[-1]
    day = long_day(first.at.date())
    if series.direction is None:
        return word("levels_single").format(title=title, level=level_label(first.value),
                                            day=day)
    return word("levels_change").format(
        title=title, first=level_label(first.value), latest=level_label(latest.value),
        direction=value_word("direction", series.direction), day=day)


def level_label(value: str) -> str:
    """A level in the wording's words ("emergency shelter", "high risk")."""
    return value_word("level", value)


def table_rows(series: CategoricalSeries, names: Mapping[str, str],
               unknown: str) -> list[list[str]]:
    """Date, level, recorded by: one row per change (a login is printed as its name)."""
    return [[short_day(p.at.date()), level_label(p.value), names.get(p.changed_by, unknown)]
            for p in series.points]


# --- the chart -------------------------------------------------------------------------------
def step_chart(series: CategoricalSeries, width: float, today: date) -> Drawing:
    """The level over time as steps, from the first record to ``today``; each level a lane
    named on the left, the first record a ring, each change a dot with its date below."""
    levels = series.levels
    height = BOTTOM + TOP + LANE * len(levels)
    drawing = Drawing(width, height)
    x0, y0 = LEFT, BOTTOM
    plot_w = width - LEFT - RIGHT

    def y_of(rank: int) -> float:
        return y0 + (rank + 0.5) * LANE

    for i, level in enumerate(levels):
        if i % 2 == 0:
            lane = Rect(x0, y0 + i * LANE, plot_w, LANE)
            # set after construction: the reportlab stubs type Rect's keywords wrongly
            lane.fillColor, lane.strokeColor = LANE_GREY, None
            drawing.add(lane)
        drawing.add(String(x0 - 6, y_of(i) - LABEL_SIZE * 0.35, level_label(level),
                           fontName=BASE, fontSize=LABEL_SIZE, fillColor=INK,
                           textAnchor="end"))
        drawing.add(Line(x0 - 3, y_of(i), x0, y_of(i), strokeColor=INK, strokeWidth=0.6))
    drawing.add(Line(x0, y0, x0, y0 + LANE * len(levels), strokeColor=INK, strokeWidth=0.8))
    drawing.add(Line(x0, y0, x0 + plot_w, y0, strokeColor=INK, strokeWidth=0.8))
    days = [p.at.date() for p in series.points]
    end = max(today, days[-1])
    xs = _x_positions(days, end, x0, plot_w)
    ys = [y_of(p.rank) for p in series.points]
    _steps(drawing, xs, ys, x0 + plot_w)
    _dates(drawing, days, xs, y0, end, x0 + plot_w)
    return drawing


def _x_positions(days: Sequence[date], end: date, x0: float, plot_w: float) -> list[float]:
    pad = 24  # keeps the first date label inside the plot
    span = max(1, (end - days[0]).days)
    return [x0 + pad + (d - days[0]).days / span * (plot_w - pad - 8) for d in days]


def _steps(drawing: Drawing, xs: list[float], ys: list[float], x_end: float) -> None:
    """Hold each level until the next change, then step; the last one held to today."""
    coords: list[float] = []
    for i, (x, y) in enumerate(zip(xs, ys, strict=True)):
        if i:
            coords += [x, ys[i - 1]]
        coords += [x, y]
    coords += [x_end - 8, ys[-1]]
    drawing.add(PolyLine(coords, strokeColor=INK, strokeWidth=1.6))
    for i, (x, y) in enumerate(zip(xs, ys, strict=True)):
        if i == 0:  # the first record: a ring, as the baseline of the score charts
            drawing.add(Circle(x, y, 3.6, fillColor=colors.white, strokeColor=INK,
                               strokeWidth=1.3))
        else:
            drawing.add(Circle(x, y, 2.8, fillColor=INK, strokeColor=INK, strokeWidth=0.5))


def _dates(drawing: Drawing, days: Sequence[date], xs: list[float], y0: float, end: date,
           x_end: float) -> None:
    """The date of each change under it (one that would overlap a printed one is left to the
    table) and "today" at the right end."""
    widest = max((stringWidth(short_day(d), BASE, TICK_SIZE) for d in days), default=0.0)
    half = max(widest, stringWidth("2026-12-31", BASE, TICK_SIZE)) / 2 + 2
    kept: list[float] = []
    for day, x in zip(days, xs, strict=True):
        drawing.add(Line(x, y0 - 3, x, y0, strokeColor=INK, strokeWidth=0.6))
        if all(abs(x - k) >= 2 * half for k in kept):
            kept.append(x)
            drawing.add(String(x, y0 - 4 - TICK_SIZE, short_day(day), fontName=BASE,
                               fontSize=TICK_SIZE, fillColor=INK, textAnchor="middle"))
    right = x_end - 8
    drawing.add(Line(right, y0 - 3, right, y0, strokeColor=MID, strokeWidth=0.6))
    label = say("chart_today", day=short_day(end))
    if all(abs(right - k) >= half + stringWidth(label, BASE, TICK_SIZE) / 2 + 2 for k in kept):
        drawing.add(String(right, y0 - 4 - TICK_SIZE * 2.2, label, fontName=BASE,
                           fontSize=TICK_SIZE, fillColor=MID, textAnchor="end"))


# --- the story -------------------------------------------------------------------------------
def levels_story(changes: Iterable[StatusChange], *, today: date,
                 para: Callable[[str, str], Paragraph], word: Callable[[str], str],
                 names: Mapping[str, str], fonts: FontKit,
                 styles: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    """Housing stability and safety, each its heading, chart, table and a sentence, kept on
    one page; nothing when no level was included."""
    found = level_series(changes)
    if not found:
        return []
    # a step below the group's heading ("Housing stability and safety")
    series_style = ParagraphStyle("levels_series", parent=styles["h2"], fontSize=9.5,
                                  leading=12.5, spaceBefore=4, spaceAfter=2)
    out: list[Flowable] = [para(word("levels_intro"), "small"), Spacer(1, 4)]
    for series in found:
        title = word(f"levels_title_{series.scale}") or series.title
        header = [word("levels_col_date"), word("levels_col_level"), word("levels_col_by")]
        block: list[Flowable] = [
            ScriptParagraph(fonts.markup(title), series_style), step_chart(series, width, today),
            Spacer(1, 4),
            data_table(header, table_rows(series, names, word("levels_unknown_staff")),
                       [0.2 * width, 0.35 * width, 0.45 * width], styles, fonts,
                       plain_columns=frozenset({0})),
            Spacer(1, 3), para(summary(series, title, word), "small")]
        out += [KeepTogether(block), Spacer(1, 10)]
    return out

