"""meeting rules: the group's quorum, default decision rule and whether proxies are allowed

Revision ID: 0005_meeting_rules
Revises: 0004_meetings
Create Date: 2026-12-04 19:39:05.754332
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_meeting_rules"
down_revision = "0004_meetings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A group from before meetings has no quorum, decides by simple majority, and no proxies.
    with op.batch_alter_table("group_settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("quorum", sa.String(length=20), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column(
                "decision_rule",
                sa.String(length=60),
                nullable=False,
                server_default="simple majority",
            )
        )
        batch_op.add_column(
            sa.Column("proxies_allowed", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    # The defaults filled the rows that existed; new rows get theirs from the model.
    with op.batch_alter_table("group_settings", schema=None) as batch_op:
        for column in ("quorum", "decision_rule", "proxies_allowed"):
            batch_op.alter_column(column, server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("group_settings", schema=None) as batch_op:
        batch_op.drop_column("proxies_allowed")
        batch_op.drop_column("decision_rule")
        batch_op.drop_column("quorum")
