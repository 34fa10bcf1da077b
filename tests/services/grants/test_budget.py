"""A grant's budget: lines in the grant's currency; a revision keeps the old figure, dated,
with its reason and who made it, and history reads it as amounts, not minor units."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from support.grant_rows import add_expense_row

from groupdesk.errors import ValidationError
from groupdesk.money import Money
from groupdesk.services.grants.budget import add_line, budget_of, remove_line, revise_line
from groupdesk.services.grants.records import add_grant
from groupdesk.services.history import record_history
from groupdesk.services.wording import field_label
from groupdesk.services.workspace import Workspace

AddPerson = Callable[..., str]


def eur(text: str) -> Money:
    return Money(Decimal(text), "EUR")


def test_a_revision_keeps_the_old_figure_in_the_budget_and_in_history(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    tomas = add_person("Tomás Ruiz")
    grant = add_grant(members_ws.uow(), values={"title": "Garden", "currency": "EUR"})
    tools = add_line(members_ws.uow(), grant_id=grant.id, category="Tools", amount=eur("1200.00"))
    add_line(members_ws.uow(), grant_id=grant.id, category="Seeds", amount=eur("300.00"))

    revise_line(
        members_ws.uow(),
        line_id=tools.id,
        amount=eur("1500.00"),
        reason="Funder agreed to move 300.00 from publicity",
        on=date(2026, 4, 20),
        by_id=tomas,
    )

    lines = budget_of(members_ws.uow(), grant_id=grant.id)
    assert [(line.category, line.amount) for line in lines] == [
        ("Tools", eur("1500.00")),
        ("Seeds", eur("300.00")),
    ]
    [revision] = lines[0].revisions
    assert (revision.old_amount, revision.new_amount, revision.revised_on) == (
        eur("1200.00"),
        eur("1500.00"),
        date(2026, 4, 20),
    )
    assert (revision.reason, revision.by_name) == (
        "Funder agreed to move 300.00 from publicity",
        "Tomás Ruiz",
    )
    events = record_history(members_ws.uow(), table="grant_budget_lines", row_id=tools.id)
    changed = next(e for e in events if e.record == "budget line" and e.action == "changed")
    assert [(c.field, c.old, c.new) for c in changed.changes] == [
        ("amount", "1200.00 EUR", "1500.00 EUR")
    ]
    assert "changed Amount on" in changed.describe("en_GB")
    kept = next(e for e in events if e.record == "budget revision")
    assert dict(kept.fields)["old_amount"] == "1200.00 EUR"
    assert field_label("old_amount") == "Old amount"


def test_a_negative_line_or_revision_is_refused_naming_the_amount(members_ws: Workspace) -> None:
    grant = add_grant(members_ws.uow(), values={"title": "Garden", "currency": "EUR"})
    tools = add_line(members_ws.uow(), grant_id=grant.id, category="Tools", amount=eur("10"))

    with pytest.raises(ValidationError) as new_line:
        add_line(members_ws.uow(), grant_id=grant.id, category="Seeds", amount=eur("-1"))
    with pytest.raises(ValidationError) as revision:
        revise_line(members_ws.uow(), line_id=tools.id, amount=eur("-0.01"))

    assert (
        new_line.value.errors
        == revision.value.errors
        == {"amount": "an amount cannot be below zero"}
    )
    [line] = budget_of(members_ws.uow(), grant_id=grant.id)
    assert (line.amount, line.revisions) == (eur("10.00"), ())


def test_a_line_with_expenses_on_it_is_not_deleted(members_ws: Workspace) -> None:
    grant = add_grant(members_ws.uow(), values={"title": "Garden", "currency": "EUR"})
    tools = add_line(members_ws.uow(), grant_id=grant.id, category="Tools", amount=eur("10"))
    add_expense_row(members_ws, grant.id, "4.20", line_id=tools.id)

    with pytest.raises(ValidationError) as refused:
        remove_line(members_ws.uow(), line_id=tools.id)

    assert refused.value.errors == {
        "line_id": "1 expense is booked on Tools; move them to another line first"
    }
