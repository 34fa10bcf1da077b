"""Backups: one file holding everything; a restore checks it whole before it changes anything."""

from __future__ import annotations

import hashlib
import json
import os
import random
import sqlite3
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from support.backup_states import mark

from groupdesk.config import DataPaths
from groupdesk.errors import Cancelled, GroupDeskError
from groupdesk.models import Member
from groupdesk.services import backup, backup_format, restore
from groupdesk.services.backup_checks import BackupError
from groupdesk.services.backup_whereabouts import list_backups
from groupdesk.services.settings import set_logo
from groupdesk.services.workspace import Workspace

MakeWorkspace = Callable[..., Workspace]


RowsOf = Callable[[Path], dict[str, list[tuple[Any, ...]]]]
FilesOf = Callable[[Path], dict[str, bytes]]
Refuses = Callable[[DataPaths, Path, str], None]


@pytest.fixture
def source(make_workspace: MakeWorkspace, logo_png: Path) -> Workspace:
    """A data folder holding the demo group with a logo (so the backup carries an attachment)."""
    from groupdesk.services.demo import make_demo

    workspace = make_workspace("source")
    make_demo(workspace.uow(), members=25, seed=3)
    set_logo(workspace.uow(), image=logo_png)
    return workspace


def write_zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return path


def crafted_backup(
    path: Path, database: bytes, *, extra: dict[str, bytes] | None = None, **manifest: Any
) -> Path:
    """A backup file made by hand: the right checksum for `database` unless told otherwise."""
    fields = {
        "format": backup_format.FORMAT,
        "format_version": backup_format.FORMAT_VERSION,
        "schema_revision": "0001_foundation",
        "created_at": "2026-01-01T00:00:00Z",
        "group_name": "Crafted",
        "reason": "manual",
        "database_sha256": hashlib.sha256(database).hexdigest(),
        "attachments": [],
        **manifest,
    }
    return write_zip(
        path,
        {
            backup_format.MANIFEST: json.dumps(fields).encode(),
            backup_format.DATABASE_ENTRY: database,
            **(extra or {}),
        },
    )


def database_copy(workspace: Workspace, tmp_path: Path, name: str = "copy.sqlite") -> Path:
    from groupdesk import db

    copy = tmp_path / name
    db.copy_database(workspace.paths.database, copy)
    return copy


# --- round trip ---------------------------------------------------------------------------


def test_a_restored_backup_gives_an_equal_database_and_the_attachments(
    source: Workspace, tmp_path: Path, database_rows: RowsOf, folder_bytes: FilesOf
) -> None:
    made = backup.write_backup(source.paths, tmp_path / "b.zip")
    assert made.group_name == "Riverside Neighbours"
    # The logo and the demo's own pictures (item photos, receipts).
    assert made.attachments == len(folder_bytes(source.paths.attachments)) > 1

    elsewhere = DataPaths(tmp_path / "elsewhere")
    restored = restore.restore_backup(elsewhere, tmp_path / "b.zip")

    assert restored.backup.group_name == "Riverside Neighbours"
    assert restored.safety_copy is None  # the folder held nothing to keep
    assert database_rows(elsewhere.database) == database_rows(source.paths.database)
    assert folder_bytes(elsewhere.attachments) == folder_bytes(source.paths.attachments)


def test_a_restore_keeps_this_laptops_own_facts_and_makes_it_a_new_device_id(
    source: Workspace, target: DataPaths, tmp_path: Path
) -> None:
    from groupdesk.services.workspace import open_workspace

    with sqlite3.connect(target.database) as connection:
        connection.execute("INSERT INTO local_state VALUES ('device_name', 'Fatima''s laptop')")
        (old_device,) = connection.execute(
            "SELECT value FROM local_state WHERE key = 'device_id'"
        ).fetchone()
    backup.write_backup(source.paths, tmp_path / "b.zip")
    restore.restore_backup(target, tmp_path / "b.zip")

    reopened = open_workspace(target)
    try:
        assert reopened.device_id not in (old_device, source.device_id)
        with sqlite3.connect(target.database) as connection:
            (name,) = connection.execute(
                "SELECT value FROM local_state WHERE key = 'device_name'"
            ).fetchone()
        assert name == "Fatima's laptop"
    finally:
        reopened.close()


