"""Grant rows for the figures, deadlines and import tests, written straight through the models:
those services read SQL, so the tests set the rows up without depending on how the records
services word their checks."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from groupdesk.models.grants import (
    Grant,
    GrantBudgetLine,
    GrantExpense,
    GrantPayment,
    GrantReimbursement,
    GrantReport,
    GrantTranche,
)
from groupdesk.money import Money
from groupdesk.services.workspace import Workspace


def money(text: str, currency: str) -> Money:
    return Money(Decimal(text), currency)


def _add(workspace: Workspace, row: Any) -> str:
    uow = workspace.uow()
    with uow:
        uow.session.add(row)
        uow.session.flush()
        row_id: str = row.id
        uow.commit()
    return row_id


def add_grant(
    workspace: Workspace,
    *,
    title: str = "River fund",
    currency: str = "EUR",
    awarded: str | None = None,
    state: str = "active",
    direction: str = "incoming",
    **values: Any,
) -> str:
    grant = Grant(title=title, currency=currency, state=state, direction=direction, **values)
    if awarded is not None:
        grant.awarded = money(awarded, currency)
    return _add(workspace, grant)


def add_line(
    workspace: Workspace, grant_id: str, category: str, amount: str, currency: str = "EUR"
) -> str:
    line = GrantBudgetLine(grant_id=grant_id, category=category, amount=money(amount, currency))
    return _add(workspace, line)


def add_expense_row(
    workspace: Workspace,
    grant_id: str,
    amount: str,
    *,
    currency: str = "EUR",
    line_id: str | None = None,
    spent_on: date = date(2026, 4, 1),
    payee: str = "Hardware store",
) -> str:
    expense = GrantExpense(
        grant_id=grant_id,
        line_id=line_id,
        spent_on=spent_on,
        payee=payee,
        amount=money(amount, currency),
    )
    return _add(workspace, expense)


def add_payment(
    workspace: Workspace,
    grant_id: str,
    amount: str,
    *,
    currency: str = "EUR",
    direction: str = "in",
    paid_on: date = date(2026, 3, 1),
) -> str:
    payment = GrantPayment(
        grant_id=grant_id, direction=direction, paid_on=paid_on, amount=money(amount, currency)
    )
    return _add(workspace, payment)


def add_reimbursement(
    workspace: Workspace,
    grant_id: str,
    claimant_id: str,
    amount: str,
    *,
    currency: str = "EUR",
    state: str = "approved",
    expense_id: str | None = None,
) -> str:
    claim = GrantReimbursement(
        grant_id=grant_id,
        claimant_id=claimant_id,
        expense_id=expense_id,
        amount=money(amount, currency),
        state=state,
        claimed_on=date(2026, 4, 2),
    )
    return _add(workspace, claim)


def add_report(
    workspace: Workspace, grant_id: str, due_on: date, *, kind: str = "interim", state: str = "due"
) -> str:
    return _add(workspace, GrantReport(grant_id=grant_id, kind=kind, due_on=due_on, state=state))


def add_tranche(
    workspace: Workspace,
    grant_id: str,
    amount: str,
    *,
    currency: str = "EUR",
    needs_report_id: str | None = None,
    expected_on: date | None = None,
) -> str:
    tranche = GrantTranche(
        grant_id=grant_id,
        amount=money(amount, currency),
        needs_report_id=needs_report_id,
        expected_on=expected_on,
    )
    return _add(workspace, tranche)
