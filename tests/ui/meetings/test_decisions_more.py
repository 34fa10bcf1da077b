"""The rest of the Decisions and Attendance tabs, driven as a person would: a withdrawn motion,
approving an earlier meeting's minutes, proxy votes, and a late arrival at an agenda item."""

from __future__ import annotations

from datetime import timedelta

import pytest
from support.gui import settle
from support.meeting_editor import open_on
from support.meeting_rows import evening_meeting

from groupdesk.services.meetings.agenda import add_item
from groupdesk.services.meetings.attendance import expected_members, mark_attendance
from groupdesk.services.meetings.decisions import decisions_of
from groupdesk.services.meetings.minutes import approved_at
from groupdesk.services.settings import get_settings, update_settings

pytestmark = pytest.mark.gui


def present(app_context, meeting: str, how_many: int) -> list[str]:  # type: ignore[no-untyped-def]
    members = expected_members(app_context.workspace.uow(), meeting=meeting)[:how_many]
    ids = [member.member_id for member in members]
    mark_attendance(
        app_context.workspace.uow(), meeting=meeting, marks=dict.fromkeys(ids, "present")
    )
    return ids


@pytest.fixture
def meeting(demo_workspace) -> str:  # type: ignore[no-untyped-def]
    return evening_meeting(demo_workspace, demo_workspace.uow().today() + timedelta(days=3))


def test_a_withdrawn_motion_is_recorded_with_no_vote(qtbot, app_context, meeting) -> None:  # type: ignore[no-untyped-def]
    update_settings(app_context.workspace.uow(), quorum="10")  # no vote, so no quorum asked
    _dialog, tab = open_on(qtbot, app_context, meeting, "decisions")
    qtbot.keyClicks(tab.motion_edit, "Zebra: to repaint the hall")
    tab.outcome_combo.setCurrentIndex(tab.outcome_combo.findData("withdrawn"))
    assert tab.count_spins["votes_for"].isHidden() and tab.rule_combo.isHidden()
    assert tab.outcome_label.text() == "withdrawn"
    assert tab.record_button.isEnabled()
    tab.record_button.click()
    settle()
    [decision] = decisions_of(app_context.workspace.uow(), meeting=meeting)
    assert (decision.outcome, decision.votes_for) == ("withdrawn", 0)
    assert tab.model.records()[0].outcome == "withdrawn"


def test_a_later_meeting_approves_the_minutes_of_an_earlier_one(
    qtbot, app_context, demo_workspace, meeting
) -> None:  # type: ignore[no-untyped-def]
    update_settings(app_context.workspace.uow(), quorum="")
    earlier = evening_meeting(
        demo_workspace, demo_workspace.uow().today() - timedelta(days=1), "Zebra old meeting"
    )
    coming = evening_meeting(
        demo_workspace, demo_workspace.uow().today() + timedelta(days=1), "Zebra coming meeting"
    )
    present(app_context, meeting, 3)
    _dialog, tab = open_on(qtbot, app_context, meeting, "decisions")
    assert tab.minutes_combo.findData(coming) < 0  # still to come: no minutes yet
    index = tab.minutes_combo.findData(earlier)
    assert index > 0 and "Zebra old meeting" in tab.minutes_combo.itemText(index)
    tab.minutes_combo.setCurrentIndex(index)
    tab.count_spins["votes_for"].setValue(3)
    assert tab.record_button.isEnabled()  # the motion's words are written for it
    tab.record_button.click()
    settle()

    [decision] = decisions_of(app_context.workspace.uow(), meeting=meeting)
    assert decision.approves_minutes_of_id == earlier
    assert decision.motion.startswith("To approve the minutes of Zebra old meeting")
    approving = approved_at(app_context.workspace.uow(), meeting=earlier)
    assert approving is not None and approving.key == meeting
    assert tab.minutes_combo.findData(earlier) < 0  # approved: no longer offered


def test_proxy_votes_count_when_the_group_allows_them(qtbot, app_context, meeting) -> None:  # type: ignore[no-untyped-def]
    update_settings(app_context.workspace.uow(), quorum="", proxies_allowed=True)
    app_context.group = get_settings(app_context.workspace.uow())
    [holder] = present(app_context, meeting, 1)
    _dialog, tab = open_on(qtbot, app_context, meeting, "decisions")
    assert tab.proxy_picker.isVisibleTo(tab)
    qtbot.keyClicks(tab.motion_edit, "Zebra: to buy chairs")
    tab.count_spins["votes_for"].setValue(2)
    assert "only 1 present" in tab.errors.message("votes_for")
    tab.proxy_picker.choose(holder)
    tab.proxy_button.click()
    assert tab.errors.message("votes_for") == ""
    tab.record_button.click()
    settle()
    [decision] = decisions_of(app_context.workspace.uow(), meeting=meeting)
    assert (decision.proxies, decision.votes_for, decision.outcome) == (1, 2, "carried")


def test_proxies_are_not_offered_when_the_group_does_not_allow_them(
    qtbot, app_context, meeting
) -> None:  # type: ignore[no-untyped-def]
    update_settings(app_context.workspace.uow(), proxies_allowed=False)
    app_context.group = get_settings(app_context.workspace.uow())
    _dialog, tab = open_on(qtbot, app_context, meeting, "decisions")
    assert not tab.proxy_picker.isVisibleTo(tab)


def test_a_late_arrival_is_marked_at_an_agenda_item(qtbot, app_context, meeting) -> None:  # type: ignore[no-untyped-def]
    uow = app_context.workspace.uow
    add_item(uow(), meeting=meeting, values={"title": "Welcome"})
    budget = add_item(uow(), meeting=meeting, values={"title": "Budget"}).items[1]
    [late] = present(app_context, meeting, 1)
    _dialog, tab = open_on(qtbot, app_context, meeting, "attendance")
    row = [member.member_id for member in tab.model.records()].index(late)
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(row, 0))
    assert tab.times_button.isEnabled()
    tab.arrived_combo.setCurrentIndex(tab.arrived_combo.findData(budget.id))
    tab.times_button.click()
    settle()

    [mark] = [m for m in expected_members(uow(), meeting=meeting) if m.member_id == late]
    assert (mark.arrived_at_item_id, mark.left_at_item_id) == (budget.id, None)
    assert "arrived late" in tab.model.index(row, 1).data()
    tab.view.setCurrentIndex(tab.model.index(row + 1 if row == 0 else 0, 0))
    assert not tab.times_button.isEnabled()  # not marked present
