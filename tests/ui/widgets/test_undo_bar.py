"""The undo bar and Edit → Undo (issue 19 item 2), driven as a volunteer would: delete a member
or import a file, then click Undo on the bar or press Ctrl+Z, and see the list as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from support.gui import settle

from groupdesk.models.members import Member
from groupdesk.services.grants.records import get_grant
from groupdesk.services.meetings.agenda import agenda_of
from groupdesk.services.meetings.attendance import expected_members
from groupdesk.services.members.records import add_member
from groupdesk.ui.shortcuts import SHORTCUTS

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, main_window):  # type: ignore[no-untyped-def]
    """The Members page of the real main window, over the demo group, loaded."""
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    members_page = main_window.show_page("members")
    members_page.ask = lambda *_args: True  # answer yes to "are you sure?"
    settle()
    return members_page


def shown_names(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.model.index(row, 0).data() for row in range(page.model.rowCount())]


def delete(qtbot, page, app_context, name: str) -> str:  # type: ignore[no-untyped-def]
    member_id = add_member(app_context.uow(), values={"full_name": name}).id
    page.refresh()
    settle()
    page.select_member(member_id)
    settle()
    qtbot.mouseClick(page.detail_pane.delete_button, Qt.MouseButton.LeftButton)
    settle()
    assert name not in shown_names(page)
    return member_id


def test_a_deleted_member_is_back_after_clicking_undo_on_the_bar(
    qtbot, main_window, page, app_context
) -> None:  # type: ignore[no-untyped-def]
    bar = main_window.undo_bar
    assert not bar.isVisible()
    delete(qtbot, page, app_context, "Ottilie Brandvold")
    top = page.mapTo(main_window, page.rect().topLeft()).y()
    assert bar.isVisible() and bar.message.text() == "Deleted \u2068Ottilie Brandvold\u2069."
    assert bar.undo_button.isVisible() and bar.undo_button.accessibleName() == "Undo"
    assert bar.undo_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    settle()
    assert "Ottilie Brandvold" in shown_names(page)  # the page heard of it and read the list again
    assert bar.message.text() == "Undone: Deleted \u2068Ottilie Brandvold\u2069."
    assert not bar.undo_button.isVisible()
    assert not bar.action.isEnabled()
    assert page.mapTo(main_window, page.rect().topLeft()).y() == top  # the page did not jump


def test_ctrl_z_undoes_the_latest_then_the_one_before(
    qtbot, main_window, page, app_context
) -> None:  # type: ignore[no-untyped-def]
    delete(qtbot, page, app_context, "Ottilie Brandvold")
    delete(qtbot, page, app_context, "Kasimir Vennesland")
    assert main_window.undo_bar.action.text() == "Undo: Deleted \u2068Kasimir Vennesland\u2069."
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert "Kasimir Vennesland" in shown_names(page) and "Ottilie Brandvold" not in shown_names(
        page
    )
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert "Ottilie Brandvold" in shown_names(page)


def test_edit_menu_holds_undo_beside_find_everywhere(main_window) -> None:  # type: ignore[no-untyped-def]
    menus = [action.text() for action in main_window.menuBar().actions()]
    assert menus.count("&Edit") == 1
    edit = main_window.menuBar().actions()[menus.index("&Edit")].menu()
    assert [action.objectName() for action in edit.actions()] == [
        "undoAction",
        "findEverywhereAction",
    ]
    assert "Ctrl+Z" in dict(SHORTCUTS)


def test_an_undo_over_a_later_edit_says_why_and_changes_nothing(
    qtbot, main_window, page, app_context
) -> None:  # type: ignore[no-untyped-def]
    member_id = delete(qtbot, page, app_context, "Ottilie Brandvold")
    with app_context.uow() as uow:
        row = uow.session.get(Member, member_id)
        row.deleted_at = None  # brought back some other way meanwhile
        uow.commit()
    bar = main_window.undo_bar
    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    settle()
    assert bar.message.text().startswith("This can no longer be undone")
    assert not any(
        isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_an_import_is_taken_back_by_undo(qtbot, main_window, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sheet = tmp_path / "last-year.csv"
    sheet.write_text("Name,Email\nNadia Haddad,nadia@example.org\nKemi Bello,\n", encoding="utf-8")
    before = page.model.total()
    dialog = page.open_import_dialog(sheet)
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.import_button.isEnabled())
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    settle()
    assert page.model.total() == before + 2
    bar = main_window.undo_bar
    assert bar.message.text() == "Imported 2 members from \u2068last-year.csv\u2069."
    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    settle()
    assert page.model.total() == before
    assert "Nadia Haddad" not in shown_names(page)


def test_a_grant_move_is_taken_back_by_undo(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    page = main_window.show_page("grants")
    settle()
    qtbot.keyClicks(page.search_edit, "Riverside tree planting")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    settle()
    overview = page.detail.overview
    before = overview.values["state"].text()
    grant_id = page.chosen_id
    qtbot.mouseClick(overview.move_box.move_button, Qt.MouseButton.LeftButton)
    settle()
    after = overview.values["state"].text()
    assert after != before
    bar = main_window.undo_bar
    assert bar.message.text() == f"Moved the grant from {before} to {after}."
    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    settle()
    assert bar.message.text() == f"Undone: Moved the grant from {before} to {after}."
    assert get_grant(main_window.context.uow(), grant_id).state == before
    assert overview.values["state"].text() == before  # the open grant read again


def test_a_merge_of_duplicates_is_taken_back_by_undo(qtbot, main_window, page, app_context) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.ui.members.duplicates_dialog import DuplicatesDialog

    for email in ("ottilie@example.org", None):
        add_member(app_context.uow(), values={"full_name": "Ottilie Brandvold", "email": email})
    page.refresh()
    settle()
    assert shown_names(page).count("Ottilie Brandvold") == 2
    dialog = DuplicatesDialog(app_context, parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.pairs is not None, timeout=20_000)
    row = next(
        r
        for r in range(dialog.table.rowCount())
        if dialog.table.item(r, 1).text().startswith("Ottilie")
    )
    dialog.table.selectRow(row)
    qtbot.mouseClick(dialog.keep_first, Qt.MouseButton.LeftButton)
    settle()
    dialog.close()
    page.refresh()
    settle()
    assert shown_names(page).count("Ottilie Brandvold") == 1
    qtbot.mouseClick(main_window.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    settle()
    assert shown_names(page).count("Ottilie Brandvold") == 2


def meeting_editor(qtbot, app_context, tab: str):  # type: ignore[no-untyped-def]
    """The editor of a meeting today (19:00–21:00), on `tab`."""
    from support.meeting_editor import open_on
    from support.meeting_rows import evening_meeting

    workspace = app_context.workspace
    return open_on(qtbot, app_context, evening_meeting(workspace, workspace.uow().today()), tab)


def test_an_agenda_item_removed_is_back_after_undo(qtbot, main_window, app_context) -> None:  # type: ignore[no-untyped-def]
    dialog, tab = meeting_editor(qtbot, app_context, "agenda")
    qtbot.keyClicks(tab.title_edit, "Treasurer's report")
    tab.add_button.click()
    settle()
    tab.view.selectRow(0)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    settle()
    key = dialog.meeting_key
    assert agenda_of(app_context.uow(), meeting=key).items == ()
    dialog.close()
    bar = main_window.undo_bar
    assert bar.message.text() == "Removed \u2068Treasurer's report\u2069 from the agenda."
    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    settle()
    assert [i.title for i in agenda_of(app_context.uow(), meeting=key).items] == [
        "Treasurer's report"
    ]


def test_everyone_marked_present_is_unmarked_by_undo(qtbot, main_window, app_context) -> None:  # type: ignore[no-untyped-def]
    dialog, tab = meeting_editor(qtbot, app_context, "attendance")
    qtbot.mouseClick(tab.everyone_button, Qt.MouseButton.LeftButton)
    settle()
    key = dialog.meeting_key
    assert {m.status for m in expected_members(app_context.uow(), meeting=key)} == {"present"}
    dialog.close()
    bar = main_window.undo_bar
    assert bar.message.text() == "Marked everyone present."
    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    settle()
    assert {m.status for m in expected_members(app_context.uow(), meeting=key)} == {None}


def test_a_returned_loan_is_out_again_after_undo(qtbot, main_window, app_context) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.resources.loans import lend
    from groupdesk.services.resources.records import add_item

    workspace = app_context.workspace
    borrower = add_member(workspace.uow(), values={"full_name": "Ottilie Brandvold"}).id
    item = add_item(workspace.uow(), values={"name": "Zebra gazebo", "loan_days": 7})
    loan = lend(workspace.uow(), item_id=item.id, borrower_id=borrower).id
    page = main_window.show_page("resources")
    settle()
    page.show_item(item.id)
    settle()
    page.act(f"return:{loan}")
    qtbot.mouseClick(page.active_dialog.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert page.detail_pane.state_label.text() == "Here, not lent out."
    bar = main_window.undo_bar
    assert (
        bar.message.text() == "\u2068Zebra gazebo\u2069 is back from \u2068Ottilie Brandvold\u2069."
    )
    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    settle()
    assert "Out with \u2068Ottilie Brandvold\u2069" in page.detail_pane.state_label.text()


def test_a_cancelled_reservation_is_booked_again_after_undo(
    qtbot, main_window, app_context
) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from groupdesk.services.resources.records import add_item
    from groupdesk.services.resources.reservations import get_reservation, reserve

    workspace = app_context.workspace
    who = add_member(workspace.uow(), values={"full_name": "Ottilie Brandvold"}).id
    item = add_item(workspace.uow(), values={"name": "Zebra gazebo", "loan_days": 7})
    day = workspace.uow().today() + timedelta(days=5)
    booking = reserve(workspace.uow(), item_id=item.id, starts_on=day, ends_on=day, member_id=who)
    page = main_window.show_page("resources")
    page.ask = lambda *_args: True
    settle()
    page.show_item(item.id)
    settle()
    page.act(f"cancel:{booking.id}")
    settle()
    assert get_reservation(workspace.uow(), reservation_id=booking.id).status == "cancelled"
    bar = main_window.undo_bar
    assert bar.message.text() == (
        "Cancelled the reservation of \u2068Zebra gazebo\u2069 for \u2068Ottilie Brandvold\u2069."
    )
    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    settle()
    assert get_reservation(workspace.uow(), reservation_id=booking.id).status == "booked"


def test_the_bar_takes_no_alt_letter_from_the_page_it_shows_over(
    qtbot, main_window, page, app_context
) -> None:  # type: ignore[no-untyped-def]
    delete(qtbot, page, app_context, "Ottilie Brandvold")
    grants = main_window.show_page("grants")
    settle()
    assert main_window.undo_bar.isVisible()
    grants.view.setFocus()
    qtbot.keyClick(grants.view, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    settle()
    assert grants.detail.current_tab() is grants.detail.reimbursements  # Alt+U: its tab


def test_shift_tab_from_the_sidebar_reaches_the_bar_and_space_undoes(
    qtbot, main_window, page, app_context
) -> None:  # type: ignore[no-untyped-def]
    delete(qtbot, page, app_context, "Ottilie Brandvold")
    bar = main_window.undo_bar
    assert bar.close_button.accessibleName() == "Close the message"
    main_window.sidebar.setFocus()
    qtbot.keyClick(main_window.sidebar, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is bar.close_button
    qtbot.keyClick(bar.close_button, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is bar.undo_button
    qtbot.keyClick(bar.undo_button, Qt.Key.Key_Space)
    settle()
    assert "Ottilie Brandvold" in shown_names(page)


def test_ctrl_z_in_a_text_field_undoes_the_typing_not_the_delete(
    qtbot, main_window, page, app_context
) -> None:  # type: ignore[no-untyped-def]
    delete(qtbot, page, app_context, "Ottilie Brandvold")
    page.search_edit.setFocus()
    qtbot.keyClicks(page.search_edit, "Ott")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert page.search_edit.text() != "Ott"
    assert main_window.undo_bar.message.text() == "Deleted \u2068Ottilie Brandvold\u2069."
    assert main_window.undo_bar.action.isEnabled()
