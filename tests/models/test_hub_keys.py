"""The hub's role keys agree with the role-view table: the cryptographic view is the displayed one.

models/hub_keys.json says which (group, tier) key each role's slot holds. It is derived here
again from timeline.views.POLICY: a role holds ``group.tier`` exactly when it sees that
content field on every category of the key group.
"""

from __future__ import annotations

import pytest

from models import hub_keys
from models.records import Category, Role
from timeline.views import GROUP_OF, POLICY


def _derived(role: Role) -> frozenset[str]:
    held = {f"{group}.{tier}" for group, categories in hub_keys.KEY_GROUPS.items()
            for tier in hub_keys.TIERS
            if all(tier in POLICY[(role, GROUP_OF[c])] for c in categories)}
    return frozenset(held | {hub_keys.SEAL})


@pytest.mark.parametrize("role", list(Role))
def test_hub_role_keys_are_derived_from_the_role_view_table(role: Role) -> None:
    assert hub_keys.role_keys()[role] == _derived(role)


def test_every_category_has_exactly_one_key_group() -> None:
    grouped = [c for categories in hub_keys.KEY_GROUPS.values() for c in categories]
    assert sorted(grouped) == sorted(Category)


def test_a_key_nobody_reads_is_still_held_by_the_supervisor() -> None:
    for name in hub_keys.all_key_names():
        assert Role.SUPERVISOR in hub_keys.readers_of(name), name
