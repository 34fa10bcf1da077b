"""Keys every dialog shares: Esc closes at once when nothing was typed and asks first when
something was; Ctrl+S saves; a dialog that only finds things closes without asking."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from support.gui import answer_question, settle

from groupdesk.services.grants.records import list_grants

pytestmark = pytest.mark.gui


def open_grant_dialog(qtbot, main_window):  # type: ignore[no-untyped-def]
    page = main_window.show_page("grants")
    settle()
    dialog = page.open_new_dialog()
    qtbot.waitExposed(dialog)
    settle()
    return dialog


def closed(dialog) -> bool:  # type: ignore[no-untyped-def]
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def test_esc_on_an_untouched_form_closes_it_at_once(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    dialog = open_grant_dialog(qtbot, main_window)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert closed(dialog)


def test_esc_after_typing_asks_and_keeping_on_loses_nothing(
    qtbot, app_context, main_window
) -> None:  # type: ignore[no-untyped-def]
    before = len(list_grants(app_context.uow()))
    dialog = open_grant_dialog(qtbot, main_window)
    qtbot.keyClicks(dialog.title_edit, "Zebra crossing fund")
    asked = answer_question("Keep editing")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert asked == ["What you typed in “\u2068New grant\u2069” has not been saved."]
    assert dialog.isVisible() and dialog.title_edit.text() == "Zebra crossing fund"

    answer_question("Close without saving")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert closed(dialog)
    settle()
    assert len(list_grants(app_context.uow())) == before


def test_ctrl_s_saves_the_form(qtbot, app_context, main_window) -> None:  # type: ignore[no-untyped-def]
    dialog = open_grant_dialog(qtbot, main_window)
    qtbot.keyClicks(dialog.title_edit, "Zebra crossing fund")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert "Zebra crossing fund" in [g.title for g in list_grants(app_context.uow())]
    assert closed(dialog)


def test_a_dialog_that_only_finds_things_closes_without_asking(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.ui.search import open_search

    dialog = open_search(main_window, main_window.context)
    settle()
    qtbot.keyClicks(dialog.query_edit, "ana")
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Escape)
    assert closed(dialog)
