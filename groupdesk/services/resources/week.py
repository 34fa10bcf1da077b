"""The week view's read: every loan and reservation that holds an item on some day of a week,
with who holds it, in two SELECTs shaped for the grid (names joined in SQL).

A loan not returned holds its item up to today or its due day, whichever is later, so an
overdue loan fills the days after its due day too; a returned one holds it until its return.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, and_, or_, select

from groupdesk.models.meetings import Meeting
from groupdesk.models.members import Member
from groupdesk.models.resources import Loan, Reservation
from groupdesk.services.rows import display_name
from groupdesk.services.uow import UnitOfWork


@dataclass(frozen=True)
class Booking:
    """One loan or reservation holding an item from `first` to `last` (whole days)."""

    item_id: str
    #: "loan" or "reservation".
    kind: str
    record_id: str
    #: The borrower, the member who reserved, or the meeting it is reserved for.
    who: str
    first: date
    last: date
    quantity: int
    #: A loan kept past its due day (as of the day read).
    overdue: bool = False

    def holds(self, day: date) -> bool:
        return self.first <= day <= self.last


def week_bookings(uow: UnitOfWork, *, start: date, days: int = 7) -> list[Booking]:
    """The loans and booked reservations that hold an item on any day from `start` for `days`
    days, by item then first day."""
    end = start + timedelta(days=days - 1)
    with uow:
        today = uow.today()
        session = uow.session
        # Not back yet: held up to its due day, or up to today when that is later.
        unreturned: ColumnElement[bool] = Loan.returned_on.is_(None)
        if start > today:
            unreturned = and_(unreturned, Loan.due_on >= start)
        loans = session.execute(
            select(
                Loan.id,
                Loan.item_id,
                Loan.quantity,
                Loan.out_on,
                Loan.due_on,
                Loan.returned_on,
                Member.full_name,
                Member.preferred_name,
                Member.erased_at,
            )
            .join(Member, Member.id == Loan.borrower_id)
            .where(
                Loan.deleted_at.is_(None),
                Loan.out_on <= end,
                or_(Loan.returned_on >= start, unreturned),
            )
        ).all()
        reservations = session.execute(
            select(
                Reservation.id,
                Reservation.item_id,
                Reservation.quantity,
                Reservation.starts_on,
                Reservation.ends_on,
                Member.full_name,
                Member.preferred_name,
                Member.erased_at,
                Meeting.title,
            )
            .outerjoin(Member, Member.id == Reservation.member_id)
            .outerjoin(Meeting, Meeting.id == Reservation.meeting_id)
            .where(
                Reservation.deleted_at.is_(None),
                Reservation.status == "booked",
                Reservation.starts_on <= end,
                Reservation.ends_on >= start,
            )
        ).all()
    found = [
        Booking(
            item_id=row.item_id,
            kind="loan",
            record_id=row.id,
            who=display_name(row.full_name, row.preferred_name, row.erased_at),
            first=row.out_on,
            last=row.returned_on or max(row.due_on, today),
            quantity=row.quantity,
            overdue=row.returned_on is None and row.due_on < today,
        )
        for row in loans
    ]
    found += [
        Booking(
            item_id=row.item_id,
            kind="reservation",
            record_id=row.id,
            who=(
                display_name(row.full_name, row.preferred_name, row.erased_at)
                if row.full_name is not None
                else row.title or ""
            ),
            first=row.starts_on,
            last=row.ends_on,
            quantity=row.quantity,
        )
        for row in reservations
    ]
    return sorted(
        (booking for booking in found if booking.first <= end and booking.last >= start),
        key=lambda booking: (booking.item_id, booking.first, booking.kind),
    )
