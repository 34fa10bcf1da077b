"""Calendar files (RFC 5545, written with `icalendar`) and the invitation text to paste into an
email or a chat.

A series is ONE event with its RRULE; a cancelled occurrence is an EXDATE, and every other
stored occurrence (moved, or with its own place or agenda) an event with the series' UID and a
RECURRENCE-ID, its original start. UIDs are the record ids, so importing a newer file updates
the calendar rather than adding copies. Times carry their TZID and the file its VTIMEZONEs.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time
from icalendar import Calendar, Event, vRecur
from sqlalchemy import select
from sqlalchemy.orm import Session

from groupdesk.models.meetings import Meeting, MeetingSeries
from groupdesk.services.meetings.agenda import agenda_of
from groupdesk.services.meetings.occurrences import occurrence_of, repeat_of
from groupdesk.services.meetings.records import list_meetings, meeting_detail
from groupdesk.services.meetings.recurrence import as_rrule, rrule_text
from groupdesk.services.rows import live_row
from groupdesk.services.settings import get_settings
from groupdesk.services.uow import UnitOfWork

PRODID = "-//GroupDesk//Meetings//EN"
UID_DOMAIN = "groupdesk"


def _uid(record_id: str) -> str:
    return f"{record_id}@{UID_DOMAIN}"


def _at(local: datetime, zone: str) -> datetime:
    return local.replace(tzinfo=ZoneInfo(zone))


def _event(row: Meeting | MeetingSeries, uid: str, stamp: datetime) -> Event:
    """The fields a meeting and a series share (no times)."""
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("summary", row.title)
    event.add("categories", [row.kind])
    if row.place or row.link:
        event.add("location", row.place or row.link)
    if row.link:
        event.add("url", row.link)
    if row.accessibility:
        event.add("description", f"Accessibility: {row.accessibility}")
    return event


def _meeting_event(row: Meeting, uid: str, stamp: datetime) -> Event:
    event = _event(row, uid, stamp)
    event.add("dtstart", _at(row.starts_at, row.zone))
    event.add("dtend", _at(row.ends_at, row.zone))
    event.add("status", "CANCELLED" if row.status == "cancelled" else "CONFIRMED")
    return event


def _series_events(session: Session, series: MeetingSeries, stamp: datetime) -> list[Event]:
    """The series' event with its RRULE and EXDATEs, then one event per stored occurrence."""
    event = _event(series, _uid(series.id), stamp)
    event.add("dtstart", _at(series.starts_at, series.zone))
    event.add(
        "dtend",
        _at(series.starts_at + timedelta(minutes=series.duration_minutes), series.zone),
    )
    repeat = repeat_of(series)
    event.add("rrule", vRecur.from_ical(rrule_text(repeat, series.zone)))
    rule = as_rrule(repeat, series.starts_at)
    events = [event]
    cancelled = []
    for stored in session.scalars(
        select(Meeting)
        .where(Meeting.series_id == series.id, Meeting.deleted_at.is_(None))
        .order_by(Meeting.original_start)
    ):
        start = stored.original_start
        if start is None or start not in rule.between(start, start, inc=True):
            # Left over from a rule that changed: a meeting of its own.
            events.append(_meeting_event(stored, _uid(stored.id), stamp))
        elif stored.status == "cancelled":
            cancelled.append(_at(start, series.zone))
        else:
            moved = _meeting_event(stored, _uid(series.id), stamp)
            moved.add("recurrence-id", _at(start, series.zone))
            events.append(moved)
    if cancelled:
        event.add("exdate", cancelled)
    return events


def _calendar(events: list[Event]) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    for event in events:
        calendar.add_component(event)
    calendar.add_missing_timezones()
    ical: bytes = calendar.to_ical()
    return ical


def _stamp(uow: UnitOfWork) -> datetime:
    return uow.now().replace(tzinfo=UTC, microsecond=0)


def meeting_calendar(uow: UnitOfWork, *, meeting: str) -> bytes:
    """One meeting; an occurrence of a series is exported as its whole series, so a calendar
    that has the series updates it rather than gaining a copy."""
    with uow:
        occurrence = occurrence_of(uow.session, meeting)
        if occurrence.series_id is not None:
            series_id = occurrence.series_id
        else:
            row = live_row(uow.session, Meeting, meeting, what="meeting")
            return _calendar([_meeting_event(row, _uid(row.id), _stamp(uow))])
    return series_calendar(uow, series_id=series_id)


def series_calendar(uow: UnitOfWork, *, series_id: str) -> bytes:
    with uow:
        series = live_row(uow.session, MeetingSeries, series_id, what="meeting series")
        return _calendar(_series_events(uow.session, series, _stamp(uow)))


def upcoming_calendar(uow: UnitOfWork) -> bytes:
    """Every upcoming meeting: single ones, and each series with one still to come."""
    upcoming = list_meetings(uow, when="upcoming")
    with uow:
        stamp = _stamp(uow)
        events: list[Event] = []
        for series_id in dict.fromkeys(o.series_id for o in upcoming if o.series_id):
            series = live_row(uow.session, MeetingSeries, series_id, what="meeting series")
            events += _series_events(uow.session, series, stamp)
        for occurrence in upcoming:
            if occurrence.series_id is None and occurrence.meeting_id is not None:
                row = live_row(uow.session, Meeting, occurrence.meeting_id, what="meeting")
                events.append(_meeting_event(row, _uid(row.id), stamp))
    return _calendar(events)


def invitation_text(uow: UnitOfWork, *, meeting: str) -> str:
    """A plain-text invitation: when, where, access, and the public agenda."""
    detail = meeting_detail(uow, meeting=meeting)
    agenda = agenda_of(uow, meeting=meeting)
    locale = get_settings(uow).locale
    occurrence = detail.occurrence
    lines = [
        occurrence.title,
        "",
        _when_text(occurrence.starts_at, occurrence.ends_at, occurrence.zone, locale),
    ]
    if occurrence.status == "cancelled":
        lines.insert(0, "CANCELLED")
    if occurrence.place:
        lines.append(f"Place: {occurrence.place}")
    if occurrence.link:
        lines.append(f"Online: {occurrence.link}")
    if detail.accessibility:
        lines.append(f"Accessibility: {detail.accessibility}")
    public = [item for item in agenda.items if not item.private]
    if public:
        lines += ["", "Agenda:"]
        for number, item in enumerate(public, start=1):
            extra = [f"{item.minutes_allotted} min"] if item.minutes_allotted else []
            if item.presenter_name:
                extra.append(item.presenter_name)
            lines.append(f"{number}. {item.title}" + (f" ({', '.join(extra)})" if extra else ""))
    return "\n".join(lines) + "\n"


def _when_text(starts_at: datetime, ends_at: datetime, zone: str, locale: str) -> str:
    day = format_date(starts_at.date(), format="full", locale=locale)
    start = format_time(starts_at.time(), format="short", locale=locale)
    end = format_time(ends_at.time(), format="short", locale=locale)
    if ends_at.date() != starts_at.date():
        end = f"{format_date(ends_at.date(), format='full', locale=locale)} {end}"
    return f"{day}, {start}–{end} ({zone})"
