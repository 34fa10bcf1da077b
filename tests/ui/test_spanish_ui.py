"""The main window in Spanish: with the Spanish catalogue loaded, the sidebar, the menus and
every page show no English string the code marks for translation."""

from __future__ import annotations

import pytest
from support.gui import settle
from support.untranslated import english_left, english_strings

pytestmark = pytest.mark.gui
#: Every page of the sidebar.
SPANISH_PAGES = (
    "dashboard",
    "members",
    "meetings",
    "resources",
    "grants",
    "reports",
    "sync",
    "settings",
)
#: Words the same in both languages, which Spanish keeps as they are.
SAME_IN_SPANISH = {"Normal", "Mentor", "GroupDesk", "A4", "material", "final"}


@pytest.mark.parametrize("key", SPANISH_PAGES)
def test_the_page_shows_no_english_in_spanish(qtbot, spanish, app_context, key: str) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.ui.main_window import MainWindow

    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page(key)
    settle()
    members_table = getattr(page, "table", None)
    if key == "members" and members_table is not None:
        members_table.selectRow(0)  # the member's details too
        settle()
    assert [window.sidebar.item(row).text() for row in range(3)] == [
        "Panel",
        "Miembros",
        "Reuniones",
    ]
    left = english_left(window, english_strings(SAME_IN_SPANISH))
    assert not left, "English left in Spanish:\n" + "\n".join(left)
    window.close()


def test_dialogs_of_the_main_window_show_no_english_in_spanish(qtbot, spanish, app_context) -> None:  # type: ignore[no-untyped-def]
    """Add a member, a page's guide, Help → About and Help → Keyboard shortcuts."""
    from groupdesk.ui.help_menu import AboutDialog
    from groupdesk.ui.main_window import MainWindow
    from groupdesk.ui.members.member_dialog import MemberDialog
    from groupdesk.ui.shortcuts import ShortcutsDialog

    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    settle()
    english = english_strings(SAME_IN_SPANISH)
    dialogs = [
        MemberDialog(app_context),
        window.show_page("members").show_guide(),
        AboutDialog(app_context.workspace.paths.root, window),
        ShortcutsDialog(window),
    ]
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        settle()
        left = english_left(dialog, english)
        assert not left, f"English left in {dialog.windowTitle()}:\n" + "\n".join(left)
        dialog.close()
    window.close()
