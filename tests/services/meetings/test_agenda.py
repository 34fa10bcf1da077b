"""Agendas: items in order, reordering, the running total against the meeting's length, a copy
of the series' last agenda, and minutes under each item."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.services.meetings.agenda import (
    add_item,
    agenda_of,
    copy_previous_agenda,
    edit_item,
    move_item,
    remove_item,
)
from groupdesk.services.meetings.minutes import minutes_of, paragraphs, set_notes
from groupdesk.services.meetings.occurrences import occurrence_key
from groupdesk.services.meetings.records import add_meeting
from groupdesk.services.meetings.series import add_series
from groupdesk.services.workspace import Workspace

AddPerson = Callable[..., str]


def _meeting(ws: Workspace) -> str:
    return add_meeting(
        ws.uow(),
        title="Committee",
        starts_at=datetime(2026, 6, 1, 19),
        ends_at=datetime(2026, 6, 1, 20),
        zone="Europe/London",
    ).key


def _titles(ws: Workspace, meeting: str) -> list[str]:
    return [item.title for item in agenda_of(ws.uow(), meeting=meeting).items]


def test_items_add_up_against_the_meeting_length(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    wei = add_person("Wei Chen")
    meeting = _meeting(members_ws)
    add_item(members_ws.uow(), meeting=meeting, values={"title": "Welcome", "minutes_allotted": 5})
    add_item(
        members_ws.uow(),
        meeting=meeting,
        values={"title": "Budget", "minutes_allotted": 40, "presenter_id": wei},
    )
    agenda = add_item(
        members_ws.uow(),
        meeting=meeting,
        values={"title": "Staffing", "minutes_allotted": 25, "private": True},
    )
    assert agenda.running_totals() == [5, 45, 70]
    assert (agenda.total_minutes, agenda.meeting_minutes, agenda.minutes_over) == (70, 60, 10)
    assert agenda.items[1].presenter_name == "Wei Chen" and agenda.items[2].private


def test_moving_an_item_closes_up_the_others(members_ws: Workspace) -> None:
    meeting = _meeting(members_ws)
    for title in ("A", "B", "C", "D"):
        agenda = add_item(members_ws.uow(), meeting=meeting, values={"title": title})
    d_id = agenda.items[3].id
    move_item(members_ws.uow(), item_id=d_id, to_position=0)
    assert _titles(members_ws, meeting) == ["D", "A", "B", "C"]
    move_item(members_ws.uow(), item_id=d_id, to_position=1)  # Alt+Down
    assert _titles(members_ws, meeting) == ["A", "D", "B", "C"]
    move_item(members_ws.uow(), item_id=d_id, to_position=99)
    assert _titles(members_ws, meeting) == ["A", "B", "C", "D"]
    remove_item(members_ws.uow(), item_id=agenda.items[1].id)
    assert [i.position for i in agenda_of(members_ws.uow(), meeting=meeting).items] == [0, 1, 2]


def test_bad_item_values_are_refused_naming_the_field(members_ws: Workspace) -> None:
    meeting = _meeting(members_ws)
    with pytest.raises(ValidationError) as refused:
        add_item(members_ws.uow(), meeting=meeting, values={"title": " ", "minutes_allotted": -5})
    assert set(refused.value.errors) == {"title", "minutes_allotted"}
    assert agenda_of(members_ws.uow(), meeting=meeting).items == ()


def test_an_occurrence_gets_the_agenda_of_the_series_last_meeting(members_ws: Workspace) -> None:
    series = add_series(
        members_ws.uow(),
        title="General meeting",
        repeat="FREQ=MONTHLY;BYDAY=1MO",
        starts_at=datetime(2026, 6, 1, 19),
        zone="Europe/London",
    )
    june = occurrence_key(series.id, datetime(2026, 6, 1, 19))
    august = occurrence_key(series.id, datetime(2026, 8, 3, 19))
    with pytest.raises(GroupDeskError, match="No earlier meeting"):
        copy_previous_agenda(members_ws.uow(), meeting=june)
    first = add_item(members_ws.uow(), meeting=june, values={"title": "Treasurer's report"})
    edit_item(members_ws.uow(), item_id=first.items[0].id, values={"minutes_allotted": 10})
    set_notes(members_ws.uow(), item_id=first.items[0].id, notes="Balance is fine.")
    copied = copy_previous_agenda(members_ws.uow(), meeting=august)
    assert [(i.title, i.minutes_allotted, i.notes) for i in copied.items] == [
        ("Treasurer's report", 10, None)
    ]


def test_minutes_are_kept_per_item_in_paragraphs(members_ws: Workspace) -> None:
    meeting = _meeting(members_ws)
    agenda = add_item(members_ws.uow(), meeting=meeting, values={"title": "Budget"})
    add_item(members_ws.uow(), meeting=meeting, values={"title": "AOB"})
    set_notes(
        members_ws.uow(),
        item_id=agenda.items[0].id,
        notes="Spent less than planned\non the fair.\n\n  Ask the council again. ",
    )
    [section] = minutes_of(members_ws.uow(), meeting=meeting)
    assert (section.title, section.paragraphs) == (
        "Budget",
        ("Spent less than planned on the fair.", "Ask the council again."),
    )
    assert paragraphs("\n\n") == ()
