"""Loans and bookings of one item as plain values, stored without the booking checks (as sync
can leave them), and the brute-force oracle that walks their days one by one: what the
availability and clash property tests compare the SQL against."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from hypothesis import strategies as st

from groupdesk.models.resources import Loan, Reservation, ResourceItem
from groupdesk.services.workspace import Workspace


@dataclass(frozen=True)
class Booked:
    """A loan or reservation, its days as offsets from `today`."""

    loan: bool
    first: int
    length: int
    quantity: int
    #: Loans: returned (holds nothing). Reservations: cancelled (holds nothing).
    ended: bool


booked = st.builds(
    Booked,
    loan=st.booleans(),
    first=st.integers(-12, 12),
    length=st.integers(0, 6),
    quantity=st.integers(1, 3),
    ended=st.booleans(),
)


Span = tuple[date, date | None, int]


def spans(bookings: list[Booked], today: date, buffer: int) -> list[Span]:
    """(first day, last day with the buffer, quantity) of each booking that holds the item: a
    loan not back holds it to its due day, and once overdue with no last day (None), whatever
    its due day said, until it comes back."""
    found: list[Span] = []
    for b in bookings:
        if b.ended:
            continue
        first, last = today + timedelta(b.first), today + timedelta(b.first + b.length)
        overdue = b.loan and last < today
        found.append((first, None if overdue else last + timedelta(days=buffer), b.quantity))
    return found


def held_on(held: list[Span], day: date) -> int:
    return sum(q for first, last, q in held if first <= day and (last is None or day <= last))


def store_bookings(
    workspace: Workspace, member: str, quantity: int, buffer: int, bookings: list[Booked]
) -> str:
    """A new item of `quantity` with `buffer` days, and `bookings` of it as rows; its id."""
    today = workspace.today()
    with workspace.uow() as uow:
        item = ResourceItem(name="Thing", quantity=quantity, buffer_days=buffer)
        uow.session.add(item)
        uow.session.flush()
        for b in bookings:
            first, last = today + timedelta(b.first), today + timedelta(b.first + b.length)
            if b.loan:
                uow.session.add(
                    Loan(
                        item_id=item.id,
                        borrower_id=member,
                        out_on=first,
                        due_on=last,
                        returned_on=last if b.ended else None,
                        quantity=b.quantity,
                    )
                )
            else:
                uow.session.add(
                    Reservation(
                        item_id=item.id,
                        member_id=member,
                        starts_on=first,
                        ends_on=last,
                        quantity=b.quantity,
                        status="cancelled" if b.ended else "booked",
                    )
                )
        uow.commit()
        return item.id
