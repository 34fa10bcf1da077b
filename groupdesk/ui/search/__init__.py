"""Search everything, from any page: Edit → Find everywhere… (Ctrl+K)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from groupdesk.ui.context import AppContext
from groupdesk.ui.search.dialog import SearchDialog
from groupdesk.ui.shortcuts import edit_menu


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
    dialog = SearchDialog(context, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
    return dialog