def test_a_backup_taken_while_the_app_writes_holds_the_latest_commit(
    source: Workspace, tmp_path: Path, database_rows: RowsOf
) -> None:
    with source.uow() as uow:
        uow.session.add(Member(full_name="Written just now"))
        uow.commit()  # still in the WAL file, not yet in the main database file
    backup.write_backup(source.paths, tmp_path / "b.zip")
    restored = DataPaths(tmp_path / "restored")
    restore.restore_backup(restored, tmp_path / "b.zip")
    rows = database_rows(restored.database)["members"]
    assert any("Written just now" in row for row in rows)


def test_a_restore_replaces_the_data_and_backs_up_what_was_there(
    source: Workspace, target: DataPaths, tmp_path: Path, database_rows: RowsOf
) -> None:
    before = database_rows(target.database)
    backup.write_backup(source.paths, tmp_path / "b.zip")
    restored = restore.restore_backup(target, tmp_path / "b.zip")

    assert database_rows(target.database) == database_rows(source.paths.database)
    (automatic,) = list_backups(target)
    assert restored.safety_copy == automatic
    assert automatic.reason == "before-restore"
    assert automatic.group_name == "Before the restore"
    undo = DataPaths(tmp_path / "undo")
    restore.restore_backup(undo, automatic.path)
    assert database_rows(undo.database) == before


def test_the_plan_of_a_restore_names_both_groups_their_members_and_dates(
    source: Workspace, target: DataPaths, tmp_path: Path
) -> None:
    backup.write_backup(source.paths, tmp_path / "b.zip")

    plan = restore.plan_restore(target, tmp_path / "b.zip")

    assert (plan.backup.group_name, plan.backup.members) == ("Riverside Neighbours", 25)
    assert plan.current is not None
    assert (plan.current.group_name, plan.current.members) == ("Before the restore", 0)
    assert plan.current.when.endswith(" UTC") and plan.backup.when.endswith(" UTC")
    assert plan.another_group


def test_the_plan_counts_the_members_of_a_backup_made_before_counts_were_recorded(
    source: Workspace, tmp_path: Path
) -> None:
    database = database_copy(source, tmp_path).read_bytes()
    old = crafted_backup(tmp_path / "old.zip", database, group_name="Riverside Neighbours")

    plan = restore.plan_restore(DataPaths(tmp_path / "empty"), old)

    assert (plan.backup.members, plan.current, plan.another_group) == (25, None, False)


def test_a_restore_leaves_no_stale_wal_and_no_scratch_files(
    source: Workspace, target: DataPaths, tmp_path: Path
) -> None:
    backup.write_backup(source.paths, tmp_path / "b.zip")
    restore.restore_backup(target, tmp_path / "b.zip")
    from groupdesk.services.folder_lock import WORK_LOCK_NAME

    leftovers = [p.name for p in target.root.iterdir() if p.name != WORK_LOCK_NAME]
    assert sorted(leftovers) == ["attachments", "backups", "groupdesk.sqlite"]


def test_progress_is_reported_up_to_the_total(
    source: Workspace, tmp_path: Path, folder_bytes: FilesOf
) -> None:
    seen: list[tuple[int, int]] = []
    backup.write_backup(source.paths, tmp_path / "b.zip", progress=lambda d, t: seen.append((d, t)))
    files = 1 + len(folder_bytes(source.paths.attachments))  # the database, then each attachment
    assert seen[-1] == (files, files)
    seen.clear()
    restore.restore_backup(
        DataPaths(tmp_path / "r"), tmp_path / "b.zip", progress=lambda d, t: seen.append((d, t))
    )
    assert seen[-1][0] == seen[-1][1]


def test_a_cancelled_backup_writes_no_file(source: Workspace, tmp_path: Path) -> None:
    target_file = tmp_path / "b.zip"
    with pytest.raises(Cancelled):
        backup.write_backup(source.paths, target_file, cancelled=lambda: True)
    assert not target_file.exists()
    assert list(tmp_path.glob("*.partial")) == []


def test_backing_up_a_folder_without_data_says_so(tmp_path: Path) -> None:
    with pytest.raises(GroupDeskError, match="no group"):
        backup.write_backup(DataPaths(tmp_path / "nothing"), tmp_path / "b.zip")


# --- refused files --------------------------------------------------------------------------


@pytest.fixture
def refused_unchanged(folder_bytes: FilesOf) -> Refuses:
    """`refused_unchanged(target, file, message)`: restoring `file` into `target` is refused with
    `message`, and nothing in the folder changes."""

    def check(target: DataPaths, file: Path, message: str) -> None:
        before = folder_bytes(target.root)
        with pytest.raises(BackupError, match=message):
            restore.restore_backup(target, file)
        assert folder_bytes(target.root) == before
        assert sorted(p.name for p in target.root.iterdir()) == [
            "attachments",
            "backups",
            "groupdesk.sqlite",
        ]

    return check


def test_a_truncated_backup_is_refused(
    source: Workspace, target: DataPaths, tmp_path: Path, refused_unchanged: Refuses
) -> None:
    whole = backup.write_backup(source.paths, tmp_path / "b.zip").path
    cut = tmp_path / "cut.zip"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    refused_unchanged(target, cut, "cut.zip is not a GroupDesk backup, or it is cut short")


def test_random_bytes_are_refused(
    target: DataPaths, tmp_path: Path, refused_unchanged: Refuses
) -> None:
    noise = tmp_path / "noise.zip"
    noise.write_bytes(random.Random(4).randbytes(50_000))
    refused_unchanged(target, noise, "noise.zip is not a GroupDesk backup")


def test_a_missing_file_is_refused(
    target: DataPaths, tmp_path: Path, refused_unchanged: Refuses
) -> None:
    refused_unchanged(target, tmp_path / "gone.zip", "gone.zip: no such file")


def test_a_zip_that_is_not_a_backup_is_refused(
    target: DataPaths, tmp_path: Path, refused_unchanged: Refuses
) -> None:
    other = write_zip(tmp_path / "holiday.zip", {"groupdesk.sqlite": b"x"})
    refused_unchanged(target, other, "holiday.zip is not a GroupDesk backup")
    wrong = write_zip(
        tmp_path / "wrong.zip",
        {
            backup_format.MANIFEST: b'{"format": "something-else"}',
            backup_format.DATABASE_ENTRY: b"x",
        },
    )
    refused_unchanged(target, wrong, "wrong.zip is not a GroupDesk backup")


@pytest.mark.parametrize(
    "entry",
    ["../evil", "../../evil.sh", "/tmp/evil", "attachments/../../evil", "attachments/ABC", "x/y"],
)
def test_a_zip_naming_paths_outside_the_backup_layout_is_refused(
    source: Workspace,
    target: DataPaths,
    tmp_path: Path,
    entry: str,
    refused_unchanged: Refuses,
) -> None:
    evil = crafted_backup(
        tmp_path / "evil.zip",
        database_copy(source, tmp_path).read_bytes(),
        extra={entry: b"#!/bin/sh\necho owned\n"},
    )
    refused_unchanged(target, evil, "holds entries a GroupDesk backup never holds")
    assert not (tmp_path / "evil").exists()
    assert not (target.root.parent / "evil").exists()


def test_a_damaged_database_inside_the_backup_is_refused(
    source: Workspace, target: DataPaths, tmp_path: Path, refused_unchanged: Refuses
) -> None:
    data = bytearray(database_copy(source, tmp_path).read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size * 2, len(data), page_size):
        data[offset + 8 : offset + 40] = b"\xee" * 32  # scribble on every b-tree page header
    damaged = crafted_backup(tmp_path / "damaged.zip", bytes(data))
    refused_unchanged(target, damaged, "fails SQLite's integrity check")


