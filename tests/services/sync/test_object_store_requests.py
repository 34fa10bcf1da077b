"""What a sync costs over an object store, counted request by request (issue 18): a laptop
lists only what is new to it, and never reads again a file it has read or written.

The copied-data-folder tests of `test_safety` run here again over the store: they must hold
although a laptop no longer reads its own files back at every sync."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import Any

import pytest
from sync_helpers import add_member, edit_member, live_members, setup_group, state, sync
from test_features import _attach
from test_object_store import _snapshot_now
from test_safety import (  # noqa: F401  (collected here again, over the store)
    test_a_copied_data_folder_takes_a_new_device_id,
    test_a_file_written_just_before_the_process_ended_is_not_taken_for_a_copy,
)

from groupdesk.services.sync import keys
from groupdesk.services.sync.config import sync_config, transport_for
from groupdesk.services.sync.engine import run_sync
from groupdesk.services.sync.outgoing import write_changes
from groupdesk.services.sync.setup import group_join_code, join_store
from groupdesk.services.sync.transport_s3 import ObjectStore, StoreError


@pytest.fixture
def pair(laptops, sync_store):  # type: ignore[no-untyped-def]
    ana, sam = laptops("ana"), laptops("sam")
    setup_group(ana, [sam], sync_store, names=["Ana's laptop", "Sam's laptop"])
    return ana, sam


@pytest.fixture
def trio(laptops, sync_store):  # type: ignore[no-untyped-def]
    ana, sam, lee = laptops("ana"), laptops("sam"), laptops("lee")
    setup_group(ana, [sam, lee], sync_store, names=["Ana's laptop", "Sam's laptop", "Lee's"])
    return ana, sam, lee


SYNC_PARTS = ("changes", "devices", "snapshots", "attachments")


class Requests:
    """Every request the object-store transport makes, as (operation, object or prefix)."""

    def __init__(self) -> None:
        self.made: list[tuple[str, str]] = []

    def clear(self) -> None:
        self.made.clear()

    def of(self, operation: str) -> list[str]:
        return [where for done, where in self.made if done == operation]

    def counts(self) -> Counter[str]:
        return Counter(done for done, _ in self.made)

    def files_read(self) -> list[str]:
        """The sync files read or looked at (the group's manifest and notes aside)."""
        return [
            where
            for done, where in self.made
            if done in ("get_object", "head_object") and where.split("/")[0] in SYNC_PARTS
        ]


@pytest.fixture
def requests(monkeypatch: pytest.MonkeyPatch) -> Requests:
    seen = Requests()
    call = ObjectStore._call

    def counting(store: ObjectStore, doing: str, operation: str, **arguments: Any) -> Any:
        where = str(arguments.get("Key") or arguments.get("Prefix") or "")
        seen.made.append((operation, where.removeprefix(store.location.key_prefix())))
        return call(store, doing, operation, **arguments)

    monkeypatch.setattr(ObjectStore, "_call", counting)
    return seen


def _busy_group(ana, sam, lee) -> None:  # type: ignore[no-untyped-def]
    """Each laptop writes a few change files, and everyone has read everything."""
    for round_ in range(2):
        for laptop in (ana, sam, lee):
            add_member(laptop, f"{laptop.paths.root.name} {round_}")
            sync(laptop)
    sync(ana, sam, lee)


def test_a_sync_lists_only_what_is_new_and_reads_no_file_again(trio, requests) -> None:  # type: ignore[no-untyped-def]
    ana, sam, lee = trio
    _busy_group(ana, sam, lee)
    sync(ana)
    requests.clear()
    [report] = sync(ana)
    assert report.files_read == () and report.written is None
    # The device files and snapshots in one listing, this laptop's own change files in one;
    # no sync file is read (the group's manifest is, to check it against the key).
    assert requests.of("list_objects_v2") == ["", f"changes/{ana.device_id}/"]
    assert requests.files_read() == []
    assert requests.of("put_object") == [f"devices/{ana.device_id}.gdd"]

    edit_member(sam, add_member(sam, "Wei Chen"), phone="+44 7700 900123")
    [sent] = sync(sam)
    requests.clear()
    [report] = sync(ana)
    # Sam wrote since: Sam's new files are listed and read, nothing of Lee's.
    assert [f.name for f in report.files_read] == [sent.written]
    assert requests.of("list_objects_v2") == [
        "",
        f"changes/{sam.device_id}/",
        f"changes/{ana.device_id}/",
    ]
    assert requests.files_read() == [f"devices/{sam.device_id}.gdd", sent.written]
    assert state(ana) == state(sam)


def test_a_change_file_its_writer_never_announced_is_found_by_the_daily_full_listing(
    pair,
) -> None:  # type: ignore[no-untyped-def]
    """A laptop that wrote a change file and stopped before writing its device file (and
    never synced again): the others find the file at their next full listing."""
    ana, sam = pair
    sync(ana, sam, ana, sam)
    add_member(ana, "Written, never announced")
    config = sync_config(ana)
    store = keys.keyring_store()
    place = transport_for(config, store)
    key = keys.load_key(store, config.group_id)
    written, _ = write_changes(ana, place, key, config.group_id, place.listing(), datetime.now)
    assert written is not None
    [report] = sync(sam)
    assert report.files_read == ()
    tomorrow = lambda: datetime.now() + timedelta(days=1, minutes=1)  # noqa: E731
    report = run_sync(sam, backup=False, now=tomorrow)
    assert [f.name for f in report.files_read] == [written]
    assert "Written, never announced" in live_members(sam)


def test_a_laptop_holding_attachments_lists_no_blob_when_nothing_changed(
    pair, requests, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    ana, sam = pair
    _attach(ana, tmp_path, b"%PDF receipt" * 100)
    sync(ana, sam, sam)
    requests.clear()
    [report] = sync(sam)
    assert report.attachments_fetched == report.attachments_sent == 0
    assert requests.of("list_objects_v2") == ["", f"changes/{sam.device_id}/"]
    assert requests.files_read() == []
    _attach(sam, tmp_path, b"\xff\xd8\xff another receipt")
    requests.clear()
    [report] = sync(sam)
    assert report.attachments_sent == 1
    assert "attachments/" in requests.of("list_objects_v2")


def test_a_sync_that_fails_sending_an_attachment_has_announced_its_changes(
    pair, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The others list a laptop's change files once its device file changed: it is written
    right after the change file, so a store refusing an attachment strands no edit."""
    ana, sam = pair
    sync(ana, sam, ana, sam)
    add_member(ana, "Sent before the attachment")
    _attach(ana, tmp_path, b"%PDF too big for this store")

    write_stream = ObjectStore.write_stream

    def refused(store: ObjectStore, name: str, writer: Any) -> None:
        if name.startswith("attachments/"):
            raise StoreError("The store refused the file (EntityTooLarge).")
        write_stream(store, name, writer)  # change files are written the same way

    monkeypatch.setattr(ObjectStore, "write_stream", refused)
    with pytest.raises(StoreError):
        sync(ana)
    sync(sam)
    assert "Sent before the attachment" in live_members(sam)


def test_a_joining_laptop_reads_the_snapshot_once(pair, laptops, sync_store, requests) -> None:  # type: ignore[no-untyped-def]
    ana, _ = pair
    for number in range(5):
        add_member(ana, f"Member {number}")
    sync(ana)
    assert _snapshot_now(ana) is not None
    later = lambda: datetime.now() + timedelta(days=31)  # noqa: E731
    assert run_sync(ana, now=later, backup=False).pruned >= 1  # the snapshot is needed now
    newcomer = laptops("newcomer")
    requests.clear()
    result = join_store(
        newcomer, location=sync_store.location, secret=sync_store.secret, code=group_join_code(ana)
    )
    [snapshot] = [f.name for f in result.report.files_read if f.name.startswith("snapshots/")]
    assert requests.files_read().count(snapshot) == 1
    assert state(newcomer) == state(ana)


def test_a_change_file_gone_from_the_store_is_sent_again(pair, sync_store) -> None:  # type: ignore[no-untyped-def]
    ana, sam = pair
    sync(ana, sam, ana)
    add_member(ana, "Lost in the store")
    [report] = sync(ana)
    client = ObjectStore(sync_store.location, sync_store.secret)._client()
    client.delete_object(
        Bucket=sync_store.location.bucket, Key=sync_store.location.key_prefix() + report.written
    )
    [again] = sync(ana)
    assert again.written is not None and again.written != report.written
    sync(sam)
    assert "Lost in the store" in live_members(sam)
