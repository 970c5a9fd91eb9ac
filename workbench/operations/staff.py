"""Staff profiles: how each user signs a packet ("Prepared by", the representative block).

Everyone may read the profiles (a packet prints its preparer's) and set their own; only a
role that administers users (the supervisor) sets another's.
"""

from __future__ import annotations

from models.errors import NotFound, PermissionDenied
from models.i18n import fill, translate
from models.records import StaffProfile
from workbench.operations import policy
from workbench.operations.changes import Changes, Done, Kind
from workbench.operations.context import Context
from workbench.operations.policy import Action


def profile_for(ctx: Context, *, user: str) -> StaffProfile | None:
    """``user``'s profile, or None when they have none yet."""
    policy.require(ctx, Action.READ)
    return ctx.store.get_staff_profile(user)


def profiles(ctx: Context) -> dict[str, StaffProfile]:
    """Every user's profile that exists, by user name (users without one are left out)."""
    policy.require(ctx, Action.READ)
    out = {}
    for user in ctx.vault.users():
        found = ctx.store.get_staff_profile(user.name)
        if found is not None:
            out[user.name] = found
    return out


def may_set(ctx: Context, user: str) -> str | None:
    """Why the acting user may not set ``user``'s profile (the refusal), or None."""
    if user == ctx.user.name or policy.allows(ctx.role, Action.ADMINISTER_USERS):
        return None
    allowed = policy.any_of(policy.roles_allowed(Action.ADMINISTER_USERS))
    return fill(translate("Policy", "Your role (%1) may change only your own profile; ask %2 "
                                    "to change another's."), policy.role_label(ctx.role), allowed)


def set_profile(ctx: Context, *, profile: StaffProfile) -> Done[StaffProfile]:
    """Store a user's profile: your own, or anyone's as a supervisor."""
    denial = may_set(ctx, profile.user)
    if denial is not None:
        raise PermissionDenied(denial)
    if profile.user not in {u.name for u in ctx.vault.users()}:
        raise NotFound(translate("Staff",
                "There is no user with that name."))
    stored = ctx.store.set_staff_profile(profile)
    return Done(stored, Changes.of(Kind.USERS))