def test_a_database_that_does_not_match_its_checksum_is_refused(
    source: Workspace, target: DataPaths, tmp_path: Path, refused_unchanged: Refuses
) -> None:
    tampered = crafted_backup(
        tmp_path / "tampered.zip",
        database_copy(source, tmp_path).read_bytes(),
        database_sha256="0" * 64,
    )
    refused_unchanged(target, tampered, "does not match its checksum")


def test_an_attachment_that_does_not_match_its_name_is_refused(
    source: Workspace, target: DataPaths, tmp_path: Path, refused_unchanged: Refuses
) -> None:
    claimed = hashlib.sha256(b"the real receipt").hexdigest()
    swapped = crafted_backup(
        tmp_path / "swapped.zip",
        database_copy(source, tmp_path).read_bytes(),
        extra={f"attachments/{claimed}": b"something else"},
        attachments=[claimed],
    )
    refused_unchanged(target, swapped, f"attachments/{claimed} in the backup does not match")


def test_a_database_from_a_newer_schema_is_refused(
    source: Workspace, target: DataPaths, tmp_path: Path, refused_unchanged: Refuses
) -> None:
    newer = database_copy(source, tmp_path)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0999_future'")
    connection.close()
    future = crafted_backup(tmp_path / "future.zip", newer.read_bytes())
    refused_unchanged(target, future, "schema '0999_future'.*may need a newer version")


def test_a_backup_in_a_newer_format_is_refused(
    source: Workspace, target: DataPaths, tmp_path: Path, refused_unchanged: Refuses
) -> None:
    newer = crafted_backup(
        tmp_path / "v2.zip",
        database_copy(source, tmp_path).read_bytes(),
        format_version=backup_format.FORMAT_VERSION + 1,
    )
    refused_unchanged(target, newer, "made by a newer GroupDesk")


def test_a_backup_whose_database_is_not_a_groupdesk_one_is_refused(
    target: DataPaths, tmp_path: Path, refused_unchanged: Refuses
) -> None:
    plain = tmp_path / "plain.sqlite"
    with sqlite3.connect(plain) as connection:
        connection.execute("CREATE TABLE shopping (item TEXT)")
    connection.close()
    foreign = crafted_backup(tmp_path / "foreign.zip", plain.read_bytes())
    refused_unchanged(target, foreign, "schema None")


@pytest.mark.parametrize(
    "manifest", [{"attachments": 5}, {"database_sha256": None}, {"format_version": "two"}]
)
def test_a_manifest_with_fields_of_the_wrong_kind_is_refused(
    source: Workspace,
    target: DataPaths,
    tmp_path: Path,
    refused_unchanged: Refuses,
    manifest: dict[str, Any],
) -> None:
    odd = crafted_backup(
        tmp_path / "odd.zip", database_copy(source, tmp_path).read_bytes(), **manifest
    )
    refused_unchanged(target, odd, "odd.zip is damaged")
    (target.backups / "odd.zip").write_bytes(odd.read_bytes())
    assert list_backups(target) == []  # and the list (and dashboard) leave it out


# --- automatic backups and the list ---------------------------------------------------------


def test_automatic_backups_keep_the_newest_n(source: Workspace) -> None:
    backup.set_backups_to_keep(source.uow(), keep=3)
    made = []
    for i in range(5):
        mark(source.paths.database, str(i))
        made.append(backup.automatic_backup(source.paths, reason=f"test{i}").path)
    kept = sorted(source.paths.backups.glob("auto-*.zip"))
    assert kept == made[2:]


def test_backups_of_the_same_data_never_push_out_the_last_backup_of_other_data(
    source: Workspace,
) -> None:
    """Issue 15 item 3: ten commands each backing up the same (failing) state kept the newest
    ten and removed the backup made before a restore, the only copy of the earlier data."""
    backup.set_backups_to_keep(source.uow(), keep=3)
    earlier = backup.automatic_backup(source.paths, reason="before-restore").path
    mark(source.paths.database, "restored")
    for _ in range(10):
        backup.automatic_backup(source.paths, reason="before-upgrade-from-x")
    kept = sorted(source.paths.backups.glob("auto-*.zip"))
    assert earlier in kept
    assert len(kept) == 2


