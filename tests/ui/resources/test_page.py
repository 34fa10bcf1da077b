"""The Resources page, driven as a person would, with the real dialogs: lend and return an item,
keep part of a deposit, reserve a space and hand the reservation out as a loan, and an
overlapping reservation refused with the clash named beside its days and nothing saved.

The demo group has items of its own, so each test adds the ones it uses (named so that no demo
item shares their names) and looks at those."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog
from support.gui import settle

from groupdesk.money import Money
from groupdesk.services.members.records import add_member
from groupdesk.services.resources.availability import item_loan_history
from groupdesk.services.resources.records import ItemData, add_item
from groupdesk.services.resources.reservations import item_reservations, reserve
from groupdesk.services.workspace import Workspace
from groupdesk.ui.resources.loan_dialogs import LendDialog, ReturnDialog
from groupdesk.ui.resources.page import ResourcesPage
from groupdesk.ui.resources.reserve_dialog import ReserveDialog

pytestmark = pytest.mark.gui

BORROWER, OTHER = "Zora Quill", "Yusuf Quill"


@pytest.fixture
def people(demo_workspace: Workspace) -> dict[str, str]:
    return {
        name: add_member(demo_workspace.uow(), values={"full_name": name}).id
        for name in (BORROWER, OTHER)
    }


@pytest.fixture
def gazebo(demo_workspace: Workspace) -> ItemData:
    return add_item(
        demo_workspace.uow(),
        values={"name": "Zebra gazebo", "deposit": Money(Decimal("40.00"), "GBP"), "loan_days": 7},
    )


@pytest.fixture
def hall(demo_workspace: Workspace) -> ItemData:
    return add_item(
        demo_workspace.uow(), values={"name": "Zebra hall", "kind": "space", "loan_days": 1}
    )


@pytest.fixture
def page(qtbot, app_context, people, gazebo, hall):  # type: ignore[no-untyped-def]
    resources = ResourcesPage(app_context)
    qtbot.addWidget(resources)
    resources.resize(1200, 760)
    resources.show()
    qtbot.waitExposed(resources)
    settle()
    return resources


def choose(page: ResourcesPage, item: ItemData) -> None:
    page.show_item(item.id)
    settle()
    assert page.detail_pane.detail is not None
    assert page.detail_pane.detail.item.id == item.id


def pick(qtbot, picker, name: str) -> None:  # type: ignore[no-untyped-def]
    picker.setFocus()
    picker.lineEdit().clear()
    qtbot.keyClicks(picker, name)


def type_into(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.clear()
    qtbot.keyClicks(edit, text)


def save(qtbot, dialog: QDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle()


class PaintCount(QObject):
    """Counts the paints of the widgets it is installed on."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.paints += event.type() == QEvent.Type.Paint
        return False


