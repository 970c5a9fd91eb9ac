"""Partial indexes: recurring series (window queries) and scheduled items (the caseload).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Index the (few) events that carry a recurrence rule."""
    op.create_index(
        "ix_events_series", "events", ["first_date"], unique=False,
        sqlite_where=sa.text("rrule IS NOT NULL"),
    )
    op.create_index(
        "ix_events_open", "events", ["case_id", "first_date", "kind", "owner", "due", "rrule", "status"],
        unique=False, sqlite_where=sa.text("status = 'scheduled'"),
    )


def downgrade() -> None:
    """Drop both indexes."""
    op.drop_index("ix_events_open", table_name="events")
    op.drop_index("ix_events_series", table_name="events")
