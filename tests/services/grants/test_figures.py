"""A grant's figures: exact to the cent in every currency, per line and in total, with the
over-spent lines, the spending outside the period and the expenses on no line named."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.grant_rows import (
    add_expense_row,
    add_grant,
    add_line,
    add_payment,
    add_reimbursement,
    money,
)

from groupdesk.models.grants import GrantBudgetLine
from groupdesk.money import Money, exponent
from groupdesk.services.grants.figures import (
    GrantTotals,
    grant_figures,
    list_grant_figures,
    totals_by_currency,
)
from groupdesk.services.rows import remove
from groupdesk.services.workspace import Workspace

AddPerson = Callable[..., str]

#: (currency, small amounts that float arithmetic gets wrong, a large amount), per currency.
EXAMPLES = [
    ("EUR", ("0.10", "0.20"), "0.30", "1234567.89", "2000000.00", "765431.81"),
    ("JPY", ("10", "20"), "30", "1234567", "2000000", "765403"),
    ("KWD", ("0.100", "0.200"), "0.300", "1234567.891", "2000000.000", "765431.809"),
]


@pytest.mark.parametrize(
    ("currency", "small", "small_total", "large", "awarded", "remaining"), EXAMPLES
)
def test_figures_match_hand_computed_sums_to_the_cent(
    members_ws: Workspace,
    currency: str,
    small: tuple[str, str],
    small_total: str,
    large: str,
    awarded: str,
    remaining: str,
) -> None:
    grant = add_grant(members_ws, currency=currency, awarded=awarded)
    tools = add_line(members_ws, grant, "Tools", "100", currency)
    venue = add_line(members_ws, grant, "Venue", "1300000", currency)
    for amount in small:
        add_expense_row(members_ws, grant, amount, currency=currency, line_id=tools)
    add_expense_row(members_ws, grant, large, currency=currency, line_id=venue)
    add_payment(members_ws, grant, "1000000", currency=currency)
    figures = grant_figures(members_ws.uow(), grant_id=grant)
    by_line = {line.category: line for line in figures.lines}
    assert by_line["Tools"].spent == money(small_total, currency)
    assert by_line["Venue"].spent == money(large, currency)
    assert figures.spent == money(small_total, currency) + money(large, currency)
    assert figures.received == money("1000000", currency)
    assert figures.budget == money("1300100", currency)
    assert figures.remaining == money(remaining, currency)
    # In JSON: decimal strings with the currency's own places, never floats.
    assert figures.as_dict()["spent"] == {
        "amount": str(money(small_total, currency).amount + money(large, currency).amount),
        "currency": currency,
    }


def test_an_over_spent_line_is_flagged_with_by_how_much(members_ws: Workspace) -> None:
    grant = add_grant(members_ws, awarded="500.00")
    tools = add_line(members_ws, grant, "Tools", "100.00")
    add_line(members_ws, grant, "Venue", "400.00")
    add_expense_row(members_ws, grant, "80.00", line_id=tools)
    add_expense_row(members_ws, grant, "42.10", line_id=tools)
    figures = grant_figures(members_ws.uow(), grant_id=grant)
    [over] = figures.over_spent
    assert (over.category, over.over, over.remaining) == (
        "Tools",
        money("22.10", "EUR"),
        money("-22.10", "EUR"),
    )


def test_spending_outside_the_period_and_on_no_line_is_listed(members_ws: Workspace) -> None:
    grant = add_grant(
        members_ws, awarded="500.00", period_start=date(2026, 2, 1), period_end=date(2026, 7, 31)
    )
    tools = add_line(members_ws, grant, "Tools", "300.00")
    gone = add_line(members_ws, grant, "Printing", "50.00")
    early = add_expense_row(members_ws, grant, "10.00", line_id=tools, spent_on=date(2026, 1, 31))
    add_expense_row(members_ws, grant, "20.00", line_id=tools, spent_on=date(2026, 2, 1))
    late = add_expense_row(members_ws, grant, "30.00", spent_on=date(2026, 8, 1))
    on_gone = add_expense_row(members_ws, grant, "5.00", line_id=gone)
    remove(members_ws.uow(), GrantBudgetLine, gone, what="budget line")
    figures = grant_figures(members_ws.uow(), grant_id=grant)
    assert [e.id for e in figures.outside_period] == [early, late]
    assert [e.id for e in figures.no_line] == [on_gone, late]
    assert [line.category for line in figures.lines] == ["Tools"]
    assert figures.spent == money("65.00", "EUR")


def test_committed_is_approved_unpaid_claims_no_expense_records_yet(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana = add_person("Ana Silva")
    grant = add_grant(members_ws, awarded="100.00")
    expense = add_expense_row(members_ws, grant, "12.00")
    add_reimbursement(members_ws, grant, ana, "12.00", expense_id=expense)  # already spent
    add_reimbursement(members_ws, grant, ana, "7.50")  # committed
    add_reimbursement(members_ws, grant, ana, "3.00", state="claimed")  # not approved yet
    add_reimbursement(members_ws, grant, ana, "4.00", state="paid")
    figures = grant_figures(members_ws.uow(), grant_id=grant)
    assert (figures.spent, figures.committed, figures.remaining) == (
        money("12.00", "EUR"),
        money("7.50", "EUR"),
        money("80.50", "EUR"),
    )


def test_the_list_totals_each_currency_apart(members_ws: Workspace) -> None:
    euro = add_grant(members_ws, title="Euro fund", awarded="0.10")
    add_grant(members_ws, title="Other euro fund", awarded="0.20")
    yen = add_grant(members_ws, title="Yen fund", currency="JPY", awarded="1000")
    add_expense_row(members_ws, euro, "0.05")
    add_expense_row(members_ws, yen, "300", currency="JPY")
    add_grant(members_ws, title="Prospect", state="prospect")
    summaries = list_grant_figures(members_ws.uow())
    assert [s.row.title for s in summaries] == [
        "Euro fund",
        "Other euro fund",
        "Prospect",
        "Yen fund",
    ]
    totals = {t.currency: t for t in totals_by_currency(summaries)}
    assert set(totals) == {"EUR", "JPY"}
    assert (totals["EUR"].awarded, totals["EUR"].remaining) == (
        money("0.30", "EUR"),
        money("0.25", "EUR"),
    )
    assert (totals["EUR"].grants, totals["JPY"].remaining) == (3, money("700", "JPY"))


def _grant_totals(currency: str) -> st.SearchStrategy[GrantTotals]:
    amount = st.integers(-(10**12), 10**12).map(lambda units: Money.from_minor(units, currency))
    return st.builds(
        GrantTotals,
        currency=st.just(currency),
        awarded=st.none() | amount,
        received=amount,
        spent=amount,
        committed=amount,
    )


@given(st.lists(st.sampled_from(["EUR", "JPY", "KWD"]).flatmap(_grant_totals), max_size=30))
def test_totals_by_currency_are_each_currency_s_grants_added_as_money(
    grants: list[GrantTotals],
) -> None:
    """Added as Decimals for speed: the same as adding the grants' Money one by one."""
    found = {total.currency: total for total in totals_by_currency(grants)}
    assert list(found) == sorted({grant.currency for grant in grants})
    for code, total in found.items():
        own = [grant for grant in grants if grant.currency == code]
        awarded = [grant for grant in own if grant.awarded is not None]
        zero = Money.zero(code)
        assert total.grants == len(own)
        assert total.received == sum((grant.received for grant in own), zero)
        assert total.spent == sum((grant.spent for grant in own), zero)
        assert total.awarded == sum((grant.awarded for grant in awarded), zero)  # type: ignore[misc]
        assert total.remaining == sum((grant.remaining for grant in awarded), zero)  # type: ignore[misc]