def test_the_search_finds_an_item_by_where_it_is_kept(qtbot, page, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    """ "Search names, places…" found no place: the list's search read only its columns, and
    where an item is kept is in its detail."""
    add_item(demo_workspace.uow(), values={"name": "Zebra tent", "location": "Quayside lock-up"})
    page.refresh()
    settle()
    qtbot.keyClicks(page.search_edit, "quayside")
    assert [row.name for row in page.items.records()] == ["Zebra tent"]
    assert page.count_label.text().startswith("1 of ")


def test_an_idle_page_stops_repainting_the_items_details(qtbot, page, gazebo) -> None:  # type: ignore[no-untyped-def]
    """Measuring the wrapped details on each paint asked for another paint: shown and idle,
    the page repainted every value hundreds of times a second, taking the processor from the
    reads (540 paints a second of each value before)."""
    choose(page, gazebo)
    qtbot.wait(100)
    counter = PaintCount()
    page.detail_pane.values["description"].installEventFilter(counter)
    qtbot.wait(200)
    assert counter.paints <= 2


def test_lend_an_item_then_take_it_back(qtbot, page, gazebo, people, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    choose(page, gazebo)
    qtbot.mouseClick(page.detail_pane.lend_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, LendDialog)
    settle()  # the people arrive
    pick(qtbot, dialog.borrower_picker, BORROWER)
    today = demo_workspace.today()
    assert dialog.due_edit.text() == (today + timedelta(days=7)).isoformat()  # the loan period
    save(qtbot, dialog)
    assert page.active_dialog is None  # saved and closed
    (loan,) = item_loan_history(demo_workspace.uow(), item_id=gazebo.id)
    assert loan.borrower_id == people[BORROWER] and loan.returned_on is None
    assert loan.deposit_taken == Money(Decimal("40.00"), "GBP")
    assert "out with \u2068Zora Quill\u2069" in page.status_label.text()
    assert page.detail_pane.detail.loans[0].id == loan.id  # the page read it again
    assert "Out with \u2068Zora Quill\u2069" in page.detail_pane.state_label.text()
    row = [r.name for r in page.items.records()].index("Zebra gazebo")
    due = page.formats.day(today + timedelta(days=7))
    assert page.items.index(row, 2).data() == f"out, due {due}"

    page.detail_pane.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.detail_pane.return_button, Qt.MouseButton.LeftButton)
    back = page.active_dialog
    assert isinstance(back, ReturnDialog)
    save(qtbot, back)
    (loan,) = item_loan_history(demo_workspace.uow(), item_id=gazebo.id)
    assert loan.returned_on == today
    assert loan.deposit_returned == Money(Decimal("40.00"), "GBP")
    assert "back from \u2068Zora Quill\u2069" in page.status_label.text()
    assert page.detail_pane.state_label.text() == "Here, not lent out."


def test_part_of_the_deposit_is_kept_with_its_reason(
    qtbot, page, gazebo, people, demo_workspace
) -> None:  # type: ignore[no-untyped-def]
    choose(page, gazebo)
    page.act("lend")
    lend = page.active_dialog
    settle()
    pick(qtbot, lend.borrower_picker, OTHER)
    save(qtbot, lend)
    loan = page.detail_pane.detail.loans[0]
    page.act(f"return:{loan.id}")
    back = page.active_dialog
    assert isinstance(back, ReturnDialog)
    back.condition_combo.setCurrentIndex(back.condition_combo.findData("needs attention"))
    type_into(qtbot, back.kept_edit, "50")
    assert back.errors.message("deposit_kept") == "Only £40.00 was taken as a deposit."
    assert not back.save_button.isEnabled()
    type_into(qtbot, back.kept_edit, "15")
    assert back.errors.message("kept_reason").startswith("Say why")
    type_into(qtbot, back.reason_edit, "a torn side panel")
    assert back.save_button.isEnabled()
    save(qtbot, back)
    (loan,) = item_loan_history(demo_workspace.uow(), item_id=gazebo.id)
    assert loan.deposit_kept == Money(Decimal("15.00"), "GBP")
    assert loan.deposit_returned == Money(Decimal("25.00"), "GBP")
    assert loan.kept_reason == "a torn side panel"
    assert (
        "kept £15.00: \u2068a torn side panel\u2069"
        in page.detail_pane.loans_table.item(0, 4).text()
    )
    assert page.detail_pane.detail.item.condition == "needs attention"


def test_reserve_a_space_and_hand_it_out_as_a_loan(
    qtbot, page, hall, people, demo_workspace
) -> None:  # type: ignore[no-untyped-def]
    choose(page, hall)
    page.act("reserve")
    booking = page.active_dialog
    assert isinstance(booking, ReserveDialog)
    settle()
    pick(qtbot, booking.member_picker, BORROWER)
    today = demo_workspace.today()
    type_into(qtbot, booking.to_edit, (today + timedelta(days=1)).isoformat())
    save(qtbot, booking)
    (reservation,) = item_reservations(demo_workspace.uow(), item_id=hall.id)
    assert reservation.member_id == people[BORROWER]
    assert "Reserved \u2068Zebra hall\u2069 for \u2068Zora Quill\u2069" in page.status_label.text()

    page.detail_pane.tabs.setCurrentIndex(2)
    assert page.detail_pane.collect_button.isEnabled()  # the booking is chosen
    qtbot.mouseClick(page.detail_pane.collect_button, Qt.MouseButton.LeftButton)
    handing = page.active_dialog
    assert isinstance(handing, LendDialog) and handing.reservation is not None
    settle()
    assert handing.borrower_picker.member_id() == people[BORROWER]  # who booked it
    assert handing.due_edit.text() == (today + timedelta(days=1)).isoformat()
    save(qtbot, handing)
    assert page.active_dialog is None
    (loan,) = item_loan_history(demo_workspace.uow(), item_id=hall.id)
    assert loan.reservation_id == reservation.id
    (collected,) = item_reservations(demo_workspace.uow(), item_id=hall.id, include_past=True)
    assert collected.status == "collected" and collected.loan_id == loan.id
    assert not page.detail_pane.collect_button.isEnabled()


def test_an_overlapping_reservation_is_refused_with_the_clash_named(
    qtbot, page, hall, people, demo_workspace
) -> None:  # type: ignore[no-untyped-def]
    start = demo_workspace.today() + timedelta(days=10)
    reserve(
        demo_workspace.uow(),
        item_id=hall.id,
        member_id=people[OTHER],
        starts_on=start,
        ends_on=start + timedelta(days=2),
    )
    choose(page, hall)
    page.act("reserve")
    dialog = page.active_dialog
    settle()
    pick(qtbot, dialog.member_picker, BORROWER)
    type_into(qtbot, dialog.from_edit, (start + timedelta(days=2)).isoformat())
    type_into(qtbot, dialog.to_edit, (start + timedelta(days=4)).isoformat())
    save(qtbot, dialog)
    assert page.active_dialog is dialog and dialog.isVisible()  # still open
    message = dialog.errors.message("starts_on")
    assert "\u2068Zebra hall\u2069 is reserved by \u2068Yusuf Quill\u2069" in message
    assert len(item_reservations(demo_workspace.uow(), item_id=hall.id)) == 1  # nothing saved
    dialog.reject()


def test_days_and_stock_are_checked_as_they_are_typed(qtbot, page, gazebo, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    choose(page, gazebo)
    page.act("lend")
    dialog = page.active_dialog
    settle()
    today = demo_workspace.today()
    type_into(qtbot, dialog.due_edit, (today - timedelta(days=1)).isoformat())
    assert dialog.errors.message("due_on").startswith("The due day is before it goes out")
    assert not dialog.save_button.isEnabled()
    assert dialog.save_button.toolTip() == dialog.errors.message("due_on")
    type_into(qtbot, dialog.due_edit, (today + timedelta(days=3)).isoformat())
    dialog.quantity_spin.setValue(2)
    assert (
        dialog.errors.message("quantity") == "There are only 1 of \u2068Zebra gazebo\u2069 in all."
    )
    dialog.quantity_spin.setValue(1)
    assert dialog.save_button.isEnabled()
    dialog.reject()


def test_a_clash_brought_by_sync_is_shown_on_the_page_and_the_item(  # type: ignore[no-untyped-def]
    qtbot, app_context, people, gazebo, demo_workspace
) -> None:
    from groupdesk.models.resources import Loan
    from groupdesk.services.resources.loans import lend

    today = demo_workspace.today()
    lend(demo_workspace.uow(), item_id=gazebo.id, borrower_id=people[BORROWER])
    with demo_workspace.uow() as uow:  # the other laptop's loan of the same days, as sync brings it
        uow.session.add(
            Loan(
                item_id=gazebo.id,
                borrower_id=people[OTHER],
                out_on=today,
                due_on=today + timedelta(days=2),
            )
        )
        uow.commit()
    page = ResourcesPage(app_context)
    qtbot.addWidget(page)
    page.show()
    settle()
    assert not page.clash_banner.isHidden()
    assert "Zebra gazebo" in page.clash_banner.text()
    page.show_view("clashes")
    settle()
    assert [row.name for row in page.items.records()] == ["Zebra gazebo"]
    choose(page, gazebo)
    banner = page.detail_pane.clash_banner
    assert not banner.isHidden()
    assert BORROWER in banner.text() and OTHER in banner.text()
    assert len(page.detail_pane.detail.loans) == 2  # both loans kept


def test_the_history_tab_says_what_happened_to_the_item(qtbot, page, gazebo) -> None:  # type: ignore[no-untyped-def]
    choose(page, gazebo)
    pane = page.detail_pane
    assert pane.history_table.rowCount() == 0  # filled when looked at
    pane.tabs.setCurrentIndex(pane.tabs.count() - 1)
    what = [pane.history_table.item(row, 2).text() for row in range(pane.history_table.rowCount())]
    assert "added item" in what


def test_a_dashboard_line_opens_its_item_and_more_opens_the_overdue_view(  # type: ignore[no-untyped-def]
    qtbot, main_window, gazebo
) -> None:
    main_window.open_record("resources", gazebo.id)
    settle()
    page = main_window.page("resources")
    assert main_window.current_key() == "resources"
    assert page.detail_pane.detail.item.id == gazebo.id
    assert page.current_item_id() == gazebo.id
    main_window.open_view("resources", "overdue")
    settle()
    assert page.show_combo.currentData() == "overdue"
    assert page.items.records() and all(row.overdue for row in page.items.records())


def test_extending_a_loan_into_a_booking_is_refused_with_the_booking_named(  # type: ignore[no-untyped-def]
    qtbot, page, gazebo, people, demo_workspace
) -> None:
    from groupdesk.services.resources.loans import lend
    from groupdesk.services.resources.reservations import reserve
    from groupdesk.ui.resources.loan_dialogs import ExtendDialog

    today = demo_workspace.today()
    loan = lend(
        demo_workspace.uow(),
        item_id=gazebo.id,
        borrower_id=people[BORROWER],
        due_on=today + timedelta(days=3),
    )
    reserve(
        demo_workspace.uow(),
        item_id=gazebo.id,
        member_id=people[OTHER],
        starts_on=today + timedelta(days=6),
        ends_on=today + timedelta(days=8),
    )
    choose(page, gazebo)
    page.act(f"extend:{loan.id}")
    dialog = page.active_dialog
    assert isinstance(dialog, ExtendDialog)
    settle()
    type_into(qtbot, dialog.due_edit, (today + timedelta(days=2)).isoformat())
    assert dialog.errors.message("due_on").startswith("Choose a day after the due day now")
    type_into(qtbot, dialog.due_edit, (today + timedelta(days=7)).isoformat())
    save(qtbot, dialog)
    assert page.active_dialog is dialog  # refused, still open
    assert "reserved by \u2068Yusuf Quill\u2069" in dialog.errors.message("due_on")
    (kept,) = item_loan_history(demo_workspace.uow(), item_id=gazebo.id)
    assert kept.due_on == today + timedelta(days=3)  # nothing saved
    type_into(qtbot, dialog.due_edit, (today + timedelta(days=5)).isoformat())
    save(qtbot, dialog)
    assert page.active_dialog is None
    (extended,) = item_loan_history(demo_workspace.uow(), item_id=gazebo.id)
    assert extended.due_on == today + timedelta(days=5)


def test_a_late_return_says_the_late_fee_before_it_is_charged(  # type: ignore[no-untyped-def]
    qtbot, page, people, demo_workspace
) -> None:
    from groupdesk.services.resources.loans import lend

    ladder = add_item(
        demo_workspace.uow(),
        values={"name": "Zebra ladder", "late_fee_per_day": Money(Decimal("2.00"), "GBP")},
    )
    today = demo_workspace.today()
    loan = lend(
        demo_workspace.uow(),
        item_id=ladder.id,
        borrower_id=people[BORROWER],
        out_on=today - timedelta(days=10),
        due_on=today - timedelta(days=3),
    )
    page.refresh()
    settle()
    choose(page, ladder)
    page.act(f"return:{loan.id}")
    dialog = page.active_dialog
    assert isinstance(dialog, ReturnDialog)
    settle()
    assert not dialog.late_label.isHidden()
    assert "3 days late: a late fee of £6.00" in dialog.late_label.text()
    save(qtbot, dialog)
    assert "late fee £6.00" in page.detail_pane.loans_table.item(0, 4).text()
    assert "(3 days late)" in page.detail_pane.loans_table.item(0, 3).text()


def test_a_kit_goes_out_and_comes_back_with_the_parts_ticked(  # type: ignore[no-untyped-def]
    qtbot, page, people, demo_workspace
) -> None:
    from groupdesk.services.resources.kits import kit_checklist, set_part

    uow = demo_workspace.uow
    kit = add_item(uow(), values={"name": "Zebra PA kit"})
    speaker = add_item(uow(), values={"name": "Zebra speaker", "quantity": 2})
    mixer = add_item(uow(), values={"name": "Zebra mixer"})
    set_part(uow(), kit_id=kit.id, part_id=speaker.id, count=2)
    set_part(uow(), kit_id=kit.id, part_id=mixer.id)
    page.refresh()
    settle()
    choose(page, kit)
    page.act("lend")
    lend = page.active_dialog
    settle()  # the people and the parts arrive
    assert [tick.text() for _id, tick in lend.parts] == ["Zebra mixer", "Zebra speaker ×2"]
    pick(qtbot, lend.borrower_picker, BORROWER)
    save(qtbot, lend)
    assert page.active_dialog is None
    (loan,) = item_loan_history(uow(), item_id=kit.id)
    assert [line.name for line in kit_checklist(uow(), loan_id=loan.id).still_out] == [
        "Zebra mixer",
        "Zebra speaker",
    ]

    page.act(f"return:{loan.id}")
    back = page.active_dialog
    settle()
    mixer_tick = next(tick for part_id, tick in back.parts if part_id == mixer.id)
    mixer_tick.setChecked(False)  # the mixer is not back yet
    save(qtbot, back)
    assert page.active_dialog is None
    still = kit_checklist(uow(), loan_id=loan.id).still_out
    assert [line.name for line in still] == ["Zebra mixer"]
    assert "Parts out: \u2068Zebra mixer\u2069" in page.status_label.text()


def test_the_overdue_drill_is_overdue_every_day_of_next_week(qtbot, page, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    """Issue 12 item 2: not back, so held on every day to come (the week view showed next
    week's days free)."""
    from sqlalchemy import select

    from groupdesk.models.resources import ResourceItem

    with demo_workspace.uow() as uow:
        drill = uow.session.scalars(
            select(ResourceItem.id).where(ResourceItem.name == "Cordless drill")
        ).one()
    page.tabs.setCurrentWidget(page.week)
    settle()
    this_week = page.week.start
    qtbot.mouseClick(page.week.next_button, Qt.MouseButton.LeftButton)
    settle()
    assert page.week.start == this_week + timedelta(days=7)
    row = page.week.model.row_of(drill)
    assert row is not None
    cells = [str(page.week.model.index(row, column).data()) for column in range(1, 8)]
    assert all(cell.startswith("Overdue: ") for cell in cells), cells
