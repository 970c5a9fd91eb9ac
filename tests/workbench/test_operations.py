"""The operations layer on a real demo vault: what each write changes, and what it refuses."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from models.errors import InvalidInput, PermissionDenied
from models.records import Category, Role
from models.vault import open_vault
from tests.workbench.conftest import DEMO_TODAY
from workbench.demo import DEMO_PASSPHRASE
from workbench.operations import care, cases, dates, policy
from workbench.operations.changes import Changes, Kind
from workbench.operations.context import Context


@pytest.fixture
def sam(demo_vault: Path):
    vault = open_vault(demo_vault, user="sam", passphrase=DEMO_PASSPHRASE)
    yield Context(vault, today=lambda: DEMO_TODAY)
    vault.lock()


def test_changes_touch_only_their_cases_and_kinds() -> None:
    change = Changes.of(Kind.EVENTS, Kind.TRIGGERS, case_id=3)
    assert change.touches(3, Kind.EVENTS) and change.touches(None, Kind.TRIGGERS)
    assert not change.touches(4, Kind.EVENTS) and not change.touches(3, Kind.CONSENTS)
    everywhere = Changes.of(Kind.CLOSURES, every_case=True)
    assert everywhere.touches(99, Kind.CLOSURES)
    assert (change | everywhere).touches(99, Kind.EVENTS)


def test_a_trigger_keeps_its_forum_when_the_case_moves(sam: Context) -> None:
    case = sam.store.get_case_by_ref("C-0003")
    trigger, events = dates.record_trigger(sam, case_id=case.id, rule_id="B-EOIR-BIA-APPEAL",
                                           occurred=date(2027, 3, 1)).value
    assert trigger.jurisdiction == case.jurisdiction  # the forum defaults to the case's
    done = cases.update_case(sam, case_id=case.id, jurisdiction="federal-NY")
    assert done.changes == Changes.of(Kind.CASES, case_id=case.id)
    kept = [e for e in sam.store.list_events(case_id=case.id) if e.trigger_id == trigger.id]
    assert [e.due for e in kept] == [e.due for e in events]
    assert sam.store.list_triggers(case.id)[-1].jurisdiction == case.jurisdiction


def test_the_preview_and_the_save_use_the_same_forum(sam: Context) -> None:
    case = sam.store.get_case_by_ref("C-0003")  # a California case
    preview = dates.preview_trigger(sam, case_id=case.id, rule_id="B-EOIR-BIA-APPEAL",
                                    occurred=date(2027, 3, 1))
    _trigger, events = dates.record_trigger(sam, case_id=case.id, rule_id="B-EOIR-BIA-APPEAL",
                                            occurred=date(2027, 3, 1)).value
    assert [r.date for r in preview.results] == [e.due for e in events] == [date(2027, 3, 31)]


def test_a_goal_and_its_milestones_are_written_together_or_not_at_all(sam: Context) -> None:
    case = sam.store.get_case_by_ref("C-0002")
    before = sam.store.list_goals(case.id)
    with pytest.raises(InvalidInput):
        care.add_goal(sam, case_id=case.id, title="Stable income", category=Category.HOUSING_BENEFITS,
                      milestones=[("Benefits appointment", date(2026, 12, 9)), ("", None)])
    assert sam.store.list_goals(case.id) == before


def test_refusals_name_the_role_and_who_may(demo_vault: Path) -> None:
    vault = open_vault(demo_vault, user="ben", passphrase=DEMO_PASSPHRASE)
    try:
        ctx = Context(vault, today=lambda: DEMO_TODAY)
        with pytest.raises(PermissionDenied, match=r"\(clinician\).*an advocate or a supervisor"):
            dates.add_closure(ctx, day=date(2026, 12, 29), calendar="*", reason="inaccessible")
    finally:
        vault.lock()
    assert policy.any_of([Role.ADVOCATE]) == "an advocate"
