"""`workbench rules`, `deadline` and `count`: the rule engine without a vault."""

from __future__ import annotations

import argparse

from workbench.output import print_json, print_table


def register(sub: argparse._SubParsersAction, *, vault_opts: argparse.ArgumentParser,
             json_opt: argparse.ArgumentParser) -> None:
    """Add the rule sub-commands."""
    p = sub.add_parser("rules", parents=[json_opt], help="list the deadline rules")
    p.set_defaults(func=cmd_rules)

    p = sub.add_parser("deadline", parents=[json_opt], help="compute a rule's dates from a trigger")
    p.add_argument("rule_id", metavar="RULE_ID")
    p.add_argument("--trigger", required=True, metavar="WHEN", help="YYYY-MM-DD or YYYY-MM-DDTHH:MM")
    _forum_options(p)
    p.set_defaults(func=cmd_deadline)

    p = sub.add_parser("count", parents=[json_opt], help="count a period forward or backward")
    p.add_argument("n", metavar="N")
    p.add_argument("unit", metavar="UNIT",
                   help="days, court-days, hours, weeks, months or years")
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument("--after", metavar="WHEN")
    when.add_argument("--before", metavar="WHEN")
    _forum_options(p)
    p.set_defaults(func=cmd_count)


def _forum_options(p: argparse.ArgumentParser) -> None:
    from timeline.jurisdictions import jurisdiction_codes, service_methods

    p.add_argument("--jurisdiction", metavar="J", help=", ".join(jurisdiction_codes()))
    p.add_argument("--service", choices=service_methods(), metavar="METHOD",
                   help=", ".join(service_methods()))


def cmd_rules(args: argparse.Namespace) -> int:
    """List every rule with its source and confidence."""
    from timeline.deadlines import list_rules

    rules = list_rules()
    if args.json:
        print_json([
            {"id": r.id, "domain": r.domain, "title": r.title, "confidence": r.confidence,
             "sources": list(r.sources), "trigger_type": r.trigger_type,
             "deciding_body": r.deciding_body}
            for r in rules
        ])
    else:
        print_table(["RULE", "CONF", "TITLE"], [(r.id, r.confidence, r.title) for r in rules])
    return 0


def cmd_deadline(args: argparse.Namespace) -> int:
    """Compute one rule from a trigger and show the dates with their arithmetic."""
    from timeline.deadlines import compute, parse_when

    result = compute(args.rule_id, parse_when(args.trigger), jurisdiction=args.jurisdiction,
                     service=args.service)
    _show(result, args.json)
    return 0


def cmd_count(args: argparse.Namespace) -> int:
    """Count N units after or before a date."""
    from models.errors import InvalidInput
    from timeline.deadlines import count, parse_when

    try:
        n = int(args.n)
    except ValueError:
        raise InvalidInput(f"N: {args.n!r} is not a whole number.") from None
    result = count(n, args.unit,
                   after=parse_when(args.after) if args.after else None,
                   before=parse_when(args.before) if args.before else None,
                   jurisdiction=args.jurisdiction or "federal", service=args.service)
    _show(result, args.json)
    return 0


def _show(result, as_json: bool) -> None:
    if as_json:
        print_json(result.to_json())
        return
    for r in result.results:
        safe = f"  (safe: {r.safe.isoformat()})" if r.safe != r.date else ""
        print(f"{r.kind:<12} {r.date.isoformat()}{safe}  {r.label}  [{r.owner.value}]")
    print()
    for step in result.steps:
        print(f"  {step}")
    for warning in result.warnings:
        print(f"  warning: {warning}")
    if result.sources:
        print("Sources: " + "; ".join(result.sources))
