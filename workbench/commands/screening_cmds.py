"""Screening sub-commands: instruments, screening add/list/told, outcomes.

Each parses its arguments, calls one operation (workbench.operations.screenings) and prints
the result; the role view and the consent rule are the operations'.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
from workbench.commands.common import opened
from workbench.output import print_json, print_table

_ADD_HELP = ("Give a screening instrument and record its answers, then score it. Running this "
             "command records that the survivor consented to the assessment, given to you (the "
             "acting user) now, before the first item: run it only with that consent.")


def register(sub: argparse._SubParsersAction, *, vault_opts: argparse.ArgumentParser,
             json_opt: argparse.ArgumentParser) -> None:
    """Add the screening sub-commands."""
    p = sub.add_parser("instruments", parents=[json_opt], help="the screening instruments shipped")
    p.set_defaults(func=cmd_instruments)

    scr = sub.add_parser("screening", help="screenings of a case").add_subparsers(
        dest="screening_command", metavar="add|list|told", required=True)
    p = scr.add_parser("add", parents=[vault_opts], help="give and score a screening (records "
                       "the survivor's consent as given to you now)", description=_ADD_HELP)
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case_ref", metavar="REF")
    p.add_argument("--instrument", required=True, metavar="ID",
                   help="an instrument id (see 'workbench instruments')")
    p.add_argument("--answers", required=True, metavar="FILE.json",
                   help="a JSON object: item id -> a scale value, or skip, not_today, "
                        "prefer_not_to_say")
    p.add_argument("--consent-note", metavar="TEXT",
                   help="how consent was given (kept sealed with the screening)")
    p.set_defaults(func=cmd_screening_add)
    p = scr.add_parser("list", parents=[vault_opts], help="a case's screenings, as your role sees")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case_ref", metavar="REF")
    p.set_defaults(func=cmd_screening_list)
    p = scr.add_parser("told", parents=[vault_opts],
                       help="print the survivor's own copy of what they have told us (logs a "
                            "disclosure to them)")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case_ref", metavar="REF")
    p.add_argument("--out", required=True, metavar="DIR", help="the folder to write the PDF to")
    p.set_defaults(func=cmd_screening_told)

    p = sub.add_parser("outcomes", parents=[vault_opts],
                       help="each instrument's totals over time with the change since baseline")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("case_ref", metavar="REF")
    p.set_defaults(func=cmd_outcomes)


def cmd_instruments(args: argparse.Namespace) -> int:
    """List the instruments: id, version, title, items, licence."""
    from workbench.operations.screenings import list_instruments

    data = [{"id": i.id, "version": i.version, "title": i.title, "short_title": i.short_title,
             "items": [it.id for it in i.items], "text_shipped": i.text_shipped,
             "licence": i.licence.status, "recall_days": i.recall_days,
             "bands": [{"id": b.id, "label": b.label, "min": b.min, "max": b.max}
                       for b in i.bands]} for i in list_instruments()]
    if args.json:
        print_json(data)
    else:
        print_table(["ID", "VERSION", "INSTRUMENT", "ITEMS", "TEXT SHIPPED", "LICENCE"],
                    [(d["id"], d["version"], d["title"], len(d["items"]),
                      "yes" if d["text_shipped"] else "no", d["licence"]) for d in data])
    return 0


def read_answers(path: str) -> dict[str, int | str]:
    """The answers file: a JSON object of item id -> a whole number or a non-answer word."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise InvalidInput(f"--answers: cannot read {path}: {exc.strerror or exc}. Give the path "
                           "of a JSON file.") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInput(f"--answers: {path} is not valid JSON ({exc}). Write an object such "
                           'as {"phq9_1": 2, "phq9_2": "skip"}.') from None
    if not isinstance(raw, dict):
        raise InvalidInput(f"--answers: {path} must hold a JSON object of item id -> answer, "
                           'such as {"phq9_1": 2, "phq9_2": "skip"}.')
    return raw


def cmd_screening_add(args: argparse.Namespace) -> int:
    """Start, answer and complete one screening; print the score or why there is none."""
    from workbench.operations.screenings import administer
    from workbench.operations.views import case_of

    answers = read_answers(args.answers)
    with opened(args) as ctx:
        case = case_of(ctx, case_ref=args.case_ref)
        done = administer(ctx, case_id=case.id, instrument_id=args.instrument, answers=answers,
                          consent_at=ctx.now(), consent_note=args.consent_note).value
    s, result = done.screening, done.result
    data = {"id": s.id, "case": case.ref, "instrument": s.instrument_id,
            "version": s.instrument_version, "status": s.status.value, "total": s.total,
            "band": s.band, "band_label": result.band.label if result.band else None,
            "reason": s.reason, "note": result.note, "consent_by": s.consent_by,
            "consent_at": s.consent_at,
            "safety_flags": [{"flag": f.flag, "item": f.item, "message": f.message,
                              "task": f.task} for f in result.flags],
            "tasks": [{"id": t.id, "title": t.title, "due": t.due, "owner": t.owner}
                      for t in done.tasks]}
    if args.json:
        print_json(data)
        return 0
    print(f"Recorded {s.instrument_id} for {case.ref} (consent recorded by {s.consent_by}).")
    if s.total is not None:
        print(f"Score: {s.total}" + (f" ({result.band.label})" if result.band else ""))
        if result.note:
            print(f"  {result.note}")
    else:
        print(f"No score: {s.reason}")
        if result.band:
            print(f"Band: {result.band.label}")
    for f in result.flags:
        print(f"SAFETY: {f.message}")
    for t in done.tasks:
        print(f"Task created, due {t.due}: {t.title}")
    return 0


