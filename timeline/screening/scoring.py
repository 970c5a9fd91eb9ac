"""Scoring answers to a screening instrument, and the change between two totals: pure functions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from math import floor

from models.errors import InvalidInput
from models.i18n import fill, translate
from timeline.screening.instruments import NON_ANSWERS, Band, Instrument, Item, Subscale

NOT_RECORDED = "not_recorded"  # an item absent from the answers: counted, never silently dropped
_WORDS = {"skip": "skipped", "not_today": "not today", "prefer_not_to_say": "prefer not to say",
          NOT_RECORDED: "not recorded"}

Answer = int | str


@dataclass(frozen=True, slots=True)
class SafetyFlag:
    """A flag raised by one item's answer, and what must happen, by whom, by when."""

    flag: str
    item: str
    answer: Answer
    message: str
    task: str
    due: str
    owner: str


@dataclass(frozen=True, slots=True)
class SubscaleScore:
    """One subscale's sum, or None with the reason."""

    id: str
    label: str
    total: int | None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class Provisional:
    """A provisional-diagnosis rule's outcome: met, not_met or undetermined, with the reason."""

    status: str
    reason: str


@dataclass(frozen=True, slots=True)
class ScoreResult:
    """The outcome of scoring one administration of an instrument."""

    instrument_id: str
    version: str
    total: int | None
    reason: str | None  # why there is no total, in words a clinician reads
    note: str | None  # how a prorated total was reached
    prorated: bool
    band: Band | None
    subscales: tuple[SubscaleScore, ...]
    provisional: Provisional | None
    flags: tuple[SafetyFlag, ...]
    answered: int  # scored items answered
    not_answered: int  # scored items with a non-answer or no record
    non_answers: tuple[tuple[str, int], ...]  # by kind, over scored items, kinds with a count only
    unanswered_items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Change:
    """The change between a baseline and a later total, read with the instrument's threshold."""

    instrument_id: str
    baseline: int
    latest: int
    difference: int  # latest - baseline
    direction: str  # improving | worsening | flat
    meaningful: bool
    threshold: int
    source: str

    @property
    def summary(self) -> str:
        """The change in one sentence."""
        moved = "no change" if self.difference == 0 else (
            f"{'down' if self.difference < 0 else 'up'} {abs(self.difference)} points")
        meaning = "clinically meaningful" if self.meaningful else "not clinically meaningful"
        return (f"{self.baseline} to {self.latest}: {moved}, {self.direction}, {meaning} "
                f"(threshold {self.threshold} points).")


def _label(inst: Instrument, item: Item) -> str:
    return f"{inst.short_title} item {item.number} ({item.id})"


def _checked(inst: Instrument, answers: Mapping[str, Answer]) -> dict[str, Answer]:
    """The answers with every item present (absent ones as not_recorded); bad values refused."""
    known = {it.id for it in inst.items}
    unknown = sorted(set(answers) - known)
    if unknown:
        raise InvalidInput(fill(translate("Scoring",
                "%1 has no item(s) %2; its items are %3 to %4."),
                inst.short_title, ', '.join(map(repr, unknown)), inst.items[0].id, inst.items[-1].id), field=unknown[0])
    out: dict[str, Answer] = {}
    for item in inst.items:
        value = answers.get(item.id, NOT_RECORDED)
        if value is NOT_RECORDED or value in NON_ANSWERS:
            out[item.id] = value
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value not in item.values:
            scale = ", ".join(f"{p.value} {p.label}" for p in item.scale)
            raise InvalidInput(fill(translate("Scoring",
                    "%1: %2 is not an answer. Give one of %3, or one of %4."),
                    _label(inst, item), repr(value), scale, ', '.join(NON_ANSWERS)), field=item.id)
        out[item.id] = value
    return out


def _value(inst: Instrument, item: Item, answer: int) -> int:
    if item.id in inst.reverse_items:
        return min(item.values) + max(item.values) - answer
    return answer


def _kinds(kinds: list[str]) -> str:
    counts = [(k, kinds.count(k)) for k in (*NON_ANSWERS, NOT_RECORDED) if k in kinds]
    return ", ".join(f"{n} {_WORDS[k]}" for k, n in counts)


def _flags(inst: Instrument, answers: dict[str, Answer]) -> tuple[SafetyFlag, ...]:
    out = []
    for rule in inst.safety:
        answer = answers[rule.item]
        if rule.when == "at_least":
            hit = isinstance(answer, int) and rule.value is not None and answer >= rule.value
        else:
            hit = not isinstance(answer, int)
        if hit:
            out.append(SafetyFlag(rule.flag, rule.item, answer, rule.message, rule.task, rule.due,
                                  rule.owner))
    return tuple(out)


def _subscale(inst: Instrument, sub: Subscale, answers: dict[str, Answer]) -> SubscaleScore:
    missing = [i for i in sub.items if not isinstance(answers[i], int)]
    if missing:
        return SubscaleScore(sub.id, sub.label, None,
                             f"{sub.label}: {len(missing)} of {len(sub.items)} items not answered; "
                             "a cluster score is given only when every item of the cluster is answered.")
    total = sum(_value(inst, inst.item(i), int(answers[i])) for i in sub.items)
    return SubscaleScore(sub.id, sub.label, total)


