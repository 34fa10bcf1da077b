"""A member's detail on the Members page gains the meetings they attended and the actions they
own (the meetings area's `member_tabs`)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from support.gui import settle
from support.meeting_rows import evening_meeting

from groupdesk.services.meetings.actions import raise_action
from groupdesk.services.meetings.attendance import mark_attendance
from groupdesk.services.members.records import add_member
from groupdesk.services.wording import day_text

pytestmark = pytest.mark.gui


def cells(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_a_members_detail_lists_the_meetings_they_attended_and_the_actions_they_own(
    qtbot, main_window, demo_workspace
) -> None:  # type: ignore[no-untyped-def]
    uow = demo_workspace.uow
    zoe = add_member(uow(), values={"full_name": "Zebedee Quarrington"}).id
    newcomer = add_member(uow(), values={"full_name": "Zelda Newcomer"}).id
    day = uow().today() - timedelta(days=10)
    held = evening_meeting(demo_workspace, day, "Zebra committee")
    missed = evening_meeting(demo_workspace, day - timedelta(days=7), "Zebra social", "social")
    mark_attendance(uow(), meeting=held, marks={zoe: "present"})
    mark_attendance(uow(), meeting=missed, marks={zoe: "apologies"})
    raise_action(uow(), text="Zebra: order the banner", owner_id=zoe, meeting=held)

    page = main_window.show_page("members")
    settle()
    page.select_member(zoe)
    settle()
    pane = page.detail_pane
    meetings, actions = pane.area_tables["meetings"], pane.area_tables["actions"]
    titles = [pane.tabText(index) for index in range(pane.count())]
    assert titles.index("Meetings") < titles.index("Actions") < titles.index("History")

    locale = main_window.context.locale
    assert cells(meetings) == [[day_text(day, locale), "committee", "Zebra committee"]]
    [banner] = cells(actions)
    assert banner[3] == "Zebra: order the banner" and banner[2] == "Zebra committee"

    page.select_member(newcomer)
    settle()
    assert cells(meetings)[0][0] == "Not marked present at any meeting yet."
    assert cells(actions)[0][0] == "Owns no actions."
    # The sentence across the row, not wrapped in the Due column under its heading.
    assert actions.columnSpan(0, 0) == actions.columnCount()
    page.select_member(zoe)
    settle()
    assert actions.columnSpan(0, 0) == 1  # rows again: one cell each


def test_a_meeting_s_kind_and_an_action_s_status_are_said_in_spanish(
    qtbot, spanish, main_window, demo_workspace
) -> None:  # type: ignore[no-untyped-def]
    uow = demo_workspace.uow
    zoe = add_member(uow(), values={"full_name": "Zebedee Quarrington"}).id
    held = evening_meeting(demo_workspace, uow().today() - timedelta(days=10), "Zebra committee")
    mark_attendance(uow(), meeting=held, marks={zoe: "present"})
    raise_action(uow(), text="Zebra: order the banner", owner_id=zoe, meeting=held)

    page = main_window.show_page("members")
    settle()
    page.select_member(zoe)
    settle()
    pane = page.detail_pane
    assert cells(pane.area_tables["meetings"])[0][1] == "comisión directiva"  # not "committee"
    assert cells(pane.area_tables["actions"])[0][1] == "pendiente"  # not "open"
