"""resource kits: a part's loan points at the loan of the kit it went out with

Revision ID: 0008_resource_kits
Revises: 0007_grants
Create Date: 2026-12-04 21:34:11.329749
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_resource_kits"
down_revision = "0007_grants"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("resource_loans", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kit_loan_id", sa.String(length=36), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_resource_loans_kit_loan_id"), ["kit_loan_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("resource_loans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resource_loans_kit_loan_id"))
        batch_op.drop_column("kit_loan_id")
