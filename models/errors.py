"""The one hierarchy of typed errors that the UI and CLI translate for people."""

from __future__ import annotations


class WorkbenchError(Exception):
    """Base class: the message is written for a person and names what to do."""


class InvalidInput(WorkbenchError):
    """A value given by a person or a file is malformed; nothing was written."""

    def __init__(self, message: str, *, field: str | None = None, row: int | None = None):
        super().__init__(message)
        self.field = field
        self.row = row


class WrongPassphrase(WorkbenchError):
    """The passphrase (or recovery code) did not unwrap the key slot; nothing was written."""

    def __init__(self, message: str = "Wrong user name or passphrase. Check both and try again."):
        super().__init__(message)


class UnknownUser(WrongPassphrase):
    """No key slot for that user name (reported like a wrong passphrase to the person)."""


class VaultDamaged(WorkbenchError):
    """The vault's files are damaged; it may be opened read-only and restored from backup."""


class VaultLocked(WorkbenchError):
    """The vault is locked (or closed); unlock it again to continue."""


class VaultNotFound(WorkbenchError):
    """There is no vault at the given path."""


class VaultTooNew(WorkbenchError):
    """The vault was written by a newer version of Workbench."""


class PermissionDenied(WorkbenchError):
    """The acting user's role may not do this (the policy table); nothing was read or written."""


class NeedsConfirmation(WorkbenchError):
    """The action is allowed but drastic (removing oneself or the last supervisor); repeat it
    with an explicit confirmation."""


class Duplicate(InvalidInput):
    """The same record already exists (the message names it); nothing was written."""


class NotFound(WorkbenchError):
    """A record asked for by id or reference does not exist."""


class ConsentRefused(WorkbenchError):
    """Nothing may leave the vault for this recipient and purpose.

    ``plan`` (set by the consent gate) holds what was withheld and why, for a preview.
    """

    plan: object | None = None


class InsecureEnvironment(WorkbenchError):
    """The runtime lacks a required control (e.g. stock sqlite3 instead of SQLCipher)."""


class Tampered(VaultDamaged):
    """A hub's stored data was altered outside Workbench (a ciphertext, row seal or signed
    entry fails to verify); the message names the table, row and column, never content."""


class Conflict(WorkbenchError):
    """Someone else changed this record since it was read; nothing was written.

    ``current`` holds the record as it now stands, so a face can show the other change.
    """

    current: object | None = None


class HubUnavailable(WorkbenchError):
    """The hub's server cannot be reached (or dropped the connection); nothing was written."""


class HubAsksForPassword(HubUnavailable):
    """The hub's server refused the login for want of a database password (or a wrong one):
    the faces ask for it and try again."""


class InsecureConnection(WorkbenchError):
    """A hub address would connect without verified TLS to a host that is not local."""
