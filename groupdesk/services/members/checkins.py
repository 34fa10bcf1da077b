"""Support check-ins: who was checked on, by whom, when, how, and whether to follow up.

Recording a check-in on someone settles their earlier follow-ups (you have just been in touch).
`checkins_due` is the care list: follow-ups that fall due, and active members not seen lately.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from groupdesk.errors import ValidationError
from groupdesk.models.members import CHECKIN_METHODS, CheckIn, Member, live_members
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.members import engagement
from groupdesk.services.rows import live_member, live_row, names_of, remove
from groupdesk.services.uow import UnitOfWork


@dataclass(frozen=True)
class CheckInData:
    id: str
    member_id: str
    member_name: str
    by_id: str | None
    by_name: str | None
    checked_on: date
    how: str
    note: str | None
    follow_up_on: date | None
    follow_up_done_on: date | None

    @property
    def follow_up_open(self) -> bool:
        return self.follow_up_on is not None and self.follow_up_done_on is None


@dataclass(frozen=True)
class DueCheckIn:
    """One line of the care list: someone to get in touch with, and why."""

    member_id: str
    member_name: str
    #: "follow-up" (a check-in asked for one) or "not seen" (no contact for weeks).
    reason: str
    #: When the follow-up falls due; for "not seen", when contact was last had (or joining).
    due_on: date | None
    last_seen: date | None
    checkin_id: str | None
    note: str | None

    def as_dict(self) -> dict[str, object]:
        return {
            "member_id": self.member_id,
            "member_name": self.member_name,
            "reason": self.reason,
            "due_on": self.due_on,
            "last_seen": self.last_seen,
            "checkin_id": self.checkin_id,
            "note": self.note,
        }


def _data(row: CheckIn, names: dict[str, str]) -> CheckInData:
    return CheckInData(
        row.id,
        row.member_id,
        names.get(row.member_id, "?"),
        row.by_id,
        names.get(row.by_id) if row.by_id else None,
        row.checked_on,
        row.how,
        row.note,
        row.follow_up_on,
        row.follow_up_done_on,
    )


def record_checkin(
    uow: UnitOfWork,
    *,
    member_id: str,
    by_id: str | None,
    on: date,
    how: str,
    note: str | None = None,
    follow_up_on: date | None = None,
) -> CheckInData:
    """Record a check-in on `member_id` made by `by_id`; settles their follow-ups up to `on`."""
    errors = {}
    how = how.strip().casefold()
    if how not in CHECKIN_METHODS:
        errors["how"] = QT_TRANSLATE_NOOP(
            "MemberCare",
            "{how!r} is not a way of checking in; choose call, visit, message or other",
        ).format(how=how)
    if by_id is not None and by_id == member_id:
        errors["by"] = QT_TRANSLATE_NOOP("MemberCare", "a check-in is made by someone else")
    if follow_up_on is not None and follow_up_on < on:
        errors["follow_up_on"] = QT_TRANSLATE_NOOP(
            "MemberCare", "the follow-up ({follow_up}) is before the check-in ({day})"
        ).format(follow_up=follow_up_on, day=on)
    note = (note or "").strip() or None
    if note is not None and len(note) > 4000:
        errors["note"] = QT_TRANSLATE_NOOP("MemberCare", "keep the note under 4000 characters")
    with uow:
        if on > uow.today():
            errors["on"] = QT_TRANSLATE_NOOP("MemberFields", "{day} is in the future").format(
                day=on
            )
        if errors:
            raise ValidationError(errors)
        live_member(uow.session, member_id, role="the member checked on")
        if by_id is not None:
            live_member(uow.session, by_id, role="the person checking in")
        for earlier in uow.session.scalars(
            select(CheckIn).where(
                CheckIn.member_id == member_id,
                CheckIn.deleted_at.is_(None),
                CheckIn.follow_up_on.is_not(None),
                CheckIn.follow_up_done_on.is_(None),
                CheckIn.checked_on <= on,
            )
        ):
            earlier.follow_up_done_on = on
        row = CheckIn(
            member_id=member_id,
            by_id=by_id,
            checked_on=on,
            how=how,
            note=note,
            follow_up_on=follow_up_on,
        )
        uow.session.add(row)
        uow.session.flush()
        data = _data(row, names_of(uow.session, filter(None, (member_id, by_id))))
        uow.commit()
    return data


def complete_follow_up(uow: UnitOfWork, *, checkin_id: str, on: date) -> CheckInData:
    """Mark a check-in's follow-up as done (without recording a new check-in)."""
    with uow:
        row = live_row(uow.session, CheckIn, checkin_id, what="check-in")
        if row.follow_up_on is None:
            raise ValidationError.single(
                "follow_up", QT_TRANSLATE_NOOP("MemberCare", "this check-in asked for no follow-up")
            )
        if on < row.checked_on:
            raise ValidationError.single(
                "on",
                QT_TRANSLATE_NOOP(
                    "MemberCare",
                    "the follow-up cannot be done ({done}) before the check-in ({day})",
                ).format(done=on, day=row.checked_on),
            )
        row.follow_up_done_on = on
        uow.session.flush()
        data = _data(row, names_of(uow.session, filter(None, (row.member_id, row.by_id))))
        uow.commit()
    return data


