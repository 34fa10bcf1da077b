"""The keyboard shortcuts a volunteer can use anywhere, listed in one place: Help → Keyboard
shortcuts shows this list, and the window-wide ones are installed from here, so the list and the
keys cannot drift apart. Shortcuts that belong to one page or dialog are made there; their line
here says where."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from groupdesk.registry import QT_TRANSLATE_NOOP

#: (keys, what they do), in the order a newcomer needs them.
SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Ctrl+K", QT_TRANSLATE_NOOP("Shortcuts", "Find anything: members, meetings, items, grants…")),
    ("Ctrl+1 … Ctrl+8", QT_TRANSLATE_NOOP("Shortcuts", "Go to a page, in the sidebar's order")),
    ("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "New member, meeting, item or grant on its page")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Search the page shown")),
    ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "Open what is chosen in a list")),
    (
        "Esc",
        QT_TRANSLATE_NOOP("Shortcuts", "Close a dialog (it asks first if you typed something)"),
    ),
    (
        "Alt+letter",
        QT_TRANSLATE_NOOP("Shortcuts", "The button or field with that letter underlined"),
    ),
    (
        "Ctrl+P",
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Print: the chosen meeting's agenda, grant's report, the roster…"
        ),
    ),
    ("F5", QT_TRANSLATE_NOOP("Shortcuts", "Sync now (once sync is set up)")),
    ("Ctrl++ / Ctrl+-", QT_TRANSLATE_NOOP("Shortcuts", "Larger or smaller text")),
    ("Ctrl+0", QT_TRANSLATE_NOOP("Shortcuts", "The usual text size")),
    ("Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "Save, in any form")),
    (
        "Ctrl+Z",
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Undo the last delete, merge, return, move or import (Edit → Undo)"
        ),
    ),
    ("Delete", QT_TRANSLATE_NOOP("Shortcuts", "Delete the chosen member (Members page)")),
    (
        "Alt+Left / Alt+Right",
        QT_TRANSLATE_NOOP("Shortcuts", "The week before or after (Resources, Week)"),
    ),
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("Shortcuts", "Make the report chosen (Reports page)")),
    ("Page Up / Page Down", QT_TRANSLATE_NOOP("Shortcuts", "Page through a report's preview")),
)


def install_window_shortcuts(
    window: QMainWindow, *, sync_now: Callable[[], object], print_report: Callable[[], object]
) -> None:
    """F5 anywhere: sync now; Ctrl+P: print what the page shows (the main window's own)."""
    for keys, act in (
        (QKeySequence(Qt.Key.Key_F5), sync_now),
        (QKeySequence(QKeySequence.StandardKey.Print), print_report),
    ):
        shortcut = QShortcut(keys, window)
        shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        shortcut.activated.connect(act)


def edit_menu(window: QMainWindow) -> QMenu:
    """The window's one Edit menu (Undo, Find everywhere…), made by whichever asks first."""
    menu = window.menuBar().findChild(QMenu, "editMenu")
    if menu is None:
        menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        menu.setObjectName("editMenu")
    return menu


def keys_text(keys: str) -> str:
    """`keys` as this platform writes them (⌘K on a Mac for Ctrl+K); "Ctrl+1 … Ctrl+8" and
    "Alt+Left / Alt+Right" part by part; "Alt+letter" in the screens' language."""
    if keys == "Alt+letter":
        return QCoreApplication.translate("Shortcuts", "Alt+letter")
    parts = re.split(r"( … | / )", keys)
    return "".join(
        part
        if part in (" … ", " / ")
        else QKeySequence(part).toString(QKeySequence.SequenceFormat.NativeText) or part
        for part in parts
    )


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts: every shortcut and what it does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(SHORTCUTS), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, (keys, what) in enumerate(SHORTCUTS):
            self.table.setItem(row, 0, QTableWidgetItem(keys_text(keys)))
            self.table.setItem(
                row, 1, QTableWidgetItem(QCoreApplication.translate("Shortcuts", what))
            )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 520)
