"""Links to records held elsewhere (issue 14): an EHR's appointments and patients, partner
agencies' transfer bundles (models.store_links).

Revision ID: 0010
Revises: 0009
Both backends run it. ``external_links`` holds, per linked record, its system (``source``),
its kind, its id there (``external_id``: sealed on a hub, it can identify a person), the keyed
hash it is found by (``lookup``), the case and our record it became, and a hash of its content
when last seen (``digest``, sealed on a hub). On a hub the new table gets the members' grants
with the upgrade (models.hub_rls.CASE_TABLES). Downgrading drops the table and what is in it
(the vault backs up before any upgrade; see models.migrate).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the table."""
    op.create_table(
        "external_links",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("external_id", sa.Text(), nullable=False),
        sa.Column("lookup", sa.String(96), nullable=False),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("digest", sa.Text(), nullable=True),
        sa.Column("linked_at", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")),
        sa.Column("seal", sa.Text(), nullable=True),
        sa.UniqueConstraint("source", "kind", "lookup", name="uq_external_links_lookup"),
    )
    op.create_index("ix_external_links_case_id", "external_links", ["case_id"], unique=False)


def downgrade() -> None:
    """Drop the table."""
    op.drop_index("ix_external_links_case_id", table_name="external_links")
    op.drop_table("external_links")
