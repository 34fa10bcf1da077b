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
