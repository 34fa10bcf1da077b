"""The meetings area's dashboard lists: the next meetings with the members expected, and the
open actions, overdue first, each line opening its meeting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from groupdesk.services.meetings.actions import mark_done, raise_action
from groupdesk.services.meetings.attendance import mark_attendance
from groupdesk.services.meetings.dashboard import actions_card, next_meetings_card
from groupdesk.services.meetings.records import add_meeting
from groupdesk.services.members.records import edit_member
from groupdesk.services.workspace import Workspace

AddPerson = Callable[..., str]
TODAY = date(2026, 5, 3)  # the `members_ws` clock


def _meeting(ws: Workspace, day: date, title: str) -> str:
    start = datetime.combine(day, datetime.min.time()).replace(hour=19)
    return add_meeting(
        ws.uow(), title=title, starts_at=start, ends_at=start + timedelta(hours=2), zone="UTC"
    ).key


def test_next_meetings_say_how_many_members_are_expected_and_open_their_meeting(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    add_person("Ana Silva")
    add_person("Ben Ode")
    cy = add_person("Cy Park")
    edit_member(members_ws.uow(), member_id=cy, changes={"status": "inactive"})
    _meeting(members_ws, TODAY - timedelta(days=2), "Past")
    later = _meeting(members_ws, TODAY + timedelta(days=9), "Later")
    soon = _meeting(members_ws, TODAY + timedelta(days=2), "Soon")
    mark_attendance(members_ws.uow(), meeting=later, marks={cy: "apologies"})

    found = next_meetings_card(members_ws.uow(), today=TODAY)
    assert [dict(item.values)["title"] for item in found.items] == ["Soon", "Later"]
    assert [dict(item.values)["expected"] for item in found.items] == [2, 3]
    assert dict(found.items[0].values)["day"] == TODAY + timedelta(days=2)
    assert [(item.page, item.record_id) for item in found.items] == [
        ("meetings", soon),
        ("meetings", later),
    ]


def test_open_actions_are_listed_overdue_first_with_owner_and_due_day(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    uow = members_ws.uow
    ana = add_person("Ana Silva")
    meeting = _meeting(members_ws, TODAY - timedelta(days=20), "Committee")
    raise_action(uow(), text="Someday")
    raise_action(uow(), text="Next week", owner_id=ana, due_on=TODAY + timedelta(days=7))
    raise_action(
        uow(), text="Late", owner_id=ana, due_on=TODAY - timedelta(days=3), meeting=meeting
    )
    mark_done(uow(), action_id=raise_action(uow(), text="Done", due_on=TODAY))

    found = actions_card(uow(), today=TODAY)
    lines = [(item.text, dict(item.values)) for item in found.items]
    assert lines == [
        (
            "{text} ({owner}): overdue since {day}",
            {"text": "Late", "owner": "Ana Silva", "day": TODAY - timedelta(days=3)},
        ),
        (
            "{text} ({owner}): due {day}",
            {"text": "Next week", "owner": "Ana Silva", "day": TODAY + timedelta(days=7)},
        ),
        ("{text} (no owner yet)", {"text": "Someday", "owner": ""}),
    ]
    assert found.items[0].record_id == meeting
    assert found.items[1].record_id == ""  # raised on its own: the Meetings page itself


def test_the_actions_card_holds_every_open_action_and_says_where_the_whole_list_is(
    members_ws: Workspace,
) -> None:
    for number in range(25):
        raise_action(members_ws.uow(), text=f"Task {number}", due_on=TODAY)

    found = actions_card(members_ws.uow(), today=TODAY)

    # It stopped at 20 before, so "…and N more" said 12 where 17 were left.
    assert len(found.items) == 25
    assert (found.more_page, found.more_view) == ("meetings", "open-actions")
