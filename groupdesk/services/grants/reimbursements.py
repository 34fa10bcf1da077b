"""Reimbursements to members who paid out of pocket: claimed (for an expense, or under a grant
before the expense is entered), approved by someone other than the claimant, then paid (date,
reference); or refused, with the reason said.

Claimed → approved → paid, or claimed → refused; nothing else. Approved and not yet paid is
money committed (`figures` counts it).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from groupdesk.errors import ValidationError
from groupdesk.models.grants import REIMBURSEMENT_STATES, Grant, GrantExpense, GrantReimbursement
from groupdesk.models.members import Member
from groupdesk.money import Money
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.grants.rules import (
    checked_amount,
    checked_member,
    live_grant,
    paragraphs,
    required_words,
    words,
)
from groupdesk.services.rows import display_name, live_row, names_of
from groupdesk.services.uow import UnitOfWork

#: Where each state may go next.
REIMBURSEMENT_MOVES: dict[str, tuple[str, ...]] = {
    "claimed": ("approved", "refused"),
    "approved": ("paid",),
    "paid": (),
    "refused": (),
}


@dataclass(frozen=True)
class Reimbursement:
    id: str
    claimant_id: str
    claimant_name: str
    grant_id: str
    grant_title: str
    expense_id: str | None
    amount: Money
    description: str | None
    state: str
    claimed_on: date
    approved_by_id: str | None
    approved_by_name: str | None
    decided_on: date | None
    paid_on: date | None
    reference: str | None
    refused_reason: str | None

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def claim(
    uow: UnitOfWork,
    *,
    claimant_id: str,
    amount: Money,
    expense_id: str | None = None,
    grant_id: str | None = None,
    description: str | None = None,
    claimed_on: date | None = None,
) -> Reimbursement:
    """A member claims back what they paid: for an expense (its grant is the claim's), or under
    a grant when the expense is not entered yet."""
    if (expense_id is None) == (grant_id is None):
        raise ValidationError.single(
            "expense_id", QT_TRANSLATE_NOOP("GrantRules", "claim for an expense or under a grant")
        )
    with uow:
        session = uow.session
        checked_member(session, claimant_id, role="the claimant")
        if expense_id is not None:
            expense = live_row(session, GrantExpense, expense_id, what="expense")
            grant_id = expense.grant_id
        assert grant_id is not None
        grant = live_grant(session, grant_id)
        day = claimed_on or uow.today()
        if day > uow.today():
            raise ValidationError.single(
                "claimed_on",
                QT_TRANSLATE_NOOP("GrantRules", "a claim cannot be dated in the future"),
            )
        row = GrantReimbursement(
            claimant_id=claimant_id,
            expense_id=expense_id,
            grant_id=grant_id,
            amount=checked_amount(amount, field="amount", currency=grant.currency),
            description=paragraphs(description),
            state="claimed",
            claimed_on=day,
        )
        session.add(row)
        session.flush()
        result = _one(session, row.id)
        uow.commit()
    return result


def _moving(session: Session, reimbursement_id: str, to_state: str) -> GrantReimbursement:
    row = live_row(session, GrantReimbursement, reimbursement_id, what="reimbursement")
    allowed = REIMBURSEMENT_MOVES[row.state]
    if to_state not in allowed:
        raise ValidationError.single(
            "state",
            f"a reimbursement that is {row.state} "
            + (f"can only be {' or '.join(allowed)}" if allowed else "can change no further"),
        )
    return row


def _check_decider(session: Session, row: GrantReimbursement, by_id: str) -> None:
    checked_member(session, by_id, role="the person deciding")
    if by_id == row.claimant_id:
        name = names_of(session, [by_id]).get(by_id, "The claimant")
        raise ValidationError.single(
            "approved_by_id",
            f"{name} made this claim and cannot decide it; someone else must approve or refuse it",
        )


def _decision_day(uow: UnitOfWork, row: GrantReimbursement, on: date | None, field: str) -> date:
    day = on or uow.today()
    if day > uow.today():
        raise ValidationError.single(field, "it cannot be dated in the future")
    if day < row.claimed_on:
        raise ValidationError.single(field, "it cannot be dated before the claim")
    return day


def approve(
    uow: UnitOfWork, *, reimbursement_id: str, by_id: str, on: date | None = None
) -> Reimbursement:
    """Approve a claim; the claimant may not approve their own."""
    return _decide(uow, reimbursement_id, "approved", by_id=by_id, on=on)


def refuse(
    uow: UnitOfWork, *, reimbursement_id: str, by_id: str, reason: str, on: date | None = None
) -> Reimbursement:
    """Refuse a claim, saying why; the claimant may not refuse their own either."""
    why = required_words(
        reason, field="refused_reason", say=QT_TRANSLATE_NOOP("GrantRules", "say why it is refused")
    )
    return _decide(uow, reimbursement_id, "refused", by_id=by_id, on=on, reason=why)


def _decide(
    uow: UnitOfWork,
    reimbursement_id: str,
    to_state: str,
    *,
    by_id: str,
    on: date | None,
    reason: str | None = None,
) -> Reimbursement:
    with uow:
        session = uow.session
        row = _moving(session, reimbursement_id, to_state)
        _check_decider(session, row, by_id)
        row.decided_on = _decision_day(uow, row, on, "decided_on")
        row.approved_by_id = by_id
        row.refused_reason = reason
        row.state = to_state
        session.flush()
        result = _one(session, row.id)
        uow.commit()
    return result


def pay(
    uow: UnitOfWork, *, reimbursement_id: str, paid_on: date, reference: str | None = None
) -> Reimbursement:
    """Record that an approved claim was paid back."""
    with uow:
        session = uow.session
        row = _moving(session, reimbursement_id, "paid")
        row.paid_on = _decision_day(uow, row, paid_on, "paid_on")
        if row.decided_on is not None and row.paid_on < row.decided_on:
            raise ValidationError.single(
                "paid_on",
                QT_TRANSLATE_NOOP("GrantRules", "it cannot be paid before it was approved"),
            )
        row.reference = words(reference)
        row.state = "paid"
        session.flush()
        result = _one(session, row.id)
        uow.commit()
    return result


def _query() -> Any:
    claimant, approver = aliased(Member), aliased(Member)
    return (
        select(
            GrantReimbursement,
            claimant.full_name,
            claimant.preferred_name,
            claimant.erased_at,
            approver.full_name,
            approver.preferred_name,
            approver.erased_at,
            Grant.title,
        )
        .join(claimant, claimant.id == GrantReimbursement.claimant_id)
        .outerjoin(approver, approver.id == GrantReimbursement.approved_by_id)
        .join(Grant, Grant.id == GrantReimbursement.grant_id)
        .where(GrantReimbursement.deleted_at.is_(None))
        .order_by(GrantReimbursement.claimed_on, GrantReimbursement.created_at)
    )


def _from(result: Any) -> Reimbursement:
    row, c_full, c_preferred, c_erased, a_full, a_preferred, a_erased, title = result
    return Reimbursement(
        id=row.id,
        claimant_id=row.claimant_id,
        claimant_name=display_name(c_full, c_preferred, c_erased),
        grant_id=row.grant_id,
        grant_title=title,
        expense_id=row.expense_id,
        amount=row.amount,
        description=row.description,
        state=row.state,
        claimed_on=row.claimed_on,
        approved_by_id=row.approved_by_id,
        approved_by_name=None if a_full is None else display_name(a_full, a_preferred, a_erased),
        decided_on=row.decided_on,
        paid_on=row.paid_on,
        reference=row.reference,
        refused_reason=row.refused_reason,
    )


def _one(session: Session, reimbursement_id: str) -> Reimbursement:
    return _from(session.execute(_query().where(GrantReimbursement.id == reimbursement_id)).one())


def reimbursements(
    uow: UnitOfWork,
    *,
    grant_id: str | None = None,
    member_id: str | None = None,
    states: tuple[str, ...] = (),
) -> list[Reimbursement]:
    """Claims, oldest first: under one grant, by one member (their detail page), in states."""
    unknown = sorted(set(states) - set(REIMBURSEMENT_STATES))
    if unknown:
        raise ValidationError.single("state", f"{unknown[0]!r} is not a reimbursement state")
    query = _query()
    if grant_id is not None:
        query = query.where(GrantReimbursement.grant_id == grant_id)
    if member_id is not None:
        query = query.where(GrantReimbursement.claimant_id == member_id)
    if states:
        query = query.where(GrantReimbursement.state.in_(states))
    with uow:
        return [_from(result) for result in uow.session.execute(query)]
