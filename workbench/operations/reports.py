"""Program reports (issue 12): list the templates, build a report, write it as PDF or CSV.

A report counts only cases whose consent allows aggregate reporting (the store's facts and
timeline.reports.aggregate decide that), passes every table through disclosure control
(timeline.reports.suppression: primary and complementary suppression, audited) and records an
aggregate disclosure -- who, when, template, period, threshold, cases left out, cells
suppressed and the output -- for every report made, whether shown, printed or written. Only a
supervisor makes program reports: a report counts the whole caseload.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.collector_pause import collector_paused
from models.errors import InvalidInput, PermissionDenied
from models.i18n import fill, translate, untranslated
from models.records import Role
from timeline.reports.model import SUPPRESSED, Cell, PublishedTable, Report, ReportRefused
from workbench.operations.changes import Changes, Done, Kind
from workbench.operations.context import Context
from workbench.operations.policy import role_label

if TYPE_CHECKING:
    from timeline.reports.templates import Template

OUTPUTS = ("screen", "json", "pdf", "csv")  # how a report left the builder (the disclosure's)
FILE_KINDS = (".pdf", ".csv")


class ReportNotPublished(InvalidInput):
    """The suppression audit refused the report (a suppressed value could be narrowed below the
    threshold); nothing was published or recorded."""


def list_templates() -> list[Template]:
    """Every shipped report template (no store: templates are data)."""
    from timeline.reports.templates import templates

    return list(templates())


def template_of(template_id: str) -> Template:
    """The template ``template_id``, or InvalidInput naming the ones there are."""
    from timeline.reports.templates import template

    return template(template_id)


def reports_denial(ctx: Context) -> str | None:
    """Why the acting user may not make program reports (only a supervisor may), or None; the
    words require_reports refuses with, for a face that gates a button without raising."""
    if ctx.role is Role.SUPERVISOR:
        return None
    return fill(translate("Policy", "Your role (%1) may not make program reports: they count "
                                    "the whole caseload; ask a supervisor."), role_label(ctx.role))


def require_reports(ctx: Context) -> None:
    """PermissionDenied unless the acting user may make program reports (reports_denial)."""
    denial = reports_denial(ctx)
    if denial is not None:
        raise PermissionDenied(denial)


def needs_by_case(tpl: Template) -> bool:
    """Whether a template's interpreter tables are broken down by a case's dimension (else
    the store sums the needs itself: some 160,000 per-case rows fewer on 20,000 cases)."""
    from timeline.reports.measures import CASE_DIMENSIONS

    return any(d in CASE_DIMENSIONS for d in tpl.breakdowns.get("interpreter", ()))


def prepare_report(ctx: Context, *, template_id: str, period_from: date,
                   period_to: date) -> Report:
    """Count, tabulate and publish a report without recording it (``build_report`` and
    ``write_report`` record it as they hand it out)."""
    from timeline.reports.aggregate import tabulate
    from timeline.reports.suppression import publish, publish_statistic
    from timeline.reports.templates import check_period

    require_reports(ctx)
    tpl = template_of(template_id)
    check_period(tpl, period_from, period_to)
    with collector_paused():
        facts = ctx.store.report_facts(period_from, period_to,
                                       needs_by_case=needs_by_case(tpl))
        counted = tabulate(tpl, facts, period_from, period_to)
    try:
        tables = publish(counted.tables, threshold=tpl.threshold, zeros=tpl.zeros)
    except ReportRefused as exc:
        where = "; ".join(f"{i.table_id} {i.where}" for i in exc.intervals[:5])
        raise ReportNotPublished(
            fill(translate("Reports",
                "The %1 report for %2 to %3 is not published: %4%5. Try a longer period."),
                tpl.id, period_from, period_to, exc, f' ({where})' if where else '')) from None
    statistics = tuple(publish_statistic(s, threshold=tpl.threshold)
                       for s in counted.statistics)
    return Report(template_id=tpl.id, title=tpl.title, period_from=period_from,
                  period_to=period_to, threshold=tpl.threshold, zeros=tpl.zeros,
                  left_out_cases=counted.left_out_cases, tables=tables,
                  statistics=statistics, definitions=tuple(counted.definitions),
                  unanswerable=tuple(f"{u.question} ({u.why})" for u in tpl.unanswerable),
                  source=tpl.source,
                  notes=tuple(n for n in (tpl.description, *tpl.notes) if n))


def suppressed_cells(report: Report) -> int:
    """How many values of the report's tables are suppressed (cells, margins and totals)."""
    return sum(t.suppressed for t in report.tables)


def _record(ctx: Context, report: Report, output: str, sha256: str | None = None) -> None:
    ctx.store.record_report(report.template_id, report.period_from, report.period_to,
                            threshold=report.threshold, left_out_cases=report.left_out_cases,
                            suppressed_cells=suppressed_cells(report), output=output,
                            output_sha256=sha256)


