"""A full disk and read-only folders (issue 15 item 19): a sentence naming what is full or
read-only and saying nothing was changed — never a traceback, and a read-only data folder is
not called a damaged database."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.cli_runs import Cli, as_json, ok
from tests.support.faults import read_only, run_cli


@pytest.fixture
def folder(cli: Cli, tmp_path: Path) -> Path:
    made = tmp_path / "D"
    ok(cli("demo", "--members", "12", data_dir=made))
    return made


@pytest.fixture
def locked_folder(folder: Path) -> Iterator[Path]:
    undo = read_only(folder)
    yield folder
    undo()


def said(result: object, *words: str) -> str:
    assert result.returncode == 1, result.stdout  # type: ignore[attr-defined]
    stderr: str = result.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in stderr
    assert "damaged" not in stderr
    for word in words:
        assert word in stderr, stderr
    return stderr


def member_count(cli: Cli, folder: Path) -> int:
    return len(as_json(cli("members", "list", "--json", data_dir=folder)))


@pytest.mark.parametrize(
    "command",
    [("members", "list"), ("members", "add", "--full-name", "Zed"), ("backup",), ("check",)],
)
def test_a_read_only_data_folder_is_said_to_be_read_only(
    locked_folder: Path, command: tuple[str, ...]
) -> None:
    said(run_cli(*command, data_dir=locked_folder), f"{locked_folder} is read-only")


def test_a_backup_into_a_read_only_folder_changes_nothing(
    cli: Cli, folder: Path, tmp_path: Path
) -> None:
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    undo = read_only(shelf)
    try:
        result = run_cli("backup", "--to", shelf / "b.zip", data_dir=folder)
    finally:
        undo()
    said(result, str(shelf / "b.zip"), "Nothing was written")
    assert list(shelf.iterdir()) == []


def test_an_import_that_fills_the_disk_changes_nothing(
    cli: Cli, folder: Path, tmp_path: Path
) -> None:
    big = tmp_path / "many.csv"
    with big.open("w", newline="", encoding="utf-8") as out:
        rows = csv.writer(out)
        rows.writerow(["full_name", "email"])
        rows.writerows([f"Person {i}", f"p{i}@example.org"] for i in range(5000))
    before = member_count(cli, folder)
    limit = (folder / "groupdesk.sqlite").stat().st_size + 200_000
    result = run_cli("members", "import", big, data_dir=folder, file_size_limit=limit)
    said(result, str(folder), "Nothing was changed")
    assert member_count(cli, folder) == before
    assert ok(cli("check", data_dir=folder)).stdout.count("ok") >= 1


def test_a_backup_to_a_full_disk_leaves_no_partial_file(
    cli: Cli, folder: Path, tmp_path: Path
) -> None:
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    result = run_cli("backup", "--to", shelf / "b.zip", data_dir=folder, file_size_limit=50_000)
    said(result, "Nothing was")
    assert list(shelf.iterdir()) == []
    assert not [p for p in folder.iterdir() if p.name.startswith(".backup-")]
