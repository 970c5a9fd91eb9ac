"""Initial schema: every table of models.rows, written out explicitly.

Revision ID: 0001
Revises: none
Later migrations change this schema step by step; never edit this file once released.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create every table and index of the first schema."""
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("user", sa.Text(), nullable=False),
        sa.Column("action", sa.String(48), nullable=False),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_audit_case_id", "audit", ["case_id"], unique=False)
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("ref", sa.String(16), nullable=False),
        sa.Column("display_name", sa.Text(), nullable=False),
        sa.Column("legal_name", sa.Text(), nullable=True),
        sa.Column("pronouns", sa.Text(), nullable=True),
        sa.Column("date_of_birth", sa.String(10), nullable=True),
        sa.Column("languages", sa.Text(), nullable=False),
        sa.Column("interpreter_language", sa.Text(), nullable=True),
        sa.Column("safe_contact", sa.Text(), nullable=True),
        sa.Column("confidential_address", sa.Boolean(), nullable=False),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("jurisdiction", sa.String(32), nullable=True),
        sa.Column("assigned_to", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.UniqueConstraint("ref"),
    )
    op.create_table(
        "chain_heads",
        sa.Column("name", sa.String(16), primary_key=True),
        sa.Column("length", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(64), nullable=False),
    )
    op.create_table(
        "closures",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("calendar", sa.String(32), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.UniqueConstraint("day", "calendar", name="uq_closures_day_calendar"),
    )
    op.create_table(
        "disclosures",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("user", sa.Text(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("recipient", sa.Text(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("categories", sa.Text(), nullable=False),
        sa.Column("record_ids", sa.Text(), nullable=False),
        sa.Column("consent_ids", sa.Text(), nullable=False),
        sa.Column("packet_sha256", sa.String(64), nullable=False),
        sa.Column("legal_basis", sa.Text(), nullable=True),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_disclosures_case_id", "disclosures", ["case_id"], unique=False)
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "case_id",
            sa.Integer(),
            sa.ForeignKey("cases.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("recipient", sa.Text(), nullable=False),
        sa.Column("categories", sa.Text(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("granted", sa.String(10), nullable=False),
        sa.Column("expires", sa.String(10), nullable=True),
        sa.Column("revoked", sa.String(10), nullable=True),
        sa.Column("how_given", sa.String(16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
    )
    op.create_index("ix_consents_case_id", "consents", ["case_id"], unique=False)
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "case_id",
            sa.Integer(),
            sa.ForeignKey("cases.id", ondelete="CASCADE"),
            nullable=True,
        ),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=True),
        sa.Column("phone", sa.Text(), nullable=True),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("language", sa.Text(), nullable=True),
    )
    op.create_index("ix_contacts_case_id", "contacts", ["case_id"], unique=False)
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "case_id",
            sa.Integer(),
            sa.ForeignKey("cases.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("doc_date", sa.String(10), nullable=True),
        sa.Column("media_type", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
    )
    op.create_index("ix_documents_case_id", "documents", ["case_id"], unique=False)
    op.create_table(
        "goals",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "case_id",
            sa.Integer(),
            sa.ForeignKey("cases.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
    )
    op.create_index("ix_goals_case_id", "goals", ["case_id"], unique=False)
    op.create_table(
        "matters",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "case_id",
            sa.Integer(),
            sa.ForeignKey("cases.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("ref", sa.String(24), nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("court", sa.Text(), nullable=True),
        sa.Column("case_number", sa.Text(), nullable=True),
        sa.Column("jurisdiction", sa.String(32), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.UniqueConstraint("ref"),
    )
    op.create_index("ix_matters_case_id", "matters", ["case_id"], unique=False)
    op.create_table(
        "referrals",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "case_id",
            sa.Integer(),
            sa.ForeignKey("cases.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("service", sa.Text(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("opened", sa.String(10), nullable=True),
        sa.Column("updated", sa.String(10), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
    )
    op.create_index("ix_referrals_case_id", "referrals", ["case_id"], unique=False)
    op.create_table(
        "safe_addresses",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "case_id",
            sa.Integer(),
            sa.ForeignKey("cases.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("filing", sa.Text(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
    )
    op.create_index("ix_safe_addresses_case_id", "safe_addresses", ["case_id"], unique=False)
    op.create_table(
        "milestones",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "goal_id",
            sa.Integer(),
            sa.ForeignKey("goals.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("due", sa.String(10), nullable=True),
        sa.Column("done", sa.String(10), nullable=True),
    )
    op.create_index("ix_milestones_goal_id", "milestones", ["goal_id"], unique=False)
    op.create_table(
        "triggers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "case_id",
            sa.Integer(),
            sa.ForeignKey("cases.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "matter_id",
            sa.Integer(),
            sa.ForeignKey("matters.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("trigger_type", sa.String(64), nullable=False),
        sa.Column("rule_id", sa.String(64), nullable=False),
        sa.Column("occurred", sa.String(32), nullable=False),
        sa.Column("occurred_tz", sa.String(64), nullable=True),
        sa.Column("jurisdiction", sa.String(32), nullable=True),
        sa.Column("service", sa.String(16), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
    )
    op.create_index("ix_triggers_case_id", "triggers", ["case_id"], unique=False)
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "case_id",
            sa.Integer(),
            sa.ForeignKey("cases.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "matter_id",
            sa.Integer(),
            sa.ForeignKey("matters.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("first_date", sa.String(10), nullable=False),
        sa.Column("start_utc", sa.String(32), nullable=True),
        sa.Column("end_utc", sa.String(32), nullable=True),
        sa.Column("due", sa.String(10), nullable=True),
        sa.Column("all_day", sa.Boolean(), nullable=False),
        sa.Column("tz", sa.String(64), nullable=False),
        sa.Column("location", sa.Text(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("rrule", sa.Text(), nullable=True),
        sa.Column("exdates", sa.Text(), nullable=False),
        sa.Column("interpreter_needed", sa.Boolean(), nullable=False),
        sa.Column("interpreter_booked", sa.Boolean(), nullable=False),
        sa.Column("interpreter_language", sa.Text(), nullable=True),
        sa.Column("owner", sa.String(16), nullable=True),
        sa.Column("assigned_to", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column(
            "trigger_id",
            sa.Integer(),
            sa.ForeignKey("triggers.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("rule_id", sa.String(64), nullable=True),
        sa.Column("result_label", sa.Text(), nullable=True),
        sa.Column("computed_due", sa.String(10), nullable=True),
        sa.Column("safe_due", sa.String(10), nullable=True),
        sa.Column("overridden", sa.Boolean(), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column(
            "evidence_for_id",
            sa.Integer(),
            sa.ForeignKey("events.id", ondelete="SET NULL"),
            nullable=True,
        ),
    )
    op.create_index("ix_events_case_first_date", "events", ["case_id", "first_date"], unique=False)
    op.create_index("ix_events_first_date", "events", ["first_date"], unique=False)
    op.create_index("ix_events_trigger_id", "events", ["trigger_id"], unique=False)


def downgrade() -> None:
    """Drop every table (children before parents)."""
    op.drop_table("events")
    op.drop_table("triggers")
    op.drop_table("milestones")
    op.drop_table("safe_addresses")
    op.drop_table("referrals")
    op.drop_table("matters")
    op.drop_table("goals")
    op.drop_table("documents")
    op.drop_table("contacts")
    op.drop_table("consents")
    op.drop_table("disclosures")
    op.drop_table("closures")
    op.drop_table("chain_heads")
    op.drop_table("cases")
    op.drop_table("audit")