def test_lowering_the_number_kept_prunes_at_once(source: Workspace) -> None:
    made = [backup.automatic_backup(source.paths, reason="x").path for _ in range(4)]
    assert backup.backups_to_keep(source.paths) == backup.DEFAULT_KEEP
    backup.set_backups_to_keep(source.uow(), keep=1)
    assert backup.backups_to_keep(source.paths) == 1
    assert list(source.paths.backups.glob("auto-*.zip")) == [made[-1]]


def test_pruning_never_removes_backups_the_user_made(source: Workspace) -> None:
    mine = backup.write_backup(source.paths, source.paths.backups / "mine.zip").path
    backup.set_backups_to_keep(source.uow(), keep=1)
    for _ in range(3):
        backup.automatic_backup(source.paths, reason="x")
    assert mine.exists()


@pytest.mark.parametrize("keep", [0, -1, 1001])
def test_a_number_kept_out_of_range_is_refused(source: Workspace, keep: int) -> None:
    from groupdesk.errors import ValidationError

    with pytest.raises(ValidationError) as refused:
        backup.set_backups_to_keep(source.uow(), keep=keep)
    assert refused.value.errors == {"backups_keep": f"keep between 1 and 1000 backups, not {keep}"}


def test_the_list_shows_the_newest_backup_first_whatever_its_name(source: Workspace) -> None:
    first = backup.automatic_backup(source.paths, reason="first").path
    manual = backup.write_backup(source.paths, source.paths.backups / "groupdesk-backup.zip").path
    mark(source.paths.database, "changed since")
    last = backup.automatic_backup(source.paths, reason="last").path
    for age, path in enumerate((last, manual, first)):  # file times a minute apart
        stamp = 1_800_000_000 - 60 * age
        os.utime(path, (stamp, stamp))
    assert [info.path for info in list_backups(source.paths)] == [last, manual, first]


def test_the_list_leaves_out_files_that_are_not_backups(source: Workspace) -> None:
    (source.paths.backups / "broken.zip").write_bytes(b"nope")
    made = backup.write_backup(source.paths, source.paths.backups / "ok.zip")
    assert [info.path for info in list_backups(source.paths)] == [made.path]


def test_backup_info_reads_for_people(source: Workspace, tmp_path: Path) -> None:
    info = backup_format.inspect_backup(backup.write_backup(source.paths, tmp_path / "b.zip").path)
    assert info.when.endswith(" UTC") and "T" not in info.when.removesuffix(" UTC")
    assert info.schema_revision is not None
    assert info.reason == "manual"


def test_backup_contents_are_plain_names_a_person_can_inspect(
    source: Workspace, tmp_path: Path, folder_bytes: FilesOf
) -> None:
    made = backup.write_backup(source.paths, tmp_path / "b.zip")
    with zipfile.ZipFile(made.path) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read(backup_format.MANIFEST))
    shas = sorted(folder_bytes(source.paths.attachments))
    assert names[:2] == [backup_format.MANIFEST, backup_format.DATABASE_ENTRY]
    assert sorted(names[2:]) == [f"attachments/{sha}" for sha in shas]
    assert sorted(manifest["attachments"]) == shas
    assert manifest["format"] == backup_format.FORMAT


def test_a_backup_is_dated_by_the_clock_it_is_given(source: Workspace) -> None:
    """Backups read the time from an injected clock, like everything else, so a test sets it."""
    noon = datetime(2026, 5, 3, 12, 0, 0, tzinfo=UTC)
    millis = int(noon.timestamp() * 1000)
    info = backup.automatic_backup(source.paths, reason="test", now_millis=lambda: millis)
    local = noon.astimezone().replace(tzinfo=None)
    assert info.created_at == "2026-05-03T12:00:00Z"
    assert info.path.name.startswith(f"auto-{local:%Y%m%d-%H%M%S}-")
    assert backup.default_backup_name(now_millis=lambda: millis) == (
        f"groupdesk-backup-{local:%Y%m%d-%H%M%S}.zip"
    )
