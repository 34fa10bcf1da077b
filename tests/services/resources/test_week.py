"""The week view's read: which loans and reservations hold an item on the days of a week."""

from __future__ import annotations

from datetime import date, timedelta

from groupdesk.models.resources import Loan, Reservation, ResourceItem
from groupdesk.services.members.records import add_member
from groupdesk.services.resources.week import week_bookings
from groupdesk.services.workspace import Workspace


def _stored(workspace: Workspace, *rows: object) -> None:
    with workspace.uow() as uow:
        uow.session.add_all(rows)
        uow.commit()


def test_a_week_holds_what_overlaps_it_and_an_overdue_loan_every_week_on(group_workspace) -> None:  # type: ignore[no-untyped-def]
    workspace: Workspace = group_workspace
    today = workspace.today()
    monday = today - timedelta(days=today.weekday())
    ana = add_member(workspace.uow(), values={"full_name": "Ana Silva"})
    gazebo = ResourceItem(name="Gazebo", kind="equipment")
    _stored(workspace, gazebo)
    late = Loan(
        item_id=gazebo.id,
        borrower_id=ana.id,
        out_on=monday - timedelta(days=20),
        due_on=monday - timedelta(days=10),
    )
    back = Loan(
        item_id=gazebo.id,
        borrower_id=ana.id,
        out_on=monday - timedelta(days=30),
        due_on=monday - timedelta(days=25),
        returned_on=monday - timedelta(days=1),  # the day before the week: not in it
    )
    booked = Reservation(
        item_id=gazebo.id,
        member_id=ana.id,
        starts_on=monday + timedelta(days=6),
        ends_on=monday + timedelta(days=8),
    )
    cancelled = Reservation(
        item_id=gazebo.id,
        member_id=ana.id,
        starts_on=monday,
        ends_on=monday,
        status="cancelled",
    )
    _stored(workspace, late, back, booked, cancelled)

    found = week_bookings(workspace.uow(), start=monday)

    assert [(b.kind, b.record_id) for b in found] == [("loan", late.id), ("reservation", booked.id)]
    loan, reservation = found
    assert loan.who == "Ana Silva" and loan.overdue
    assert loan.last is None and loan.due_on == monday - timedelta(days=10)  # held, no end
    assert all(loan.holds_on(monday + timedelta(days=offset)) for offset in range(7))
    assert reservation.first == monday + timedelta(days=6)
    # Issue 12 item 2: not back, so held on every day still to come, weeks ahead too.
    in_a_fortnight = week_bookings(workspace.uow(), start=monday + timedelta(days=14))
    assert [(b.record_id, b.overdue, b.last) for b in in_a_fortnight] == [(late.id, True, None)]


def test_a_loan_returned_on_the_weeks_first_day_holds_that_day(group_workspace) -> None:  # type: ignore[no-untyped-def]
    workspace: Workspace = group_workspace
    sam = add_member(workspace.uow(), values={"full_name": "Sam Lee"})
    room = ResourceItem(name="Back room", kind="space")
    _stored(workspace, room)
    start = date(2026, 6, 1)
    loan = Loan(
        item_id=room.id,
        borrower_id=sam.id,
        out_on=start - timedelta(days=3),
        due_on=start,
        returned_on=start,
    )
    _stored(workspace, loan)
    (found,) = week_bookings(workspace.uow(), start=start)
    assert found.first == start - timedelta(days=3) and found.last == start
    assert not found.overdue
