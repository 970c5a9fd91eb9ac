"""Staff profiles: how each user signs a packet (full name, role title, bar/EOIR ID…).

Revision ID: 0003
Revises: 0002
Staff data, not case data, but still inside the encrypted database. Downgrading drops the
table and every profile in it (the vault backs up before any upgrade; see models.migrate).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the staff_profiles table (one row per user name)."""
    op.create_table(
        "staff_profiles",
        sa.Column("user", sa.String(64), primary_key=True),
        sa.Column("full_name", sa.Text(), nullable=False),
        sa.Column("role_title", sa.Text(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("bar_or_eoir_id", sa.Text(), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("phone", sa.Text(), nullable=True),
        sa.Column("email", sa.Text(), nullable=True),
    )


def downgrade() -> None:
    """Drop the table."""
    op.drop_table("staff_profiles")
