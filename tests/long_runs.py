"""Whether this is ``make test-long`` (``WORKBENCH_LONG=1``): the one switch every suite reads."""

from __future__ import annotations

import os

import pytest

LONG = os.environ.get("WORKBENCH_LONG") == "1"


def long_only(reason: str) -> pytest.MarkDecorator:
    """Skip in ``make test``; run in ``make test-long`` (``reason`` says why it is long)."""
    return pytest.mark.skipif(not LONG, reason=f"{reason}: make test-long runs it")