def _provisional(inst: Instrument, answers: dict[str, Answer]) -> Provisional | None:
    rule = inst.provisional
    if rule is None:
        return None
    subs = {s.id: s for s in inst.subscales}
    short: list[str] = []
    unsure: list[str] = []
    parts: list[str] = []
    for sid, need in rule.required:
        items = subs[sid].items
        endorsed = sum(1 for i in items if isinstance(answers[i], int) and int(answers[i]) >= rule.endorsed_at)
        open_ = sum(1 for i in items if not isinstance(answers[i], int))
        parts.append(f"{sid} {endorsed} endorsed, {need} needed")
        if endorsed < need:
            (unsure if endorsed + open_ >= need else short).append(
                f"{sid} has {endorsed} endorsed of {need} needed" + (f" and {open_} unanswered" if open_ else ""))
    if short:
        return Provisional("not_met", f"Provisional DSM-5 rule not met: {'; '.join(short)}.")
    if unsure:
        return Provisional("undetermined", "Provisional DSM-5 rule cannot be decided: "
                           f"{'; '.join(unsure)}. Ask the unanswered items again.")
    return Provisional("met", f"Provisional DSM-5 rule met ({', '.join(parts)}); "
                       "a clinical interview must confirm the diagnosis.")


def score(inst: Instrument, answers: Mapping[str, Answer]) -> ScoreResult:
    """Score ``answers`` (item id -> a scale value, or skip / not_today / prefer_not_to_say).

    A total is given only when the instrument's missing-item rule allows it; otherwise the
    reason says why. Safety rules are checked whatever happens to the total.
    """
    checked = _checked(inst, answers)
    scored = [inst.item(i) for i in inst.scored_items]
    missing = [it for it in scored if not isinstance(checked[it.id], int)]
    kinds = [str(checked[it.id]) for it in missing]
    raw = sum(_value(inst, it, int(checked[it.id])) for it in scored if it not in missing)
    n, k, rule = len(scored), len(missing), inst.missing
    total: int | None = None
    reason = note = None
    band: Band | None = None
    if k == 0:
        total = raw
    elif k <= rule.max_missing:
        exact = Fraction(raw * n, n - k)
        total = floor(exact + Fraction(1, 2))  # nearest whole number, halves up
        note = (f"{k} of {n} items {'was' if k == 1 else 'were'} not answered ({_kinds(kinds)}); the total is prorated: "
                f"{raw} x {n} / {n - k} = {float(exact):g}, rounded to {total}.")
    else:
        allowed = (f"with at most {rule.max_missing} missing" if rule.max_missing
                   else "only when every item is answered")
        reason = (f"{k} of {n} items {'was' if k == 1 else 'were'} not answered ({_kinds(kinds)}); "
                  f"{inst.short_title} is scored {allowed}, so no total is given.")
        if rule.band_when_determined:
            low = raw + sum(min(it.values) for it in missing)
            high = raw + sum(max(it.values) for it in missing)
            if inst.band_for(low) == inst.band_for(high):
                band = inst.band_for(low)
                reason += f" No answer to the unanswered items could change the result: {band.label}."
            else:
                reason += " The result depends on the unanswered items."
    if total is not None:
        band = inst.band_for(total)
    counts = tuple((kind, kinds.count(kind)) for kind in (*NON_ANSWERS, NOT_RECORDED) if kind in kinds)
    return ScoreResult(
        instrument_id=inst.id, version=inst.version, total=total, reason=reason, note=note,
        prorated=0 < k and total is not None, band=band,
        subscales=tuple(_subscale(inst, s, checked) for s in inst.subscales),
        provisional=_provisional(inst, checked), flags=_flags(inst, checked),
        answered=n - k, not_answered=k, non_answers=counts,
        unanswered_items=tuple(it.id for it in missing),
    )


def change(inst: Instrument, baseline_total: int, latest_total: int) -> Change:
    """The change from ``baseline_total`` to ``latest_total`` and whether it is clinically meaningful."""
    mc = inst.meaningful_change
    if mc is None:
        raise InvalidInput(fill(translate("Scoring",
                "%1 has no clinically meaningful change: it is a screen, not a measure of "
                "severity over time."),
                inst.short_title))
    for name, value in (("baseline_total", baseline_total), ("latest_total", latest_total)):
        if isinstance(value, bool) or not isinstance(value, int) or not (
                inst.min_total <= value <= inst.max_total):
            raise InvalidInput(fill(translate("Scoring",
                    "%1 %2: %3 is not a total (%4-%5)."),
                    inst.short_title, name, repr(value), inst.min_total, inst.max_total), field=name)
    diff = latest_total - baseline_total
    better = diff < 0 if mc.lower_is_better else diff > 0
    direction = "flat" if diff == 0 else ("improving" if better else "worsening")
    return Change(inst.id, baseline_total, latest_total, diff, direction, abs(diff) >= mc.points,
                  mc.points, mc.source)
