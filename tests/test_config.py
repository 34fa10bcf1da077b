"""Where the data lives: --data-dir, then GROUPDESK_DATA_DIR, then the user's data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from groupdesk.config import ENV_DATA_DIR, data_paths, resolve_data_dir


def test_an_explicit_folder_wins_over_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "from-env"))
    assert resolve_data_dir(tmp_path / "explicit") == tmp_path / "explicit"


def test_the_environment_is_used_when_no_folder_is_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "from-env"))
    assert resolve_data_dir(None) == tmp_path / "from-env"


def test_otherwise_the_users_data_folder_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_DATA_DIR, raising=False)
    assert resolve_data_dir(None).name == "GroupDesk"


def test_relative_folders_are_made_absolute_and_nothing_is_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    paths = data_paths("relative")
    assert paths.root == tmp_path / "relative"
    assert paths.database == tmp_path / "relative" / "groupdesk.sqlite"
    assert not paths.root.exists()
