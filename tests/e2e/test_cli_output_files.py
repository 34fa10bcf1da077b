"""Every command that writes a file (issue 15 items 1 and 20): it never replaces the group's
own files, a device, a folder or (without --force) a file that exists, and it writes whole or
not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli_runs import Cli, ok

#: Each command that writes a file, with the arguments before the file's name.
WRITERS = {
    "members export": ("members", "export", "--out"),
    "reports roster": ("reports", "roster", "--out"),
    "calendar export": ("calendar", "export", "--out"),
    "sync recovery-sheet": ("sync", "recovery-sheet", "--out"),
    "backup --to": ("backup", "--to"),
}
SET_UP = ["members export", "reports roster", "calendar export", "backup --to"]


@pytest.fixture(scope="module")
def folder(cli: Cli, tmp_path_factory: pytest.TempPathFactory) -> Path:
    made = tmp_path_factory.mktemp("out") / "D"
    ok(cli("demo", "--members", "12", data_dir=made))
    return made


def refused(result: object, *words: str) -> str:
    assert result.returncode == 1, result.stdout  # type: ignore[attr-defined]
    stderr: str = result.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in stderr
    for word in words:
        assert word in stderr
    return stderr


@pytest.mark.parametrize("command", WRITERS.values(), ids=WRITERS.keys())
def test_no_command_writes_over_the_groups_database(
    cli: Cli, folder: Path, command: tuple[str, ...], tmp_path: Path
) -> None:
    database = folder / "groupdesk.sqlite"
    before = database.read_bytes()
    link = tmp_path / "innocent.csv"
    link.symlink_to(database)
    for target in (database, link, folder / "attachments" / "x.png"):
        result = cli(*command, target, "--force", data_dir=folder)
        refused(result, "one of the group's own files", "choose a place outside it")
    assert database.read_bytes() == before


@pytest.mark.parametrize(
    "command",
    [WRITERS[k] for k in SET_UP],
    ids=SET_UP,  # the sheet needs sync set up
)
def test_an_existing_file_is_replaced_only_with_force(
    cli: Cli, folder: Path, command: tuple[str, ...], tmp_path: Path
) -> None:
    target = tmp_path / ("kept.pdf" if command[0] == "reports" else "kept.out")
    target.write_bytes(b"the good copy")
    refused(cli(*command, target, data_dir=folder), "exists already", "--force")
    assert target.read_bytes() == b"the good copy"
    ok(cli(*command, target, "--force", data_dir=folder))
    assert target.read_bytes() != b"the good copy"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left


@pytest.mark.parametrize("command", WRITERS.values(), ids=WRITERS.keys())
def test_a_folder_a_device_or_a_missing_folder_is_refused_in_a_sentence(
    cli: Cli, folder: Path, command: tuple[str, ...], tmp_path: Path
) -> None:
    refused(cli(*command, tmp_path, data_dir=folder), "is a folder")
    refused(cli(*command, "/dev/null", "--force", data_dir=folder), "not an ordinary file")
    refused(cli(*command, tmp_path / "nowhere" / "f", data_dir=folder), "does not exist")
    assert Path("/dev/null").is_char_device()
