"""The hub's columns and tables: row versions, row seals, signed entries, member slots.

Revision ID: 0004
Revises: 0003
Both backends run it. In the local vault ``version`` counts each row's updates (optimistic
concurrency) and ``seal``/``signature`` stay NULL; the hub tables stay empty (the vault's
slots live in keyslots.json). On PostgreSQL the sealed columns that were short strings become
text, since they hold ciphertext there (SQLite does not enforce string lengths, so it is left
alone: its batch mode would copy every table for nothing).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

EDITABLE = ("cases", "safe_addresses", "matters", "triggers", "events", "consents", "documents",
            "referrals", "goals", "milestones", "contacts", "closures", "staff_profiles")
SIGNED = ("audit", "disclosures")
# sealed columns declared as short strings in 0001
WIDENED = (("cases", "date_of_birth", 10), ("documents", "sha256", 64), ("events", "rule_id", 64),
           ("triggers", "trigger_type", 64), ("triggers", "rule_id", 64))


def upgrade() -> None:
    """Add version and seal columns, signatures, and the hub's member and key tables."""
    for table in EDITABLE:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False,
                                       server_default=sa.text("1")))
        op.add_column(table, sa.Column("seal", sa.Text(), nullable=True))
    for table in SIGNED:
        op.add_column(table, sa.Column("signature", sa.Text(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        for table, column, length in WIDENED:
            op.alter_column(table, column, type_=sa.Text(), existing_type=sa.String(length))
    op.create_table(
        "hub_members",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("public_key", sa.Text(), nullable=False),
        sa.Column("signing_key", sa.Text(), nullable=False),
        sa.Column("wrapped", sa.Text(), nullable=False),
        sa.Column("certificate", sa.Text(), nullable=True),
        sa.Column("added_at", sa.String(32), nullable=False),
        sa.Column("removed_at", sa.String(32), nullable=True),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "hub_key_bundles",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("member_id", sa.Integer(), sa.ForeignKey("hub_members.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.Column("sealed", sa.Text(), nullable=False),
    )
    op.create_index("ix_hub_key_bundles_member_id", "hub_key_bundles", ["member_id"], unique=False)
    op.create_table(
        "hub_meta",
        sa.Column("key", sa.String(32), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    """Drop what upgrade added (a hub cannot be downgraded: its data is ciphertext)."""
    if op.get_bind().dialect.name == "postgresql":
        raise RuntimeError("A hub cannot be downgraded below 0004; restore a backup instead.")
    op.drop_table("hub_meta")
    op.drop_index("ix_hub_key_bundles_member_id", table_name="hub_key_bundles")
    op.drop_table("hub_key_bundles")
    op.drop_table("hub_members")
    for table in SIGNED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("signature")
    for table in EDITABLE:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("seal")
            batch.drop_column("version")
