"""Changes for tables or fields that this version does not know are kept aside (and relayed);
once the app is upgraded to a version that knows them, the next sync run merges them, by the
same last-writer-wins rule as any change (SYNC.md "Compaction", docs/sync-format.md).

The older version is simulated by hiding a field (members.pronouns) and a table (mentorships)
from the merge; "upgrading" shows them again, as a newer schema would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from sync_helpers import add_member, edit_member, member, setup_group, state, sync

from groupdesk.models import Mentorship
from groupdesk.services.sync import merge
from groupdesk.services.sync.conflicts import list_conflicts
from groupdesk.services.sync.values import ROW_FIELD, row_values
from groupdesk.services.workspace import Workspace


@pytest.fixture
def pair(laptops, sync_folder):  # type: ignore[no-untyped-def]
    ana, sam = laptops("ana"), laptops("sam")
    setup_group(ana, [sam], sync_folder, names=["Ana's laptop", "Sam's laptop"])
    return ana, sam


@pytest.fixture
def older_version(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], None]]:
    """While active, merging behaves as an app that knows neither members.pronouns nor the
    mentorships table. Call the returned function to upgrade."""
    current = merge.synced_tables

    def older() -> dict[str, merge.SyncedTable]:
        models = dict(current())
        del models["mentorships"]
        members = models["members"]
        fields = {k: v for k, v in members.fields.items() if k != "pronouns"}
        models["members"] = merge.SyncedTable(members.model, members.table, fields)
        return models

    monkeypatch.setattr(merge, "synced_tables", older)
    yield lambda: monkeypatch.setattr(merge, "synced_tables", current)


def kept_aside(workspace: Workspace) -> list[tuple[str, str, str]]:
    with workspace.uow() as uow:
        rows = uow.session.connection().exec_driver_sql(
            "SELECT table_name, field, value FROM sync_unknown_changes ORDER BY hlc"
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


def test_kept_aside_changes_apply_after_the_upgrade_newest_first(pair, older_version) -> None:  # type: ignore[no-untyped-def]
    ana, sam = pair
    member_id = add_member(ana, "Alex Morgan")
    sync(ana, sam)
    edit_member(ana, member_id, pronouns="she/her")
    edit_member(ana, member_id, pronouns="they/them", phone="+44 1")
    sync(ana, sam)
    assert member(sam, member_id).phone == "+44 1"  # what the older version knows applies
    assert member(sam, member_id).pronouns is None
    # Sam's older version kept aside the member's creation (it holds the pronouns) whole, and
    # both edits of the pronouns.
    [created, *edits] = kept_aside(sam)
    assert created[:2] == ("members", ROW_FIELD)
    assert row_values(created[2])["pronouns"] == "null"
    assert edits == [("members", "pronouns", '"she/her"'), ("members", "pronouns", '"they/them"')]

    older_version()  # Sam's laptop installs the newer GroupDesk
    [report] = sync(sam)
    assert member(sam, member_id).pronouns == "they/them"  # the newest of the two
    assert report.kept_aside_applied == 1 and "kept until this version" in report.summary()
    assert kept_aside(sam) == []
    assert state(sam) == state(ana)
    assert list_conflicts(sam.uow()) == []
    [again] = sync(sam)
    assert again.kept_aside_applied == 0 and state(sam) == state(ana)


def test_opening_the_data_folder_with_the_newer_version_applies_them_before_any_edit(
    pair, older_version
) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.workspace import open_workspace

    ana, sam = pair
    member_id = add_member(ana, "Alex Morgan")
    edit_member(ana, member_id, pronouns="she/her")
    sync(ana, sam)
    assert kept_aside(sam)
    sam.close()

    older_version()  # the newer GroupDesk opens Sam's data folder
    upgraded = open_workspace(sam.paths, now_millis=sam.test_clock)
    try:
        assert member(upgraded, member_id).pronouns == "she/her"
        assert kept_aside(upgraded) == []
        upgraded.test_clock = sam.test_clock  # type: ignore[attr-defined]
        upgraded.test_clock.millis = ana.test_clock.millis + 10_000
        edit_member(upgraded, member_id, pronouns="he/him")  # made after seeing "she/her"
        sync(upgraded, ana)
        for laptop in (upgraded, ana):
            assert member(laptop, member_id).pronouns == "he/him"
            assert list_conflicts(laptop.uow()) == []  # an overwrite, not a conflict
        assert state(upgraded) == state(ana)
    finally:
        upgraded.close()


def test_a_kept_aside_change_older_than_one_that_arrives_later_loses(pair, older_version) -> None:  # type: ignore[no-untyped-def]
    ana, sam = pair
    member_id = add_member(ana, "Alex Morgan")
    sync(ana, sam)
    edit_member(ana, member_id, pronouns="she/her")
    sync(ana, sam)
    older_version()
    edit_member(ana, member_id, pronouns="they/them")  # made after seeing her own first edit
    sync(ana, sam)
    assert member(sam, member_id).pronouns == "they/them"
    assert list_conflicts(sam.uow()) == [] and kept_aside(sam) == []
    assert state(sam) == state(ana)


def test_rows_of_a_table_the_older_version_did_not_know_appear_after_the_upgrade(
    pair, older_version
) -> None:  # type: ignore[no-untyped-def]
    ana, sam = pair
    mentor, mentee = add_member(ana, "Mentor"), add_member(ana, "Mentee")
    with ana.uow() as uow:
        uow.session.add(
            Mentorship(mentor_id=mentor, mentee_id=mentee, started_on=date(2026, 3, 1), goals="CV")
        )
        uow.commit()
    sync(ana, sam)
    with sam.uow() as uow:
        assert uow.session.query(Mentorship).count() == 0
    assert "mentorships" in {t for t, _, _ in kept_aside(sam)}

    older_version()
    sync(sam)
    with sam.uow() as uow:
        [pairing] = uow.session.query(Mentorship).all()
        assert (pairing.mentor_id, pairing.goals, pairing.deleted_at) == (mentor, "CV", None)
    assert kept_aside(sam) == [] and state(sam) == state(ana)


def test_changes_this_version_still_does_not_know_stay_aside_and_the_rest_apply(
    pair, older_version, sync_folder
) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.sync import format as fmt
    from groupdesk.services.sync import keys
    from groupdesk.services.sync.config import sync_config

    ana, sam = pair
    member_id = add_member(ana, "Alex Morgan")
    sync(ana, sam)
    edit_member(ana, member_id, pronouns="she/her")
    sync(ana)
    config = sync_config(ana)
    key = keys.load_key(keys.keyring_store(), config.group_id)
    stamp = str(ana.clock.tick())
    header = fmt.Header("changes", config.group_id, ana.device_id, 99, schema=99)
    data = fmt.encode(header, key, changes=[("harvests", "h1", "title", stamp, None, '"AGM"')])
    (sync_folder / "changes" / ana.device_id / "0000000099.gdc").write_bytes(data)
    sync(sam)
    older_version()
    [report] = sync(sam)
    assert report.kept_aside_applied == 1
    assert member(sam, member_id).pronouns == "she/her"
    assert kept_aside(sam) == [("harvests", "title", '"AGM"')]


def test_an_erasure_also_blanks_a_creation_kept_aside_by_an_older_version(
    pair, older_version
) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.members.erasure import forget_member

    ana, sam = pair
    member_id = add_member(ana, "Alex Morgan", email="alex@example.org", pronouns="they/them")
    sync(ana, sam)
    [(_table, field, value)] = kept_aside(sam)  # the whole creation: it holds the pronouns
    assert field == ROW_FIELD and "Alex Morgan" in value
    forget_member(ana.uow(), member_id=member_id)
    sync(ana, sam)
    for _table, _field, value in kept_aside(sam):
        assert "Alex Morgan" not in value and "alex@example.org" not in value
