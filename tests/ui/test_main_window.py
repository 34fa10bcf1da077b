"""The main window: a sidebar of every page, shortcuts, and a layout remembered between runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel
from support.gui import settle

from groupdesk.app import create_window, gui_settings_file
from groupdesk.services.demo import DEMO_GROUP_NAME
from groupdesk.services.settings import update_settings
from groupdesk.services.workspace import Workspace
from groupdesk.ui.main_window import PAGE_KEY
from groupdesk.ui.pages import PAGES
from groupdesk.ui.pages.base import Page

pytestmark = pytest.mark.gui
TITLES = ["Dashboard", "Members", "Meetings", "Resources", "Grants", "Reports", "Sync", "Settings"]


def shown_page(window) -> Page:  # type: ignore[no-untyped-def]
    page = window.stack.currentWidget()
    assert isinstance(page, Page)
    assert page.isVisible()
    return page


def test_the_sidebar_lists_every_page_in_order(main_window) -> None:  # type: ignore[no-untyped-def]
    sidebar = main_window.sidebar
    assert [sidebar.item(row).text() for row in range(sidebar.count())] == TITLES
    assert sidebar.item(0).toolTip() == "Dashboard (Ctrl+1)"


def test_clicking_each_sidebar_item_shows_its_page(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    sidebar = main_window.sidebar
    for row in [*range(1, sidebar.count()), 0]:
        rect = sidebar.visualItemRect(sidebar.item(row))
        qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        page = shown_page(main_window)
        assert page.key == PAGES[row].key
        assert main_window.current_key() == PAGES[row].key
        assert sidebar.currentRow() == row
        labels = page.findChildren(QLabel)
        headings = [label.text() for label in labels if label.objectName() == "pageHeading"]
        assert headings, f"{page.key} has no heading"
    assert headings == [DEMO_GROUP_NAME]  # the dashboard's heading is the group's name


def test_pages_not_built_yet_say_so_plainly(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    for key in ("members", "meetings", "resources", "grants", "reports", "sync"):
        page = main_window.show_page(key)
        texts = " ".join(label.text() for label in page.findChildren(QLabel))
        if "not built yet" not in texts:  # a page someone has built since: nothing to check
            continue
        assert "Nothing is stored here so far." in texts


def test_ctrl_and_a_number_shows_that_page(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    for number in [*range(2, len(PAGES) + 1), 1]:
        qtbot.keyClick(
            main_window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier
        )
        assert shown_page(main_window).key == PAGES[number - 1].key
        assert main_window.sidebar.currentRow() == number - 1


def test_the_title_names_the_group_and_follows_a_rename(main_window, app_context) -> None:  # type: ignore[no-untyped-def]
    assert main_window.windowTitle() == f"\u2068{DEMO_GROUP_NAME}\u2069 — GroupDesk"
    update_settings(app_context.uow(), name="Riverside Tenants")
    app_context.announce({"settings"})
    settle()
    assert main_window.windowTitle() == "\u2068Riverside Tenants\u2069 — GroupDesk"


def test_window_size_and_last_page_are_remembered_across_a_restart(
    qtbot, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    paths = demo_workspace.paths
    demo_workspace.close()
    window = create_window(paths)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(720, 520)  # within the offscreen screen (800x600)
    window.splitter.setSizes([260, 460])
    window.show_page("grants")
    window.close()
    window.context.workspace.close()

    settings_file = gui_settings_file(paths)
    assert settings_file.is_file() and settings_file.parent == paths.root
    assert QSettings(str(settings_file), QSettings.Format.IniFormat).value(PAGE_KEY) == "grants"

    again = create_window(paths)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    try:
        assert (again.width(), again.height()) == (720, 520)
        assert again.current_key() == "grants"
        assert again.sidebar.currentItem().text() == "Grants"
        assert again.splitter.sizes()[0] == 260
    finally:
        again.close()
        again.context.workspace.close()


def test_a_first_start_opens_on_the_dashboard(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    paths = demo_workspace.paths
    assert not Path(gui_settings_file(paths)).exists()
    window = create_window(paths)
    qtbot.addWidget(window)
    try:
        assert window.current_key() == "dashboard"
    finally:
        window.close()
        window.context.workspace.close()


def test_the_sidebar_is_as_wide_as_its_longest_page_name_and_no_wider(main_window) -> None:  # type: ignore[no-untyped-def]
    sidebar = main_window.sidebar
    longest = max(
        sidebar.fontMetrics().horizontalAdvance(sidebar.item(row).text())
        for row in range(sidebar.count())
    )
    width = main_window.splitter.sizes()[0]
    assert longest < width < longest + 80  # was 200 px: a sixth of an old laptop's screen
