"""GUI fixtures: the real main window over a real data folder, offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from support.catalogues import build_catalogue
from support.gui import settle

from groupdesk.services.workspace import Workspace


@pytest.fixture(autouse=True)
def _windows_deleted(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Each test's windows and dialogs are deleted after it (without a close event, which may
    ask a question). Left alive, every later style or theme change restyled them all: a theme
    test took 28 s after the rest of the suite in one worker, 1 s alone. The application's
    style sheet is put back too: a test at "Very large" text left every later test in its
    worker at 18 points."""
    style = qapp.styleSheet()
    yield
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, (QMainWindow, QDialog)):
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if qapp.styleSheet() != style:  # once the windows are gone, so none is restyled
        qapp.setStyleSheet(style)


@pytest.fixture
def app_context(qtbot, demo_workspace: Workspace) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """The GUI's context over the demo group, with its QSettings file in the data folder."""
    from PySide6.QtCore import QSettings

    from groupdesk.app import gui_settings_file
    from groupdesk.ui.context import AppContext

    settings = QSettings(str(gui_settings_file(demo_workspace.paths)), QSettings.Format.IniFormat)
    context = AppContext(demo_workspace, settings)
    yield context
    context.wait_for_background_work()
    context.workspace.close()  # a restore may have swapped in a workspace of its own


@pytest.fixture
def spanish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The screens in Spanish (the committed .ts, compiled for the test)."""
    from PySide6.QtWidgets import QApplication

    from groupdesk.ui.language import Translations

    build_catalogue("es", tmp_path)
    monkeypatch.setattr("groupdesk.ui.language.TRANSLATIONS", tmp_path)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations = Translations(app)
    assert translations.use("es")
    yield
    translations.use("en")


@pytest.fixture
def arabic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The Arabic catalogue and Qt's own, as GroupDesk starts with Arabic chosen."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from groupdesk.ui.language import Translations

    build_catalogue("ar", tmp_path)
    monkeypatch.setattr("groupdesk.ui.language.TRANSLATIONS", tmp_path)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)  # the catalogue's
    translations = Translations(app)
    assert translations.use("ar")
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft  # qtbase_ar says so
    yield
    translations.use("en")
    app.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.fixture
def main_window(qtbot, app_context):  # type: ignore[no-untyped-def]
    """The main window, shown and exposed, its first page loaded."""
    from groupdesk.ui.main_window import MainWindow

    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle()  # the first page has its answer from the database
    yield window
    window.close()


@pytest.fixture
def member_dialog(qtbot, app_context):  # type: ignore[no-untyped-def]
    """The Add member dialog over the demo group, shown and exposed."""
    from groupdesk.ui.members.member_dialog import MemberDialog

    dialog = MemberDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog
