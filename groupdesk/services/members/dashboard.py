"""The members area's lists on the dashboard: who needs a check-in, and new members without a
mentor. Each line's button opens the member's check-in or mentoring dialog (`action_key`,
opened by `groupdesk.ui.members.care_dialogs.open_from_dashboard`)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from groupdesk.models.members import Member
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.dashboard import LINES_SHOWN, DashboardItem, DashboardList, LineValue
from groupdesk.services.members.checkins import DueCheckIn, care_list_head
from groupdesk.services.members.engagement import new_without_mentor
from groupdesk.services.uow import UnitOfWork

MORE_ON_MEMBERS = QT_TRANSLATE_NOOP("Dashboard", "…and %n more on the Members page.", "", 0)


NO_MEMBERS_YET = QT_TRANSLATE_NOOP(
    "Dashboard", "No members yet: add them, or import your list, on the Members page."
)


def _has_members(uow: UnitOfWork) -> bool:
    """Whether anyone is active: one row read (an ORM select fetches every row it matches,
    0.5 s at 100,000 members, before `scalar` keeps the first)."""
    with uow:
        return bool(
            uow.session.scalar(
                select(Member.id)
                .where(Member.deleted_at.is_(None), Member.status == "active")
                .limit(1)
            )
        )


def checkins_card(uow: UnitOfWork, *, today: date) -> DashboardList:
    """Follow-ups due within a week (overdue first), then members not seen for weeks: the first
    lines and how many in all. A group with nobody in it is told so, not that everyone has been
    in touch."""
    first, total = care_list_head(uow, today=today, first=LINES_SHOWN)
    return DashboardList(
        "checkins",
        QT_TRANSLATE_NOOP("Dashboard", "Who needs a check-in"),
        QT_TRANSLATE_NOOP("Dashboard", "Nobody: everyone has been in touch lately.")
        if _has_members(uow)
        else NO_MEMBERS_YET,
        tuple(
            DashboardItem(
                *_care_sentence(due, today),
                QT_TRANSLATE_NOOP("Dashboard", "Log a check-in"),
                record_id=due.member_id,
                action_key="checkin",
            )
            for due in first
        ),
        MORE_ON_MEMBERS,
        more_page="members",
        more_view="checkin",
        total=total,
    )


def _care_sentence(due: DueCheckIn, today: date) -> tuple[str, tuple[tuple[str, LineValue], ...]]:
    name = ("name", due.member_name)
    if due.reason == "follow-up" and due.due_on is not None:
        text = (
            QT_TRANSLATE_NOOP("Dashboard", "{name}: follow-up overdue since {day}")
            if due.due_on < today
            else QT_TRANSLATE_NOOP("Dashboard", "{name}: follow-up due {day}")
        )
        return text, (name, ("day", due.due_on))
    if due.last_seen is None:
        return QT_TRANSLATE_NOOP("Dashboard", "{name}: not seen since joining"), (name,)
    weeks = (today - due.last_seen).days // 7
    return QT_TRANSLATE_NOOP("Dashboard", "{name}: not seen for {weeks} weeks"), (
        name,
        ("weeks", weeks),
    )


def mentors_card(uow: UnitOfWork, *, today: date) -> DashboardList:
    """Members who joined in the last three months and have no mentor yet."""
    return DashboardList(
        "mentors",
        QT_TRANSLATE_NOOP("Dashboard", "New members without a mentor"),
        QT_TRANSLATE_NOOP("Dashboard", "Every new member has a mentor.")
        if _has_members(uow)
        else NO_MEMBERS_YET,
        tuple(
            DashboardItem(
                QT_TRANSLATE_NOOP("Dashboard", "{name}, joined {day}"),
                (("name", person.name), ("day", person.joined_on)),
                QT_TRANSLATE_NOOP("Dashboard", "Find a mentor"),
                record_id=person.member_id,
                action_key="mentor",
            )
            for person in new_without_mentor(uow, today=today)
        ),
        MORE_ON_MEMBERS,
        more_page="members",
        more_view="mentor",
    )
