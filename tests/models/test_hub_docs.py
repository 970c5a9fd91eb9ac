"""docs/hub.md's plaintext-column table says what the server can read: it must be the code's.

A column is encrypted on a hub exactly when its type is ``Sealed``; every other column is
plaintext, and the table in docs/hub.md ("Plaintext columns, per table") lists them.
"""

from __future__ import annotations

import re
from pathlib import Path

from models.field_cipher import Sealed
from models.rows import Base

DOC = Path(__file__).resolve().parents[2] / "docs" / "hub.md"


def _documented() -> dict[str, set[str]]:
    text = DOC.read_text("utf-8")
    section = text[text.index("### Plaintext columns, per table"):text.index("\nIn words")]
    found = {}
    for line in section.splitlines():
        m = re.match(r"\| `(\w+)` \| (.*?) \|", line)
        if m:
            names = m.group(2).replace("every column:", "")
            found[m.group(1)] = {c.strip() for c in names.split(",")}
    return found


def test_the_documented_plaintext_columns_are_the_unsealed_ones() -> None:
    documented = _documented()
    for table in Base.metadata.sorted_tables:
        plain = {c.name for c in table.columns if not isinstance(c.type, Sealed)}
        assert documented.get(table.name) == plain, table.name
    assert set(documented) == {t.name for t in Base.metadata.sorted_tables} | {"alembic_version"}
