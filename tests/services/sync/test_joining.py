"""Joining a sync folder as a whole (issue 15 item 4): a laptop with records of its own is told
what joining does to them first, and a join cut short resumes at the next sync run, so the
laptop never sends its own group's settings to the others."""

from __future__ import annotations

import pytest
from sync_helpers import add_member, live_members, setup_group, state, sync

from groupdesk.services.settings import create_group, get_settings
from groupdesk.services.sync import joining
from groupdesk.services.sync.config import sync_config
from groupdesk.services.sync.setup import group_join_code, join_folder


def test_a_laptop_with_records_of_its_own_is_told_what_joining_does(laptops, sync_folder) -> None:  # type: ignore[no-untyped-def]
    ana, old = laptops("ana"), laptops("old")
    setup_group(ana, [], sync_folder)
    create_group(old.uow(), name="Old laptop group", currency="USD")
    add_member(old, "Kept Person")
    with pytest.raises(joining.JoinNeedsConsentError) as raised:
        join_folder(old, folder=sync_folder, code=group_join_code(ana))
    assert str(raised.value) == (
        "This laptop already holds records of its own (1 member) and its own group, "
        "'Old laptop group' (USD). Joining adds its records to the group's, on every laptop "
        "that syncs, and this laptop takes the group's name, currency and other settings from "
        "the sync folder (its own are replaced). Back up first if unsure. To go ahead, say "
        "that its records should be added (on the command line: --merge-own-records)."
    )
    assert joining.pending(old) is None and sync_config(old) is None  # nothing done yet
    join_folder(old, folder=sync_folder, code=group_join_code(ana), merge_own_records=True)
    sync(ana)
    assert get_settings(old.uow()).name == get_settings(ana.uow()).name == "Riverside"
    assert "Kept Person" in live_members(ana)
    assert state(ana) == state(old)


def test_a_join_cut_short_resumes_and_never_sends_the_old_settings(laptops, sync_folder) -> None:  # type: ignore[no-untyped-def]
    """As if `sync join` were killed after the laptop became the folder's and before it took
    the group's settings: the next run finishes the join before sending anything."""
    from groupdesk.services.sync import setup

    ana, old = laptops("ana"), laptops("old")
    create_group(old.uow(), name="Old laptop group", currency="USD")  # the older group
    create_group(ana.uow(), name="Riverside", currency="EUR")
    setup_group(ana, [], sync_folder)
    add_member(ana, "Ana Petrova")
    sync(ana)
    killed = []

    def killed_run(*_args: object, **_kwargs: object) -> None:
        killed.append(True)
        raise KeyboardInterrupt  # the process ends here

    real_run = setup.run_sync
    setup.run_sync = killed_run  # type: ignore[assignment]
    try:
        with pytest.raises(KeyboardInterrupt):
            join_folder(old, folder=sync_folder, code=group_join_code(ana), merge_own_records=True)
    finally:
        setup.run_sync = real_run  # type: ignore[assignment]
    assert killed and joining.pending(old) is not None
    [resumed] = sync(old)
    assert joining.pending(old) is None
    sync(ana, old)
    assert get_settings(ana.uow()).name == "Riverside"
    assert get_settings(ana.uow()).currency == "EUR"
    assert get_settings(old.uow()).name == "Riverside"
    assert state(ana) == state(old)
    assert resumed.written is not None  # it sent, after taking the group's settings
