"""Write a generated caseload (the demo's fictional program caseload) in one bulk import.

The demo's generated cases (workbench.demo_program) are built as an import file in memory and
written here, through the operations layer like every other write: supervisor only (importing
cases), checked against the rule catalog, all of it or nothing, never through a file on disk.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from timeline.deadlines import list_rules
from workbench.operations import policy
from workbench.operations.changes import Changes, Done, Kind
from workbench.operations.context import Context
from workbench.operations.policy import Action


def import_generated(ctx: Context, *, data: Mapping[str, Any]) -> Done[dict[str, Any]]:
    """Import ``data`` (docs/import-format.md) in one transaction; the import's counts."""
    policy.require(ctx, Action.IMPORT_CASES)
    rule_ids = frozenset(r.id for r in list_rules())
    summary = dict(ctx.store.import_data(data, known_rule_ids=rule_ids))
    return Done(summary, Changes.of(*Kind, every_case=True))
