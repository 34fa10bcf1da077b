"""Items and loans stored as rows, for tests of the rules built on them (fees, upkeep, photos,
kits) without going through the lending rules those tests do not check."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from groupdesk.models.resources import Loan, Reservation, ResourceItem
from groupdesk.money import Money
from groupdesk.services.workspace import Workspace


def gbp(amount: str) -> Money:
    return Money(Decimal(amount), "GBP")


def stored_item(workspace: Workspace, name: str, **fields: Any) -> str:
    """An item of the group's called `name`, with `fields` set; returns its id."""
    with workspace.uow() as uow:
        item = ResourceItem(name=name, **fields)
        uow.session.add(item)
        uow.commit()
        return item.id


def stored_loan(
    workspace: Workspace, item_id: str, borrower_id: str, out_on: date, due_on: date, **fields: Any
) -> str:
    """A loan of `item_id` to `borrower_id`, with `fields` set (returned_on, deposits…)."""
    with workspace.uow() as uow:
        loan = Loan(
            item_id=item_id, borrower_id=borrower_id, out_on=out_on, due_on=due_on, **fields
        )
        uow.session.add(loan)
        uow.commit()
        return loan.id


def stored_booking(
    workspace: Workspace,
    item_id: str,
    member_id: str,
    starts_on: date,
    ends_on: date,
    **fields: Any,
) -> str:
    """A booking of `item_id` by `member_id`, stored as sync leaves it: no clash check."""
    with workspace.uow() as uow:
        booking = Reservation(
            item_id=item_id, member_id=member_id, starts_on=starts_on, ends_on=ends_on, **fields
        )
        uow.session.add(booking)
        uow.commit()
        return booking.id
