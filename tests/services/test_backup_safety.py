"""Backups kept safe from a lost laptop: a copy in a second place, and sealed with a passphrase."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from support.backup_states import mark

from groupdesk.config import DataPaths
from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.services import backup, backup_format, restore
from groupdesk.services.backup_safety import (
    MissingBackupKey,
    copy_to_second_place,
    set_backup_passphrase,
    set_second_place,
)
from groupdesk.services.backup_whereabouts import encrypted, list_backups, second_place
from groupdesk.services.members.records import add_member
from groupdesk.services.settings import create_group
from groupdesk.services.workspace import Workspace

RowsOf = Callable[[Path], dict[str, list[tuple[Any, ...]]]]
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def elm(group_workspace: Workspace) -> Workspace:
    add_member(group_workspace.uow(), values={"full_name": "Priya Patel"})
    return group_workspace


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


# --- the second place ------------------------------------------------------------------------


def test_every_backup_is_copied_to_the_second_place(elm: Workspace, stick: Path) -> None:
    set_second_place(elm.uow(), folder=stick)

    manual = backup.write_backup(elm.paths, elm.paths.backups / "mine.zip")
    automatic = backup.automatic_backup(elm.paths, reason="before-sync")

    assert (manual.copied_to, manual.not_copied) == (stick / "mine.zip", "")
    assert automatic.copied_to == stick / automatic.path.name
    assert (stick / "mine.zip").read_bytes() == manual.path.read_bytes()
    assert backup_format.inspect_backup(stick / automatic.path.name).reason == "before-sync"


def test_an_unplugged_second_place_is_said_plainly_and_the_backup_still_made(
    elm: Workspace, stick: Path
) -> None:
    set_second_place(elm.uow(), folder=stick)
    stick.rmdir()  # the USB stick is unplugged

    made = backup.automatic_backup(elm.paths, reason="before-sync")

    assert made.path.is_file() and made.copied_to is None
    assert made.not_copied == (
        f"The second place, {stick}, is not there (a USB stick unplugged?): this backup is only "
        "on this laptop."
    )


def test_the_second_place_keeps_as_many_automatic_backups_as_the_laptop(
    elm: Workspace, stick: Path
) -> None:
    set_second_place(elm.uow(), folder=stick)
    backup.set_backups_to_keep(elm.uow(), keep=2)
    made = []
    for i in range(4):
        mark(elm.paths.database, str(i))
        made.append(backup.automatic_backup(elm.paths, reason=f"n{i}").path.name)
    assert sorted(p.name for p in stick.iterdir()) == made[2:]


@pytest.mark.parametrize(
    ("folder", "message"),
    [
        (Path("relative/stick"), "give the whole path, not relative/stick"),
        (Path("/nowhere/stick"), "/nowhere/stick is not there: plug in the stick or make the"),
    ],
)
def test_a_second_place_that_cannot_be_used_is_refused_by_field(
    elm: Workspace, folder: Path, message: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        set_second_place(elm.uow(), folder=folder)
    assert refused.value.errors["second_place"].startswith(message)
    assert second_place(elm.paths) is None


def test_the_data_folder_itself_is_not_a_second_place(elm: Workspace) -> None:
    with pytest.raises(ValidationError, match="outside the data folder"):
        set_second_place(elm.uow(), folder=elm.paths.backups)


def test_a_copy_without_a_second_place_is_neither_made_nor_missed(elm: Workspace) -> None:
    made = backup.write_backup(elm.paths, elm.paths.backups / "b.zip")
    result = copy_to_second_place(elm.paths, made.path)
    assert (result.path, result.problem) == (None, "")


# --- encryption --------------------------------------------------------------------------------


def test_a_sealed_backup_holds_no_readable_record_and_restores_with_its_passphrase(
    elm: Workspace, tmp_path: Path, database_rows: RowsOf
) -> None:
    assert not encrypted(elm.paths)
    set_backup_passphrase(elm.uow(), passphrase=PASSPHRASE)
    assert encrypted(elm.paths)

    made = backup.write_backup(elm.paths, tmp_path / "b.zip")

    assert made.path == tmp_path / "b.sealed" and made.encrypted
    sealed = made.path.read_bytes()
    assert b"Priya" not in sealed and b"Test Group" not in sealed and b"SQLite" not in sealed
    assert not zipfile.is_zipfile(made.path)
    listed = backup_format.inspect_backup(made.path)
    assert (listed.encrypted, listed.group_name, listed.reason) == (True, "", "manual")

    plan = restore.plan_restore(DataPaths(tmp_path / "new"), made.path, passphrase=PASSPHRASE)
    assert (plan.backup.group_name, plan.backup.members, plan.backup.encrypted) == (
        "Test Group",
        1,
        True,
    )
    elsewhere = DataPaths(tmp_path / "new")
    restored = restore.restore_backup(elsewhere, made.path, passphrase=PASSPHRASE)
    assert restored.backup.encrypted
    assert database_rows(elsewhere.database) == database_rows(elm.paths.database)


def test_a_sealed_backup_asks_for_its_passphrase_and_a_wrong_one_is_said(
    elm: Workspace, target_paths: DataPaths, tmp_path: Path, database_rows: RowsOf
) -> None:
    set_backup_passphrase(elm.uow(), passphrase=PASSPHRASE)
    made = backup.write_backup(elm.paths, tmp_path / "b.zip").path
    before = database_rows(target_paths.database)

    with pytest.raises(ValidationError) as missing:
        restore.restore_backup(target_paths, made)
    assert missing.value.errors == {
        "passphrase": "b.sealed is encrypted: give the passphrase it was made with"
    }
    with pytest.raises(ValidationError) as wrong:
        restore.restore_backup(target_paths, made, passphrase="not the right words")
    assert wrong.value.errors == {
        "passphrase": "this is not the passphrase b.sealed was encrypted with"
    }
    assert database_rows(target_paths.database) == before
    assert not list(target_paths.backups.iterdir())


def test_a_changed_byte_in_a_sealed_backup_is_refused_as_damaged(
    elm: Workspace, target_paths: DataPaths, tmp_path: Path
) -> None:
    set_backup_passphrase(elm.uow(), passphrase=PASSPHRASE)
    made = backup.write_backup(elm.paths, tmp_path / "b.zip").path
    data = bytearray(made.read_bytes())
    data[-100] ^= 1
    made.write_bytes(bytes(data))

    with pytest.raises(GroupDeskError, match=r"b\.sealed is damaged or cut short"):
        restore.restore_backup(target_paths, made, passphrase=PASSPHRASE)


def test_automatic_backups_are_sealed_too_and_listed_as_encrypted(elm: Workspace) -> None:
    set_backup_passphrase(elm.uow(), passphrase=PASSPHRASE)
    made = backup.automatic_backup(elm.paths, reason="before-sync")
    (listed,) = list_backups(elm.paths)
    assert (listed.path, listed.encrypted) == (made.path, True)
    assert made.path.suffix == ".sealed"


def test_a_lost_backup_key_stops_a_manual_backup_but_not_the_app(
    elm: Workspace, stick: Path
) -> None:
    """Another user account, a reset keyring: the automatic backup before an upgrade must not
    keep the group from opening, and a plain copy must not leave the laptop."""
    set_second_place(elm.uow(), folder=stick)
    set_backup_passphrase(elm.uow(), passphrase=PASSPHRASE, store=ForgetfulStore())

    with pytest.raises(MissingBackupKey, match="set the backup passphrase again in Settings"):
        backup.write_backup(elm.paths, elm.paths.backups / "mine.zip")
    made = backup.automatic_backup(elm.paths, reason="before-upgrade-from-0002")

    assert made.path.is_file() and not made.encrypted
    assert made.copied_to is None and list(stick.iterdir()) == []
    assert made.not_copied.endswith("Until then, automatic backups stay on this laptop.")


class ForgetfulStore:
    """A keyring that takes the key and has lost it by the next question."""

    def get(self, group_id: str) -> bytes | None:
        return None

    def put(self, group_id: str, key: bytes) -> None:
        pass


def test_a_short_passphrase_is_refused_and_backups_stay_plain(elm: Workspace) -> None:
    with pytest.raises(ValidationError, match="at least 10 characters"):
        set_backup_passphrase(elm.uow(), passphrase="short")
    assert not encrypted(elm.paths)


def test_turning_encryption_off_makes_plain_backups_again(elm: Workspace, tmp_path: Path) -> None:
    set_backup_passphrase(elm.uow(), passphrase=PASSPHRASE)
    set_backup_passphrase(elm.uow(), passphrase=None)
    made = backup.write_backup(elm.paths, tmp_path / "b.zip")
    assert (made.path.suffix, made.encrypted) == (".zip", False)


@pytest.fixture
def target_paths(make_workspace: Callable[..., Workspace]) -> DataPaths:
    """Another group's closed data folder, which a refused restore must leave as it was."""
    workspace = make_workspace("target")
    create_group(workspace.uow(), name="Riverside Neighbours", currency="EUR")
    workspace.close()
    return workspace.paths
