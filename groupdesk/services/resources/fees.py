"""Late fees and deposits: what a late loan costs, who waived it, and the deposits the group holds.

A late fee runs per day past the due day and never exceeds the item's value: a member who keeps
a drill a year owes the price of a drill, not of a car. It is charged on the day the item comes
back (or as of today while it is still out), and a named person can waive it.

A deposit is the member's money while the group holds it: it is listed as money held for
members, never as income. Only the part kept at check-in (damage, with a reason) becomes the
group's; that is recorded on the loan by `loans.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.models.members import Member
from groupdesk.models.resources import Loan, ResourceItem
from groupdesk.money import Money
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.rows import display_name, live_member, live_row, names_of
from groupdesk.services.uow import UnitOfWork


def late_fee(
    *, per_day: Money | None, value: Money | None, due_on: date, back_on: date
) -> Money | None:
    """The fee for an item back on `back_on` that was due on `due_on`: `per_day` for each day
    late, capped at the item's `value` (no cap when the value is not known). None when the item
    has no late fee; nothing (zero) when it came back on time."""
    if per_day is None:
        return None
    fee = per_day * max(0, (back_on - due_on).days)
    return value if value is not None and fee > value else fee


@dataclass(frozen=True)
class LateFee:
    """The late fee of one loan, as of its return (or of today while it is out)."""

    loan_id: str
    item_name: str
    borrower_name: str
    days_late: int
    #: What the days late come to, capped at the item's value; None when the item has no fee.
    fee: Money | None
    #: The amount recorded when the item came back (`charge_late_fee`).
    charged: Money | None
    waived_by_id: str | None
    waived_by_name: str | None

    @property
    def owed(self) -> Money | None:
        """What the borrower owes: nothing once waived."""
        if self.fee is None:
            return None
        return Money.zero(self.fee.currency) if self.waived_by_id else (self.charged or self.fee)


def _late_fee_of(session: Session, loan: Loan, today: date) -> LateFee:
    item = session.get(ResourceItem, loan.item_id)
    assert item is not None  # a loan's item is tombstoned, never gone
    back_on = loan.returned_on or today
    names = names_of(session, [loan.borrower_id, *filter(None, [loan.fee_waived_by_id])])
    return LateFee(
        loan_id=loan.id,
        item_name=item.name,
        borrower_name=names.get(loan.borrower_id, ""),
        days_late=max(0, (back_on - loan.due_on).days),
        fee=late_fee(
            per_day=item.late_fee_per_day, value=item.value, due_on=loan.due_on, back_on=back_on
        ),
        charged=loan.fee_charged,
        waived_by_id=loan.fee_waived_by_id,
        waived_by_name=names.get(loan.fee_waived_by_id or ""),
    )


def late_fee_of(uow: UnitOfWork, *, loan_id: str) -> LateFee:
    """A loan's late fee as it stands: for a loan still out, what it would be if it came back
    today."""
    with uow:
        loan = live_row(uow.session, Loan, loan_id, what="loan")
        return _late_fee_of(uow.session, loan, uow.today())


def record_late_fee(session: Session, loan: Loan) -> Money | None:
    """Set a returned loan's charged fee from its item's rule; for `loans.py` to call inside its
    return transaction (and `charge_late_fee` alone), so the rule lives in one place."""
    if loan.returned_on is None:
        raise GroupDeskError("A late fee is charged when the item comes back.")
    fee = _late_fee_of(session, loan, loan.returned_on).fee
    loan.fee_charged = fee if fee else None
    return loan.fee_charged


def charge_late_fee(uow: UnitOfWork, *, loan_id: str) -> LateFee:
    """Record the late fee of a returned loan, from its item's fee per day and value."""
    with uow:
        loan = live_row(uow.session, Loan, loan_id, what="loan")
        record_late_fee(uow.session, loan)
        uow.session.flush()
        data = _late_fee_of(uow.session, loan, uow.today())
        uow.commit()
    return data


def waive_late_fee(uow: UnitOfWork, *, loan_id: str, by_id: str) -> LateFee:
    """Waive a loan's late fee, keeping who did it (the fee itself stays on record)."""
    with uow:
        session = uow.session
        loan = live_row(session, Loan, loan_id, what="loan")
        waiver = live_member(session, by_id, role="the person waiving the fee")
        current = _late_fee_of(session, loan, uow.today())
        if current.waived_by_id is not None:
            raise GroupDeskError(
                QT_TRANSLATE_NOOP(
                    "ResourceRules",
                    "The late fee on this loan of {item} was already waived by {who}.",
                ).format(item=current.item_name, who=current.waived_by_name)
            )
        if not current.fee:
            raise ValidationError.single(
                "loan",
                QT_TRANSLATE_NOOP(
                    "ResourceRules", "This loan of {item} has no late fee to waive."
                ).format(item=current.item_name),
            )
        loan.fee_waived_by_id = waiver.id
        uow.session.flush()
        data = _late_fee_of(session, loan, uow.today())
        uow.commit()
    return data


@dataclass(frozen=True)
class DepositHeld:
    """A deposit the group holds for a member: their money, until it is returned or kept."""

    loan_id: str
    item_id: str
    item_name: str
    member_id: str
    member_name: str
    taken_on: date
    #: The loan came back but the deposit was not yet settled in full.
    item_returned: bool
    amount: Money


@dataclass(frozen=True)
class DepositsHeld:
    deposits: list[DepositHeld]
    #: One total per currency (amounts in two currencies are never added together).
    totals: Sequence[Money]


def deposits_held(uow: UnitOfWork, *, member_id: str | None = None) -> DepositsHeld:
    """Every deposit held now (or one member's), oldest first, in one query: what was taken
    less what was returned and what was kept."""
    held = (
        Loan.deposit_taken_minor
        - func.coalesce(Loan.deposit_returned_minor, 0)
        - func.coalesce(Loan.deposit_kept_minor, 0)
    ).label("held")
    query = (
        select(
            Loan.id,
            Loan.item_id,
            ResourceItem.name,
            Loan.borrower_id,
            Member.full_name,
            Member.preferred_name,
            Member.erased_at,
            Loan.out_on,
            Loan.returned_on,
            Loan.deposit_taken_currency,
            held,
        )
        .join(ResourceItem, ResourceItem.id == Loan.item_id)
        .join(Member, Member.id == Loan.borrower_id)
        .where(Loan.deleted_at.is_(None), Loan.deposit_taken_minor.is_not(None), held > 0)
        .order_by(Loan.out_on, Loan.id)
    )
    if member_id is not None:
        query = query.where(Loan.borrower_id == member_id)
    with uow:
        rows = uow.session.execute(query).all()
    deposits = [
        DepositHeld(
            loan_id=row.id,
            item_id=row.item_id,
            item_name=row.name,
            member_id=row.borrower_id,
            member_name=display_name(row.full_name, row.preferred_name, row.erased_at),
            taken_on=row.out_on,
            item_returned=row.returned_on is not None,
            amount=Money.from_minor(row.held, row.deposit_taken_currency),
        )
        for row in rows
    ]
    totals: dict[str, Money] = {}
    for deposit in deposits:
        currency = deposit.amount.currency
        totals[currency] = totals.get(currency, Money.zero(currency)) + deposit.amount
    return DepositsHeld(deposits, [totals[code] for code in sorted(totals)])
