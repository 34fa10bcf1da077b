"""Deadlines for the dashboard: applications and reports due, periods ending, money at risk,
tranches waiting on a report; each dashboard line opens its grant."""

from __future__ import annotations

from datetime import date, timedelta

from support.grant_rows import add_expense_row, add_grant, add_report, add_tranche, money

from groupdesk.services.dashboard import dashboard_summary
from groupdesk.services.grants.deadlines import grant_deadlines
from groupdesk.services.workspace import Workspace

TODAY = date(2026, 5, 3)


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


def test_everything_due_is_listed_by_day_and_the_far_and_the_done_are_not(
    members_ws: Workspace,
) -> None:
    applying = add_grant(members_ws, title="Bridge fund", state="drafting", deadline=days(10))
    add_grant(members_ws, title="Far off", state="drafting", deadline=days(200))
    add_grant(members_ws, title="Sent off", state="submitted", deadline=days(5))
    river = add_grant(members_ws, title="River fund", awarded="1000.00", period_end=days(30))
    add_expense_row(members_ws, river, "999.99")
    spent = add_grant(members_ws, title="Spent fund", awarded="10.00", period_end=days(20))
    add_expense_row(members_ws, spent, "10.00")
    trees = add_grant(members_ws, title="Tree fund", state="reporting", period_end=days(-30))
    interim = add_report(members_ws, trees, days(9))
    add_report(members_ws, trees, days(-2), kind="final")
    add_report(members_ws, trees, days(3), state="sent")
    add_tranche(members_ws, trees, "250.00", needs_report_id=interim, expected_on=days(40))
    found = [
        (d.kind, d.title, d.day, d.overdue, d.amount, d.report_kind)
        for d in grant_deadlines(members_ws.uow(), today=TODAY)
    ]
    assert found == [
        ("report", "Tree fund", days(-2), True, None, "final"),
        ("report", "Tree fund", days(9), False, None, "interim"),
        ("application", "Bridge fund", days(10), False, None, None),
        ("period_end", "Spent fund", days(20), False, None, None),
        ("period_end", "River fund", days(30), False, None, None),
        ("at_risk", "River fund", days(30), False, money("0.01", "EUR"), None),
        ("tranche", "Tree fund", days(40), False, money("250.00", "EUR"), "interim"),
    ]
    assert applying in {d.grant_id for d in grant_deadlines(members_ws.uow(), today=TODAY)}


def test_the_dashboard_lists_them_each_opening_its_grant(members_ws: Workspace) -> None:
    trees = add_grant(members_ws, title="Tree fund", state="reporting")
    add_report(members_ws, trees, days(9))
    card = dashboard_summary(members_ws.uow(), today=TODAY).list("grant-deadlines")
    [item] = card.items
    assert (item.text, dict(item.values), item.page, item.record_id) == (
        "Interim report for {title} due {day}",
        {"title": "Tree fund", "day": days(9)},
        "grants",
        trees,
    )


def test_money_at_risk_is_said_in_the_groups_way(members_ws: Workspace) -> None:
    river = add_grant(members_ws, title="River fund", awarded="1234.50", period_end=days(30))
    add_expense_row(members_ws, river, "0.50")
    card = dashboard_summary(members_ws.uow(), today=TODAY).list("grant-deadlines")
    assert [dict(item.values) for item in card.items][1] == {
        "title": "River fund",
        "day": days(30),
        "amount": "€1,234.00",
    }
