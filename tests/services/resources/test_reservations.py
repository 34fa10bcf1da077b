"""Reservations: overlapping bookings and clashes with a loan refused with the clash named and
nothing saved; touching bookings and buffer days at their edges; booking an item that is out
for later; collecting a booking as a loan in one step."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.models.resources import Reservation
from groupdesk.services.meetings.records import add_meeting
from groupdesk.services.resources.loans import lend
from groupdesk.services.resources.records import add_item
from groupdesk.services.resources.reservations import (
    cancel_reservation,
    collect_reservation,
    get_reservation,
    item_reservations,
    move_reservation,
    reserve,
)
from groupdesk.services.wording import days_text
from groupdesk.services.workspace import Workspace

TODAY = date(2026, 5, 3)  # the members_ws clock (tests/services/conftest.py)


def june(day: int) -> date:
    return date(2026, 6, day)


@pytest.fixture
def people(add_person: Callable[..., str]) -> dict[str, str]:
    return {name: add_person(name) for name in ("Łukasz Nowak", "Ana Silva", "Sam Okafor")}


def _count(workspace: Workspace) -> int:
    with workspace.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(Reservation)) or 0


def test_an_overlapping_reservation_is_refused_with_the_clash_named_and_nothing_saved(
    members_ws: Workspace, people: dict[str, str]
) -> None:
    gazebo = add_item(members_ws.uow(), values={"name": "Gazebo"}).id
    reserve(
        members_ws.uow(),
        item_id=gazebo,
        member_id=people["Łukasz Nowak"],
        starts_on=june(3),
        ends_on=june(5),
    )
    with pytest.raises(ValidationError) as refused:
        reserve(
            members_ws.uow(),
            item_id=gazebo,
            member_id=people["Ana Silva"],
            starts_on=june(5),
            ends_on=june(8),
        )
    when = days_text(june(3), june(5), "en_GB")
    assert refused.value.errors == {"starts_on": f"Gazebo is reserved by Łukasz Nowak for {when}."}
    assert "3" in when and "5 Jun 2026" in when
    assert _count(members_ws) == 1


def test_reservations_touching_end_to_start_on_the_next_day_are_allowed(
    members_ws: Workspace, people: dict[str, str]
) -> None:
    gazebo = add_item(members_ws.uow(), values={"name": "Gazebo"}).id
    for who, first, last in (("Łukasz Nowak", 3, 5), ("Ana Silva", 6, 8), ("Sam Okafor", 1, 2)):
        reserve(
            members_ws.uow(),
            item_id=gazebo,
            member_id=people[who],
            starts_on=june(first),
            ends_on=june(last),
        )
    booked = item_reservations(members_ws.uow(), item_id=gazebo)
    assert [(b.who, b.starts_on) for b in booked] == [
        ("Sam Okafor", june(1)),
        ("Łukasz Nowak", june(3)),
        ("Ana Silva", june(6)),
    ]


def test_a_buffer_day_keeps_the_day_after_a_booking_free(
    members_ws: Workspace, people: dict[str, str]
) -> None:
    hall = add_item(members_ws.uow(), values={"name": "Hall", "kind": "space", "buffer_days": 1}).id
    reserve(
        members_ws.uow(),
        item_id=hall,
        member_id=people["Łukasz Nowak"],
        starts_on=june(3),
        ends_on=june(5),
    )
    for first, last in ((6, 7), (1, 2)):
        with pytest.raises(ValidationError) as refused:
            reserve(
                members_ws.uow(),
                item_id=hall,
                member_id=people["Ana Silva"],
                starts_on=june(first),
                ends_on=june(last),
            )
        assert refused.value.errors["starts_on"].endswith(
            ", and 1 day is kept free between bookings."
        )
    reserve(
        members_ws.uow(),
        item_id=hall,
        member_id=people["Ana Silva"],
        starts_on=june(7),
        ends_on=june(8),
    )
    assert _count(members_ws) == 2


def test_an_item_that_is_out_can_be_reserved_for_after_it_is_due_but_not_before(
    members_ws: Workspace, people: dict[str, str]
) -> None:
    gazebo = add_item(members_ws.uow(), values={"name": "Gazebo"}).id
    lend(members_ws.uow(), item_id=gazebo, borrower_id=people["Sam Okafor"], due_on=june(2))
    with pytest.raises(ValidationError) as refused:
        reserve(
            members_ws.uow(),
            item_id=gazebo,
            member_id=people["Ana Silva"],
            starts_on=june(2),
            ends_on=june(4),
        )
    assert refused.value.errors == {"starts_on": "Gazebo is out with Sam Okafor until 2 Jun 2026."}
    later = reserve(
        members_ws.uow(),
        item_id=gazebo,
        member_id=people["Ana Silva"],
        starts_on=june(3),
        ends_on=june(4),
    )
    assert later.status == "booked"


def test_a_reservation_for_a_meeting_names_the_meeting(
    members_ws: Workspace, people: dict[str, str]
) -> None:
    hall = add_item(members_ws.uow(), values={"name": "Hall", "kind": "space"}).id
    meeting = add_meeting(
        members_ws.uow(),
        title="AGM",
        starts_at=datetime(2026, 6, 3, 19),
        ends_at=datetime(2026, 6, 3, 21),
        zone="Europe/London",
    ).key
    reserve(members_ws.uow(), item_id=hall, meeting_id=meeting, starts_on=june(3), ends_on=june(3))
    with pytest.raises(ValidationError) as refused:
        reserve(
            members_ws.uow(),
            item_id=hall,
            member_id=people["Ana Silva"],
            starts_on=june(3),
            ends_on=june(3),
        )
    assert refused.value.errors == {
        "starts_on": "Hall is reserved by the meeting “AGM” for 3 Jun 2026."
    }


def test_collecting_a_reservation_makes_the_loan_in_one_step(
    make_workspace: Callable[..., Workspace], people: dict[str, str], members_ws: Workspace
) -> None:
    gazebo = add_item(members_ws.uow(), values={"name": "Gazebo"}).id
    booking = reserve(
        members_ws.uow(),
        item_id=gazebo,
        member_id=people["Ana Silva"],
        starts_on=TODAY,
        ends_on=date(2026, 5, 6),
    )
    loan = collect_reservation(members_ws.uow(), reservation_id=booking.id)
    assert (loan.borrower_name, loan.out_on, loan.due_on, loan.reservation_id) == (
        "Ana Silva",
        TODAY,
        date(2026, 5, 6),
        booking.id,
    )
    collected = get_reservation(members_ws.uow(), reservation_id=booking.id)
    assert (collected.status, collected.loan_id) == ("collected", loan.id)
    with pytest.raises(GroupDeskError, match="That reservation is collected already"):
        collect_reservation(members_ws.uow(), reservation_id=booking.id)


def test_collecting_is_refused_by_name_when_someone_else_has_booked_overlapping_days(
    members_ws: Workspace, people: dict[str, str]
) -> None:
    gazebo = add_item(members_ws.uow(), values={"name": "Gazebo"}).id
    mine = reserve(
        members_ws.uow(),
        item_id=gazebo,
        member_id=people["Ana Silva"],
        starts_on=TODAY,
        ends_on=date(2026, 5, 4),
    )
    reserve(
        members_ws.uow(),
        item_id=gazebo,
        member_id=people["Łukasz Nowak"],
        starts_on=date(2026, 5, 6),
        ends_on=date(2026, 5, 8),
    )
    with pytest.raises(ValidationError) as refused:
        collect_reservation(members_ws.uow(), reservation_id=mine.id, due_on=date(2026, 5, 7))
    assert refused.value.errors["due_on"].startswith("Gazebo is reserved by Łukasz Nowak for 6")
    assert get_reservation(members_ws.uow(), reservation_id=mine.id).status == "booked"
    assert collect_reservation(members_ws.uow(), reservation_id=mine.id).due_on == date(2026, 5, 4)


def test_cancelling_or_moving_frees_the_days(members_ws: Workspace, people: dict[str, str]) -> None:
    gazebo = add_item(members_ws.uow(), values={"name": "Gazebo"}).id
    first = reserve(
        members_ws.uow(),
        item_id=gazebo,
        member_id=people["Ana Silva"],
        starts_on=june(3),
        ends_on=june(5),
    )
    moved = move_reservation(
        members_ws.uow(), reservation_id=first.id, starts_on=june(10), ends_on=june(12)
    )
    assert (moved.starts_on, moved.ends_on) == (june(10), june(12))
    second = reserve(
        members_ws.uow(),
        item_id=gazebo,
        member_id=people["Sam Okafor"],
        starts_on=june(3),
        ends_on=june(5),
    )
    with pytest.raises(ValidationError):
        move_reservation(
            members_ws.uow(), reservation_id=second.id, starts_on=june(11), ends_on=june(11)
        )
    cancel_reservation(members_ws.uow(), reservation_id=first.id)
    assert move_reservation(
        members_ws.uow(), reservation_id=second.id, starts_on=june(11), ends_on=june(11)
    ).starts_on == june(11)


def test_bad_bookings_are_refused_beside_their_fields(
    members_ws: Workspace, people: dict[str, str]
) -> None:
    gazebo = add_item(members_ws.uow(), values={"name": "Gazebo"}).id
    with pytest.raises(ValidationError) as refused:
        reserve(members_ws.uow(), item_id=gazebo, starts_on=june(5), ends_on=june(3), quantity=0)
    assert set(refused.value.errors) == {"ends_on", "member", "quantity"}
    with pytest.raises(ValidationError) as past:
        reserve(
            members_ws.uow(),
            item_id=gazebo,
            member_id=people["Ana Silva"],
            starts_on=date(2026, 4, 1),
            ends_on=date(2026, 4, 2),
        )
    assert set(past.value.errors) == {"ends_on"}
