"""Photos of an item: added, put in order and removed through the attachments service, and
carried whole by backup/restore and by sync to another laptop (upright there too)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from support.resource_rows import stored_item

from groupdesk.config import DataPaths
from groupdesk.errors import ValidationError
from groupdesk.services import backup, restore
from groupdesk.services.resources.photos import (
    PhotoData,
    add_photo,
    photos_of,
    remove_photo,
    reorder_photos,
)
from groupdesk.services.sync.engine import run_sync
from groupdesk.services.sync.setup import init_folder, join_folder
from groupdesk.services.thumbnails import thumbnail
from groupdesk.services.workspace import Workspace, open_workspace


def picture(path: Path, colour: str, *, turned: bool = False) -> Path:
    """A landscape JPEG; `turned` stores it as a phone held upright does (EXIF orientation 6)."""
    exif = Image.Exif()
    if turned:
        exif[0x0112] = 6
    Image.new("RGB", (600, 300), colour).save(path, format="JPEG", exif=exif)
    return path


def names(photos: list[PhotoData]) -> list[str]:
    return [photo.filename for photo in photos]


@pytest.fixture
def gazebo(members_ws: Workspace) -> str:
    return stored_item(members_ws, "Gazebo")


def test_photos_are_added_in_order_reordered_and_removed(
    members_ws: Workspace, gazebo: str, tmp_path: Path
) -> None:
    for name, colour in (("front.jpg", "red"), ("side.jpg", "green"), ("bag.jpg", "blue")):
        add_photo(members_ws.uow(), item_id=gazebo, source=picture(tmp_path / name, colour))
    front, side, bag = photos_of(members_ws.uow(), item_id=gazebo)
    assert names([front, side, bag]) == ["front.jpg", "side.jpg", "bag.jpg"]

    reordered = reorder_photos(
        members_ws.uow(), item_id=gazebo, photo_ids=[bag.id, front.id, side.id]
    )
    assert names(reordered) == ["bag.jpg", "front.jpg", "side.jpg"]

    remove_photo(members_ws.uow(), photo_id=front.id)
    assert names(photos_of(members_ws.uow(), item_id=gazebo)) == ["bag.jpg", "side.jpg"]
    add_photo(members_ws.uow(), item_id=gazebo, source=picture(tmp_path / "poles.jpg", "white"))
    assert names(photos_of(members_ws.uow(), item_id=gazebo)) == [
        "bag.jpg",
        "side.jpg",
        "poles.jpg",
    ]


def test_a_reorder_that_misses_a_photo_is_refused(
    members_ws: Workspace, gazebo: str, tmp_path: Path
) -> None:
    first = add_photo(members_ws.uow(), item_id=gazebo, source=picture(tmp_path / "a.jpg", "red"))
    add_photo(members_ws.uow(), item_id=gazebo, source=picture(tmp_path / "b.jpg", "blue"))
    with pytest.raises(ValidationError) as refused:
        reorder_photos(members_ws.uow(), item_id=gazebo, photo_ids=[first.id])
    assert list(refused.value.errors) == ["photos"]
    assert names(photos_of(members_ws.uow(), item_id=gazebo)) == ["a.jpg", "b.jpg"]


def test_a_file_that_is_not_a_picture_is_refused_beside_the_photo_field(
    members_ws: Workspace, gazebo: str, tmp_path: Path
) -> None:
    notes = tmp_path / "gazebo.jpg"
    notes.write_text("poles: 8, pegs: 16")
    with pytest.raises(ValidationError) as refused:
        add_photo(members_ws.uow(), item_id=gazebo, source=notes)
    assert list(refused.value.errors) == ["photo"]
    assert photos_of(members_ws.uow(), item_id=gazebo) == []


def upright(workspace: Workspace, photo: PhotoData) -> tuple[int, int]:
    """The size of the photo's thumbnail on `workspace` (portrait when turned upright)."""
    with Image.open(thumbnail(workspace.uow(), attachment_id=photo.attachment_id).path) as shown:
        return shown.size


def test_photos_come_back_whole_from_a_backup(
    members_ws: Workspace, gazebo: str, tmp_path: Path
) -> None:
    add_photo(
        members_ws.uow(), item_id=gazebo, source=picture(tmp_path / "a.jpg", "red", turned=True)
    )
    add_photo(members_ws.uow(), item_id=gazebo, source=picture(tmp_path / "b.jpg", "blue"))
    before = photos_of(members_ws.uow(), item_id=gazebo)
    backup.write_backup(members_ws.paths, tmp_path / "backup.zip")

    elsewhere = DataPaths(tmp_path / "elsewhere")
    restore.restore_backup(elsewhere, tmp_path / "backup.zip")
    restored = open_workspace(elsewhere)
    try:
        assert photos_of(restored.uow(), item_id=gazebo) == before
        assert [upright(restored, photo) for photo in before] == [(128, 256), (256, 128)]
    finally:
        restored.close()


def test_photos_reach_another_laptop_by_sync_in_their_order(
    members_ws: Workspace,
    gazebo: str,
    make_workspace: Callable[..., Workspace],
    tmp_path: Path,
) -> None:
    folder = tmp_path / "sync-folder"
    code = init_folder(members_ws, folder=folder, name="Fatima's laptop").join_code
    other = make_workspace("tomas")
    join_folder(other, folder=folder, code=code, name="Tomás's laptop")

    a = add_photo(
        members_ws.uow(), item_id=gazebo, source=picture(tmp_path / "a.jpg", "red", turned=True)
    )
    b = add_photo(members_ws.uow(), item_id=gazebo, source=picture(tmp_path / "b.jpg", "blue"))
    reorder_photos(members_ws.uow(), item_id=gazebo, photo_ids=[b.id, a.id])
    run_sync(members_ws, backup=False)
    run_sync(other, backup=False)

    arrived = photos_of(other.uow(), item_id=gazebo)
    assert arrived == photos_of(members_ws.uow(), item_id=gazebo)
    assert names(arrived) == ["b.jpg", "a.jpg"]
    assert [upright(other, photo) for photo in arrived] == [(256, 128), (128, 256)]

    remove_photo(other.uow(), photo_id=b.id)
    run_sync(other, backup=False)
    run_sync(members_ws, backup=False)
    assert names(photos_of(members_ws.uow(), item_id=gazebo)) == ["a.jpg"]
