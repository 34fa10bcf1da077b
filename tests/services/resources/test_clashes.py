"""Clashes present in the data (as sync leaves them: rows no check refused): more of an item held
on some day than there is, buffer days counted; listed per item and overall, gone once a person
ends or moves one. The two-laptop case through real sync is in
tests/services/sync/test_resource_clashes_after_sync.py."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.resource_bookings import Booked, booked, held_on, spans, store_bookings
from support.resource_rows import stored_booking, stored_item, stored_loan

from groupdesk.services.resources.clashes import list_clashes
from groupdesk.services.resources.reservations import cancel_reservation
from groupdesk.services.wording import days_text
from groupdesk.services.workspace import Workspace

TODAY = date(2026, 5, 3)  # the members_ws clock (tests/services/conftest.py)


def _booking(workspace: Workspace, item: str, member: str, first: int, last: int, **kw: int) -> str:
    first_day, last_day = TODAY + timedelta(first), TODAY + timedelta(last)
    return stored_booking(workspace, item, member, first_day, last_day, **kw)


def test_a_stock_clashes_only_when_more_is_held_than_there_is(
    members_ws: Workspace, add_person: Callable[..., str]
) -> None:
    ana, sam = add_person("Ana Silva"), add_person("Sam Okafor")
    chairs = stored_item(members_ws, "Chairs", quantity=60)
    stored_loan(members_ws, chairs, ana, TODAY, TODAY + timedelta(3), quantity=40)
    _booking(members_ws, chairs, sam, 2, 4, quantity=20)
    assert list_clashes(members_ws.uow()) == []  # exactly used up
    extra = _booking(members_ws, chairs, sam, 3, 5, quantity=1)
    [clash] = list_clashes(members_ws.uow())
    assert (clash.item_name, clash.quantity, clash.first_day) == (
        "Chairs",
        60,
        TODAY + timedelta(3),
    )
    assert len(clash.holdings) == 3
    cancel_reservation(members_ws.uow(), reservation_id=extra)
    assert list_clashes(members_ws.uow()) == []


def test_bookings_closer_than_the_buffer_clash_and_past_ones_do_not(
    members_ws: Workspace, add_person: Callable[..., str]
) -> None:
    ana, sam = add_person("Ana Silva"), add_person("Sam Okafor")
    hall = stored_item(members_ws, "Hall", buffer_days=1)
    tent = stored_item(members_ws, "Tent")
    _booking(members_ws, hall, ana, 3, 5)
    _booking(members_ws, hall, sam, 6, 6)
    _booking(members_ws, tent, ana, -9, -5)  # past and never collected
    _booking(members_ws, tent, sam, -6, -4)
    [clash] = list_clashes(members_ws.uow())
    assert (clash.item_name, clash.first_day) == ("Hall", TODAY + timedelta(6))
    assert [h.who for h in clash.holdings] == ["Ana Silva", "Sam Okafor"]
    assert list_clashes(members_ws.uow(), item_id=tent) == []


def test_a_clash_that_grows_keeps_the_day_it_began(
    members_ws: Workspace, add_person: Callable[..., str]
) -> None:
    """Found by the property test below: a booking of 2 when only 1 is left (the quantity was
    lowered after it was made) clashes on its own from its first day, and still from that day
    once a second booking joins it."""
    ana = add_person("Ana Silva")
    hall = stored_item(members_ws, "Hall", buffer_days=1)
    _booking(members_ws, hall, ana, 2, 2, quantity=2)
    _booking(members_ws, hall, ana, 3, 3)
    [clash] = list_clashes(members_ws.uow())
    assert (clash.first_day, len(clash.holdings)) == (TODAY + timedelta(2), 2)


def test_an_overdue_loan_clashes_with_a_booking_next_week_and_says_to_chase_it(
    members_ws: Workspace, add_person: Callable[..., str]
) -> None:
    """Issue 12 item 2: an item not back is held on every day to come, so a booking made for
    after its due day is a clash once the loan is overdue (it was missed: held to today only)."""
    ana, sam = add_person("Ana Silva"), add_person("Sam Okafor")
    gazebo = stored_item(members_ws, "Gazebo")
    stored_loan(members_ws, gazebo, ana, TODAY - timedelta(9), TODAY - timedelta(2))
    _booking(members_ws, gazebo, sam, 8, 9)
    [clash] = list_clashes(members_ws.uow(), item_id=gazebo)
    assert clash.first_day == TODAY + timedelta(8)
    assert clash.sentence("en_GB") == (
        "Gazebo is overdue with Ana Silva (due back 1 May 2026); Gazebo is reserved by Sam Okafor"
        f" for {days_text(TODAY + timedelta(8), TODAY + timedelta(9), 'en_GB')}."
        " Ask Ana Silva to bring it back, or move the booking."
    )
    assert "9999" not in clash.sentence("en_GB") and clash.holdings[0].last is None


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    quantity=st.integers(1, 3),
    buffer=st.integers(0, 2),
    bookings=st.lists(booked, max_size=6),
)
def test_an_item_is_listed_as_clashing_exactly_when_walking_its_days_finds_too_much_held(
    members_ws: Workspace,
    add_person: Callable[..., str],
    quantity: int,
    buffer: int,
    bookings: list[Booked],
) -> None:
    item = store_bookings(members_ws, add_person("Ana Silva"), quantity, buffer, bookings)
    current = [b for b in bookings if b.loan or b.first + b.length >= 0]  # not over already
    held = spans(current, TODAY, buffer)
    over = [
        TODAY + timedelta(offset)
        for offset in range(40)
        if held_on(held, TODAY + timedelta(offset)) > quantity
    ]
    found = list_clashes(members_ws.uow(), item_id=item)
    assert bool(found) == bool(over)
    if over:
        assert min(clash.first_day for clash in found) == over[0]
        for clash in found:
            assert sum(h.quantity for h in clash.holdings) > quantity
