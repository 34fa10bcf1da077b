"""Roles held over time (coordinator, treasurer, …): "who held which role when"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select

from groupdesk.errors import ValidationError
from groupdesk.models.members import Member, MemberRole
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.collation import match_key
from groupdesk.services.rows import display_name, live_member, live_row, names_of, remove
from groupdesk.services.uow import UnitOfWork

#: Offered in forms; any other role may be typed.
COMMON_ROLES = (
    "coordinator",
    "chair",
    "treasurer",
    "secretary",
    "volunteer lead",
    "mentoring lead",
    "safeguarding lead",
)


@dataclass(frozen=True)
class RoleData:
    id: str
    member_id: str
    member_name: str
    role: str
    started_on: date | None
    ended_on: date | None
    notes: str | None

    def held_on(self, day: date) -> bool:
        return (self.started_on is None or self.started_on <= day) and (
            self.ended_on is None or self.ended_on >= day
        )


def _check_dates(started_on: date | None, ended_on: date | None, today: date) -> None:
    errors = {}
    if started_on is not None and started_on > today:
        errors["started_on"] = QT_TRANSLATE_NOOP("MemberFields", "{day} is in the future").format(
            day=started_on
        )
    if started_on is not None and ended_on is not None and ended_on < started_on:
        errors["ended_on"] = QT_TRANSLATE_NOOP(
            "MemberCare", "the role cannot end ({end}) before it started ({start})"
        ).format(end=ended_on, start=started_on)
    if errors:
        raise ValidationError(errors)


def _data(row: MemberRole, name: str) -> RoleData:
    return RoleData(row.id, row.member_id, name, row.role, row.started_on, row.ended_on, row.notes)


def add_role(
    uow: UnitOfWork,
    *,
    member_id: str,
    role: str,
    started_on: date | None = None,
    ended_on: date | None = None,
    notes: str | None = None,
) -> RoleData:
    """Record that a member holds (or held) a role; refuses the same role held twice at once."""
    title = " ".join(role.split())
    if not title:
        raise ValidationError.single(
            "role", QT_TRANSLATE_NOOP("MemberCare", "name the role, like treasurer")
        )
    if len(title) > 100:
        raise ValidationError.single(
            "role", QT_TRANSLATE_NOOP("MemberCare", "keep the role under 100 characters")
        )
    with uow:
        _check_dates(started_on, ended_on, uow.today())
        member = live_member(uow.session, member_id)
        for other in uow.session.scalars(
            select(MemberRole).where(
                MemberRole.member_id == member_id, MemberRole.deleted_at.is_(None)
            )
        ):
            if match_key(other.role) == match_key(title) and _overlap(
                (other.started_on, other.ended_on), (started_on, ended_on)
            ):
                raise ValidationError.single(
                    "role",
                    (
                        QT_TRANSLATE_NOOP(
                            "MemberCare", "{name} already holds {role!r} from {day}; end that first"
                        ).format(name=member.full_name, role=other.role, day=other.started_on)
                        if other.started_on
                        else QT_TRANSLATE_NOOP(
                            "MemberCare", "{name} already holds {role!r}; end that first"
                        ).format(name=member.full_name, role=other.role)
                    ),
                )
        row = MemberRole(
            member_id=member_id,
            role=title,
            started_on=started_on,
            ended_on=ended_on,
            notes=(notes or "").strip() or None,
        )
        uow.session.add(row)
        uow.session.flush()
        data = _data(row, display_name(member.full_name, member.preferred_name, None))
        uow.commit()
    return data


def _overlap(a: tuple[date | None, date | None], b: tuple[date | None, date | None]) -> bool:
    start = max(a[0] or date.min, b[0] or date.min)
    end = min(a[1] or date.max, b[1] or date.max)
    return start <= end


def end_role(uow: UnitOfWork, *, role_id: str, ended_on: date) -> RoleData:
    """Record the day a member stopped holding a role."""
    with uow:
        row = live_row(uow.session, MemberRole, role_id, what="role")
        _check_dates(row.started_on, ended_on, uow.today())
        row.ended_on = ended_on
        uow.session.flush()
        data = _data(row, _name(uow, row.member_id))
        uow.commit()
    return data


def remove_role(uow: UnitOfWork, *, role_id: str) -> None:
    """Delete a role entered by mistake (a role that ended is ended, not removed)."""
    remove(uow, MemberRole, role_id, what="role")


def _name(uow: UnitOfWork, member_id: str) -> str:
    return names_of(uow.session, [member_id]).get(member_id, "?")


def roles_of(uow: UnitOfWork, *, member_id: str) -> list[RoleData]:
    """A member's roles, current first, then by when they started."""
    with uow:
        rows = uow.session.scalars(
            select(MemberRole).where(
                MemberRole.member_id == member_id, MemberRole.deleted_at.is_(None)
            )
        ).all()
        name = _name(uow, member_id) if rows else ""
        found = [_data(row, name) for row in rows]
    return sorted(
        found,
        key=lambda r: (r.ended_on is not None, -(r.started_on or date.min).toordinal(), r.role),
    )


def role_holders(
    uow: UnitOfWork, *, role: str | None = None, on: date | None = None
) -> list[RoleData]:
    """Who held which role: every holding (or those of `role`), or only those held `on` a day."""
    query = (
        select(MemberRole, Member.full_name, Member.preferred_name, Member.erased_at)
        .join(Member, Member.id == MemberRole.member_id)
        .where(MemberRole.deleted_at.is_(None), Member.merged_into_id.is_(None))
    )
    if on is not None:
        query = query.where(
            or_(MemberRole.started_on.is_(None), MemberRole.started_on <= on),
            or_(MemberRole.ended_on.is_(None), MemberRole.ended_on >= on),
        )
    with uow:
        found = [
            _data(row, display_name(full, preferred, erased))
            for row, full, preferred, erased in uow.session.execute(query)
        ]
    if role:
        wanted = match_key(role.strip())
        found = [r for r in found if match_key(r.role) == wanted]
    return sorted(found, key=lambda r: (match_key(r.role), r.started_on or date.min, r.member_name))
