"""Where a headless command gets its passphrase: a file, the environment, or a prompt."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from models.errors import InvalidInput

ENV_VAR = "WORKBENCH_PASSPHRASE"


def read_passphrase(passphrase_file: str | None, *, prompt: str = "Passphrase: ",
                    confirm: bool = False, env: str | None = ENV_VAR,
                    file_flag: str = "--passphrase-file", what: str = "passphrase") -> str:
    """Return the passphrase from the file, the environment variable ``env`` (None: never) or
    an interactive prompt; with none of them and no terminal, say which flag (``file_flag``)
    and variable give ``what``."""
    if passphrase_file:
        return _from_file(Path(passphrase_file))
    value = os.environ.get(env) if env else None
    if value:
        return value
    if not sys.stdin.isatty():
        if env:
            raise InvalidInput(f"No {what} given. Use {file_flag} FILE, set {env}, "
                               "or run in a terminal.")
        raise InvalidInput(f"No {prompt.rstrip(': ').lower()} given. Use --password-file F, "
                           "or run in a terminal.")
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
