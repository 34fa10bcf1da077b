"""Engagement: last seen, not seen for N weeks, and new members without a mentor."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from groupdesk.services.members.checkins import record_checkin, remove_checkin
from groupdesk.services.members.engagement import new_without_mentor, not_seen
from groupdesk.services.members.mentorships import end_mentorship, start_mentorship
from groupdesk.services.members.records import list_members
from groupdesk.services.settings import update_settings
from groupdesk.services.workspace import Workspace

AddPerson = Callable[..., str]
TODAY = date(2026, 5, 3)


def test_last_seen_is_the_latest_check_in_about_or_by_a_member(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    wei, sam = add_person("Wei Chen"), add_person("Sam Okafor")
    record_checkin(members_ws.uow(), member_id=sam, by_id=wei, on=date(2026, 3, 1), how="call")
    record_checkin(members_ws.uow(), member_id=sam, by_id=None, on=date(2026, 4, 2), how="visit")
    seen = {row.full_name: row.last_seen for row in list_members(members_ws.uow())}
    assert seen == {"Sam Okafor": date(2026, 4, 2), "Wei Chen": date(2026, 3, 1)}


def test_active_members_not_seen_for_the_groups_weeks_are_listed_longest_first(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    old = add_person("Old Friend", joined_on="2019-01-01")
    add_person("Quiet One", joined_on="2025-01-01")
    add_person("Just Joined", joined_on="2026-04-20")
    add_person("Gone Away", joined_on="2019-01-01", status="inactive")
    recent = add_person("Seen Lately", joined_on="2019-01-01")
    record_checkin(members_ws.uow(), member_id=recent, by_id=None, on=date(2026, 4, 1), how="call")
    record_checkin(members_ws.uow(), member_id=old, by_id=None, on=date(2026, 2, 1), how="call")
    flagged = not_seen(members_ws.uow(), today=TODAY)  # the group's default: 8 weeks
    assert [(p.name, p.last_seen, p.weeks_unseen) for p in flagged] == [
        ("Quiet One", None, 69),
        ("Old Friend", date(2026, 2, 1), 13),
    ]
    update_settings(members_ws.uow(), not_seen_weeks=2)
    assert [p.name for p in not_seen(members_ws.uow(), today=TODAY)] == [
        "Quiet One",
        "Old Friend",
        "Seen Lately",
    ]


def test_a_removed_check_in_does_not_count_as_seen(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    sam = add_person("Sam Okafor", joined_on="2020-01-01")
    made = record_checkin(members_ws.uow(), member_id=sam, by_id=None, on=TODAY, how="call")
    assert not_seen(members_ws.uow(), today=TODAY) == []
    remove_checkin(members_ws.uow(), checkin_id=made.id)
    assert [p.name for p in not_seen(members_ws.uow(), today=TODAY)] == ["Sam Okafor"]


def test_new_members_without_a_mentor(members_ws: Workspace, add_person: AddPerson) -> None:
    wei = add_person("Wei Chen", joined_on="2020-01-01")
    paired = add_person("Paired Newcomer", joined_on="2026-04-01")
    add_person("Lonely Newcomer", joined_on="2026-03-01")
    add_person("Old Hand", joined_on="2025-01-01")
    pairing = start_mentorship(
        members_ws.uow(), mentor_id=wei, mentee_id=paired, started_on=date(2026, 4, 2)
    )
    assert [p.name for p in new_without_mentor(members_ws.uow(), today=TODAY)] == [
        "Lonely Newcomer"
    ]
    end_mentorship(members_ws.uow(), mentorship_id=pairing.id, ended_on=date(2026, 4, 30))
    assert [p.name for p in new_without_mentor(members_ws.uow(), today=TODAY)] == [
        "Paired Newcomer",
        "Lonely Newcomer",
    ]
