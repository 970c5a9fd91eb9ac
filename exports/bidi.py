"""Right-to-left ordering of a laid-out line, token by token (a reduced Unicode bidi algorithm).

A line is a sequence of tokens (a run of non-space text in one font, or a run of spaces).
Each token has one class: "L" (left to right), "R" (right to left), "EN" (a number) or "N"
(punctuation, spaces). This follows UAX #9's weak, neutral and implicit rules (W7, N1, N2,
I1, I2) and its reordering rule (L2) at that granularity; a right-to-left token's own glyphs
are already in visual order (HarfBuzz returns them so), and a number reads left to right.
Explicit embeddings and isolates (U+202A…U+2069) are not interpreted.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

_STRONG = {"L": "L", "R": "R", "AL": "R"}
_NUMBER = {"EN", "AN"}


def token_class(text: str) -> str:
    """"L", "R", "EN" or "N": the first strong direction of ``text``, else number or neutral."""
    number = False
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _STRONG:
            return _STRONG[kind]
        number = number or kind in _NUMBER
    return "EN" if number else "N"


def base_is_rtl(text: str) -> bool:
    """Whether a paragraph reads right to left: its first strong character is (UAX #9 P2,
    P3), and no number comes before it. The exception is for the packet's own labels, which
    start with a date or a time ("2026-12-10 09:30 — דיון"): they stay left to right, in the
    direction of the template's language."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _STRONG:
            return _STRONG[kind] == "R"
        if kind in _NUMBER:
            return False
    return False


def _levels(classes: Sequence[str], rtl: bool) -> list[int]:
    base = "R" if rtl else "L"
    kinds = list(classes)
    previous = base
    for i, kind in enumerate(kinds):  # W7: a number after left-to-right text is left to right
        if kind in ("L", "R"):
            previous = kind
        elif kind == "EN" and previous == "L":
            kinds[i] = "L"
    strong = ["R" if k == "EN" else k for k in kinds]
    i = 0
    while i < len(strong):  # N1, N2: neutrals between equal directions take it, else the base
        if strong[i] != "N":
            i += 1
            continue
        j = i
        while j < len(strong) and strong[j] == "N":
            j += 1
        before = strong[i - 1] if i > 0 else base
        after = strong[j] if j < len(strong) else base
        strong[i:j] = [before if before == after else base] * (j - i)
        i = j
    if rtl:  # I2
        return [1 if s == "R" and k != "EN" else 2 for k, s in zip(kinds, strong, strict=True)]
    return [0 if s == "L" else 2 if k == "EN" else 1 for k, s in zip(kinds, strong, strict=True)]


def visual_order(classes: Sequence[str], rtl: bool) -> list[int]:
    """Indices of the tokens in the order they are drawn, left to right (UAX #9 L2)."""
    levels = _levels(classes, rtl)
    order = list(range(len(levels)))
    for level in range(max(levels, default=0), 0, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] < level:
                i += 1
                continue
            j = i
            while j < len(order) and levels[order[j]] >= level:
                j += 1
            order[i:j] = order[i:j][::-1]
            i = j
    return order
