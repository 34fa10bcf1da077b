"""Property: however a series falls across clock changes, with some occurrences moved and some
cancelled, the meetings listed are exactly the rule's dates minus the cancelled and moved ones
plus the moved ones' new times, each at its local wall time, and a calendar file of the series
read back by an independent parser (`recurring-ical-events`) gives the same instants."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import recurring_ical_events
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from groupdesk.services.meetings.calendar import series_calendar
from groupdesk.services.meetings.occurrences import occurrence_key, occurrences_between
from groupdesk.services.meetings.records import cancel_meeting, edit_meeting
from groupdesk.services.meetings.recurrence import RepeatRule, expand
from groupdesk.services.meetings.series import add_series
from groupdesk.services.workspace import Workspace

#: Zones with clock changes on different dates, north and south.
ZONES = ("Europe/London", "America/New_York", "Australia/Sydney", "Europe/Berlin")
WINDOW = (datetime(2025, 1, 1), datetime(2032, 1, 1))


def _instant(local: datetime, zone: str) -> datetime:
    """As RFC 5545 reads a local time: a time in a gap takes the offset before it."""
    return local.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    zone=st.sampled_from(ZONES),
    first_day=st.dates(date(2026, 1, 1), date(2027, 12, 31)),
    at=st.builds(time, st.integers(0, 23), st.sampled_from((0, 30))),
    freq=st.sampled_from(("DAILY", "WEEKLY", "MONTHLY")),
    interval=st.integers(1, 3),
    count=st.integers(2, 10),
    fates=st.lists(st.sampled_from(("keep", "cancel", "move")), min_size=10, max_size=10),
    shift_hours=st.integers(-48, 48).filter(lambda hours: hours != 0),
)
def test_occurrences_and_their_calendar_file_agree_across_clock_changes(
    members_ws: Workspace,
    zone: str,
    first_day: date,
    at: time,
    freq: str,
    interval: int,
    count: int,
    fates: list[str],
    shift_hours: int,
) -> None:
    first = datetime.combine(first_day, at)
    rule = f"FREQ={freq};INTERVAL={interval};COUNT={count}"
    series = add_series(members_ws.uow(), title="Property", repeat=rule, starts_at=first, zone=zone)
    made = expand(RepeatRule(series.rule, count, None), first, start=WINDOW[0], end=WINDOW[1])
    assert len(made) == count and all(when.time() == at for when in made)
    expected: list[tuple[datetime, str]] = []
    for when, fate in zip(made, fates, strict=False):
        key = occurrence_key(series.id, when)
        if fate == "cancel":
            cancel_meeting(members_ws.uow(), meeting=key)
            expected.append((when, "cancelled"))
        elif fate == "move":
            moved = when + timedelta(hours=shift_hours)
            edit_meeting(members_ws.uow(), meeting=key, changes={"starts_at": moved})
            expected.append((moved, "planned"))
        else:
            expected.append((when, "planned"))

    with members_ws.uow() as uow:
        listed = [
            (o.starts_at, o.status)
            for o in occurrences_between(uow.session, start=WINDOW[0], end=WINDOW[1])
            if o.series_id == series.id
        ]
    assert sorted(listed) == sorted(expected)

    calendar = Calendar.from_ical(series_calendar(members_ws.uow(), series_id=series.id))
    read_back = sorted(
        event["DTSTART"].dt.astimezone(UTC)
        for event in recurring_ical_events.of(calendar).between(*WINDOW)
    )
    assert read_back == sorted(
        _instant(when, zone) for when, status in expected if status == "planned"
    )
