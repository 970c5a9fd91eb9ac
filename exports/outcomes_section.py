"""The packet's Outcomes section: per measure, a small trend chart and the same values in a table.

The numbers come from timeline.outcomes (one definition of a series, its change since the
baseline and whether that change is clinically meaningful). Only screenings the consent gate
included reach this module (``plan.records(Screening)``). The chart is drawn with ReportLab
graphics (a Drawing flowable) in black and greys only, so it reads when printed in grey-scale;
every value it shows is also in the table beside it, in words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from exports.flowables import data_table
from exports.fonts import BASE, BOLD, FontKit
from exports.wording import current, long_day, say, short_day, value_word
from models.errors import InvalidInput
from models.records import Screening
from timeline.outcomes import Point, Series, outcome_series
from timeline.screening import Change, Instrument, instrument

CHART_HEIGHT = 136
# room around the plot: tick labels and the axis title on the left, dates and the axis title
# below, band names on the right
LEFT, BOTTOM, TOP, RIGHT = 44, 28, 10, 118
INK = colors.Color(0.1, 0.1, 0.1)
MID = colors.Color(0.35, 0.35, 0.35)
FAINT = colors.Color(0.72, 0.72, 0.72)
# band shading from the lowest band (white) to the highest (light grey): readable in grey-scale
LIGHTEST, DARKEST = 1.0, 0.80
TICK_SIZE, LABEL_SIZE, VALUE_SIZE = 7, 6.6, 7.5


@dataclass(frozen=True, slots=True)
class Measure:
    """One instrument's series with the instrument that reads it."""

    series: Series
    instrument: Instrument


def measures(screenings: Sequence[Screening]) -> list[Measure]:
    """The series of the given (already consent-gated) screenings, each with its instrument:
    measures of change by instrument id, then screens.

    A screening whose instrument is unknown (the role view's generic "screening") is left
    out: it carries no score to chart."""
    known: dict[str, Instrument] = {}
    for s in screenings:
        try:
            known.setdefault(s.instrument_id, instrument(s.instrument_id))
        except InvalidInput:
            continue
    chosen = [s for s in screenings if s.instrument_id in known]
    found = [Measure(series, known[series.instrument_id])
             for series in outcome_series(chosen, known.__getitem__)
             if series.points or series.unscored]
    # measures of change first, screens (no clinically meaningful change) after them
    return sorted(found, key=lambda m: not m.series.measures_change)


def band_label(inst: Instrument, band_id: str | None) -> str:
    """A band id in the instrument's words ("Moderately severe")."""
    if band_id is None:
        return ""
    own = next((b.label for b in inst.bands if b.id == band_id), band_id.replace("_", " "))
    words: dict[str, str] = current()["values"]["band"]  # the packet's language
    return words.get(f"{inst.id}.{band_id}", own)


def _short_band(label: str) -> str:
    """The band's name without its parenthesis, for the chart's margin."""
    return label.split(" (", 1)[0]


def table_rows(measure: Measure, word: Callable[[str], str]) -> list[list[str]]:
    """Date, total, severity band, change since baseline, clinically meaningful: one per point."""
    inst, series = measure.instrument, measure.series
    rows = []
    for i, point in enumerate(series.points):
        if i == 0:
            change, meaningful = word("outcomes_baseline"), "—"
        elif not series.measures_change or point.since_baseline is None:
            change, meaningful = word("outcomes_not_measured"), say("not_applicable")
        else:
            c = point.since_baseline
            moved = f"{'+' if c.difference > 0 else '−'}{abs(c.difference)}" if c.difference \
                else "0"
            change = say("change", moved=moved, direction=value_word("direction", c.direction))
            meaningful = word("outcomes_yes") if c.meaningful else word("outcomes_no")
        rows.append([short_day(point.day), str(point.total), band_label(inst, point.band),
                     change, meaningful])
    return rows


def summary_text(measure: Measure, word: Callable[[str], str]) -> list[str]:
    """The change since the baseline in one sentence and the threshold (its source is listed
    once, under the section: ``sources_text``)."""
    inst, series = measure.instrument, measure.series
    lines = []
    if not series.measures_change:
        lines.append(word("outcomes_screen"))
    elif len(series.points) >= 2 and series.since_baseline is not None:
        lines.append(word("outcomes_change").format(
            day=long_day(series.points[0].day), summary=change_summary(series.since_baseline)))
    elif series.points:
        lines.append(word("outcomes_single"))
    mc = inst.meaningful_change
    if mc is not None:
        better = word("outcomes_lower_better") if mc.lower_is_better else \
            word("outcomes_higher_better")
        lines.append(word("outcomes_threshold").format(points=str(mc.points), better=better))
    for day, reason in series.unscored:
        lines.append(word("outcomes_unscored").format(day=long_day(day), reason=reason))
    return lines


