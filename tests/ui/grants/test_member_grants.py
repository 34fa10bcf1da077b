"""A member's detail on the Members page lists the micro-grants they applied for and the
reimbursements they claimed (the grants area's `member_tabs`)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from support.gui import settle

from groupdesk.money import Money
from groupdesk.services.grants.micro_grants import apply_for_micro_grant
from groupdesk.services.grants.records import list_grants
from groupdesk.services.grants.reimbursements import claim
from groupdesk.services.members.records import add_member

pytestmark = pytest.mark.gui


def cells(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_a_members_micro_grants_and_claims_show_on_their_detail(
    qtbot, main_window, demo_workspace
) -> None:  # type: ignore[no-untyped-def]
    uow = demo_workspace.uow
    zara = add_member(uow(), values={"full_name": "Zara Quennell"}).id
    apply_for_micro_grant(
        uow(),
        applicant_id=zara,
        title="Zebra mural",
        purpose="Paint for the underpass",
        amount=Money(Decimal("75.00"), "GBP"),
    )
    [fridge] = [g.id for g in list_grants(uow()) if g.title.startswith("Food share")]
    claim(
        uow(),
        claimant_id=zara,
        amount=Money(Decimal("9.99"), "GBP"),
        grant_id=fridge,
        description="Cleaning spray",
    )

    page = main_window.show_page("members")
    settle()
    page.select_member(zara)
    settle()
    pane = page.detail_pane
    table = pane.area_tables["grants"]
    assert pane.tabText(pane.indexOf(table)) == "Grants"
    rows = cells(table)
    assert rows[0][1:] == ["micro-grant", "Zebra mural", "£75.00", "applied"]
    assert rows[1][1:] == [
        "reimbursement",
        "Food share fridge and freezer: Cleaning spray",
        "£9.99",
        "claimed",
    ]
