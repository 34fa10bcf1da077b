"""Acting on a row of an item's detail and booking for a meeting, through the real dialogs:
waive a late fee (who waived it), move a reservation (a clash refused beside the days, nothing
saved), and reserve for one of the upcoming meetings (its day booked, the meeting stored)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from support.gui import settle

from groupdesk.money import Money
from groupdesk.services.meetings.records import list_meetings
from groupdesk.services.members.records import add_member
from groupdesk.services.resources.availability import item_loan_history
from groupdesk.services.resources.loans import lend, return_loan
from groupdesk.services.resources.records import ItemData, add_item
from groupdesk.services.resources.reservations import item_reservations, reserve
from groupdesk.services.workspace import Workspace
from groupdesk.ui.resources.page import ResourcesPage
from groupdesk.ui.resources.reserve_dialog import ReserveDialog
from groupdesk.ui.resources.row_dialogs import MoveDialog, WaiveDialog

pytestmark = pytest.mark.gui

BORROWER, OTHER = "Zora Quill", "Yusuf Quill"


@pytest.fixture
def people(demo_workspace: Workspace) -> dict[str, str]:
    return {
        name: add_member(demo_workspace.uow(), values={"full_name": name}).id
        for name in (BORROWER, OTHER)
    }


@pytest.fixture
def ladder(demo_workspace: Workspace) -> ItemData:
    return add_item(
        demo_workspace.uow(),
        values={"name": "Zebra ladder", "late_fee_per_day": Money(Decimal("2.00"), "GBP")},
    )


@pytest.fixture
def page(qtbot, app_context, people, ladder):  # type: ignore[no-untyped-def]
    resources = ResourcesPage(app_context)
    qtbot.addWidget(resources)
    resources.resize(1200, 760)
    resources.show()
    qtbot.waitExposed(resources)
    settle()
    resources.show_item(ladder.id)
    settle()
    return resources


def type_into(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    (edit.lineEdit() if hasattr(edit, "lineEdit") and edit.lineEdit() else edit).clear()
    qtbot.keyClicks(edit, text)


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()


def test_waive_a_late_fee_from_the_loan_row(qtbot, page, ladder, people, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    today = demo_workspace.today()
    loan = lend(
        demo_workspace.uow(),
        item_id=ladder.id,
        borrower_id=people[BORROWER],
        out_on=today - timedelta(days=10),
        due_on=today - timedelta(days=3),
    )
    return_loan(demo_workspace.uow(), loan_id=loan.id)
    page.refresh()
    settle()
    pane = page.detail_pane
    pane.tabs.setCurrentIndex(1)  # Loans
    pane.loans_table.selectRow(0)
    assert pane.waive_button.isEnabled()
    click(qtbot, pane.waive_button)
    dialog = page.active_dialog
    assert isinstance(dialog, WaiveDialog)
    assert "£6.00" in dialog.windowTitle()
    type_into(qtbot, dialog.by_picker, "Nobody Of That Name")
    click(qtbot, dialog.save_button)
    assert dialog.errors.message("by_id") == "choose who waives it from the list"
    (kept,) = item_loan_history(demo_workspace.uow(), item_id=ladder.id)
    assert kept.fee_waived_by_id is None  # nothing saved
    type_into(qtbot, dialog.by_picker, OTHER)
    click(qtbot, dialog.save_button)
    assert page.active_dialog is None
    (waived,) = item_loan_history(demo_workspace.uow(), item_id=ladder.id)
    assert waived.fee_waived_by_id == people[OTHER]
    assert (
        page.status_label.text()
        == f"The late fee on \u2068Zebra ladder\u2069 is waived by \u2068{OTHER}\u2069."
    )
    assert "late fee £6.00, waived" in pane.loans_table.item(0, 4).text()
    pane.loans_table.selectRow(0)
    assert not pane.waive_button.isEnabled()  # once only


def test_move_a_reservation_refused_on_a_clash(qtbot, page, ladder, people, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    today = demo_workspace.today()
    first = reserve(
        demo_workspace.uow(),
        item_id=ladder.id,
        member_id=people[BORROWER],
        starts_on=today + timedelta(days=1),
        ends_on=today + timedelta(days=2),
    )
    reserve(
        demo_workspace.uow(),
        item_id=ladder.id,
        member_id=people[OTHER],
        starts_on=today + timedelta(days=5),
        ends_on=today + timedelta(days=6),
    )
    page.refresh()
    settle()
    pane = page.detail_pane
    pane.tabs.setCurrentIndex(2)  # Reservations
    pane.reservations_table.selectRow(0)
    assert pane.chosen_reservation_id() == first.id
    click(qtbot, pane.move_button)
    dialog = page.active_dialog
    assert isinstance(dialog, MoveDialog)
    type_into(qtbot, dialog.from_edit, (today + timedelta(days=4)).isoformat())
    type_into(qtbot, dialog.to_edit, (today + timedelta(days=3)).isoformat())
    assert dialog.errors.message("ends_on").startswith("The last day is before the first")
    assert not dialog.save_button.isEnabled()
    type_into(qtbot, dialog.to_edit, (today + timedelta(days=5)).isoformat())
    click(qtbot, dialog.save_button)
    assert page.active_dialog is dialog
    assert OTHER in dialog.errors.message("starts_on")  # the booking in the way, named
    days = {
        r.id: (r.starts_on, r.ends_on)
        for r in item_reservations(demo_workspace.uow(), item_id=ladder.id)
    }
    assert days[first.id] == (today + timedelta(days=1), today + timedelta(days=2))
    type_into(qtbot, dialog.to_edit, (today + timedelta(days=4)).isoformat())
    click(qtbot, dialog.save_button)
    assert page.active_dialog is None
    days = {
        r.id: (r.starts_on, r.ends_on)
        for r in item_reservations(demo_workspace.uow(), item_id=ladder.id)
    }
    assert days[first.id] == (today + timedelta(days=4), today + timedelta(days=4))
    assert page.status_label.text().startswith("Reservation moved: ")


def test_reserve_for_an_upcoming_meeting(qtbot, page, ladder, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    upcoming = list_meetings(demo_workspace.uow())
    assert upcoming, "the demo group has meetings ahead"
    # One only expanded from its series, when there is one: stored on its first booking.
    meeting = next((m for m in upcoming if m.meeting_id is None), upcoming[0])
    click(qtbot, page.detail_pane.reserve_button)
    dialog = page.active_dialog
    assert isinstance(dialog, ReserveDialog)
    click(qtbot, dialog.save_button)
    assert dialog.errors.message("member") == "choose who it is for from the list, or a meeting"
    assert item_reservations(demo_workspace.uow(), item_id=ladder.id) == []
    index = 1 + upcoming.index(meeting)
    assert dialog.meeting_combo.itemText(index).startswith(f"\u2068{meeting.title}\u2069 — ")
    dialog.meeting_combo.setFocus()
    dialog.meeting_combo.setCurrentIndex(index)
    dialog.meeting_combo.activated.emit(index)  # as a click or Enter on the choice does
    day = meeting.starts_at.date().isoformat()
    assert (dialog.from_edit.text(), dialog.to_edit.text()) == (day, day)
    click(qtbot, dialog.save_button)
    assert page.active_dialog is None
    (booking,) = item_reservations(demo_workspace.uow(), item_id=ladder.id)
    assert booking.meeting_id is not None and booking.member_id is None
    assert meeting.title in booking.who  # "the meeting “General meeting”"
    assert booking.starts_on == meeting.starts_at.date()


def test_handing_out_a_reserved_kit_sends_the_parts_ticked(  # type: ignore[no-untyped-def]
    qtbot, page, people, demo_workspace
) -> None:
    from groupdesk.services.resources.kits import kit_checklist, set_part

    uow = demo_workspace.uow
    kit = add_item(uow(), values={"name": "Zebra PA kit"})
    speaker = add_item(uow(), values={"name": "Zebra speaker", "quantity": 2})
    mixer = add_item(uow(), values={"name": "Zebra mixer"})
    set_part(uow(), kit_id=kit.id, part_id=speaker.id, count=2)
    set_part(uow(), kit_id=kit.id, part_id=mixer.id)
    today = demo_workspace.today()
    booking = reserve(
        uow(), item_id=kit.id, member_id=people[BORROWER], starts_on=today, ends_on=today
    )
    page.show_item(kit.id)
    settle()
    page.act(f"collect:{booking.id}")
    dialog = page.active_dialog
    settle()  # the people and the parts arrive
    assert [tick.text() for _id, tick in dialog.parts] == ["Zebra mixer", "Zebra speaker ×2"]
    next(tick for part_id, tick in dialog.parts if part_id == mixer.id).setChecked(False)
    click(qtbot, dialog.save_button)
    assert page.active_dialog is None
    (loan,) = item_loan_history(uow(), item_id=kit.id)
    assert loan.reservation_id == booking.id
    lines = kit_checklist(uow(), loan_id=loan.id).lines
    assert [(line.name, line.out) for line in lines] == [
        ("Zebra mixer", False),  # left home, free to lend
        ("Zebra speaker", True),
    ]
