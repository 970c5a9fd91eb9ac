"""ui.hub_live.changes_for: which views another workstation's write reaches (issue 10, 12)."""

from __future__ import annotations

import pytest

from ui.hub_live import changes_for
from workbench.operations.changes import Kind


@pytest.mark.parametrize(("table", "kind"), [
    ("screenings", Kind.SCREENINGS), ("safety_plans", Kind.SAFETY_PLAN),
    ("conferences", Kind.CONFERENCES), ("status_changes", Kind.CARE_PLAN),
    ("events", Kind.EVENTS), ("referrals", Kind.REFERRALS)])
def test_a_case_record_reaches_its_case_and_kind_only(table: str, kind: Kind) -> None:
    changed = changes_for([(table, 5, 3)])
    assert kind in changed.kinds and changed.kinds != frozenset(Kind)
    assert changed.case_ids == frozenset({3}) and not changed.every_case
    assert changed.touches(3, kind) and not changed.touches(4, kind)


@pytest.mark.parametrize("table", ["feedback", "report_disclosures"])
def test_a_program_record_reaches_no_case(table: str) -> None:
    """Survivor feedback and a report made are not case data: no workstation reloads its
    caseload or open case for them."""
    changed = changes_for([(table, 9, None)])
    assert not changed.every_case and changed.case_ids == frozenset()
    assert not changed.touches(1, Kind.CASES, Kind.EVENTS)
    assert not changed.touches(None, Kind.CASES)


def test_an_unknown_table_reaches_everything() -> None:
    changed = changes_for([("tomorrows_table", 1, None)])
    assert changed.every_case and changed.kinds == frozenset(Kind)
