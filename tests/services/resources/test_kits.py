"""Kits: the parts an item is made of, and lending the kit with a checklist of its parts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from support.resource_rows import gbp, stored_item

from groupdesk.errors import ValidationError
from groupdesk.models.resources import Loan, ResourceItem
from groupdesk.services.resources.availability import current_loans, overdue_loans
from groupdesk.services.resources.kits import (
    kit_checklist,
    lend_kit,
    parts_of,
    remove_part,
    return_kit,
    set_part,
)
from groupdesk.services.resources.loans import get_loan, lend, return_loan
from groupdesk.services.resources.reservations import collect_reservation, reserve
from groupdesk.services.workspace import Workspace

TODAY = date(2026, 5, 3)  # the members_ws clock (tests/services/conftest.py)


@pytest.fixture
def pa(members_ws: Workspace) -> dict[str, str]:
    """A PA kit of two speakers, a mixer and cables (as the demo group's)."""
    items = {
        "kit": stored_item(members_ws, "PA kit"),
        "speaker": stored_item(members_ws, "Speaker", quantity=2),
        "mixer": stored_item(members_ws, "Mixer"),
        "cables": stored_item(members_ws, "Cables"),
    }
    set_part(members_ws.uow(), kit_id=items["kit"], part_id=items["speaker"], count=2)
    set_part(members_ws.uow(), kit_id=items["kit"], part_id=items["mixer"])
    set_part(members_ws.uow(), kit_id=items["kit"], part_id=items["cables"])
    return items


def test_a_kit_lists_its_parts_with_how_many_it_holds(
    members_ws: Workspace, pa: dict[str, str]
) -> None:
    assert [(p.name, p.count) for p in parts_of(members_ws.uow(), kit_id=pa["kit"])] == [
        ("Cables", 1),
        ("Mixer", 1),
        ("Speaker", 2),
    ]
    assert parts_of(members_ws.uow(), kit_id=pa["mixer"]) == []


def test_setting_a_part_again_changes_its_count_and_removing_it_leaves_the_item(
    members_ws: Workspace, pa: dict[str, str]
) -> None:
    parts = set_part(members_ws.uow(), kit_id=pa["kit"], part_id=pa["speaker"], count=1)
    assert [(p.name, p.count) for p in parts] == [("Cables", 1), ("Mixer", 1), ("Speaker", 1)]
    parts = remove_part(members_ws.uow(), kit_id=pa["kit"], part_id=pa["cables"])
    assert [p.name for p in parts] == ["Mixer", "Speaker"]
    with pytest.raises(ValidationError, match="not a part of this kit"):
        remove_part(members_ws.uow(), kit_id=pa["kit"], part_id=pa["cables"])


def test_a_kit_cannot_hold_itself_even_through_another_kit(
    members_ws: Workspace, pa: dict[str, str]
) -> None:
    stage = stored_item(members_ws, "Stage kit")
    set_part(members_ws.uow(), kit_id=stage, part_id=pa["kit"])
    with pytest.raises(ValidationError) as refused:
        set_part(members_ws.uow(), kit_id=pa["kit"], part_id=stage)
    assert refused.value.errors == {
        "part": "Stage kit cannot be a part of PA kit: it holds PA kit itself."
    }
    with pytest.raises(ValidationError, match="holds PA kit itself"):
        set_part(members_ws.uow(), kit_id=pa["kit"], part_id=pa["kit"])


def test_a_kit_cannot_hold_more_of_a_part_than_the_group_has(
    members_ws: Workspace, pa: dict[str, str]
) -> None:
    with pytest.raises(ValidationError) as refused:
        set_part(members_ws.uow(), kit_id=pa["kit"], part_id=pa["speaker"], count=3)
    assert refused.value.errors == {"count": "the group has 2 of Speaker, so a kit cannot hold 3"}


def lent_alone(workspace: Workspace, item_id: str, borrower_id: str) -> None:
    lend(workspace.uow(), item_id=item_id, borrower_id=borrower_id, due_on=TODAY + timedelta(3))


def test_lending_the_kit_lends_every_part_so_none_is_free_alone(
    members_ws: Workspace, pa: dict[str, str], add_person: Callable[..., str]
) -> None:
    ana, sam = add_person("Ana Silva"), add_person("Sam Okafor")
    lent = lend_kit(
        members_ws.uow(),
        kit_id=pa["kit"],
        borrower_id=ana,
        due_on=TODAY + timedelta(7),
        deposit=gbp("40.00"),
    )
    assert [(line.name, line.count, line.out) for line in lent.lines] == [
        ("Cables", 1, True),
        ("Mixer", 1, True),
        ("Speaker", 2, True),
    ]
    kit_loan = get_loan(members_ws.uow(), loan_id=lent.loan_id)
    assert (kit_loan.item_name, kit_loan.deposit_taken) == ("PA kit", gbp("40.00"))
    speakers = get_loan(members_ws.uow(), loan_id=lent.lines[2].loan_id or "")
    assert (speakers.quantity, speakers.due_on, speakers.deposit_taken) == (
        2,
        TODAY + timedelta(7),
        None,  # the kit's deposit covers its parts
    )
    with pytest.raises(ValidationError, match="Speaker"):
        lent_alone(members_ws, pa["speaker"], sam)


def test_a_part_left_home_at_check_out_is_noted_and_stays_free(
    members_ws: Workspace, pa: dict[str, str], add_person: Callable[..., str]
) -> None:
    ana, sam = add_person("Ana Silva"), add_person("Sam Okafor")
    lent = lend_kit(
        members_ws.uow(),
        kit_id=pa["kit"],
        borrower_id=ana,
        notes="for the street party",
        parts_handed=[pa["speaker"], pa["cables"]],
    )
    assert [(line.name, line.loan_id is None) for line in lent.lines] == [
        ("Cables", False),
        ("Mixer", True),
        ("Speaker", False),
    ]
    assert get_loan(members_ws.uow(), loan_id=lent.loan_id).notes == (
        "for the street party\nWent out without: Mixer."
    )
    lent_alone(members_ws, pa["mixer"], sam)


def test_a_part_that_cannot_go_refuses_the_whole_kit_and_nothing_is_lent(
    members_ws: Workspace, pa: dict[str, str], add_person: Callable[..., str]
) -> None:
    ana, sam = add_person("Ana Silva"), add_person("Sam Okafor")
    lent_alone(members_ws, pa["mixer"], sam)
    with pytest.raises(ValidationError) as refused:
        lend_kit(members_ws.uow(), kit_id=pa["kit"], borrower_id=ana)
    assert list(refused.value.errors) == ["parts"]
    assert (
        "Mixer" in refused.value.errors["parts"] and "Sam Okafor" in refused.value.errors["parts"]
    )
    with members_ws.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Loan)) == 1  # Sam's mixer


