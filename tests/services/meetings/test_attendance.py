"""Attendance: the sign-in sheet, marks and guests, late and early, and the figures."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest

from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.services.meetings.agenda import add_item
from groupdesk.services.meetings.attendance import (
    attendance_id,
    expected_members,
    mark_attendance,
    mark_everyone_present,
    mark_late_or_early,
    set_guests,
)
from groupdesk.services.meetings.figures import meeting_figures, member_attendance, monthly_trend
from groupdesk.services.meetings.occurrences import occurrence_id, occurrence_key
from groupdesk.services.meetings.records import add_meeting, meeting_detail
from groupdesk.services.meetings.series import add_series
from groupdesk.services.members.engagement import not_seen
from groupdesk.services.members.records import delete_member, edit_member
from groupdesk.services.workspace import Workspace

AddPerson = Callable[..., str]


def _meeting(ws: Workspace, day: date, title: str = "Committee") -> str:
    return add_meeting(
        ws.uow(),
        title=title,
        starts_at=datetime.combine(day, datetime.min.time()).replace(hour=19),
        ends_at=datetime.combine(day, datetime.min.time()).replace(hour=21),
        zone="Europe/London",
    ).key


def test_marks_everyone_present_keeps_apologies_and_skips_inactive_members(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana, ben, cy = add_person("Ana Silva"), add_person("Ben Ode"), add_person("Cy Park")
    edit_member(members_ws.uow(), member_id=cy, changes={"status": "inactive"})
    meeting = _meeting(members_ws, date(2026, 4, 1))
    assert [m.name for m in expected_members(members_ws.uow(), meeting=meeting)] == [
        "Ana Silva",
        "Ben Ode",
    ]
    mark_attendance(members_ws.uow(), meeting=meeting, marks={ben: "apologies"})
    counts = mark_everyone_present(members_ws.uow(), meeting=meeting)
    assert counts == {"present": 1, "apologies": 1, "absent": 0}
    assert {m.member_id: m.status for m in expected_members(members_ws.uow(), meeting=meeting)} == {
        ana: "present",
        ben: "apologies",
    }
    mark_attendance(members_ws.uow(), meeting=meeting, marks={ana: None, cy: "present"})
    assert {m.member_id: m.status for m in expected_members(members_ws.uow(), meeting=meeting)} == {
        ana: None,
        ben: "apologies",
        cy: "present",
    }


def test_marking_an_occurrence_stores_it_with_ids_every_laptop_derives(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana = add_person("Ana Silva")
    series = add_series(
        members_ws.uow(),
        title="General meeting",
        repeat="FREQ=MONTHLY;BYDAY=1WE",
        starts_at=datetime(2026, 4, 1, 19),
        zone="Europe/London",
    )
    start = datetime(2026, 5, 6, 19)
    mark_attendance(
        members_ws.uow(), meeting=occurrence_key(series.id, start), marks={ana: "present"}
    )
    meeting_id = occurrence_id(series.id, start)
    assert meeting_detail(members_ws.uow(), meeting=meeting_id).occurrence.meeting_id == meeting_id
    [mark] = expected_members(members_ws.uow(), meeting=meeting_id)
    with members_ws.uow() as uow:
        from groupdesk.models.meetings import Attendance

        assert uow.session.get(Attendance, attendance_id(meeting_id, ana)) is not None
    assert mark.status == "present"


def test_a_bad_status_is_refused(members_ws: Workspace, add_person: AddPerson) -> None:
    ana = add_person("Ana Silva")
    meeting = _meeting(members_ws, date(2026, 4, 1))
    with pytest.raises(ValidationError, match="'late' is not present, apologies or absent"):
        mark_attendance(members_ws.uow(), meeting=meeting, marks={ana: "late"})


def test_late_arrival_and_early_leaving_are_kept_at_an_agenda_item(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana = add_person("Ana Silva")
    meeting = _meeting(members_ws, date(2026, 4, 1))
    add_item(members_ws.uow(), meeting=meeting, values={"title": "Welcome"})
    agenda = add_item(members_ws.uow(), meeting=meeting, values={"title": "Budget"})
    first, second = (item.id for item in agenda.items)
    with pytest.raises(ValidationError, match="mark the member present first"):
        mark_late_or_early(members_ws.uow(), meeting=meeting, member_id=ana, left_at_item_id=first)
    mark_attendance(members_ws.uow(), meeting=meeting, marks={ana: "present"})
    with pytest.raises(ValidationError, match="left at an item before"):
        mark_late_or_early(
            members_ws.uow(),
            meeting=meeting,
            member_id=ana,
            arrived_at_item_id=second,
            left_at_item_id=first,
        )
    mark_late_or_early(members_ws.uow(), meeting=meeting, member_id=ana, arrived_at_item_id=second)
    [mark] = expected_members(members_ws.uow(), meeting=meeting)
    assert (mark.arrived_at_item_id, mark.left_at_item_id) == (second, None)


def test_guests_are_counted_with_the_names_given(members_ws: Workspace) -> None:
    meeting = _meeting(members_ws, date(2026, 4, 1))
    with pytest.raises(ValidationError, match="2 names given for 1 guests"):
        set_guests(members_ws.uow(), meeting=meeting, count=1, names="Jo\nKim")
    set_guests(members_ws.uow(), meeting=meeting, count=3, names=" Jo \n\nKim")
    detail = meeting_detail(members_ws.uow(), meeting=meeting)
    assert (detail.guest_count, detail.guest_names) == (3, "Jo\nKim")
    assert meeting_figures(members_ws.uow(), meeting=meeting).attended == 3


def test_figures_per_meeting_member_and_month(members_ws: Workspace, add_person: AddPerson) -> None:
    ana, ben = add_person("Ana Silva"), add_person("Ben Ode")
    march = _meeting(members_ws, date(2026, 3, 4))
    april = _meeting(members_ws, date(2026, 4, 1))
    april_social = _meeting(members_ws, date(2026, 4, 20), "Social")
    mark_attendance(members_ws.uow(), meeting=march, marks={ana: "present", ben: "absent"})
    mark_attendance(members_ws.uow(), meeting=april, marks={ana: "present", ben: "apologies"})
    mark_attendance(members_ws.uow(), meeting=april_social, marks={ana: "absent", ben: "present"})
    set_guests(members_ws.uow(), meeting=april_social, count=2)
    assert meeting_figures(members_ws.uow(), meeting=april).present == 1
    per_member = {m.name: m for m in member_attendance(members_ws.uow())}
    assert (per_member["Ana Silva"].attended, per_member["Ana Silva"].expected) == (2, 3)
    assert per_member["Ana Silva"].last_attended == date(2026, 4, 1)
    assert per_member["Ben Ode"].last_attended == date(2026, 4, 20)
    assert [m.as_dict() for m in monthly_trend(members_ws.uow())] == [
        {"month": "2026-03", "meetings": 1, "present": 1, "apologies": 0, "absent": 1, "guests": 0},
        {"month": "2026-04", "meetings": 2, "present": 2, "apologies": 1, "absent": 1, "guests": 2},
    ]


def test_attending_a_meeting_counts_as_being_seen(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana = add_person("Ana Silva", joined_on=date(2025, 1, 1))
    assert [m.member_id for m in not_seen(members_ws.uow(), today=date(2026, 5, 3))] == [ana]
    meeting = _meeting(members_ws, date(2026, 4, 20))
    mark_attendance(members_ws.uow(), meeting=meeting, marks={ana: "apologies"})
    assert [m.member_id for m in not_seen(members_ws.uow(), today=date(2026, 5, 3))] == [ana]
    mark_attendance(members_ws.uow(), meeting=meeting, marks={ana: "present"})
    assert not_seen(members_ws.uow(), today=date(2026, 5, 3)) == []


def test_a_deleted_member_cannot_be_marked_and_nothing_is_saved(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana, ben = add_person("Ana Silva"), add_person("Ben Ode")
    delete_member(members_ws.uow(), member_id=ben)
    meeting = _meeting(members_ws, date(2026, 4, 1))
    with pytest.raises(GroupDeskError, match="Member Ben Ode is deleted"):
        mark_attendance(members_ws.uow(), meeting=meeting, marks={ana: "present", ben: "present"})
    assert [m.status for m in expected_members(members_ws.uow(), meeting=meeting)] == [None]
