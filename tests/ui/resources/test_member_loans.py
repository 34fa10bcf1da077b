"""A member's detail on the Members page lists what they have borrowed, and warns on their
profile when they have left with things still out (the resources area's `member_tabs`)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from support.gui import settle

from groupdesk.money import Money
from groupdesk.services.members.records import add_member, edit_member
from groupdesk.services.resources.loans import lend, return_loan
from groupdesk.services.resources.records import add_item
from groupdesk.services.wording import day_text

pytestmark = pytest.mark.gui


def cells(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_a_member_who_left_with_things_borrowed_is_flagged_until_they_come_back(
    qtbot, main_window, demo_workspace
) -> None:  # type: ignore[no-untyped-def]
    uow = demo_workspace.uow
    zara = add_member(uow(), values={"full_name": "Zara Quennell"}).id
    tent = add_item(uow(), values={"name": "Zebra tent", "loan_days": 5}).id
    loan = lend(uow(), item_id=tent, borrower_id=zara)

    page = main_window.show_page("members")
    settle()
    page.select_member(zara)
    settle()
    pane = page.detail_pane
    locale = main_window.context.locale
    borrowed = pane.area_tables["loans"]
    assert cells(borrowed) == [
        ["Zebra tent", day_text(loan.out_on, locale), day_text(loan.due_on, locale), ""]
    ]
    assert pane.tabText(pane.indexOf(borrowed)) == "Borrowed"
    assert pane.warning_label.isHidden()  # still a member: nothing to flag

    edit_member(uow(), member_id=zara, changes={"status": "left"})
    page.refresh()
    settle()
    assert not pane.warning_label.isHidden()
    shown = pane.warning_label.text().replace("\u2068", "").replace("\u2069", "")
    assert "Has left but still has 1 thing borrowed: Zebra tent" in shown

    return_loan(uow(), loan_id=loan.id)
    page.refresh()
    settle()
    assert pane.warning_label.isHidden()
    assert cells(borrowed)[0][0] == "Nothing borrowed at the moment."


def test_an_overdue_loan_its_deposit_and_a_leaver_s_things_are_said_in_spanish(
    qtbot, spanish, main_window, demo_workspace
) -> None:  # type: ignore[no-untyped-def]
    uow = demo_workspace.uow
    today = uow().today()
    zara = add_member(uow(), values={"full_name": "Zara Quennell"}).id
    deposit = Money(Decimal("20.00"), "GBP")
    tent = add_item(uow(), values={"name": "Zebra tent", "deposit": deposit}).id
    lend(
        uow(),
        item_id=tent,
        borrower_id=zara,
        out_on=today - timedelta(days=9),
        due_on=today - timedelta(days=2),
    )

    page = main_window.show_page("members")
    settle()
    page.select_member(zara)
    settle()
    [row] = cells(page.detail_pane.area_tables["loans"])
    # Before, "(overdue)" and "deposit held" in English.
    assert row[2].endswith(" (atrasado)") and row[3] == "depósito retenido", row

    # A member who left with two things: before, "Has left but still has 2 things borrowed".
    rope = add_item(uow(), values={"name": "Climbing rope"}).id
    lend(uow(), item_id=rope, borrower_id=zara)
    edit_member(uow(), member_id=zara, changes={"status": "left"})
    page.refresh()
    settle()
    shown = page.detail_pane.warning_label.text().replace("\u2068", "").replace("\u2069", "")
    assert shown == (
        "⚠ Ha dejado el grupo, pero aún tiene 2 cosas prestadas: Zebra tent, Climbing rope. "
        "Pídaselas antes de que se vaya."
    )
