"""The resources area's dashboard lists, on the demo group: the two overdue loans, what is due
back this week, today's booking, the upkeep that is due, and a clash once two laptops have lent
the same thing; every line opens its item on the Resources page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import select
from support.resource_demo import TODAY, demo_on_today

from groupdesk import registry
from groupdesk.models.members import Member
from groupdesk.models.resources import Loan, Reservation, ResourceItem
from groupdesk.services.resources.dashboard import (
    clashes_card,
    due_back_card,
    overdue_card,
    reservations_card,
    upkeep_card,
)
from groupdesk.services.workspace import Workspace

MakeWorkspace = Callable[..., Workspace]


@pytest.fixture
def workspace(make_workspace: MakeWorkspace) -> Workspace:
    return demo_on_today(make_workspace)


def _item_id(workspace: Workspace, name: str) -> str:
    with workspace.uow() as uow:
        return uow.session.scalars(select(ResourceItem.id).where(ResourceItem.name == name)).one()


def test_the_five_lists_are_registered_for_the_dashboard() -> None:
    reads = {card.read.rpartition(":")[2] for card in registry.dashboard_cards()}
    assert {
        "overdue_card",
        "due_back_card",
        "reservations_card",
        "upkeep_card",
        "clashes_card",
    } <= reads


def test_the_two_overdue_loans_are_listed_longest_overdue_first_and_open_their_item(
    workspace: Workspace,
) -> None:
    found = overdue_card(workspace.uow(), today=TODAY)
    lines = [dict(item.values) for item in found.items]
    assert [(line["item"], line["day"], line["late"]) for line in lines] == [
        ("Cordless drill", TODAY - timedelta(days=5), 5),
        ("Ladder (3 m)", TODAY - timedelta(days=2), 2),
    ]
    assert all(line["name"] for line in lines)
    assert [(item.page, item.record_id) for item in found.items] == [
        ("resources", _item_id(workspace, "Cordless drill")),
        ("resources", _item_id(workspace, "Ladder (3 m)")),
    ]


def test_due_back_this_week_lists_loans_due_from_today_to_six_days_ahead(
    workspace: Workspace,
) -> None:
    found = due_back_card(workspace.uow(), today=TODAY)
    days = [dict(item.values)["day"] for item in found.items]
    assert days and days == sorted(days)
    assert all(TODAY <= day < TODAY + timedelta(days=7) for day in days)  # type: ignore[operator]
    # The PA kit is due back today, and said so.
    kit = next(item for item in found.items if dict(item.values)["item"] == "PA kit")
    assert kit.text == "{item} from {name}: due today"


def test_todays_reservation_is_the_hall_meeting_room(workspace: Workspace) -> None:
    found = reservations_card(workspace.uow(), today=TODAY)
    assert [dict(item.values)["item"] for item in found.items] == ["Hall meeting room"]
    assert found.items[0].record_id == _item_id(workspace, "Hall meeting room")


def test_upkeep_due_is_the_barbecues_gas_check(workspace: Workspace) -> None:
    found = upkeep_card(workspace.uow(), today=TODAY)
    assert [(item.text, dict(item.values)["item"]) for item in found.items] == [
        ("{item}: {what}, due since {day}", "Gas barbecue")
    ]


def test_a_gazebo_lent_twice_offline_shows_as_a_clash_naming_both_borrowers(
    workspace: Workspace,
) -> None:
    assert clashes_card(workspace.uow(), today=TODAY).items == ()
    gazebo = _item_id(workspace, "Gazebo (3 × 3 m)")
    with workspace.uow() as uow:
        ana, sam = uow.session.scalars(
            select(Member.id).where(Member.status == "active").order_by(Member.id).limit(2)
        ).all()
        # As sync brings them: two loans of the one gazebo for the same days, neither refused.
        for borrower in (ana, sam):
            uow.session.add(
                Loan(
                    item_id=gazebo,
                    borrower_id=borrower,
                    out_on=TODAY + timedelta(days=40),
                    due_on=TODAY + timedelta(days=42),
                )
            )
        uow.commit()
    found = clashes_card(workspace.uow(), today=TODAY)
    assert [item.record_id for item in found.items] == [gazebo]
    assert dict(found.items[0].values)["day"] == TODAY + timedelta(days=40)


def test_a_booking_of_the_overdue_drill_next_week_is_a_clash_saying_to_chase_it(
    workspace: Workspace,
) -> None:
    """Issue 12 item 2: the drill is not back, so it is held next week too; a booking made
    for then (before it went overdue) is a clash a person must act on, opening the drill."""
    drill = _item_id(workspace, "Cordless drill")
    with workspace.uow() as uow:
        holder, booker = uow.session.execute(
            select(Member.full_name, Member.id)
            .join(Loan, Loan.borrower_id == Member.id)
            .where(Loan.item_id == drill, Loan.returned_on.is_(None))
        ).one()
        other = uow.session.scalars(
            select(Member.id).where(Member.id != booker, Member.status == "active").limit(1)
        ).one()
        uow.session.add(
            Reservation(
                item_id=drill,
                member_id=other,
                starts_on=TODAY + timedelta(days=7),
                ends_on=TODAY + timedelta(days=8),
            )
        )
        uow.commit()
    found = clashes_card(workspace.uow(), today=TODAY)
    [line] = found.items
    assert line.text.endswith(": ask for it back or move the booking")
    values = dict(line.values)
    assert (values["item"], values["name"], values["day"]) == (
        "Cordless drill",
        holder,
        TODAY + timedelta(days=7),
    )
    assert (line.page, line.record_id, found.more_view) == ("resources", drill, "clashes")