def change_summary(change: Change) -> str:
    """The change in one sentence, in the wording's language (timeline's Change.summary,
    word for word in English)."""
    diff = change.difference
    moved = say("moved_none") if diff == 0 else \
        say("moved_down" if diff < 0 else "moved_up", points=abs(diff))
    return say("change_summary", baseline=change.baseline, latest=change.latest, moved=moved,
               direction=value_word("direction", change.direction),
               meaning=say("meaningful" if change.meaningful else "not_meaningful"),
               threshold=change.threshold)


def sources_text(found: Sequence[Measure], word: Callable[[str], str]) -> list[str]:
    """Where each measure's clinically meaningful change comes from: a lead line, then one
    line per measure (none when no measure reads change)."""
    cited = [say("cited_change", instrument=m.instrument.short_title,
                 points=m.instrument.meaningful_change.points,
                 source=m.instrument.meaningful_change.source)
             for m in found if m.instrument.meaningful_change is not None]
    return [word("outcomes_sources"), *cited] if cited else []


# --- the chart -------------------------------------------------------------------------------
def trend_chart(measure: Measure, width: float, height: float = CHART_HEIGHT) -> Drawing:
    """Totals over time on the instrument's full range, its severity bands shaded and named,
    the baseline a ring, every point labelled with its total and its date on the axis."""
    inst, points = measure.instrument, measure.series.points
    drawing = Drawing(width, height)
    x0, y0 = LEFT, BOTTOM
    plot_w, plot_h = width - LEFT - RIGHT, height - BOTTOM - TOP
    lo, hi = inst.min_total, inst.max_total
    span = max(1, hi - lo)

    def y_of(total: float) -> float:
        return y0 + (total - lo) / span * plot_h

    _bands(drawing, inst, x0, plot_w, y_of)
    _y_axis(drawing, inst, x0, y0, plot_h, y_of)
    drawing.add(Line(x0, y0, x0 + plot_w, y0, strokeColor=INK, strokeWidth=0.8))
    xs = _x_positions(points, x0, plot_w)
    _x_axis(drawing, points, xs, y0, x0 + plot_w / 2)
    _line(drawing, points, xs, y_of, y0 + plot_h)
    return drawing


def _bands(drawing: Drawing, inst: Instrument, x0: float, plot_w: float,
           y_of: Callable[[float], float]) -> None:
    bands = sorted(inst.bands, key=lambda b: b.min)
    steps = max(1, len(bands) - 1)
    label_at: list[tuple[float, float, str]] = []
    for i, band in enumerate(bands):
        bottom = y_of(max(inst.min_total, band.min - 0.5))
        top = y_of(min(inst.max_total, band.max + 0.5))
        grey = LIGHTEST - (LIGHTEST - DARKEST) * i / steps
        zone = Rect(x0, bottom, plot_w, top - bottom)
        # set after construction: the reportlab stubs type Rect's keywords wrongly
        zone.fillColor, zone.strokeColor = colors.Color(grey, grey, grey), None
        drawing.add(zone)
        if i:  # a faint rule between bands
            drawing.add(Line(x0, bottom, x0 + plot_w, bottom, strokeColor=FAINT,
                             strokeWidth=0.5, strokeDashArray=[2, 2]))
        label_at.append(((bottom + top) / 2, top - bottom, _short_band(band_label(inst, band.id))))
    _band_names(drawing, label_at, x0 + plot_w + 6, RIGHT - 8)


def _band_names(drawing: Drawing, label_at: list[tuple[float, float, str]], x: float,
                room: float) -> None:
    """Each band's name in the right margin at its middle, wrapped, pushed apart if crowded."""
    leading = LABEL_SIZE * 1.18
    blocks = [(mid, _wrap(text, room, LABEL_SIZE)) for mid, _h, text in label_at]
    placed: list[tuple[float, list[str]]] = []
    floor = -1e9
    for mid, lines in blocks:  # lowest band first
        half = len(lines) * leading / 2
        centre = max(mid, floor + half)
        placed.append((centre, lines))
        floor = centre + half + 1.5
    for centre, lines in placed:
        top = centre + len(lines) * leading / 2 - LABEL_SIZE * 0.85
        for n, line in enumerate(lines):
            drawing.add(String(x, top - n * leading, line, fontName=BASE, fontSize=LABEL_SIZE,
                               fillColor=MID))


