"""`workbench report`: list the program report templates, or make a report of a vault.

``workbench report --templates [--json]`` lists them; ``workbench report VAULT --template ID
--from DATE --to DATE [--out FILE.pdf|.csv] [--force] [--json]`` prints the report's tables (a
suppressed value as "—") or writes it to a file. Every report made is recorded as an aggregate
disclosure by the operation (workbench.operations.reports), which also decides who may.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
from workbench.commands.common import opened, parse_date
from workbench.output import print_json, print_table

DASH = "—"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], *, vault_opts: argparse.ArgumentParser,
             json_opt: argparse.ArgumentParser) -> None:
    """Add the report sub-command."""
    p = sub.add_parser(
        "report", parents=[vault_opts],
        help="program reports: counts of the caseload under disclosure control (supervisor)",
        description="List the report templates (--templates), or make a report of VAULT for a "
                    "period: only cases whose consent allows aggregate reporting are counted, "
                    "small counts are suppressed, and the report is recorded as a disclosure.")
    p.add_argument("vault", metavar="VAULT", nargs="?", help="the vault (or hub) to count")
    p.add_argument("--templates", action="store_true", help="list the report templates")
    p.add_argument("--template", metavar="ID", help="a template id (see --templates)")
    p.add_argument("--from", dest="period_from", metavar="DATE",
                   help="the first day of the period (YYYY-MM-DD, first day of a month)")
    p.add_argument("--to", dest="period_to", metavar="DATE",
                   help="the last day of the period (YYYY-MM-DD, last day of a month)")
    p.add_argument("--out", metavar="FILE", help="write the report to FILE.pdf or FILE.csv")
    p.add_argument("--force", action="store_true", help="replace --out if it exists")
    p.add_argument("--program", metavar="NAME",
                   help="the program's name for the PDF's cover (default: your staff "
                        "profile's organisation)")
    p.set_defaults(func=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    """--templates, or one report on screen, as JSON or into a file."""
    if args.templates:
        return _templates(args)
    missing = [flag for flag, value in (("VAULT", args.vault), ("--template", args.template),
                                        ("--from", args.period_from), ("--to", args.period_to))
               if not value]
    if missing:
        raise InvalidInput(f"report needs {', '.join(missing)} (or --templates to list them); "
                           "e.g. workbench report VAULT --template program --from 2026-01-01 "
                           "--to 2026-06-30.")
    period_from = parse_date(args.period_from, "--from")
    period_to = parse_date(args.period_to, "--to")
    if args.out:
        return _write(args, period_from, period_to)
    from workbench.operations.reports import build_report, report_json

    with opened(args) as ctx:
        report = build_report(ctx, template_id=args.template, period_from=period_from,
                              period_to=period_to, output="json" if args.json else "screen")
    data = report_json(report)
    if args.json:
        print_json(data)
    else:
        print_report(data)
    return 0


def _templates(args: argparse.Namespace) -> int:
    from workbench.operations.reports import list_templates

    data: list[dict[str, Any]] = [{"id": t.id, "title": t.title, "description": t.description, "source": t.source,
             "period": t.period, "threshold": t.threshold, "zeros": t.zeros,
             "tables": [{"id": s.id, "title": s.title, "measure": s.measure, "rows": s.rows,
                         "columns": s.columns} for s in t.tables],
             "statistics": list(t.statistics),
             "unanswerable": [{"question": u.question, "why": u.why} for u in t.unanswerable]}
            for t in list_templates()]
    if args.json:
        print_json(data)
    else:
        print_table(["ID", "TITLE", "PERIOD", "THRESHOLD", "TABLES"],
                    [(d["id"], d["title"], d["period"], d["threshold"], len(d["tables"]))
                     for d in data])
    return 0


def _write(args: argparse.Namespace, period_from: Any, period_to: Any) -> int:
    from workbench.operations.reports import write_report

    out = Path(args.out)
    with opened(args) as ctx:
        done = write_report(ctx, template_id=args.template, period_from=period_from,
                            period_to=period_to, out=out, force=args.force,
                            program=args.program)
    if args.json:
        print_json({"written": str(done.value)})
    else:
        print(f"Wrote {done.value} (recorded as an aggregate disclosure).")
    return 0


def _shown(value: object) -> str:
    return DASH if value == "suppressed" else str(value)


def print_report(data: dict[str, Any]) -> None:
    """The report for people: a heading, each table in aligned columns, the legend."""
    print(f"{data['title']} ({data['template']}): {data['from']} to {data['to']}")
    print(f"Suppression threshold {data['threshold']}; cases left out for lack of consent: "
          f"{data['left_out_cases']}")
    suppressed = False
    for table in data["tables"]:
        print()
        print(table["title"])
        one = len(table["columns"]) == 1  # its row totals are its cells: no Total column
        rows = [[label, *(_shown(c) for c in cells), *([] if one else [_shown(total)])]
                for label, cells, total
                in zip(table["rows"], table["cells"], table["row_totals"], strict=True)]
        rows.append(["Total", *(_shown(c) for c in table["column_totals"]),
                     *([] if one else [_shown(table["total"])])])
        suppressed = suppressed or any(DASH in row for row in rows)
        _aligned([table["row_label"], *table["columns"], *([] if one else ["Total"])], rows)
    if data["statistics"]:
        print()
        print_table(["STATISTIC", "VALUE", "OVER"],
                    [(s["title"], _statistic(s), _shown(s["n"])) for s in data["statistics"]])
    if suppressed or any(s["n"] == "suppressed" for s in data["statistics"]):
        print()
        print(f"{DASH} suppressed: a count from 1 to {data['threshold'] - 1}, or a value withheld "
              "so that such a count cannot be worked out from the totals.")


def _statistic(s: dict[str, Any]) -> str:
    if s["n"] == "suppressed":
        return DASH
    if s["value"] is None:
        return ""
    value = f"{s['value']:.1f}".removesuffix(".0")
    return f"{value}%" if s["unit"] == "%" else f"{value} {s['unit']}".strip()


def _aligned(header: list[str], rows: list[list[str]]) -> None:
    """Labels left, numbers right-aligned under their column names."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        first = str(row[0]).ljust(widths[0])
        rest = [str(v).rjust(w) for v, w in zip(row[1:], widths[1:], strict=True)]
        print("  ".join([first, *rest]).rstrip())
