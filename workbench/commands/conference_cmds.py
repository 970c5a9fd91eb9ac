"""CLI: workbench conference ... (issue 11 §4)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction, *, vault_opts: argparse.ArgumentParser,
             json_opt: argparse.ArgumentParser) -> None:
    """Add the sub-commands of this area to ``sub``."""
