"""Tabulation: a period's facts into a template's count tables and raw statistics (issue 12 §5).

Pure: ``tabulate(template, facts, period_from, period_to)`` over models.records.ReportFacts.
Only cases whose survivor consented to aggregate reporting (an active consent on the period's
last day naming it) are counted, with their records; ``left_out_cases`` is how many cases would
have been counted without that rule -- never which. Each measure turns the facts into units
(a case, a referral step, a screening ...), each sorted into the fixed labels of the
dimensions its tables ask for (timeline.reports.measures); a table counts its units by rows ×
columns. Nothing here suppresses: timeline.reports.suppression publishes what this counts.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache, partial
from statistics import median
from typing import Protocol, TypeVar

from models.errors import InvalidInput
from models.i18n import translate
from models.records import CaseFacts, ReferralFacts, ReportFacts
from timeline.reports.measures import (
    CASE_DIMENSIONS,
    Dimension,
    Measure,
    dimension,
    measure,
    period_label,
    period_labels,
    statistic_specs,
)
from timeline.reports.model import Definition, Statistic, Table
from timeline.reports.templates import TableSpec, Template
from timeline.screening import change, instrument


class _OfCase(Protocol):
    @property
    def case_id(self) -> int: ...


_T = TypeVar("_T", bound=_OfCase)
Unit = dict[str, str | None]  # dimension id -> label (None: not counted under that dimension)
LADDER = ("made", "accepted", "in_progress", "completed")  # a referral's steps, in order
_RANK = {s: n for n, s in enumerate(LADDER)}
STEPS = ("made", "accepted", "completed")  # the steps a report counts


@dataclass(frozen=True)
class Tabulated:
    """What a template counts for one period, before disclosure control."""

    tables: tuple[Table, ...]
    statistics: tuple[Statistic, ...]  # raw: disclosure control decides what is published
    left_out_cases: int  # cases that would have been counted but have no reporting consent
    counted_cases: int  # cases counted (with consent)
    definitions: tuple[Definition, ...] = ()


@dataclass
class _Counts:
    """One measure's units and raw statistics for the period."""

    units: list[Unit] = field(default_factory=list)
    stats: dict[str, tuple[float | None, int]] = field(default_factory=dict)
    weights: list[int] | None = None  # how many alike units each stands for (None: one each)


def tabulate(template: Template, facts: ReportFacts, period_from: date,
             period_to: date) -> Tabulated:
    """Count ``facts`` into ``template``'s tables and statistics for the period (both days
    included)."""
    if period_to < period_from:
        raise InvalidInput(translate("Aggregate",
                "The report's end date is before its start date."), field="period_to")
    run = _Run(facts, period_from, period_to, template.months)
    counts = {m: run.measure(m, template.breakdowns.get(m, ())) for m in template.measures}
    periods = period_labels(period_from, period_to, template.months)
    tables = tuple(_table(spec, counts[spec.measure], periods) for spec in template.tables)
    specs = statistic_specs()
    stats = []
    for sid in template.statistics:
        spec = specs[sid]
        value, n = counts[spec.measure].stats.get(sid, (None, 0))
        stats.append(Statistic(sid, spec.title, value, n, spec.unit))
    return Tabulated(tables, tuple(stats), run.left_out, len(run.counted),
                     _definitions(template))


def _definitions(template: Template) -> tuple[Definition, ...]:
    questions: dict[str, list[str]] = {}
    for t in template.tables:
        if t.question:
            questions.setdefault(t.measure, []).append(t.question)
    return tuple(measure(m).as_definition("; ".join(dict.fromkeys(questions.get(m, ()))))
                 for m in template.measures)


def _table(spec: TableSpec, counts: _Counts, periods: tuple[str, ...]) -> Table:
    """``spec``'s counts; a dimension ``by_period`` has the report's periods as its labels."""
    m = measure(spec.measure)
    rows = dimension(spec.rows)
    cols = dimension(spec.columns) if spec.columns else None
    row_labels = periods if rows.by_period else rows.labels
    col_labels = (periods if cols.by_period else cols.labels) if cols else \
        (m.unit[:1].upper() + m.unit[1:],)
    row_id, col_id, only = spec.rows, spec.columns, col_labels[0]
    tally: Counter[tuple[str | None, str | None]] = Counter()
    if counts.weights is None:
        tally.update((u.get(row_id), u.get(col_id) if col_id else only) for u in counts.units)
    else:
        for u, n in zip(counts.units, counts.weights, strict=True):
            tally[(u.get(row_id), u.get(col_id) if col_id else only)] += n
    cells = tuple(tuple(tally[(r, c)] for c in col_labels) for r in row_labels)
    return Table(spec.id, spec.title, rows.title, cols.title if cols else m.title, row_labels,
                 col_labels, cells, m.population, m.id, trend=rows.by_period)


