"""The Meetings page, driven as a person would: the upcoming list, search and the kind filter,
opening a meeting with Enter, the actions across meetings, and the calendar file.

The demo group may hold meetings and actions of its own, so each test looks at the ones it
planned (named so that no demo record shares their names)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from support.gui import settle
from support.meeting_rows import evening_meeting

from groupdesk.services.meetings.actions import action_owners, get_action, raise_action
from groupdesk.services.members.records import list_members
from groupdesk.services.wording import day_text
from groupdesk.ui.meetings.action_dialog import ActionDialog
from groupdesk.ui.meetings.editor import MeetingDialog

pytestmark = pytest.mark.gui

COMMITTEE, QUIZ = "Zebra crossing committee", "Zebra quiz night"


@pytest.fixture
def page(qtbot, main_window, demo_workspace):  # type: ignore[no-untyped-def]
    """The Meetings page over the demo group with two more meetings planned next week."""
    soon = demo_workspace.uow().today() + timedelta(days=7)
    evening_meeting(demo_workspace, soon, COMMITTEE, "committee")
    evening_meeting(demo_workspace, soon + timedelta(days=1), QUIZ, "social")
    meetings_page = main_window.show_page("meetings")
    settle()
    return meetings_page


def shown_titles(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [record.title for record in page.meetings.records()]


def ours(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [title for title in shown_titles(page) if title in (COMMITTEE, QUIZ)]


def test_upcoming_meetings_are_listed_soonest_first(page) -> None:  # type: ignore[no-untyped-def]
    assert ours(page) == [COMMITTEE, QUIZ]
    starts = [record.starts_at for record in page.meetings.records()]
    assert starts == sorted(starts)
    assert page.empty_label.isHidden()


def test_search_and_kind_narrow_the_list(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.search_edit, "zebra QUIZ")
    assert shown_titles(page) == [QUIZ]
    page.search_edit.clear()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("committee"))
    assert ours(page) == [COMMITTEE]
    assert {record.kind for record in page.meetings.records()} == {"committee"}


def test_past_shows_no_future_meeting(page) -> None:  # type: ignore[no-untyped-def]
    page.when_combo.setCurrentIndex(page.when_combo.findData("past"))
    settle()
    assert ours(page) == []
    starts = [record.starts_at for record in page.meetings.records()]
    assert starts == sorted(starts, reverse=True)  # latest first


def test_enter_opens_the_chosen_meeting_in_the_editor(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.meetings_view.setFocus()
    page.meetings_view.selectRow(shown_titles(page).index(QUIZ))
    qtbot.keyClick(page.meetings_view, Qt.Key.Key_Return)
    settle()
    dialog = page.active_dialog
    assert isinstance(dialog, MeetingDialog)
    assert dialog.title_edit.text() == QUIZ
    assert dialog.tabs.isTabEnabled(dialog.tabs.indexOf(dialog.attendance))
    dialog.reject()


def test_actions_view_filters_by_owner(qtbot, page, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    key = page.meetings.records()[shown_titles(page).index(COMMITTEE)].key
    owner_id = list_members(demo_workspace.uow(), status="active")[-1].id
    raise_action(demo_workspace.uow(), text="Zebra: book the hall", owner_id=owner_id, meeting=key)
    raise_action(demo_workspace.uow(), text="Zebra: print flyers", meeting=key)
    page.refresh()
    settle()
    # The actions are read when their tab is first shown, not with every opening of the page.
    assert page.action_rows.every_record() == []
    assert page.owner_picker.count() <= 1
    page.tabs.setCurrentIndex(page.tabs.indexOf(page.actions_tab))
    settle()
    texts = {action.text for action in page.action_rows.records()}
    assert {"Zebra: book the hall", "Zebra: print flyers"} <= texts
    # The filter offers the owners of actions, not all members.
    offered = page.owner_picker.offered()[1:]  # after "Anyone"
    assert owner_id in offered
    assert set(offered) == {owner.id for owner in action_owners(demo_workspace.uow())}
    page.owner_picker.choose(owner_id)
    settle()
    texts = {action.text for action in page.action_rows.records()}
    assert "Zebra: book the hall" in texts and "Zebra: print flyers" not in texts
    assert {action.owner_id for action in page.action_rows.records()} == {owner_id}


def test_export_calendar_writes_the_upcoming_meetings(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "meetings.ics"
    page.ask_path = lambda *_args: str(target)
    page.export_button.click()
    settle()
    text = target.read_text(encoding="utf-8")
    assert COMMITTEE in text and QUIZ in text
    events = text.count("BEGIN:VEVENT")
    said = page.status_label.text()  # English plurals, not "meeting(s)"
    assert f"Saved {events} meeting{'' if events == 1 else 's'} to " in said, said


def test_a_meeting_planned_from_the_page_appears_in_its_list(qtbot, page, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.active_dialog
    assert isinstance(dialog, MeetingDialog)
    settle()
    day = demo_workspace.uow().today() + timedelta(days=2)
    qtbot.keyClicks(dialog.title_edit, "Zebra emergency meeting")
    qtbot.keyClicks(dialog.day_edit, day.isoformat())
    dialog.save_button.click()
    settle()
    assert "Zebra emergency meeting" in shown_titles(page)


def test_enter_on_an_action_opens_it_and_marking_it_done_there_updates_the_list(
    qtbot, page, demo_workspace
) -> None:  # type: ignore[no-untyped-def]
    key = page.meetings.records()[shown_titles(page).index(COMMITTEE)].key
    action_id = raise_action(demo_workspace.uow(), text="Zebra: hire the urn", meeting=key)
    page.tabs.setCurrentIndex(1)
    page.load_actions()
    settle()
    row = [action.id for action in page.action_rows.records()].index(action_id)
    page.actions_view.setFocus()
    page.actions_view.selectRow(row)
    qtbot.keyClick(page.actions_view, Qt.Key.Key_Return)
    settle()

    dialog = page.active_dialog
    assert isinstance(dialog, ActionDialog)  # it did nothing before
    assert dialog.text_edit.text() == "Zebra: hire the urn"
    assert COMMITTEE in dialog.status_label.text()
    dialog.done_button.click()
    settle()

    assert get_action(demo_workspace.uow(), action_id=action_id).status == "done"
    assert dialog.reopen_button.isVisibleTo(dialog) and dialog.done_button.isHidden()
    assert action_id not in {action.id for action in page.action_rows.records()}  # open only
    dialog.reject()


def test_an_action_edited_in_its_dialog_keeps_a_bad_due_day_beside_its_field(
    qtbot, page, demo_workspace
) -> None:  # type: ignore[no-untyped-def]
    action_id = raise_action(demo_workspace.uow(), text="Zebra: count chairs")
    dialog = page.open_action(action_id)
    settle()
    dialog.due_edit.clear()
    qtbot.keyClicks(dialog.due_edit, "31st of never")
    assert "write the day as" in dialog.errors.message("due_on")
    assert not dialog.save_button.isEnabled()
    dialog.due_edit.clear()
    day = demo_workspace.uow().today() + timedelta(days=10)
    qtbot.keyClicks(dialog.due_edit, day_text(day, page.context.locale))
    dialog.text_edit.clear()
    qtbot.keyClicks(dialog.text_edit, "Zebra: count the chairs")
    dialog.save_button.click()
    settle()

    saved = get_action(demo_workspace.uow(), action_id=action_id)
    assert (saved.text, saved.due_on) == ("Zebra: count the chairs", day)
    dialog.reject()


def test_the_dashboard_more_link_shows_every_open_action(qtbot, page, main_window) -> None:  # type: ignore[no-untyped-def]
    page.overdue_check.setChecked(True)
    page.open_check.setChecked(False)
    settle()
    main_window.context.open_view("meetings", "open-actions")
    settle()
    assert page.tabs.currentIndex() == 1
    assert page.open_check.isChecked() and not page.overdue_check.isChecked()
    assert {action.status for action in page.action_rows.records()} <= {"open"}


def test_the_calendar_is_never_written_over_the_groups_database(page) -> None:  # type: ignore[no-untyped-def]
    """A save dialog pointed at the database is refused with a sentence; the database stays."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    database = page.context.workspace.paths.database
    before = database.read_bytes()[:100]
    page.ask_path = lambda *_args: str(database)
    page.export_button.click()
    settle()
    shown = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert any("own files in its data folder" in box.text() for box in shown)
    for box in shown:
        box.done(0)
    assert database.read_bytes()[:100] == before
    assert not database.read_bytes().startswith(b"BEGIN:VCALENDAR")
