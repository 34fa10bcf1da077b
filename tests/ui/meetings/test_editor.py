"""The meeting editor, driven as a person would: plan a meeting, refuse one that ends before it
starts, tick attendance from the keyboard, record a decision (refusing more votes than people
present) and raise an action, each checked in the database afterwards."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTime
from support.gui import settle
from support.meeting_editor import open_editor, open_on
from support.meeting_rows import evening_meeting

from groupdesk.services.meetings.actions import list_actions
from groupdesk.services.meetings.attendance import expected_members, mark_attendance
from groupdesk.services.meetings.decisions import decisions_of
from groupdesk.services.meetings.records import list_meetings, meeting_detail
from groupdesk.services.settings import update_settings

pytestmark = pytest.mark.gui


@pytest.fixture
def meeting(demo_workspace) -> str:  # type: ignore[no-untyped-def]
    return evening_meeting(demo_workspace, demo_workspace.uow().today() + timedelta(days=3))


def test_planning_a_meeting_saves_it_and_opens_its_other_tabs(qtbot, app_context) -> None:  # type: ignore[no-untyped-def]
    dialog = open_editor(qtbot, app_context)
    day = app_context.workspace.uow().today() + timedelta(days=10)
    assert not dialog.tabs.isTabEnabled(dialog.tabs.indexOf(dialog.attendance))
    qtbot.keyClicks(dialog.title_edit, "Annual general meeting")
    qtbot.keyClicks(dialog.day_edit, day.isoformat())
    qtbot.keyClicks(dialog.place_edit, "Community hall")
    dialog.zone_combo.setCurrentText("Europe/London")
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    settle()
    [planned] = [
        m for m in list_meetings(app_context.workspace.uow()) if m.title == "Annual general meeting"
    ]
    assert (planned.title, planned.place) == ("Annual general meeting", "Community hall")
    assert planned.starts_at.date() == day and planned.ends_at.hour == 21
    assert dialog.meeting_key == planned.key
    assert dialog.tabs.isTabEnabled(dialog.tabs.indexOf(dialog.attendance))


def test_the_refusal_is_in_spanish_with_the_day_and_time_the_group_s_way(
    qtbot, spanish, app_context
) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from babel.dates import format_date

    app_context.group = replace(app_context.group, locale="es_ES")
    dialog = open_editor(qtbot, app_context)
    day = app_context.workspace.uow().today() + timedelta(days=10)
    qtbot.keyClicks(dialog.day_edit, day.isoformat())
    dialog.start_edit.setTime(QTime(19, 0))
    dialog.end_edit.setTime(QTime(18, 0))
    written = format_date(day, format="medium", locale="es_ES")  # "14 dic 2026"
    assert dialog.errors.message("ends_at") == (
        f"la reunión termina ({written} 18:00) antes de empezar ({written} 19:00)"
    )


def test_a_meeting_ending_before_it_starts_is_refused_beside_the_end(qtbot, app_context) -> None:  # type: ignore[no-untyped-def]
    dialog = open_editor(qtbot, app_context)
    qtbot.keyClicks(dialog.title_edit, "Never saved")
    day = app_context.workspace.uow().today() + timedelta(days=10)
    qtbot.keyClicks(dialog.day_edit, day.isoformat())
    dialog.end_edit.setTime(QTime(18, 0))
    assert "before it starts" in dialog.errors.message("ends_at")
    assert not dialog.save_button.isEnabled()
    assert "before it starts" in dialog.save_button.toolTip()
    assert dialog.save() is None
    settle()
    titles = {m.title for m in list_meetings(app_context.workspace.uow())}
    assert "Never saved" not in titles
    dialog.end_edit.setTime(QTime(20, 0))
    assert dialog.errors.message("ends_at") == "" and dialog.save_button.isEnabled()


def test_attendance_is_ticked_from_the_keyboard(qtbot, app_context, meeting) -> None:  # type: ignore[no-untyped-def]
    _editor, sheet = open_on(qtbot, app_context, meeting, "attendance")
    first, second = (member.name for member in sheet.model.records()[:2])
    sheet.search_edit.setFocus()
    qtbot.keyClicks(sheet.search_edit, first)
    assert [m.name for m in sheet.model.records()] == [first]
    qtbot.keyClick(sheet.search_edit, Qt.Key.Key_Return)
    assert sheet.view.hasFocus()
    qtbot.keyClick(sheet.view, Qt.Key.Key_Space)
    settle()
    sheet.search_edit.clear()
    qtbot.keyClicks(sheet.search_edit, second)
    qtbot.keyClick(sheet.search_edit, Qt.Key.Key_Return)
    qtbot.keyClick(sheet.view, Qt.Key.Key_A)
    settle()
    marks = {
        m.name: m.status for m in expected_members(app_context.workspace.uow(), meeting=meeting)
    }
    assert (marks[first], marks[second]) == ("present", "apologies")
    assert "Present 1 · Apologies 1" in sheet.counts_label.text()
    qtbot.keyClick(sheet.view, Qt.Key.Key_Space)  # Space on someone not present: present
    settle()
    qtbot.keyClick(sheet.view, Qt.Key.Key_Space)  # and again: not marked
    settle()
    marks = {
        m.name: m.status for m in expected_members(app_context.workspace.uow(), meeting=meeting)
    }
    assert marks[second] is None


def test_mark_everyone_present_marks_every_expected_member(qtbot, app_context, meeting) -> None:  # type: ignore[no-untyped-def]
    _editor, sheet = open_on(qtbot, app_context, meeting, "attendance")
    sheet.everyone_button.click()
    settle()
    assert {m.status for m in sheet.model.every_record()} == {"present"}
    marks = expected_members(app_context.workspace.uow(), meeting=meeting)
    assert {m.status for m in marks} == {"present"}


def present_two(app_context, meeting: str) -> None:  # type: ignore[no-untyped-def]
    members = expected_members(app_context.workspace.uow(), meeting=meeting)
    marks = {member.member_id: "present" for member in members[:2]}
    mark_attendance(app_context.workspace.uow(), meeting=meeting, marks=marks)


def test_more_votes_than_people_present_are_refused_beside_the_count(
    qtbot, app_context, meeting
) -> None:  # type: ignore[no-untyped-def]
    present_two(app_context, meeting)
    _editor, tab = open_on(qtbot, app_context, meeting, "decisions")
    qtbot.keyClicks(tab.motion_edit, "To buy a new urn")
    tab.count_spins["votes_for"].setValue(2)
    tab.count_spins["votes_against"].setValue(1)
    assert "3 people counted but only 2 present" in tab.errors.message("votes_against")
    assert not tab.record_button.isEnabled()
    assert tab.record() is None
    settle()
    assert decisions_of(app_context.workspace.uow(), meeting=meeting) == []


def test_a_decision_is_recorded_with_its_outcome_shown_as_typed(
    qtbot, app_context, meeting
) -> None:  # type: ignore[no-untyped-def]
    update_settings(app_context.workspace.uow(), quorum="2")
    present_two(app_context, meeting)
    _editor, tab = open_on(qtbot, app_context, meeting, "decisions")
    assert "quorate" in tab.quorum_label.text() and "NOT" not in tab.quorum_label.text()
    assert tab.outcome_label.text() == "—"  # nothing counted yet
    qtbot.keyClicks(tab.motion_edit, "To buy a new urn")
    tab.count_spins["votes_for"].setValue(1)
    tab.count_spins["votes_against"].setValue(1)
    assert tab.outcome_label.text() == "defeated"  # a tie is not a majority
    tab.count_spins["votes_against"].setValue(0)
    assert tab.outcome_label.text() == "carried"
    tab.record_button.click()
    settle()
    [decision] = decisions_of(app_context.workspace.uow(), meeting=meeting)
    assert (decision.motion, decision.outcome, decision.quorum_met) == (
        "To buy a new urn",
        "carried",
        True,
    )
    assert [record.motion for record in tab.model.records()] == ["To buy a new urn"]


def test_an_inquorate_vote_waits_for_the_chair_to_confirm(qtbot, app_context, meeting) -> None:  # type: ignore[no-untyped-def]
    update_settings(app_context.workspace.uow(), quorum="10")
    present_two(app_context, meeting)
    _editor, tab = open_on(qtbot, app_context, meeting, "decisions")
    assert "NOT quorate" in tab.quorum_label.text()
    qtbot.keyClicks(tab.motion_edit, "To close early")
    tab.count_spins["votes_for"].setValue(2)
    assert not tab.record_button.isEnabled()
    assert "chair must confirm" in tab.record_button.toolTip()
    tab.confirm_check.setChecked(True)
    tab.record_button.click()
    settle()
    [decision] = decisions_of(app_context.workspace.uow(), meeting=meeting)
    assert (decision.quorum_met, decision.chair_confirmed) == (False, True)


def test_an_action_is_raised_with_an_owner_and_marked_done_here(
    qtbot, app_context, meeting
) -> None:  # type: ignore[no-untyped-def]
    _editor, tab = open_on(qtbot, app_context, meeting, "actions_tab")
    qtbot.keyClicks(tab.text_edit, "Book the hall")
    tab.owner_picker.setCurrentIndex(1)
    owner = tab.owner_picker.member_id()
    tab.raise_button.click()
    settle()
    [action] = list_actions(app_context.workspace.uow(), meeting=meeting)
    assert (action.text, action.owner_id, action.status) == ("Book the hall", owner, "open")
    tab.view.selectRow(0)
    tab.done_button.click()
    settle()
    [action] = list_actions(app_context.workspace.uow(), meeting=meeting)
    assert action.status == "done"


def test_a_consensus_asks_for_stand_asides_and_blocks_not_votes_against(
    qtbot, app_context, meeting
) -> None:  # type: ignore[no-untyped-def]
    present_two(app_context, meeting)
    _editor, tab = open_on(qtbot, app_context, meeting, "decisions")
    assert tab.count_spins["votes_against"].isVisible()
    assert not tab.count_spins["blocks"].isVisible()
    tab.method_combo.setCurrentIndex(tab.method_combo.findData("consensus"))
    assert not tab.count_spins["votes_against"].isVisible()
    tab.count_spins["votes_for"].setValue(1)
    tab.count_spins["blocks"].setValue(1)
    assert tab.outcome_label.text() == "defeated"  # one block stops a consensus


def test_a_due_day_before_the_meeting_is_refused_beside_it(qtbot, app_context, meeting) -> None:  # type: ignore[no-untyped-def]
    _editor, tab = open_on(qtbot, app_context, meeting, "actions_tab")
    qtbot.keyClicks(tab.text_edit, "Book the hall")
    qtbot.keyClicks(tab.due_edit, "2020-01-01")
    tab.raise_button.click()
    settle()
    assert "is before the meeting" in tab.errors.message("due_on")
    assert list_actions(app_context.workspace.uow(), meeting=meeting) == []


def test_guests_are_counted_and_named(qtbot, app_context, meeting) -> None:  # type: ignore[no-untyped-def]
    _editor, sheet = open_on(qtbot, app_context, meeting, "attendance")
    sheet.guests_spin.setValue(2)
    qtbot.keyClicks(sheet.guest_names_edit, "Pat from the council, Jo")
    sheet.guests_button.click()
    settle()
    detail = meeting_detail(app_context.workspace.uow(), meeting=meeting)
    assert (detail.guest_count, detail.guest_names) == (2, "Pat from the council, Jo")
