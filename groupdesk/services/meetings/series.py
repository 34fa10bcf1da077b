"""Recurring series: create one from an RFC 5545 rule, change it for every meeting, or change
"this one and the following ones" (which ends the old series and starts a new one).

A series stores its rule and its end, nothing per occurrence: an occurrence gets a row only
when something is recorded for it (`occurrences.materialise`), so an endless series costs
nothing until it is used.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from groupdesk.errors import ValidationError
from groupdesk.models.meetings import Meeting, MeetingSeries
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.meetings.details import SHARED_FIELDS, clean_details
from groupdesk.services.meetings.occurrences import repeat_of
from groupdesk.services.meetings.recurrence import RepeatRule, as_rrule, expand, parse_rule
from groupdesk.services.rows import live_row, tombstone
from groupdesk.services.uow import UnitOfWork

#: What `edit_series` changes besides the shared details.
TIMING_FIELDS = frozenset({"repeat", "starts_at", "duration_minutes"})


@dataclass(frozen=True)
class SeriesData:
    id: str
    kind: str
    title: str
    rule: str
    starts_at: datetime
    zone: str
    duration_minutes: int
    end_count: int | None
    end_until: date | None
    place: str | None
    link: str | None
    accessibility: str | None
    chair_id: str | None
    note_taker_id: str | None

    @property
    def repeat(self) -> RepeatRule:
        return RepeatRule(self.rule, self.end_count, self.end_until)

    @property
    def rule_text(self) -> str:
        """The rule with its end, as an editor shows it and `parse_rule` reads it back."""
        return _full_rule(self.repeat)

    def rule_from(self, start: datetime) -> str:
        """The rule of "this meeting and the following ones" from the occurrence at `start`: a
        COUNT end keeps only the meetings left (6 meetings, split at the third: COUNT=4)."""
        if self.end_count is None:
            return self.rule_text
        earlier = expand(self.repeat, self.starts_at, start=self.starts_at, end=start)
        return _full_rule(RepeatRule(self.rule, max(self.end_count - len(earlier), 1), None))

    def next_starts(self, *, after: datetime, count: int = 5) -> list[datetime]:
        """The next `count` local starts after `after` (what an editor shows as a rule is typed)."""
        return list(as_rrule(self.repeat, self.starts_at).xafter(after, count=count))


def _data(row: MeetingSeries) -> SeriesData:
    return SeriesData(
        row.id,
        row.kind,
        row.title,
        row.rule,
        row.starts_at,
        row.zone,
        row.duration_minutes,
        row.end_count,
        row.end_until,
        row.place,
        row.link,
        row.accessibility,
        row.chair_id,
        row.note_taker_id,
    )


def _check_duration(minutes: object, errors: dict[str, str]) -> int:
    if not isinstance(minutes, int) or not 1 <= minutes <= 24 * 60:
        errors["duration_minutes"] = QT_TRANSLATE_NOOP(
            "MeetingRules", "{minutes!r} is not a length in minutes (1 to 1440)"
        ).format(minutes=minutes)
        return 0
    return minutes


def add_series(
    uow: UnitOfWork,
    *,
    title: str,
    repeat: str,
    starts_at: datetime,
    zone: str,
    duration_minutes: int = 120,
    kind: str = "general meeting",
    place: str | None = None,
    link: str | None = None,
    accessibility: str | None = None,
    chair_id: str | None = None,
    note_taker_id: str | None = None,
) -> SeriesData:
    """A recurring meeting from `repeat` (an RRULE, COUNT/UNTIL included or not); the first
    meeting is at `starts_at`, local to `zone`."""
    details = {
        "kind": kind,
        "title": title,
        "place": place,
        "link": link,
        "accessibility": accessibility,
        "chair_id": chair_id,
        "note_taker_id": note_taker_id,
        "zone": zone,
    }
    with uow:
        row = _new_series(
            uow, repeat=repeat, starts_at=starts_at, minutes=duration_minutes, details=details
        )
        uow.commit()
        return _data(row)


def _new_series(
    uow: UnitOfWork,
    *,
    repeat: str,
    starts_at: datetime,
    minutes: object,
    details: Mapping[str, object],
) -> MeetingSeries:
    """Check and add a series inside the caller's transaction (its id is set by a flush)."""
    errors: dict[str, str] = {}
    rule = _rule(repeat, starts_at, errors)
    duration = _check_duration(minutes, errors)
    clean = clean_details(uow.session, details, errors)
    if errors or rule is None:
        raise ValidationError(errors)
    row = MeetingSeries(
        **clean,
        rule=rule.rule,
        end_count=rule.end_count,
        end_until=rule.end_until,
        starts_at=starts_at,
        duration_minutes=duration,
    )
    uow.session.add(row)
    uow.session.flush()
    return row


def _rule(text: str, starts_at: datetime, errors: dict[str, str]) -> RepeatRule | None:
    try:
        rule = parse_rule(text, starts_at=starts_at)
    except ValidationError as problem:
        errors.update(problem.errors)
        return None
    if rule.end_until is not None and rule.end_until < starts_at.date():
        errors["repeat"] = QT_TRANSLATE_NOOP(
            "MeetingRules", "the series ends ({day}) before it starts"
        ).format(day=rule.end_until)
    return rule


