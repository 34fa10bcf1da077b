"""Search everything (Ctrl+K): typed words find records of every kind, grouped; the keyboard
moves through them and Enter opens the one chosen where the app shows it."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from support.gui import settle

from groupdesk.services.grants.expenses import list_expenses
from groupdesk.services.grants.records import list_grants
from groupdesk.services.meetings.actions import list_actions
from groupdesk.services.members.records import add_member
from groupdesk.ui.grants.funders_dialog import FunderDialog
from groupdesk.ui.meetings.action_dialog import ActionDialog
from groupdesk.ui.search.dialog import SearchDialog

pytestmark = pytest.mark.gui


def open_search(qtbot, main_window) -> SearchDialog:  # type: ignore[no-untyped-def]
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    qtbot.keyClick(main_window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = main_window.findChild(SearchDialog)
    assert dialog is not None and dialog.isVisible()
    settle()  # the index is read
    assert dialog.query_edit.hasFocus()
    return dialog


def closed(dialog: SearchDialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def test_ctrl_k_finds_a_member_by_name_accent_blind_and_enter_opens_them(
    qtbot, main_window
) -> None:  # type: ignore[no-untyped-def]
    main_window.show_page("grants")
    dialog = open_search(qtbot, main_window)
    assert "Type to find members" in dialog.status.text()
    qtbot.keyClicks(dialog.query_edit, "lukasz nowak")
    assert dialog.hits()[0].title == "Łukasz Nowak"
    assert dialog.results.topLevelItem(0).text(0) == "Members"
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    settle()
    assert closed(dialog) and main_window.current_key() == "members"
    page = main_window.show_page("members")
    member_id = page.current_member_id()
    assert member_id is not None and page.model.row_at(page.model.row_of(member_id)).full_name == (
        "Łukasz Nowak"
    )


def test_an_expense_found_by_its_payee_opens_its_grant_on_the_expenses_tab(
    qtbot, app_context, main_window
) -> None:  # type: ignore[no-untyped-def]
    expense = list_expenses(app_context.uow())[0]
    dialog = open_search(qtbot, main_window)
    qtbot.keyClicks(dialog.query_edit, f"{expense.payee} {expense.description or ''}")
    hits = dialog.hits()
    assert expense.id in [hit.row_id for hit in hits]
    # Down moves through the hits while the typing stays in the box.
    for _ in range([hit.row_id for hit in hits].index(expense.id)):
        qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Down)
    assert dialog.results.currentItem().text(0) == expense.payee
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    settle()
    page = main_window.show_page("grants")
    assert page.detail.current_tab() is page.detail.expenses
    assert page.chosen_id == expense.grant_id


def test_an_action_and_a_funder_open_in_their_own_dialogs(qtbot, app_context, main_window) -> None:  # type: ignore[no-untyped-def]
    action = list_actions(app_context.uow())[0]
    dialog = open_search(qtbot, main_window)
    qtbot.keyClicks(dialog.query_edit, action.text)
    [item] = [
        i for i in dialog.hit_items if dialog.hits()[dialog.hit_items.index(i)].row_id == action.id
    ]
    dialog.results.setCurrentItem(item)
    dialog.open_current()
    settle()
    opened = QApplication.activeModalWidget() or main_window.findChild(ActionDialog)
    assert isinstance(opened, ActionDialog) and opened.action_id == action.id
    opened.reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)

    dialog = open_search(qtbot, main_window)
    funders = next(kind for kind in dialog.index.kinds if kind.record == "funder")
    funder = funders.hit(funders.rows[0])
    qtbot.keyClicks(dialog.query_edit, funder.title)
    # Its grants come first (found by their funder); Down reaches the funder itself.
    for _ in range(dialog.hits().index(funder)):
        qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Down)
    assert dialog.results.currentItem().text(0) == funder.title
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Enter)
    settle()
    opened = main_window.show_page("grants").active_dialog
    assert isinstance(opened, FunderDialog) and opened.name_edit.text() == funder.title


def test_nothing_found_is_said_and_a_record_added_meanwhile_is_found(
    qtbot, app_context, main_window
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_search(qtbot, main_window)
    qtbot.keyClicks(dialog.query_edit, "Xiomara")
    assert dialog.hits() == [] and dialog.status.text() == "Nothing matches “\u2068Xiomara\u2069”."
    add_member(
        app_context.uow(), values={"full_name": "Xiomara Quispe"}, today=app_context.uow().today()
    )
    app_context.announce({"members"})
    settle()
    assert [hit.title for hit in dialog.hits()] == ["Xiomara Quispe"]
    assert dialog.status.text() == "1 found"
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Escape)
    assert closed(dialog)


def test_a_grant_s_state_and_a_member_s_status_are_shown_in_arabic(
    qtbot, arabic, app_context
) -> None:  # type: ignore[no-untyped-def]
    dialog = SearchDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()  # the index is read
    qtbot.keyClicks(dialog.query_edit, "Community garden tools")
    [grant] = [
        item
        for item in dialog.hit_items
        if item.data(0, Qt.ItemDataRole.UserRole).record == "grant"
    ]
    assert "فرصة محتملة" in grant.text(1) and "prospect" not in grant.text(1)
    dialog.query_edit.clear()
    qtbot.keyClicks(dialog.query_edit, "lukasz nowak")
    status = dialog.hit_items[0].text(1)
    assert "نشِط" in status and "active" not in status


def test_an_expense_s_detail_is_joined_with_the_arabic_comma(qtbot, arabic, app_context) -> None:  # type: ignore[no-untyped-def]
    titles = {grant.id: grant.title for grant in list_grants(app_context.uow())}
    expense = next(e for e in list_expenses(app_context.uow()) if ", " not in titles[e.grant_id])
    dialog = SearchDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()  # the index is read
    qtbot.keyClicks(dialog.query_edit, f"{expense.payee} {expense.description or ''}")
    [found] = [
        item
        for item in dialog.hit_items
        if item.data(0, Qt.ItemDataRole.UserRole).row_id == expense.id
    ]
    detail = found.text(1)
    assert detail.count("، ") == 2 and ", " not in detail, detail
