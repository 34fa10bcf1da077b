"""Lending and taking back: beyond the quantity refused, late recorded not refused, the deposit
returned or partly kept with a reason, and extending as a dated change."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from support.resource_rows import gbp

from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.models.resources import Loan
from groupdesk.services.history import record_history
from groupdesk.services.resources.loans import (
    extend_loan,
    get_loan,
    lend,
    loan_extensions,
    remove_loan,
    return_loan,
)
from groupdesk.services.resources.records import add_item, get_item
from groupdesk.services.wording import field_label
from groupdesk.services.workspace import Workspace

TODAY = date(2026, 5, 3)  # the members_ws clock (tests/services/conftest.py)


@pytest.fixture
def ana(add_person: Callable[..., str]) -> str:
    return add_person("Ana Silva")


@pytest.fixture
def sam(add_person: Callable[..., str]) -> str:
    return add_person("Sam Okafor")


def test_lending_takes_the_items_deposit_and_its_loan_period(
    members_ws: Workspace, ana: str
) -> None:
    gazebo = add_item(
        members_ws.uow(), values={"name": "Gazebo", "loan_days": 7, "deposit": gbp("20.00")}
    )
    loan = lend(members_ws.uow(), item_id=gazebo.id, borrower_id=ana)
    assert (loan.out_on, loan.due_on) == (TODAY, TODAY + timedelta(days=7))
    assert loan.deposit_taken == gbp("20.00")
    assert (loan.item_name, loan.borrower_name, loan.overdue) == ("Gazebo", "Ana Silva", False)


def test_an_item_cannot_be_lent_twice_at_once_and_the_loan_is_named(
    members_ws: Workspace, ana: str, sam: str
) -> None:
    gazebo = add_item(members_ws.uow(), values={"name": "Gazebo"}).id
    lend(members_ws.uow(), item_id=gazebo, borrower_id=ana, due_on=date(2026, 5, 10))
    with pytest.raises(ValidationError) as refused:
        lend(members_ws.uow(), item_id=gazebo, borrower_id=sam, due_on=date(2026, 5, 4))
    assert refused.value.errors == {"due_on": "Gazebo is out with Ana Silva until 10 May 2026."}
    with members_ws.uow() as uow:
        assert len(uow.session.scalars(select(Loan)).all()) == 1


def test_a_stock_can_be_lent_up_to_exactly_its_quantity(
    members_ws: Workspace, ana: str, sam: str
) -> None:
    chairs = add_item(members_ws.uow(), values={"name": "Chairs", "quantity": 60}).id
    lend(members_ws.uow(), item_id=chairs, borrower_id=ana, quantity=20)
    lend(members_ws.uow(), item_id=chairs, borrower_id=sam, quantity=40)  # exactly used up
    with pytest.raises(ValidationError) as refused:
        lend(members_ws.uow(), item_id=chairs, borrower_id=sam, quantity=1)
    assert refused.value.errors["due_on"].startswith("Only 0 of the 60 are free then: Chairs is")
    with pytest.raises(ValidationError) as too_many:
        lend(members_ws.uow(), item_id=chairs, borrower_id=sam, quantity=61)
    assert too_many.value.errors == {"quantity": "There are only 60 of Chairs in all."}


def test_an_item_not_returned_stays_unavailable_whatever_its_due_date(
    make_workspace: Callable[..., Workspace], members_ws: Workspace, ana: str, sam: str
) -> None:
    gazebo = add_item(members_ws.uow(), values={"name": "Gazebo"}).id
    lend(
        members_ws.uow(),
        item_id=gazebo,
        borrower_id=ana,
        out_on=date(2026, 4, 1),
        due_on=date(2026, 4, 8),
    )
    with pytest.raises(ValidationError) as refused:
        lend(members_ws.uow(), item_id=gazebo, borrower_id=sam)
    assert refused.value.errors == {
        "due_on": "Gazebo is overdue with Ana Silva (due back 8 Apr 2026); it can be booked once"
        " it is back."
    }


def test_a_late_return_is_recorded_not_refused(members_ws: Workspace, ana: str) -> None:
    gazebo = add_item(members_ws.uow(), values={"name": "Gazebo"}).id
    loan = lend(
        members_ws.uow(),
        item_id=gazebo,
        borrower_id=ana,
        out_on=date(2026, 4, 1),
        due_on=date(2026, 4, 8),
    )
    assert get_loan(members_ws.uow(), loan_id=loan.id).overdue
    back = return_loan(members_ws.uow(), loan_id=loan.id)
    assert (back.returned_on, back.days_late, back.overdue) == (TODAY, 25, False)
    with pytest.raises(GroupDeskError, match="already returned on 3 May 2026"):
        return_loan(members_ws.uow(), loan_id=loan.id)


def test_returned_on_the_due_date_is_not_late_and_frees_the_item(
    members_ws: Workspace, ana: str, sam: str
) -> None:
    gazebo = add_item(members_ws.uow(), values={"name": "Gazebo"}).id
    loan = lend(
        members_ws.uow(), item_id=gazebo, borrower_id=ana, out_on=date(2026, 4, 26), due_on=TODAY
    )
    back = return_loan(members_ws.uow(), loan_id=loan.id)
    assert back.days_late == 0
    assert lend(members_ws.uow(), item_id=gazebo, borrower_id=sam).borrower_name == "Sam Okafor"


def test_part_of_a_deposit_is_kept_only_with_a_reason_and_the_item_condition_follows(
    members_ws: Workspace, ana: str
) -> None:
    drill = add_item(members_ws.uow(), values={"name": "Drill", "deposit": gbp("30.00")}).id
    loan = lend(members_ws.uow(), item_id=drill, borrower_id=ana).id
    with pytest.raises(ValidationError) as refused:
        return_loan(members_ws.uow(), loan_id=loan, deposit_kept=gbp("40.00"))
    assert refused.value.errors == {
        "deposit_kept": "Only £30.00 was taken as a deposit.",
        "kept_reason": "Say why part of the deposit is kept (damage, say).",
    }
    assert get_loan(members_ws.uow(), loan_id=loan).returned_on is None  # nothing saved
    back = return_loan(
        members_ws.uow(),
        loan_id=loan,
        deposit_kept=gbp("12.50"),
        kept_reason="Chuck cracked",
        condition_in="needs attention",
        condition_note="Chuck cracked",
    )
    assert (back.deposit_returned, back.deposit_kept) == (gbp("17.50"), gbp("12.50"))
    assert back.kept_reason == "Chuck cracked"
    item = get_item(members_ws.uow(), item_id=drill)
    assert (item.condition, item.condition_note) == ("needs attention", "Chuck cracked")


def test_a_deposit_returned_whole_keeps_nothing(members_ws: Workspace, ana: str) -> None:
    drill = add_item(members_ws.uow(), values={"name": "Drill", "deposit": gbp("30.00")}).id
    loan = lend(members_ws.uow(), item_id=drill, borrower_id=ana).id
    back = return_loan(members_ws.uow(), loan_id=loan)
    assert (back.deposit_returned, back.deposit_kept, back.kept_reason) == (
        gbp("30.00"),
        gbp("0.00"),
        None,
    )


def test_dates_that_make_no_sense_are_refused_beside_their_fields(
    members_ws: Workspace, ana: str
) -> None:
    gazebo = add_item(members_ws.uow(), values={"name": "Gazebo"}).id
    with pytest.raises(ValidationError) as refused:
        lend(
            members_ws.uow(),
            item_id=gazebo,
            borrower_id=ana,
            out_on=TODAY + timedelta(days=2),
            due_on=TODAY + timedelta(days=1),
        )
    assert set(refused.value.errors) == {"out_on", "due_on"}
    loan = lend(members_ws.uow(), item_id=gazebo, borrower_id=ana).id
    with pytest.raises(ValidationError) as early:
        return_loan(members_ws.uow(), loan_id=loan, returned_on=TODAY - timedelta(days=1))
    assert early.value.errors == {
        "returned_on": "The return day is before it went out (3 May 2026)."
    }


def test_extending_is_a_dated_change_refused_when_someone_has_booked_the_days(
    members_ws: Workspace, ana: str, sam: str
) -> None:
    from groupdesk.services.resources.reservations import reserve

    gazebo = add_item(members_ws.uow(), values={"name": "Gazebo"}).id
    loan = lend(members_ws.uow(), item_id=gazebo, borrower_id=ana, due_on=date(2026, 5, 10)).id
    reserve(
        members_ws.uow(),
        item_id=gazebo,
        member_id=sam,
        starts_on=date(2026, 5, 14),
        ends_on=date(2026, 5, 16),
    )
    extended = extend_loan(members_ws.uow(), loan_id=loan, due_on=date(2026, 5, 13), by_id=sam)
    assert extended.due_on == date(2026, 5, 13)
    [change] = loan_extensions(members_ws.uow(), loan_id=loan)
    assert (change.from_due, change.to_due, change.extended_on, change.by_name) == (
        date(2026, 5, 10),
        date(2026, 5, 13),
        TODAY,
        "Sam Okafor",
    )
    with pytest.raises(ValidationError) as refused:
        extend_loan(members_ws.uow(), loan_id=loan, due_on=date(2026, 5, 14))
    assert refused.value.errors["due_on"].startswith("Gazebo is reserved by Sam Okafor for 14")
    with pytest.raises(ValidationError, match="after the due day now, 13 May 2026"):
        extend_loan(members_ws.uow(), loan_id=loan, due_on=date(2026, 5, 12))


def test_an_item_out_of_service_is_not_lent(members_ws: Workspace, ana: str) -> None:
    mower = add_item(
        members_ws.uow(),
        values={"name": "Mower", "condition": "out of service", "condition_note": "Blade bent"},
    ).id
    with pytest.raises(ValidationError, match="Mower is out of service"):
        lend(members_ws.uow(), item_id=mower, borrower_id=ana)


def test_a_loan_never_made_can_be_removed_and_frees_the_item(
    members_ws: Workspace, ana: str, sam: str
) -> None:
    gazebo = add_item(members_ws.uow(), values={"name": "Gazebo"}).id
    loan = lend(members_ws.uow(), item_id=gazebo, borrower_id=ana).id
    remove_loan(members_ws.uow(), loan_id=loan)
    assert lend(members_ws.uow(), item_id=gazebo, borrower_id=sam).borrower_name == "Sam Okafor"


def test_a_loans_history_reads_in_words(members_ws: Workspace, ana: str) -> None:
    gazebo = add_item(members_ws.uow(), values={"name": "Gazebo", "deposit": gbp("20.00")}).id
    loan = lend(members_ws.uow(), item_id=gazebo, borrower_id=ana, due_on=date(2026, 5, 10)).id
    extend_loan(members_ws.uow(), loan_id=loan, due_on=date(2026, 5, 12))
    return_loan(members_ws.uow(), loan_id=loan)
    events = record_history(members_ws.uow(), table="resource_loans", row_id=loan)
    assert sorted(event.record for event in events) == ["loan", "loan", "loan", "loan extension"]
    labels = {field_label(field) for event in events for field, _value in event.fields}
    assert {"Lent", "Due", "Returned", "Deposit taken", "Deposit returned"} <= labels
    assert {"Was due", "Now due", "Extended", "Borrower"} <= labels
    assert ("deposit_taken", "20.00 GBP") in events[-1].fields
    assert ("item", "Gazebo") in events[-1].fields and ("borrower", "Ana Silva") in events[
        -1
    ].fields
