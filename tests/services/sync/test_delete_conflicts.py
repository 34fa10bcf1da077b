"""A record deleted on one laptop while another changed it: listed for review, restorable."""

from __future__ import annotations

from datetime import datetime

import pytest
from sync_helpers import add_member, edit_member, live_members, member, setup_group, state, sync

from groupdesk.errors import ValidationError
from groupdesk.services.sync.conflicts import list_conflicts, resolve_conflict


@pytest.fixture
def deleted_while_changed(laptops, sync_folder):  # type: ignore[no-untyped-def]
    """Ana deletes Kwame Mensah while Sam, offline, changes his phone."""
    ana, sam, lee = laptops("ana"), laptops("sam"), laptops("lee")
    setup_group(ana, [sam, lee], sync_folder, names=["Ana's laptop", "Sam's laptop", "Lee's"])
    member_id = add_member(ana, "Kwame Mensah", phone="100")
    sync(ana, sam, lee)
    edit_member(ana, member_id, deleted_at=datetime(2026, 5, 1))
    sam.test_clock.millis = ana.test_clock.millis + 10_000
    edit_member(sam, member_id, phone="999")
    sync(ana, sam, lee, ana)
    return ana, sam, lee, member_id


def test_a_delete_against_a_concurrent_edit_is_listed_on_every_laptop(
    deleted_while_changed,
) -> None:  # type: ignore[no-untyped-def]
    ana, sam, lee, _ = deleted_while_changed
    for laptop in (ana, sam, lee):
        assert "Kwame Mensah" not in live_members(laptop)
        [conflict] = list_conflicts(laptop.uow())
        assert conflict.kind == "deleted" and conflict.choices == ("deleted", "restore")
        assert conflict.summary().startswith(
            "Ana's laptop deleted Kwame Mensah while Sam's laptop changed Kwame Mensah's phone"
        )
        assert conflict.theirs == {"phone": "999"}
    assert state(ana) == state(sam) == state(lee)


def test_restoring_brings_the_record_back_with_the_change_everywhere(
    deleted_while_changed,
) -> None:  # type: ignore[no-untyped-def]
    ana, sam, lee, member_id = deleted_while_changed
    [conflict] = list_conflicts(lee.uow())
    resolve_conflict(lee.uow(), conflict_id=conflict.id, keep="restore")
    sync(lee, ana, sam)
    for laptop in (ana, sam, lee):
        assert member(laptop, member_id).phone == "999"
        assert "Kwame Mensah" in live_members(laptop)
        assert list_conflicts(laptop.uow()) == []
    assert state(ana) == state(sam) == state(lee)


def test_keeping_the_delete_closes_it_everywhere(deleted_while_changed) -> None:  # type: ignore[no-untyped-def]
    ana, sam, lee, _ = deleted_while_changed
    [conflict] = list_conflicts(sam.uow())
    with pytest.raises(ValidationError, match="choose 'deleted' or 'restore'"):
        resolve_conflict(sam.uow(), conflict_id=conflict.id, keep="theirs")
    resolve_conflict(sam.uow(), conflict_id=conflict.id, keep="deleted")
    sync(sam, ana, lee)
    for laptop in (ana, sam, lee):
        assert "Kwame Mensah" not in live_members(laptop)
        assert list_conflicts(laptop.uow()) == []
    assert state(ana) == state(sam) == state(lee)


def test_an_edit_the_deleting_laptop_had_seen_is_not_a_conflict(laptops, sync_folder) -> None:  # type: ignore[no-untyped-def]
    ana, sam = laptops("ana"), laptops("sam")
    setup_group(ana, [sam], sync_folder)
    member_id = add_member(ana, "Kwame Mensah")
    sync(ana, sam)
    edit_member(sam, member_id, phone="999")
    sync(sam, ana)
    edit_member(ana, member_id, deleted_at=datetime(2026, 5, 1))
    sync(ana, sam)
    assert list_conflicts(ana.uow()) == list_conflicts(sam.uow()) == []