def _in(day: date | None, low: date, high: date) -> bool:
    return day is not None and low <= day <= high


class _Run:
    """One tabulation: the consent filter, and one method per measure."""

    def __init__(self, facts: ReportFacts, low: date, high: date, months: int) -> None:
        self.facts, self.low, self.high = facts, low, high
        # the label of the template's period holding a day (the "period" dimension), worked
        # out once per day of this run (units are many, days few)
        self._period: Callable[[date], str] = lru_cache(maxsize=None)(
            partial(period_label, months=months))
        scope = [c for c in facts.cases if c.in_scope(low, high)]
        self.counted: dict[int, CaseFacts] = {c.case_id: c for c in scope if c.consented}
        self.left_out = sum(1 for c in scope if not c.consented)
        self._case_labels: dict[tuple[int, str], str | None] = {}

    def measure(self, measure_id: str, dims: Sequence[str]) -> _Counts:
        method: Callable[[Measure, Sequence[str]], _Counts] = getattr(self, f"_m_{measure_id}")
        # only the case breakdowns a table asks for are looked up (a unit per event adds up)
        case_dims = tuple(d for d in dims if d in CASE_DIMENSIONS)
        return method(measure(measure_id), case_dims)

    # --- labels --------------------------------------------------------------------------
    def _case_unit(self, case_id: int, dims: Sequence[str], **own: str | None) -> Unit:
        """A unit of a case's record: its own labels, and its case's for the case dims."""
        for d in dims:
            own[d] = self._case_label(case_id, d)
        return own

    def _case_label(self, case_id: int, dim_id: str) -> str | None:
        key = (case_id, dim_id)
        if key not in self._case_labels:
            c = self.counted[case_id]
            dim = dimension(dim_id)
            if dim.bands:
                label = dim.band_of(c.date_of_birth, self.high)
            else:
                label = dim.label_of({"language": c.language,
                                      "jurisdiction": c.jurisdiction}.get(dim_id))
            self._case_labels[key] = label
        return self._case_labels[key]

    def _of_counted(self, items: Iterable[_T]) -> list[_T]:
        return [x for x in items if x.case_id in self.counted]

    # --- the measures (one method each, named _m_<measure id>) ---------------------------------
    def _m_new_intakes(self, m: Measure, dims: Sequence[str]) -> _Counts:
        return _Counts([self._case_unit(c.case_id, dims, period=self._period(c.created))
                        for c in self.counted.values() if _in(c.created, self.low, self.high)])

    def _m_active_cases(self, m: Measure, dims: Sequence[str]) -> _Counts:
        return _Counts([self._case_unit(cid, dims) for cid in self.counted])

    def _m_safety_plans(self, m: Measure, dims: Sequence[str]) -> _Counts:
        plan = dimension("safety_plan")
        units = []
        for c in self.counted.values():
            state = "none" if not c.safety_plan else "undated" if c.safety_review_on is None \
                else "current" if c.safety_review_on >= self.high else "overdue"
            units.append(self._case_unit(c.case_id, dims, safety_plan=plan.label_of(state)))
        return _Counts(units)

    def _m_housing(self, m: Measure, dims: Sequence[str]) -> _Counts:
        housing = dimension("housing")
        return _Counts([self._case_unit(c.case_id, dims, housing=housing.label_of(c.housing))
                        for c in self.counted.values()])

    def _m_referrals(self, m: Measure, dims: Sequence[str]) -> _Counts:
        service, step_dim = dimension("service_type"), dimension("referral_step")
        appointments = _appointments(self.facts.service_appointments)
        units, waits = [], []
        low, high, period, unit = self.low, self.high, self._period, self._case_unit
        # labels looked up once, not per referral and step (a caseload has 40,000 referrals)
        steps = [(step, step_dim.label_of(step)) for step in STEPS]
        for ref in self._of_counted(self.facts.referrals):
            reached = reached_days(ref)
            kind = service.label_of(ref.service_type)
            for step, step_label in steps:
                day = reached.get(step)
                if day is not None and low <= day <= high:
                    units.append(unit(ref.case_id, dims, service_type=kind,
                                      referral_step=step_label, period=period(day)))
            made = reached.get("made")
            if made is not None and low <= made <= high:
                wait = _first_after(appointments.get(ref.case_id, ()), made)
                if wait is not None:
                    waits.append(wait)
        stats = {"days_to_first_appointment": (float(median(waits)) if waits else None,
                                               len(waits))}
        return _Counts(units, stats)

    def _m_screenings(self, m: Measure, dims: Sequence[str]) -> _Counts:
        inst = dimension("instrument")
        return _Counts([self._case_unit(s.case_id, dims, instrument=inst.label_of(s.instrument_id),
                                        period=self._period(s.completed))
                        for s in self._of_counted(self.facts.screenings)
                        if _in(s.completed, self.low, self.high)])

    def _m_screening_change(self, m: Measure, dims: Sequence[str]) -> _Counts:
        inst_dim, change_dim = dimension("instrument"), dimension("change")
        series: dict[tuple[int, str], list[tuple[date, int]]] = {}
        for s in self._of_counted(self.facts.screenings):
            if s.total is not None and s.completed <= self.high:
                series.setdefault((s.case_id, s.instrument_id), []).append((s.completed, s.total))
        units: list[Unit] = []
        tally: Counter[tuple[str, str]] = Counter()
        for (case_id, iid), points in sorted(series.items()):
            points.sort(key=lambda p: p[0])
            outcome = _outcome(iid, points, self.low)
            if outcome is None:
                continue
            tally[(iid, outcome)] += 1
            tally[(iid, "")] += 1
            units.append(self._case_unit(case_id, dims, instrument=inst_dim.label_of(iid),
                                         change=change_dim.label_of(outcome)))
        stats: dict[str, tuple[float | None, int]] = {}
        for sid, spec in statistic_specs().items():
            if spec.measure == m.id and spec.instrument:
                n = tally[(spec.instrument, "")]
                good = tally[(spec.instrument, "improved")]
                stats[sid] = (100.0 * good / n if n else None, n)
        return _Counts(units, stats)

    def _m_goals(self, m: Measure, dims: Sequence[str]) -> _Counts:
        domain, status = dimension("goal_domain"), dimension("goal_status")
        units = []
        for g in self._of_counted(self.facts.goals):
            if g.status == "achieved" and _in(g.since, self.low, self.high):
                state = "met"
            elif g.status == "open" and (g.created is None or g.created <= self.high):
                state = "open"
            else:
                continue
            units.append(self._case_unit(g.case_id, dims, goal_domain=domain.label_of(g.domain),
                                         goal_status=status.label_of(state)))
        return _Counts(units)

    def _m_legal_milestones(self, m: Measure, dims: Sequence[str]) -> _Counts:
        milestone = dimension("legal_milestone")
        units = []
        for t in self._of_counted(self.facts.legal):
            label = milestone.label_of(t.trigger_type)
            if label is not None and _in(t.occurred, self.low, self.high):
                units.append(self._case_unit(t.case_id, dims, legal_milestone=label,
                                             period=self._period(t.occurred)))
        return _Counts(units)

    def _m_interpreter(self, m: Measure, dims: Sequence[str]) -> _Counts:
        language, booking = dimension("interpreter_language"), dimension("booking")
        low, high, counted = self.low, self.high, self.counted
        # events are many and alike: counted by (case when a table needs it, language, booked)
        alike: Counter[tuple[int, str | None, bool, str]] = Counter()
        period = self._period
        for case_id, day, lang, booked, n in self.facts.interpreter:  # a tuple each
            # case_id None: a total over the counted cases (Store.report_facts needs_by_case)
            if (case_id is None or case_id in counted) and low <= day <= high:
                if not dims:
                    case_id = 0
                elif case_id is None:
                    raise ValueError("interpreter needs read as totals cannot be broken down "
                                     f"by {', '.join(dims)}: read them by case")
                alike[(case_id, lang, booked, period(day))] += n
        units = [self._case_unit(case_id, dims, interpreter_language=language.label_of(lang),
                                 booking=booking.label_of("booked" if booked else "not_booked"),
                                 period=label)
                 for case_id, lang, booked, label in alike]
        n = sum(alike.values())
        done = sum(k for (_c, _l, booked, _p), k in alike.items() if booked)
        return _Counts(units, {"interpreter_booked_share": (100.0 * done / n if n else None, n)},
                       list(alike.values()))

    def _m_feedback(self, m: Measure, dims: Sequence[str]) -> _Counts:
        first, last = f"{self.low:%Y-%m}", f"{self.high:%Y-%m}"
        forms = [fb for fb in self.facts.feedback if first <= fb.period <= last]
        sat, listened = dimension("satisfaction"), dimension("felt_listened")
        safe, lang = dimension("felt_safe"), dimension("feedback_language")
        units: list[Unit] = [{
            "satisfaction": sat.label_of(None if fb.satisfaction is None else str(fb.satisfaction)),
            "felt_listened": listened.label_of(
                None if fb.felt_listened is None else str(fb.felt_listened)),
            "felt_safe": safe.label_of(fb.felt_safe),
            "feedback_language": lang.label_of(fb.language),
            "period": self._period(_month(fb.period))} for fb in forms]
        scores = [fb.satisfaction for fb in forms if fb.satisfaction is not None]
        heard = [fb.felt_listened for fb in forms if fb.felt_listened is not None]
        answered = [fb.felt_safe for fb in forms if fb.felt_safe is not None]
        return _Counts(units, {
            "mean_satisfaction": (sum(scores) / len(scores) if scores else None, len(scores)),
            "mean_felt_listened": (sum(heard) / len(heard) if heard else None, len(heard)),
            "felt_safe_share": (100.0 * answered.count("yes") / len(answered) if answered
                                else None, len(answered))})


