"""Meetings and series: occurrences expanded from the rule, overrides keyed by their original
start, "this and the following ones", and what is (and is not) stored."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from groupdesk.errors import NotFoundError, ValidationError
from groupdesk.models.meetings import Meeting
from groupdesk.services.meetings.occurrences import occurrence_key, occurrences_between
from groupdesk.services.meetings.records import (
    add_meeting,
    cancel_meeting,
    edit_meeting,
    list_meetings,
    meeting_detail,
)
from groupdesk.services.meetings.series import add_series, edit_series, get_series, split_series
from groupdesk.services.workspace import Workspace

ZONE = "Europe/London"


def _between(ws: Workspace, start: datetime, end: datetime) -> list[tuple[datetime, str]]:
    with ws.uow() as uow:
        return [
            (o.starts_at, o.status) for o in occurrences_between(uow.session, start=start, end=end)
        ]


def _stored(ws: Workspace) -> int:
    with ws.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(Meeting)) or 0


def test_a_fortnightly_series_keeps_its_local_time_across_the_clock_change(
    members_ws: Workspace,
) -> None:
    add_series(
        members_ws.uow(),
        title="General meeting",
        repeat="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
        starts_at=datetime(2026, 3, 17, 19, 0),
        zone=ZONE,
    )
    found = _between(members_ws, datetime(2026, 3, 1), datetime(2026, 4, 30))
    assert found == [
        (datetime(2026, 3, 17, 19), "planned"),
        (datetime(2026, 3, 31, 19), "planned"),  # after the clocks went forward on 29 March
        (datetime(2026, 4, 14, 19), "planned"),
        (datetime(2026, 4, 28, 19), "planned"),
    ]
    assert _stored(members_ws) == 0, "expanding a series stores nothing"


def test_monthly_on_the_31st_is_the_last_day_of_every_month(members_ws: Workspace) -> None:
    series = add_series(
        members_ws.uow(),
        title="Accounts",
        repeat="RRULE:FREQ=MONTHLY;COUNT=4",
        starts_at=datetime(2027, 1, 31, 18, 0),
        zone=ZONE,
    )
    assert series.rule == "FREQ=MONTHLY;BYMONTHDAY=-1" and series.end_count == 4
    assert [
        when.date().isoformat()
        for when, _ in _between(members_ws, datetime(2027, 1, 1), datetime(2028, 1, 1))
    ] == ["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"]


def test_moving_and_cancelling_one_occurrence_leaves_the_series_alone(
    members_ws: Workspace,
) -> None:
    series = add_series(
        members_ws.uow(),
        title="Committee",
        repeat="FREQ=WEEKLY;COUNT=4",
        starts_at=datetime(2026, 6, 1, 18, 30),
        zone=ZONE,
        place="Library",
    )
    second = occurrence_key(series.id, datetime(2026, 6, 8, 18, 30))
    third = occurrence_key(series.id, datetime(2026, 6, 15, 18, 30))
    moved = edit_meeting(
        members_ws.uow(),
        meeting=second,
        changes={"starts_at": datetime(2026, 6, 10, 19, 0), "place": "Café"},
    )
    cancel_meeting(members_ws.uow(), meeting=third)
    assert moved.ends_at == datetime(2026, 6, 10, 21, 0), "a move keeps the meeting's length"
    assert _between(members_ws, datetime(2026, 6, 1), datetime(2026, 7, 1)) == [
        (datetime(2026, 6, 1, 18, 30), "planned"),
        (datetime(2026, 6, 10, 19, 0), "planned"),
        (datetime(2026, 6, 15, 18, 30), "cancelled"),
        (datetime(2026, 6, 22, 18, 30), "planned"),
    ]
    assert _stored(members_ws) == 2
    detail = meeting_detail(members_ws.uow(), meeting=second)
    assert (detail.occurrence.place, detail.occurrence.original_start) == (
        "Café",
        datetime(2026, 6, 8, 18, 30),
    )


def test_a_time_that_is_not_an_occurrence_is_refused(members_ws: Workspace) -> None:
    series = add_series(
        members_ws.uow(),
        title="Committee",
        repeat="FREQ=WEEKLY",
        starts_at=datetime(2026, 6, 1, 18, 30),
        zone=ZONE,
    )
    with pytest.raises(NotFoundError, match="no meeting at 2026-06-02 18:30"):
        cancel_meeting(
            members_ws.uow(), meeting=occurrence_key(series.id, datetime(2026, 6, 2, 18, 30))
        )
    assert _stored(members_ws) == 0


def test_this_and_following_ends_the_series_and_starts_a_new_one(
    members_ws: Workspace,
) -> None:
    series = add_series(
        members_ws.uow(),
        title="Social",
        repeat="FREQ=WEEKLY;COUNT=6",
        starts_at=datetime(2026, 6, 5, 19, 0),
        zone=ZONE,
        place="Pub",
    )
    fifth = occurrence_key(series.id, datetime(2026, 7, 3, 19, 0))
    cancel_meeting(members_ws.uow(), meeting=fifth)
    created = split_series(
        members_ws.uow(),
        series_id=series.id,
        from_start=datetime(2026, 6, 19, 19, 0),
        changes={"starts_at": datetime(2026, 6, 19, 20, 0), "place": "Park"},
    )
    assert created.end_count == 4 and created.place == "Park"
    assert _between(members_ws, datetime(2026, 6, 1), datetime(2026, 8, 1)) == [
        (datetime(2026, 6, 5, 19), "planned"),
        (datetime(2026, 6, 12, 19), "planned"),
        (datetime(2026, 6, 19, 20), "planned"),
        (datetime(2026, 6, 26, 20), "planned"),
        # The stored, cancelled occurrence moved to the new series with what it recorded.
        (datetime(2026, 7, 3, 19), "cancelled"),
        (datetime(2026, 7, 3, 20), "planned"),
        (datetime(2026, 7, 10, 20), "planned"),
    ]


def test_editing_a_series_changes_stored_future_occurrences_that_kept_its_value(
    members_ws: Workspace,
) -> None:
    series = add_series(
        members_ws.uow(),
        title="Committee",
        repeat="FREQ=WEEKLY",
        starts_at=datetime(2026, 5, 4, 18, 0),
        zone=ZONE,
        place="Library",
    )
    same = occurrence_key(series.id, datetime(2026, 5, 11, 18, 0))
    elsewhere = occurrence_key(series.id, datetime(2026, 5, 18, 18, 0))
    edit_meeting(members_ws.uow(), meeting=same, changes={"private_note": "Bring keys"})
    edit_meeting(members_ws.uow(), meeting=elsewhere, changes={"place": "Café"})
    edit_series(members_ws.uow(), series_id=series.id, changes={"place": "Town hall"})
    assert meeting_detail(members_ws.uow(), meeting=same).occurrence.place == "Town hall"
    assert meeting_detail(members_ws.uow(), meeting=elsewhere).occurrence.place == "Café"


def test_a_meeting_ending_before_it_starts_is_refused_and_nothing_is_saved(
    members_ws: Workspace,
) -> None:
    with pytest.raises(ValidationError) as refused:
        add_meeting(
            members_ws.uow(),
            title="AGM",
            starts_at=datetime(2026, 6, 1, 19),
            ends_at=datetime(2026, 6, 1, 18),
            zone="Mars/Olympus",
        )
    assert set(refused.value.errors) == {"ends_at", "zone"}
    assert "ends (2026-06-01 18:00) before it starts" in refused.value.errors["ends_at"]
    assert _stored(members_ws) == 0


def test_a_bad_rule_is_refused_with_an_example(members_ws: Workspace) -> None:
    with pytest.raises(ValidationError, match="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU") as refused:
        add_series(
            members_ws.uow(),
            title="AGM",
            repeat="every tuesday",
            starts_at=datetime(2026, 6, 1, 19),
            zone=ZONE,
        )
    assert set(refused.value.errors) == {"repeat"}


def test_upcoming_and_past_are_split_at_now_in_the_meeting_zone(members_ws: Workspace) -> None:
    # The clock says 2026-05-03 12:00 UTC: 13:00 in London.
    for hour in (11, 14):
        add_meeting(
            members_ws.uow(),
            title=f"At {hour}",
            starts_at=datetime(2026, 5, 3, hour),
            ends_at=datetime(2026, 5, 3, hour) + timedelta(minutes=30),
            zone=ZONE,
        )
    assert [o.title for o in list_meetings(members_ws.uow(), when="upcoming")] == ["At 14"]
    assert [o.title for o in list_meetings(members_ws.uow(), when="past")] == ["At 11"]


def test_the_next_meetings_of_a_rule_are_shown_as_it_is_typed(members_ws: Workspace) -> None:
    series = add_series(
        members_ws.uow(),
        title="Committee",
        repeat="FREQ=MONTHLY;BYDAY=-1TH",
        starts_at=datetime(2026, 1, 29, 19),
        zone=ZONE,
    )
    stored = get_series(members_ws.uow(), series_id=series.id)
    assert stored.next_starts(after=datetime(2026, 5, 3), count=3) == [
        datetime(2026, 5, 28, 19),
        datetime(2026, 6, 25, 19),
        datetime(2026, 7, 30, 19),
    ]


def test_the_rule_from_a_meeting_on_keeps_only_the_meetings_left(members_ws: Workspace) -> None:
    start = datetime(2026, 6, 3, 19)
    counted = add_series(
        members_ws.uow(),
        title="Six Wednesdays",
        repeat="FREQ=WEEKLY;BYDAY=WE;COUNT=6",
        starts_at=start,
        zone=ZONE,
    )
    endless = add_series(
        members_ws.uow(), title="Weekly", repeat="FREQ=WEEKLY;BYDAY=WE", starts_at=start, zone=ZONE
    )

    assert counted.rule_text == "FREQ=WEEKLY;BYDAY=WE;COUNT=6"
    assert counted.rule_from(start + timedelta(weeks=2)) == "FREQ=WEEKLY;BYDAY=WE;COUNT=4"
    assert counted.rule_from(start) == "FREQ=WEEKLY;BYDAY=WE;COUNT=6"
    assert endless.rule_from(start + timedelta(weeks=2)) == "FREQ=WEEKLY;BYDAY=WE"
