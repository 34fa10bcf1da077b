"""member seen: each member's last-seen day, kept by the database itself

The care list and the Members table grouped every check-in and attendance mark of the group
to find each member's last-seen day (1.6 s at 100,000 members, 1.3 million marks). The day is
now kept in a local table, `member_seen`, by triggers on the rows it comes from, so every
write keeps it right whatever made it: the app, a sync merge, an undo, an erasure. It is never
synced: every laptop derives it from the same synced rows. Filled here from the rows already
held.

Revision ID: 0012_member_seen
Revises: 0011_group_zone
Create Date: 2026-12-05 06:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_member_seen"
down_revision = "0011_group_zone"
branch_labels = None
depends_on = None


def _held(meeting: str) -> str:
    """A meeting's marks count when it is neither deleted nor cancelled."""
    return f"{meeting}.deleted_at IS NULL AND {meeting}.status != 'cancelled'"


def _recount(member: str) -> str:
    """Statements setting `member`'s (an SQL expression) day again from all their rows."""
    return f"""
        DELETE FROM member_seen WHERE member_id = {member};
        INSERT INTO member_seen (member_id, seen_on)
        SELECT {member}, seen_on FROM (SELECT max(seen_on) AS seen_on FROM (
            SELECT max(checked_on) AS seen_on FROM checkins
             WHERE member_id = {member} AND deleted_at IS NULL
            UNION ALL
            SELECT max(checked_on) FROM checkins WHERE by_id = {member} AND deleted_at IS NULL
            UNION ALL
            SELECT max(date(meetings.starts_at)) FROM attendance
              JOIN meetings ON meetings.id = attendance.meeting_id
             WHERE attendance.member_id = {member} AND attendance.deleted_at IS NULL
               AND attendance.status = 'present' AND {_held("meetings")}
        )) WHERE seen_on IS NOT NULL AND {member} IS NOT NULL;"""  # noqa: S608 (NEW.x, OLD.x)


def _raise(member: str, day: str, where: str) -> str:
    """A statement moving `member`'s day up to `day` (a row just added can only raise it)."""
    return f"""
        INSERT INTO member_seen (member_id, seen_on) SELECT {member}, {day} {where}
        ON CONFLICT (member_id) DO UPDATE SET seen_on = max(seen_on, excluded.seen_on);"""


_TRIGGERS = {
    "member_seen_checkin_added": (
        "AFTER INSERT ON checkins WHEN NEW.deleted_at IS NULL",
        _raise("NEW.member_id", "NEW.checked_on", "WHERE NEW.member_id IS NOT NULL")
        + _raise("NEW.by_id", "NEW.checked_on", "WHERE NEW.by_id IS NOT NULL"),
    ),
    "member_seen_checkin_changed": (
        "AFTER UPDATE ON checkins WHEN OLD.member_id IS NOT NEW.member_id"
        " OR OLD.by_id IS NOT NEW.by_id OR OLD.checked_on IS NOT NEW.checked_on"
        " OR OLD.deleted_at IS NOT NEW.deleted_at",
        _recount("OLD.member_id")
        + _recount("OLD.by_id")
        + _recount("NEW.member_id")
        + _recount("NEW.by_id"),
    ),
    "member_seen_checkin_removed": (
        "AFTER DELETE ON checkins",
        _recount("OLD.member_id") + _recount("OLD.by_id"),
    ),
    "member_seen_mark_added": (
        "AFTER INSERT ON attendance WHEN NEW.deleted_at IS NULL AND NEW.status = 'present'",
        _raise(
            "NEW.member_id",
            "date(starts_at)",
            "FROM meetings WHERE meetings.id = NEW.meeting_id"
            f" AND {_held('meetings')} AND NEW.member_id IS NOT NULL",
        ),
    ),
    "member_seen_mark_changed": (
        "AFTER UPDATE ON attendance WHEN OLD.member_id IS NOT NEW.member_id"
        " OR OLD.meeting_id IS NOT NEW.meeting_id OR OLD.status IS NOT NEW.status"
        " OR OLD.deleted_at IS NOT NEW.deleted_at",
        _recount("OLD.member_id") + _recount("NEW.member_id"),
    ),
    "member_seen_mark_removed": ("AFTER DELETE ON attendance", _recount("OLD.member_id")),
    # A mark can arrive before its meeting (sync files come in any order).
    "member_seen_meeting_added": (
        f"AFTER INSERT ON meetings WHEN {_held('NEW')}",
        _raise(
            "member_id",
            "date(NEW.starts_at)",
            "FROM attendance WHERE meeting_id = NEW.id AND deleted_at IS NULL"
            " AND status = 'present' AND member_id IS NOT NULL",
        ),
    ),
}


def _meeting_recount(row: str) -> str:
    """Statements setting again the day of everyone marked at meeting `row` (OLD or NEW)."""
    return f"""
        DELETE FROM member_seen WHERE member_id IN
            (SELECT member_id FROM attendance WHERE meeting_id = {row}.id);
        INSERT INTO member_seen (member_id, seen_on)
        SELECT member_id, max(seen_on) FROM (
            SELECT checkins.member_id, checkins.checked_on AS seen_on FROM checkins
             WHERE checkins.deleted_at IS NULL AND checkins.member_id IN
                   (SELECT member_id FROM attendance WHERE meeting_id = {row}.id)
            UNION ALL
            SELECT checkins.by_id, checkins.checked_on FROM checkins
             WHERE checkins.deleted_at IS NULL AND checkins.by_id IN
                   (SELECT member_id FROM attendance WHERE meeting_id = {row}.id)
            UNION ALL
            SELECT attendance.member_id, date(meetings.starts_at) FROM attendance
              JOIN meetings ON meetings.id = attendance.meeting_id
             WHERE attendance.deleted_at IS NULL AND attendance.status = 'present'
               AND {_held("meetings")}
               AND attendance.member_id IN
                   (SELECT member_id FROM attendance WHERE meeting_id = {row}.id)
        ) WHERE member_id IS NOT NULL GROUP BY member_id;"""  # noqa: S608 (NEW or OLD)


_TRIGGERS["member_seen_meeting_changed"] = (
    "AFTER UPDATE ON meetings WHEN OLD.starts_at IS NOT NEW.starts_at"
    " OR OLD.status IS NOT NEW.status OR OLD.deleted_at IS NOT NEW.deleted_at",
    _meeting_recount("NEW"),
)
_TRIGGERS["member_seen_meeting_removed"] = ("AFTER DELETE ON meetings", _meeting_recount("OLD"))

_FILL = """
    INSERT INTO member_seen (member_id, seen_on)
    SELECT member_id, max(seen_on) FROM (
        SELECT member_id, checked_on AS seen_on FROM checkins WHERE deleted_at IS NULL
        UNION ALL
        SELECT by_id, checked_on FROM checkins WHERE deleted_at IS NULL
        UNION ALL
        SELECT attendance.member_id, date(meetings.starts_at) FROM attendance
          JOIN meetings ON meetings.id = attendance.meeting_id
         WHERE attendance.deleted_at IS NULL AND attendance.status = 'present'
           AND meetings.deleted_at IS NULL AND meetings.status != 'cancelled'
    ) WHERE member_id IS NOT NULL GROUP BY member_id
"""


def upgrade() -> None:
    op.create_table(
        "member_seen",
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("seen_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("member_id"),
    )
    for name, (when, body) in _TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {when} BEGIN {body} END")
    op.execute(_FILL)


def downgrade() -> None:
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.drop_table("member_seen")
