"""Rules of administering a screening: its data category, and which earlier answers may be
offered again (tell it once). Pure functions over records; ``now`` is passed in."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from models.errors import InvalidInput
from models.i18n import fill, translate
from models.records import Category, Screening, ScreeningAnswer, ScreeningStatus
from timeline.screening.instruments import Instrument

# the instruments carry no category: their records are filed under these (consent and the
# role views go by category). The PHQ-9, GAD-7 and PCL-5 measure symptoms; the trafficking
# screen asks what happened, which is the trafficking narrative.
CATEGORY_OF: dict[str, Category] = {
    "phq9": Category.MENTAL_HEALTH,
    "gad7": Category.MENTAL_HEALTH,
    "pcl5": Category.MENTAL_HEALTH,
    "ahtst": Category.TRAFFICKING_NARRATIVE,
}


def category_of(instrument_id: str) -> Category:
    """The data category a screening with ``instrument_id`` is filed under."""
    try:
        return CATEGORY_OF[instrument_id]
    except KeyError:
        raise InvalidInput(fill(translate("Administration",
                "Screening instrument %1 has no data category; add it to "
                "timeline.screening.administration.CATEGORY_OF."),
                repr(instrument_id))) from None


@dataclass(frozen=True, slots=True)
class ToldBefore:
    """The last answer to one item in an earlier screening, and whether it may be reused."""

    item_id: str
    answer: ScreeningAnswer
    screening_id: int
    reusable: bool
    why: str  # in words: "within the 14-day recall period", "asked 20 days ago: ask again"


def told_before(inst: Instrument, earlier: Iterable[Screening], now: datetime,
                exclude: int | None = None) -> list[ToldBefore]:
    """Per item of ``inst``, the last answer given in an earlier screening of the same
    instrument (not declined ones, not ``exclude``), and whether it may be offered again:
    within the instrument's recall period (``recall_days``); always for facts (None);
    never when it has none (0). Items never answered are left out."""
    last: dict[str, tuple[ScreeningAnswer, int]] = {}
    for s in earlier:
        if s.instrument_id != inst.id or s.id == exclude or s.status is ScreeningStatus.DECLINED:
            continue
        for a in s.answers:
            seen = last.get(a.item_id)
            if seen is None or a.asked_at >= seen[0].asked_at:
                last[a.item_id] = (a, s.id)
    out = []
    for item in inst.items:
        if item.id not in last:
            continue
        answer, sid = last[item.id]
        reusable, why = _reuse(inst, answer, now)
        out.append(ToldBefore(item.id, answer, sid, reusable, why))
    return out


def _reuse(inst: Instrument, answer: ScreeningAnswer, now: datetime) -> tuple[bool, str]:
    if inst.recall_days is None:
        return True, "a fact, not a recall period: offered again"
    if inst.recall_days == 0:
        return False, f"{inst.short_title} has no recall period: ask again"
    age = now - answer.asked_at
    if age <= timedelta(days=inst.recall_days):
        return True, f"within the {inst.recall_days}-day recall period"
    return False, (f"asked {age.days} days ago, outside the {inst.recall_days}-day recall "
                   "period: ask again")
