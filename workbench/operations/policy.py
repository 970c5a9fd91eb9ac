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

from models import words
from models.errors import PermissionDenied
from models.i18n import QT_TRANSLATE_NOOP, fill, translate
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


ROLE_LABEL = words.ROLE_LABEL  # English; role_label gives the installed language's

#: a category group as "the … group" names it
GROUP_IN_SENTENCE = {Group.LEGAL: QT_TRANSLATE_NOOP("Policy", "legal"),
                     Group.MEDICAL: QT_TRANSLATE_NOOP("Policy", "medical"),
                     Group.SENSITIVE: QT_TRANSLATE_NOOP("Policy", "sensitive medical"),
                     Group.SERVICES: QT_TRANSLATE_NOOP("Policy", "services")}


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
    """What ``action`` allows, in words (from policy.json; its translations are marked in
    policy_words.py)."""
    return translate("PolicyAction",
                     str(json.loads(_DATA.read_text("utf-8"))["actions"][action.value]))


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
    return words.role_with_article(role)


def any_of(roles: list[Role]) -> str:
    """"an advocate or a supervisor" (or "nobody")."""
    names = [with_article(r) for r in roles]
    if not names:
        return translate("Policy", "nobody")
    head = names[0]
    for name in names[1:-1]:
        head = fill(translate("Policy", "%1, %2"), head, name)
    return head if len(names) == 1 else fill(translate("Policy", "%1 or %2"), head, names[-1])


def require(ctx: Context, action: Action) -> None:
    """PermissionDenied unless the acting user's role may do ``action``."""
    role = ctx.user.role
    if not allows(role, action):
        raise PermissionDenied(fill(translate("Policy", "Your role (%1) may not %2; ask %3."),
                                    role_label(role), description(action),
                                    any_of(roles_allowed(action))))


def require_write(ctx: Context, category: Category) -> None:
    """PermissionDenied unless the acting user's role may write records of ``category``."""
    role = ctx.user.role
    if not may_write(role, Category(category)):
        writers = [r for r in Role if may_write(r, Category(category))]
        group = translate("Policy", GROUP_IN_SENTENCE[GROUP_OF[Category(category)]])
        raise PermissionDenied(fill(
            translate("Policy", "Your role (%1) may not add or change %2 records (the %3 "
                                "group); %4 can."),
            role_label(role), words.category_in_sentence(category), group, any_of(writers)))


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
        raise PermissionDenied(fill(
            translate("Policy", "The %1's view shows what your role (%2) does not see; a view "
                                "may only be narrowed."), role_label(target), role_label(own)))
    return target


def sees_fully(role: Role, category: Category) -> bool:
    """True when ``role`` reads every content field of ``category`` (what a packet prints)."""
    return POLICY[(role, GROUP_OF[Category(category)])] == CONTENT


def who_sees_fully(category: Category) -> list[Role]:
    """Roles that read every content field of ``category``, supervisor last."""
    return [r for r in Role if sees_fully(r, category)]


def role_label(role: Role) -> str:
    """A role in words ("case manager"), in the installed language."""
    return words.role_label(role)
