"""A data folder open in the app is not pulled from under it by a restore or a second window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from groupdesk.services.backup import write_backup
from groupdesk.services.folder_lock import DataFolderInUse, hold_data_folder
from groupdesk.services.workspace import Workspace

Cli = Callable[..., CompletedProcess[str]]


def test_a_second_window_on_the_same_folder_is_refused_plainly(demo_workspace: Workspace) -> None:
    first = hold_data_folder(demo_workspace.paths, doing="opening it again")
    try:
        with pytest.raises(DataFolderInUse, match=r"already open on .* Close that window"):
            hold_data_folder(demo_workspace.paths, doing="opening it again")
    finally:
        first.release()
    hold_data_folder(demo_workspace.paths, doing="opening it again").release()


def test_a_restore_from_the_command_line_waits_for_the_app_to_close(
    demo_workspace: Workspace, tmp_path: Path, cli: Cli, database_rows: Callable[..., object]
) -> None:
    saved = write_backup(demo_workspace.paths, tmp_path / "b.zip")
    before = database_rows(demo_workspace.paths.database)
    app_running = hold_data_folder(demo_workspace.paths, doing="opening it again")
    try:
        refused = cli("restore", saved.path, data_dir=demo_workspace.paths.root)
    finally:
        app_running.release()
    assert refused.returncode == 1
    assert "already open" in refused.stderr and "restoring a backup" in refused.stderr
    assert database_rows(demo_workspace.paths.database) == before

    restored = cli("restore", saved.path, "--yes", data_dir=demo_workspace.paths.root)
    assert restored.returncode == 0, restored.stderr