def test_a_broken_part_holds_the_kit_back(
    members_ws: Workspace, pa: dict[str, str], add_person: Callable[..., str]
) -> None:
    with members_ws.uow() as uow:
        mixer = uow.session.get(ResourceItem, pa["mixer"])
        assert mixer is not None
        mixer.condition, mixer.condition_note = "out of service", "fader broken"
        uow.commit()
    with pytest.raises(ValidationError) as refused:
        lend_kit(members_ws.uow(), kit_id=pa["kit"], borrower_id=add_person("Ana Silva"))
    assert refused.value.errors == {
        "parts": "Mixer is out of service (fader broken); it cannot be lent until it is back in "
        "order."
    }


def test_checking_in_without_a_part_leaves_that_part_out_with_the_borrower(
    members_ws: Workspace, pa: dict[str, str], add_person: Callable[..., str]
) -> None:
    ana = add_person("Ana Silva")
    lent = lend_kit(
        members_ws.uow(),
        kit_id=pa["kit"],
        borrower_id=ana,
        out_on=TODAY - timedelta(10),
        due_on=TODAY - timedelta(3),
        deposit=gbp("40.00"),
    )
    back = return_kit(
        members_ws.uow(),
        loan_id=lent.loan_id,
        parts_back=[pa["speaker"], pa["cables"]],
        deposit_kept=gbp("15.00"),
        kept_reason="mixer not back yet",
    )
    assert [(line.name, line.out) for line in back.still_out] == [("Mixer", True)]
    kit_loan = get_loan(members_ws.uow(), loan_id=lent.loan_id)
    assert (kit_loan.returned_on, kit_loan.deposit_returned, kit_loan.deposit_kept) == (
        TODAY,
        gbp("25.00"),
        gbp("15.00"),
    )
    mixer_loan = get_loan(members_ws.uow(), loan_id=back.still_out[0].loan_id or "")
    assert (mixer_loan.overdue, mixer_loan.days_late) == (True, 3)

    return_loan(members_ws.uow(), loan_id=mixer_loan.id)
    assert kit_checklist(members_ws.uow(), loan_id=lent.loan_id).still_out == []


def test_only_the_parts_out_on_the_loan_can_be_ticked_back(
    members_ws: Workspace, pa: dict[str, str], add_person: Callable[..., str]
) -> None:
    lent = lend_kit(
        members_ws.uow(),
        kit_id=pa["kit"],
        borrower_id=add_person("Ana Silva"),
        parts_handed=[pa["speaker"]],
    )
    with pytest.raises(ValidationError, match="Tick only parts that went out"):
        return_kit(members_ws.uow(), loan_id=lent.loan_id, parts_back=[pa["mixer"]])
    assert get_loan(members_ws.uow(), loan_id=lent.loan_id).returned_on is None


