"""Interpreter bookings (issue 15 §4): who interprets which appointment or hearing, in which
language, how, and whether it is confirmed (models.store_bookings).

Revision ID: 0011
Revises: 0010
Both backends run it. ``interpreter_bookings`` holds, per booking, its case and event (the
event's data category: on a hub the row's key group and write policy, as for events), the
language and dialect, the provider (vendor, court-appointed, staff, volunteer) and mode
(in person, phone, video), the interpreter (a contact, or a name) and vendor, its status and
confirmation reference and time, and notes; language, dialect, names, reference and notes are
sealed on a hub. On a hub the new table gets the members' grants and the category policies
with the upgrade (models.hub_rls). Downgrading drops the table and what is in it (the vault
backs up before any upgrade; see models.migrate); the events' ``interpreter_booked`` flags stay.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the table."""
    op.create_table(
        "interpreter_bookings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("events.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("language", sa.Text(), nullable=False),
        sa.Column("dialect", sa.Text(), nullable=True),
        sa.Column("provider", sa.String(24), nullable=False),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("contact_id", sa.Integer(), sa.ForeignKey("contacts.id", ondelete="SET NULL"),
                  nullable=True),
        sa.Column("interpreter_name", sa.Text(), nullable=True),
        sa.Column("vendor", sa.Text(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reference", sa.Text(), nullable=True),
        sa.Column("confirmed_at", sa.String(32), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")),
        sa.Column("seal", sa.Text(), nullable=True),
    )
    op.create_index("ix_interpreter_bookings_case_id", "interpreter_bookings", ["case_id"],
                    unique=False)
    op.create_index("ix_interpreter_bookings_event_id", "interpreter_bookings", ["event_id"],
                    unique=False)


def downgrade() -> None:
    """Drop the table."""
    op.drop_index("ix_interpreter_bookings_event_id", table_name="interpreter_bookings")
    op.drop_index("ix_interpreter_bookings_case_id", table_name="interpreter_bookings")
    op.drop_table("interpreter_bookings")
