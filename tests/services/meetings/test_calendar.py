"""Calendar files read back by an independent parser (`recurring-ical-events`), and the
invitation text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import recurring_ical_events
from icalendar import Calendar

from groupdesk.services.meetings.agenda import add_item
from groupdesk.services.meetings.calendar import (
    invitation_text,
    meeting_calendar,
    series_calendar,
    upcoming_calendar,
)
from groupdesk.services.meetings.occurrences import occurrence_key
from groupdesk.services.meetings.records import add_meeting, cancel_meeting, edit_meeting
from groupdesk.services.meetings.series import add_series
from groupdesk.services.workspace import Workspace

AddPerson = Callable[..., str]
ZONE = "Europe/London"


def _starts(ical: bytes) -> list[tuple[str, str]]:
    calendar = Calendar.from_ical(ical)
    return sorted(
        (event["DTSTART"].dt.isoformat(), str(event["SUMMARY"]))
        for event in recurring_ical_events.of(calendar).between(
            datetime(2026, 1, 1), datetime(2028, 1, 1)
        )
    )


def _series_with_a_moved_and_a_cancelled_meeting(ws: Workspace) -> str:
    series = add_series(
        ws.uow(),
        title="General meeting",
        repeat="FREQ=MONTHLY;BYDAY=-1TH;COUNT=4",
        starts_at=datetime(2026, 9, 24, 19, 0),
        zone=ZONE,
        place="Community hall",
    )
    edit_meeting(
        ws.uow(),
        meeting=occurrence_key(series.id, datetime(2026, 10, 29, 19, 0)),
        changes={"starts_at": datetime(2026, 10, 22, 18, 30)},
    )
    cancel_meeting(ws.uow(), meeting=occurrence_key(series.id, datetime(2026, 11, 26, 19, 0)))
    return series.id


def test_a_series_with_a_moved_and_a_cancelled_meeting_reads_back_with_exactly_its_dates(
    members_ws: Workspace,
) -> None:
    series_id = _series_with_a_moved_and_a_cancelled_meeting(members_ws)
    ical = series_calendar(members_ws.uow(), series_id=series_id)
    assert _starts(ical) == [
        ("2026-09-24T19:00:00+01:00", "General meeting"),
        ("2026-10-22T18:30:00+01:00", "General meeting"),
        # After the clocks went back: still 19:00 local.
        ("2026-12-31T19:00:00+00:00", "General meeting"),
    ]
    text = ical.decode()
    assert "RRULE:FREQ=MONTHLY;COUNT=4;BYDAY=-1TH" in text
    assert "EXDATE;TZID=Europe/London:20261126T190000" in text
    assert "RECURRENCE-ID;TZID=Europe/London:20261029T190000" in text


def test_the_file_has_the_properties_rfc_5545_requires(members_ws: Workspace) -> None:
    series_id = _series_with_a_moved_and_a_cancelled_meeting(members_ws)
    calendar = Calendar.from_ical(series_calendar(members_ws.uow(), series_id=series_id))
    assert (str(calendar["VERSION"]), str(calendar["PRODID"])) == (
        "2.0",
        "-//GroupDesk//Meetings//EN",
    )
    zones = {str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")}
    events = calendar.walk("VEVENT")
    assert zones == {ZONE} and len(events) == 2
    for event in events:
        assert str(event["UID"]) == f"{series_id}@groupdesk"
        assert event["DTSTAMP"].dt.isoformat() == "2026-05-03T12:00:00+00:00"
        assert event["DTSTART"].params["TZID"] == ZONE


def test_uids_are_stable_across_exports_and_one_occurrence_exports_its_series(
    members_ws: Workspace,
) -> None:
    series_id = _series_with_a_moved_and_a_cancelled_meeting(members_ws)
    key = occurrence_key(series_id, datetime(2026, 9, 24, 19, 0))
    assert meeting_calendar(members_ws.uow(), meeting=key) == series_calendar(
        members_ws.uow(), series_id=series_id
    )


def test_upcoming_holds_single_meetings_and_series(members_ws: Workspace) -> None:
    _series_with_a_moved_and_a_cancelled_meeting(members_ws)
    add_meeting(
        members_ws.uow(),
        title="Picnic",
        starts_at=datetime(2026, 7, 4, 12),
        ends_at=datetime(2026, 7, 4, 15),
        zone=ZONE,
    )
    add_meeting(
        members_ws.uow(),
        title="Last year's AGM",
        starts_at=datetime(2025, 7, 4, 12),
        ends_at=datetime(2025, 7, 4, 15),
        zone=ZONE,
    )
    assert [title for _, title in _starts(upcoming_calendar(members_ws.uow()))] == [
        "Picnic",
        "General meeting",
        "General meeting",
        "General meeting",
    ]


def test_the_invitation_says_when_where_access_and_the_public_agenda(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    wei = add_person("Wei Chen")
    meeting = add_meeting(
        members_ws.uow(),
        title="Committee",
        starts_at=datetime(2026, 6, 2, 19),
        ends_at=datetime(2026, 6, 2, 20, 30),
        zone=ZONE,
        place="Library, room 2",
        link="https://meet.example.org/committee",
        accessibility="Step-free access; BSL interpreter",
    ).key
    add_item(
        members_ws.uow(),
        meeting=meeting,
        values={"title": "Budget", "minutes_allotted": 20, "presenter_id": wei},
    )
    add_item(members_ws.uow(), meeting=meeting, values={"title": "Staffing", "private": True})
    add_item(members_ws.uow(), meeting=meeting, values={"title": "AOB"})
    assert invitation_text(members_ws.uow(), meeting=meeting) == (
        "Committee\n"
        "\n"
        "Tuesday, 2 June 2026, 19:00–20:30 (Europe/London)\n"
        "Place: Library, room 2\n"
        "Online: https://meet.example.org/committee\n"
        "Accessibility: Step-free access; BSL interpreter\n"
        "\n"
        "Agenda:\n"
        "1. Budget (20 min, Wei Chen)\n"
        "2. AOB\n"
    )
