"""resources: items, kits and photos, loans with extensions, reservations, upkeep and its plans

Revision ID: 0006_resources
Revises: 0005_meeting_rules
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_resources"
down_revision = "0005_meeting_rules"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "resource_items",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("custodian_id", sa.String(length=36), nullable=True),
        sa.Column("location", sa.String(length=300), nullable=True),
        sa.Column("condition", sa.String(length=20), nullable=False),
        sa.Column("condition_note", sa.Text(), nullable=True),
        sa.Column("value_minor", sa.Integer(), nullable=True),
        sa.Column("value_currency", sa.String(length=3), nullable=True),
        sa.Column("grant_id", sa.String(length=36), nullable=True),
        sa.Column("grant_expense_id", sa.String(length=36), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("loan_days", sa.Integer(), nullable=False),
        sa.Column("deposit_minor", sa.Integer(), nullable=True),
        sa.Column("deposit_currency", sa.String(length=3), nullable=True),
        sa.Column("late_fee_minor", sa.Integer(), nullable=True),
        sa.Column("late_fee_currency", sa.String(length=3), nullable=True),
        sa.Column("buffer_days", sa.Integer(), nullable=False),
        sa.Column("block_when_out_of_service", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resource_items")),
    )
    op.create_index(
        op.f("ix_resource_items_custodian_id"), "resource_items", ["custodian_id"], unique=False
    )
    op.create_index("ix_resource_items_kind_name", "resource_items", ["kind", "name"], unique=False)
    op.create_index(
        op.f("ix_resource_items_owner_id"), "resource_items", ["owner_id"], unique=False
    )
    op.create_table(
        "resource_loan_extensions",
        sa.Column("loan_id", sa.String(length=36), nullable=False),
        sa.Column("from_due", sa.Date(), nullable=False),
        sa.Column("to_due", sa.Date(), nullable=False),
        sa.Column("extended_on", sa.Date(), nullable=False),
        sa.Column("by_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resource_loan_extensions")),
    )
    op.create_index(
        op.f("ix_resource_loan_extensions_loan_id"),
        "resource_loan_extensions",
        ["loan_id"],
        unique=False,
    )
    op.create_table(
        "resource_loans",
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("borrower_id", sa.String(length=36), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("out_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("returned_on", sa.Date(), nullable=True),
        sa.Column("condition_out", sa.String(length=20), nullable=False),
        sa.Column("condition_in", sa.String(length=20), nullable=True),
        sa.Column("condition_note", sa.Text(), nullable=True),
        sa.Column("handed_out_by_id", sa.String(length=36), nullable=True),
        sa.Column("received_by_id", sa.String(length=36), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("reservation_id", sa.String(length=36), nullable=True),
        sa.Column("deposit_taken_minor", sa.Integer(), nullable=True),
        sa.Column("deposit_taken_currency", sa.String(length=3), nullable=True),
        sa.Column("deposit_returned_minor", sa.Integer(), nullable=True),
        sa.Column("deposit_returned_currency", sa.String(length=3), nullable=True),
        sa.Column("deposit_kept_minor", sa.Integer(), nullable=True),
        sa.Column("deposit_kept_currency", sa.String(length=3), nullable=True),
        sa.Column("kept_reason", sa.Text(), nullable=True),
        sa.Column("fee_charged_minor", sa.Integer(), nullable=True),
        sa.Column("fee_charged_currency", sa.String(length=3), nullable=True),
        sa.Column("fee_waived_by_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resource_loans")),
    )
    op.create_index(
        op.f("ix_resource_loans_borrower_id"), "resource_loans", ["borrower_id"], unique=False
    )
    op.create_index(
        op.f("ix_resource_loans_handed_out_by_id"),
        "resource_loans",
        ["handed_out_by_id"],
        unique=False,
    )
    op.create_index(
        "ix_resource_loans_item_returned",
        "resource_loans",
        ["item_id", "returned_on"],
        unique=False,
    )
    op.create_index(
        "ix_resource_loans_returned_due", "resource_loans", ["returned_on", "due_on"], unique=False
    )
    op.create_table(
        "resource_parts",
        sa.Column("kit_id", sa.String(length=36), nullable=False),
        sa.Column("part_id", sa.String(length=36), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resource_parts")),
    )
    op.create_index(op.f("ix_resource_parts_kit_id"), "resource_parts", ["kit_id"], unique=False)
    op.create_index(op.f("ix_resource_parts_part_id"), "resource_parts", ["part_id"], unique=False)
    op.create_table(
        "resource_photos",
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("attachment_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resource_photos")),
    )
    op.create_index(
        op.f("ix_resource_photos_item_id"), "resource_photos", ["item_id"], unique=False
    )
    op.create_table(
        "resource_reservations",
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("member_id", sa.String(length=36), nullable=True),
        sa.Column("meeting_id", sa.String(length=36), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("loan_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resource_reservations")),
    )
    op.create_index(
        "ix_resource_reservations_item_ends",
        "resource_reservations",
        ["item_id", "ends_on"],
        unique=False,
    )
    op.create_index(
        op.f("ix_resource_reservations_meeting_id"),
        "resource_reservations",
        ["meeting_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_resource_reservations_member_id"),
        "resource_reservations",
        ["member_id"],
        unique=False,
    )
    op.create_index(
        "ix_resource_reservations_status_ends",
        "resource_reservations",
        ["status", "ends_on"],
        unique=False,
    )
    op.create_table(
        "resource_upkeep",
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("plan_id", sa.String(length=36), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("what", sa.String(length=300), nullable=False),
        sa.Column("cost_minor", sa.Integer(), nullable=True),
        sa.Column("cost_currency", sa.String(length=3), nullable=True),
        sa.Column("by_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resource_upkeep")),
    )
    op.create_index(
        op.f("ix_resource_upkeep_item_id"), "resource_upkeep", ["item_id"], unique=False
    )
    op.create_table(
        "resource_upkeep_plans",
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("what", sa.String(length=300), nullable=False),
        sa.Column("every_months", sa.Integer(), nullable=True),
        sa.Column("every_loans", sa.Integer(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resource_upkeep_plans")),
    )
    op.create_index(
        op.f("ix_resource_upkeep_plans_item_id"), "resource_upkeep_plans", ["item_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_resource_upkeep_plans_item_id"), table_name="resource_upkeep_plans")
    op.drop_table("resource_upkeep_plans")
    op.drop_index(op.f("ix_resource_upkeep_item_id"), table_name="resource_upkeep")
    op.drop_table("resource_upkeep")
    op.drop_index("ix_resource_reservations_status_ends", table_name="resource_reservations")
    op.drop_index(op.f("ix_resource_reservations_member_id"), table_name="resource_reservations")
    op.drop_index(op.f("ix_resource_reservations_meeting_id"), table_name="resource_reservations")
    op.drop_index("ix_resource_reservations_item_ends", table_name="resource_reservations")
    op.drop_table("resource_reservations")
    op.drop_index(op.f("ix_resource_photos_item_id"), table_name="resource_photos")
    op.drop_table("resource_photos")
    op.drop_index(op.f("ix_resource_parts_part_id"), table_name="resource_parts")
    op.drop_index(op.f("ix_resource_parts_kit_id"), table_name="resource_parts")
    op.drop_table("resource_parts")
    op.drop_index("ix_resource_loans_returned_due", table_name="resource_loans")
    op.drop_index("ix_resource_loans_item_returned", table_name="resource_loans")
    op.drop_index(op.f("ix_resource_loans_handed_out_by_id"), table_name="resource_loans")
    op.drop_index(op.f("ix_resource_loans_borrower_id"), table_name="resource_loans")
    op.drop_table("resource_loans")
    op.drop_index(
        op.f("ix_resource_loan_extensions_loan_id"), table_name="resource_loan_extensions"
    )
    op.drop_table("resource_loan_extensions")
    op.drop_index(op.f("ix_resource_items_owner_id"), table_name="resource_items")
    op.drop_index("ix_resource_items_kind_name", table_name="resource_items")
    op.drop_index(op.f("ix_resource_items_custodian_id"), table_name="resource_items")
    op.drop_table("resource_items")
