"""The window before the workspace: the main window and the Dashboard's figures are on screen
before SQLAlchemy is imported, the workspace opens right after, and nothing waits for it that
should not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from support.gui import offscreen_python, settle

from groupdesk.app import create_window, gui_settings_file
from groupdesk.config import DataPaths
from groupdesk.services.backup import write_backup
from groupdesk.services.group_values import read_group
from groupdesk.services.settings import get_settings
from groupdesk.services.workspace import Workspace, open_workspace
from groupdesk.ui.main_window import PAGE_KEY

pytestmark = pytest.mark.gui

#: Starts the window as the app does, in a fresh interpreter, and says what had been imported
#: when the window was first painted and when the Dashboard's figures arrived.
FIRST_MOMENTS = r"""
import json, os, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([])
from groupdesk.app import create_window
from groupdesk.config import DataPaths
from groupdesk.ui.pages.dashboard import DashboardPage

seen = {}
shown = DashboardPage.show_figures

def show_figures(page, summary):
    seen.setdefault("figures_with_orm", "sqlalchemy" in sys.modules)
    shown(page, summary)

DashboardPage.show_figures = show_figures

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            seen.setdefault("painted_with_orm", "sqlalchemy" in sys.modules)
            if window.page("dashboard").members_card.figure.text():
                seen.setdefault("figures_painted_with_orm", "sqlalchemy" in sys.modules)
        return False

window = create_window(DataPaths(Path(sys.argv[1])))
painted = FirstPaint()
window.installEventFilter(painted)
window.page("dashboard").members_card.figure.installEventFilter(painted)
window.show()
dashboard = window.page("dashboard")

def finished():
    if not (window.context.is_open and dashboard.lists and not dashboard.loading):
        QTimer.singleShot(20, finished)
        return
    seen.update(
        title=window.windowTitle(),
        heading=dashboard.heading.text(),
        members=dashboard.members_card.figure.text(),
        backups=dashboard.backup_card.figure.text(),
        lists=sorted(dashboard.lists),
    )
    print(json.dumps(seen), flush=True)
    os._exit(0)

QTimer.singleShot(0, finished)
QTimer.singleShot(60_000, lambda: os._exit(3))
app.exec()
"""


def test_the_window_and_the_figures_come_before_the_orm(demo_workspace: Workspace) -> None:
    """With a backup in the folder: the figures say when it was made, and reading its header
    once imported the sealing module (and with it the ORM) on the database thread."""
    write_backup(demo_workspace.paths, demo_workspace.paths.backups / "before.zip")
    result = offscreen_python(FIRST_MOMENTS, str(demo_workspace.paths.root))
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["painted_with_orm"] is False
    assert seen["figures_with_orm"] is False
    assert seen["figures_painted_with_orm"] is False
    group = get_settings(demo_workspace.uow())
    assert group.name in seen["title"] and seen["heading"] == group.name
    assert seen["members"].endswith(" active") and seen["members"] != "0 active"
    assert seen["backups"] != "No backup yet"
    # Then the workspace opened and every area's list arrived.
    assert {"checkins", "next-meetings", "grant-deadlines"} <= set(seen["lists"]), seen["lists"]


def test_a_window_that_opens_on_another_page_opens_the_workspace_at_once(
    qtbot, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    """The Members page reads through the ORM: it asks for the workspace, which opens then."""
    paths = demo_workspace.paths
    QSettings(str(gui_settings_file(paths)), QSettings.Format.IniFormat).setValue(
        PAGE_KEY, "members"
    )
    window = create_window(paths)
    qtbot.addWidget(window)
    window.show()
    settle()
    assert window.context.is_open
    members = window.page("members")
    assert window.stack.currentWidget() is members
    assert members.table.model().rowCount() > 0
    window.context.workspace.close()


def test_the_first_read_of_the_group_gives_what_the_orm_gives(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    assert read_group(demo_workspace.paths.database) == get_settings(demo_workspace.uow())
    assert read_group(tmp_path / "nowhere" / "groupdesk.sqlite") is None
    empty = open_workspace(DataPaths(tmp_path / "empty"))  # the tables, and no group yet
    try:
        assert read_group(empty.paths.database) is None
    finally:
        empty.close()
