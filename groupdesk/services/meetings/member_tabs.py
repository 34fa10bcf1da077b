"""The meetings area's tabs on a member's detail (`Area.member_tabs`): the meetings they were
present at, latest first, and the actions they own, open ones first."""

from __future__ import annotations

from sqlalchemy import select

from groupdesk.messages import stored_word
from groupdesk.models.meetings import Attendance, Meeting
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.meetings.actions import list_actions
from groupdesk.services.members.sections import MemberTable
from groupdesk.services.settings import get_settings
from groupdesk.services.uow import UnitOfWork
from groupdesk.services.wording import day_text

#: A long-standing member's tab shows their latest meetings; the attendance figures count all.
MEETINGS_SHOWN = 200


def meetings_attended(
    uow: UnitOfWork, *, member_id: str, days_in: str | None = None
) -> MemberTable:
    """The meetings the member was marked present at (a late arrival or early leave said)."""
    locale = get_settings(uow).locale
    days = days_in or locale
    query = (
        select(
            Meeting.starts_at,
            Meeting.title,
            Meeting.kind,
            Attendance.arrived_at_item_id,
            Attendance.left_at_item_id,
        )
        .join(Meeting, Meeting.id == Attendance.meeting_id)
        .where(
            Attendance.member_id == member_id,
            Attendance.status == "present",
            Attendance.deleted_at.is_(None),
            Meeting.deleted_at.is_(None),
            Meeting.status != "cancelled",
        )
        .order_by(Meeting.starts_at.desc())
        .limit(MEETINGS_SHOWN)
    )
    with uow:
        found = uow.session.execute(query).all()
    # The title last: the detail pane gives the last column the room left, and it wraps there.
    rows = tuple(
        (
            day_text(row.starts_at.date(), days),
            stored_word("MeetingWords", row.kind),
            _noted(row.title, late=bool(row.arrived_at_item_id), early=bool(row.left_at_item_id)),
        )
        for row in found
    )
    return MemberTable(
        "meetings",
        QT_TRANSLATE_NOOP("MemberTabs", "Meetings"),
        (
            QT_TRANSLATE_NOOP("MemberTabs", "On"),
            QT_TRANSLATE_NOOP("MemberTabs", "Kind"),
            QT_TRANSLATE_NOOP("MemberTabs", "Meeting"),
        ),
        QT_TRANSLATE_NOOP("MemberTabs", "Not marked present at any meeting yet."),
        rows,
    )


def _noted(title: str, *, late: bool, early: bool) -> str:
    """The meeting's title, then whether they arrived late or left early."""
    noted: str = title
    if late:
        noted = QT_TRANSLATE_NOOP("MemberTabs", "{title} — arrived late").format(title=noted)
    if early:
        noted = QT_TRANSLATE_NOOP("MemberTabs", "{title} — left early").format(title=noted)
    return noted


def actions_owned(uow: UnitOfWork, *, member_id: str, days_in: str | None = None) -> MemberTable:
    """The actions the member owns: open ones first (soonest due first), then the closed."""
    locale = get_settings(uow).locale
    days = days_in or locale
    owned = list_actions(uow, owner_id=member_id)
    owned.sort(key=lambda action: action.status != "open")
    rows = tuple(
        (
            day_text(action.due_on, days) if action.due_on else "—",
            _status(action.status, overdue=action.overdue),
            action.raised_at_meeting_title or "",
            action.text,
        )
        for action in owned
    )
    return MemberTable(
        "actions",
        QT_TRANSLATE_NOOP("MemberTabs", "Actions"),
        (
            QT_TRANSLATE_NOOP("MemberTabs", "Due"),
            QT_TRANSLATE_NOOP("MemberTabs", "Status"),
            QT_TRANSLATE_NOOP("MemberTabs", "Raised at"),
            QT_TRANSLATE_NOOP("MemberTabs", "Action"),
        ),
        QT_TRANSLATE_NOOP("MemberTabs", "Owns no actions."),
        rows,
    )


def _status(status: str, *, overdue: bool) -> str:
    word = stored_word("MeetingWords", status)
    return (
        QT_TRANSLATE_NOOP("MemberTabs", "{status} (overdue)").format(status=word)
        if overdue
        else word
    )
