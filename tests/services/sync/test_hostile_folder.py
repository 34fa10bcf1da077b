"""A sync folder is untrusted (issue 15, items 6–8): nothing anyone can put in it may hang,
exhaust or redirect a laptop, or make it change its identity. The folders are built by
`tests/hostile/sync_folders.py`."""

from __future__ import annotations

import pytest
from hostile import sync_folders as hostile
from sync_helpers import add_member, live_members, setup_group, state, sync

from groupdesk.errors import ValidationError
from groupdesk.services.sync import format as fmt
from groupdesk.services.sync.setup import join_folder
from groupdesk.services.sync.transport import MAX_STREAMED_BYTES


@pytest.fixture
def pair(laptops, sync_folder):  # type: ignore[no-untyped-def]
    ana, sam = laptops("ana"), laptops("sam")
    setup_group(ana, [sam], sync_folder, names=["Ana's laptop", "Sam's laptop"])
    return ana, sam


def test_a_folder_asking_for_a_huge_passphrase_cost_is_refused_before_any_work(
    laptops, sync_folder
) -> None:  # type: ignore[no-untyped-def]
    """Item 6: n=2^20, r=32, p=16 in groupdesk-sync.json made `join` use 4.2 GB for 2 min."""
    ana, sam = laptops("ana"), laptops("sam")
    setup_group(ana, [], sync_folder)
    hostile.rewrite_manifest(
        sync_folder,
        passphrase_wrapped_key={
            "kdf": "scrypt", "n": 2**20, "r": 32, "p": 16,
            "salt": "AAAAAAAAAAAAAAAAAAAAAA==", "sealed_key": "AAAA",
        },
    )  # fmt: skip
    with pytest.raises(ValidationError) as raised:
        join_folder(sam, folder=sync_folder, passphrase="tidy garden shed monday")
    assert "is not the one GroupDesk wrote" in raised.value.errors["passphrase"]


@pytest.mark.parametrize("where", ["new name", "own name"])
def test_junk_under_this_laptops_id_does_not_change_its_id(pair, sync_folder, where) -> None:  # type: ignore[no-untyped-def]
    """Item 8: junk named like one of this laptop's files made it take a new device id on
    every run. Only a file sealed with the group key can mean 'the data folder was copied'."""
    ana, sam = pair
    add_member(ana, "Before the junk")
    [first] = sync(ana)
    device = ana.device_id
    name = fmt.file_name("changes", device, 7) if where == "new name" else first.written
    hostile.junk_file(sync_folder, name)
    hostile.junk_file(sync_folder, f"changes/{device}/0000000001 (conflicted copy).gdc")
    for _ in range(2):
        add_member(ana, "After the junk")
        [report] = sync(ana)
        assert ana.device_id == device
        assert not any("new id" in warning for warning in report.warnings)
    sync(sam)
    assert {"Before the junk", "After the junk"} <= set(live_members(sam))
    assert state(ana) == state(sam)


def _sync_within(workspace, seconds: float = 60):  # type: ignore[no-untyped-def]
    """One sync run that must end within `seconds` (a pipe once made it wait forever)."""
    import threading

    outcome: list[object] = []
    runner = threading.Thread(target=lambda: outcome.append(sync(workspace)[0]), daemon=True)
    runner.start()
    runner.join(seconds)
    assert outcome, f"the sync run did not end within {seconds} s"
    return outcome[0]


def test_a_device_file_over_a_megabyte_is_left_unread_and_named(pair, sync_folder) -> None:  # type: ignore[no-untyped-def]
    """A device file says a laptop's name and what it has read: a few hundred bytes. One of
    200 MB was read whole into memory at every sync (the limit was a change file's)."""
    ana, sam = pair
    add_member(ana, "Arrives anyway")
    sync(ana)
    name = fmt.file_name("device", hostile.STRANGER)
    hostile.huge_sparse_file(sync_folder, name, 200 << 20)
    report = _sync_within(sam)
    assert [(p.name, "more than a sync file can be" in p.reason) for p in report.problems] == [
        (name, True)
    ]
    assert "Arrives anyway" in live_members(sam)


