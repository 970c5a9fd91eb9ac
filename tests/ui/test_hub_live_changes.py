"""ui.hub_live.changes_for: which views another workstation's write reaches (issue 10, 12)."""

from __future__ import annotations

import pytest

from ui.hub_live import changes_for
from workbench.operations.changes import Kind


@pytest.mark.parametrize(("table", "kind"), [
    ("screenings", Kind.SCREENINGS), ("safety_plans", Kind.SAFETY_PLAN),
    ("conferences", Kind.CONFERENCES), ("status_changes", Kind.CARE_PLAN),
    ("events", Kind.EVENTS), ("referrals", Kind.REFERRALS),
    ("external_links", Kind.CASES), ("interpreter_bookings", Kind.INTERPRETERS)])
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


def test_every_table_of_the_schema_is_mapped() -> None:
    """A table added without its entry in _KINDS would make every workstation reload
    everything for each of its writes."""
    from models.rows import Base
    from ui.hub_live import _KINDS

    not_case_data = {"audit", "chain_heads", "hub_members", "hub_key_bundles", "hub_meta"}
    assert set(Base.metadata.tables) - not_case_data - set(_KINDS) == set()
