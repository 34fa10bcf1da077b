"""One history for every area, from the change log: who changed what and when, grouped by save;
a member's story includes the rows that point at them, named as their models declare."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from groupdesk.models import LocalState, synced_models
from groupdesk.services.history import record_history
from groupdesk.services.members.checkins import record_checkin
from groupdesk.services.members.merge import merge_members
from groupdesk.services.members.records import delete_member, edit_member, restore_member
from groupdesk.services.workspace import Workspace

AddPerson = Callable[..., str]


def test_history_shows_each_save_newest_first_with_the_fields_changed(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    with members_ws.uow() as uow:
        uow.session.add(LocalState(key="device_name", value="Ana's laptop"))
        uow.commit()
    sam = add_person("Sam Okafor", email="sam@example.org")
    edit_member(
        members_ws.uow(), member_id=sam, changes={"phone": "07700 900123", "pronouns": "he/him"}
    )
    record_checkin(
        members_ws.uow(),
        member_id=sam,
        by_id=None,
        on=date(2026, 5, 1),
        how="call",
        note="All good",
    )
    delete_member(members_ws.uow(), member_id=sam)
    restore_member(members_ws.uow(), member_id=sam)
    events = record_history(members_ws.uow(), table="members", row_id=sam)
    assert [(e.record, e.action) for e in events] == [
        ("member", "restored"),
        ("member", "deleted"),
        ("check-in", "added"),
        ("member", "changed"),
        ("member", "added"),
    ]
    assert dict(events[3].fields) == {"pronouns": "he/him", "phone": "+44 7700 900123"}
    added = dict(events[4].fields)
    assert added["full_name"] == "Sam Okafor" and added["email"] == "sam@example.org"
    assert "sort_key" not in added and "pronouns" not in added  # bookkeeping and blanks hidden
    assert {e.device_name for e in events} == {"Ana's laptop"}
    assert events[0].at.date() == date(2026, 5, 3)  # from the change's clock stamp


def test_a_check_in_they_made_on_someone_else_says_so_and_names_people(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    zoe = add_person("Zoë Ñúñez")
    wei = add_person("Wei Chen")
    record_checkin(
        members_ws.uow(), member_id=wei, by_id=zoe, on=date(2026, 5, 1), how="visit", note="Fine"
    )
    [made, _added] = record_history(members_ws.uow(), table="members", row_id=zoe)
    assert (made.record, made.action, made.relation) == ("check-in", "added", "by them")
    fields = dict(made.fields)
    assert (fields["member"], fields["by"], fields["how"]) == ("Wei Chen", "Zoë Ñúñez", "visit")
    [about, _wei_added] = record_history(members_ws.uow(), table="members", row_id=wei)
    assert about.relation == "" and dict(about.fields)["member"] == "Wei Chen"


def test_a_merge_says_in_words_which_record_was_kept(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    keep, other = add_person("Ana Petrova"), add_person("Ana Petrova")
    merge_members(members_ws.uow(), keep_id=keep, other_id=other)
    [kept, *_] = record_history(members_ws.uow(), table="members", row_id=keep)
    assert (kept.action, kept.record, kept.relation) == (
        "added",
        "merge of two records",
        "this record kept",
    )
    gone = record_history(members_ws.uow(), table="members", row_id=other)
    assert [e.relation for e in gone if e.record == "merge of two records"] == [
        "this record merged into the other"
    ]


def test_every_synced_record_has_a_name_for_history() -> None:
    unnamed = [model.__name__ for model in synced_models() if not model.__record_label__]
    assert unnamed == [], f"give these a __record_label__: {unnamed}"


def test_a_save_that_changes_nothing_visible_is_left_out_and_old_values_are_kept(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    sam = add_person("Sam Okafor", phone="07700 900001")
    edit_member(members_ws.uow(), member_id=sam, changes={"phone": "07700 900002"})
    edit_member(members_ws.uow(), member_id=sam, changes={"phone": "07700 900002"})
    changed, added = record_history(members_ws.uow(), table="members", row_id=sam)
    assert added.created and changed.action == "changed"
    [phone] = changed.changes
    assert (phone.field, phone.old, phone.new) == ("phone", "+44 7700 900001", "+44 7700 900002")
