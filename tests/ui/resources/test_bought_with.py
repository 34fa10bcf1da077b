"""Bought with a grant, in the real Edit item dialog: the group's grants arrive off the GUI
thread, choosing one offers its expenses, and the Details tab says what the item was bought
with once it is saved."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from support.grant_rows import add_expense_row, add_grant
from support.gui import settle

from groupdesk.services.resources.records import add_item, get_item
from groupdesk.services.workspace import Workspace
from groupdesk.ui.resources.item_dialog import ItemDialog
from groupdesk.ui.resources.page import ResourcesPage

pytestmark = pytest.mark.gui


def test_a_grant_and_its_expense_are_chosen_and_shown(
    qtbot, app_context, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    grant = add_grant(demo_workspace, title="Zebra fund", currency="GBP")
    expense = add_expense_row(
        demo_workspace, grant, "42.10", currency="GBP", spent_on=date(2026, 5, 3)
    )
    item = add_item(demo_workspace.uow(), values={"name": "Zebra drill"})
    page = ResourcesPage(app_context)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    settle()
    page.show_item(item.id)
    settle()
    qtbot.mouseClick(page.detail_pane.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, ItemDialog)
    qtbot.waitUntil(lambda: dialog.grant_combo.findData(grant) > 0)
    assert not dialog.expense_combo.isEnabled()  # no grant chosen yet
    dialog.grant_combo.setCurrentIndex(dialog.grant_combo.findData(grant))
    assert dialog.expense_combo.isEnabled()
    index = dialog.expense_combo.findData(expense)
    assert dialog.expense_combo.itemText(index) == "3 May 2026, \u2068Hardware store\u2069, £42.10"
    dialog.expense_combo.setCurrentIndex(index)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle()
    saved = get_item(demo_workspace.uow(), item_id=item.id)
    assert (saved.grant_id, saved.grant_expense_id) == (grant, expense)
    assert (
        page.detail_pane.values["bought_with"].text()
        == "\u2068Zebra fund\u2069, expense of 3 May 2026, \u2068Hardware store\u2069, £42.10"
    )
    # Opened again, the grant and expense are chosen before the grants arrive.
    qtbot.mouseClick(page.detail_pane.edit_button, Qt.MouseButton.LeftButton)
    again = page.active_dialog
    assert isinstance(again, ItemDialog)
    assert (again.grant_combo.currentData(), again.expense_combo.currentData()) == (grant, expense)
    settle()
    assert (again.grant_combo.currentData(), again.expense_combo.currentData()) == (grant, expense)
