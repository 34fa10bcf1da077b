"""A copied data folder meets a cloud drive's "conflicted copy": no edit is stranded.

Laptop D starts as a copy of laptop B's data folder, so both write change files under B's id
with the same names; the cloud drive keeps both and renames one. Every laptop must still end
up with every edit, whichever copy kept the name.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sync_helpers import add_member, edit_member, live_members, member, setup_group, state, sync

from groupdesk.config import DataPaths
from groupdesk.services.sync.engine import run_sync
from groupdesk.services.workspace import Workspace, open_workspace


@pytest.fixture
def four(laptops, sync_folder, tmp_path):  # type: ignore[no-untyped-def]
    """Ana, Ben and Cal share a folder; Dee's data folder is a copy of Ben's."""
    ana, ben, cal = laptops("ana"), laptops("ben"), laptops("cal")
    setup_group(ana, [ben, cal], sync_folder, names=["Ana's laptop", "Ben's laptop", "Cal's"])
    member_id = add_member(ana, "Kwame Mensah", phone="100")
    sync(ana, ben, cal)
    clock = ben.test_clock
    ben.close()
    shutil.copytree(ben.paths.root, tmp_path / "dee")
    ben = open_workspace(ben.paths, now_millis=clock)
    dee = open_workspace(DataPaths(tmp_path / "dee"), now_millis=clock)
    yield ana, ben, cal, dee, member_id
    ben.close()
    dee.close()


def _write_same_name(ben: Workspace, dee: Workspace, folder: Path, *, keeps_name: str) -> None:
    """Ben and Dee sync at once, each writing the next file under Ben's id; the cloud drive
    keeps `keeps_name`'s file under the name and renames the other one."""
    [ben_report] = sync(ben)
    ben_file = folder / ben_report.written
    aside = ben_file.read_bytes()
    ben_file.unlink()  # not arrived on Dee's computer yet
    [dee_report] = sync(dee)
    assert dee_report.written == ben_report.written
    dee_bytes = ben_file.read_bytes()
    renamed = ben_file.with_name(f"{ben_file.stem} (conflicted copy 2026-12-04).gdc")
    if keeps_name == "ben":
        ben_file.write_bytes(aside)
        renamed.write_bytes(dee_bytes)
    else:
        renamed.write_bytes(aside)


@pytest.mark.parametrize("keeps_name", ["ben", "dee"])
def test_edits_on_a_copied_data_folder_reach_everyone_whichever_copy_keeps_the_name(
    four, sync_folder, keeps_name
) -> None:  # type: ignore[no-untyped-def]
    ana, ben, cal, dee, member_id = four
    edit_member(ben, member_id, phone="200")
    add_member(ben, "Added on Ben's")
    edit_member(dee, member_id, email="kwame@example.org")
    add_member(dee, "Added on Dee's")
    _write_same_name(ben, dee, sync_folder, keeps_name=keeps_name)
    for _ in range(3):
        sync(ana, ben, cal, dee)
    assert ben.device_id != dee.device_id
    assert state(ana) == state(ben) == state(cal) == state(dee)
    assert {"Added on Ben's", "Added on Dee's"} <= set(live_members(ana))
    kwame = member(cal, member_id)
    assert (kwame.phone, kwame.email) == ("200", "kwame@example.org")


def test_a_duplicate_of_this_laptops_own_file_changes_nothing(laptops, sync_folder) -> None:  # type: ignore[no-untyped-def]
    ana, sam = laptops("ana"), laptops("sam")
    setup_group(ana, [sam], sync_folder, names=["Ana's laptop", "Sam's laptop"])
    add_member(ana, "Written once")
    [report] = sync(ana)
    own = sync_folder / report.written
    own.with_name(f"{own.stem} (1).gdc").write_bytes(own.read_bytes())
    (own.parent / "desktop.ini").write_text("[.ShellClassInfo]\n")
    before = ana.device_id
    [again] = sync(ana)
    assert ana.device_id == before and again.problems == () and again.warnings == ()
    [report] = sync(sam)
    assert report.problems == ()
    assert live_members(sam) == ["Written once"]
    assert state(ana) == state(sam)


def test_a_renamed_file_that_is_not_this_groups_is_not_applied(
    laptops, sync_folder, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    ana, sam = laptops("ana"), laptops("sam")
    setup_group(ana, [sam], sync_folder)
    other = laptops("other")
    setup_group(other, [], tmp_path / "elsewhere")
    add_member(other, "Stranger")
    [written] = sync(other)
    foreign = tmp_path / "elsewhere" / written.written
    target = sync_folder / "changes" / ana.device_id / "0000000009 (1).gdc"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(foreign.read_bytes())
    report = run_sync(sam, backup=False)
    assert live_members(sam) == []
    assert [p.name for p in report.problems] == [f"changes/{ana.device_id}/0000000009 (1).gdc"]
