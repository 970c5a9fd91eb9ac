"""Measures and their dimensions, as data (timeline/data/reports/measures.json; issue 12 §1).

A **measure** says what is counted (cases, referral steps, screenings ...), how the period is
read, which data category its records are of, and its population: the tables of one report
that share a population share their grand total (disclosure control treats them as one). A
**dimension** is a closed list of fixed labels a unit is sorted into (a language, an age band,
a service type); a value outside the list is "Other", a missing one "Not recorded" -- so no
value read from a record is ever printed, and a table's rows never depend on the data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
from models.i18n import fill, translate
from timeline.reports.model import Definition

_DATA = Path(__file__).resolve().parent.parent / "data" / "reports" / "measures.json"


@dataclass(frozen=True)
class Band:
    """An age band: whole years from ``low`` to ``high`` (None: no upper bound)."""

    label: str
    low: int
    high: int | None


@dataclass(frozen=True)
class Dimension:
    """A closed list of labels one kind of unit is sorted into."""

    id: str
    title: str
    of: str  # the kind of unit it applies to: case, referral, screening, goal, trigger, event...
    labels: tuple[str, ...]  # in print order, "Other" and "Not recorded" last when allowed
    match: tuple[tuple[str, str], ...] = ()  # (lower-case value, label)
    bands: tuple[Band, ...] = ()
    other: str | None = None
    missing: str | None = None
    note: str = ""
    by_period: bool = False  # labels are the template's periods within the report's dates
    # value -> label, built once (a report looks up a label per unit: 100,000s of them)
    lookup: dict[str, str] = field(default_factory=dict, compare=False, hash=False,
                                   repr=False)

    seen: dict[str, str | None] = field(default_factory=dict, compare=False, hash=False,
                                        repr=False)  # label_of's answers, by value

    def __post_init__(self) -> None:
        self.lookup.update(self.match)

    def label_of(self, value: str | None) -> str | None:
        """The label ``value`` is counted under (None: this unit is not counted here)."""
        if value is None or value == "":
            return self.missing
        try:
            return self.seen[value]
        except KeyError:
            label = self.seen[value] = self._label_of(value)
            return label

    def _label_of(self, value: str) -> str | None:
        key = value.strip().lower()
        found = self.lookup.get(key)
        if found is None and "-" in key:  # a regional code (pt-BR) counts as its language
            found = self.lookup.get(key.split("-", 1)[0])
        return found if found is not None else self.other

    def band_of(self, birth: date | None, on: date) -> str | None:
        """The age band of someone born on ``birth`` on the day ``on``."""
        if birth is None:
            return self.missing
        years = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
        for band in self.bands:
            if band.low <= years and (band.high is None or years <= band.high):
                return band.label
        return self.missing


@dataclass(frozen=True)
class Measure:
    """What one measure counts, over which period semantics, of which data category."""

    id: str
    title: str
    definition: str
    counts: str
    period: str
    category: str
    population: str
    of: str
    unit: str
    dimensions: tuple[str, ...] = ()  # its own dimensions (a case's are always allowed)

    def as_definition(self, source: str = "") -> Definition:
        """The appendix entry of this measure."""
        return Definition(self.id, self.title, self.definition, self.counts, self.period,
                          self.category, source)


@dataclass(frozen=True)
class StatisticSpec:
    """A non-additive figure of a measure (a median, a share, a mean)."""

    id: str
    measure: str
    title: str
    unit: str
    definition: str
    instrument: str | None = None


# dimensions that describe a case: any case-linked measure may be broken down by them
CASE_DIMENSIONS = ("language", "age_band", "minor_adult", "jurisdiction")
PERIOD = "period"  # the dimension of the template's periods (a trend: one row per quarter...)


def period_label(day: date, months: int) -> str:
    """The label of the period of ``months`` months (1, 3 or 12; calendar-aligned) holding
    ``day``: "2026-03", "2026-Q1", "2026" -- never a finer date than the template's period
    (exports.report_charts draws a table whose rows read so as a trend)."""
    if months == 12:
        return str(day.year)
    if months == 3:
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    return f"{day.year}-{day.month:02d}"


def period_labels(low: date, high: date, months: int) -> tuple[str, ...]:
    """The labels of every period from ``low`` to ``high``, in order."""
    labels: list[str] = []
    index, last = low.year * 12 + low.month - 1, high.year * 12 + high.month - 1
    while index <= last:
        label = period_label(date(index // 12, index % 12 + 1, 1), months)
        if not labels or labels[-1] != label:
            labels.append(label)
        index += 1
    return tuple(labels)


def _dimension(key: str, raw: dict[str, Any], everything: dict[str, Any]) -> Dimension:
    source = everything[raw["same_values_as"]] if "same_values_as" in raw else raw
    values = source.get("values", [])
    bands = tuple(Band(b["label"], int(b["from"]), b["to"]) for b in source.get("bands", []))
    labels = [v["label"] for v in values] + [b.label for b in bands]
    other, missing = raw.get("other"), raw.get("missing")
    labels += [x for x in (other, missing) if x is not None]
    match = tuple((m.lower(), v["label"]) for v in values for m in v["match"])
    return Dimension(key, raw["title"], raw["of"], tuple(labels), match, bands, other, missing,
                     raw.get("note", ""), bool(raw.get("by_period", False)))


@cache
def _catalog() -> tuple[dict[str, Dimension], dict[str, Measure], dict[str, StatisticSpec]]:
    try:
        raw = json.loads(_DATA.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InvalidInput(fill(translate("Measures",
                "The measure catalog %1 cannot be read: %2"),
                _DATA.name, exc)) from None
    dims = {k: _dimension(k, v, raw["dimensions"]) for k, v in raw["dimensions"].items()}
    measures = {}
    for m in raw["measures"]:
        measure = Measure(m["id"], m["title"], m["definition"], m["counts"], m["period"],
                          m["category"], m["population"], m["of"], m["unit"],
                          tuple(m.get("dimensions", ())))
        unknown = [d for d in measure.dimensions if d not in dims]
        if unknown:
            raise InvalidInput(fill(translate("Measures",
                    "Measure %1: unknown dimensions %2."),
                    measure.id, unknown))
        measures[measure.id] = measure
    stats = {s["id"]: StatisticSpec(s["id"], s["measure"], s["title"], s["unit"],
                                    s["definition"], s.get("instrument"))
             for s in raw["statistics"]}
    return dims, measures, stats


def dimensions() -> dict[str, Dimension]:
    """Every dimension, by id."""
    return dict(_catalog()[0])


def dimension(dimension_id: str) -> Dimension:
    """One dimension."""
    found = _catalog()[0].get(dimension_id)
    if found is None:
        raise InvalidInput(fill(translate("Measures",
                "Unknown report breakdown %1."),
                repr(dimension_id)), field="dimension")
    return found


def measures() -> list[Measure]:
    """Every measure, in catalog order."""
    return list(_catalog()[1].values())


def measure(measure_id: str) -> Measure:
    """One measure."""
    found = _catalog()[1].get(measure_id)
    if found is None:
        known = ", ".join(_catalog()[1])
        raise InvalidInput(fill(translate("Measures",
                "Unknown measure %1; known: %2."),
                repr(measure_id), known), field="measure")
    return found


def statistic_specs() -> dict[str, StatisticSpec]:
    """Every statistic, by id."""
    return dict(_catalog()[2])


def allowed_dimensions(measure_id: str) -> tuple[str, ...]:
    """The dimensions a table of this measure may use: its own, and a case's when it counts
    cases or records of a case (feedback has no case)."""
    m = measure(measure_id)
    return m.dimensions + (CASE_DIMENSIONS if m.of != "feedback" else ())
