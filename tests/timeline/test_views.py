"""Role views: the policy table, and redacted copies that no longer hold what is withheld."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from models.errors import InvalidInput
from models.records import Category, EventKind, Role
from timeline.lanes import Lane, Shape, TimelineEntry
from timeline.views import CONTENT, GENERIC_CATEGORY, GROUP_OF, POLICY, Group, view_for

WHEN = datetime(2026, 12, 1, 9, tzinfo=UTC)


def entry(kind: EventKind, category: Category) -> TimelineEntry:
    return TimelineEntry(
        key="event:1", case_id=1, lane=Lane.MEDICAL, kind=kind, shape=Shape.SPAN,
        title="SECRET-TITLE", category=category, start=WHEN, end=WHEN, day=WHEN.date(),
        location="SECRET-PLACE", notes="SECRET-NOTE", explanation=("SECRET-STEP",),
        rule_id="SECRET-RULE", interpreter_needed=True, interpreter_language="ti",
    )


def test_policy_covers_every_role_and_group() -> None:
    assert set(GROUP_OF) == set(Category)
    assert set(POLICY) == {(role, group) for role in Role for group in Group}
    assert all(cell <= CONTENT for cell in POLICY.values())
    # every cell that may hide a category has a generic one to put in its place
    assert all(group in GENERIC_CATEGORY for (_, group), cell in POLICY.items()
               if "category" not in cell)


APPT, HEARING = EventKind.MEDICAL_APPOINTMENT, EventKind.COURT_HEARING
# role, kind, category -> (title, category, location, notes, explanation, rule_id) seen
TABLE = [
    (Role.SUPERVISOR, APPT, Category.HIV_STI,
     ("SECRET-TITLE", Category.HIV_STI, "SECRET-PLACE", "SECRET-NOTE", ("SECRET-STEP",), "SECRET-RULE")),
    (Role.SUPERVISOR, HEARING, Category.IMMIGRATION,
     ("SECRET-TITLE", Category.IMMIGRATION, "SECRET-PLACE", "SECRET-NOTE", ("SECRET-STEP",), "SECRET-RULE")),
    (Role.CLINICIAN, HEARING, Category.IMMIGRATION,
     ("SECRET-TITLE", Category.IMMIGRATION, "SECRET-PLACE", None, (), "SECRET-RULE")),
    (Role.CLINICIAN, APPT, Category.MENTAL_HEALTH,
     ("SECRET-TITLE", Category.MENTAL_HEALTH, "SECRET-PLACE", "SECRET-NOTE", ("SECRET-STEP",), "SECRET-RULE")),
    (Role.ADVOCATE, APPT, Category.MEDICAL,
     ("SECRET-TITLE", Category.MEDICAL, "SECRET-PLACE", None, (), "SECRET-RULE")),
    (Role.ADVOCATE, APPT, Category.HIV_STI,
     ("Medical appointment", Category.MEDICAL, None, None, (), None)),
    (Role.ADVOCATE, APPT, Category.SUBSTANCE_USE,
     ("Medical appointment", Category.MEDICAL, None, None, (), None)),
    (Role.ADVOCATE, HEARING, Category.PROTECTIVE_ORDER,
     ("SECRET-TITLE", Category.PROTECTIVE_ORDER, "SECRET-PLACE", "SECRET-NOTE", ("SECRET-STEP",), "SECRET-RULE")),
    (Role.CASE_MANAGER, APPT, Category.REPRODUCTIVE_HEALTH,
     ("Medical appointment", Category.MEDICAL, "SECRET-PLACE", None, (), None)),
    (Role.CASE_MANAGER, HEARING, Category.CRIMINAL_CASE,
     ("SECRET-TITLE", Category.CRIMINAL_CASE, "SECRET-PLACE", None, ("SECRET-STEP",), "SECRET-RULE")),
    (Role.CASE_MANAGER, EventKind.SERVICE_APPOINTMENT, Category.HOUSING_BENEFITS,
     ("SECRET-TITLE", Category.HOUSING_BENEFITS, "SECRET-PLACE", "SECRET-NOTE", ("SECRET-STEP",), "SECRET-RULE")),
    # the peer mentor: services without notes, legal as type and date, medical generic only
    (Role.PEER_MENTOR, EventKind.SERVICE_APPOINTMENT, Category.HOUSING_BENEFITS,
     ("SECRET-TITLE", Category.HOUSING_BENEFITS, "SECRET-PLACE", None, ("SECRET-STEP",), "SECRET-RULE")),
    (Role.PEER_MENTOR, EventKind.SERVICE_APPOINTMENT, Category.SAFETY_PLAN,
     ("SECRET-TITLE", Category.SAFETY_PLAN, "SECRET-PLACE", None, ("SECRET-STEP",), "SECRET-RULE")),
    (Role.PEER_MENTOR, HEARING, Category.IMMIGRATION,
     ("Court hearing", Category.IMMIGRATION, None, None, (), None)),
    (Role.PEER_MENTOR, APPT, Category.MEDICAL,
     ("Medical appointment", Category.MEDICAL, None, None, (), None)),
    (Role.PEER_MENTOR, APPT, Category.SUBSTANCE_USE,
     ("Medical appointment", Category.MEDICAL, None, None, (), None)),
]


@pytest.mark.parametrize(("role", "kind", "category", "seen"), TABLE)
def test_view_for_follows_policy_table(role, kind, category, seen) -> None:
    (got,) = view_for(role, [entry(kind, category)])
    assert (got.title, got.category, got.location, got.notes, got.explanation, got.rule_id) == seen
    # dates, kind and interpreter needs are always kept
    assert (got.start, got.kind, got.interpreter_needed, got.interpreter_language) == (
        WHEN, kind, True, "ti")


def test_view_for_removes_withheld_text_from_the_copy() -> None:
    original = entry(APPT, Category.HIV_STI)
    (got,) = view_for("advocate", [original])
    assert "SECRET" not in repr(got) and "hiv" not in repr(got).lower()
    assert original.notes == "SECRET-NOTE"  # the input is untouched
    assert got.order == original.order  # and the copy sorts where the original did


def test_view_for_rejects_unknown_role() -> None:
    with pytest.raises(InvalidInput):
        view_for("janitor", [entry(APPT, Category.MEDICAL)])