def reached_days(ref: ReferralFacts) -> dict[str, date]:
    """The day a referral first reached each step of ``LADDER`` (a later step implies the
    earlier ones on its day when they were skipped).

    Each history entry is dated the day it was recorded, except that the first takes the
    referral's opening day and the latest (when it set the current status) the day given
    with that status (``updated``), when known: those are the days a person entered.
    """
    entries = list(ref.history) or ([(ref.status, d)] if (d := ref.updated or ref.opened)
                                    else [])
    if not entries:
        return {}
    dated = list(entries)
    if ref.opened is not None:
        dated[0] = (dated[0][0], ref.opened)
    if len(dated) > 1 and ref.updated is not None and dated[-1][0] == ref.status:
        dated[-1] = (dated[-1][0], ref.updated)
    first: list[date | None] = [None] * len(LADDER)  # the earliest day at each rank
    rank = _RANK
    for status, day in dated:
        n = rank.get(status)
        if n is not None and (first[n] is None or day < first[n]):  # type: ignore[operator]
            first[n] = day
    reached: list[tuple[str, date]] = []  # from the last step down
    best: date | None = None
    for n in range(len(LADDER) - 1, -1, -1):  # a step is reached by it or any later one
        day_n = first[n]
        if day_n is not None and (best is None or day_n < best):
            best = day_n
        if best is not None:
            reached.append((LADDER[n], best))
    return dict(reversed(reached))  # in LADDER's order


