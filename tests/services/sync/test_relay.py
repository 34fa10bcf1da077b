"""Syncing once through another folder of the group (a USB stick carried between laptops)."""

from __future__ import annotations

import shutil
from pathlib import Path

from sync_helpers import add_member, live_members, setup_group, state, sync

from groupdesk.services.sync import format as fmt
from groupdesk.services.sync.config import sync_config
from groupdesk.services.sync.setup import group_join_code, join_folder


def _stick(sync_folder: Path, tmp_path: Path) -> Path:
    """A second folder of the same group: a USB stick that holds only the folder's manifest."""
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    shutil.copy(sync_folder / fmt.FOLDER_FILE, stick / fmt.FOLDER_FILE)
    return stick


def test_a_relay_does_not_send_what_the_folder_holds_in_another_laptops_file(
    laptops, sync_folder, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    ana, ben = laptops("ana"), laptops("ben")
    setup_group(ana, [ben], sync_folder)
    for n in range(30):
        add_member(ana, f"Member {n}")
    sync(ana, ben)
    stick = _stick(sync_folder, tmp_path)
    [carried] = sync(ben, folder_path=stick)  # Ben carries Ana's members to the stick
    assert carried.exported_changes >= 30
    add_member(ana, "Added since")
    [relayed] = sync(ana, folder_path=stick)
    assert relayed.exported_changes == 1  # only what the stick lacks, not Ana's 30 again
    cal = laptops("cal")
    join_folder(cal, folder=stick, code=group_join_code(ana), name="Cal's laptop")
    assert len(live_members(cal)) == 31
    assert state(cal) == state(ana)


def test_a_one_off_folder_is_not_remembered_unless_asked(laptops, sync_folder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ana, ben = laptops("ana"), laptops("ben")
    setup_group(ana, [ben], sync_folder)
    stick = _stick(sync_folder, tmp_path)
    sync(ana, folder_path=stick)
    assert sync_config(ana).folder == sync_folder.resolve()
    sync(ana, folder_path=stick, remember_folder=True)
    assert sync_config(ana).folder == stick.resolve()
