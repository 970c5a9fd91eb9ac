"""Care-hub records (issue 11 §3-§5): safety plans, case conferences, status histories, and
measurable goals and referrals.

Revision ID: 0007
Revises: 0006
Both backends run it. New tables: ``safety_plans`` (one per case), ``conferences`` and
``status_changes`` (goal and referral statuses, risk levels, housing). New columns, all NULL on
the rows already there (so that their hub seals still verify, models.field_cipher.ADDED_LATER):
goals.domain, priority, measure, baseline, target; milestones.linked_event_id;
referrals.choice, shares_data, consent_id. On a hub the sealed columns are ciphertext in text
columns (docs/hub.md). Downgrading drops the tables and columns and what is in them (the vault
backs up before any upgrade; see models.migrate).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _versioned() -> list[sa.Column[object]]:
    return [sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")),
            sa.Column("seal", sa.Text(), nullable=True)]


def _case() -> sa.Column[int]:
    return sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id", ondelete="CASCADE"),
                     nullable=False)


def upgrade() -> None:
    """Create the three tables and add the columns."""
    op.create_table(
        "status_changes",
        sa.Column("id", sa.Integer(), primary_key=True),
        _case(),
        sa.Column("subject", sa.String(16), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=True),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("changed_at", sa.String(32), nullable=False),
        sa.Column("changed_by", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        *_versioned(),
    )
    op.create_index("ix_status_changes_case_id", "status_changes", ["case_id"], unique=False)
    op.create_table(
        "safety_plans",
        sa.Column("id", sa.Integer(), primary_key=True),
        _case(),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("warning_signs", sa.Text(), nullable=False),
        sa.Column("safe_contacts", sa.Text(), nullable=False),
        sa.Column("safe_places", sa.Text(), nullable=False),
        sa.Column("steps", sa.Text(), nullable=False),
        sa.Column("own_words", sa.Text(), nullable=True),
        sa.Column("risk_level", sa.Text(), nullable=True),
        sa.Column("review_on", sa.String(10), nullable=True),
        sa.Column("review_event_id", sa.Integer(),
                  sa.ForeignKey("events.id", ondelete="SET NULL"), nullable=True),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("updated_by", sa.Text(), nullable=False),
        *_versioned(),
        sa.UniqueConstraint("case_id", name="uq_safety_plans_case_id"),
    )
    op.create_table(
        "conferences",
        sa.Column("id", sa.Integer(), primary_key=True),
        _case(),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("held_on", sa.String(10), nullable=False),
        sa.Column("participation", sa.String(16), nullable=False),
        sa.Column("attendees", sa.Text(), nullable=False),
        sa.Column("wishes", sa.Text(), nullable=True),
        sa.Column("decisions", sa.Text(), nullable=False),
        sa.Column("action_event_ids", sa.Text(), nullable=False),
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("events.id", ondelete="SET NULL"),
                  nullable=True),
        sa.Column("recorded_by", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.String(32), nullable=False),
        *_versioned(),
    )
    op.create_index("ix_conferences_case_id", "conferences", ["case_id"], unique=False)
    with op.batch_alter_table("goals") as batch:
        batch.add_column(sa.Column("domain", sa.String(32), nullable=True))
        batch.add_column(sa.Column("priority", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("measure", sa.Text(), nullable=True))
        batch.add_column(sa.Column("baseline", sa.Text(), nullable=True))
        batch.add_column(sa.Column("target", sa.Text(), nullable=True))
    with op.batch_alter_table("milestones") as batch:
        batch.add_column(sa.Column("linked_event_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_milestones_linked_event_id", "events",
                                 ["linked_event_id"], ["id"], ondelete="SET NULL")
    with op.batch_alter_table("referrals") as batch:
        batch.add_column(sa.Column("choice", sa.String(16), nullable=True))
        batch.add_column(sa.Column("shares_data", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("consent_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_referrals_consent_id", "consents", ["consent_id"], ["id"],
                                 ondelete="SET NULL")


def downgrade() -> None:
    """Drop the columns and the tables."""
    with op.batch_alter_table("referrals") as batch:
        batch.drop_constraint("fk_referrals_consent_id", type_="foreignkey")
        batch.drop_column("consent_id")
        batch.drop_column("shares_data")
        batch.drop_column("choice")
    with op.batch_alter_table("milestones") as batch:
        batch.drop_constraint("fk_milestones_linked_event_id", type_="foreignkey")
        batch.drop_column("linked_event_id")
    with op.batch_alter_table("goals") as batch:
        for name in ("target", "baseline", "measure", "priority", "domain"):
            batch.drop_column(name)
    op.drop_index("ix_conferences_case_id", table_name="conferences")
    op.drop_table("conferences")
    op.drop_table("safety_plans")
    op.drop_index("ix_status_changes_case_id", table_name="status_changes")
    op.drop_table("status_changes")