def remove_checkin(uow: UnitOfWork, *, checkin_id: str) -> None:
    remove(uow, CheckIn, checkin_id, what="check-in")


def checkins_of(uow: UnitOfWork, *, member_id: str) -> list[CheckInData]:
    """Check-ins on a member, newest first."""
    with uow:
        rows = uow.session.scalars(
            select(CheckIn)
            .where(CheckIn.member_id == member_id, CheckIn.deleted_at.is_(None))
            .order_by(CheckIn.checked_on.desc(), CheckIn.id.desc())
        ).all()
        names = names_of(uow.session, {i for r in rows for i in (r.member_id, r.by_id) if i})
        return [_data(row, names) for row in rows]


def _due_soon(today: date, within_days: int) -> Select[*tuple[Any, ...]]:
    """Open follow-ups of live members due by `today + within_days`, overdue first."""
    live = live_members()
    return (
        select(CheckIn.id, CheckIn.member_id, CheckIn.follow_up_on, CheckIn.note)
        .join(Member, Member.id == CheckIn.member_id)
        .where(
            live,
            CheckIn.deleted_at.is_(None),
            CheckIn.follow_up_on.is_not(None),
            CheckIn.follow_up_done_on.is_(None),
            CheckIn.follow_up_on <= today + timedelta(days=within_days),
        )
        .order_by(CheckIn.follow_up_on, CheckIn.checked_on)
    )


def _planned() -> Select[str]:
    """Members with a follow-up planned (so not listed as not seen)."""
    return select(CheckIn.member_id).where(
        CheckIn.deleted_at.is_(None),
        CheckIn.follow_up_on.is_not(None),
        CheckIn.follow_up_done_on.is_(None),
    )


def _follow_ups(session: Session, due_soon: Select[*tuple[Any, ...]]) -> list[DueCheckIn]:
    rows = session.execute(due_soon).all()
    names = names_of(session, {r.member_id for r in rows})
    # Only the follow-ups' members: the members not seen get theirs from `not_seen`.
    seen = engagement.last_seen_subquery(select(due_soon.subquery().c.member_id))
    last_seen: dict[str, date] = {
        member_id: on
        for member_id, on in session.execute(select(seen.c.member_id, seen.c.last_seen))
    }
    return [
        DueCheckIn(
            member_id=row.member_id,
            member_name=names.get(row.member_id, "?"),
            reason="follow-up",
            due_on=row.follow_up_on,
            last_seen=last_seen.get(row.member_id),
            checkin_id=row.id,
            note=row.note,
        )
        for row in rows
    ]


def _unseen(person: engagement.NotSeen) -> DueCheckIn:
    return DueCheckIn(
        member_id=person.member_id,
        member_name=person.name,
        reason="not seen",
        due_on=person.last_seen or person.joined_on,
        last_seen=person.last_seen,
        checkin_id=None,
        note=None,
    )


def checkins_due(
    uow: UnitOfWork, *, today: date, within_days: int = 7, weeks: int | None = None
) -> list[DueCheckIn]:
    """The care list: open follow-ups due by `today + within_days` (overdue first), then active
    members not seen for `weeks` (the group's setting by default) who have no follow-up planned."""
    with uow:
        due = _follow_ups(uow.session, _due_soon(today, within_days))
        planned = set(uow.session.scalars(_planned()))
    return due + [
        _unseen(person)
        for person in engagement.not_seen(uow, today=today, weeks=weeks)
        if person.member_id not in planned
    ]


def care_list_head(uow: UnitOfWork, *, today: date, first: int) -> tuple[list[DueCheckIn], int]:
    """The first `first` lines of `checkins_due` and how many lines it has in all, read with a
    LIMIT and a COUNT: the dashboard shows eight of a 100,000-member group's ~30,000."""
    due_soon = _due_soon(today, 7)
    with uow:
        follow_ups = uow.session.scalar(
            select(func.count()).select_from(due_soon.order_by(None).subquery())
        )
        due = _follow_ups(uow.session, due_soon.limit(first))
    people, unseen = engagement.not_seen_head(
        uow, today=today, first=first - len(due), leaving_out=_planned()
    )
    return due + [_unseen(person) for person in people], (follow_ups or 0) + unseen


def care_needs(uow: UnitOfWork, *, today: date) -> dict[str, frozenset[str]]:
    """Who needs what, by member id: "checkin" (the dashboard's care list, every line of it)
    and "mentor" (new without a mentor), so the Members page can filter on the same rule. The
    ids alone, in SQL (the whole care list's lines took 0.9 s at 100,000 members)."""
    due_soon = _due_soon(today, 7).order_by(None).subquery()
    with uow:
        follow_ups = set(uow.session.scalars(select(due_soon.c.member_id)))
    unseen = engagement.not_seen_members(uow, today=today, leaving_out=_planned())
    return {
        "checkin": frozenset(follow_ups | unseen),
        "mentor": frozenset(
            item.member_id for item in engagement.new_without_mentor(uow, today=today)
        ),
    }
