"""Upkeep from an item's Upkeep tab, through the real dialogs: log work done (day, what, cost
typed the group's way, who did it), a refused field shown beside it with nothing saved, and a
plan added every N months or after N loans."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from support.gui import settle

from groupdesk.money import Money
from groupdesk.services.members.records import add_member
from groupdesk.services.resources.records import ItemData, add_item
from groupdesk.services.resources.upkeep import plan_statuses, upkeep_log
from groupdesk.services.workspace import Workspace
from groupdesk.ui.resources.page import ResourcesPage
from groupdesk.ui.resources.upkeep_dialogs import PlanDialog, UpkeepDialog

pytestmark = pytest.mark.gui

FIXER = "Zora Quill"


@pytest.fixture
def mower(demo_workspace: Workspace) -> ItemData:
    add_member(demo_workspace.uow(), values={"full_name": FIXER})
    return add_item(demo_workspace.uow(), values={"name": "Zebra mower"})


@pytest.fixture
def page(qtbot, app_context, mower):  # type: ignore[no-untyped-def]
    resources = ResourcesPage(app_context)
    qtbot.addWidget(resources)
    resources.resize(1200, 760)
    resources.show()
    qtbot.waitExposed(resources)
    settle()
    resources.show_item(mower.id)
    settle()
    resources.detail_pane.tabs.setCurrentIndex(3)  # Upkeep
    return resources


def type_into(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    (edit.lineEdit() if hasattr(edit, "lineEdit") and edit.lineEdit() else edit).clear()
    qtbot.keyClicks(edit, text)


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()


def test_log_upkeep_refused_beside_the_field_then_saved(qtbot, page, mower, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, page.detail_pane.upkeep_button)
    dialog = page.active_dialog
    assert isinstance(dialog, UpkeepDialog)
    type_into(qtbot, dialog.cost_edit, "twelve")
    assert dialog.errors.message("cost")
    assert not dialog.save_button.isEnabled()
    type_into(qtbot, dialog.cost_edit, "12.50")
    tomorrow = demo_workspace.today() + timedelta(days=1)
    type_into(qtbot, dialog.done_edit, tomorrow.isoformat())
    type_into(qtbot, dialog.what_edit, "New blade")
    type_into(qtbot, dialog.by_picker, FIXER)
    click(qtbot, dialog.save_button)
    assert dialog.errors.message("done_on") == "upkeep is logged once it is done, not ahead"
    assert page.active_dialog is dialog and upkeep_log(demo_workspace.uow(), item_id=mower.id) == []
    type_into(qtbot, dialog.done_edit, demo_workspace.today().isoformat())
    click(qtbot, dialog.save_button)
    assert page.active_dialog is None
    (entry,) = upkeep_log(demo_workspace.uow(), item_id=mower.id)
    assert (entry.what, entry.cost, entry.by_name) == (
        "New blade",
        Money(Decimal("12.50"), "GBP"),
        FIXER,
    )
    assert (
        page.status_label.text()
        == "Logged upkeep of \u2068Zebra mower\u2069: \u2068New blade\u2069."
    )
    assert page.detail_pane.upkeep_table.rowCount() == 1


def test_a_plan_needs_months_or_loans(qtbot, page, mower, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, page.detail_pane.plan_button)
    dialog = page.active_dialog
    assert isinstance(dialog, PlanDialog)
    type_into(qtbot, dialog.what_edit, "Service")
    click(qtbot, dialog.save_button)
    assert dialog.errors.message("every_months") == (
        "say every how many months, or after how many loans"
    )
    assert plan_statuses(demo_workspace.uow(), item_id=mower.id) == []
    dialog.months_spin.setValue(6)
    dialog.loans_spin.setValue(20)
    click(qtbot, dialog.save_button)
    (plan,) = plan_statuses(demo_workspace.uow(), item_id=mower.id)
    assert (plan.what, plan.every_months, plan.every_loans) == ("Service", 6, 20)
    assert page.status_label.text() == "Upkeep planned."
    assert "Planned: \u2068Service\u2069 (every 6 months, or after every 20 loans)" in (
        page.detail_pane.plans_label.text()
    )
