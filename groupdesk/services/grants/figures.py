"""The figures of a grant, summed in SQL over whole minor units and never across currencies:
awarded, received, spent, committed and remaining, per budget line and in total; the lines
over-spent, the expenses outside the grant's period and those on no line.

What each figure means (docs/grants.md says it for people):
- received: payments the funder made (payments "in");
- spent: for a grant the group seeks, its expenses; for a micro-grant it gives, what it paid
  the member (payments "out");
- committed: reimbursements approved and not yet paid that no expense records yet (one that
  names its expense is already in `spent`, and is not counted twice);
- remaining: awarded − spent − committed (None until an award is known); per line, its budget
  less what was spent on it.

Every amount under a grant is in the grant's own currency (`services.grants.rules`); a row in
another currency is left out of the grant's sums rather than added to them as if it were the
same money. Totals over many grants are kept per currency (`totals_by_currency`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Date, Select, String, and_, bindparam, func, or_, select
from sqlalchemy.orm import aliased

from groupdesk.errors import NotFoundError
from groupdesk.models.grants import (
    Grant,
    GrantBudgetLine,
    GrantExpense,
    GrantPayment,
    GrantReimbursement,
)
from groupdesk.money import Money
from groupdesk.services.grants.records import GrantRow, grant_row, grants_query
from groupdesk.services.rows import live_row
from groupdesk.services.uow import UnitOfWork


def _json(money: Money | None) -> dict[str, str] | None:
    return None if money is None else money.as_dict()


@dataclass(frozen=True)
class ExpenseRef:
    """An expense as a flagged list names it: day, payee, amount."""

    id: str
    spent_on: date
    payee: str
    amount: Money
    line_id: str | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "spent_on": self.spent_on,
            "payee": self.payee,
            "amount": self.amount.as_dict(),
            "line_id": self.line_id,
        }


@dataclass(frozen=True)
class LineFigures:
    """Budget against actual for one budget line."""

    line_id: str
    category: str
    description: str | None
    budget: Money
    spent: Money

    @property
    def remaining(self) -> Money:
        return self.budget - self.spent

    @property
    def over(self) -> Money | None:
        """By how much the line is over-spent, or None."""
        return self.spent - self.budget if self.spent > self.budget else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "line_id": self.line_id,
            "category": self.category,
            "description": self.description,
            "budget": self.budget.as_dict(),
            "spent": self.spent.as_dict(),
            "remaining": self.remaining.as_dict(),
            "over": _json(self.over),
        }


@dataclass(frozen=True)
class GrantTotals:
    """The money figures of a grant, all in its currency."""

    currency: str
    awarded: Money | None
    received: Money
    spent: Money
    committed: Money

    @property
    def remaining(self) -> Money | None:
        return None if self.awarded is None else self.awarded - self.spent - self.committed

    def money_dict(self) -> dict[str, Any]:
        return {
            "currency": self.currency,
            "awarded": _json(self.awarded),
            "received": self.received.as_dict(),
            "spent": self.spent.as_dict(),
            "committed": self.committed.as_dict(),
            "remaining": _json(self.remaining),
        }


@dataclass(frozen=True)
class GrantFigures(GrantTotals):
    """Budget against actual for one grant (the grant's detail, the funder report)."""

    grant_id: str = ""
    title: str = ""
    direction: str = "incoming"
    state: str = ""
    requested: Money | None = None
    period_start: date | None = None
    period_end: date | None = None
    lines: tuple[LineFigures, ...] = ()
    #: Expenses on no budget line (or on a line since deleted), oldest first.
    no_line: tuple[ExpenseRef, ...] = ()
    #: Expenses dated before the grant's period starts or after it ends, oldest first.
    outside_period: tuple[ExpenseRef, ...] = ()

    @property
    def budget(self) -> Money:
        return sum((line.budget for line in self.lines), Money.zero(self.currency))

    @property
    def over_spent(self) -> tuple[LineFigures, ...]:
        return tuple(line for line in self.lines if line.over is not None)

    def as_dict(self) -> dict[str, Any]:
        return {
            "grant_id": self.grant_id,
            "title": self.title,
            "direction": self.direction,
            "state": self.state,
            "requested": _json(self.requested),
            "period_start": self.period_start,
            "period_end": self.period_end,
            **self.money_dict(),
            "budget": self.budget.as_dict(),
            "lines": [line.as_dict() for line in self.lines],
            "over_spent_lines": [line.line_id for line in self.over_spent],
            "no_line": [expense.as_dict() for expense in self.no_line],
            "outside_period": [expense.as_dict() for expense in self.outside_period],
        }


@dataclass(frozen=True)
class GrantSummary(GrantTotals):
    """A grant as the grants list shows it (`records.GrantRow`), with its figures."""

    grant: GrantRow | None = None

    @property
    def row(self) -> GrantRow:
        assert self.grant is not None
        return self.grant

    @property
    def counterpart(self) -> str:
        """The funder's name (a grant sought) or the applicant's (a micro-grant)."""
        return self.row.funder_name or self.row.person_name or ""

    def as_dict(self) -> dict[str, Any]:
        return {**self.row.as_dict(), **self.money_dict()}


@dataclass
class CurrencyTotals:
    """Totals of many grants in one currency (never added to another currency's)."""

    currency: str
    grants: int = 0
    awarded: Money = field(init=False)
    received: Money = field(init=False)
    spent: Money = field(init=False)
    remaining: Money = field(init=False)

    def __post_init__(self) -> None:
        zero = Money.zero(self.currency)
        self.awarded = self.received = self.spent = self.remaining = zero

    def as_dict(self) -> dict[str, Any]:
        return {
            "currency": self.currency,
            "grants": self.grants,
            "awarded": self.awarded.as_dict(),
            "received": self.received.as_dict(),
            "spent": self.spent.as_dict(),
            "remaining": self.remaining.as_dict(),
        }


def totals_by_currency(grants: Iterable[GrantTotals]) -> list[CurrencyTotals]:
    """One line per currency, in code order: a list of grants in two currencies totals twice.

    The amounts are added as Decimals and made Money once per currency: adding Money made
    12,000 of them for the 3,000 grants of the Grants page at 100,000 members (60 ms)."""
    counts: dict[str, int] = {}
    #: Per currency: awarded, received, spent, remaining.
    sums: dict[str, list[Decimal]] = {}
    for grant in grants:
        counts[grant.currency] = counts.get(grant.currency, 0) + 1
        sum_of = sums.setdefault(grant.currency, [Decimal(0)] * 4)
        sum_of[1] += grant.received.amount
        sum_of[2] += grant.spent.amount
        if grant.awarded is not None and (remaining := grant.remaining) is not None:
            sum_of[0] += grant.awarded.amount
            sum_of[3] += remaining.amount
    totals = []
    for code in sorted(sums):
        total = CurrencyTotals(code, counts[code])
        total.awarded, total.received, total.spent, total.remaining = (
            Money(amount, code) for amount in sums[code]
        )
        totals.append(total)
    return totals


# --- the SQL -----------------------------------------------------------------------------------


Sums = tuple[Any, Any, Any]


def _sums_by_grant(of_grants: Callable[[Any], ColumnElement[bool]] | None = None) -> Sums:
    """Subqueries, one row per grant and currency (or per grant `of_grants(model)` keeps):
    payments in and out, expenses, and what is committed; `_with_sums` joins each to its
    grant in the grant's own currency.

    Grouped by grant and currency without the grant joined, so the 200,000 expenses of the
    100,000-member group are summed from an index alone (`ix_grant_expenses_sums`, migration
    0015) rather than each looking up its grant: 145 -> 29 ms."""

    def of(model: Any) -> ColumnElement[bool]:
        live = model.deleted_at.is_(None)
        return live if of_grants is None else and_(live, of_grants(model))

    def by_grant(model: Any, *sums: Any) -> Any:
        currency = model.amount_currency.label("currency")
        grouped = select(model.grant_id.label("grant_id"), currency, *sums)
        return grouped.where(of(model)).group_by(model.grant_id, model.amount_currency)

    paid = func.sum(GrantPayment.amount_minor)
    payments = by_grant(
        GrantPayment,
        paid.filter(GrantPayment.direction == "in").label("received"),
        paid.filter(GrantPayment.direction == "out").label("paid"),
    ).subquery()
    expenses = by_grant(GrantExpense, func.sum(GrantExpense.amount_minor).label("spent"))
    committed = by_grant(
        GrantReimbursement, func.sum(GrantReimbursement.amount_minor).label("committed")
    ).where(GrantReimbursement.state == "approved", GrantReimbursement.expense_id.is_(None))
    return payments, expenses.subquery(), committed.subquery()


def _with_sums(query: Select[*tuple[Any, ...]], sums: Sums) -> Select[*tuple[Any, ...]]:
    """`query` of grants with their sums in their own currency joined (none: NULL)."""
    payments, expenses, committed = sums
    query = query.add_columns(
        payments.c.received, payments.c.paid, expenses.c.spent, committed.c.committed
    )
    for sub in sums:
        query = query.outerjoin(
            sub, and_(sub.c.grant_id == Grant.id, sub.c.currency == Grant.currency)
        )
    return query


def _day_of(model: Any) -> Any:
    """The day a payment, expense or reimbursement counts on."""
    days = {
        GrantPayment: GrantPayment.paid_on,
        GrantExpense: GrantExpense.spent_on,
        GrantReimbursement: GrantReimbursement.claimed_on,
    }
    return days[model]


def _totals(row: Any) -> dict[str, Any]:
    """The money fields of a grant from a row holding its sums in minor units."""
    currency = row.currency
    paid = Money.from_minor(row.paid or 0, currency)
    spent = Money.from_minor(row.spent or 0, currency)
    return {
        "currency": currency,
        "awarded": None
        if row.awarded_minor is None
        else Money.from_minor(row.awarded_minor, currency),
        "received": Money.from_minor(row.received or 0, currency),
        "spent": paid if row.direction == "outgoing" else spent,
        "committed": Money.from_minor(row.committed or 0, currency),
    }


def _requested(row: Any) -> Money | None:
    minor = row.requested_minor
    return None if minor is None else Money.from_minor(minor, row.currency)


def list_grant_figures(
    uow: UnitOfWork,
    *,
    direction: str | None = None,
    states: Iterable[str] = (),
    grant_ids: Collection[str] | None = None,
    between: tuple[date, date] | None = None,
) -> list[GrantSummary]:
    """Every live grant (of one `direction`, in `states`, among `grant_ids`) with its figures,
    in one query (the grants list's own, `records.grants_query`, with the sums joined); with
    `between` (first and last day), only the money received, spent and claimed in those days
    (the annual report's year)."""

    def of_grants(model: Any) -> ColumnElement[bool]:
        kept: list[ColumnElement[bool]] = []
        if grant_ids is not None:
            kept.append(model.grant_id.in_(grant_ids))
        if between is not None:
            kept.append(_day_of(model).between(*between))
        return and_(*kept)

    sums = _sums_by_grant(None if grant_ids is None and between is None else of_grants)
    query = _with_sums(grants_query(direction=direction, states=tuple(states)), sums)
    if grant_ids is not None:
        query = query.where(Grant.id.in_(grant_ids))
    with uow:
        rows = uow.session.execute(query).all()
    return [GrantSummary(**_totals(row), grant=grant_row(row)) for row in rows]


@functools.cache
def _one_grant() -> tuple[Any, Any, Any]:
    """The three reads of `grant_figures`, built once (SQLAlchemy then reuses their compiled
    SQL): the grant with its sums, its lines with their spending, and its flagged expenses.
    Parameters: grant_id, currency, period_start, period_end (a comparison with an open end is
    NULL, which flags nothing)."""
    grant_id = bindparam("grant_id", type_=String)
    currency = bindparam("currency", type_=String)
    grant = select(
        Grant.id,
        Grant.title,
        Grant.direction,
        Grant.state,
        Grant.currency,
        Grant.awarded_minor,
        Grant.requested_minor,
        Grant.period_start,
        Grant.period_end,
    )
    sums = _sums_by_grant(lambda model: model.grant_id == grant_id)
    totals = _with_sums(grant, sums).where(Grant.id == grant_id, Grant.deleted_at.is_(None))
    on_line = and_(
        GrantExpense.line_id == GrantBudgetLine.id,
        GrantExpense.deleted_at.is_(None),
        GrantExpense.amount_currency == currency,
    )
    lines = (
        select(
            GrantBudgetLine.id,
            GrantBudgetLine.category,
            GrantBudgetLine.description,
            GrantBudgetLine.amount_minor,
            func.coalesce(func.sum(GrantExpense.amount_minor), 0).label("spent"),
        )
        .outerjoin(GrantExpense, on_line)
        .where(
            GrantBudgetLine.grant_id == grant_id,
            GrantBudgetLine.deleted_at.is_(None),
            GrantBudgetLine.amount_currency == currency,
        )
        .group_by(GrantBudgetLine.id)
        .order_by(GrantBudgetLine.position, GrantBudgetLine.category, GrantBudgetLine.id)
    )
    live_line = aliased(GrantBudgetLine)
    no_line = or_(GrantExpense.line_id.is_(None), live_line.id.is_(None))
    outside = or_(
        GrantExpense.spent_on < bindparam("period_start", type_=Date),
        GrantExpense.spent_on > bindparam("period_end", type_=Date),
    )
    flagged = (
        select(
            GrantExpense.id,
            GrantExpense.spent_on,
            GrantExpense.payee,
            GrantExpense.amount_minor,
            GrantExpense.line_id,
            no_line.label("no_line"),
            outside.label("outside"),
        )
        .outerjoin(
            live_line, and_(live_line.id == GrantExpense.line_id, live_line.deleted_at.is_(None))
        )
        .where(
            GrantExpense.grant_id == grant_id,
            GrantExpense.deleted_at.is_(None),
            GrantExpense.amount_currency == currency,
            or_(no_line, outside),
        )
        .order_by(GrantExpense.spent_on, GrantExpense.payee, GrantExpense.id)
    )
    return totals, lines, flagged


def grant_figures(uow: UnitOfWork, *, grant_id: str) -> GrantFigures:
    """Budget against actual for one grant: its totals, each budget line (in budget order) with
    what was spent on it, and the expenses on no line or outside the grant's period."""
    totals, lines_read, flagged_read = _one_grant()
    with uow:
        session = uow.session
        grant = session.execute(totals, {"grant_id": grant_id}).one_or_none()
        if grant is None:
            live_row(session, Grant, grant_id, what="grant")  # says why: none, or deleted
            raise NotFoundError(f"There is no grant with the id {grant_id}.")
        currency = grant.currency
        params = {
            "grant_id": grant_id,
            "currency": currency,
            "period_start": grant.period_start,
            "period_end": grant.period_end,
        }
        lines = session.execute(lines_read, params).all()
        flagged = session.execute(flagged_read, params).all()

    def ref(row: Any) -> ExpenseRef:
        amount = Money.from_minor(row.amount_minor, currency)
        return ExpenseRef(row.id, row.spent_on, row.payee, amount, row.line_id)

    return GrantFigures(
        **_totals(grant),
        grant_id=grant.id,
        title=grant.title,
        direction=grant.direction,
        state=grant.state,
        requested=_requested(grant),
        period_start=grant.period_start,
        period_end=grant.period_end,
        lines=tuple(
            LineFigures(
                line.id,
                line.category,
                line.description,
                Money.from_minor(line.amount_minor, currency),
                Money.from_minor(line.spent, currency),
            )
            for line in lines
        ),
        no_line=tuple(ref(row) for row in flagged if row.no_line),
        outside_period=tuple(ref(row) for row in flagged if row.outside),
    )
