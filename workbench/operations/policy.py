"""The authorization policy: one role × action table (policy.json), asked by every operation.

``require(ctx, action)`` refuses with PermissionDenied naming the action, the caller's role
and the roles that may; ``require_write(ctx, category)`` does the same for a data category;
``view_role(ctx, wanted)`` checks that a ``--as`` view only narrows the caller's own.
What a role reads of each category is the role-view table (timeline.views), applied by the
read operations; a role writes only category groups it reads in full.
"""

from __future__ import annotations

import json
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from models.errors import PermissionDenied
from models.records import Category, Role
from timeline.views import CONTENT, GROUP_OF, POLICY, Group

if TYPE_CHECKING:
    from workbench.operations.context import Context

_DATA = Path(__file__).with_name("policy.json")


class Action(StrEnum):
    """Everything the table grants (policy.json "actions" describes each)."""

    READ = "read"
    INTAKE = "intake"
    WRITE = "write"
    CLOSURES = "closures"
    PACKET = "packet"
    COMPELLED_RELEASE = "compelled_release"
    EXPORT_CASES = "export_cases"
    IMPORT_CASES = "import_cases"
    ADMINISTER_USERS = "administer_users"
    CHANGE_ROLE_VIEW = "change_role_view"


ROLE_LABEL = {Role.ADVOCATE: "advocate", Role.CLINICIAN: "clinician",
              Role.CASE_MANAGER: "case manager", Role.SUPERVISOR: "supervisor",
              Role.PEER_MENTOR: "peer mentor"}


@lru_cache(maxsize=1)
def table() -> dict[Role, tuple[frozenset[Action], frozenset[Group]]]:
    """policy.json as {role: (actions, write groups)}; every role and action must be named."""
    raw = json.loads(_DATA.read_text("utf-8"))
    descriptions = raw["actions"]
    if set(descriptions) != {a.value for a in Action}:
        raise RuntimeError("policy.json names other actions than Action")  # a packaging fault
    out = {}
    for role in Role:
        entry = raw["roles"][role.value]
        out[role] = (frozenset(Action(a) for a in entry["actions"]),
                     frozenset(Group(g) for g in entry["write_groups"]))
    return out


def description(action: Action) -> str:
    """What ``action`` allows, in words (from policy.json)."""
    return str(json.loads(_DATA.read_text("utf-8"))["actions"][action.value])


def allows(role: Role, action: Action) -> bool:
    """True when ``role`` may do ``action``."""
    return action in table()[role][0]


def roles_allowed(action: Action) -> list[Role]:
    """Roles that may do ``action``, in the table's order."""
    return [role for role in Role if allows(role, action)]


def may_write(role: Role, category: Category) -> bool:
    """True when ``role`` may write records of ``category``."""
    return allows(role, Action.WRITE) and GROUP_OF[category] in table()[role][1]


def with_article(role: Role) -> str:
    """"an advocate", "a clinician"."""
    label = ROLE_LABEL[role]
    return ("an " if label[0] in "aeiou" else "a ") + label


def any_of(roles: list[Role]) -> str:
    """"an advocate or a supervisor" (or "nobody")."""
    names = [with_article(r) for r in roles]
    if not names:
        return "nobody"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def require(ctx: Context, action: Action) -> None:
    """PermissionDenied unless the acting user's role may do ``action``."""
    role = ctx.user.role
    if not allows(role, action):
        raise PermissionDenied(
            f"Your role ({ROLE_LABEL[role]}) may not {description(action)}; "
            f"ask {any_of(roles_allowed(action))}.")


def require_write(ctx: Context, category: Category) -> None:
    """PermissionDenied unless the acting user's role may write records of ``category``."""
    role = ctx.user.role
    if not may_write(role, Category(category)):
        writers = [r for r in Role if may_write(r, Category(category))]
        group = GROUP_OF[Category(category)].value.replace("_", " ")
        raise PermissionDenied(
            f"Your role ({ROLE_LABEL[role]}) may not add or change "
            f"{Category(category).value.replace('_', ' ')} records (the {group} group); "
            f"{any_of(writers)} can.")


def narrows(caller: Role, wanted: Role) -> bool:
    """True when ``wanted`` sees no field, of any category group, that ``caller`` does not."""
    return all(POLICY[(wanted, g)] <= POLICY[(caller, g)] for g in Group)


def view_role(ctx: Context, wanted: Role | str | None) -> Role:
    """The role whose view an output uses: the caller's own, or a narrower one asked for."""
    own = ctx.user.role
    if wanted is None or Role(wanted) == own:
        return own
    require(ctx, Action.CHANGE_ROLE_VIEW)
    target = Role(wanted)
    if not narrows(own, target):
        raise PermissionDenied(
            f"The {ROLE_LABEL[target]}'s view shows what your role ({ROLE_LABEL[own]}) does not "
            "see; a view may only be narrowed.")
    return target


def sees_fully(role: Role, category: Category) -> bool:
    """True when ``role`` reads every content field of ``category`` (what a packet prints)."""
    return POLICY[(role, GROUP_OF[Category(category)])] == CONTENT


def who_sees_fully(category: Category) -> list[Role]:
    """Roles that read every content field of ``category``, supervisor last."""
    return [r for r in Role if sees_fully(r, category)]


def role_label(role: Role) -> str:
    """A role in words ("case manager")."""
    return ROLE_LABEL[role]