@pytest.mark.parametrize("kind", ["huge file", "6 GB file", "link to /dev/zero", "pipe"])
def test_a_file_that_is_huge_a_link_or_a_pipe_is_left_alone_and_named(
    pair, sync_folder, kind
) -> None:  # type: ignore[no-untyped-def]
    """Item 7: a 6 GB file or a link to /dev/zero named like a change file was read whole
    into memory; a pipe made `sync run` wait forever. The rest of the folder still syncs.
    (Change files are read part by part now: a 6 GB file is opened, its header read and
    refused; one past the most a file in parts may be is refused by its size.)"""
    ana, sam = pair
    add_member(ana, "Arrives anyway")
    sync(ana)
    name = fmt.file_name("changes", hostile.STRANGER, 1)
    if kind == "huge file":
        hostile.huge_sparse_file(sync_folder, name, MAX_STREAMED_BYTES + 1)
        reason = "more than a sync file can be"
    elif kind == "6 GB file":
        hostile.huge_sparse_file(sync_folder, name, 6 << 30)
        reason = "the file's header is damaged"
    elif kind == "link to /dev/zero":
        hostile.symlink(sync_folder, name, "/dev/zero")
        reason = "is not a regular file (a link, a pipe or a device): left alone"
    else:
        hostile.fifo(sync_folder, name)
        reason = "is not a regular file (a link, a pipe or a device): left alone"
    report = _sync_within(sam)
    assert [(p.name, reason in p.reason) for p in report.problems] == [(name, True)]
    assert "Arrives anyway" in live_members(sam)


@pytest.mark.parametrize("part", ["own changes", "devices"])
def test_a_part_of_the_folder_replaced_by_a_link_is_never_written_through(
    pair, sync_folder, tmp_path, part
) -> None:  # type: ignore[no-untyped-def]
    """Item 7: `changes/<id>` or `devices/` replaced by a link made sync write outside the
    folder. Now nothing is written there, and the run says why in a sentence."""
    import shutil

    from groupdesk.errors import GroupDeskError

    ana, _ = pair
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    linked = f"changes/{ana.device_id}" if part == "own changes" else "devices"
    shutil.rmtree(sync_folder / linked)
    hostile.symlink(sync_folder, linked, elsewhere)
    add_member(ana, "Stays home")
    with pytest.raises(GroupDeskError) as raised:
        sync(ana)
    assert list(elsewhere.iterdir()) == []
    assert str(raised.value).startswith("Nothing was written to the sync folder: ")
    assert "is a link or a file, not a folder" in str(raised.value)


def test_a_sealed_file_that_unpacks_past_the_limit_is_refused(
    pair, sync_folder, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A laptop holding the key can seal a small body that inflates past any memory (the
    limit is lowered here so the test needs no gigabyte)."""
    import struct
    import zlib

    from groupdesk.services.sync import crypto

    monkeypatch.setattr(fmt, "MAX_BODY_BYTES", 1 << 20)
    ana, sam = pair
    key, group_id = hostile.group_key(ana)
    header = fmt.Header("changes", group_id, hostile.STRANGER, 1)
    header_bytes = __import__("json").dumps(header.to_json()).encode()
    prefix = fmt.MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes
    bomb = zlib.compress(b" " * (fmt.MAX_BODY_BYTES + 1), 9)
    name = fmt.file_name("changes", hostile.STRANGER, 1)
    hostile.junk_file(
        sync_folder, name, prefix + crypto.seal(crypto.subkey(key, "files"), bomb, prefix)
    )
    [report] = sync(sam)
    [problem] = report.problems
    assert problem.name == name and "unpacks to more than" in problem.reason
