"""item name key: each item's name folded for sorting, kept with it and indexed

The Resources list is in name order by the folded name (case and accents: SQLite's `lower()`
folds only ASCII), which was worked out in Python for every item on every read: the page's
first screenful had to fold all 30,000 names at 100,000 members to pick the first 200. The fold
is now kept in `name_key` (a derived field, computed from the name on every write and after
every merge, as a member's `sort_key` is), and an index in name order lets SQLite hand over the
first rows at once. Filled here by the same function the app uses. The column is added and
dropped in place (never by a batch's table rebuild, which would drop the triggers on items that
migration 0013 made), so it keeps the empty default it was added with.

Revision ID: 0017_item_name_key
Revises: 0016_member_counts
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from groupdesk.services.collation import search_key

revision = "0017_item_name_key"
down_revision = "0016_member_counts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "resource_items",
        sa.Column("name_key", sa.String(length=200), nullable=False, server_default=sa.text("''")),
    )
    bind = op.get_bind()
    names = bind.exec_driver_sql("SELECT id, name FROM resource_items").fetchall()
    if names:
        bind.exec_driver_sql(
            "UPDATE resource_items SET name_key = ? WHERE id = ?",
            [(search_key(name), item_id) for item_id, name in names],
        )
    op.create_index(
        "ix_resource_items_by_name", "resource_items", ["name_key", "name", "id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_resource_items_by_name", table_name="resource_items")
    op.execute("ALTER TABLE resource_items DROP COLUMN name_key")
