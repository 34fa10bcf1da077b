"""The Agenda tab, driven as a person would: build an agenda, see the running total against the
meeting's length, reorder from the keyboard, take minutes under an item, and see (and close)
an action carried over from an earlier meeting."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from support.gui import settle
from support.meeting_rows import evening_meeting

from groupdesk.services.meetings.actions import list_actions, raise_action
from groupdesk.services.meetings.agenda import agenda_of
from groupdesk.ui.meetings.editor import MeetingDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot, app_context):  # type: ignore[no-untyped-def]
    """The editor of a meeting three days ahead (19:00–21:00), on its Agenda tab."""
    workspace = app_context.workspace
    meeting = evening_meeting(workspace, workspace.uow().today() + timedelta(days=3))
    editor = MeetingDialog(app_context, meeting=meeting)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    settle()
    editor.tabs.setCurrentWidget(editor.agenda)
    settle()
    return editor


def add(qtbot, tab, title: str, minutes: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(tab.title_edit, title)
    tab.minutes_spin.setValue(minutes)
    tab.add_button.click()
    settle()


def titles(app_context, dialog) -> list[str]:  # type: ignore[no-untyped-def]
    agenda = agenda_of(app_context.workspace.uow(), meeting=dialog.meeting_key)
    return [item.title for item in agenda.items]


def test_an_agenda_is_built_with_its_running_total(qtbot, app_context, dialog) -> None:  # type: ignore[no-untyped-def]
    tab = dialog.agenda
    add(qtbot, tab, "Welcome", 10)
    add(qtbot, tab, "Treasurer's report", 30)
    assert titles(app_context, dialog) == ["Welcome", "Treasurer's report"]
    assert tab.total_label.text() == "40 of the meeting's 120 minutes planned."
    assert [tab.model.index(row, 3).data() for row in range(2)] == ["10 min", "40 min"]
    add(qtbot, tab, "Long debate", 90)
    assert "10 more than the meeting's 120" in tab.total_label.text()


def test_alt_up_moves_the_chosen_item_and_keeps_it_chosen(qtbot, app_context, dialog) -> None:  # type: ignore[no-untyped-def]
    tab = dialog.agenda
    for title in ("Welcome", "Reports", "Any other business"):
        add(qtbot, tab, title, 10)
    tab.view.setFocus()
    tab.view.selectRow(2)
    qtbot.keyClick(tab.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    settle()
    assert titles(app_context, dialog) == ["Welcome", "Any other business", "Reports"]
    assert tab.chosen().title == "Any other business"
    tab.down_button.click()
    settle()
    assert titles(app_context, dialog) == ["Welcome", "Reports", "Any other business"]


def test_minutes_are_taken_under_the_chosen_item(qtbot, app_context, dialog) -> None:  # type: ignore[no-untyped-def]
    tab = dialog.agenda
    add(qtbot, tab, "Welcome", 5)
    tab.view.selectRow(0)
    tab.notes_edit.setPlainText("Sam welcomed two new members.")
    tab.notes_button.click()
    settle()
    [item] = agenda_of(app_context.workspace.uow(), meeting=dialog.meeting_key).items
    assert item.notes == "Sam welcomed two new members."


def test_an_open_action_from_an_earlier_meeting_shows_and_is_closed_here(
    qtbot, app_context
) -> None:  # type: ignore[no-untyped-def]
    workspace = app_context.workspace
    today = workspace.uow().today()
    earlier = evening_meeting(workspace, today - timedelta(days=20), "Last month")
    raise_action(workspace.uow(), text="Zebra: book the hall", meeting=earlier, due_on=today)
    meeting = evening_meeting(workspace, today + timedelta(days=3))
    editor = MeetingDialog(app_context, meeting=meeting)
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentWidget(editor.agenda)
    settle()
    assert "Zebra: book the hall" in editor.agenda.carried_label.text()
    actions = editor.actions_tab
    editor.tabs.setCurrentWidget(actions)
    settle()
    texts = [action.text for action in actions.model.records()]
    actions.view.selectRow(texts.index("Zebra: book the hall"))
    actions.done_button.click()
    settle()
    [action] = list_actions(workspace.uow(), meeting=earlier)
    assert action.status == "done" and action.closed_at_meeting_id == meeting
    editor.tabs.setCurrentWidget(editor.agenda)
    settle()
    assert "Zebra" not in editor.agenda.carried_label.text()


def test_refusals_of_the_agenda_and_its_minutes_are_said_in_spanish(
    qtbot, spanish, app_context, dialog
) -> None:  # type: ignore[no-untyped-def]
    tab = dialog.agenda
    tab.copy_previous()  # a meeting of its own, in no series
    settle()
    assert tab.result_label.text() == (
        "Esta reunión no forma parte de una serie; no hay ninguna anterior."
    )
    add(qtbot, tab, "Welcome", 10)
    tab.view.selectRow(0)
    tab.notes_edit.setPlainText("x" * 20_001)
    tab.notes_button.click()
    settle()
    # The count as the group writes it (an English group: 20,000); no English field key before it.
    assert tab.result_label.text() == "El acta de un punto debe tener menos de 20,000 caracteres"
