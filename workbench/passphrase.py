"""Where a headless command gets its passphrase: a file, the environment, or a prompt."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from models.errors import InvalidInput

ENV_VAR = "WORKBENCH_PASSPHRASE"


def read_passphrase(passphrase_file: str | None, *, prompt: str = "Passphrase: ", confirm: bool = False) -> str:
    """Return the passphrase from --passphrase-file, $WORKBENCH_PASSPHRASE or an interactive prompt."""
    if passphrase_file:
        return _from_file(Path(passphrase_file))
    value = os.environ.get(ENV_VAR)
    if value:
        return value
    if not sys.stdin.isatty():
        raise InvalidInput(
            f"No passphrase given. Use --passphrase-file FILE, set {ENV_VAR}, or run in a terminal."
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat passphrase: ") != first:
        raise InvalidInput("The two passphrases differ. Run the command again.")
    return first


def _from_file(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidInput(f"Passphrase file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"Cannot read the passphrase file {path}: {exc.__class__.__name__}") from None
    value = text.rstrip("\r\n")
    if not value:
        raise InvalidInput(f"The passphrase file {path} is empty.")
    return value
