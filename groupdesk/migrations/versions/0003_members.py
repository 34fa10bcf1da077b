"""members: roles over time, skills and interests, mentorships, check-ins, and merge records

Revision ID: 0003_members
Revises: 0002_sync
Create Date: 2026-11-24 17:05:35.363667
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_members"
down_revision = "0002_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checkins",
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("by_id", sa.String(length=36), nullable=True),
        sa.Column("checked_on", sa.Date(), nullable=False),
        sa.Column("how", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("follow_up_done_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkins")),
    )
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checkins_by_id"), ["by_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_checkins_member_id"), ["member_id"], unique=False)

    op.create_table(
        "member_merges",
        sa.Column("survivor_id", sa.String(length=36), nullable=False),
        sa.Column("merged_id", sa.String(length=36), nullable=False),
        sa.Column("moved", sa.Text(), nullable=False),
        sa.Column("filled", sa.Text(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_merges")),
    )
    with op.batch_alter_table("member_merges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_merges_merged_id"), ["merged_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_member_merges_survivor_id"), ["survivor_id"], unique=False
        )

    op.create_table(
        "member_roles",
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=100), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_roles")),
    )
    with op.batch_alter_table("member_roles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_roles_member_id"), ["member_id"], unique=False)

    op.create_table(
        "member_skills",
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("name_key", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("can_teach", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_skills")),
    )
    with op.batch_alter_table("member_skills", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_skills_member_id"), ["member_id"], unique=False)
        batch_op.create_index("ix_member_skills_name_key", ["name_key"], unique=False)

    op.create_table(
        "mentorships",
        sa.Column("mentor_id", sa.String(length=36), nullable=False),
        sa.Column("mentee_id", sa.String(length=36), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("goals", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentorships")),
    )
    with op.batch_alter_table("mentorships", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mentorships_mentee_id"), ["mentee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mentorships_mentor_id"), ["mentor_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("mentorships", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentorships_mentor_id"))
        batch_op.drop_index(batch_op.f("ix_mentorships_mentee_id"))

    op.drop_table("mentorships")
    with op.batch_alter_table("member_skills", schema=None) as batch_op:
        batch_op.drop_index("ix_member_skills_name_key")
        batch_op.drop_index(batch_op.f("ix_member_skills_member_id"))

    op.drop_table("member_skills")
    with op.batch_alter_table("member_roles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_roles_member_id"))

    op.drop_table("member_roles")
    with op.batch_alter_table("member_merges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_merges_survivor_id"))
        batch_op.drop_index(batch_op.f("ix_member_merges_merged_id"))

    op.drop_table("member_merges")
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkins_member_id"))
        batch_op.drop_index(batch_op.f("ix_checkins_by_id"))

    op.drop_table("checkins")
