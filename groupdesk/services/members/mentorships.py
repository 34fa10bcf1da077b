"""Mentoring: pairing a mentor with a mentee to grow new leaders. A person can be both."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select

from groupdesk.errors import ValidationError
from groupdesk.models.members import Mentorship
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.rows import live_member, live_row, names_of, remove
from groupdesk.services.uow import UnitOfWork


@dataclass(frozen=True)
class MentorshipData:
    id: str
    mentor_id: str
    mentor_name: str
    mentee_id: str
    mentee_name: str
    started_on: date | None
    ended_on: date | None
    goals: str | None
    notes: str | None

    def current_on(self, day: date) -> bool:
        return (self.started_on is None or self.started_on <= day) and (
            self.ended_on is None or self.ended_on >= day
        )


def _data(row: Mentorship, names: dict[str, str]) -> MentorshipData:
    return MentorshipData(
        row.id,
        row.mentor_id,
        names.get(row.mentor_id, "?"),
        row.mentee_id,
        names.get(row.mentee_id, "?"),
        row.started_on,
        row.ended_on,
        row.goals,
        row.notes,
    )


def start_mentorship(
    uow: UnitOfWork,
    *,
    mentor_id: str,
    mentee_id: str,
    started_on: date | None = None,
    goals: str | None = None,
    notes: str | None = None,
) -> MentorshipData:
    """Pair a mentor with a mentee; refuses a pairing that is already open."""
    if mentor_id == mentee_id:
        raise ValidationError.single(
            "mentee", QT_TRANSLATE_NOOP("MemberCare", "someone cannot mentor themselves")
        )
    with uow:
        today = uow.today()
        started_on = started_on or today
        if started_on > today:
            raise ValidationError.single(
                "started_on",
                QT_TRANSLATE_NOOP("MemberFields", "{day} is in the future").format(day=started_on),
            )
        mentor = live_member(uow.session, mentor_id, role="the mentor")
        mentee = live_member(uow.session, mentee_id, role="the mentee")
        open_pair = uow.session.scalars(
            select(Mentorship).where(
                Mentorship.mentor_id == mentor_id,
                Mentorship.mentee_id == mentee_id,
                Mentorship.deleted_at.is_(None),
                Mentorship.ended_on.is_(None),
            )
        ).first()
        if open_pair is not None:
            raise ValidationError.single(
                "mentee",
                QT_TRANSLATE_NOOP(
                    "MemberCare",
                    "{mentor} has mentored {mentee} since {day}; end that mentorship first",
                ).format(
                    mentor=mentor.full_name, mentee=mentee.full_name, day=open_pair.started_on
                ),
            )
        row = Mentorship(
            mentor_id=mentor_id,
            mentee_id=mentee_id,
            started_on=started_on,
            goals=(goals or "").strip() or None,
            notes=(notes or "").strip() or None,
        )
        uow.session.add(row)
        uow.session.flush()
        data = _data(row, names_of(uow.session, (mentor_id, mentee_id)))
        uow.commit()
    return data


def end_mentorship(uow: UnitOfWork, *, mentorship_id: str, ended_on: date) -> MentorshipData:
    with uow:
        row = live_row(uow.session, Mentorship, mentorship_id, what="mentorship")
        if row.started_on is not None and ended_on < row.started_on:
            raise ValidationError.single(
                "ended_on",
                QT_TRANSLATE_NOOP(
                    "MemberCare", "it cannot end ({end}) before it started ({start})"
                ).format(end=ended_on, start=row.started_on),
            )
        if ended_on > uow.today():
            raise ValidationError.single(
                "ended_on",
                QT_TRANSLATE_NOOP("MemberFields", "{day} is in the future").format(day=ended_on),
            )
        row.ended_on = ended_on
        uow.session.flush()
        data = _data(row, names_of(uow.session, (row.mentor_id, row.mentee_id)))
        uow.commit()
    return data


def update_mentorship(
    uow: UnitOfWork, *, mentorship_id: str, goals: str | None, notes: str | None
) -> MentorshipData:
    with uow:
        row = live_row(uow.session, Mentorship, mentorship_id, what="mentorship")
        row.goals = (goals or "").strip() or None
        row.notes = (notes or "").strip() or None
        uow.session.flush()
        data = _data(row, names_of(uow.session, (row.mentor_id, row.mentee_id)))
        uow.commit()
    return data


def remove_mentorship(uow: UnitOfWork, *, mentorship_id: str) -> None:
    remove(uow, Mentorship, mentorship_id, what="mentorship")


def mentorships_of(uow: UnitOfWork, *, member_id: str | None = None) -> list[MentorshipData]:
    """Mentorships (of one member, as mentor or mentee), open ones first, newest first."""
    query = select(Mentorship).where(Mentorship.deleted_at.is_(None))
    if member_id is not None:
        query = query.where(
            or_(Mentorship.mentor_id == member_id, Mentorship.mentee_id == member_id)
        )
    with uow:
        rows = uow.session.scalars(query).all()
        names = names_of(uow.session, {i for r in rows for i in (r.mentor_id, r.mentee_id)})
        found = [_data(row, names) for row in rows]
    return sorted(
        found, key=lambda m: (m.ended_on is not None, -(m.started_on or date.min).toordinal())
    )
