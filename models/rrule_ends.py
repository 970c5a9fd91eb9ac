"""A repeat rule ends by COUNT or by UNTIL, never both (RFC 5545 3.3.10: they "MUST NOT occur
in the same 'recur'"; dateutil deprecates the pair and says it will refuse it).

New rules with both are refused where they come in (``models.store_fields.recurrence``). A
rule stored before that check may still hold both: it is read as ending where the first of
the two ends -- its occurrences up to UNTIL, at most COUNT of them -- which is what dateutil
has done with the pair, and the earlier reading of a series' end."""

from __future__ import annotations

from datetime import datetime
from itertools import islice

from dateutil.rrule import rrulestr


def has_both_ends(body: str) -> bool:
    """Whether the RRULE body gives both COUNT and UNTIL."""
    names = {part.partition("=")[0].strip().upper() for part in body.split(";")}
    return "COUNT" in names and "UNTIL" in names


def one_end(body: str, dtstart: datetime) -> str:
    """``body`` as given, unless it has both COUNT and UNTIL: then the same rule with COUNT
    alone, counting the occurrences from ``dtstart`` up to UNTIL (at most COUNT). ValueError
    when COUNT is not a number or UNTIL does not suit ``dtstart`` (dateutil's own errors)."""
    if not has_both_ends(body):
        return body
    parts = [part.strip() for part in body.strip().split(";") if part.strip()]
    names = [part.partition("=")[0].strip().upper() for part in parts]
    count = int(parts[names.index("COUNT")].partition("=")[2])
    until_only = ";".join(p for p, name in zip(parts, names, strict=True) if name != "COUNT")
    kept = sum(1 for _ in islice(rrulestr(until_only, dtstart=dtstart), max(count, 0)))
    return counted(body, kept)


def counted(body: str, count: int) -> str:
    """``body`` ending by COUNT=``count`` alone: its COUNT replaced, its UNTIL dropped."""
    parts = [part.strip() for part in body.strip().split(";") if part.strip()]
    return ";".join(f"COUNT={count}" if part.partition("=")[0].strip().upper() == "COUNT"
                    else part for part in parts
                    if part.partition("=")[0].strip().upper() != "UNTIL")
