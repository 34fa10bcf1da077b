"""The main window in Spanish: with the Spanish catalogue loaded, the sidebar, the menus and
every page show no English string the code marks for translation."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabWidget,
    QWidget,
)
from support.gui import settle

from groupdesk.ui.language import TRANSLATIONS

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


def plain(text: str) -> str:
    """`text` as shown: no accelerator ampersand, no surrounding space."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def english_strings() -> set[str]:
    """Every English string the code marks for translation, as a person would see it."""
    root = ET.parse(TRANSLATIONS / "groupdesk_es.ts").getroot()
    found = {plain(source.text or "") for source in root.iter("source")}
    lettered = {text for text in found if any(c.isascii() and c.isalpha() for c in text)}
    return {text for text in lettered if "{" not in text} - SAME_IN_SPANISH


def shown_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for everything a person reads on `widget`."""
    yield "tooltip", widget.toolTip()
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        yield "text", widget.text()
    if isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QGroupBox):
        yield "title", widget.title()
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield "choice", widget.itemText(index)
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield "tab", widget.tabText(index)
    if isinstance(widget, QListWidget):
        for row in range(widget.count()):
            yield "item", widget.item(row).text()
            yield "item tooltip", widget.item(row).toolTip()
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model, top = widget.model(), QModelIndex()
        columns = model.columnCount(top)
        for column in range(columns):
            yield "heading", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for row in range(min(model.rowCount(top), 20)):
            for column in range(columns):
                yield "cell", str(model.index(row, column).data() or "")


def english_left(window: QWidget, english: set[str]) -> list[str]:
    found = [f"window title: {window.windowTitle()}"] if window.windowTitle() in english else []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() and not isinstance(widget, QMenu):
            continue
        for what, text in shown_texts(widget):
            if plain(text) in english:
                found.append(f"{type(widget).__name__} {widget.objectName()!r} {what}: {text!r}")
    for menu in window.findChildren(QMenu):
        for action in menu.actions():
            if plain(action.text()) in english:
                found.append(f"menu {menu.title()!r}: {action.text()!r}")
    return found


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
    left = english_left(window, english_strings())
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
    english = english_strings()
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