@st.composite
def spending(draw: st.DrawFn) -> tuple[str, list[int], list[tuple[int | None, int]], int]:
    """A currency, budget lines (minor units), expenses (line index or None, minor units) and
    payments received (minor units)."""
    currency = draw(st.sampled_from(["EUR", "JPY", "KWD"]))
    lines = draw(st.lists(st.integers(0, 10**9), min_size=0, max_size=4))
    on = st.none() | st.integers(0, len(lines) - 1) if lines else st.none()
    expenses = draw(st.lists(st.tuples(on, st.integers(1, 10**9)), max_size=12))
    return currency, lines, expenses, draw(st.integers(0, 10**10))


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(case=spending())
def test_figures_equal_a_decimal_oracle(
    members_ws: Workspace, case: tuple[str, list[int], list[tuple[int | None, int]], int]
) -> None:
    currency, budget, expenses, received = case
    places = exponent(currency)

    def text(minor: int) -> str:
        return str(Decimal(minor).scaleb(-places))

    grant = add_grant(members_ws, currency=currency, awarded=text(10**10))
    lines = [
        add_line(members_ws, grant, f"Line {n}", text(m), currency) for n, m in enumerate(budget)
    ]
    for line, minor in expenses:
        line_id = None if line is None else lines[line]
        add_expense_row(members_ws, grant, text(minor), currency=currency, line_id=line_id)
    add_payment(members_ws, grant, text(received), currency=currency)
    figures = grant_figures(members_ws.uow(), grant_id=grant)

    def oracle(minors: list[int]) -> Money:
        return Money(sum((Decimal(text(m)) for m in minors), Decimal(0)), currency)

    spent_on = [oracle([m for line, m in expenses if line == n]) for n in range(len(budget))]
    assert [line.spent for line in figures.lines] == spent_on
    assert [line.remaining for line in figures.lines] == [
        oracle([b]) - spent for b, spent in zip(budget, spent_on, strict=True)
    ]
    assert figures.spent == oracle([m for _line, m in expenses])
    assert figures.received == oracle([received])
    assert figures.remaining == oracle([10**10]) - oracle([m for _line, m in expenses])
    assert [e.amount for e in figures.no_line] == [
        oracle([m]) for line, m in expenses if line is None
    ]


def test_the_figures_of_a_deleted_or_unknown_grant_say_so(members_ws: Workspace) -> None:
    from groupdesk.errors import NotFoundError
    from groupdesk.models.grants import Grant

    grant = add_grant(members_ws)
    remove(members_ws.uow(), Grant, grant, what="grant")
    with pytest.raises(NotFoundError, match="That grant was deleted"):
        grant_figures(members_ws.uow(), grant_id=grant)
    with pytest.raises(NotFoundError, match="There is no grant with the id nope"):
        grant_figures(members_ws.uow(), grant_id="nope")
