"""The meetings' year for the annual report: the decisions taken, and how many meetings were
held (the attendance month by month is `figures.monthly_trend`).

A decision counts in the year its meeting was held; decisions of a cancelled or deleted
meeting, and deleted decisions, count nowhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from groupdesk.models.meetings import Decision, Meeting
from groupdesk.services.meetings.figures import MonthFigures, monthly_trend
from groupdesk.services.uow import UnitOfWork


@dataclass(frozen=True)
class DecisionTaken:
    day: date
    meeting_title: str
    motion: str
    outcome: str
    votes_for: int
    votes_against: int
    abstentions: int


def decisions_taken(uow: UnitOfWork, *, first: date, last: date) -> list[DecisionTaken]:
    """The decisions of the meetings held from `first` to `last` (both included), in the
    order they were taken."""
    query = (
        select(
            func.date(Meeting.starts_at),
            Meeting.title,
            Decision.motion,
            Decision.outcome,
            Decision.votes_for,
            Decision.votes_against,
            Decision.abstentions,
        )
        .join(Meeting, Meeting.id == Decision.meeting_id)
        .where(
            Decision.deleted_at.is_(None),
            Meeting.deleted_at.is_(None),
            Meeting.status != "cancelled",
            Meeting.starts_at >= _start_of(first),
            Meeting.starts_at < _start_of(last + timedelta(days=1)),
        )
        .order_by(Meeting.starts_at, Decision.created_at, Decision.id)
    )
    with uow:
        rows = uow.session.execute(query).all()
    return [DecisionTaken(date.fromisoformat(day), *rest) for day, *rest in rows]


def months_held(uow: UnitOfWork, *, first: date, last: date, today: date) -> list[MonthFigures]:
    """Meetings held and their attendance by month, from `first` to `last` but not after
    `today` (a meeting still to come has not been held)."""
    until = min(last, today) + timedelta(days=1)
    return monthly_trend(uow, since=_start_of(first), until=_start_of(until))


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time())
