"""Everything about one member, for the detail pane and `members show`: the record, roles,
skills, mentoring, check-ins, history, and the records merged into it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from groupdesk.services.history import HistoryEvent, record_history
from groupdesk.services.members.checkins import CheckInData, checkins_of
from groupdesk.services.members.engagement import last_seen_subquery
from groupdesk.services.members.mentorships import MentorshipData, mentorships_of
from groupdesk.services.members.merge import merges_into
from groupdesk.services.members.records import MemberData, get_member
from groupdesk.services.members.roles import RoleData, roles_of
from groupdesk.services.members.sections import MemberTable, member_tables
from groupdesk.services.members.skills import SkillData, skills_of
from groupdesk.services.uow import UnitOfWork


@dataclass(frozen=True)
class MemberDetail:
    member: MemberData
    roles: tuple[RoleData, ...]
    skills: tuple[SkillData, ...]
    mentorships: tuple[MentorshipData, ...]
    checkins: tuple[CheckInData, ...]
    history: tuple[HistoryEvent, ...]
    last_seen: date | None
    #: (id, name, when) of each record merged into this one.
    merged_from: tuple[tuple[str, str, date], ...]
    #: Other areas' tabs (the meetings they attended, the actions they own).
    tabs: tuple[MemberTable, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        def plain(items: tuple[Any, ...]) -> list[dict[str, Any]]:
            return [dict(vars(item)) for item in items]

        return {
            **self.member.as_dict(),
            "display_name": self.member.display_name,
            "last_seen": self.last_seen,
            "roles": plain(self.roles),
            "skills": plain(self.skills),
            "mentorships": plain(self.mentorships),
            "checkins": plain(self.checkins),
            "history": [event.as_dict() for event in self.history],
            "merged_from": [{"id": i, "name": name, "on": on} for i, name, on in self.merged_from],
        }


def member_detail(
    uow: UnitOfWork, *, member_id: str, history_limit: int = 200, days_in: str | None = None
) -> MemberDetail:
    """`days_in`: the locale the other areas' tabs write days in (the group's when None)."""
    member = get_member(uow, member_id)
    seen = last_seen_subquery()
    with uow:
        last_seen = uow.session.scalar(
            select(seen.c.last_seen).where(seen.c.member_id == member_id)
        )
    return MemberDetail(
        member=member,
        roles=tuple(roles_of(uow, member_id=member_id)),
        skills=tuple(skills_of(uow, member_id=member_id)),
        mentorships=tuple(mentorships_of(uow, member_id=member_id)),
        checkins=tuple(checkins_of(uow, member_id=member_id)),
        history=tuple(record_history(uow, table="members", row_id=member_id, limit=history_limit)),
        last_seen=last_seen,
        merged_from=tuple(merges_into(uow, member_id=member_id)),
        tabs=member_tables(uow, member_id=member_id, days_in=days_in),
    )
