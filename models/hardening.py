"""Process hardening and key memory: umask 077, no core dumps, zeroable key buffers.

SECURITY.md control 3. ``harden_process`` is idempotent and safe to call from every entry
point; ``SecretKey`` keeps key bytes in a ``bytearray`` so that ``wipe`` really zeroes them.
"""

from __future__ import annotations

import ctypes
import os
import sys

from models.errors import VaultLocked
from models.i18n import translate

_PR_SET_DUMPABLE = 4
_hardened = False


def harden_process() -> None:
    """Set umask 077 and forbid core dumps (RLIMIT_CORE 0; Linux: not dumpable). Idempotent."""
    global _hardened
    # umask is process-wide and cheap to set again; always enforce it in case someone reset it.
    os.umask(0o077)
    if _hardened:
        return
    _disable_core_dumps()
    if sys.platform.startswith("linux"):
        _set_not_dumpable()
    _hardened = True


def _disable_core_dumps() -> None:
    try:
        import resource
    except ImportError:  # Windows: no core files to speak of
        return
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        # A hard limit that cannot be lowered is unusual; lower the soft limit at least.
        _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
        resource.setrlimit(resource.RLIMIT_CORE, (0, hard))


def _set_not_dumpable() -> None:
    # Not dumpable also keeps same-user processes from ptrace-attaching and reading /proc/pid/mem.
    libc = _libc()
    if libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_DUMPABLE, 0) failed")


def is_dumpable() -> bool:
    """Whether the kernel would let this process dump core (Linux only; True elsewhere)."""
    if not sys.platform.startswith("linux"):
        return True
    return bool(_libc().prctl(3, 0, 0, 0, 0))  # PR_GET_DUMPABLE


def _libc() -> ctypes.CDLL:
    # the C library already loaded into this process: ctypes.util.find_library("c") would run
    # ldconfig in a subprocess at every command start
    return ctypes.CDLL(None, use_errno=True)


class SecretKey:
    """A 32-byte key held in a mutable buffer that ``wipe`` zeroes; use after wipe is VaultLocked."""

    __slots__ = ("_buf", "_live")

    def __init__(self, key: bytes | bytearray) -> None:
        if len(key) != 32:
            raise ValueError("a vault key is 32 bytes")
        self._buf = bytearray(key)
        self._live = True

    @property
    def live(self) -> bool:
        """False once the key has been wiped."""
        return self._live

    def raw(self) -> bytearray:
        """The key bytes (the live buffer itself, not a copy)."""
        if not self._live:
            raise VaultLocked(translate("Hardening",
                    "The vault is locked. Unlock it to continue."))
        return self._buf

    def pragma_literal(self) -> str:
        """The SQLCipher raw-key literal ``"x'<64 hex>'"`` (a short-lived str, unavoidable)."""
        return "\"x'" + self.raw().hex() + "'\""

    def wipe(self) -> None:
        """Zero the buffer in place and mark the key dead."""
        for i in range(len(self._buf)):
            self._buf[i] = 0
        self._live = False

    def __repr__(self) -> str:
        return "SecretKey(<wiped>)" if not self._live else "SecretKey(<hidden>)"
