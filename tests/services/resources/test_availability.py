"""What is free from D to D, what is overdue and what is due back, checked at the edges (due
today, returned on the due date, touching bookings, a buffer day, quantity exactly used up) and,
for any loans and bookings, against a brute-force oracle that walks the days one by one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support.resource_bookings import Booked, booked, held_on, spans, store_bookings

from groupdesk.errors import ValidationError
from groupdesk.services.resources.availability import (
    current_loans,
    due_back,
    free_between,
    item_loan_history,
    member_loan_history,
    overdue_loans,
)
from groupdesk.services.resources.loans import lend, return_loan
from groupdesk.services.resources.records import add_item
from groupdesk.services.resources.reservations import reserve
from groupdesk.services.workspace import Workspace

TODAY = date(2026, 5, 3)  # the members_ws clock (tests/services/conftest.py)


def day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def oracle_free(quantity: int, buffer: int, bookings: list[Booked], start: date, end: date) -> int:
    """Walk every day a booking of start..end needs (its buffer too), adding up what holds
    the item that day."""
    held = spans(bookings, TODAY, buffer)
    days = (end - start).days + buffer + 1
    busiest = max(held_on(held, start + timedelta(offset)) for offset in range(days))
    return max(0, quantity - busiest)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    quantity=st.integers(1, 4),
    buffer=st.integers(0, 2),
    bookings=st.lists(booked, max_size=6),
    start=st.integers(0, 10),
    length=st.integers(0, 6),
    want=st.integers(1, 4),
)
# An overdue loan (out 5 days ago, due 3 days ago, not back) and a week ahead: still held.
@example(
    quantity=1,
    buffer=0,
    bookings=[Booked(loan=True, first=-5, length=2, quantity=1, ended=False)],
    start=7,
    length=6,
    want=1,
)
def test_free_between_and_the_booking_check_agree_with_walking_the_days(
    members_ws: Workspace,
    add_person: Callable[..., str],
    quantity: int,
    buffer: int,
    bookings: list[Booked],
    start: int,
    length: int,
    want: int,
) -> None:
    member = add_person("Ana Silva")
    item = store_bookings(members_ws, member, quantity, buffer, bookings)
    first, last = day(start), day(start + length)
    expected = oracle_free(quantity, buffer, bookings, first, last)
    found = {
        row.item_id: row.free
        for row in free_between(members_ws.uow(), start=first, end=last, only_free=False)
    }
    assert found[item] == expected
    if want > quantity:
        return
    try:
        reserve(
            members_ws.uow(),
            item_id=item,
            member_id=member,
            starts_on=first,
            ends_on=last,
            quantity=want,
        )
        accepted = True
    except ValidationError:
        accepted = False
    assert accepted == (want <= expected)


@pytest.fixture
def ana(add_person: Callable[..., str]) -> str:
    return add_person("Ana Silva")


def test_due_today_is_not_overdue_but_due_yesterday_is(members_ws: Workspace, ana: str) -> None:
    today = add_item(members_ws.uow(), values={"name": "Drill"}).id
    yesterday = add_item(members_ws.uow(), values={"name": "Saw"}).id
    lend(members_ws.uow(), item_id=today, borrower_id=ana, out_on=day(-3), due_on=TODAY)
    lend(members_ws.uow(), item_id=yesterday, borrower_id=ana, out_on=day(-3), due_on=day(-1))
    assert [loan.item_name for loan in overdue_loans(members_ws.uow())] == ["Saw"]
    assert [loan.item_name for loan in due_back(members_ws.uow())] == ["Drill"]


def test_returned_on_the_due_date_is_neither_overdue_nor_out(
    members_ws: Workspace, ana: str
) -> None:
    drill = add_item(members_ws.uow(), values={"name": "Drill"}).id
    loan = lend(members_ws.uow(), item_id=drill, borrower_id=ana, out_on=day(-3), due_on=TODAY)
    return_loan(members_ws.uow(), loan_id=loan.id, returned_on=TODAY)
    assert overdue_loans(members_ws.uow()) == []
    assert current_loans(members_ws.uow(), member_id=ana) == []
    assert [row.name for row in free_between(members_ws.uow(), start=TODAY, end=TODAY)] == ["Drill"]
    assert [h.id for h in member_loan_history(members_ws.uow(), member_id=ana)] == [loan.id]
    assert [h.id for h in item_loan_history(members_ws.uow(), item_id=drill)] == [loan.id]


def test_due_back_this_week_lists_the_next_seven_days_soonest_first(
    members_ws: Workspace, ana: str
) -> None:
    for name, due in (("Ladder", 6), ("Tent", 7), ("Drill", 1)):
        item = add_item(members_ws.uow(), values={"name": name}).id
        lend(members_ws.uow(), item_id=item, borrower_id=ana, due_on=day(due))
    assert [loan.item_name for loan in due_back(members_ws.uow())] == ["Drill", "Ladder"]
    assert [loan.item_name for loan in current_loans(members_ws.uow(), member_id=ana)] == [
        "Drill",
        "Ladder",
        "Tent",
    ]


def test_a_stock_exactly_used_up_is_not_free_and_an_item_out_of_service_never_is(
    members_ws: Workspace, ana: str
) -> None:
    chairs = add_item(members_ws.uow(), values={"name": "Chairs", "quantity": 60}).id
    add_item(members_ws.uow(), values={"name": "Mower", "condition": "out of service"})
    lend(members_ws.uow(), item_id=chairs, borrower_id=ana, quantity=60, due_on=day(2))
    assert free_between(members_ws.uow(), start=day(1), end=day(3)) == []
    later = free_between(members_ws.uow(), start=day(3), end=day(4))
    assert [(row.name, row.free) for row in later] == [("Chairs", 60)]


def test_an_overdue_item_is_not_free_next_week_and_a_booking_then_names_the_loan(
    members_ws: Workspace, ana: str, add_person: Callable[..., str]
) -> None:
    """Issue 12 item 2: an item not back is held on every day to come, whatever its due day
    said (it was held only up to today: free next week, and the booking accepted)."""
    drill = add_item(members_ws.uow(), values={"name": "Cordless drill"}).id
    saw = add_item(members_ws.uow(), values={"name": "Saw"}).id
    lend(members_ws.uow(), item_id=drill, borrower_id=ana, out_on=day(-9), due_on=day(-4))
    lend(members_ws.uow(), item_id=saw, borrower_id=ana, due_on=day(2))  # out, not late
    next_week = free_between(members_ws.uow(), start=day(7), end=day(13))
    assert [row.name for row in next_week] == ["Saw"]
    with pytest.raises(ValidationError) as refused:
        reserve(
            members_ws.uow(),
            item_id=drill,
            member_id=add_person("Sam Okafor"),
            starts_on=day(7),
            ends_on=day(9),
        )
    assert refused.value.errors == {
        "starts_on": "Cordless drill is overdue with Ana Silva (due back 29 Apr 2026); it can be"
        " booked once it is back."
    }