def _wrap(text: str, room: float, size: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", BASE, size) <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def _y_axis(drawing: Drawing, inst: Instrument, x0: float, y0: float, plot_h: float,
            y_of: Callable[[float], float]) -> None:
    """Ticks at the range's ends and at each band's lower bound (the cut-points)."""
    drawing.add(Line(x0, y0, x0, y0 + plot_h, strokeColor=INK, strokeWidth=0.8))
    ticks = sorted({inst.min_total, inst.max_total, *(b.min for b in inst.bands)})
    shown: list[float] = []
    for total in sorted(ticks, key=lambda t: (t not in (inst.min_total, inst.max_total), t)):
        y = y_of(total)
        if any(abs(y - other) < TICK_SIZE + 1 for other in shown):
            continue  # cut-points too close to print apart: the band names still show them
        shown.append(y)
        drawing.add(Line(x0 - 3, y, x0, y, strokeColor=INK, strokeWidth=0.6))
        drawing.add(String(x0 - 5, y - TICK_SIZE * 0.35, str(total), fontName=BASE,
                           fontSize=TICK_SIZE, fillColor=INK, textAnchor="end"))
    title = Group(String(0, 0, say("chart_total"), fontName=BASE, fontSize=TICK_SIZE, fillColor=INK,
                         textAnchor="middle"))
    title.translate(10, y0 + plot_h / 2)
    title.rotate(90)
    drawing.add(title)


def _x_positions(points: Sequence[Point], x0: float, plot_w: float) -> list[float]:
    if not points:
        return []
    if len(points) == 1:
        return [x0 + plot_w / 2]
    first = points[0].day
    days = max(1, (points[-1].day - first).days)
    pad = 22  # keeps the first and last date labels inside the plot's width
    return [x0 + pad + (p.day - first).days / days * (plot_w - 2 * pad) for p in points]


def _x_axis(drawing: Drawing, points: Sequence[Point], xs: list[float], y0: float,
            centre: float) -> None:
    """A tick and the date under each point; a date that would overlap its neighbour is left
    to the table (the first and the last are always printed)."""
    widest = max((stringWidth(short_day(p.day), BASE, TICK_SIZE) for p in points), default=0.0)
    half = max(widest, stringWidth("2026-12-31", BASE, TICK_SIZE)) / 2 + 2
    order = list(range(len(points)))
    keep: list[int] = []
    for i in ([order[0], order[-1], *order[1:-1]] if len(order) > 1 else order):
        if all(abs(xs[i] - xs[j]) >= 2 * half for j in keep):
            keep.append(i)
    for i, x in enumerate(xs):
        drawing.add(Line(x, y0 - 3, x, y0, strokeColor=INK, strokeWidth=0.6))
        if i in keep:
            drawing.add(String(x, y0 - 4 - TICK_SIZE, short_day(points[i].day), fontName=BASE,
                               fontSize=TICK_SIZE, fillColor=INK, textAnchor="middle"))
    drawing.add(String(centre, 4, say("chart_date"), fontName=BASE, fontSize=TICK_SIZE,
                       fillColor=INK, textAnchor="middle"))


def _line(drawing: Drawing, points: Sequence[Point], xs: list[float],
          y_of: Callable[[float], float], plot_top: float) -> None:
    where = [(x, y_of(p.total)) for x, p in zip(xs, points, strict=True)]
    if len(where) > 1:
        drawing.add(PolyLine([c for xy in where for c in xy], strokeColor=INK, strokeWidth=1.3))
    for i, ((x, y), point) in enumerate(zip(where, points, strict=True)):
        if i == 0:  # the baseline: a larger ring
            drawing.add(Circle(x, y, 3.6, fillColor=colors.white, strokeColor=INK,
                               strokeWidth=1.3))
        else:
            drawing.add(Circle(x, y, 2.6, fillColor=INK, strokeColor=INK, strokeWidth=0.5))
        above = y + 5 + VALUE_SIZE <= plot_top
        drawing.add(String(x, y + 5 if above else y - 5 - VALUE_SIZE * 0.8, str(point.total),
                           fontName=BOLD, fontSize=VALUE_SIZE, fillColor=INK,
                           textAnchor="middle"))


# --- the section -----------------------------------------------------------------------------
def measure_story(measure: Measure, *, heading: Paragraph, para: Callable[[str, str], Paragraph],
                  word: Callable[[str], str], fonts: FontKit,
                  styles: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    """One measure: its heading, chart, table and the change in words, kept on one page."""
    inst = measure.instrument
    block: list[Flowable] = [heading]
    if measure.series.points:
        block.append(trend_chart(measure, width))
        block.append(Spacer(1, 4))
        header = [word("outcomes_col_date"), word("outcomes_col_total").format(
            range=f"{inst.min_total}–{inst.max_total}"), word("outcomes_col_band"),
            word("outcomes_col_change"), word("outcomes_col_meaningful")]
        block.append(data_table(header, table_rows(measure, word),
                                [0.14 * width, 0.12 * width, 0.32 * width, 0.24 * width,
                                 0.18 * width], styles, fonts, plain_columns=frozenset({0, 1})))
        block.append(Spacer(1, 3))
    block += [para(line, "small") for line in summary_text(measure, word)]
    return [KeepTogether(block), Spacer(1, 10)]
