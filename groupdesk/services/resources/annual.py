"""The resources' year for the annual report: what was lent, how often and to how many people.

A kit's parts, lent with it, are counted in the kit's loan, not again on their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from groupdesk.models.resources import Loan, ResourceItem
from groupdesk.services.resources.ordering import NAME_ORDER
from groupdesk.services.uow import UnitOfWork

#: How many of the most lent items the report names.
MOST_LENT = 10


@dataclass(frozen=True)
class ItemLent:
    name: str
    loans: int


@dataclass(frozen=True)
class LendingYear:
    loans: int
    #: Different items lent, and different members who borrowed.
    items: int
    borrowers: int
    most_lent: tuple[ItemLent, ...]


def lending_year(uow: UnitOfWork, *, first: date, last: date) -> LendingYear:
    """The loans that went out from `first` to `last` (both included): two aggregates."""
    lent = (Loan.deleted_at.is_(None), Loan.kit_loan_id.is_(None), Loan.out_on.between(first, last))
    totals = select(
        func.count(),
        func.count(func.distinct(Loan.item_id)),
        func.count(func.distinct(Loan.borrower_id)),
    ).where(*lent)
    times = func.count().label("times")
    most = (
        select(ResourceItem.name, times)
        .select_from(Loan)
        .join(ResourceItem, ResourceItem.id == Loan.item_id)
        .where(*lent)
        .group_by(Loan.item_id)
        .order_by(times.desc(), *NAME_ORDER)
        .limit(MOST_LENT)
    )
    with uow:
        loans, items, borrowers = uow.session.execute(totals).one()
        most_lent = tuple(ItemLent(name, count) for name, count in uow.session.execute(most))
    return LendingYear(loans, items, borrowers, most_lent)
