"""The hub's key groups: which data key seals which field, and which role holds which key.

On a hub every field that names or describes a survivor is encrypted on the workstation
(models.field_cipher). The key it is sealed with is chosen by two things:

- the row's **key group**: its data category's group (``KEY_GROUP_OF``), or the table's fixed
  group for rows without a category (cases, contacts and consents are ``core``; matters and
  triggers ``legal``);
- the column's **tier**: ``title`` (titles, names, texts a view shows), ``location``, ``notes``
  and ``explanation`` — the content fields the role-view table (timeline.views.POLICY) shows or
  hides one by one.

``ROLE_KEYS`` (models/hub_keys.json) says which (group, tier) keys each role's slot receives.
A test derives it again from timeline.views.POLICY, so the cryptographic view and the
displayed view cannot drift apart. Every member also holds ``core.seal``, the key of the row
seals that authenticate each row's plaintext columns.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from models.records import Category, Role

TIERS = ("title", "location", "notes", "explanation")
SEAL = "core.seal"  # the row-seal key: every member holds it

KEY_GROUPS: dict[str, frozenset[Category]] = {
    "core": frozenset({Category.IDENTITY, Category.CONTACT_LOCATION, Category.HOUSING_BENEFITS,
                       Category.AGGREGATE_REPORTING}),  # the last: consent only, no rows
    "legal": frozenset({Category.IMMIGRATION, Category.PROTECTIVE_ORDER, Category.CRIMINAL_CASE,
                        Category.FAMILY_CASE}),
    "medical": frozenset({Category.MEDICAL}),
    "clinical": frozenset({Category.REPRODUCTIVE_HEALTH, Category.HIV_STI,
                           Category.MENTAL_HEALTH}),
    "part2": frozenset({Category.SUBSTANCE_USE}),  # 42 CFR Part 2
    "narrative": frozenset({Category.TRAFFICKING_NARRATIVE}),
    "safety": frozenset({Category.SAFETY_PLAN}),
}
KEY_GROUP_OF: dict[Category, str] = {c: g for g, cats in KEY_GROUPS.items() for c in cats}

# tables whose rows carry no category: their one key group
TABLE_GROUP = {
    "cases": "core", "safe_addresses": "core", "consents": "core", "contacts": "core",
    "closures": "core", "disclosures": "core", "staff_profiles": "core",
    "feedback": "core", "report_disclosures": "core", "external_links": "core",
    "matters": "legal", "triggers": "legal",
}
# tables whose rows take the key group of their own category column
CATEGORY_TABLES = frozenset({"events", "documents", "referrals", "goals", "screenings",
                             "status_changes", "safety_plans", "conferences",
                             "interpreter_bookings"})


@cache
def role_keys() -> dict[Role, frozenset[str]]:
    """Role → the key names ``group.tier`` its slots receive (plus ``core.seal``)."""
    data = json.loads((Path(__file__).with_name("hub_keys.json")).read_text(encoding="utf-8"))
    out: dict[Role, frozenset[str]] = {}
    for role in Role:
        granted = data["roles"][role.value]
        names = {f"{group}.{tier}" for group, tiers in granted.items() for tier in tiers}
        unknown = {n for n in names if n.split(".")[0] not in KEY_GROUPS
                   or n.split(".")[1] not in TIERS}
        if unknown:
            raise RuntimeError(f"hub_keys.json names unknown keys: {sorted(unknown)}")
        out[role] = frozenset(names | {SEAL})
    return out


def all_key_names() -> frozenset[str]:
    """Every key name of a hub: each group × tier, and the seal key."""
    return frozenset({f"{g}.{t}" for g in KEY_GROUPS for t in TIERS} | {SEAL})


def readers_of(key_name: str) -> frozenset[Role]:
    """The roles whose slots hold ``key_name``."""
    return frozenset(role for role, names in role_keys().items() if key_name in names)
