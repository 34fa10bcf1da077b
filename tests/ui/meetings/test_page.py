"""The Meetings page, driven as a person would: the upcoming list, search and the kind filter,
opening a meeting with Enter, the actions across meetings, and the calendar file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from support.gui import settle
from support.meeting_rows import evening_meeting

from groupdesk.services.meetings.actions import raise_action
from groupdesk.ui.meetings.editor import MeetingDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, main_window, demo_workspace):  # type: ignore[no-untyped-def]
    """The Meetings page over the demo group with two meetings planned next week."""
    soon = demo_workspace.uow().today() + timedelta(days=7)
    evening_meeting(demo_workspace, soon, "Committee", "committee")
    evening_meeting(demo_workspace, soon + timedelta(days=1), "Quiz night", "social")
    meetings_page = main_window.show_page("meetings")
    settle()
    return meetings_page


def shown_titles(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [record.title for record in page.meetings.records()]


def test_upcoming_meetings_are_listed_soonest_first(page) -> None:  # type: ignore[no-untyped-def]
    assert shown_titles(page) == ["Committee", "Quiz night"]
    assert page.empty_label.isHidden()


def test_search_and_kind_narrow_the_list(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.search_edit, "quiz")
    assert shown_titles(page) == ["Quiz night"]
    page.search_edit.clear()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("committee"))
    assert shown_titles(page) == ["Committee"]


def test_past_shows_no_future_meeting(page) -> None:  # type: ignore[no-untyped-def]
    page.when_combo.setCurrentIndex(page.when_combo.findData("past"))
    settle()
    assert shown_titles(page) == []
    assert "No meetings" in page.empty_label.text() and not page.empty_label.isHidden()


def test_enter_opens_the_chosen_meeting_in_the_editor(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.meetings_view.setFocus()
    page.meetings_view.selectRow(1)
    qtbot.keyClick(page.meetings_view, Qt.Key.Key_Return)
    settle()
    dialog = page.active_dialog
    assert isinstance(dialog, MeetingDialog)
    assert dialog.title_edit.text() == "Quiz night"
    assert dialog.tabs.isTabEnabled(dialog.tabs.indexOf(dialog.attendance))
    dialog.reject()


def test_actions_view_filters_by_owner(qtbot, page, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    key = page.meetings.records()[0].key
    owner_id = page.owner_picker.itemData(1)
    raise_action(demo_workspace.uow(), text="Book the hall", owner_id=owner_id, meeting=key)
    raise_action(demo_workspace.uow(), text="Print flyers", meeting=key)
    page.load_actions()
    settle()
    texts = {action.text for action in page.action_rows.records()}
    assert {"Book the hall", "Print flyers"} <= texts
    page.owner_picker.setCurrentIndex(1)
    settle()
    assert [action.text for action in page.action_rows.records()] == ["Book the hall"]


def test_export_calendar_writes_the_upcoming_meetings(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "meetings.ics"
    page.ask_path = lambda *_args: str(target)
    page.export_button.click()
    settle()
    text = target.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == 2 and "Quiz night" in text
    assert "2 meeting" in page.status_label.text()


def test_a_meeting_planned_from_the_page_appears_in_its_list(qtbot, page, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.active_dialog
    assert isinstance(dialog, MeetingDialog)
    settle()
    day = demo_workspace.uow().today() + timedelta(days=2)
    qtbot.keyClicks(dialog.title_edit, "Emergency meeting")
    qtbot.keyClicks(dialog.day_edit, day.isoformat())
    dialog.save_button.click()
    settle()
    assert shown_titles(page)[0] == "Emergency meeting"
