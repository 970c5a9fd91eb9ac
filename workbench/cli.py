"""The `workbench` command: the GUI by default, headless sub-commands that never import Qt."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from models.errors import (
    Conflict,
    HubUnavailable,
    InsecureConnection,
    InvalidInput,
    NeedsConfirmation,
    NotFound,
    PermissionDenied,
    VaultDamaged,
    VaultNotFound,
    WorkbenchError,
    WrongPassphrase,
)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_BAD_INPUT = 2
EXIT_WRONG_PASSPHRASE = 3
EXIT_DAMAGED = 4
EXIT_NOT_PERMITTED = 5
EXIT_HUB_UNAVAILABLE = 6
EXIT_CONFLICT = 7

EXIT_CODES_HELP = """exit codes:
  0 done   1 anything else   2 bad input (an unknown case, matter or vault, a bad hub address,
  a drastic step not yet confirmed)   3 wrong user or passphrase   4 damaged vault, or a hub
  whose data was altered   5 not permitted for your role   6 the hub's server cannot be
  reached (nothing was written)   7 someone else changed the record first (nothing was
  written; read it again and redo the change)"""


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one clear line (exit 2)."""

    def error(self, message: str) -> None:  # noqa: D401 - argparse override
        self.exit(EXIT_BAD_INPUT, f"workbench: {message} (see 'workbench {self._sub_name()} --help')\n")

    def _sub_name(self) -> str:
        parts = self.prog.split()
        return " ".join(parts[1:]) if len(parts) > 1 else ""


def _vault_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--user", help="user name of the key slot to unlock")
    common.add_argument("--passphrase-file", metavar="F", help="read the passphrase from file F")
    common.add_argument("--db-password-file", metavar="F",
                        help="a hub's database password, if .pgpass or a certificate does not "
                             "serve (asked for when the server wants one)")
    common.add_argument("--json", action="store_true", help="machine-readable output on stdout")
    return common


def _json_option() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help="machine-readable output on stdout")
    return common


def build_parser() -> argparse.ArgumentParser:
    """All sub-commands; each names its handler in ``func`` (imported lazily)."""
    from workbench.commands import register_all

    parser = _Parser(prog="workbench", description="Legal–clinical coordination workbench. "
                     "Wherever a command takes VAULT it also takes a hub address "
                     "postgresql://HOST[:PORT]/DB (with --user).",
                     epilog=EXIT_CODES_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    register_all(sub, vault_opts=_vault_options(), json_opt=_json_option())
    return parser


def run(argv: Sequence[str]) -> int:
    """Parse ``argv`` and run the command; errors become one line on stderr and an exit code."""
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if args.command is None:
        args = parser.parse_args(["gui"])
    handler: Callable[[argparse.Namespace], int | None] = args.func
    try:
        return handler(args) or EXIT_OK
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except (InvalidInput, NotFound, VaultNotFound, NeedsConfirmation,
            InsecureConnection) as exc:
        return _fail(str(exc), EXIT_BAD_INPUT)
    except Conflict as exc:
        return _fail(_one_line(str(exc)), EXIT_CONFLICT)
    except HubUnavailable as exc:
        return _fail(str(exc), EXIT_HUB_UNAVAILABLE)
    except PermissionDenied as exc:
        return _fail(str(exc), EXIT_NOT_PERMITTED)
    except WrongPassphrase as exc:
        return _fail(str(exc), EXIT_WRONG_PASSPHRASE)
    except VaultDamaged as exc:
        return _fail(str(exc), EXIT_DAMAGED)
    except WorkbenchError as exc:
        return _fail(str(exc), EXIT_ERROR)
    except KeyboardInterrupt:
        return _fail("interrupted; nothing was half-written", EXIT_ERROR)
    except Exception as exc:  # never show a traceback (it may hold case data) unless asked
        if os.environ.get("WORKBENCH_DEBUG"):
            raise
        return _fail(
            f"internal error ({exc.__class__.__name__}); nothing was half-written. "
            "Set WORKBENCH_DEBUG=1 to see details.",
            EXIT_ERROR,
        )


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _quiet_broken_pipe() -> int:
    """The reader went away (``| head``): stop quietly, with nothing more on stdout."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (in-process tests)
        pass
    return EXIT_OK


def _fail(message: str, code: int) -> int:
    sys.stderr.write(f"workbench: {message}\n")
    return code


def main() -> None:
    """Console entry point."""
    from models.hardening import harden_process

    harden_process()
    code = run(sys.argv[1:])
    try:
        sys.stdout.flush()  # a closed pipe shows here when the output was buffered
    except BrokenPipeError:
        code = _quiet_broken_pipe()
    sys.exit(code)


if __name__ == "__main__":
    main()
