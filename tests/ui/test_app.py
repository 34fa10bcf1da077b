"""Starting the GUI: the first-start welcome, the demo beside the real folder, then the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.gui import offscreen_python, when_the_welcome_opens

from groupdesk.app import demo_paths, ensure_group
from groupdesk.config import DataPaths
from groupdesk.services.demo import DEMO_GROUP_NAME
from groupdesk.services.settings import get_settings, has_group
from groupdesk.services.workspace import Workspace, open_workspace
from groupdesk.ui.dialogs.welcome import WelcomeDialog

pytestmark = pytest.mark.gui


def test_a_folder_with_a_group_opens_without_questions(group_workspace: Workspace) -> None:
    assert ensure_group(group_workspace.paths) == group_workspace.paths


def test_trying_the_demo_opens_a_demo_folder_beside_the_real_one(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths = DataPaths(tmp_path / "GroupDesk")
    when_the_welcome_opens(lambda dialog: dialog.demo_button.click())

    chosen = ensure_group(paths)

    assert chosen == demo_paths(paths) == DataPaths(tmp_path / "GroupDesk-demo")
    demo = open_workspace(chosen)
    real = open_workspace(paths)
    try:
        assert get_settings(demo.uow()).name == DEMO_GROUP_NAME
        assert not has_group(real.uow())  # the real folder stays empty for the real group
    finally:
        demo.close()
        real.close()


def test_closing_the_welcome_opens_nothing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    when_the_welcome_opens(lambda dialog: dialog.reject())
    assert ensure_group(DataPaths(tmp_path / "GroupDesk")) is None


def test_creating_our_group_opens_the_real_folder(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths = DataPaths(tmp_path / "GroupDesk")

    def create(dialog: WelcomeDialog) -> None:
        dialog.create_button.click()
        dialog.name_edit.setText("Riverside Tenants")
        dialog.create_group_button.click()

    when_the_welcome_opens(create)
    assert ensure_group(paths) == paths
    workspace = open_workspace(paths)
    try:
        assert get_settings(workspace.uow()).name == "Riverside Tenants"
    finally:
        workspace.close()


QUIT_AFTER_WELCOME = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from groupdesk.app import ensure_group
from groupdesk.config import DataPaths

app = QApplication([])

def drive():
    dialog = QApplication.activeModalWidget()
    if dialog is None:
        QTimer.singleShot(10, drive)
        return
    dialog.create_button.click()
    dialog.name_edit.setText("Riverside Tenants")
    dialog.create_group_button.click()

QTimer.singleShot(0, drive)
print(ensure_group(DataPaths(Path(sys.argv[1]))))
"""


def test_the_app_exits_cleanly_after_the_welcome(tmp_path: Path) -> None:
    """PySide6 crashed at exit when the dialog's signals held lambdas over the dialog."""
    result = offscreen_python(QUIT_AFTER_WELCOME, str(tmp_path / "GroupDesk"), timeout=60)
    assert result.returncode == 0, result.stderr
    assert "shared QObject was deleted directly" not in result.stderr
