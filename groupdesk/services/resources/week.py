"""The week view's read: every loan and reservation that holds an item on some day of a week,
with who holds it, in two SELECTs shaped for the grid (names joined in SQL), as `Holding`s.

A loan not returned holds its item up to today or its due day, whichever is later (the rule of
`clashes.py`), so an overdue loan fills the days after its due day too. Unlike the holdings a
booking is checked against, a returned loan is shown too, up to its return: the week view
shows what happened in a past week as well as what is planned.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import ColumnElement, and_, or_, select

from groupdesk.models.meetings import Meeting
from groupdesk.models.members import Member
from groupdesk.models.resources import Loan, Reservation
from groupdesk.services.resources.clashes import Holding
from groupdesk.services.rows import display_name
from groupdesk.services.uow import UnitOfWork


def week_bookings(uow: UnitOfWork, *, start: date, days: int = 7) -> list[Holding]:
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
        Holding(
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
        Holding(
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
