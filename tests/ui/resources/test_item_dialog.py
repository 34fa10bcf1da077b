"""New item… and Edit… on the Resources page, driven through the real dialog: every field of
an item typed as a volunteer would (amounts the group's way, the owner and custodian picked
from the members), and refusals shown beside their field with nothing saved."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from support.gui import settle

from groupdesk.money import Money
from groupdesk.services.members.records import add_member
from groupdesk.services.resources.records import add_item, get_item, list_items
from groupdesk.services.workspace import Workspace
from groupdesk.ui.resources.item_dialog import ItemDialog
from groupdesk.ui.resources.page import ResourcesPage

pytestmark = pytest.mark.gui

OWNER, KEEPER = "Zora Quill", "Yusuf Quill"


@pytest.fixture
def people(demo_workspace: Workspace) -> dict[str, str]:
    return {
        name: add_member(demo_workspace.uow(), values={"full_name": name}).id
        for name in (OWNER, KEEPER)
    }


@pytest.fixture
def page(qtbot, app_context, people):  # type: ignore[no-untyped-def]
    resources = ResourcesPage(app_context)
    qtbot.addWidget(resources)
    resources.resize(1200, 760)
    resources.show()
    qtbot.waitExposed(resources)
    settle()
    return resources


def type_into(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    if hasattr(edit, "lineEdit") and edit.lineEdit() is not None:
        edit.lineEdit().clear()
    else:
        edit.clear()
    qtbot.keyClicks(edit, text)


def zebras(workspace: Workspace) -> list[str]:
    return [row.name for row in list_items(workspace.uow()) if row.name.startswith("Zebra")]


def test_a_new_item_with_every_field_typed(qtbot, page, people, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, ItemDialog)
    settle()  # the members arrive
    type_into(qtbot, dialog.name_edit, "Zebra projector")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("equipment"))
    dialog.description_edit.setPlainText("HDMI, with a remote")
    type_into(qtbot, dialog.owner_picker, OWNER)
    type_into(qtbot, dialog.custodian_picker, KEEPER)
    type_into(qtbot, dialog.location_edit, "the shed")
    dialog.condition_combo.setCurrentIndex(dialog.condition_combo.findData("needs attention"))
    type_into(qtbot, dialog.condition_note_edit, "Lamp dim")
    type_into(qtbot, dialog.money_edits["value"], "1,250.50")
    type_into(qtbot, dialog.money_edits["deposit"], "£40")
    type_into(qtbot, dialog.money_edits["late_fee_per_day"], "1.5")
    dialog.quantity_spin.setValue(2)
    dialog.loan_days_spin.setValue(7)
    dialog.buffer_spin.setValue(1)
    dialog.block_check.setChecked(False)
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert page.active_dialog is None  # saved and closed
    (row,) = [r for r in list_items(demo_workspace.uow()) if r.name == "Zebra projector"]
    item = get_item(demo_workspace.uow(), item_id=row.id)
    assert (item.kind, item.description, item.location) == (
        "equipment",
        "HDMI, with a remote",
        "the shed",
    )
    assert (item.owner_id, item.custodian_id) == (people[OWNER], people[KEEPER])
    assert (item.condition, item.condition_note) == ("needs attention", "Lamp dim")
    assert item.value == Money(Decimal("1250.50"), "GBP")
    assert item.deposit == Money(Decimal("40.00"), "GBP")
    assert item.late_fee_per_day == Money(Decimal("1.50"), "GBP")
    assert (item.quantity, item.loan_days, item.buffer_days) == (2, 7, 1)
    assert item.block_when_out_of_service is False
    assert page.status_label.text() == "Saved \u2068Zebra projector\u2069."
    assert page.detail_pane.detail is not None
    assert page.detail_pane.detail.item.id == item.id  # shown at once


def test_an_amount_that_cannot_be_read_is_refused_beside_it(qtbot, page, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = page.new_item()
    settle()
    type_into(qtbot, dialog.name_edit, "Zebra urn")
    type_into(qtbot, dialog.money_edits["deposit"], "forty")
    message = dialog.errors.message("deposit")
    assert message, "the deposit's refusal is beside it"
    assert not dialog.save_button.isEnabled()
    assert dialog.save_button.toolTip() == message
    dialog.save()
    settle()
    assert dialog.isVisible() and zebras(demo_workspace) == []  # nothing saved
    type_into(qtbot, dialog.money_edits["deposit"], "40")
    assert dialog.errors.message("deposit") == "" and dialog.save_button.isEnabled()


def test_the_service_refusal_shows_beside_the_name_and_nothing_is_saved(  # type: ignore[no-untyped-def]
    qtbot, page, demo_workspace
) -> None:
    dialog = page.new_item()
    settle()
    type_into(qtbot, dialog.owner_picker, "Nobody Of That Name")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert dialog.errors.message("owner_id") == "choose a member from the list"
    type_into(qtbot, dialog.owner_picker, "the group")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert dialog.errors.message("name") == "Give the item a name."
    assert page.active_dialog is dialog and zebras(demo_workspace) == []


def test_edit_changes_the_item_shown(qtbot, page, people, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    item = add_item(
        demo_workspace.uow(),
        values={"name": "Zebra tent", "owner_id": people[OWNER], "quantity": 3},
    )
    page.show_item(item.id)
    settle()
    qtbot.mouseClick(page.detail_pane.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, ItemDialog)
    settle()
    assert dialog.name_edit.text() == "Zebra tent"
    assert dialog.owner_picker.member_id() == people[OWNER]
    assert dialog.quantity_spin.value() == 3
    type_into(qtbot, dialog.money_edits["late_fee_per_day"], "-2")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert dialog.errors.message("late_fee_per_day") == "An amount cannot be below zero."
    assert get_item(demo_workspace.uow(), item_id=item.id).late_fee_per_day is None
    type_into(qtbot, dialog.money_edits["late_fee_per_day"], "2")
    dialog.owner_picker.choose(None)  # the group
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle()
    saved = get_item(demo_workspace.uow(), item_id=item.id)
    assert saved.late_fee_per_day == Money(Decimal("2.00"), "GBP") and saved.owner_id is None
    assert page.detail_pane.values["late_fee"].text() == "£2.00 a day"
    assert page.detail_pane.values["owner"].text() == "the group"


def test_kit_parts_added_changed_refused_and_taken_out(qtbot, page, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.resources.kits import parts_of
    from groupdesk.ui.resources.item_dialog import PartDialog

    uow = demo_workspace.uow
    kit = add_item(uow(), values={"name": "Zebra PA kit"})
    speaker = add_item(uow(), values={"name": "Zebra speaker", "quantity": 2})
    page.show_item(kit.id)
    settle()
    qtbot.mouseClick(page.detail_pane.parts_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, PartDialog)
    settle()  # the items arrive
    dialog.part_combo.setCurrentIndex(dialog.part_combo.findData(speaker.id))
    dialog.count_spin.setValue(3)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert dialog.errors.message("count") == (
        "the group has 2 of \u2068Zebra speaker\u2069, so a kit cannot hold 3"
    )
    assert parts_of(uow(), kit_id=kit.id) == []  # nothing saved
    dialog.count_spin.setValue(2)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert page.active_dialog is None
    assert [(p.name, p.count) for p in parts_of(uow(), kit_id=kit.id)] == [("Zebra speaker", 2)]
    assert page.detail_pane.values["parts"].text() == "\u2068Zebra speaker ×2\u2069"
    assert page.status_label.text() == "Saved the parts of \u2068Zebra PA kit\u2069."

    page.act("parts")
    dialog = page.active_dialog
    settle()
    assert dialog.part_combo.currentData() == speaker.id and dialog.count_spin.value() == 2
    dialog.count_spin.setValue(0)  # take it out
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert parts_of(uow(), kit_id=kit.id) == []
    assert page.detail_pane.values["parts"].text() == "—"


def test_editing_keeps_an_owner_who_has_left(qtbot, page, people, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    """Regression: the pickers offer active members only, so an owner who had left showed as
    'the group' and saving any change gave the item away."""
    from groupdesk.services.members.records import edit_member

    item = add_item(
        demo_workspace.uow(),
        values={"name": "Zebra trailer", "owner_id": people[OWNER], "custodian_id": people[KEEPER]},
    )
    edit_member(demo_workspace.uow(), member_id=people[OWNER], changes={"status": "left"})
    page.show_item(item.id)
    settle()
    page.act("edit")
    dialog = page.active_dialog
    assert dialog.owner_picker.currentText() == OWNER  # at once, before the members arrive
    settle()
    assert dialog.owner_picker.member_id() == people[OWNER]
    type_into(qtbot, dialog.location_edit, "the yard")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle()
    saved = get_item(demo_workspace.uow(), item_id=item.id)
    assert (saved.location, saved.owner_id, saved.custodian_id) == (
        "the yard",
        people[OWNER],
        people[KEEPER],
    )
