"""Moving a group to another place (`setup.move_to`): the sealed note left in the old place's
manifest is followed only when the group's key opens it, and a folder named for one sync says
where the group went.
(Three laptops moving to a store and back through the CLI: tests/e2e/test_cli_sync_move.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_helpers import add_member, live_members, setup_group, sync

from groupdesk.services.sync import crypto, moved
from groupdesk.services.sync.config import GroupMovedError, sync_config
from groupdesk.services.sync.engine import run_sync
from groupdesk.services.sync.folder import SyncFolder
from groupdesk.services.sync.setup import move_to


def test_a_note_sealed_with_another_key_sends_nobody_away(laptops, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ana, sam = laptops("ana"), laptops("sam")
    old = tmp_path / "stick"
    setup_group(ana, [sam], old)
    elsewhere = moved.Destination(str(tmp_path / "thief"), None, "someone", "2026-12-01T00:00Z")
    group_id = sync_config(ana).group_id  # type: ignore[union-attr]
    forged = moved.sealed_note(elsewhere, crypto.new_group_key(), group_id)
    place = SyncFolder(old)
    moved.rewrite_note(place, place.manifest(), forged)
    add_member(sam, "Wei Chen")
    sync(sam, ana)
    assert "Wei Chen" in live_members(ana)
    assert sync_config(ana).folder == old  # type: ignore[union-attr]


def test_the_others_follow_a_move_and_an_old_stick_named_once_says_where_the_group_went(
    laptops, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ana, sam = laptops("ana"), laptops("sam")
    old, new = tmp_path / "stick", tmp_path / "cloud"
    setup_group(ana, [sam], old)
    add_member(sam, "Wei Chen")  # not sent before the move
    result = move_to(ana, folder=new)
    assert result.moved and result.where == str(new.resolve())
    assert list(new.glob("snapshots/*.gds"))  # a laptop joining later starts from it

    with pytest.raises(GroupMovedError, match=f"moved to the sync folder {new}"):
        run_sync(sam, folder_path=old, backup=False)
    sync(sam, ana)
    assert sync_config(sam).folder == new.resolve()  # type: ignore[union-attr]
    assert "Wei Chen" in live_members(ana)


def test_a_laptop_away_while_the_group_moved_twice_follows_both_moves_in_one_sync(
    laptops, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ana, sam = laptops("ana"), laptops("sam")
    setup_group(ana, [sam], tmp_path / "stick")
    add_member(sam, "Wei Chen")  # made while away
    move_to(ana, folder=tmp_path / "cloud")
    move_to(ana, folder=tmp_path / "server-share")
    sync(sam, ana)
    assert sync_config(sam).folder == (tmp_path / "server-share").resolve()  # type: ignore[union-attr]
    assert "Wei Chen" in live_members(ana)
