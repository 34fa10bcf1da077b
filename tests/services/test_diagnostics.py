"""Diagnostics: the last sync's outcome without its summary (which names the laptops), the data
folder's size added up, and the libraries read from the installed metadata."""

from __future__ import annotations

import json
from pathlib import Path

from groupdesk.models.sync_state import LocalState
from groupdesk.services.diagnostics import diagnostics, folder_size, libraries
from groupdesk.services.sync.config import LAST_REPORT_KEY
from groupdesk.services.workspace import Workspace


def _store_report(workspace: Workspace, report: dict[str, object]) -> None:
    with workspace.uow() as uow:
        uow.session.merge(LocalState(key=LAST_REPORT_KEY, value=json.dumps(report)))
        uow.commit()


def test_last_sync_gives_outcome_and_time_but_never_the_laptops_names(
    workspace: Workspace,
) -> None:
    _store_report(
        workspace,
        {
            "summary": "Read 2 files from Ana's laptop",
            "problems": [{"name": "x", "reason": "damaged"}],
            "warnings": [],
            "stopped": None,
            "finished_at": "2026-12-01T10:00:00",
        },
    )
    found = diagnostics(workspace)
    assert (found.last_sync_status, found.last_sync_at) == (
        "finished with problems",
        "2026-12-01T10:00:00",
    )
    assert "Last sync: finished with problems at 2026-12-01T10:00:00" in found.as_text()
    assert "Ana" not in found.as_text()


def test_folder_size_adds_up_every_file_below(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one").write_bytes(b"x" * 1000)
    (tmp_path / "two").write_bytes(b"y" * 24)
    assert folder_size(tmp_path) == 1024


def test_libraries_are_the_installed_runtime_dependencies_with_licences() -> None:
    found = {library.name.casefold(): library for library in libraries()}
    assert found["sqlalchemy"].licence == "MIT"
    assert "pytest" not in found  # the test extra is not part of the app
    assert all(library.licence for library in found.values())
