"""Search everything, from any page: Edit → Find everywhere… (Ctrl+K)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from groupdesk.ui.context import AppContext
from groupdesk.ui.shortcuts import edit_menu

if TYPE_CHECKING:
    from groupdesk.ui.search.dialog import SearchDialog


def install_search(window: QMainWindow, context: AppContext) -> QAction:
    """Add Edit → Find everywhere… to the window's menu bar, with Ctrl+K from anywhere."""
    menu = edit_menu(window)
    action = QAction(QCoreApplication.translate("MainWindow", "&Find everywhere…"), window)
    action.setObjectName("findEverywhereAction")
    action.setShortcut(QKeySequence("Ctrl+K"))
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.triggered.connect(lambda: open_search(window, context))
    menu.addAction(action)
    return action


def open_search(window: QMainWindow, context: AppContext) -> SearchDialog:
    from groupdesk.ui.search.dialog import SearchDialog  # the ORM: not before the window is up

    dialog = SearchDialog(context, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
    return dialog
