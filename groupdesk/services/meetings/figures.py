"""Attendance figures: per meeting, per member, and by month.

Cancelled and deleted meetings, and deleted marks, count nowhere. Only stored meetings have
attendance (an occurrence is stored when its attendance is first recorded). The trend and each
member's attendance over all time are read from the tallies the database keeps as marks and
meetings change (`MeetingTally`, `MemberTally`, migration 0018); a member's attendance since a
day is grouped from the marks themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import and_, case, func, select

from groupdesk.models.meetings import Attendance, Meeting, MeetingTally, MemberTally
from groupdesk.models.members import Member
from groupdesk.services.meetings.occurrences import occurrence_of
from groupdesk.services.rows import display_name
from groupdesk.services.uow import UnitOfWork


@dataclass(frozen=True)
class MeetingFigures:
    present: int
    apologies: int
    absent: int
    guests: int

    @property
    def attended(self) -> int:
        """Everyone in the room: members present and guests."""
        return self.present + self.guests


class MemberAttendance(NamedTuple):
    """A NamedTuple rather than a frozen dataclass, as `MemberRow`: there is one per member,
    and 10,000 were a third of the read's time."""

    member_id: str
    name: str
    #: Meetings the member was present at, of those they were marked at (expected).
    attended: int
    expected: int
    last_attended: date | None

    def as_dict(self) -> dict[str, object]:
        return dict(self._asdict())


@dataclass(frozen=True)
class MonthFigures:
    #: "2027-03".
    month: str
    meetings: int
    present: int
    apologies: int
    absent: int
    guests: int

    def as_dict(self) -> dict[str, object]:
        return {field: getattr(self, field) for field in self.__dataclass_fields__}


def _tally(status: str) -> Any:
    return func.coalesce(func.sum(case((Attendance.status == status, 1), else_=0)), 0)


def _held() -> Any:
    return and_(Meeting.deleted_at.is_(None), Meeting.status != "cancelled")


def meeting_figures(uow: UnitOfWork, *, meeting: str) -> MeetingFigures:
    with uow:
        meeting_id = occurrence_of(uow.session, meeting).meeting_id
        if meeting_id is None:
            return MeetingFigures(0, 0, 0, 0)
        row = uow.session.execute(
            select(_tally("present"), _tally("apologies"), _tally("absent")).where(
                Attendance.meeting_id == meeting_id, Attendance.deleted_at.is_(None)
            )
        ).one()
        guests = uow.session.scalar(select(Meeting.guest_count).where(Meeting.id == meeting_id))
    return MeetingFigures(row[0], row[1], row[2], guests or 0)


def member_attendance(
    uow: UnitOfWork, *, member_id: str | None = None, since: datetime | None = None
) -> list[MemberAttendance]:
    """Per member (or one member): meetings attended of those expected, and the last attended;
    the least regular first, so a list shows who might need a call."""
    per_member = _member_tallies() if since is None else _member_marks(since)
    if member_id is not None:
        per_member = per_member.where(per_member.selected_columns.member_id == member_id)
    tally = per_member.subquery()
    query = (
        select(
            Member.id,
            Member.full_name,
            Member.preferred_name,
            Member.erased_at,
            tally.c.attended,
            tally.c.expected,
            # Its day as text, read as a date below: the DateTime type's parsing of 80,000
            # stamps was a third of the read at 100,000 members.
            func.date(tally.c.last_attended),
        )
        .join(tally, tally.c.member_id == Member.id)
        .order_by(tally.c.attended, Member.sort_key)
    )
    with uow:  # through the connection: the ORM's row loading was a third of the read
        rows = uow.session.connection().execute(query).all()
    return [
        MemberAttendance(
            member_id,
            display_name(full, preferred, erased),
            attended,
            expected,
            None if last is None else date.fromisoformat(last),
        )
        for member_id, full, preferred, erased, attended, expected, last in rows
    ]


def _member_tallies() -> Any:
    """Each member's attendance over all time, as the database keeps it."""
    return select(
        MemberTally.member_id,
        MemberTally.attended,
        MemberTally.expected,
        MemberTally.last_attended,
    )


def _member_marks(since: datetime) -> Any:
    """Each member's attendance at meetings from `since`, grouped from their marks."""
    present = Attendance.status == "present"
    # Grouped by the attendance's member first, then joined to members. The marks are read in
    # member order from their covering index (ix_attendance_member_marks), each mark's meeting
    # from its own (ix_meetings_held): no table row is read per mark.
    return (
        select(
            Attendance.member_id,
            _tally("present").label("attended"),
            func.count().label("expected"),
            func.max(case((present, Meeting.starts_at))).label("last_attended"),
        )
        .join(Meeting, Meeting.id == Attendance.meeting_id)
        .where(Attendance.deleted_at.is_(None), _held(), Meeting.starts_at >= since)
        .group_by(Attendance.member_id)
    )


def monthly_trend(
    uow: UnitOfWork, *, since: datetime | None = None, until: datetime | None = None
) -> list[MonthFigures]:
    """Meetings held and attendance by month (local month of each meeting), oldest first."""
    per_meeting = (
        select(
            Meeting.starts_at,
            Meeting.guest_count,
            func.coalesce(MeetingTally.present, 0).label("present"),
            func.coalesce(MeetingTally.apologies, 0).label("apologies"),
            func.coalesce(MeetingTally.absent, 0).label("absent"),
        )
        .outerjoin(MeetingTally, MeetingTally.meeting_id == Meeting.id)
        .where(_held())
    )
    if since is not None:
        per_meeting = per_meeting.where(Meeting.starts_at >= since)
    if until is not None:
        per_meeting = per_meeting.where(Meeting.starts_at < until)
    meetings = per_meeting.subquery()
    month = func.strftime("%Y-%m", meetings.c.starts_at)
    query = (
        select(
            month.label("month"),
            func.count(),
            func.sum(meetings.c.present),
            func.sum(meetings.c.apologies),
            func.sum(meetings.c.absent),
            func.sum(meetings.c.guest_count),
        )
        .group_by(month)
        .order_by(month)
    )
    with uow:
        return [MonthFigures(*row) for row in uow.session.execute(query)]
