"""group zone: the group's time zone, for its meetings

A group that already has meetings starts with the zone of its latest meeting or series (what a
new meeting used to default to); one without keeps it empty until it is chosen in Settings.

Revision ID: 0011_group_zone
Revises: 0010_resource_indexes
Create Date: 2026-12-04 22:04:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_group_zone"
down_revision = "0010_resource_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("group_settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("zone", sa.String(length=64), nullable=False, server_default="")
        )
    op.execute(
        """
        update group_settings set zone = coalesce(
            (select zone from (
                select zone, created_at from meetings where deleted_at is null
                union all
                select zone, created_at from meeting_series where deleted_at is null
             ) order by created_at desc limit 1),
            '')
        """
    )
    with op.batch_alter_table("group_settings", schema=None) as batch_op:
        batch_op.alter_column("zone", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("group_settings", schema=None) as batch_op:
        batch_op.drop_column("zone")
