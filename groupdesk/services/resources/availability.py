"""What is free, what is out, and what is late: the resources queries used everywhere (the
Resources page, the dashboard, the CLI, a member's detail).

"Free from D to D" honours the item's quantity, the loans not returned, the bookings and the
buffer days, by the one rule in `clashes.py`; it is one SQL query over every item (the busiest
day of each, worked out in SQL), read through the indexes on loans not returned and bookings by
their last day, not a loop over items.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, and_, case, func, select
from sqlalchemy.orm import aliased

from groupdesk.models.resources import Loan, ResourceItem
from groupdesk.services.resources.clashes import busiest_params, busiest_use
from groupdesk.services.resources.loans import LoanData, loan_rows, loan_select
from groupdesk.services.resources.ordering import SORTED_BY_NAME
from groupdesk.services.uow import UnitOfWork


def blocked() -> Any:
    """Items held back while out of service (`upkeep.lending_refusal`'s rule, in SQL)."""
    return and_(ResourceItem.condition == "out of service", ResourceItem.block_when_out_of_service)


@dataclass(frozen=True)
class ItemAvailability:
    """How many of an item are free for every day of a period."""

    item_id: str
    name: str
    kind: str
    quantity: int
    #: The most the loans and bookings need on one day of the period.
    used: int
    #: What can still be lent or booked for the whole period (0 while out of service).
    free: int


def free_between(
    uow: UnitOfWork,
    *,
    start: date,
    end: date,
    kind: str | None = None,
    only_free: bool = True,
) -> list[ItemAvailability]:
    """Every item with some free for each day from `start` to `end` (or every item, with
    `only_free=False`), by name. Rows are read as plain rows, not through the ORM: a page of
    thousands of items costs half as much."""
    with uow:
        session = uow.session
        use = busiest_use().subquery("use")
        params = busiest_params(session, start=start, end=end, today=uow.today())
        used = func.coalesce(use.c.used, 0)
        free = case((blocked(), 0), else_=func.max(ResourceItem.quantity - used, 0))
        query = (
            select(
                ResourceItem.id,
                ResourceItem.name,
                ResourceItem.kind,
                ResourceItem.quantity,
                used.label("used"),
                free.label("free"),
            )
            .outerjoin(use, use.c.item_id == ResourceItem.id)
            .where(ResourceItem.deleted_at.is_(None))
        )
        if kind is not None:
            query = query.where(ResourceItem.kind == kind)
        if only_free:
            query = query.where(free > 0)
        rows = session.connection().execute(query.order_by(*SORTED_BY_NAME), params)
        return [ItemAvailability(*row) for row in rows]


def _out(query: Select[*tuple[Any, ...]]) -> Select[*tuple[Any, ...]]:
    """Loans not back. A part out with its kit is the kit's line (`kits.py`): it shows alone
    only once the kit is back without it."""
    kit = aliased(Loan)
    kit_out = (
        select(kit.id)
        .where(kit.id == Loan.kit_loan_id, kit.returned_on.is_(None), kit.deleted_at.is_(None))
        .exists()
    )
    return query.where(Loan.returned_on.is_(None), ~kit_out)


def overdue_loans(uow: UnitOfWork) -> list[LoanData]:
    """Loans not back after their due day (due today is not late), longest overdue first."""
    with uow:
        today = uow.today()
        query = _out(loan_select()).where(Loan.due_on < today).order_by(Loan.due_on, Loan.id)
        return loan_rows(uow.session, query, today)


def loans_out(uow: UnitOfWork) -> list[LoanData]:
    """Every loan not back (a kit's parts in its line), soonest due first: the overdue ones
    come first, longest overdue first (the printed inventory's list)."""
    with uow:
        today = uow.today()
        query = _out(loan_select()).order_by(Loan.due_on, Loan.id)
        return loan_rows(uow.session, query, today)


def due_back(uow: UnitOfWork, *, start: date | None = None, days: int = 7) -> list[LoanData]:
    """Loans not back that are due within `days` days from `start` (today): "due back this
    week"; overdue ones are in `overdue_loans`."""
    with uow:
        today = uow.today()
        first = start or today
        query = (
            _out(loan_select())
            .where(Loan.due_on >= first, Loan.due_on < first + timedelta(days=days))
            .order_by(Loan.due_on, Loan.id)
        )
        return loan_rows(uow.session, query, today)


def current_loans(uow: UnitOfWork, *, member_id: str) -> list[LoanData]:
    """What the member has out now, soonest due first (for their detail page, and the warning
    when someone leaving still has things)."""
    with uow:
        today = uow.today()
        query = (
            _out(loan_select()).where(Loan.borrower_id == member_id).order_by(Loan.due_on, Loan.id)
        )
        return loan_rows(uow.session, query, today)


def member_loan_history(uow: UnitOfWork, *, member_id: str) -> list[LoanData]:
    """Every loan to the member, newest first."""
    with uow:
        query = (
            loan_select().where(Loan.borrower_id == member_id).order_by(Loan.out_on.desc(), Loan.id)
        )
        return loan_rows(uow.session, query, uow.today())


def item_loan_history(uow: UnitOfWork, *, item_id: str) -> list[LoanData]:
    """Every loan of the item, newest first."""
    with uow:
        query = loan_select().where(Loan.item_id == item_id).order_by(Loan.out_on.desc(), Loan.id)
        return loan_rows(uow.session, query, uow.today())
