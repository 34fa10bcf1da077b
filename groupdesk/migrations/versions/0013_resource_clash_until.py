"""resource clash until: the last day each item's holdings need more of it than there is

The clash list swept every loan out and every booking of the group on each opening of the
Resources page and of the Dashboard (0.75 s at 100,000 members: 8,000 loans, 42,000 bookings).
Each item's last over-used day is now kept in a local table, `resource_clash_until`, by
triggers on loans, bookings and items, so every write keeps it right whatever made it: the app,
a sync merge, an undo. A loan counts to its due day here (the table cannot know "today"); the
clash list also looks at items with an overdue loan, which hold them with no end. It is never
synced: every laptop derives it from the same synced rows. Filled here from the rows already
held.

Revision ID: 0013_resource_clash_until
Revises: 0012_member_seen
Create Date: 2026-12-05 15:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_resource_clash_until"
down_revision = "0012_member_seen"
branch_labels = None
depends_on = None


#: Each kind of holding: its name in the triggers, its table, its first and last day, and
#: what it takes to hold its item (`{row}` is OLD, NEW or the table's alias), deletion aside.
_HOLDINGS = (
    ("loan", "resource_loans", "out_on", "due_on", "returned_on", "{row}.returned_on IS NULL"),
    (
        "booking",
        "resource_reservations",
        "starts_on",
        "ends_on",
        "status",
        "{row}.status = 'booked'",
    ),
)


def _over_used_until(items: str) -> str:
    """(item_id, until) for the items `holding.item_id {items}` picks whose holdings need more
    of them than there is on some day, `until` the last such day: a sweep where each holding
    adds its quantity on its first day and gives it back the day after its last day and the
    item's buffer days; the running sum over the item's quantity until the next move is an
    over-used stretch, and the last one's end is kept. A holding whose last day and buffer
    end before its first day (a loan whose two days two laptops moved apart) holds nothing."""
    holdings = " UNION ALL ".join(
        f"""SELECT holding.item_id, julianday({first}) AS day, holding.quantity AS change,
                   julianday({last}) + item.buffer_days + 1 AS after, item.quantity AS stock
              FROM {table} AS holding JOIN resource_items AS item ON item.id = holding.item_id
             WHERE holding.item_id {items} AND holding.deleted_at IS NULL AND {held}
               AND julianday({last}) + item.buffer_days >= julianday({first})"""  # noqa: S608
        for _kind, table, first, last, _state, holds in _HOLDINGS
        for held in [holds.format(row="holding")]
    )
    return f"""
        SELECT item_id, date(max(next_day) - 1) FROM (
            SELECT item_id, stock, sum(change) OVER moves AS held, lead(day) OVER moves AS next_day
              FROM (SELECT item_id, day, change, stock FROM ({holdings})
                    UNION ALL SELECT item_id, after, -change, stock FROM ({holdings}))
            WINDOW moves AS (PARTITION BY item_id ORDER BY day, change)
        ) WHERE held > stock GROUP BY item_id"""  # noqa: S608 (this module's SQL)


def _recount(item: str) -> str:
    """Statements setting `item`'s (NEW.x or OLD.x) last over-used day again."""
    return f"""
        DELETE FROM resource_clash_until WHERE item_id = {item};
        INSERT INTO resource_clash_until (item_id, until) {_over_used_until(f"= {item}")};"""  # noqa: S608


def _holding_changed(*columns: str) -> str:
    return " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)


def _holds(holds: str, row: str) -> str:
    return f"{holds.format(row=row)} AND {row}.deleted_at IS NULL"


def _holding_triggers() -> dict[str, tuple[str, str]]:
    """A trigger for each write to a loan or a booking that holds its item before or after
    it: a row that holds nothing either side cannot move the day (most loans a group keeps
    are returned, and a join or restore writes them all)."""
    triggers: dict[str, tuple[str, str]] = {}
    for kind, table, first, last, state, held in _HOLDINGS:
        changed = _holding_changed("item_id", "quantity", first, last, state, "deleted_at")
        triggers |= {
            f"resource_clash_{kind}_added": (
                f"AFTER INSERT ON {table} WHEN {_holds(held, 'NEW')}",
                _recount("NEW.item_id"),
            ),
            f"resource_clash_{kind}_changed": (
                f"AFTER UPDATE ON {table} WHEN ({_holds(held, 'OLD')} OR {_holds(held, 'NEW')})"
                f" AND ({changed})",
                _recount("OLD.item_id") + _recount("NEW.item_id"),
            ),
            f"resource_clash_{kind}_removed": (
                f"AFTER DELETE ON {table} WHEN {_holds(held, 'OLD')}",
                _recount("OLD.item_id"),
            ),
        }
    return triggers


_TRIGGERS = _holding_triggers() | {
    # An item can arrive after its loans and bookings (sync files come in any order).
    "resource_clash_item_added": ("AFTER INSERT ON resource_items", _recount("NEW.id")),
    "resource_clash_item_changed": (
        "AFTER UPDATE ON resource_items WHEN " + _holding_changed("quantity", "buffer_days"),
        _recount("NEW.id"),
    ),
    "resource_clash_item_removed": (
        "AFTER DELETE ON resource_items",
        "DELETE FROM resource_clash_until WHERE item_id = OLD.id;",
    ),
}


def upgrade() -> None:
    op.create_table(
        "resource_clash_until",
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("item_id"),
    )
    for name, (when, body) in _TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {when} BEGIN {body} END")
    op.execute(
        f"INSERT INTO resource_clash_until (item_id, until) {_over_used_until('IS NOT NULL')}"
    )


def downgrade() -> None:
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.drop_table("resource_clash_until")
