"""Attendance: who is expected, who came (present / apologies / absent), guests, and who came
late or left early at which agenda item.

An attendance row's id is derived from the meeting and the member (`ids.pair_id`), so two
laptops ticking the same person make one row after sync. Marks are written in bulk (the
change log included), so "mark everyone present" for a large group is one quick transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from groupdesk.errors import ValidationError
from groupdesk.ids import pair_id
from groupdesk.models.meetings import ATTENDANCE_STATUSES, AgendaItem, Attendance
from groupdesk.models.members import Member
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.meetings.occurrences import materialise, occurrence_of
from groupdesk.services.rows import display_name, live_member, live_row
from groupdesk.services.sync.capture import bulk_insert, bulk_update
from groupdesk.services.uow import UnitOfWork


@dataclass(frozen=True)
class ExpectedMember:
    """One line of the sign-in sheet."""

    member_id: str
    name: str
    #: present / apologies / absent, or None while not marked.
    status: str | None
    arrived_at_item_id: str | None
    left_at_item_id: str | None


def attendance_id(meeting_id: str, member_id: str) -> str:
    """The same on every laptop: one row per member per meeting."""
    return pair_id("attendance", meeting_id, member_id)


def expected_members(uow: UnitOfWork, *, meeting: str) -> list[ExpectedMember]:
    """Active members, and anyone else marked at this meeting, in name order, with their mark.

    The meeting's marks are read apart (by the meeting index) rather than outer-joined to every
    member, which made SQLite look up each member's marks at every meeting."""
    with uow:
        meeting_id = occurrence_of(uow.session, meeting).meeting_id or ""
        marked = select(Attendance.member_id).where(
            Attendance.meeting_id == meeting_id, Attendance.deleted_at.is_(None)
        )
        marks = {
            row.member_id: row
            for row in uow.session.execute(
                select(
                    Attendance.member_id,
                    Attendance.status,
                    Attendance.arrived_at_item_id,
                    Attendance.left_at_item_id,
                ).where(Attendance.meeting_id == meeting_id, Attendance.deleted_at.is_(None))
            )
        }
        people = uow.session.execute(
            select(Member.id, Member.full_name, Member.preferred_name)
            .where(
                Member.deleted_at.is_(None),
                Member.merged_into_id.is_(None),
                Member.erased_at.is_(None),
                (Member.status == "active") | Member.id.in_(marked),
            )
            .order_by(Member.sort_key, Member.id)
        ).all()
    expected = []
    for person in people:
        mark = marks.get(person.id)
        expected.append(
            ExpectedMember(
                person.id,
                display_name(person.full_name, person.preferred_name, None),
                mark.status if mark else None,
                mark.arrived_at_item_id if mark else None,
                mark.left_at_item_id if mark else None,
            )
        )
    return expected


def mark_attendance(
    uow: UnitOfWork, *, meeting: str, marks: Mapping[str, str | None]
) -> dict[str, int]:
    """Mark members (id → present / apologies / absent; None clears a mark) in one transaction.
    Returns how many members each status now has at the meeting."""
    bad = {status for status in marks.values() if status not in (*ATTENDANCE_STATUSES, None)}
    if bad:
        raise ValidationError.single(
            "status",
            QT_TRANSLATE_NOOP(
                "MeetingRules", "{status!r} is not present, apologies or absent"
            ).format(status=sorted(bad)[0]),
        )
    with uow:
        session = uow.session
        _check_members(session, list(marks))
        row = materialise(session, meeting)
        session.flush()
        _write_marks(uow, row.id, marks)
        uow.commit()
        return _counts(session, row.id)


def _check_members(session: Session, member_ids: list[str]) -> None:
    """Refuse a member who is not live, in one query per 900 ids (not one per member: "mark
    everyone present" names thousands); `live_member` then says what is wrong with them."""
    live: set[str] = set()
    for start in range(0, len(member_ids), 900):
        live.update(
            session.scalars(
                select(Member.id).where(
                    Member.id.in_(member_ids[start : start + 900]),
                    Member.deleted_at.is_(None),
                    Member.merged_into_id.is_(None),
                    Member.erased_at.is_(None),
                )
            )
        )
    for member_id in member_ids:
        if member_id not in live:
            live_member(session, member_id)


