"""The members' year for the annual report: how many there were at its start and end, how many
joined and how many left, counted in SQL.

A member is counted from the day they joined (the day their record was made, when no joining
day was kept) until the day they left; one marked as left with no day kept is counted as gone.
Merged duplicates and deleted records count nowhere. Status "inactive" has no day, so an
inactive member still counts as a member: they have not left.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, func, or_, select

from groupdesk.models.members import Member
from groupdesk.services.uow import UnitOfWork


@dataclass(frozen=True)
class MemberYear:
    at_start: int
    joined: int
    left: int
    #: Members on the year's last day (joined by then, not left).
    at_end: int


def _count(condition: Any) -> Any:
    return func.count().filter(condition)


def member_year(uow: UnitOfWork, *, first: date, last: date) -> MemberYear:
    """The members' figures of the year from `first` to `last` (both days included), in one
    SELECT."""
    joined_on = func.coalesce(Member.joined_on, func.date(Member.created_at))
    gone_without_day = and_(Member.status == "left", Member.left_on.is_(None))

    def member_on(day: date) -> Any:
        return and_(
            joined_on <= day,
            or_(Member.left_on.is_(None), Member.left_on > day),
            ~gone_without_day,
        )

    query = select(
        _count(member_on(first) & (joined_on < first)),
        _count(Member.joined_on.between(first, last)),
        _count(Member.left_on.between(first, last)),
        _count(member_on(last)),
    ).where(Member.deleted_at.is_(None), Member.merged_into_id.is_(None))
    with uow:
        at_start, joined, left, at_end = uow.session.execute(query).one()
    return MemberYear(at_start, joined, left, at_end)