def get_series(uow: UnitOfWork, *, series_id: str) -> SeriesData:
    with uow:
        return _data(live_row(uow.session, MeetingSeries, series_id, what="meeting series"))


def edit_series(uow: UnitOfWork, *, series_id: str, changes: Mapping[str, object]) -> SeriesData:
    """Change every meeting of a series. Details also change on the stored future occurrences
    that still had the series' old value (a moved place there is kept)."""
    unknown = sorted(set(changes) - set(SHARED_FIELDS) - TIMING_FIELDS)
    if unknown:
        raise ValidationError.single(unknown[0], "this is not a field of a meeting series")
    errors: dict[str, str] = {}
    with uow:
        row = live_row(uow.session, MeetingSeries, series_id, what="meeting series")
        clean = clean_details(uow.session, changes, errors)
        starts_at = changes.get("starts_at", row.starts_at)
        if not isinstance(starts_at, datetime):
            raise ValidationError.single(
                "starts_at", QT_TRANSLATE_NOOP("MeetingRules", "give a date and a time")
            )
        if "duration_minutes" in changes:
            clean["duration_minutes"] = _check_duration(changes["duration_minutes"], errors)
        if "repeat" in changes or "starts_at" in changes:
            rule = _rule(
                str(changes.get("repeat") or _full_rule(repeat_of(row))), starts_at, errors
            )
            if rule is not None:
                clean |= {
                    "rule": rule.rule,
                    "end_count": rule.end_count,
                    "end_until": rule.end_until,
                    "starts_at": starts_at,
                }
        if errors:
            raise ValidationError(errors)
        today = datetime.combine(uow.today(), datetime.min.time())
        for stored in uow.session.scalars(
            select(Meeting).where(
                Meeting.series_id == row.id,
                Meeting.deleted_at.is_(None),
                Meeting.status == "planned",
                Meeting.starts_at >= today,
            )
        ):
            for field, value in clean.items():
                if field in SHARED_FIELDS and getattr(stored, field) == getattr(row, field):
                    setattr(stored, field, value)
        for field, value in clean.items():
            if getattr(row, field) != value:
                setattr(row, field, value)
        uow.commit()
        return _data(row)


def _full_rule(repeat: RepeatRule) -> str:
    """A stored rule with its end, as `parse_rule` reads it back."""
    if repeat.end_count is not None:
        return f"{repeat.rule};COUNT={repeat.end_count}"
    if repeat.end_until is not None:
        return f"{repeat.rule};UNTIL={repeat.end_until:%Y%m%d}"
    return repeat.rule


def split_series(
    uow: UnitOfWork,
    *,
    series_id: str,
    from_start: datetime,
    changes: Mapping[str, object],
) -> SeriesData:
    """ "Change this meeting and the following ones": the series ends before the occurrence
    `from_start`, and a new series, with `changes`, starts there (at the new start, if moved).
    Stored occurrences from then on move to the new series, keeping what was recorded."""
    unknown = sorted(set(changes) - set(SHARED_FIELDS) - TIMING_FIELDS)
    if unknown:
        raise ValidationError.single(unknown[0], "this is not a field of a meeting series")
    with uow:
        old = live_row(uow.session, MeetingSeries, series_id, what="meeting series")
        repeat = repeat_of(old)
        if from_start not in expand(
            repeat, old.starts_at, start=from_start, end=from_start + timedelta(minutes=1)
        ):
            raise ValidationError.single(
                "from_start",
                QT_TRANSLATE_NOOP(
                    "MeetingRules", "the series has no meeting at {start:%Y-%m-%d %H:%M}"
                ).format(start=from_start),
            )
        earlier = expand(repeat, old.starts_at, start=old.starts_at, end=from_start)
        remaining = None if old.end_count is None else old.end_count - len(earlier)
        starts_at = changes.get("starts_at", from_start)
        if not isinstance(starts_at, datetime):
            raise ValidationError.single(
                "starts_at", QT_TRANSLATE_NOOP("MeetingRules", "give a date and a time")
            )
        details = {field: getattr(old, field) for field in SHARED_FIELDS} | {
            field: value for field, value in changes.items() if field in SHARED_FIELDS
        }
        created = _new_series(
            uow,
            repeat=str(
                changes.get("repeat") or _full_rule(RepeatRule(old.rule, remaining, old.end_until))
            ),
            starts_at=starts_at,
            minutes=changes.get("duration_minutes", old.duration_minutes),
            details=details,
        )
        # The old series keeps the meetings before `from_start` (and goes if there are none).
        if earlier:
            old.end_count, old.end_until = None, earlier[-1].date()
        else:
            tombstone(uow, old)
        for stored in uow.session.scalars(
            select(Meeting).where(
                Meeting.series_id == series_id, Meeting.original_start >= from_start
            )
        ):
            stored.series_id = created.id
        uow.commit()
        return _data(created)