def _write_marks(uow: UnitOfWork, meeting_id: str, marks: Mapping[str, str | None]) -> None:
    session = uow.session
    existing = {
        found.member_id: found
        for found in session.execute(
            select(
                Attendance.id, Attendance.member_id, Attendance.status, Attendance.deleted_at
            ).where(Attendance.meeting_id == meeting_id)
        )
    }
    new_rows, updates = [], []
    for member_id, status in marks.items():
        found = existing.get(member_id)
        if found is None:
            if status is not None:
                new_rows.append(
                    {
                        "id": attendance_id(meeting_id, member_id),
                        "meeting_id": meeting_id,
                        "member_id": member_id,
                        "status": status,
                    }
                )
        elif status is None:
            if found.deleted_at is None:
                updates.append({"id": found.id, "deleted_at": uow.now()})
        elif found.deleted_at is not None:
            updates.append({"id": found.id, "status": status, "deleted_at": None})
        elif found.status != status:
            updates.append({"id": found.id, "status": status})
    if new_rows:
        bulk_insert(session, Attendance, new_rows)
    # One bulk update per set of fields, as the bulk path wants uniform rows.
    for fields in {tuple(sorted(update)) for update in updates}:
        bulk_update(session, Attendance, [u for u in updates if tuple(sorted(u)) == fields])


def mark_everyone_present(uow: UnitOfWork, *, meeting: str) -> dict[str, int]:
    """Every expected member not yet marked becomes present; apologies and absences stay."""
    unmarked = [
        member.member_id
        for member in expected_members(uow, meeting=meeting)
        if member.status is None
    ]
    return mark_attendance(uow, meeting=meeting, marks=dict.fromkeys(unmarked, "present"))


def _counts(session: Session, meeting_id: str) -> dict[str, int]:
    from sqlalchemy import func

    counts = dict.fromkeys(ATTENDANCE_STATUSES, 0)
    for status, count in session.execute(
        select(Attendance.status, func.count())
        .where(Attendance.meeting_id == meeting_id, Attendance.deleted_at.is_(None))
        .group_by(Attendance.status)
    ):
        counts[status] = count
    return counts


def set_guests(uow: UnitOfWork, *, meeting: str, count: int, names: str | None = None) -> None:
    """Guests who are not members: how many, and the names of those who gave them."""
    named = [line.strip() for line in (names or "").splitlines() if line.strip()]
    if count < 0:
        raise ValidationError.single(
            "guests",
            QT_TRANSLATE_NOOP("MeetingRules", "{count} is not a number of guests").format(
                count=count
            ),
        )
    if len(named) > count:
        raise ValidationError.single(
            "guest_names",
            QT_TRANSLATE_NOOP(
                "MeetingRules", "%n names given for {count} guests; raise the count", "", 0
            ).format(n=len(named), count=count),
        )
    with uow:
        row = materialise(uow.session, meeting)
        text = "\n".join(named) or None
        if row.guest_count != count:
            row.guest_count = count
        if row.guest_names != text:
            row.guest_names = text
        uow.commit()


def mark_late_or_early(
    uow: UnitOfWork,
    *,
    meeting: str,
    member_id: str,
    arrived_at_item_id: str | None = None,
    left_at_item_id: str | None = None,
) -> None:
    """Say a present member arrived late at one agenda item, or left early at one (None: not)."""
    with uow:
        row = materialise(uow.session, meeting)
        mark = uow.session.get(Attendance, attendance_id(row.id, member_id))
        if mark is None or mark.deleted_at is not None or mark.status != "present":
            raise ValidationError.single(
                "member",
                QT_TRANSLATE_NOOP(
                    "MeetingRules",
                    "mark the member present first; only those present arrive or leave",
                ),
            )
        errors: dict[str, str] = {}
        items = {}
        for field, item_id in (
            ("arrived_at_item_id", arrived_at_item_id),
            ("left_at_item_id", left_at_item_id),
        ):
            if item_id is None:
                continue
            item = live_row(uow.session, AgendaItem, item_id, what="agenda item")
            if item.meeting_id != row.id:
                errors[field] = QT_TRANSLATE_NOOP(
                    "MeetingRules", "that agenda item belongs to another meeting"
                )
            items[field] = item
        arrived, left = items.get("arrived_at_item_id"), items.get("left_at_item_id")
        if arrived is not None and left is not None and left.position < arrived.position:
            errors["left_at_item_id"] = QT_TRANSLATE_NOOP(
                "MeetingRules", "they left at an item before the one they arrived at"
            )
        if errors:
            raise ValidationError(errors)
        if mark.arrived_at_item_id != arrived_at_item_id:
            mark.arrived_at_item_id = arrived_at_item_id
        if mark.left_at_item_id != left_at_item_id:
            mark.left_at_item_id = left_at_item_id
        uow.commit()
