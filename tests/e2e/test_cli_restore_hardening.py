"""Restores and upgrades that must not lose data (issue 15 items 2, 3, 16, 17), run as a user's
shell runs them: real processes at the same time, hostile and damaged files built here."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile import backups as hostile
from support.backup_states import mark
from support.cli_runs import ok

from groupdesk import db
from groupdesk.config import DataPaths
from groupdesk.services import backup, backup_format

Cli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def saved(cli: Cli, tmp_path: Path) -> Path:
    """A backup of a group called 'Saved group', with no members."""
    folder = tmp_path / "saved"
    ok(cli("init", "--name", "Saved group", data_dir=folder))
    ok(cli("backup", "--to", tmp_path / "saved.zip", data_dir=folder))
    return tmp_path / "saved.zip"


def members_in(database: Path) -> int:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM members").fetchone()[0])
    finally:
        connection.close()


def one_line_refusal(result: subprocess.CompletedProcess[str], *words: str) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("groupdesk: error: "), result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a named pipe to pace the import")
def test_a_restore_waits_for_a_running_import_and_its_rows_are_in_the_backup_before_it(
    cli: Cli, saved: Path, tmp_path: Path
) -> None:
    """Item 2: `members import` said it imported its rows, and they were in neither the
    restored database nor the backup made before the restore. The import reads its file from
    a pipe this test writes, so the restore starts while the import is surely at work."""
    folder = tmp_path / "D"
    ok(cli("init", "--name", "Here before", data_dir=folder))
    pipe = tmp_path / "members.csv"
    os.mkfifo(pipe)
    command = [sys.executable, "-m", "groupdesk", "--data-dir", str(folder)]
    importing = subprocess.Popen(
        [*command, "members", "import", str(pipe)], stdout=subprocess.PIPE, text=True
    )
    with pipe.open("w", encoding="utf-8") as csv:  # opens once the import has opened it
        csv.write("Full name,Email\n")
        csv.flush()
        restoring = subprocess.Popen(
            [*command, "restore", "--yes", str(saved)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert restoring.stderr is not None
        said = restoring.stderr.readline()  # it waits (or, had it not waited, has finished)
        csv.writelines(f"Person {i},p{i}@example.org\n" for i in range(2000))
    imported, _ = importing.communicate(timeout=300)
    restored, problems = restoring.communicate(timeout=300)
    assert importing.returncode == 0 and "Imported 2,000 members" in imported
    assert restoring.returncode == 0, problems
    before = [p for p in (folder / "backups").glob("auto-*-before-restore.zip")]
    assert len(before) == 1 and str(before[0]) in restored
    with zipfile.ZipFile(before[0]) as archive:
        manifest = json.loads(archive.read(backup_format.MANIFEST))
    assert manifest["group_name"] == "Here before" and manifest["members"] == 2000
    assert members_in(folder / "groupdesk.sqlite") == 0  # the restored group's own
    assert "Waiting for another GroupDesk command" in said
    assert (
        not (folder / "groupdesk.sqlite-wal").exists()
        or db.integrity_problems(folder / "groupdesk.sqlite") == []
    )


def test_a_restore_is_refused_while_the_app_window_holds_the_folder(
    cli: Cli, saved: Path, tmp_path: Path
) -> None:
    from groupdesk.services.folder_lock import hold_data_folder

    folder = tmp_path / "D"
    ok(cli("init", "--name", "Open in a window", data_dir=folder))
    window = hold_data_folder(DataPaths(folder), doing="a test")
    try:
        result = cli("restore", "--yes", saved, data_dir=folder)
    finally:
        window.release()
    one_line_refusal(result, "already open")


@pytest.mark.parametrize(
    ("build", "words"),
    [
        (hostile.deeply_nested_manifest, ("nested too deeply",)),
        (lambda path, data: hostile.backup_with(path, data, format_version=[1]), ("[1]",)),
        (
            lambda path, data: hostile.patch_entry(
                hostile.backup_with(path, data), backup_format.DATABASE_ENTRY, flag_bits=1
            ),
            ("encrypted entry",),
        ),
        (
            lambda path, data: hostile.patch_entry(
                hostile.backup_with(path, data), backup_format.DATABASE_ENTRY, method=99
            ),
            ("compression method", "99"),
        ),
    ],
    ids=["nested", "format_version", "encrypted", "method-99"],
)
def test_a_hostile_backup_is_refused_in_one_line_naming_the_file(
    cli: Cli,
    saved: Path,
    tmp_path: Path,
    build: Callable[[Path, bytes], Path],
    words: tuple[str, ...],
) -> None:
    """Item 16: each of these gave a stack trace."""
    with zipfile.ZipFile(saved) as archive:
        database = archive.read(backup_format.DATABASE_ENTRY)
    source = build(tmp_path / "hostile.zip", database)
    folder = tmp_path / "D"
    ok(cli("init", "--name", "Here", data_dir=folder))
    one_line_refusal(cli("restore", "--yes", source, data_dir=folder), "hostile.zip", *words)


@pytest.mark.parametrize("damage", ["header", "truncated"])
def test_a_restore_over_a_damaged_database_moves_it_aside_and_goes_on(
    cli: Cli, saved: Path, tmp_path: Path, damage: str
) -> None:
    """Item 17: `restore`, the fix the error message recommends, crashed on the damaged file."""
    folder = tmp_path / "D"
    ok(cli("demo", "--members", "30", data_dir=folder))
    database = folder / "groupdesk.sqlite"
    wrecked = database.read_bytes()
    wrecked = b"\0" * 16 + wrecked[16:] if damage == "header" else wrecked[: len(wrecked) // 3]
    database.write_bytes(wrecked)
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    result = ok(cli("restore", "--yes", saved, data_dir=folder))
    assert "moved to" in result.stdout and "Traceback" not in result.stderr
    aside = list((folder / "backups").glob("damaged-*-groupdesk.sqlite"))
    assert [p.read_bytes() for p in aside] == [wrecked]
    listed = ok(cli("members", "list", "--json", data_dir=folder))
    assert json.loads(listed.stdout) == []
    assert ok(cli("check", data_dir=folder)).stdout.count("ok") >= 1


def test_a_failing_upgrade_says_so_changes_nothing_and_keeps_the_earlier_backup(
    cli: Cli, tmp_path: Path
) -> None:
    """Item 3: every command after a failed upgrade wrote one more 'before-upgrade' backup
    and pruned the oldest, until the only copy of the earlier data was gone."""
    folder = tmp_path / "D"
    paths = DataPaths(folder).ensure()
    hostile.failing_upgrade(paths.database)
    hostile.with_trigger(paths.database, "INSERT INTO local_state VALUES ('backups_keep', '3')")
    earlier = backup.write_backup(paths, paths.backups / "auto-20000101-000000-before-restore.zip")
    mark(paths.database, "the restored data")
    tables_before = db.current_revision(paths.database)
    for _ in range(5):
        refused = cli("members", "list", data_dir=folder)
        assert refused.returncode == 1 and "Traceback" not in refused.stderr
        assert "failed" in refused.stderr and "othing was changed" in refused.stderr
    assert earlier.path.exists()
    assert len(list(paths.backups.glob("auto-*before-upgrade*"))) == 1
    assert db.current_revision(paths.database) == tables_before


def test_a_failed_upgrade_is_not_tried_again_blindly(cli: Cli, tmp_path: Path) -> None:
    """Item 3: the next command does not repeat a failed upgrade of the same file by the same
    version; it says what happened and what to do. Deleting the note, or restoring another
    database, lets it try again."""
    folder = tmp_path / "D"
    paths = DataPaths(folder).ensure()
    hostile.failing_upgrade(paths.database)
    first = cli("members", "list", data_dir=folder)
    assert first.returncode == 1 and "failed (" in first.stderr
    note = folder / "upgrade-failed.json"
    assert note.exists()
    again = cli("members", "list", data_dir=folder)
    assert again.returncode == 1 and "Traceback" not in again.stderr
    assert "will not try again" in again.stderr and str(note) in again.stderr
    assert "Nothing was changed" in again.stderr
    note.unlink()
    once_more = cli("members", "list", data_dir=folder)
    assert "failed (" in once_more.stderr and "will not try again" not in once_more.stderr
    paths.database.unlink()
    hostile.failing_upgrade(paths.database)  # another file in its place (as a restore does)
    after_restore = cli("members", "list", data_dir=folder)
    assert "will not try again" not in after_restore.stderr


def test_an_older_backup_is_upgraded_in_a_scratch_folder_before_it_replaces_anything(
    cli: Cli, tmp_path: Path
) -> None:
    """Item 3: a backup that cannot be upgraded is refused before the data here is touched,
    and one that can arrives upgraded (no 'before-upgrade' backup of it afterwards)."""
    from groupdesk.migrations import SCHEMA_HEAD

    folder = tmp_path / "D"
    ok(cli("init", "--name", "Here", data_dir=folder))
    before = (folder / "groupdesk.sqlite").read_bytes()
    old = hostile.failing_upgrade(tmp_path / "broken.sqlite")
    broken = hostile.backup_with(tmp_path / "broken.zip", old.read_bytes())
    one_line_refusal(cli("restore", "--yes", broken, data_dir=folder), "broken.zip")
    assert (folder / "groupdesk.sqlite").read_bytes() == before
    assert not list((folder / "backups").glob("auto-*"))

    older = hostile.database_at(tmp_path / "older.sqlite", "0010_resource_indexes")
    source = hostile.backup_with(tmp_path / "older.zip", older.read_bytes())
    ok(cli("restore", "--yes", source, data_dir=folder))
    assert db.current_revision(folder / "groupdesk.sqlite") == SCHEMA_HEAD
    assert [p.name.split("-")[-1] for p in (folder / "backups").glob("auto-*")] == ["restore.zip"]
