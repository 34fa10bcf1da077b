"""Hostile backups (issue 15 items 14–16): each is refused with one sentence naming the file and
what is wrong, before anything is expanded or replaced."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile import backups as hostile

from groupdesk import db
from groupdesk.config import DataPaths
from groupdesk.services import backup_format, restore
from groupdesk.services.backup_checks import BackupError
from groupdesk.services.settings import create_group
from groupdesk.services.workspace import Workspace

MakeWorkspace = Callable[..., Workspace]


@pytest.fixture
def database(make_workspace: MakeWorkspace, tmp_path: Path) -> bytes:
    """The bytes of a real, current GroupDesk database holding a group."""
    workspace = make_workspace("source")
    create_group(workspace.uow(), name="Source group", currency="EUR")
    copy = tmp_path / "copy.sqlite"
    db.copy_database(workspace.paths.database, copy)
    workspace.close()
    return copy.read_bytes()


def refused(target: DataPaths, source: Path, *words: str) -> str:
    """Restore `source` over `target`, expecting a one-line refusal naming the file; the data
    folder is left exactly as it was."""
    before = target.database.read_bytes()
    with pytest.raises(BackupError) as caught:
        restore.restore_backup(target, source)
    message = str(caught.value)
    assert "\n" not in message and source.name in message, message
    for word in words:
        assert word in message, message
    assert target.database.read_bytes() == before
    assert not list(target.root.glob(".restore-*"))
    return message


def test_a_manifest_nested_a_hundred_thousand_deep_is_refused_in_one_line(
    database: bytes, target: DataPaths, tmp_path: Path
) -> None:
    source = hostile.deeply_nested_manifest(tmp_path / "deep.zip", database)
    refused(target, source, "nested too deeply")
    with pytest.raises(BackupError, match=r"deep\.zip"):
        backup_format.inspect_backup(source)


@pytest.mark.parametrize("version", [[1], "1", None, 1.5, True, {"v": 1}])
def test_a_format_version_of_the_wrong_kind_is_refused(
    database: bytes, target: DataPaths, tmp_path: Path, version: object
) -> None:
    source = hostile.backup_with(tmp_path / "typed.zip", database, format_version=version)
    refused(target, source, "format_version")


@pytest.mark.parametrize("field", ["group_name", "created_at", "schema_revision", "attachments"])
def test_other_manifest_fields_of_the_wrong_kind_are_refused(
    database: bytes, target: DataPaths, tmp_path: Path, field: str
) -> None:
    source = hostile.backup_with(tmp_path / "fields.zip", database, **{field: {"x": [1]}})
    refused(target, source, "damaged")
    with pytest.raises(BackupError):
        backup_format.inspect_backup(source)


def test_an_encrypted_entry_is_refused(database: bytes, target: DataPaths, tmp_path: Path) -> None:
    source = hostile.backup_with(tmp_path / "locked.zip", database)
    hostile.patch_entry(source, backup_format.DATABASE_ENTRY, flag_bits=0x1)
    refused(target, source, "encrypted entry", backup_format.DATABASE_ENTRY)


def test_an_unknown_compression_method_is_refused(
    database: bytes, target: DataPaths, tmp_path: Path
) -> None:
    source = hostile.backup_with(tmp_path / "method.zip", database)
    hostile.patch_entry(source, backup_format.DATABASE_ENTRY, method=99)
    refused(target, source, "compression method", "99")


def test_a_zip_bomb_is_refused_by_its_declared_size_before_anything_is_written(
    database: bytes, target: DataPaths, tmp_path: Path
) -> None:
    source = hostile.zip_bomb(tmp_path / "bomb.zip", database)
    assert source.stat().st_size < 2 << 20
    refused(target, source, "zip bomb")


def test_an_entry_larger_than_it_declares_is_cut_off_as_it_is_read(tmp_path: Path) -> None:
    from groupdesk.services.backup_checks import copy_entry

    source = tmp_path / "liar.zip"
    with zipfile.ZipFile(source, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("big", b"\0" * (4 << 20))
    with (
        zipfile.ZipFile(source) as archive,
        (tmp_path / "out").open("wb") as out,
        pytest.raises(BackupError, match="larger than it declares"),
    ):
        copy_entry("liar.zip", archive, "big", out, limit=1 << 20)
    assert (tmp_path / "out").stat().st_size <= 1 << 20


def test_an_encrypted_backup_whose_header_is_nested_deep_is_refused(
    target: DataPaths, tmp_path: Path
) -> None:
    from groupdesk.errors import GroupDeskError

    source = hostile.sealed_with_nested_header(tmp_path / "deep.sealed")
    with pytest.raises(GroupDeskError, match=r"deep\.sealed.*nested too deeply"):
        backup_format.inspect_backup(source)


def test_an_encrypted_backup_asking_for_a_huge_key_cost_is_refused_before_any_work(
    tmp_path: Path,
) -> None:
    from groupdesk.errors import GroupDeskError
    from groupdesk.services.backup_safety import unseal_file

    source = hostile.sealed_with_cost(tmp_path / "costly.sealed", n=2**20, r=32, p=16)
    with pytest.raises(GroupDeskError, match=r"costly\.sealed.*key cost GroupDesk never writes"):
        unseal_file(source, tmp_path / "plain.zip", "correct horse battery staple")
