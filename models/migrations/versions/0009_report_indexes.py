"""Partial covering indexes for the program reports' read (issue 12, Speed).

Revision ID: 0009
Revises: 0008
Both backends run it. ``Store.report_facts`` reads the period's interpreter needs, the
service appointments and each case's recurring series from these small indexes instead of
the events table (a SQLCipher vault decrypts every page of a table it scans):

- ``ix_events_interpreter``: the events needing an interpreter, by day;
- ``ix_events_visits``: the service appointments, by day;
- ``ix_events_case_series``: each case's recurring series (is one running in the period?).

On a hub the interpreter index also holds the row id (``INCLUDE``): a sealed language is
decrypted with it. Indexes hold no value the table does not; downgrading drops them.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# the same literal text as models.rows (SQLite uses a partial index only for constants)
_NEEDED = "interpreter_needed = true"
_VISIT = "kind = 'service_appointment'"
_RECURRING = "rrule IS NOT NULL"


def _partial(name: str, columns: list[str], where: str, **options: Any) -> None:
    op.create_index(name, "events", columns, unique=False, sqlite_where=sa.text(where),
                    postgresql_where=sa.text(where), **options)


def upgrade() -> None:
    """Create the three partial indexes."""
    _partial("ix_events_interpreter", ["first_date", "case_id", "kind", "status",
                                       "interpreter_booked", "interpreter_language"],
             _NEEDED, postgresql_include=["id"])
    _partial("ix_events_visits", ["first_date", "case_id", "status"], _VISIT)
    _partial("ix_events_case_series", ["case_id", "first_date", "series_last"], _RECURRING)


def downgrade() -> None:
    """Drop them."""
    for name in ("ix_events_case_series", "ix_events_visits", "ix_events_interpreter"):
        op.drop_index(name, table_name="events")
