"""Sync through an S3-compatible object store: a real SeaweedFS server on loopback (issue 18).

The three-laptop tests of `test_engine` run here again unchanged, over the store: this module's
`trio` sets the group up in a bucket instead of a folder. The rest checks what only a store
does: conditional writes, paginated listing, and faults said in words."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sync_helpers import StoreTarget, add_member, edit_member, setup_group, state, sync
from test_engine import (  # noqa: F401  (collected here again, over the store)
    test_a_delete_and_a_concurrent_edit_leave_the_row_deleted_with_the_edit_in_history,
    test_an_edit_made_after_seeing_the_other_is_an_overwrite_not_a_conflict,
    test_an_edit_on_one_laptop_reaches_the_others,
    test_concurrent_edits_of_one_field_keep_the_newest_and_list_one_conflict,
    test_edits_of_different_fields_of_one_row_both_survive_without_conflict,
    test_history_says_which_laptop_changed_what_and_when,
    test_reading_the_same_file_twice_equals_reading_it_once,
    test_resolving_a_conflict_decides_it_on_every_laptop,
    test_today_and_dates_survive_the_trip,
)
from test_features import _attach

from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.services.attachments import stored_path
from groupdesk.services.sync import crypto, keys
from groupdesk.services.sync import format as fmt
from groupdesk.services.sync.config import sync_config, transport_for
from groupdesk.services.sync.engine import run_sync
from groupdesk.services.sync.setup import group_join_code, join_store, recovery_sheet
from groupdesk.services.sync.snapshots import write_snapshot
from groupdesk.services.sync.store_location import StoreLocation, parse_store
from groupdesk.services.sync.transport_s3 import ObjectStore, StoreError


@pytest.fixture
def trio(laptops, sync_store):  # type: ignore[no-untyped-def]
    ana, sam, lee = laptops("ana"), laptops("sam"), laptops("lee")
    setup_group(ana, [sam, lee], sync_store, names=["Ana's laptop", "Sam's laptop", "Lee's laptop"])
    return ana, sam, lee


@pytest.fixture
def pair(laptops, sync_store):  # type: ignore[no-untyped-def]
    ana, sam = laptops("ana"), laptops("sam")
    setup_group(ana, [sam], sync_store, names=["Ana's laptop", "Sam's laptop"])
    return ana, sam


def _store(target: StoreTarget) -> ObjectStore:
    return ObjectStore(target.location, target.secret)


def _snapshot_now(workspace) -> str | None:  # type: ignore[no-untyped-def]
    config = sync_config(workspace)
    store = keys.keyring_store()
    transport = transport_for(config, store)
    key = keys.load_key(store, config.group_id)
    return write_snapshot(workspace, transport, key, config.group_id, datetime.now)


def test_the_group_lies_under_its_prefix_as_objects_named_like_the_folders_files(
    pair, sync_store
) -> None:  # type: ignore[no-untyped-def]
    ana, _ = pair
    add_member(ana, "Zoë Ñúñez")
    sync(ana)
    client = sync_store_client(sync_store)
    listed = client.list_objects_v2(
        Bucket=sync_store.location.bucket, Prefix=sync_store.location.key_prefix()
    )
    names = [o["Key"] for o in listed["Contents"]]
    prefix = sync_store.location.key_prefix()
    names = [name for name in names if name.startswith(prefix)]
    assert f"{prefix}groupdesk-sync.json" in names
    assert f"{prefix}changes/{ana.device_id}/0000000001.gdc" in names
    contents = [
        client.get_object(Bucket=sync_store.location.bucket, Key=name)["Body"].read()
        for name in names
    ]
    assert not any("Zoë".encode() in content for content in contents)


def sync_store_client(target: StoreTarget):  # type: ignore[no-untyped-def]
    return _store(target)._client()


def test_the_recovery_sheet_names_the_store_and_its_endpoint_never_the_secret(
    pair, sync_store
) -> None:  # type: ignore[no-untyped-def]
    ana, _ = pair
    text = recovery_sheet(ana).text()
    assert f"{sync_store.location.url()} at {sync_store.location.endpoint}" in text
    assert sync_store.secret not in text and group_join_code(ana) in text


def test_a_name_once_written_is_never_overwritten(sync_store) -> None:  # type: ignore[no-untyped-def]
    """Two writers of one name: the conditional put lets only the first one in."""
    first, second = _store(sync_store), _store(sync_store)
    first.write_once("changes/x/0000000001.gdc", b"first")
    with pytest.raises(FileExistsError):
        second.write_once("changes/x/0000000001.gdc", b"second")
    assert first.read("changes/x/0000000001.gdc") == b"first"


def test_a_listing_of_more_than_a_page_holds_every_file(sync_store) -> None:  # type: ignore[no-untyped-def]
    store = _store(sync_store)
    device = "0190a0b0-0000-7000-8000-000000000001"
    for seq in range(1, 1106):
        store.write_replacing(f"changes/{device}/{seq:010d}.gdc", b"x")
    listing = store.listing()
    assert len(listing.of_kind("changes")) == 1105


def test_a_laptop_joining_later_starts_from_the_snapshot_and_pruning_keeps_it_whole(
    pair, laptops
) -> None:  # type: ignore[no-untyped-def]
    ana, sam = pair
    ids = [add_member(ana, f"Member {i}") for i in range(5)]
    sync(ana, sam)
    edit_member(sam, ids[1], phone="1")
    sync(sam)
    assert _snapshot_now(ana) is not None
    later = lambda: datetime.now() + timedelta(days=31)  # noqa: E731
    assert run_sync(ana, now=later, backup=False).pruned >= 1
    config = sync_config(ana)
    late = laptops("late")
    result = join_store(
        late,
        location=config.store,
        secret=keys.keyring_store().get(config.store.secret_user()).decode(),
        code=group_join_code(ana),
        name="Late",
    )
    assert any(f.name.startswith("snapshots/") for f in result.report.files_read)
    sync(ana, sam)
    assert state(late) == state(ana) == state(sam)


def test_an_attachment_travels_through_the_store_verified_by_hash(pair, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ana, sam = pair
    data = _attach(ana, tmp_path, b"\xff\xd8\xff receipt bytes" * 1000)
    [report] = sync(ana)
    assert report.attachments_sent == 1
    [report] = sync(sam)
    assert report.attachments_fetched == 1
    assert stored_path(sam.paths.attachments, data.sha256).read_bytes() == (
        b"\xff\xd8\xff receipt bytes" * 1000
    )


def test_a_corrupt_object_changes_nothing_and_is_named(pair, sync_store) -> None:  # type: ignore[no-untyped-def]
    ana, sam = pair
    add_member(ana, "Wei Chen")
    sync(ana)
    name = f"changes/{ana.device_id}/0000000002.gdc"
    client = sync_store_client(sync_store)
    key = sync_store.location.key_prefix() + name
    good = client.get_object(Bucket=sync_store.location.bucket, Key=key)["Body"].read()
    client.put_object(Bucket=sync_store.location.bucket, Key=key, Body=good[:-5] + b"xxxxx")
    before = state(sam)
    [report] = sync(sam)
    assert state(sam) == before
    assert [p.name for p in report.problems] == [name]
    client.put_object(Bucket=sync_store.location.bucket, Key=key, Body=good)
    sync(sam)
    assert state(sam) == state(ana)


def test_an_object_sealed_with_another_key_changes_nothing_and_is_named(pair, sync_store) -> None:  # type: ignore[no-untyped-def]
    ana, sam = pair
    add_member(ana, "Wei Chen")
    sync(ana, sam)
    config = sync_config(ana)
    name = f"changes/{ana.device_id}/0000000099.gdc"
    header = fmt.Header("changes", config.group_id, ana.device_id, 99)
    change = ("members", "0190a0b0-0000-7000-8000-00000000abcd", "phone", "1", None, '"+1"')
    forged = fmt.encode(header, crypto.new_group_key(), changes=[change])
    sync_store_client(sync_store).put_object(
        Bucket=sync_store.location.bucket, Key=sync_store.location.key_prefix() + name, Body=forged
    )
    sync(ana)  # its device file changes: Sam lists its files again
    before = state(sam)
    [report] = sync(sam)
    assert state(sam) == before
    assert [p.name for p in report.problems] == [name]


def test_a_wrong_join_code_is_refused_before_anything_is_written(pair, laptops, sync_store) -> None:  # type: ignore[no-untyped-def]
    ana, _ = pair
    stranger = laptops("stranger")
    other = laptops("other-group")
    from groupdesk.services.settings import create_group
    from groupdesk.services.sync.setup import init_folder

    create_group(other.uow(), name="Elsewhere", currency="EUR")
    wrong_code = init_folder(other, folder=ana.paths.root.parent / "elsewhere").join_code
    with pytest.raises(ValidationError, match="does not open"):
        join_store(
            stranger, location=sync_store.location, secret=sync_store.secret, code=wrong_code
        )
    assert sync_config(stranger) is None


def test_wrong_credentials_name_the_key_id_and_never_the_secret(sync_store) -> None:  # type: ignore[no-untyped-def]
    wrong_id = StoreLocation(**{**sync_store.location.__dict__, "key_id": "no-such-key"})
    with pytest.raises(StoreError, match="no-such-key") as refused:
        ObjectStore(wrong_id, sync_store.secret, attempts=1).listing()
    assert sync_store.secret not in str(refused.value)
    with pytest.raises(StoreError, match="type the secret again") as refused:
        ObjectStore(sync_store.location, "not-the-secret", attempts=1).listing()
    assert "not-the-secret" not in str(refused.value)


def test_a_bucket_that_does_not_exist_is_said_plainly(sync_store) -> None:  # type: ignore[no-untyped-def]
    missing = StoreLocation(**{**sync_store.location.__dict__, "bucket": "no-such-bucket"})
    with pytest.raises(StoreError, match="bucket no-such-bucket does not exist"):
        ObjectStore(missing, sync_store.secret, attempts=1).manifest()


def test_a_store_that_cannot_be_reached_is_not_a_crash(sync_store) -> None:  # type: ignore[no-untyped-def]
    closed = StoreLocation(**{**sync_store.location.__dict__, "endpoint": "http://127.0.0.1:9"})
    with pytest.raises(GroupDeskError, match=r"cannot be reached.*tries again"):
        ObjectStore(closed, sync_store.secret, attempts=2, timeout=2).listing()


@pytest.mark.parametrize(
    "endpoint, allowed",
    [
        ("https://s3.example.org", True),
        ("http://127.0.0.1:8333", True),
        ("http://localhost:8333", True),
        ("http://[::1]:8333", True),
        ("http://s3.example.org", False),
        ("ftp://s3.example.org", False),
    ],
)
def test_plain_http_is_only_for_this_computer(endpoint: str, allowed: bool) -> None:
    if allowed:
        assert parse_store("s3://riverside", endpoint=endpoint, key_id="k").endpoint == endpoint
    else:
        with pytest.raises(ValidationError, match="endpoint"):
            parse_store("s3://riverside", endpoint=endpoint, key_id="k")
    assert parse_store(
        "s3://riverside/a", endpoint="http://s3.example.org", key_id="k", insecure=True
    ).insecure
