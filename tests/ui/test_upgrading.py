"""Starting on a database an older GroupDesk made: the backup and the upgrade run off the GUI
thread behind a window that says so, and a database that cannot be opened is refused in a
message box, not on a terminal."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog
from support.gui import answer_question
from support.older_database import OLDER, older_database

from groupdesk import db
from groupdesk.config import DataPaths
from groupdesk.migrations import SCHEMA_HEAD
from groupdesk.services import backup
from groupdesk.services.backup_whereabouts import list_backups
from groupdesk.services.settings import create_group
from groupdesk.services.workspace import open_workspace
from groupdesk.ui.upgrading import bring_up_to_date, needs_upgrade

pytestmark = pytest.mark.gui


def test_an_older_database_is_backed_up_and_upgraded_while_a_window_says_so(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    paths = older_database(tmp_path / "GroupDesk")
    assert needs_upgrade(paths)
    worked_on: list[threading.Thread] = []
    real_backup = backup.backup_before_upgrade

    def slow_backup(at: DataPaths, old: str | None) -> None:
        worked_on.append(threading.current_thread())
        time.sleep(1.2)  # a big group's backup: the window shows meanwhile
        real_backup(at, old)

    monkeypatch.setattr(backup, "backup_before_upgrade", slow_backup)
    seen: list[tuple[str, str]] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                seen.append((widget.windowTitle(), widget.labelText()))

    QTimer.singleShot(900, look)  # the GUI thread answers while the work goes on

    assert bring_up_to_date(paths)

    assert worked_on and worked_on[0] is not threading.main_thread()
    assert seen and seen[0][0] == "Updating GroupDesk"
    assert "A backup of them is made first" in seen[0][1]
    assert db.current_revision(paths.database) == SCHEMA_HEAD
    (made,) = list_backups(paths)
    assert made.reason == f"before-upgrade-from-{OLDER}"
    assert not any(
        isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_an_up_to_date_database_opens_with_nothing_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = DataPaths(tmp_path / "GroupDesk").ensure()
    workspace = open_workspace(paths)
    create_group(workspace.uow(), name="Riverside")
    workspace.close()

    def never(*_args: object) -> None:
        raise AssertionError("an up-to-date database is not opened twice")

    monkeypatch.setattr("groupdesk.services.workspace.open_workspace", never)
    assert not needs_upgrade(paths)
    assert bring_up_to_date(paths)
    assert not needs_upgrade(DataPaths(tmp_path / "new"))  # a first start: nothing to upgrade


def test_a_database_from_a_newer_groupdesk_is_refused_in_a_message_box(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    paths = DataPaths(tmp_path / "GroupDesk").ensure()
    open_workspace(paths).close()
    with sqlite3.connect(paths.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0999_from_the_future'")
    connection.close()
    before = paths.database.read_bytes()
    found = answer_question("Close")

    assert not bring_up_to_date(paths)

    assert len(found) == 1 and "newer GroupDesk" in found[0]
    assert paths.database.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_in_a_message_box(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths = DataPaths(tmp_path / "GroupDesk").ensure()
    paths.database.write_bytes(b"this is a shopping list, not a database" * 100)
    found = answer_question("Close")

    assert not bring_up_to_date(paths)

    assert len(found) == 1 and "not a GroupDesk database" in found[0]
    assert paths.database.read_bytes().startswith(b"this is a shopping list")