def build_report(ctx: Context, *, template_id: str, period_from: date, period_to: date,
                 output: str = "screen") -> Report:
    """The published report of ``template_id`` for the period (a supervisor only), recorded as
    an aggregate disclosure with ``output`` ("screen" for the dashboard, "json" for scripts)."""
    if output not in ("screen", "json"):
        raise InvalidInput(fill(translate("Reports",
                "output must be screen or json (got %1); files are written by write_report."),
                repr(output)), field="output")
    report = prepare_report(ctx, template_id=template_id, period_from=period_from,
                            period_to=period_to)
    _record(ctx, report, output)
    return report


def _target(out: Path, force: bool) -> str:
    kind = out.suffix.lower()
    if kind not in FILE_KINDS:
        raise InvalidInput(fill(translate("Reports",
                "A report file must end in .pdf or .csv (got %1)."),
                repr(out.name)),
                           field="out")
    if not out.parent.is_dir():
        raise InvalidInput(fill(translate("Reports",
                "The folder %1 does not exist; create it first."),
                out.parent),
                           field="out")
    if out.exists() and not force:
        raise InvalidInput(fill(translate("Reports",
                "%1 already exists; choose another name, or --force to replace it."),
                out.name), field="out")
    return kind[1:]


def render(report: Report, kind: str, *, program: str = "", made_on: date | None = None) -> bytes:
    """The report as PDF or CSV bytes (in memory: nothing touches the disk), in English
    whatever the UI's language (a document for filing)."""
    with untranslated():
        if kind == "pdf":
            from exports.report_pdf import build_report_pdf

            return build_report_pdf(report, program=program, made_on=made_on)
        from exports.report_csv import report_csv

        return report_csv(report).encode("utf-8")


def organisation(ctx: Context) -> str:
    """The acting supervisor's organisation (their staff profile), or "" when none is given."""
    profile = ctx.store.get_staff_profile(ctx.user.name)
    return profile.organisation.strip() if profile else ""


def write_report(ctx: Context, *, template_id: str, period_from: date, period_to: date,
                 out: Path, force: bool = False, program: str | None = None) -> Done[Path]:
    """Build the report, write it to ``out`` (.pdf or .csv) atomically and record its
    disclosure with the file's sha256: both happen, or neither. ``program`` is the program's
    name for the PDF's cover (never case data; None: the supervisor's organisation)."""
    from exports.atomic import write_atomically

    require_reports(ctx)
    out = Path(out)
    kind = _target(out, force)
    if program is None:
        program = organisation(ctx)
    report = prepare_report(ctx, template_id=template_id, period_from=period_from,
                            period_to=period_to)
    data = render(report, kind, program=program, made_on=ctx.today())
    existed = out.exists()
    try:
        with ctx.store.transaction():
            _record(ctx, report, kind, hashlib.sha256(data).hexdigest())
            write_atomically(out, data)  # inside: a failed write rolls the record back
    except BaseException:
        if not existed:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(out)
        raise
    return Done(out, Changes.of(Kind.DISCLOSURES))


def _value(cell: Cell) -> int | str:
    return SUPPRESSED if cell is None else cell


def table_json(table: PublishedTable) -> dict[str, Any]:
    """One published table in the issue's JSON shape."""
    t = table.table
    return {"id": t.id, "title": t.title, "rows": list(t.rows), "columns": list(t.columns),
            "cells": [[_value(c) for c in row] for row in table.cells],
            "row_totals": [_value(c) for c in table.row_totals],
            "column_totals": [_value(c) for c in table.column_totals],
            "total": _value(table.total),
            "row_label": t.row_label, "column_label": t.column_label}


def report_json(report: Report) -> dict[str, Any]:
    """The report as the issue's JSON: template, from, to, threshold, left_out_cases, tables;
    then statistics, definitions and what the template cannot answer."""
    return {
        "template": report.template_id, "from": report.period_from.isoformat(),
        "to": report.period_to.isoformat(), "threshold": report.threshold,
        "left_out_cases": report.left_out_cases,
        "tables": [table_json(t) for t in report.tables],
        "title": report.title, "zeros": report.zeros, "source": report.source,
        "statistics": [{"id": s.id, "title": s.title,
                        "value": SUPPRESSED if s.n is None else s.value,
                        "n": SUPPRESSED if s.n is None else s.n, "unit": s.unit}
                       for s in report.statistics],
        "definitions": [{"measure": d.measure_id, "title": d.title, "definition": d.definition,
                         "counts": d.counts, "period": d.period, "category": d.category,
                         "source": d.source} for d in report.definitions],
        "unanswerable": list(report.unanswerable),
    }
