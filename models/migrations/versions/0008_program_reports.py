"""Program reports (issue 12): anonymous survivor feedback and the record of each aggregate
report made.

Revision ID: 0008
Revises: 0007
Both backends run it. ``feedback`` holds no case id and no time finer than a month;
``report_disclosures`` holds who made which report of which period, with which suppression
threshold and how many cases were left out. Nothing in either is sealed on a hub (docs/hub.md).
Downgrading drops both tables and what is in them (the vault backs up before any upgrade).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _versioned() -> list[sa.Column[object]]:
    return [sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")),
            sa.Column("seal", sa.Text(), nullable=True)]


def upgrade() -> None:
    """Create the two tables."""
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("program", sa.String(64), nullable=False),
        sa.Column("period", sa.String(7), nullable=False),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("satisfaction", sa.Integer(), nullable=True),
        sa.Column("felt_safe", sa.String(8), nullable=True),
        sa.Column("felt_listened", sa.Integer(), nullable=True),
        *_versioned(),
    )
    op.create_index("ix_feedback_period", "feedback", ["period"], unique=False)
    op.create_table(
        "report_disclosures",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("user", sa.Text(), nullable=False),
        sa.Column("template_id", sa.String(64), nullable=False),
        sa.Column("period_from", sa.String(10), nullable=False),
        sa.Column("period_to", sa.String(10), nullable=False),
        sa.Column("threshold", sa.Integer(), nullable=False),
        sa.Column("left_out_cases", sa.Integer(), nullable=False),
        sa.Column("suppressed_cells", sa.Integer(), nullable=False),
        sa.Column("output", sa.String(8), nullable=False),
        sa.Column("output_sha256", sa.String(64), nullable=True),
        *_versioned(),
    )


def downgrade() -> None:
    """Drop the tables."""
    op.drop_table("report_disclosures")
    op.drop_index("ix_feedback_period", table_name="feedback")
    op.drop_table("feedback")
