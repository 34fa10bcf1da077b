"""A laptop joining the folder does not trust a snapshot blindly (issue 15 item 11): a crafted
snapshot claiming every member deleted made a new laptop show 0 of its group's members, without
a word. Now a snapshot whose change files are all still in the folder is passed over for those
files, and one that deletes most rows with no files left to check it stops."""

from __future__ import annotations

import pytest
from hostile import sync_folders as hostile
from sync_helpers import (
    add_member,
    change_log,
    files,
    live_members,
    setup_group,
    snapshot_changes,
    state,
    sync,
)

from groupdesk.services.sync.config import sync_config
from groupdesk.services.sync.setup import group_join_code, join_folder

NAMES = ["Ana Petrova", "Kwame Mensah", "Zoë Ñúñez", "Li Lei", "Sam Okafor", "Mia Rossi"]


@pytest.fixture
def crafted(laptops, sync_folder):  # type: ignore[no-untyped-def]
    """Ana's group of six members, and a snapshot sealed with the key that says all six are
    deleted and covers Ana's change files."""
    ana = laptops("ana")
    setup_group(ana, [], sync_folder, names=["Ana's laptop"])
    ids = [add_member(ana, name) for name in NAMES]
    sync(ana)
    key, group_id = hostile.group_key(ana)
    deletions = [
        ("members", member_id, "deleted_at", hostile.stamp(1_790_000_000_000, counter=n), None,
         '"2026-12-01T10:00:00"')
        for n, member_id in enumerate(ids)
    ]  # fmt: skip
    top = len(files(sync_folder, f"changes/{ana.device_id}"))
    name = hostile.sealed_snapshot(
        sync_folder, key, group_id, snapshot_changes(ana) + deletions, {ana.device_id: top}
    )
    return ana, name


def test_a_snapshot_whose_change_files_are_all_there_is_passed_over_for_them(
    crafted, laptops, sync_folder
) -> None:  # type: ignore[no-untyped-def]
    ana, name = crafted
    newcomer = laptops("newcomer")
    joined = join_folder(newcomer, folder=sync_folder, code=group_join_code(ana))
    assert sorted(live_members(newcomer)) == sorted(NAMES)
    assert name not in {f.name for f in joined.report.files_read}
    assert state(newcomer) == state(ana)


def test_a_snapshot_deleting_most_rows_with_its_files_gone_stops_until_allowed(
    crafted, laptops, sync_folder
) -> None:  # type: ignore[no-untyped-def]
    ana, name = crafted
    for path in files(sync_folder, f"changes/{ana.device_id}"):
        path.unlink()  # pruned: nothing left to check the snapshot against
    newcomer = laptops("newcomer")
    joined = join_folder(newcomer, folder=sync_folder, code=group_join_code(ana))
    assert joined.report.stopped == (
        f"Stopped before {name}, written by another laptop (…00beef): it says 6 of its 6 "
        "members are deleted, and the change files that would show it are gone. Nothing from "
        "it was applied. If your group did delete them, sync again and allow it."
    )
    assert live_members(newcomer) == []
    assert change_log(newcomer) == set()  # nothing of it was kept, not even its changes
    [report] = sync(newcomer, allow_mass_delete=True)
    assert report.stopped is None
    assert live_members(newcomer) == []


def test_a_true_snapshot_is_started_from_without_a_word(laptops, sync_folder) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from groupdesk.services.sync import keys
    from groupdesk.services.sync.folder import SyncFolder
    from groupdesk.services.sync.snapshots import write_snapshot

    ana, sam = laptops("ana"), laptops("sam")
    setup_group(ana, [sam], sync_folder)
    for name in NAMES:
        add_member(ana, name)
    sync(ana, sam, ana)
    config = sync_config(ana)
    key = keys.load_key(keys.keyring_store(), config.group_id)
    assert write_snapshot(ana, SyncFolder(sync_folder), key, config.group_id, datetime.now)
    for path in files(sync_folder):
        path.unlink()  # pruned: the snapshot is all a new laptop can start from
    newcomer = laptops("newcomer")
    joined = join_folder(newcomer, folder=sync_folder, code=group_join_code(ana))
    assert any(f.name.startswith("snapshots/") for f in joined.report.files_read)
    assert not [w for w in joined.report.warnings if "snapshot" in w]
    assert state(newcomer) == state(ana)
