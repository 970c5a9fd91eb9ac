"""User administration: who has a key slot in the vault, with which role.

Only a role with ``administer_users`` (the supervisor) adds or removes users. Removing
yourself, or the last supervisor, is allowed only with ``confirmed=True``: the face asks first
(the CLI's --yes, a question in the GUI). Everyone may change their own passphrase.
"""

from __future__ import annotations

from collections.abc import Callable

from models.errors import InvalidInput, NeedsConfirmation, NotFound
from models.i18n import fill, translate
from models.records import Role, User
from workbench.operations import policy
from workbench.operations.changes import Changes, Done, Kind
from workbench.operations.context import Context
from workbench.operations.policy import Action

_USERS = Changes.of(Kind.USERS)


def list_users(ctx: Context) -> list[User]:
    """Every user with a key slot, in the order they were added."""
    policy.require(ctx, Action.READ)
    return ctx.vault.users()


def add_user(ctx: Context, *, name: str, role: Role | str, passphrase: str) -> Done[User]:
    """Give a new staff member their own key slot and role."""
    policy.require(ctx, Action.ADMINISTER_USERS)
    return Done(ctx.vault.add_user(name, Role(role), passphrase), _USERS)


def removal_warning(ctx: Context, name: str) -> str | None:
    """Why removing ``name`` needs a confirmation, or None when it does not."""
    users = ctx.vault.users()
    target = next((u for u in users if u.name == name), None)
    if target is None:
        raise NotFound(translate("Users",
                "There is no user with that name."))
    if name == ctx.user.name:
        return translate("Users", "You are removing yourself: your passphrase will no longer "
                                  "open this vault, and this session ends when you lock.")
    supervisors = [u for u in users if u.role is Role.SUPERVISOR]
    if target.role is Role.SUPERVISOR and len(supervisors) == 1:
        return translate("Users", "This is the last supervisor: nobody will be able to add or "
                                  "remove users afterwards except with the recovery code.")
    return None


def remove_user(ctx: Context, *, name: str, confirmed: bool = False,
                progress: Callable[[int, int], object] | None = None) -> Done[str]:
    """Delete a user's slot and rotate the keys they held.

    In a vault the database key is rotated (one rekey). On a hub every data key the user's
    role held gets a new epoch at once, then the rows under the old epochs are re-encrypted
    here, with ``progress(done, total)`` after each batch (run it off the UI thread).
    """
    policy.require(ctx, Action.ADMINISTER_USERS)
    warning = removal_warning(ctx, name)
    if warning is not None and not confirmed:
        raise NeedsConfirmation(fill(translate("Users",
                "%1 Confirm to go on (--yes)."),
                warning))
    ctx.vault.remove_user(name)
    reencrypt = getattr(ctx.vault, "reencrypt", None)
    if reencrypt is not None and name != ctx.user.name:
        reencrypt(progress)
    return Done(name, _USERS)


def change_role(ctx: Context, *, name: str, role: Role | str, passphrase: str,
                progress: Callable[[int, int], object] | None = None) -> Done[User]:
    """Give a hub member another role: a new slot for it, every key they held rotated, rows
    re-encrypted (``progress`` as for remove_user). ``passphrase`` is the one the member's new
    slot opens with (theirs, or a new one a supervisor gives them to change).

    A local vault binds each slot's role into the slot too; there, remove the user and add
    them again with the new role.
    """
    policy.require(ctx, Action.ADMINISTER_USERS)
    change = getattr(ctx.vault, "change_role", None)
    if change is None:
        raise InvalidInput(translate("Users",
                "A local vault cannot change a user's role: remove the user and add them again "
                "with the new role."), field="role")
    user = change(name, role, passphrase)
    ctx.vault.reencrypt(progress)  # type: ignore[attr-defined]
    return Done(user, _USERS)


def change_passphrase(ctx: Context, *, old: str, new: str) -> Done[str]:
    """Change the acting user's own passphrase (rewraps that slot only)."""
    ctx.vault.change_passphrase(ctx.user.name, old, new)
    return Done(ctx.user.name, _USERS)
