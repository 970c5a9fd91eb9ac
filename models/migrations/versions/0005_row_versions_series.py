"""Row versions in the audit trail, numbered staff profiles, arithmetic series columns.

Revision ID: 0005
Revises: 0004
Both backends run it; every new column is nullable and starts NULL, and a NULL one is left
out of a hub row's seal and of an audit entry's hash (models.field_cipher.ADDED_LATER,
models.chain.ADDED_LATER), so rows and entries written before it still verify.

- ``audit.row_version``: on a hub, the version each write left its row at, so that
  ``workbench check`` tells an older copy of a row put back on the server.
- ``staff_profiles.id``: a number for the audit trail's row accounts (a profile deleted on the
  server shows); on PostgreSQL drawn from its own sequence.
- ``events.series_first/step/last``: a series whose occurrences are one arithmetic progression
  of local days, so that the caseload finds its next date in SQL. ``ix_events_open`` is made
  again with them (the caseload's aggregate stays index-only on SQLite), and
  ``ix_events_series_rule`` indexes the series without one (expanded in Python).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

SERIES = ("series_first", "series_step", "series_last")
_OPEN = ["case_id", "first_date", "kind", "owner", "due", "rrule", "status"]  # as 0002 made it
_SCHEDULED = sa.text("status = 'scheduled'")
_BY_RULE = "rrule IS NOT NULL AND series_step IS NULL"


def upgrade() -> None:
    """Add the columns (all NULL) and, on PostgreSQL, the staff profiles' id sequence."""
    op.add_column("audit", sa.Column("row_version", sa.Integer(), nullable=True))
    for column in SERIES:
        op.add_column("events", sa.Column(column, sa.Integer(), nullable=True))
    op.drop_index("ix_events_open", table_name="events")
    op.create_index("ix_events_open", "events", [*_OPEN, *SERIES], unique=False,
                    sqlite_where=_SCHEDULED)
    op.create_index("ix_events_series_rule", "events", ["case_id"], unique=False,
                    sqlite_where=sa.text(_BY_RULE), postgresql_where=sa.text(_BY_RULE))
    with op.batch_alter_table("staff_profiles") as batch:
        batch.add_column(sa.Column("id", sa.Integer(), nullable=True))
        batch.create_unique_constraint("uq_staff_profiles_id", ["id"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE SEQUENCE IF NOT EXISTS staff_profiles_id_seq OWNED BY staff_profiles.id")


def downgrade() -> None:
    """Drop them again (on PostgreSQL the sequence goes with its column)."""
    with op.batch_alter_table("staff_profiles") as batch:
        batch.drop_constraint("uq_staff_profiles_id", type_="unique")
        batch.drop_column("id")
    op.drop_index("ix_events_series_rule", table_name="events")
    op.drop_index("ix_events_open", table_name="events")
    op.create_index("ix_events_open", "events", _OPEN, unique=False, sqlite_where=_SCHEDULED)
    for column in reversed(SERIES):
        with op.batch_alter_table("events") as batch:
            batch.drop_column(column)
    with op.batch_alter_table("audit") as batch:
        batch.drop_column("row_version")
