"""The demo's grants (issue 13 item 15): a funder of each kind, incoming grants in every state,
one in reporting with its interim report due in 9 days, one with money at risk, two
micro-grants to members, budgets, payments, expenses with receipt pictures the demo draws, a
reimbursement waiting for approval; more of them in a bigger demo."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from groupdesk.models.grants import (
    FUNDER_KINDS,
    GRANT_STATES,
    Funder,
    Grant,
    GrantExpense,
    GrantExpenseReceipt,
)
from groupdesk.services.demo import make_demo
from groupdesk.services.grants.deadlines import grant_deadlines
from groupdesk.services.grants.expenses import list_expenses, receipts_of
from groupdesk.services.grants.figures import grant_figures
from groupdesk.services.grants.records import list_grants
from groupdesk.services.grants.reimbursements import reimbursements
from groupdesk.services.thumbnails import thumbnail
from groupdesk.services.workspace import Workspace

MakeWorkspace = Callable[..., Workspace]
TODAY = date(2026, 12, 4)


@pytest.fixture
def workspace(make_workspace: MakeWorkspace) -> Workspace:
    made = make_workspace()
    make_demo(made.uow(), members=60, seed=1, today=TODAY)
    return made


def test_funders_of_every_kind_and_grants_in_every_state(workspace: Workspace) -> None:
    with workspace.uow() as uow:
        kinds = set(uow.session.scalars(select(Funder.kind)))
    assert kinds == set(FUNDER_KINDS)
    grants = list_grants(workspace.uow())
    incoming = {g.state for g in grants if g.direction == "incoming"}
    assert incoming == set(GRANT_STATES)
    micro = [g for g in grants if g.direction == "outgoing"]
    assert len(micro) == 2 and all(g.person_name for g in micro)
    assert {g.currency for g in grants} == {"GBP", "EUR"}


def test_the_dashboard_has_a_report_due_in_9_days_money_at_risk_and_a_waiting_tranche(
    workspace: Workspace,
) -> None:
    due = grant_deadlines(workspace.uow(), today=TODAY)
    [report] = [d for d in due if d.kind == "report" and d.report_kind == "interim"]
    assert (report.title, report.day) == ("Riverside tree planting", TODAY + timedelta(days=9))
    assert "Food share fridge and freezer" in {d.title for d in due if d.kind == "at_risk"}
    assert "Riverside tree planting" in {d.title for d in due if d.kind == "tranche"}


def test_an_active_grant_has_an_overspent_line_an_expense_on_no_line_and_one_without_receipt(
    workspace: Workspace,
) -> None:
    [fridge] = [g.id for g in list_grants(workspace.uow()) if g.title.startswith("Food share")]
    figures = grant_figures(workspace.uow(), grant_id=fridge)
    assert [(line.category, str(line.over)) for line in figures.over_spent] == [
        ("Equipment", "38.00 GBP")
    ]
    assert [e.payee for e in figures.no_line] == ["Hartley's Hardware"]
    expenses = list_expenses(workspace.uow(), grant_id=fridge)
    assert [e.payee for e in expenses if e.receipts == 0] == ["PrintWorks"]
    claims = reimbursements(workspace.uow(), grant_id=fridge)
    assert [c.state for c in claims] == ["claimed"]  # waiting for someone to approve it


def test_receipts_are_pictures_the_thumbnails_can_show(workspace: Workspace) -> None:
    expenses = list_expenses(workspace.uow())
    assert sum(e.receipts for e in expenses) >= 15
    first = next(e for e in expenses if e.receipts)
    [receipt, *_] = receipts_of(workspace.uow(), expense_id=first.id)
    small = thumbnail(workspace.uow(), attachment_id=receipt.attachment_id, size=64)
    assert small.path.is_file()
    with workspace.uow() as uow:
        shas = uow.session.scalars(select(GrantExpenseReceipt.attachment_id)).all()
    assert len(set(shas)) == len(shas)  # each receipt of the small demo is its own picture


def test_a_bigger_demo_has_grants_and_expenses_in_proportion(make_workspace: MakeWorkspace) -> None:
    workspace = make_workspace()
    make_demo(workspace.uow(), members=500, seed=1, today=TODAY)
    with workspace.uow() as uow:
        grants = uow.session.scalar(select(func.count()).select_from(Grant))
        expenses = uow.session.scalar(select(func.count()).select_from(GrantExpense))
        receipts = uow.session.scalar(select(func.count()).select_from(GrantExpenseReceipt))
        states = Counter(uow.session.scalars(select(Grant.state)))
    assert grants == 500 * 3 // 100 + 2  # the micro-grants besides
    assert 900 <= expenses <= 1000 and receipts > expenses
    assert states["active"] > 1 and states["closed"] > 1
