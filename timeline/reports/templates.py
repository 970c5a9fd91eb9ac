"""Report templates, as data (timeline/data/reports/templates/*.json; issue 12 §4).

A template names its tables (a measure, a row breakdown and optionally a column breakdown),
its statistics, its period ("month", "quarter" or "year": a report's dates must cover whole
periods, so that no date finer than the period is ever disclosed), its suppression threshold
and whether zeros are shown, its source (for a funder template, the federal question set it
follows) and the questions of that source the data cannot answer, with why.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any, Literal, cast

from models.errors import InvalidInput
from models.i18n import fill, translate
from timeline.reports.measures import allowed_dimensions, dimension, measure, statistic_specs
from timeline.reports.model import DEFAULT_THRESHOLD, Zeros

_DIR = Path(__file__).resolve().parent.parent / "data" / "reports" / "templates"
Period = Literal["month", "quarter", "year"]
_PERIODS: dict[str, int] = {"month": 1, "quarter": 3, "year": 12}


@dataclass(frozen=True)
class TableSpec:
    """One table of a template: a measure counted by ``rows`` × ``columns`` (dimension ids;
    no columns: one column of the measure's unit)."""

    id: str
    title: str
    measure: str
    rows: str
    columns: str | None = None
    question: str = ""  # the source's question this table answers (a funder template)


@dataclass(frozen=True)
class Unanswerable:
    """A question of the template's source the records cannot answer, and why."""

    question: str
    why: str

    def __str__(self) -> str:
        return f"{self.question}: {self.why}"


@dataclass(frozen=True)
class Template:
    """A report template."""

    id: str
    title: str
    description: str
    source: str
    period: Period
    threshold: int
    zeros: Zeros
    tables: tuple[TableSpec, ...]
    statistics: tuple[str, ...] = ()
    unanswerable: tuple[Unanswerable, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def months(self) -> int:
        """How many months one of its periods is (1, 3 or 12)."""
        return _PERIODS[self.period]

    @property
    def measures(self) -> tuple[str, ...]:
        """The measures its tables and statistics count, in order of first use."""
        specs = statistic_specs()
        found = [t.measure for t in self.tables] + [specs[s].measure for s in self.statistics]
        return tuple(dict.fromkeys(found))

    @property
    def breakdowns(self) -> dict[str, tuple[str, ...]]:
        """Per measure, the breakdowns its tables ask for."""
        out: dict[str, list[str]] = {}
        for t in self.tables:
            out.setdefault(t.measure, []).extend(d for d in (t.rows, t.columns) if d)
        return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def _bad(path: Path, message: str) -> InvalidInput:
    return InvalidInput(f"Report template {path.name}: {message}")


def _table(raw: dict[str, Any], path: Path) -> TableSpec:
    spec = TableSpec(raw["id"], raw["title"], raw["measure"], raw["rows"], raw.get("columns"),
                     raw.get("question", ""))
    measure(spec.measure)
    allowed = allowed_dimensions(spec.measure)
    for d in (spec.rows, spec.columns):
        if d is not None and d not in allowed:
            raise _bad(path, f"table {spec.id}: {spec.measure} cannot be broken down by {d} "
                             f"(allowed: {', '.join(allowed)})")
        if d is not None:
            dimension(d)
    return spec


def _parse(raw: dict[str, Any], path: Path) -> Template:
    try:
        period = raw["period"]
        if period not in _PERIODS:
            raise _bad(path, f"period must be one of {', '.join(_PERIODS)}")
        zeros = raw.get("zeros", "show")
        if zeros not in ("show", "suppress"):
            raise _bad(path, "zeros must be show or suppress")
        threshold = raw.get("threshold", DEFAULT_THRESHOLD)
        if not isinstance(threshold, int) or isinstance(threshold, bool) or threshold < 2:
            raise _bad(path, "threshold must be a whole number of 2 or more")
        tables = tuple(_table(t, path) for t in raw["tables"])
        ids = [t.id for t in tables]
        if len(set(ids)) != len(ids):
            raise _bad(path, "two tables have the same id")
        stats = tuple(raw.get("statistics", ()))
        unknown = [s for s in stats if s not in statistic_specs()]
        if unknown:
            raise _bad(path, f"unknown statistics {unknown}")
        return Template(
            raw["id"], raw["title"], raw["description"], raw["source"],
            cast(Period, period), threshold, cast(Zeros, zeros), tables, stats,
            tuple(Unanswerable(u["question"], u["why"]) for u in raw.get("unanswerable", ())),
            tuple(raw.get("notes", ())))
    except KeyError as exc:
        raise _bad(path, f"is missing {exc.args[0]!r}") from None


@cache
def _all() -> tuple[Template, ...]:
    out = []
    for path in sorted(_DIR.glob("*.json")):
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise _bad(path, f"is not valid JSON: {exc}") from None
        out.append(_parse(raw, path))
    # the program overview first, then the others by id
    return tuple(sorted(out, key=lambda t: (t.id != "program", t.id)))


def templates() -> list[Template]:
    """Every shipped template, the program overview (``program``) first."""
    return list(_all())


def template(template_id: str) -> Template:
    """The template ``template_id``."""
    for t in _all():
        if t.id == template_id:
            return t
    known = ", ".join(t.id for t in _all())
    raise InvalidInput(fill(translate("Templates",
            "No report template %1; the templates are: %2 (workbench report --templates)."),
            repr(template_id), known), field="template")


def check_period(t: Template, period_from: date, period_to: date) -> None:
    """Refuse dates that do not cover whole periods of the template (InvalidInput naming the
    problem): a report's dates are never finer than its period."""
    months = _PERIODS[t.period]
    if period_to < period_from:
        raise InvalidInput(translate("Templates",
                "The report's end date is before its start date."), field="period_to")
    if period_from.day != 1 or (period_from.month - 1) % months:
        raise InvalidInput(fill(translate("Templates",
                "%1 is reported by %2: the start date must be the first day of a %2 (%3)."),
                t.title, t.period, _example(t.period)),
                           field="period_from")
    after = period_to + timedelta(days=1)
    if after.day != 1 or (after.month - 1) % months:
        raise InvalidInput(fill(translate("Templates",
                "%1 is reported by %2: the end date must be the last day of a %2 (%3)."),
                t.title, t.period, _example(t.period)),
                           field="period_to")


def _example(period: str) -> str:
    return {"month": "e.g. 2026-03-01 to 2026-03-31",
            "quarter": "e.g. 2026-01-01 to 2026-03-31 for the first quarter",
            "year": "e.g. 2026-01-01 to 2026-12-31"}[period]