def test_an_item_without_parts_is_lent_as_an_item(
    members_ws: Workspace, pa: dict[str, str], add_person: Callable[..., str]
) -> None:
    with pytest.raises(ValidationError, match="Mixer has no parts; lend it as an item"):
        lend_kit(members_ws.uow(), kit_id=pa["mixer"], borrower_id=add_person("Ana Silva"))


def test_a_refused_check_in_returns_no_part_either(
    members_ws: Workspace, pa: dict[str, str], add_person: Callable[..., str]
) -> None:
    lent = lend_kit(
        members_ws.uow(), kit_id=pa["kit"], borrower_id=add_person("Ana Silva"), deposit=gbp("40")
    )
    with pytest.raises(ValidationError) as refused:
        return_kit(members_ws.uow(), loan_id=lent.loan_id, deposit_kept=gbp("10.00"))
    assert list(refused.value.errors) == ["kept_reason"]
    assert len(kit_checklist(members_ws.uow(), loan_id=lent.loan_id).still_out) == 3


def test_a_late_kit_is_charged_its_own_fee_once_not_again_for_each_part(
    members_ws: Workspace, pa: dict[str, str], add_person: Callable[..., str]
) -> None:
    with members_ws.uow() as uow:
        for item_id in pa.values():
            item = uow.session.get(ResourceItem, item_id)
            assert item is not None
            item.late_fee_per_day, item.value = gbp("1.00"), gbp("500.00")
        uow.commit()
    lent = lend_kit(
        members_ws.uow(),
        kit_id=pa["kit"],
        borrower_id=add_person("Ana Silva"),
        out_on=TODAY - timedelta(10),
        due_on=TODAY - timedelta(4),
    )
    back = return_kit(members_ws.uow(), loan_id=lent.loan_id)
    charged = [
        get_loan(members_ws.uow(), loan_id=loan_id).fee_charged
        for loan_id in [back.loan_id, *(line.loan_id or "" for line in back.lines)]
    ]
    assert charged == [gbp("4.00"), None, None, None]


def test_a_late_kit_is_one_overdue_line_until_it_comes_back_without_a_part(
    members_ws: Workspace, pa: dict[str, str], add_person: Callable[..., str]
) -> None:
    ana = add_person("Ana Silva")
    lent = lend_kit(
        members_ws.uow(),
        kit_id=pa["kit"],
        borrower_id=ana,
        out_on=TODAY - timedelta(10),
        due_on=TODAY - timedelta(3),
    )
    assert [loan.item_name for loan in overdue_loans(members_ws.uow())] == ["PA kit"]
    assert [loan.item_name for loan in current_loans(members_ws.uow(), member_id=ana)] == ["PA kit"]
    return_kit(members_ws.uow(), loan_id=lent.loan_id, parts_back=[pa["speaker"], pa["cables"]])
    assert [loan.item_name for loan in overdue_loans(members_ws.uow())] == ["Mixer"]


def test_handing_out_a_reserved_kit_lends_its_parts_too(
    members_ws: Workspace, pa: dict[str, str], add_person: Callable[..., str]
) -> None:
    """Regression: collecting a kit's reservation lent the kit alone, its parts free to lend
    to someone else while they were in the borrower's car."""
    ana, sam = add_person("Ana Silva"), add_person("Sam Okafor")
    booking = reserve(
        members_ws.uow(),
        item_id=pa["kit"],
        member_id=ana,
        starts_on=TODAY,
        ends_on=TODAY + timedelta(2),
    )
    loan = collect_reservation(members_ws.uow(), reservation_id=booking.id)
    assert loan.item_name == "PA kit" and loan.reservation_id == booking.id
    checklist = kit_checklist(members_ws.uow(), loan_id=loan.id)
    assert [(line.name, line.out) for line in checklist.lines] == [
        ("Cables", True),
        ("Mixer", True),
        ("Speaker", True),
    ]
    with pytest.raises(ValidationError, match="Speaker"):
        lent_alone(members_ws, pa["speaker"], sam)


def test_a_part_left_home_when_a_reserved_kit_is_handed_out_stays_free(
    members_ws: Workspace, pa: dict[str, str], add_person: Callable[..., str]
) -> None:
    ana, sam = add_person("Ana Silva"), add_person("Sam Okafor")
    booking = reserve(
        members_ws.uow(), item_id=pa["kit"], member_id=ana, starts_on=TODAY, ends_on=TODAY
    )
    loan = collect_reservation(
        members_ws.uow(), reservation_id=booking.id, parts_handed=[pa["speaker"], pa["cables"]]
    )
    assert "Went out without: Mixer." in (loan.notes or "")
    lent_alone(members_ws, pa["mixer"], sam)
