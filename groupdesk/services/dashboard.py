"""What the dashboard shows: the state of the group at a glance, as one read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from groupdesk.models.members import Member
from groupdesk.services import settings
from groupdesk.services.backup_safety import Whereabouts, whereabouts
from groupdesk.services.meetings.actions import ActionRow, open_actions
from groupdesk.services.members.checkins import DueCheckIn, checkins_due
from groupdesk.services.members.engagement import NewWithoutMentor, new_without_mentor
from groupdesk.services.uow import UnitOfWork


@dataclass(frozen=True)
class DashboardSummary:
    group_name: str
    active_members: int
    inactive_members: int
    left_members: int
    joined_last_90_days: int
    last_backup_at: str | None
    #: Follow-ups due within a week (overdue first), then members not seen for weeks.
    care: tuple[DueCheckIn, ...] = ()
    #: Members who joined in the last three months and have no mentor yet.
    new_without_mentor: tuple[NewWithoutMentor, ...] = ()
    #: Where the newest backup is (only on this laptop, or also in the second place).
    backups: Whereabouts | None = None
    #: Open actions across meetings, overdue first.
    actions: tuple[ActionRow, ...] = ()


def dashboard_summary(uow: UnitOfWork, *, today: date) -> DashboardSummary:
    group = settings.get_settings(uow)
    with uow:
        live = Member.deleted_at.is_(None) & Member.merged_into_id.is_(None)
        counts = dict(
            uow.session.execute(
                select(Member.status, func.count()).where(live).group_by(Member.status)
            ).all()
        )
        recent = uow.session.scalar(
            select(func.count()).where(live, Member.joined_on >= today - timedelta(days=90))
        )
    backups = whereabouts(uow.workspace.paths)
    return DashboardSummary(
        group_name=group.name,
        active_members=counts.get("active", 0),
        inactive_members=counts.get("inactive", 0),
        left_members=counts.get("left", 0),
        joined_last_90_days=recent or 0,
        last_backup_at=backups.latest.when if backups.latest else None,
        care=tuple(checkins_due(uow, today=today)),
        new_without_mentor=tuple(new_without_mentor(uow, today=today)),
        backups=backups,
        actions=tuple(open_actions(uow, today=today)),
    )
