"""Start the GUI on a data folder: first-start welcome if it has no group, then the main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from groupdesk.config import DataPaths

#: The app's icon (drawn by packaging/icons.py), for its windows and the taskbar.
ICON = Path(__file__).resolve().parent / "resources" / "icon.png"

if TYPE_CHECKING:
    from groupdesk.ui.language import Translations
    from groupdesk.ui.main_window import MainWindow


def demo_paths(paths: DataPaths) -> DataPaths:
    """The demo lives beside the real data folder, never inside it."""
    return DataPaths(paths.root.with_name(paths.root.name + "-demo"))


def gui_settings_file(paths: DataPaths) -> Path:
    return paths.root / "gui-settings.ini"


def create_window(paths: DataPaths) -> MainWindow:
    """The main window over `paths` (which must hold a group and be up to date), made before
    its workspace opens: the workspace opens once the Dashboard's figures are on screen
    (`AppContext.open_after_queued_reads`; `docs/architecture.md`, "The window before the
    workspace")."""
    from PySide6.QtCore import QSettings

    from groupdesk.ui.context import AppContext
    from groupdesk.ui.main_window import MainWindow

    settings = QSettings(str(gui_settings_file(paths)), QSettings.Format.IniFormat)
    context = AppContext.before_opening(paths, settings)
    window = MainWindow(context)
    context.open_after_queued_reads()
    return window


def ensure_group(paths: DataPaths) -> DataPaths | None:
    """Ask first-start questions if `paths` has no group; returns the folder to open, or None."""
    from groupdesk.services.group_values import read_group

    if read_group(paths.database) is not None:  # the standard library: no ORM imported yet
        return paths
    from groupdesk.services.demo import make_demo
    from groupdesk.services.settings import has_group
    from groupdesk.services.workspace import open_workspace
    from groupdesk.ui.dialogs.welcome import WelcomeDialog

    workspace = open_workspace(paths)
    try:
        use_look(paths)  # the welcome comes before the main window, which puts the look on
        dialog = WelcomeDialog(workspace)
        if not dialog.exec():
            return None
    finally:
        workspace.close()
    if dialog.choice == "demo":
        demo = demo_paths(paths)
        demo_workspace = open_workspace(demo)
        try:
            if not has_group(demo_workspace.uow()):
                make_demo(demo_workspace.uow(immediate=True))  # a bulk write, as the CLI's
        finally:
            demo_workspace.close()
        return demo
    return paths


def use_language(translations: Translations, paths: DataPaths) -> None:
    """The screens in the language chosen on this laptop for `paths` (Settings), else the
    system's."""
    from PySide6.QtCore import QSettings

    from groupdesk.ui.language import chosen_language

    settings = QSettings(str(gui_settings_file(paths)), QSettings.Format.IniFormat)
    translations.use(chosen_language(settings))


def use_look(paths: DataPaths) -> None:
    """The colours (light, dark, high contrast, or the system's) and text size chosen on this
    laptop for `paths` (Settings), so a first start in a dark room is not a white flash."""
    from PySide6.QtCore import QSettings

    from groupdesk.ui.theme import install_theme

    install_theme(QSettings(str(gui_settings_file(paths)), QSettings.Format.IniFormat))


def run_app(paths: DataPaths) -> int:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from groupdesk import __version__
    from groupdesk.services.folder_lock import DataFolderInUse, hold_data_folder
    from groupdesk.ui.collector import install_collector
    from groupdesk.ui.crash import CrashHandler
    from groupdesk.ui.language import Translations
    from groupdesk.ui.style import STYLE_SHEET
    from groupdesk.ui.upgrading import bring_up_to_date

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    install_collector(app)
    app.setApplicationName("GroupDesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("groupdesk")  # Wayland and GNOME match the window to its menu entry
    app.setWindowIcon(QIcon(str(ICON)))
    app.setStyleSheet(STYLE_SHEET)
    translations = Translations(app)
    use_language(translations, paths)  # the welcome questions too
    try:
        lock = hold_data_folder(paths, doing="opening it again")
    except DataFolderInUse as problem:
        QMessageBox.information(None, "GroupDesk", str(problem))
        return 1
    crashes = CrashHandler(paths.log_file).install()
    try:
        if not bring_up_to_date(paths):
            return 1
        chosen = ensure_group(paths)
        if chosen is None:
            return 0
        if chosen != paths:  # the demo keeps its own settings
            use_language(translations, chosen)
        window = create_window(chosen)
        window.show()
        return int(app.exec())
    finally:
        crashes.uninstall()
        lock.release()
