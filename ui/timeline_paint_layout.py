"""Where timeline entries go: sub-rows per zoom level, x per zoom, all measured from day 0.

Panning reuses everything (the painter is translated); zooming inside one level (a factor of
two) keeps the rows and only rescales x with slice assignments; a new level restacks.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate

from PySide6.QtCore import QRectF

from ui.timeline_entries import LANES, Lane, Shape, ViewEntry
from ui.timeline_paint_glyphs import FRAG, MARK, RADIUS, SPRITE, atlas

SUB_ROWS = 3  # sub-rows of a lane unless its height allows more (see Geometry.sub_rows)
MAX_ROWS = 6
LABEL_MIN = 40  # narrower room than this shows no label: an elided stub says nothing
LABEL_GAP = RADIUS + 14  # from a shape's right end to where its label must end
_NONE = 1e18  # gap after the last entry of a row

Placed = tuple[float, float, float]  # x0 and x1 in pixels from day 0, y in pixels


def anchor(e: ViewEntry) -> float:
    """The day number a point entry is drawn at: an all-day one in the middle of its day (so
    at day and week zoom it sits inside its day's column, not on the grid line before it)."""
    return e.t0 + 0.5 if e.all_day and e.shape is not Shape.WINDOW else e.t0


def fit_label(text: str, room: float, width: Callable[[str], float], prefix: str = "") -> str | None:
    """``prefix`` + ``text`` whole when it fits in ``room`` pixels; else cut at a word with
    "…" when at least the first word stays whole; else None (no label: a stub such as
    "Me…" says nothing, and the entry's tooltip still gives the whole title)."""
    whole = prefix + text
    if width(whole) <= room:
        return whole
    words = text.split(" ")
    for n in range(len(words) - 1, 0, -1):
        cut = prefix + " ".join(words[:n]).rstrip(",;:·-–—") + "…"
        if width(cut) <= room:
            return cut
    return None


def level(ppd: float) -> float:
    """The zoom level of ``ppd``: the power of two at or below it."""
    return 2.0 ** math.floor(math.log2(ppd))


@dataclass(slots=True)
class Stack:
    """Entries' sub-rows at one zoom level; ``*_before[i]`` counts fragments before entry i."""

    ys: list[float]
    gaps: list[float]  # days from an entry's end to the next start in its row
    point_t: list[float]  # t0 of each point entry, in entry order
    points: array  # their packed atlas fragments; x is filled in per zoom
    points_before: list[int]
    bar_groups: dict[tuple[Lane, bool], list[int]]  # windows by lane and conflict
    mark_idx: list[int]  # conflicting windows, which get a "!" after the bar
    marks: array
    marks_before: list[int]


def stack(tops: dict[Lane, float], step: float, ppd: float,
          entries: Sequence[ViewEntry], sub_rows: int = SUB_ROWS,
          label_w: Sequence[float] | None = None) -> Stack:
    """Rows chosen at ``level(ppd)``: shapes apart there are apart at every larger zoom.

    With ``label_w`` (each title's width in pixels) an entry goes to the first sub-row where
    the previous entry's whole label ends before it; only when no row has that room does it
    take a row where just the shapes clear each other (that label is then shortened).
    A label's width does not grow with zoom, so room found at the level's lowest zoom holds.
    """
    rows, gaps = _rows(level(ppd), entries, sub_rows, label_w)
    lefts = atlas()[1]
    window = Shape.WINDOW
    ys = [tops[e.lane] + r * step for e, r in zip(entries, rows, strict=True)]
    is_point = [e.shape is not window for e in entries]
    is_marked = [e.shape is window and bool(e.conflicts) for e in entries]
    point = [i for i, yes in enumerate(is_point) if yes]
    marked = [i for i, yes in enumerate(is_marked) if yes]
    groups: dict[tuple[Lane, bool], list[int]] = {}
    for i, e in enumerate(entries):
        if e.shape is window:
            groups.setdefault((e.lane, bool(e.conflicts)), []).append(i)
    cells = [lefts[(entries[i].lane, entries[i].shape, bool(entries[i].conflicts))]
             for i in point]
    return Stack(ys, gaps, [anchor(entries[i]) for i in point],
                 _fragments([ys[i] for i in point], cells), _before(is_point),
                 groups, marked, _fragments([ys[i] for i in marked], [lefts[MARK]] * len(marked)),
                 _before(is_marked))


def _rows(q: float, entries: Sequence[ViewEntry], sub_rows: int = SUB_ROWS,
          label_w: Sequence[float] | None = None) -> tuple[list[int], list[float]]:
    """Each entry's sub-row at ``q`` pixels per day, and the days to the next in its row."""
    lane_ix = {lane: k for k, lane in enumerate(LANES)}
    slots = [(k, r) for k in range(len(LANES)) for r in range(sub_rows)]
    ends = [-1e18] * len(slots)  # right end in pixels of each (lane, sub-row) so far
    label_ends = [-1e18] * len(slots)  # and of the label of its last entry
    last = [-1] * len(slots)  # index of the last entry in each (lane, sub-row)
    last_t = [0.0] * len(slots)  # and the day it ends
    rows: list[int] = []
    gaps = [_NONE] * len(entries)
    window = Shape.WINDOW
    for i, e in enumerate(entries):
        t0 = anchor(e)
        end = e.t1 if e.shape is window else t0
        base = lane_ix[e.lane] * sub_rows
        reach = t0 * q - RADIUS
        # the first row where the last label ends before this shape; failing that, the row
        # whose last label is cut the least among those where the shapes clear; else the last
        row, best = sub_rows - 1, 1e18
        for slot in range(base, base + sub_rows):
            label_end = label_ends[slot]
            if label_end < reach:
                row = slot - base
                break
            if label_end < best and ends[slot] < reach:
                row, best = slot - base, label_end
        slot = base + row
        ends[slot] = max(end, t0) * q + RADIUS
        label_ends[slot] = ends[slot] + (LABEL_GAP + label_w[i] if label_w else 0.0)
        if last[slot] >= 0:
            gaps[last[slot]] = t0 - last_t[slot]
        last[slot], last_t[slot] = i, end
        rows.append(row)
    return rows, gaps


def _fragments(ys: list[float], lefts: list[float]) -> array:
    """Packed fragments for atlas cells at ``lefts`` centred on ``ys`` (x filled in later)."""
    out = array("d", (0.0, 0.0, 0.0, 0.0, SPRITE, SPRITE, 1.0, 1.0, 0.0, 1.0)) * len(ys)
    out[1::FRAG] = array("d", ys)  # slice assignment: no Python loop per fragment
    out[2::FRAG] = array("d", lefts)
    return out


def _before(flags: list[bool]) -> list[int]:
    """``out[i]`` = how many of ``flags[:i]`` are true, for i in 0..len(flags)."""
    return list(accumulate(flags, initial=0))


@dataclass(slots=True)
class Batch:
    """What painting needs at one exact zoom (pixels per day), in pixels from day 0."""

    ppd: float
    stack: Stack
    entries: Sequence[ViewEntry]
    bars: dict[tuple[Lane, bool], tuple[list[int], list[QRectF]]]  # entry indices, rectangles
    labelled: list[int]  # entries with room for a label before the next shape in their row
    elided: dict[tuple[int, int, bool], str] = field(default_factory=dict)  # (entry, room, pinned)

    def place(self, i: int) -> Placed:
        """Entry ``i``'s (x0, y, x1)."""
        e = self.entries[i]
        x0 = anchor(e) * self.ppd
        return x0, self.stack.ys[i], (e.t1 * self.ppd if e.shape is Shape.WINDOW else x0)

    def room(self, i: int) -> float:
        """Pixels a label of entry ``i`` may take before the next shape in its row."""
        return self.stack.gaps[i] * self.ppd - LABEL_GAP


def batch(s: Stack, entries: Sequence[ViewEntry], ppd: float) -> Batch:
    """Scale ``s`` to ``ppd``: fragment x, bar rectangles and who has room for a label."""
    # C-level slice assignment writes every x field at once: no per-fragment Python calls
    s.points[0::FRAG] = array("d", [t * ppd + 4 for t in s.point_t])
    ends = [max(entries[i].t1 * ppd, entries[i].t0 * ppd + 4) for i in s.mark_idx]
    s.marks[0::FRAG] = array("d", [x + 8 for x in ends])
    bars = {}
    for key, idx in s.bar_groups.items():
        bars[key] = (idx, [QRectF(entries[i].t0 * ppd, s.ys[i] - 4,
                                  max(4.0, (entries[i].t1 - entries[i].t0) * ppd), 8)
                           for i in idx])
    need = (LABEL_MIN + LABEL_GAP) / ppd
    labelled = [i for i, gap in enumerate(s.gaps) if gap >= need]
    return Batch(ppd, s, entries, bars, labelled)


def empty() -> Batch:
    """A batch of no entries."""
    return batch(stack({lane: 0.0 for lane in LANES}, 1.0, 1.0, []), [], 1.0)
