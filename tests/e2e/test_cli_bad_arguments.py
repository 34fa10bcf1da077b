"""Bad arguments get a sentence and exit status 1, never a traceback or a guess (issue 15
item 20): above all, an empty `--data-dir` must not fall back to the user's real group."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli_runs import Cli, ok


def refused(result: object, words: str) -> None:
    assert result.returncode == 1, result.stdout  # type: ignore[attr-defined]
    assert "Traceback" not in result.stderr  # type: ignore[attr-defined]
    assert words in result.stderr  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "command", [("init", "--name", "X"), ("demo",), ("restore", "b.zip", "--yes"), ("check",)]
)
def test_a_data_dir_that_is_a_file_is_said_to_be_a_file(
    cli: Cli, tmp_path: Path, command: tuple[str, ...]
) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("mine")
    refused(cli(*command, data_dir=not_a_folder), "is a file, not a folder")
    assert not_a_folder.read_text() == "mine"


def test_an_empty_data_dir_is_refused_not_taken_as_the_users_own_folder(
    cli: Cli, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    result = cli(
        "--data-dir",
        "",
        "init",
        "--name",
        "Mine",
        env={"HOME": str(home), "XDG_DATA_HOME": str(home), "GROUPDESK_DATA_DIR": ""},
    )
    refused(result, "--data-dir is empty")
    assert not home.exists()


def test_a_backup_to_a_folder_is_refused(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "D"
    ok(cli("init", "--name", "X", data_dir=folder))
    refused(cli("backup", "--to", tmp_path, data_dir=folder), "is a folder")


@pytest.mark.parametrize("threshold", ["100000", "-1"])
def test_a_duplicates_threshold_outside_0_to_100_is_refused(
    cli: Cli, tmp_path: Path, threshold: str
) -> None:
    folder = tmp_path / "D"
    ok(cli("init", "--name", "X", data_dir=folder))
    ok(cli("members", "add", "--full-name", "Ana Lima", data_dir=folder))
    refused(
        cli("members", "duplicates", "--threshold", threshold, data_dir=folder),
        "--threshold: " + threshold + " is not a score",
    )
