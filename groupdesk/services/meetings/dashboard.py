"""The meetings area's lists on the dashboard: the next meetings (with how many members are
expected) and the open actions, overdue first. Each line opens its meeting on the Meetings page."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from groupdesk.models.meetings import Attendance
from groupdesk.models.members import Member, live_members
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.dashboard import DashboardItem, DashboardList, LineValue
from groupdesk.services.meetings.actions import ActionRow, open_actions
from groupdesk.services.meetings.records import list_meetings
from groupdesk.services.uow import UnitOfWork

#: A card has room for a few; the Meetings page lists them all.
NEXT_MEETINGS = 5


def next_meetings_card(uow: UnitOfWork, *, today: date) -> DashboardList:
    """The next few meetings, each with the members expected: the active ones, and anyone else
    already marked at it (as on its sign-in sheet)."""
    meetings = list_meetings(uow, when="upcoming")[:NEXT_MEETINGS]
    stored = [meeting.meeting_id for meeting in meetings if meeting.meeting_id]
    live = live_members()
    with uow:
        active = uow.session.scalar(select(func.count()).where(live, Member.status == "active"))
        others = dict(
            uow.session.execute(
                select(Attendance.meeting_id, func.count())
                .join(Member, Member.id == Attendance.member_id)
                .where(
                    Attendance.meeting_id.in_(stored),
                    Attendance.deleted_at.is_(None),
                    live,
                    Member.status != "active",
                )
                .group_by(Attendance.meeting_id)
            ).all()
        )
    return DashboardList(
        "next-meetings",
        QT_TRANSLATE_NOOP("Dashboard", "Next meetings"),
        QT_TRANSLATE_NOOP("Dashboard", "No meetings planned: plan one on the Meetings page."),
        tuple(
            DashboardItem(
                QT_TRANSLATE_NOOP("Dashboard", "{title}, {day} at {time}: {expected} expected"),
                (
                    ("title", meeting.title),
                    ("day", meeting.starts_at.date()),
                    ("time", f"{meeting.starts_at:%H:%M}"),
                    ("expected", (active or 0) + others.get(meeting.meeting_id or "", 0)),
                ),
                QT_TRANSLATE_NOOP("Dashboard", "Open"),
                page="meetings",
                record_id=meeting.key,
            )
            for meeting in meetings
        ),
        QT_TRANSLATE_NOOP("Dashboard", "…and %n more on the Meetings page.", "", 0),
    )


def actions_card(uow: UnitOfWork, *, today: date) -> DashboardList:
    """Open actions, overdue first, with their owner and due day; each opens the meeting it
    was raised at (or the Meetings page, for one raised on its own)."""
    return DashboardList(
        "open-actions",
        QT_TRANSLATE_NOOP("Dashboard", "Open and overdue actions"),
        QT_TRANSLATE_NOOP("Dashboard", "No open actions."),
        tuple(
            DashboardItem(
                *_action_sentence(action),
                QT_TRANSLATE_NOOP("Dashboard", "Open"),
                page="meetings",
                record_id=action.raised_at_meeting_id or "",
            )
            for action in open_actions(uow, today=today)
        ),
        QT_TRANSLATE_NOOP("Dashboard", "…and %n more on the Meetings page.", "", 0),
        more_page="meetings",
        more_view="open-actions",
    )


def _action_sentence(action: ActionRow) -> tuple[str, tuple[tuple[str, LineValue], ...]]:
    values: tuple[tuple[str, LineValue], ...] = (
        ("text", action.text),
        ("owner", action.owner_name or ""),
    )
    if action.due_on is None:
        text = (
            QT_TRANSLATE_NOOP("Dashboard", "{text} ({owner})")
            if action.owner_name
            else QT_TRANSLATE_NOOP("Dashboard", "{text} (no owner yet)")
        )
        return text, values
    values += (("day", action.due_on),)
    if action.overdue:
        text = (
            QT_TRANSLATE_NOOP("Dashboard", "{text} ({owner}): overdue since {day}")
            if action.owner_name
            else QT_TRANSLATE_NOOP("Dashboard", "{text} (no owner yet): overdue since {day}")
        )
    else:
        text = (
            QT_TRANSLATE_NOOP("Dashboard", "{text} ({owner}): due {day}")
            if action.owner_name
            else QT_TRANSLATE_NOOP("Dashboard", "{text} (no owner yet): due {day}")
        )
    return text, values
