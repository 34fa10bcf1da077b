"""An area with nothing in it says what it is for and offers the first thing to do, inside the
list where the rows would be; a search that hides every row says how to see them again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from support.gui import settle

from groupdesk.app import gui_settings_file
from groupdesk.services.grants.records import add_grant
from groupdesk.services.workspace import Workspace
from groupdesk.ui.context import AppContext
from groupdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def empty_window(qtbot, group_workspace: Workspace) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    settings = QSettings(str(gui_settings_file(group_workspace.paths)), QSettings.Format.IniFormat)
    context = AppContext(group_workspace, settings)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle()
    yield window
    window.close()
    context.wait_for_background_work()


@pytest.mark.parametrize(
    ("key", "says", "offers", "dialog"),
    [
        ("meetings", "Nothing is planned yet", "Plan the first meeting…", "MeetingDialog"),
        ("resources", "No items yet", "Add the first item…", "ItemDialog"),
        ("grants", "None yet", "Add the first grant…", "GrantDialog"),
    ],
)
def test_an_empty_area_says_what_it_is_for_and_its_button_starts_the_first_record(
    qtbot, empty_window, key: str, says: str, offers: str, dialog: str
) -> None:  # type: ignore[no-untyped-def]
    page = empty_window.show_page(key)
    settle()
    empty = page.empty_label
    assert empty.isVisible() and says in empty.text()
    assert empty.button.isVisible() and empty.button.text() == offers
    # It sits inside the list, covering where the rows would be.
    viewport = empty.parentWidget()
    assert empty.geometry() == viewport.rect()
    label = empty.label
    assert label.height() >= label.heightForWidth(label.width())  # every line of it in sight
    empty.button.click()
    opened = page.active_dialog
    assert type(opened).__name__ == dialog
    opened.reject()


def test_a_search_hiding_every_row_says_how_to_see_them_and_a_new_record_clears_it(
    qtbot, empty_window
) -> None:  # type: ignore[no-untyped-def]
    context = empty_window.context
    page = empty_window.show_page("grants")
    settle()
    add_grant(context.uow(), values={"title": "Hall roof"})
    context.announce({"grants"})
    settle()
    assert not page.empty_label.isVisible()
    qtbot.keyClicks(page.search_edit, "zebra")
    assert page.empty_label.isVisible() and "Clear it" in page.empty_label.text()
    assert not page.empty_label.button.isVisible()
    page.search_edit.clear()
    assert not page.empty_label.isVisible()


def test_with_no_grant_chosen_the_detail_says_to_choose_one(qtbot, empty_window) -> None:  # type: ignore[no-untyped-def]
    """It showed a greyed form of captions with nothing beside them and no heading."""
    overview = empty_window.show_page("grants").detail.overview
    settle()
    assert overview.title_label.isEnabled() and overview.title_label.isVisible()
    assert overview.title_label.text() == "Choose a grant in the list."
    assert not any(value.isVisible() for value in overview.values.values())
    assert not overview.move_box.isVisible()
