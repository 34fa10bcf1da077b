"""The Resources list: a long item name shows whole where the window has room (the name's
column takes it, the short columns keep to their words), and where it has not, is cut with its
whole name in a tooltip and read whole by a screen reader."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from support.gui import settle

from groupdesk.services.resources.records import ItemData, add_item
from groupdesk.services.workspace import Workspace
from groupdesk.ui.resources.page import ResourcesPage

pytestmark = pytest.mark.gui

#: Sixty characters.
LONG_NAME = "Allotment shed by the canal path, plot 14, and its blue door"


@pytest.fixture
def shed(demo_workspace: Workspace) -> ItemData:
    assert len(LONG_NAME) == 60
    return add_item(demo_workspace.uow(), values={"name": LONG_NAME, "kind": "space"})


def shown(qtbot, app_context, width: int) -> ResourcesPage:  # type: ignore[no-untyped-def]
    page = ResourcesPage(app_context)
    qtbot.addWidget(page)
    page.resize(width, 760)
    page.show()
    qtbot.waitExposed(page)
    settle()
    return page


def name_cell(page: ResourcesPage, item: ItemData):  # type: ignore[no-untyped-def]
    page.show_item(item.id)
    settle()
    row = next(row for row, record in enumerate(page.items.records()) if record.id == item.id)
    return page.items.index(row, 0)


def open_resources(qtbot, app_context, width: int):  # type: ignore[no-untyped-def]
    """The Resources page in the main window, `width` wide, 768 high (a laptop's screen)."""
    from groupdesk.ui.main_window import MainWindow

    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.resize(width, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("resources")
    settle()
    return page


def test_a_long_name_shows_whole_at_a_laptops_window_width(qtbot, app_context, shed) -> None:  # type: ignore[no-untyped-def]
    page = open_resources(qtbot, app_context, 1280)
    whole_name_shows(page, shed)


def test_a_long_name_shows_whole_in_spanish_too(qtbot, spanish, app_context, shed) -> None:  # type: ignore[no-untyped-def]
    """Spanish words are longer ("prestado, vuelve el 28 may 2026"): at 1366, the commonest
    laptop screen."""
    page = open_resources(qtbot, app_context, 1366)
    assert page.items.headerData(2, Qt.Orientation.Horizontal) != "Now"  # in Spanish
    whole_name_shows(page, shed)


def whole_name_shows(page: ResourcesPage, shed: ItemData) -> None:
    """The name's column is as wide as the name (it was 22 characters: "Allotment shed by t…"),
    and the short columns hold their words whole, for every item."""
    cell = name_cell(page, shed)
    table = page.table
    assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance(LONG_NAME)
    assert not table.is_cut(cell)
    for row in range(page.items.rowCount()):
        for column in (1, 3):
            assert not table.is_cut(page.items.index(row, column)), (row, column)
    assert not table.is_cut(cell.siblingAtColumn(2))
    assert table.horizontalScrollBar().maximum() == 0  # all of it in sight


def test_a_name_too_long_for_the_window_is_cut_its_whole_text_in_a_tooltip_and_read_whole(
    qtbot, app_context, shed
) -> None:  # type: ignore[no-untyped-def]
    page = shown(qtbot, app_context, 760)
    cell = name_cell(page, shed)
    table = page.table
    assert table.is_cut(cell)
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole) == LONG_NAME
    QToolTip.hideText()
    hover(table, cell)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == LONG_NAME
    kind = cell.siblingAtColumn(1)  # "space", whole: nothing to add
    assert not table.is_cut(kind)
    hover(table, kind)
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


def test_the_item_detail_beside_the_list_is_no_wider_than_its_tabs(
    qtbot, app_context, shed
) -> None:  # type: ignore[no-untyped-def]
    """A row of three reservation buttons on one line made the detail 510 px at least, and the
    list beside it had that much less room for names: the detail's buttons wrap now."""
    page = shown(qtbot, app_context, 1100)
    name_cell(page, shed)
    detail = page.detail_pane
    tabs = detail.tabs.tabBar().sizeHint().width()
    assert detail.minimumSizeHint().width() <= tabs
    assert detail.width() <= tabs + 2  # the rest of the room is the list's


def hover(table, index) -> None:  # type: ignore[no-untyped-def]
    """Rest the pointer on a cell: Qt's tooltip event, as after a moment's pause."""
    at = table.visualRect(index).center()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, at, table.viewport().mapToGlobal(at))
    QApplication.sendEvent(table.viewport(), event)
