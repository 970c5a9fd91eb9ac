"""Fixtures of the exports tests (helpers live in packet_fixtures)."""

from __future__ import annotations

import pytest
from packet_fixtures import Records, make_records


@pytest.fixture
def records() -> Records:
    return make_records()
