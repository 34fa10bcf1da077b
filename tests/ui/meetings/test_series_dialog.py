"""The series editor, driven as a person would: the next meetings listed as the rule is typed, a
bad rule named beside its field, a new series saved, and "this meeting and the following ones"
ending the old series and starting a new one."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QTime
from support.gui import settle

from groupdesk.services.meetings.records import list_meetings
from groupdesk.services.meetings.series import add_series, get_series
from groupdesk.services.wording import day_text
from groupdesk.ui.meetings.editor import MeetingDialog
from groupdesk.ui.meetings.series_dialog import SeriesDialog

pytestmark = pytest.mark.gui


def open_dialog(qtbot, app_context, **kwargs) -> SeriesDialog:  # type: ignore[no-untyped-def]
    dialog = SeriesDialog(app_context, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle()
    return dialog


def next_weekday(after: date, weekday: int) -> date:
    return after + timedelta(days=(weekday - after.weekday()) % 7 or 7)


def preview(dialog: SeriesDialog) -> list[str]:
    return [dialog.preview_list.item(row).text() for row in range(dialog.preview_list.count())]


def test_the_next_meetings_show_as_the_rule_is_typed(qtbot, app_context) -> None:  # type: ignore[no-untyped-def]
    locale = app_context.locale
    first = next_weekday(app_context.workspace.uow().today(), 1)  # a Tuesday
    dialog = open_dialog(qtbot, app_context)
    qtbot.keyClicks(dialog.day_edit, day_text(first, locale))
    qtbot.keyClicks(dialog.rule_edit, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU")

    shown = preview(dialog)
    assert len(shown) == 6
    for index, line in enumerate(shown[:3]):
        assert day_text(first + timedelta(weeks=2 * index), locale) in line
        assert "19:00" in line

    dialog.rule_edit.setText("FREQ=WEEKLY;BYDAY=TU;COUNT=2")
    assert len(preview(dialog)) == 2
    dialog.rule_edit.setText("every other tuesday")
    assert "repeat rule" in dialog.errors.message("repeat")
    assert not dialog.save_button.isEnabled()


def test_a_pattern_chosen_for_the_day_fills_the_rule(qtbot, app_context) -> None:  # type: ignore[no-untyped-def]
    first = next_weekday(app_context.workspace.uow().today(), 3)  # a Thursday
    dialog = open_dialog(qtbot, app_context)
    qtbot.keyClicks(dialog.day_edit, first.isoformat())
    labels = [dialog.pattern_combo.itemText(row) for row in range(dialog.pattern_combo.count())]
    last = next(row for row, label in enumerate(labels) if label.startswith("The last"))
    assert "Thursday" in labels[last]
    dialog.pattern_combo.setCurrentIndex(last)
    dialog.pattern_combo.activated.emit(last)
    assert dialog.rule_edit.text() == "FREQ=MONTHLY;BYDAY=-1TH"


def test_a_new_series_is_saved_and_its_meetings_are_listed(qtbot, app_context) -> None:  # type: ignore[no-untyped-def]
    first = next_weekday(app_context.workspace.uow().today(), 1)
    dialog = open_dialog(qtbot, app_context)
    qtbot.keyClicks(dialog.title_edit, "Zebra fortnightly committee")
    qtbot.keyClicks(dialog.day_edit, first.isoformat())
    dialog.time_edit.setTime(QTime(18, 30))
    qtbot.keyClicks(dialog.rule_edit, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=4")
    dialog.zone_combo.setCurrentText("Europe/London")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()
    settle()

    series = get_series(app_context.workspace.uow(), series_id=saved.args[0])
    assert (series.title, series.rule, series.end_count) == (
        "Zebra fortnightly committee",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
        4,
    )
    starts = [
        m.starts_at
        for m in list_meetings(app_context.workspace.uow())
        if m.title == "Zebra fortnightly committee"
    ]
    assert starts == [
        datetime.combine(first + timedelta(weeks=2 * n), time(18, 30)) for n in range(4)
    ]


def test_this_meeting_and_the_following_ones_start_a_new_series_from_the_editor(
    qtbot, app_context
) -> None:  # type: ignore[no-untyped-def]
    first = next_weekday(app_context.workspace.uow().today(), 2)  # a Wednesday
    old = add_series(
        app_context.workspace.uow(),
        title="Zebra weekly meeting",
        repeat="FREQ=WEEKLY;BYDAY=WE;COUNT=6",
        starts_at=datetime.combine(first, time(19)),
        zone="Europe/London",
    )
    third = [
        m for m in list_meetings(app_context.workspace.uow()) if m.title == "Zebra weekly meeting"
    ][2]
    editor = MeetingDialog(app_context, meeting=third.key)
    qtbot.addWidget(editor)
    editor.show()
    settle()
    assert editor.series_button.isVisibleTo(editor)
    dialog = editor.open_series()
    assert dialog is not None
    settle()
    assert dialog.scope_combo.currentData() == "following"
    assert dialog.title_edit.text() == "Zebra weekly meeting"
    dialog.time_edit.setTime(QTime(20, 0))
    dialog.place_edit.setText("The new hall")
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    settle()

    meetings = [
        m for m in list_meetings(app_context.workspace.uow()) if m.title == "Zebra weekly meeting"
    ]
    assert [m.starts_at.hour for m in meetings] == [19, 19, 20, 20, 20, 20]
    assert [m.place for m in meetings][1:3] == [None, "The new hall"]
    assert get_series(app_context.workspace.uow(), series_id=old.id).end_until == first + timedelta(
        weeks=1
    )
    dialog.reject()
    editor.reject()
