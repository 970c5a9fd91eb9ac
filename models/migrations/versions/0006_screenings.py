"""Screenings: one row per administration of a screening instrument (issue 11).

Revision ID: 0006
Revises: 0005
Both backends run it. On a hub the answers, total, band, reason and consent note are sealed
(ciphertext in text columns); the instrument, category, status and dates are plaintext
(docs/hub.md). Downgrading drops the table and every screening in it (the vault backs up
before any upgrade; see models.migrate).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the screenings table."""
    op.create_table(
        "screenings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("instrument_id", sa.String(32), nullable=False),
        sa.Column("instrument_version", sa.String(16), nullable=False),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("consent_at", sa.String(32), nullable=False),
        sa.Column("consent_by", sa.Text(), nullable=False),
        sa.Column("consent_note", sa.Text(), nullable=True),
        sa.Column("started_at", sa.String(32), nullable=False),
        sa.Column("completed_at", sa.String(32), nullable=True),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("total", sa.Text(), nullable=True),
        sa.Column("band", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")),
        sa.Column("seal", sa.Text(), nullable=True),
    )
    op.create_index("ix_screenings_case_id", "screenings", ["case_id"], unique=False)


def downgrade() -> None:
    """Drop the table."""
    op.drop_index("ix_screenings_case_id", table_name="screenings")
    op.drop_table("screenings")
