"""Window-wide keys: F5 syncs from any page; Help → Keyboard shortcuts lists every shortcut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from support.gui import settle

from groupdesk.services.sync.setup import init_folder
from groupdesk.ui.shortcuts import SHORTCUTS, ShortcutsDialog, keys_text

pytestmark = pytest.mark.gui


def press_f5(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    qtbot.keyClick(main_window, Qt.Key.Key_F5)
    settle()


def test_f5_on_a_laptop_that_does_not_sync_shows_how_to_set_it_up(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    main_window.show_page("members")
    press_f5(qtbot, main_window)
    page = main_window.page("sync")
    assert main_window.current_key() == "sync"
    assert "does not sync yet" in page.where.text() and page.last_report is None


def test_f5_from_another_page_syncs_once_the_status_is_read(
    qtbot, app_context, main_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    init_folder(app_context.workspace, folder=tmp_path / "stick", name="Ana's laptop")
    main_window.show_page("grants")
    press_f5(qtbot, main_window)
    page = main_window.page("sync")
    assert main_window.current_key() == "sync"
    qtbot.waitUntil(lambda: page.last_report is not None, timeout=30_000)
    assert page.sync_button.isEnabled()


def test_help_lists_every_shortcut_as_this_platform_writes_it(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    action = next(
        a
        for a in main_window.findChildren(type(main_window.menuBar().actions()[0]))
        if a.objectName() == "shortcutsAction"
    )
    action.trigger()
    dialog = main_window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    shown = [
        (dialog.table.item(row, 0).text(), dialog.table.item(row, 1).text())
        for row in range(dialog.table.rowCount())
    ]
    assert shown == [(keys_text(keys), what) for keys, what in SHORTCUTS]
    assert ("F5", "Sync now (once sync is set up)") in shown
    assert keys_text("Ctrl+1 … Ctrl+8") == "Ctrl+1 … Ctrl+8"  # Linux and Windows; ⌘1 … on a Mac
    dialog.reject()


def press_ctrl_p(qtbot, main_window):  # type: ignore[no-untyped-def]
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    qtbot.keyClick(main_window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert main_window.current_key() == "reports"
    return main_window.page("reports")


def test_ctrl_p_prints_what_the_page_has_chosen(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    main_window.show_page("members")
    settle()
    assert press_ctrl_p(qtbot, main_window).entry().key == "roster"

    grants = main_window.show_page("grants")
    settle()
    chosen = grants.chosen_id
    assert chosen is not None  # the first grant is chosen when the page opens
    reports = press_ctrl_p(qtbot, main_window)
    assert (reports.entry().key, reports.subject()) == ("grant", chosen)

    main_window.show_page("dashboard")
    settle()
    press_ctrl_p(qtbot, main_window)  # a page that prints nothing of its own: the Reports page