def _month(period: str) -> date:
    """The first day of a feedback period ("YYYY-MM")."""
    year, month = period.split("-")
    return date(int(year), int(month), 1)


def _appointments(pairs: Iterable[tuple[int, date]]) -> dict[int, list[date]]:
    out: dict[int, list[date]] = {}
    for case_id, day in pairs:
        out.setdefault(case_id, []).append(day)
    for days in out.values():
        days.sort()
    return out


def _first_after(days: Sequence[date], made: date) -> int | None:
    """Days from ``made`` to the first of ``days`` on or after it (None: there is none)."""
    i = bisect_left(days, made)
    return (days[i] - made).days if i < len(days) else None


def _outcome(instrument_id: str, points: Sequence[tuple[date, int]], low: date) -> str | None:
    """improved | unchanged | worsened: the latest total within the period against the first
    total; None when there is no follow-up within the period or the instrument has no
    clinically meaningful change (a screen)."""
    if len(points) < 2 or points[-1][0] < low:
        return None
    try:
        inst = instrument(instrument_id)
        if inst.meaningful_change is None:
            return None
        found = change(inst, points[0][1], points[-1][1])
    except InvalidInput:
        return None
    if not found.meaningful:
        return "unchanged"
    return "improved" if found.direction == "improving" else "worsened"


__all__ = ["LADDER", "STEPS", "Dimension", "Tabulated", "reached_days", "tabulate"]
