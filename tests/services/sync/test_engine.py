"""Sync between real data folders through a real folder on disk: merge, conflicts, relay, order."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

import pytest
from sync_helpers import (
    add_member,
    change_log,
    edit_member,
    files,
    live_members,
    member,
    setup_group,
    state,
    sync,
)

from groupdesk.services.history import record_history
from groupdesk.services.sync import snapshots
from groupdesk.services.sync.conflicts import list_conflicts, resolve_conflict


@pytest.fixture
def trio(laptops, sync_folder):  # type: ignore[no-untyped-def]
    ana, sam, lee = laptops("ana"), laptops("sam"), laptops("lee")
    setup_group(
        ana, [sam, lee], sync_folder, names=["Ana's laptop", "Sam's laptop", "Lee's laptop"]
    )
    return ana, sam, lee


def test_an_edit_on_one_laptop_reaches_the_others(trio) -> None:  # type: ignore[no-untyped-def]
    ana, sam, lee = trio
    member_id = add_member(ana, "Zoë Ñúñez", phone="+44 1")
    sync(ana, sam, lee)
    assert member(sam, member_id).full_name == "Zoë Ñúñez"
    assert state(ana) == state(sam) == state(lee)


def test_concurrent_edits_of_one_field_keep_the_newest_and_list_one_conflict(trio) -> None:  # type: ignore[no-untyped-def]
    ana, sam, lee = trio
    member_id = add_member(ana, "Łukasz Nowak")
    sync(ana, sam, lee)
    edit_member(ana, member_id, phone="111")
    sam.test_clock.millis = ana.test_clock.millis + 10_000  # Sam edits a little later
    edit_member(sam, member_id, phone="222")
    sync(ana, sam, lee, ana, sam)
    assert state(ana) == state(sam) == state(lee)
    assert member(ana, member_id).phone == "222"  # Sam's stamp is newer
    for laptop in (ana, sam, lee):
        [conflict] = list_conflicts(laptop.uow())
        assert (conflict.field, conflict.mine, conflict.theirs) == ("phone", "222", "111")
        assert (conflict.mine_device, conflict.theirs_device) == ("Sam's laptop", "Ana's laptop")
        assert conflict.record == "Łukasz Nowak"


def test_edits_of_different_fields_of_one_row_both_survive_without_conflict(trio) -> None:  # type: ignore[no-untyped-def]
    ana, sam, _ = trio
    member_id = add_member(ana)
    sync(ana, sam)
    edit_member(ana, member_id, phone="111")
    edit_member(sam, member_id, email="ana@example.org")
    sync(ana, sam, ana)
    assert (member(ana, member_id).phone, member(ana, member_id).email) == (
        "111",
        "ana@example.org",
    )
    assert state(ana) == state(sam)
    assert list_conflicts(ana.uow()) == []


def test_an_edit_made_after_seeing_the_other_is_an_overwrite_not_a_conflict(trio) -> None:  # type: ignore[no-untyped-def]
    ana, sam, _ = trio
    member_id = add_member(ana)
    edit_member(ana, member_id, phone="111")
    sync(ana, sam)
    edit_member(sam, member_id, phone="222")
    sync(sam, ana)
    assert member(ana, member_id).phone == "222"
    assert list_conflicts(ana.uow()) == list_conflicts(sam.uow()) == []


@pytest.mark.parametrize("keep, expected", [("mine", "222"), ("theirs", "111")])
def test_resolving_a_conflict_decides_it_on_every_laptop(trio, keep, expected) -> None:  # type: ignore[no-untyped-def]
    ana, sam, lee = trio
    member_id = add_member(ana)
    sync(ana, sam, lee)
    edit_member(ana, member_id, phone="111")
    sam.test_clock.millis = ana.test_clock.millis + 10_000  # Sam edits a little later
    edit_member(sam, member_id, phone="222")
    sync(ana, sam, lee)
    [conflict] = list_conflicts(lee.uow())
    resolve_conflict(lee.uow(), conflict_id=conflict.id, keep=keep)
    assert list_conflicts(lee.uow()) == []
    sync(lee, ana, sam)
    for laptop in (ana, sam, lee):
        assert member(laptop, member_id).phone == expected
        assert list_conflicts(laptop.uow()) == []
    assert state(ana) == state(sam) == state(lee)


def test_a_delete_and_a_concurrent_edit_leave_the_row_deleted_with_the_edit_in_history(
    trio,
) -> None:  # type: ignore[no-untyped-def]
    ana, sam, _ = trio
    member_id = add_member(ana, "Kwame Mensah")
    sync(ana, sam)
    edit_member(ana, member_id, deleted_at=datetime(2026, 5, 1))
    sam.test_clock.millis = ana.test_clock.millis + 10_000
    edit_member(sam, member_id, phone="999")
    sync(ana, sam, ana)
    assert state(ana) == state(sam)
    assert "Kwame Mensah" not in live_members(ana)
    history = record_history(ana.uow(), table="members", row_id=member_id)
    assert any(c.field == "phone" and c.new == "999" for e in history for c in e.changes)
    edit_member(ana, member_id, deleted_at=None)  # restore: the edit is there
    sync(ana, sam)
    assert member(sam, member_id).phone == "999"
    assert "Kwame Mensah" in live_members(sam)


def test_history_says_which_laptop_changed_what_and_when(trio) -> None:  # type: ignore[no-untyped-def]
    ana, sam, _ = trio
    member_id = add_member(ana, "Amara Okafor", phone="1")
    sync(ana, sam)
    edit_member(sam, member_id, phone="2")
    sync(sam, ana)
    newest, created = record_history(ana.uow(), table="members", row_id=member_id)
    assert newest.device_name == "Sam's laptop"
    assert [(c.field, c.old, c.new) for c in newest.changes] == [("phone", "1", "2")]
    assert created.created and created.device_name == "Ana's laptop"
    assert "Sam's laptop changed Phone on" in newest.describe("en_GB")


def test_reading_the_same_file_twice_equals_reading_it_once(trio) -> None:  # type: ignore[no-untyped-def]
    ana, sam, _ = trio
    member_id = add_member(ana)
    edit_member(ana, member_id, phone="5")
    sync(ana, sam)
    before, log_before = state(sam), change_log(sam)
    with sam.uow() as uow:  # forget having read anything: every file is read again
        uow.session.connection().exec_driver_sql("DELETE FROM sync_files WHERE written = 0")
        uow.commit()
    [report] = sync(sam)
    assert report.files_read and report.new_changes == 0
    assert state(sam) == before and change_log(sam) == log_before


def test_a_usb_stick_carried_a_to_b_to_c_brings_a_edits_to_c(trio, sync_folder) -> None:  # type: ignore[no-untyped-def]
    ana, sam, lee = trio
    member_id = add_member(ana, "Priya Sharma")
    sync(ana, sam)
    lost = files(sync_folder, f"changes/{ana.device_id}") + files(sync_folder, "snapshots")
    assert lost
    for path in lost:
        path.unlink()  # the cloud drive lost Ana's files (or Ana's laptop was stolen)
    edit_member(sam, member_id, phone="7")
    sync(sam, lee)
    assert member(lee, member_id).full_name == "Priya Sharma"
    assert member(lee, member_id).phone == "7"
    assert state(lee) == state(sam)


def test_a_change_that_arrives_before_its_row_waits_hidden_then_both_apply(
    trio, sync_folder, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    ana, sam, lee = trio
    member_id = add_member(ana, "Wei Chen")
    sync(ana, sam)
    edit_member(sam, member_id, phone="3")
    sync(sam)
    aside = tmp_path / "aside"
    shutil.move(sync_folder / "changes" / ana.device_id, aside)  # still on its way
    sync(lee)
    assert "Wei Chen" not in live_members(lee)
    shutil.move(aside, sync_folder / "changes" / ana.device_id)
    sync(lee)
    assert member(lee, member_id).phone == "3" and "Wei Chen" in live_members(lee)
    assert state(lee) == state(sam)


def test_a_laptop_joining_later_starts_from_the_snapshot(laptops, sync_folder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(snapshots, "SNAPSHOT_EVERY", 4)
    ana, sam = laptops("ana"), laptops("sam")
    setup_group(ana, [sam], sync_folder)
    ids = [add_member(ana, f"Member {i}") for i in range(5)]
    sync(ana, sam)
    edit_member(sam, ids[1], phone="1")
    sync(sam, ana)
    assert not files(sync_folder, "snapshots")  # none yet: the change files are all there
    for n in range(4):
        edit_member(ana, ids[0], phone=str(n))
        sync(ana)  # a snapshot once Ana has written four change files
    [snapshot] = files(sync_folder, "snapshots")
    covered = int(snapshot.stem.rsplit("-", 1)[1])
    for path in files(sync_folder, f"changes/{ana.device_id}"):
        if int(path.stem) <= covered:
            path.unlink()  # pruned after the grace period: the snapshot stands for them
    late = laptops("late")
    from groupdesk.services.sync.setup import group_join_code, join_folder

    result = join_folder(late, folder=sync_folder, code=group_join_code(ana), name="Late")
    assert any(f.name.startswith("snapshots/") for f in result.report.files_read)
    sync(ana, sam)
    assert state(late) == state(ana) == state(sam)


def test_today_and_dates_survive_the_trip(trio) -> None:  # type: ignore[no-untyped-def]
    ana, sam, _ = trio
    member_id = add_member(ana, "Inès Dubois", joined_on=date(2024, 2, 29), consent_photo=True)
    sync(ana, sam)
    copy = member(sam, member_id)
    assert (copy.joined_on, copy.consent_photo) == (date(2024, 2, 29), True)


def test_temporary_names_are_ignored_and_cloud_copies_read_to_no_effect(trio, sync_folder) -> None:  # type: ignore[no-untyped-def]
    """A cloud drive's copy of a file is read like the file (it may be the only copy of some
    edits, see test_conflicted_copies.py); reading the same changes again does nothing."""
    ana, sam, _ = trio
    add_member(ana, "Mateo Silva")
    sync(ana)
    [newest] = files(sync_folder, f"changes/{ana.device_id}")[-1:]
    for odd in ("0000000009 (1).gdc", "0000000009 (conflicted copy).gdc", ".tmp-abc", "9.gdc"):
        shutil.copy(newest, newest.with_name(odd))
    [report] = sync(sam)
    odd_ones = ("0000000009 (1).gdc", "0000000009 (conflicted copy).gdc", "9.gdc", newest.name)
    assert sorted(f.name for f in report.files_read) == sorted(
        f"changes/{ana.device_id}/{name}" for name in odd_ones
    )
    assert report.new_changes == 1 and report.problems == ()
    assert live_members(sam) == ["Mateo Silva"]
    assert state(ana) == state(sam)
    assert Path(newest).exists()
