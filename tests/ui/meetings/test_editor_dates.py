"""The meeting editor's dates: a day typed the group's way (not ISO only) and shown that way,
and a meeting that ends past midnight."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QTime
from support.gui import settle
from support.meeting_editor import open_editor

from groupdesk.services.meetings.records import list_meetings, meeting_detail
from groupdesk.services.wording import day_text
from groupdesk.ui.meetings.tab import typed_day

pytestmark = pytest.mark.gui


def saved(app_context, title: str):  # type: ignore[no-untyped-def]
    [meeting] = [m for m in list_meetings(app_context.workspace.uow()) if m.title == title]
    return meeting


@pytest.mark.parametrize(
    ("locale", "typed", "day"),
    [
        ("en_GB", "4 Mar 2027", date(2027, 3, 4)),
        ("en_GB", "04/03/2027", date(2027, 3, 4)),
        ("en_US", "Mar 4, 2027", date(2027, 3, 4)),
        ("en_US", "3/4/2027", date(2027, 3, 4)),
        ("fr_FR", "4 mars 2027", date(2027, 3, 4)),
        ("de_DE", "04.03.2027", date(2027, 3, 4)),
        ("nl_NL", "4 mrt 2027", date(2027, 3, 4)),
        ("en_GB", "2027-03-04", date(2027, 3, 4)),
    ],
)
def test_a_day_is_read_the_way_the_group_writes_it(locale: str, typed: str, day: date) -> None:
    assert typed_day(typed, locale) == day
    assert typed_day(day_text(day, locale), locale) == day


def test_a_day_typed_the_group_way_is_saved_and_shown_that_way(qtbot, app_context) -> None:  # type: ignore[no-untyped-def]
    locale = app_context.locale
    day = app_context.workspace.uow().today() + timedelta(days=12)
    dialog = open_editor(qtbot, app_context)
    qtbot.keyClicks(dialog.title_edit, "Zebra day-format meeting")
    qtbot.keyClicks(dialog.day_edit, day_text(day, locale))
    assert dialog.errors.message("starts_at") == ""
    dialog.save_button.click()
    settle()
    meeting = saved(app_context, "Zebra day-format meeting")
    assert meeting.starts_at.date() == day

    again = open_editor(qtbot, app_context, meeting.key)
    assert again.day_edit.text() == day_text(day, locale)  # not 2026-12-31


def test_an_unreadable_day_is_named_beside_the_field_with_an_example(qtbot, app_context) -> None:  # type: ignore[no-untyped-def]
    dialog = open_editor(qtbot, app_context)
    qtbot.keyClicks(dialog.title_edit, "Zebra never saved")
    qtbot.keyClicks(dialog.day_edit, "next Tuesday")
    message = dialog.errors.message("starts_at")
    assert day_text(date(2026, 12, 31), app_context.locale) in message
    assert not dialog.save_button.isEnabled()


def test_a_meeting_that_ends_past_midnight_ends_the_next_day(qtbot, app_context) -> None:  # type: ignore[no-untyped-def]
    day = app_context.workspace.uow().today() + timedelta(days=14)
    dialog = open_editor(qtbot, app_context)
    qtbot.keyClicks(dialog.title_edit, "Zebra night shift")
    qtbot.keyClicks(dialog.day_edit, day.isoformat())
    dialog.start_edit.setTime(QTime(22, 0))
    dialog.end_edit.setTime(QTime(1, 30))
    assert "before it starts" in dialog.errors.message("ends_at")  # unless it is the next day
    dialog.next_day_check.setChecked(True)
    assert dialog.errors.message("ends_at") == ""
    dialog.save_button.click()
    settle()

    meeting = saved(app_context, "Zebra night shift")
    assert (meeting.starts_at, meeting.ends_at) == (
        datetime.combine(day, datetime.min.time()).replace(hour=22),
        datetime.combine(day + timedelta(days=1), datetime.min.time()).replace(hour=1, minute=30),
    )
    detail = meeting_detail(app_context.workspace.uow(), meeting=meeting.key)
    assert detail.occurrence.ends_at.date() == day + timedelta(days=1)
    again = open_editor(qtbot, app_context, meeting.key)
    assert again.next_day_check.isChecked()
