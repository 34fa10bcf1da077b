"""An item bought with a grant: the grant and its expense are kept and read back with the
item; an expense of another grant, or a grant that is not there, is refused with nothing saved."""

from __future__ import annotations

from datetime import date

import pytest
from support.grant_rows import add_expense_row, add_grant, money

from groupdesk.errors import ValidationError
from groupdesk.services.resources.records import add_item, get_item, list_items, update_item
from groupdesk.services.workspace import Workspace


def test_an_item_keeps_the_grant_and_expense_it_was_bought_with(members_ws: Workspace) -> None:
    grant = add_grant(members_ws, title="River fund", currency="GBP")
    expense = add_expense_row(members_ws, grant, "42.10", currency="GBP", spent_on=date(2026, 5, 3))
    item = add_item(
        members_ws.uow(),
        values={"name": "Drill", "grant_id": grant, "grant_expense_id": expense},
    )
    again = get_item(members_ws.uow(), item_id=item.id)
    assert (again.grant_title, again.expense_on, again.expense_payee, again.expense_amount) == (
        "River fund",
        date(2026, 5, 3),
        "Hardware store",
        money("42.10", "GBP"),
    )


def test_an_expense_of_another_grant_is_refused_and_nothing_is_saved(
    members_ws: Workspace,
) -> None:
    river = add_grant(members_ws, title="River fund")
    other = add_grant(members_ws, title="Garden fund")
    theirs = add_expense_row(members_ws, other, "10.00")
    with pytest.raises(ValidationError) as refused:
        add_item(
            members_ws.uow(),
            values={"name": "Drill", "grant_id": river, "grant_expense_id": theirs},
        )
    assert "not one of this grant's" in refused.value.errors["grant_expense_id"]
    assert list_items(members_ws.uow()) == []

    item = add_item(members_ws.uow(), values={"name": "Ladder", "grant_id": river})
    with pytest.raises(ValidationError) as moved:
        update_item(members_ws.uow(), item_id=item.id, changes={"grant_expense_id": theirs})
    assert "grant_expense_id" in moved.value.errors
    with pytest.raises(ValidationError) as missing:
        update_item(members_ws.uow(), item_id=item.id, changes={"grant_id": "no-such-grant"})
    assert missing.value.errors == {"grant_id": "There is no such grant."}
    kept = get_item(members_ws.uow(), item_id=item.id)
    assert (kept.grant_id, kept.grant_expense_id) == (river, None)
