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
  of local days, so that the caseload finds its next date in SQL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

SERIES = ("series_first", "series_step", "series_last")


def upgrade() -> None:
    """Add the columns (all NULL) and, on PostgreSQL, the staff profiles' id sequence."""
    op.add_column("audit", sa.Column("row_version", sa.Integer(), nullable=True))
    for column in SERIES:
        op.add_column("events", sa.Column(column, sa.Integer(), nullable=True))
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
    for column in reversed(SERIES):
        with op.batch_alter_table("events") as batch:
            batch.drop_column(column)
    with op.batch_alter_table("audit") as batch:
        batch.drop_column("row_version")
