"""Single meetings and the occurrences of series: add, edit (which also moves an occurrence),
cancel, read one, and list the upcoming or past ones.

Every function that changes an occurrence of a series stores it first (`materialise`), so the
override is keyed by its original start and the series itself is untouched.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import select

from groupdesk.errors import ValidationError
from groupdesk.models.meetings import MEETING_STATUSES, Meeting, MeetingSeries
from groupdesk.models.settings import GroupSettings
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.meetings.details import SHARED_FIELDS, check_times, clean_details
from groupdesk.services.meetings.occurrences import (
    Occurrence,
    materialise,
    occurrence_of,
    occurrences_between,
)
from groupdesk.services.meetings.recurrence import local_now
from groupdesk.services.rows import names_of
from groupdesk.services.uow import UnitOfWork

#: What `edit_meeting` changes: the shared details, the times, the status and the private note.
EDITABLE = frozenset(SHARED_FIELDS) | {"starts_at", "ends_at", "status", "private_note"}
#: How far `list_meetings` looks ahead (upcoming) or back (past) unless told.
DEFAULT_HORIZON = timedelta(days=366)


@dataclass(frozen=True)
class MeetingDetail:
    """Everything about one meeting that its editor and `meetings show` need."""

    occurrence: Occurrence
    accessibility: str | None
    chair_id: str | None
    chair_name: str | None
    note_taker_id: str | None
    note_taker_name: str | None
    private_note: str | None
    guest_count: int
    guest_names: str | None

    def as_dict(self) -> dict[str, object]:
        return {
            **self.occurrence.as_dict(),
            "accessibility": self.accessibility,
            "chair_id": self.chair_id,
            "chair_name": self.chair_name,
            "note_taker_id": self.note_taker_id,
            "note_taker_name": self.note_taker_name,
            "private_note": self.private_note,
            "guest_count": self.guest_count,
            "guest_names": self.guest_names,
        }


def add_meeting(
    uow: UnitOfWork,
    *,
    title: str,
    starts_at: datetime,
    ends_at: datetime,
    zone: str,
    kind: str = "general meeting",
    place: str | None = None,
    link: str | None = None,
    accessibility: str | None = None,
    chair_id: str | None = None,
    note_taker_id: str | None = None,
    private_note: str | None = None,
) -> Occurrence:
    """A meeting on its own (not part of a series); times are local to `zone`."""
    errors: dict[str, str] = {}
    check_times(starts_at, ends_at, errors)
    with uow:
        details = clean_details(
            uow.session,
            {
                "kind": kind,
                "title": title,
                "place": place,
                "link": link,
                "accessibility": accessibility,
                "chair_id": chair_id,
                "note_taker_id": note_taker_id,
                "zone": zone,
            },
            errors,
        )
        if errors:
            raise ValidationError(errors)
        row = Meeting(
            **details,
            starts_at=starts_at,
            ends_at=ends_at,
            status="planned",
            private_note=(private_note or "").strip() or None,
            guest_count=0,
        )
        uow.session.add(row)
        uow.commit()
        return occurrence_of(uow.session, row.id)


def edit_meeting(uow: UnitOfWork, *, meeting: str, changes: Mapping[str, object]) -> Occurrence:
    """Change some fields of a meeting (a key as `list_meetings` gives it). Changing the times of
    an occurrence moves it: the series keeps its other dates."""
    unknown = sorted(set(changes) - EDITABLE)
    if unknown:
        raise ValidationError.single(unknown[0], "this is not a field of a meeting")
    if not changes:
        raise ValidationError.single("changes", "say which fields to change")
    errors: dict[str, str] = {}
    if "status" in changes and changes["status"] not in MEETING_STATUSES:
        errors["status"] = QT_TRANSLATE_NOOP(
            "MeetingRules", "{status!r} is not planned, held or cancelled"
        ).format(status=changes["status"])
    with uow:
        row = materialise(uow.session, meeting)
        clean = clean_details(uow.session, changes, errors)
        starts_at = changes.get("starts_at") or row.starts_at
        if not isinstance(starts_at, datetime):
            raise ValidationError.single(
                "starts_at", QT_TRANSLATE_NOOP("MeetingRules", "give a date and a time")
            )
        # A new start alone keeps the meeting's length.
        ends_at = changes.get("ends_at") or starts_at + (row.ends_at - row.starts_at)
        if not isinstance(ends_at, datetime):
            raise ValidationError.single(
                "ends_at", QT_TRANSLATE_NOOP("MeetingRules", "give a date and a time")
            )
        check_times(starts_at, ends_at, errors)
        if errors:
            raise ValidationError(errors)
        clean |= {"starts_at": starts_at, "ends_at": ends_at}
        for field in ("status", "private_note"):
            if field in changes:
                clean[field] = str(changes[field] or "").strip() or None
        for field, value in clean.items():
            if getattr(row, field) != value:
                setattr(row, field, value)
        uow.commit()
        return occurrence_of(uow.session, row.id)


def cancel_meeting(uow: UnitOfWork, *, meeting: str) -> Occurrence:
    """Cancel one meeting; an occurrence of a series is cancelled alone (an EXDATE in calendars)."""
    return edit_meeting(uow, meeting=meeting, changes={"status": "cancelled"})


def meeting_detail(uow: UnitOfWork, *, meeting: str) -> MeetingDetail:
    """One meeting, stored or only expanded from its series (reading stores nothing)."""
    with uow:
        occurrence = occurrence_of(uow.session, meeting)
        row = uow.session.get(Meeting, occurrence.meeting_id) if occurrence.meeting_id else None
        if row is None:
            source: Meeting | MeetingSeries | None = uow.session.get(
                MeetingSeries, occurrence.series_id
            )
        else:
            source = row
        assert source is not None
        names = names_of(uow.session, filter(None, (source.chair_id, source.note_taker_id)))
        return MeetingDetail(
            occurrence,
            source.accessibility,
            source.chair_id,
            names.get(source.chair_id) if source.chair_id else None,
            source.note_taker_id,
            names.get(source.note_taker_id) if source.note_taker_id else None,
            row.private_note if row else None,
            row.guest_count if row else 0,
            row.guest_names if row else None,
        )


def usual_zone(uow: UnitOfWork) -> str | None:
    """The group's time zone (Settings), else that of its latest meeting or series (what a new
    one most likely uses)."""
    with uow:
        chosen = uow.session.scalar(
            select(GroupSettings.zone).where(GroupSettings.deleted_at.is_(None)).limit(1)
        )
        if chosen:
            return chosen
        latest = [
            uow.session.execute(
                select(model.zone, model.created_at)
                .where(model.deleted_at.is_(None))
                .order_by(model.created_at.desc())
                .limit(1)
            ).first()
            for model in (Meeting, MeetingSeries)
        ]
    found = sorted((row for row in latest if row is not None), key=lambda row: row[1])
    return str(found[-1][0]) if found else None


def list_meetings(
    uow: UnitOfWork,
    *,
    when: Literal["upcoming", "past"] = "upcoming",
    horizon: timedelta = DEFAULT_HORIZON,
) -> list[Occurrence]:
    """Meetings from now up to `horizon` ahead (upcoming, soonest first) or back (past, latest
    first); "now" is each meeting's own zone's local time."""
    with uow:
        now = uow.now()
        # A day of slack either side covers every zone's offset from UTC.
        window = (
            (now - timedelta(days=1), now + horizon + timedelta(days=1))
            if when == "upcoming"
            else (now - horizon - timedelta(days=1), now + timedelta(days=1))
        )
        found = occurrences_between(uow.session, start=window[0], end=window[1])
    local: dict[str, datetime] = {}
    chosen = []
    for occurrence in found:
        zone_now = local.setdefault(occurrence.zone, local_now(now, occurrence.zone))
        if (occurrence.ends_at > zone_now) == (when == "upcoming"):
            chosen.append(occurrence)
    return chosen if when == "upcoming" else chosen[::-1]
