"""Support check-ins and the care list of who to get in touch with."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.services.members.checkins import (
    care_list_head,
    care_needs,
    checkins_due,
    checkins_of,
    complete_follow_up,
    record_checkin,
    remove_checkin,
)
from groupdesk.services.members.records import delete_member
from groupdesk.services.workspace import Workspace

AddPerson = Callable[..., str]
TODAY = date(2026, 5, 3)


def test_a_check_in_records_who_by_whom_when_how_and_the_follow_up(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    wei, sam = add_person("Wei Chen"), add_person("Sam Okafor")
    made = record_checkin(
        members_ws.uow(),
        member_id=sam,
        by_id=wei,
        on=date(2026, 4, 20),
        how="Call",
        note="  Exams are hard; offered a study buddy. ",
        follow_up_on=date(2026, 5, 1),
    )
    [stored] = checkins_of(members_ws.uow(), member_id=sam)
    assert stored == made
    assert (stored.member_name, stored.by_name, stored.how) == ("Sam Okafor", "Wei Chen", "call")
    assert stored.note == "Exams are hard; offered a study buddy."
    assert stored.follow_up_open


def test_a_bad_check_in_names_every_problem(members_ws: Workspace, add_person: AddPerson) -> None:
    sam = add_person("Sam Okafor")
    with pytest.raises(ValidationError) as caught:
        record_checkin(
            members_ws.uow(),
            member_id=sam,
            by_id=sam,
            on=date(2026, 5, 4),
            how="pigeon",
            follow_up_on=date(2026, 5, 1),
        )
    assert caught.value.errors == {
        "how": "'pigeon' is not a way of checking in; choose call, visit, message or other",
        "by": "a check-in is made by someone else",
        "follow_up_on": "the follow-up (2026-05-01) is before the check-in (2026-05-04)",
        "on": "2026-05-04 is in the future",
    }
    assert checkins_of(members_ws.uow(), member_id=sam) == []


def test_a_check_in_on_a_deleted_member_is_refused(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    sam = add_person("Sam Okafor")
    delete_member(members_ws.uow(), member_id=sam)
    with pytest.raises(GroupDeskError, match="The member checked on Sam Okafor is deleted"):
        record_checkin(members_ws.uow(), member_id=sam, by_id=None, on=TODAY, how="visit")


def test_follow_ups_due_this_week_come_first_then_people_not_seen(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    wei = add_person("Wei Chen", joined_on="2020-01-01")
    sam = add_person("Sam Okafor", joined_on="2020-01-01")
    lin = add_person("Lin Park", joined_on="2020-01-01")
    add_person("New Person", joined_on="2026-04-20")
    record_checkin(
        members_ws.uow(),
        member_id=sam,
        by_id=wei,
        on=date(2026, 4, 1),
        how="call",
        follow_up_on=date(2026, 5, 6),
    )
    record_checkin(
        members_ws.uow(),
        member_id=lin,
        by_id=wei,
        on=date(2026, 4, 1),
        how="visit",
        follow_up_on=date(2026, 6, 1),
    )
    due = checkins_due(members_ws.uow(), today=TODAY)
    assert [(d.member_name, d.reason, d.due_on) for d in due] == [
        ("Sam Okafor", "follow-up", date(2026, 5, 6)),
    ]
    later = checkins_due(members_ws.uow(), today=date(2026, 6, 10))
    assert [(d.member_name, d.reason) for d in later] == [
        ("Sam Okafor", "follow-up"),
        ("Lin Park", "follow-up"),
        ("Wei Chen", "not seen"),  # last seen making the check-ins on 1 April
    ]


def test_the_dashboard_reads_the_first_lines_of_the_care_list_and_its_length(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    people = [add_person(f"Person {n:02}", joined_on=f"2020-01-{n + 1:02}") for n in range(12)]
    for person, follow_up in zip(
        people[:4], (date(2026, 5, 6), date(2026, 4, 1), date(2026, 9, 1), None), strict=True
    ):
        record_checkin(
            members_ws.uow(),
            member_id=person,
            by_id=None,
            on=date(2026, 1, 5),
            how="call",
            follow_up_on=follow_up,
        )
    whole = checkins_due(members_ws.uow(), today=TODAY)
    # Two follow-ups due, then nine not seen (the third person has a follow-up planned).
    assert [d.reason for d in whole] == ["follow-up"] * 2 + ["not seen"] * 9
    for first in (0, 1, 8, 20):
        head, length = care_list_head(members_ws.uow(), today=TODAY, first=first)
        assert (head, length) == (whole[:first], 11)
    assert care_needs(members_ws.uow(), today=TODAY)["checkin"] == {d.member_id for d in whole}


def test_checking_in_again_settles_the_earlier_follow_up(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    wei, sam = add_person("Wei Chen"), add_person("Sam Okafor", joined_on="2026-01-01")
    first = record_checkin(
        members_ws.uow(),
        member_id=sam,
        by_id=wei,
        on=date(2026, 4, 1),
        how="call",
        follow_up_on=date(2026, 4, 15),
    )
    record_checkin(members_ws.uow(), member_id=sam, by_id=wei, on=date(2026, 4, 16), how="visit")
    settled = next(c for c in checkins_of(members_ws.uow(), member_id=sam) if c.id == first.id)
    assert settled.follow_up_done_on == date(2026, 4, 16) and not settled.follow_up_open
    assert [
        d.reason for d in checkins_due(members_ws.uow(), today=TODAY) if d.member_id == sam
    ] == []


def test_a_follow_up_can_be_marked_done_on_its_own(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    sam = add_person("Sam Okafor")
    made = record_checkin(
        members_ws.uow(),
        member_id=sam,
        by_id=None,
        on=date(2026, 4, 1),
        how="message",
        follow_up_on=date(2026, 4, 8),
    )
    done = complete_follow_up(members_ws.uow(), checkin_id=made.id, on=date(2026, 4, 9))
    assert done.follow_up_done_on == date(2026, 4, 9)
    plain = record_checkin(members_ws.uow(), member_id=sam, by_id=None, on=TODAY, how="call")
    with pytest.raises(ValidationError, match="asked for no follow-up"):
        complete_follow_up(members_ws.uow(), checkin_id=plain.id, on=TODAY)


def test_a_removed_check_in_no_longer_counts(members_ws: Workspace, add_person: AddPerson) -> None:
    sam = add_person("Sam Okafor")
    made = record_checkin(members_ws.uow(), member_id=sam, by_id=None, on=TODAY, how="call")
    remove_checkin(members_ws.uow(), checkin_id=made.id)
    assert checkins_of(members_ws.uow(), member_id=sam) == []


def test_a_follow_up_says_when_its_member_was_last_seen_by_them_or_about_them(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    """The care list reads last-seen days for its follow-ups' members alone: a check-in the
    member made later than the one about them still counts."""
    wei, sam, ana = add_person("Wei Chen"), add_person("Sam Okafor"), add_person("Ana Silva")
    record_checkin(
        members_ws.uow(),
        member_id=sam,
        by_id=wei,
        on=date(2026, 4, 1),
        how="call",
        follow_up_on=date(2026, 5, 1),
    )
    record_checkin(members_ws.uow(), member_id=ana, by_id=sam, on=date(2026, 4, 20), how="visit")
    [follow_up] = [d for d in checkins_due(members_ws.uow(), today=TODAY) if d.member_id == sam]
    assert (follow_up.reason, follow_up.last_seen) == ("follow-up", date(2026, 4, 20))
