"""The meetings area's tabs on a member's detail: meetings attended (latest first, a late
arrival said, cancelled meetings and apologies left out) and the actions they own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from support.meeting_rows import evening_meeting

from groupdesk.services.meetings.actions import mark_done, raise_action
from groupdesk.services.meetings.agenda import add_item
from groupdesk.services.meetings.attendance import mark_attendance, mark_late_or_early
from groupdesk.services.meetings.member_tabs import actions_owned, meetings_attended
from groupdesk.services.meetings.records import cancel_meeting
from groupdesk.services.members.detail import member_detail
from groupdesk.services.workspace import Workspace

AddPerson = Callable[..., str]


def test_the_meetings_tab_lists_those_attended_latest_first(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    uow = members_ws.uow
    ana = add_person("Ana Silva")
    march, april, may, june = (
        evening_meeting(members_ws, date(2026, month, 4), f"Committee {month}")
        for month in (3, 4, 5, 6)
    )
    for meeting in (march, april, june):
        mark_attendance(uow(), meeting=meeting, marks={ana: "present"})
    mark_attendance(uow(), meeting=may, marks={ana: "apologies"})
    cancel_meeting(uow(), meeting=june)
    item = add_item(uow(), meeting=april, values={"title": "Budget"}).items[0]
    mark_late_or_early(uow(), meeting=april, member_id=ana, arrived_at_item_id=item.id)

    tab = meetings_attended(uow(), member_id=ana)

    assert [row[1:] for row in tab.rows] == [
        ("committee", "Committee 4 — arrived late"),
        ("committee", "Committee 3"),
    ]
    assert tab.rows[0][0] == "4 Apr 2026"  # the group's date format


def test_the_actions_tab_lists_open_ones_first_and_shows_in_the_members_detail(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    uow = members_ws.uow
    ana = add_person("Ana Silva")
    done = raise_action(uow(), text="Book the hall", owner_id=ana)
    mark_done(uow(), action_id=done)
    raise_action(uow(), text="Print flyers", owner_id=ana, due_on=date(2026, 6, 1))

    tab = actions_owned(uow(), member_id=ana)
    assert [(row[3], row[1]) for row in tab.rows] == [
        ("Print flyers", "open"),
        ("Book the hall", "done"),
    ]
    detail = member_detail(uow(), member_id=ana)
    keys = [section.key for section in detail.tabs]  # other areas may add theirs
    assert keys.index("meetings") < keys.index("actions")