def _change_text(change: Any) -> str:
    if change is None:
        return ""
    sign = "+" if change.difference > 0 else ""
    meaningful = ", meaningful" if change.meaningful else ""
    return f"{sign}{change.difference} ({change.direction}{meaningful})"


def _change_json(change: Any) -> dict[str, Any] | None:
    if change is None:
        return None
    return {"baseline": change.baseline, "latest": change.latest,
            "difference": change.difference, "direction": change.direction,
            "meaningful": change.meaningful}


def cmd_screening_list(args: argparse.Namespace) -> int:
    """Date, instrument, status, score or reason, band, change since baseline."""
    from workbench.operations.screenings import list_screenings, outcomes
    from workbench.operations.views import case_of

    with opened(args) as ctx:
        case = case_of(ctx, case_ref=args.case_ref)
        screenings = list_screenings(ctx, case_id=case.id)
        changes = {p.screening_id: p.since_baseline
                   for series in outcomes(ctx, case_id=case.id) for p in series.points}
    data = [{"id": s.id, "date": (s.completed_at or s.started_at).date(),
             "instrument": s.instrument_id, "status": s.status.value, "total": s.total,
             "reason": s.reason, "band": s.band,
             "since_baseline": _change_json(changes.get(s.id))} for s in screenings]
    if args.json:
        print_json(data)
    else:
        print_table(["DATE", "INSTRUMENT", "STATUS", "SCORE", "BAND", "SINCE BASELINE"],
                    [(d["date"], d["instrument"], d["status"],
                      d["total"] if d["total"] is not None else (d["reason"] or ""),
                      d["band"], _change_text(changes.get(d["id"]))) for d in data])
    return 0


def cmd_screening_told(args: argparse.Namespace) -> int:
    """Write the "What you have told us" sheet; print where, and that a disclosure was logged."""
    from workbench.operations.told import print_told_summary
    from workbench.operations.views import case_of

    with opened(args) as ctx:
        case = case_of(ctx, case_ref=args.case_ref)
        printed = print_told_summary(ctx, case.id, Path(args.out)).value
    data = {"case": case.ref, "path": str(printed.path), "pages": printed.pages,
            "sha256": printed.sha256, "disclosure_id": printed.disclosure_id,
            "answers_shown": printed.summary.answers_shown}
    if args.json:
        print_json(data)
        return 0
    print(f"Wrote {printed.path} ({printed.pages} page{'s' if printed.pages != 1 else ''}).")
    print(f"Disclosure #{printed.disclosure_id} logged: the survivor's own copy.")
    if not printed.summary.answers_shown:
        print("Your role does not see the answers: the sheet lists only when each "
              "conversation happened.")
    return 0


def cmd_outcomes(args: argparse.Namespace) -> int:
    """Per instrument: totals by date, change since baseline and since the previous one; then
    housing stability and safety (risk level) as categorical series."""
    from timeline.outcomes import categorical_summary
    from workbench.operations.care import categorical_outcomes
    from workbench.operations.screenings import outcomes
    from workbench.operations.views import case_of

    with opened(args) as ctx:
        case = case_of(ctx, case_ref=args.case_ref)
        series = outcomes(ctx, case_id=case.id)
        levels = categorical_outcomes(ctx, case_id=case.id)
    data = [{"instrument": s.instrument_id, "title": s.short_title,
             "points": [{"date": p.day, "total": p.total, "band": p.band} for p in s.points],
             "since_baseline": _change_json(s.since_baseline),
             "since_previous": _change_json(s.since_previous),
             "unscored": [{"date": d, "reason": why} for d, why in s.unscored]} for s in series]
    categorical = [{"scale": c.scale, "title": c.title, "direction": c.direction,
                    "points": [{"at": p.at.isoformat(), "value": p.value, "by": p.changed_by}
                               for p in c.points]} for c in levels]
    if args.json:
        print_json({"case": case.ref, "series": data, "categorical": categorical})
        return 0
    if not series:
        print("No scored screenings you may see.")
    for s in series:
        points = ", ".join(f"{p.day} {p.total}" for p in s.points) or "none scored"
        print(f"{s.short_title}: {points}")
        if s.since_baseline is not None:
            print(f"  since baseline: {_change_text(s.since_baseline)}; "
                  f"since previous: {_change_text(s.since_previous)}")
    for c in levels:
        print(categorical_summary(c))
        if c.points:
            print("  " + ", ".join(f"{p.at.date()} {p.value.replace('_', ' ')}" for p in c.points))
    return 0
