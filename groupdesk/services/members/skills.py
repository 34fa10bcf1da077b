"""Skills and interests: the skill-share directory ("who knows first aid?").

A skill is something a member knows or can do, an interest something they want to learn; either
may be offered to teach. The same skill added for one member on two laptops offline is one row
after sync: its id is derived from the member and the folded name.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from groupdesk.errors import ValidationError
from groupdesk.ids import pair_id
from groupdesk.models.members import SKILL_KINDS, Member, MemberSkill
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.collation import match_key, search_key, sort_key
from groupdesk.services.rows import display_name, live_member, remove
from groupdesk.services.uow import UnitOfWork


@dataclass(frozen=True)
class SkillData:
    id: str
    member_id: str
    member_name: str
    name: str
    kind: str
    can_teach: bool
    notes: str | None


def skill_key(name: str) -> str:
    return " ".join(search_key(name).split())


def add_skill(
    uow: UnitOfWork,
    *,
    member_id: str,
    name: str,
    kind: str = "skill",
    can_teach: bool = False,
    notes: str | None = None,
) -> SkillData:
    """Add a skill or interest to a member; adding one they already have updates it."""
    title = " ".join(name.split())
    errors = {}
    if not title:
        errors["name"] = QT_TRANSLATE_NOOP("MemberCare", "name the skill, like first aid")
    elif len(title) > 100:
        errors["name"] = QT_TRANSLATE_NOOP("MemberCare", "keep the skill under 100 characters")
    if kind not in SKILL_KINDS:
        errors["kind"] = QT_TRANSLATE_NOOP(
            "MemberCare", "{kind!r} is not a kind; choose skill or interest"
        ).format(kind=kind)
    if errors:
        raise ValidationError(errors)
    key = skill_key(title)
    with uow:
        member = live_member(uow.session, member_id)
        row = uow.session.scalars(
            select(MemberSkill)
            .where(MemberSkill.member_id == member_id, MemberSkill.name_key == key)
            .order_by(MemberSkill.deleted_at.is_not(None))
        ).first()
        if row is None:
            row = MemberSkill(id=pair_id("member_skill", member_id, key), member_id=member_id)
            uow.session.add(row)
        row.name, row.name_key, row.kind, row.can_teach = title, key, kind, can_teach
        row.notes = (notes or "").strip() or None
        row.deleted_at = None
        uow.session.flush()
        data = _data(row, display_name(member.full_name, member.preferred_name, None))
        uow.commit()
    return data


def _data(row: MemberSkill, member_name: str) -> SkillData:
    return SkillData(
        row.id, row.member_id, member_name, row.name, row.kind, row.can_teach, row.notes
    )


def remove_skill(uow: UnitOfWork, *, skill_id: str) -> None:
    remove(uow, MemberSkill, skill_id, what="skill")


def skills_of(uow: UnitOfWork, *, member_id: str) -> list[SkillData]:
    """A member's skills and interests, skills first."""
    found = skill_directory(uow, member_id=member_id, include_all_members=True)
    return sorted(found, key=lambda s: (SKILL_KINDS.index(s.kind), skill_key(s.name)))


def skill_directory(
    uow: UnitOfWork,
    *,
    search: str | None = None,
    kind: str | None = None,
    member_id: str | None = None,
    include_all_members: bool = False,
) -> list[SkillData]:
    """Who knows (or wants to learn) what, by skill then name; `search` folds case and accents.

    Only current members (active or inactive, not deleted, merged or forgotten) are listed,
    unless `include_all_members`."""
    query = (
        select(MemberSkill, Member.full_name, Member.preferred_name, Member.erased_at)
        .join(Member, Member.id == MemberSkill.member_id)
        .where(MemberSkill.deleted_at.is_(None))
    )
    if not include_all_members:
        query = query.where(
            Member.deleted_at.is_(None),
            Member.merged_into_id.is_(None),
            Member.erased_at.is_(None),
            Member.status != "left",
        )
    if kind is not None:
        query = query.where(MemberSkill.kind == kind)
    if member_id is not None:
        query = query.where(MemberSkill.member_id == member_id)
    with uow:
        found = [
            _data(row, display_name(full, preferred, erased))
            for row, full, preferred, erased in uow.session.execute(query)
        ]
    if search and search.strip():
        words = match_key(search).split()
        found = [s for s in found if all(w in match_key(s.name) for w in words)]
    return sorted(found, key=lambda s: (skill_key(s.name), sort_key(s.member_name)))
