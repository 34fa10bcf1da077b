"""Members: add, edit, delete and restore a person, find them, and read the list and a record.

The list is one query shaped for the Members table (current roles, skills and last seen joined
in SQL); searching folds case, accents and script (`collation.match_key`), so typing `zoe` finds
Zoë and `ana` finds Ана, and a phone number is found however it is spaced (`search_words`).
Roles, skills, mentoring and check-ins have their own modules; merge, erasure, duplicates and
CSV too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import case, func, null, or_, select

from groupdesk.errors import GroupDeskError, Remedy, ValidationError
from groupdesk.messages import stored_word
from groupdesk.models.members import (
    CONSENT_KINDS,
    MEMBER_STATUSES,
    Member,
    MemberRole,
    MemberSkill,
    live_members,
)
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services import settings
from groupdesk.services.collation import (
    SEPARATOR,
    digits_of,
    match_key,
    memo_fold,
    search_words,
)
from groupdesk.services.members.engagement import last_seen_subquery
from groupdesk.services.members.fields import clean_member_values, phone_region
from groupdesk.services.record_ids import find_id
from groupdesk.services.rows import display_name, live_member, restore, row_of, tombstone
from groupdesk.services.search import SearchHit, SearchRecords, listed, plain_rows
from groupdesk.services.uow import UnitOfWork

SORTS = ("name", "joined", "last_seen", "status")
#: Separates values packed by group_concat (never typed in a name).
_SEP = SEPARATOR


@dataclass(frozen=True)
class MemberData:
    """One member's own record, every field."""

    id: str
    full_name: str
    preferred_name: str | None
    pronouns: str | None
    email: str | None
    phone: str | None
    address: str | None
    languages: str | None
    accessibility_needs: str | None
    status: str
    joined_on: date | None
    left_on: date | None
    notes: str | None
    consent_contact: bool
    consent_contact_on: date | None
    consent_contact_how: str | None
    consent_photo: bool
    consent_photo_on: date | None
    consent_photo_how: str | None
    consent_roster: bool
    consent_roster_on: date | None
    consent_roster_how: str | None
    merged_into_id: str | None
    erased_at: date | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None

    @property
    def display_name(self) -> str:
        return display_name(self.full_name, self.preferred_name, self.erased_at)

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


class MemberRow(NamedTuple):
    """One line of the Members table.

    A NamedTuple rather than a frozen dataclass, because the table holds every member: it is
    just as immutable, and ten times quicker to build (10,000 rows: 10 ms against 100 ms).
    """

    id: str
    full_name: str
    preferred_name: str | None
    email: str | None
    phone: str | None
    status: str
    joined_on: date | None
    left_on: date | None
    consent_contact: bool
    consent_photo: bool
    consent_roster: bool
    #: Roles held today.
    roles: tuple[str, ...]
    #: Skill and interest names, as typed.
    skills: tuple[str, ...]
    last_seen: date | None
    sort_key: str
    deleted: bool
    merged_into_id: str | None
    erased: bool

    @property
    def display_name(self) -> str:
        return display_name(self.full_name, self.preferred_name, date.min if self.erased else None)

    def search_text(self, fold: Callable[[str], str] = match_key) -> str:
        """What a search matches against (`search_text` below); `fold` folds roles and skills
        (`search_texts` passes one that folds each distinct name once)."""
        return search_text(
            self.sort_key,
            self.full_name,
            self.preferred_name,
            self.email,
            self.phone,
            (*map(fold, self.roles), *map(fold, self.skills)),
        )

    def as_dict(self) -> dict[str, Any]:
        data = self._asdict()
        del data["sort_key"]
        data["roles"] = list(self.roles)
        data["skills"] = list(self.skills)
        return data


def search_text(
    sort_key: str,
    full_name: str,
    preferred_name: str | None,
    email: str | None,
    phone: str | None,
    labels: Iterable[str],
) -> str:
    """What a search matches against: names, email, roles and skills (`labels`, folded), then
    the phone's digits alone (so a number typed with other spacing is found; `search_words`).

    The full name's fold is read from the stored `sort_key`, so only names in other scripts
    are transliterated, and none folded again."""
    name = sort_key.partition("\x00")[0]
    parts = [name if name.isascii() else match_key(full_name, name)]
    if preferred_name:
        parts.append(match_key(preferred_name))
    if email:
        parts.append(match_key(email))
    parts.extend(labels)
    text = " ".join(parts)
    return f"{text}{_SEP}{digits_of(phone)}" if phone else text


def _data(row: Member) -> MemberData:
    return MemberData(**{f.name: getattr(row, f.name) for f in fields(MemberData)})


def _region_and_locale(uow: UnitOfWork) -> tuple[str | None, str]:
    group = settings.get_settings(uow)
    return phone_region(group.locale), group.locale


# --- reading ---------------------------------------------------------------------------------


def find_member_id(uow: UnitOfWork, text: str) -> str:
    """The full id of the member whose id is `text` or starts with it (at least 4 characters)."""
    return find_id(uow, Member, text, what="member")


def get_member(uow: UnitOfWork, member_id: str) -> MemberData:
    with uow:
        return _data(row_of(uow.session, Member, member_id, what="member"))


def list_members(
    uow: UnitOfWork,
    *,
    search: str | None = None,
    status: str | None = None,
    role: str | None = None,
    skill: str | None = None,
    consent: str | None = None,
    include_deleted: bool = False,
    sort: str = "name",
    descending: bool = False,
    today: date | None = None,
    last_seen: bool = True,
) -> list[MemberRow]:
    """The Members table: live members (or everyone, with `include_deleted`), filtered and sorted.
    Without `last_seen` the rows leave it out (None): the costliest part of the read, grouping
    every check-in and attendance mark, which a reader such as the search index never shows.

    `role` and `skill` match case- and accent-blind on the whole role or skill name; `consent`
    is contact, photo or roster; `search` matches every word typed against names, email,
    current roles and skills. Forgotten and merged records count as deleted here.
    """
    errors = {}
    if status is not None and status not in MEMBER_STATUSES:
        errors["status"] = f"{status!r} is not a status; choose active, inactive or left"
    if consent is not None and consent not in CONSENT_KINDS:
        errors["consent"] = f"{consent!r} is not a consent; choose contact, photo or roster"
    if sort not in SORTS:
        errors["sort"] = f"{sort!r} is not a way to sort; choose {', '.join(SORTS)}"
    if errors:
        raise ValidationError(errors)
    with uow:
        today = today or uow.today()
        query = members_table_query(today, last_seen=last_seen)
        rows = [_row(r) for r in uow.session.execute(query)]
    if not include_deleted:
        rows = [r for r in rows if not (r.deleted or r.erased or r.merged_into_id)]
    if status:
        rows = [r for r in rows if r.status == status]
    if consent:
        rows = [r for r in rows if getattr(r, f"consent_{consent}")]
    fold = memo_fold()
    if role:
        wanted = match_key(role.strip())
        rows = [r for r in rows if any(fold(x) == wanted for x in r.roles)]
    if skill:
        wanted = match_key(skill.strip())
        rows = [r for r in rows if any(fold(x) == wanted for x in r.skills)]
    if search and search.strip():
        rows = filter_rows(rows, search)
    return sort_rows(rows, sort, descending=descending)


class RosterRow(NamedTuple):
    """One member's line in the printed roster."""

    display_name: str
    #: Roles held on the roster's day.
    roles: tuple[str, ...]
    phone: str | None
    email: str | None
    joined_on: date | None
    consent_contact: bool


def roster_members(uow: UnitOfWork, *, today: date) -> tuple[list[RosterRow], int]:
    """The live active members who agreed to be listed in the printed roster, in name order,
    and how many other live active members there are: one read of what the roster prints
    (`list_members` read every member, with skills, to keep three in five at 100,000)."""
    roles = current_roles(today).subquery()
    active = (live_members(), Member.status == "active")
    with uow:
        connection = uow.session.connection()
        listed = [
            RosterRow(
                display_name(full, preferred, None),
                _names(held),
                phone,
                email,
                joined,
                bool(contact),
            )
            for full, preferred, held, phone, email, joined, contact in connection.execute(
                select(
                    Member.full_name,
                    Member.preferred_name,
                    roles.c.roles,
                    Member.phone,
                    Member.email,
                    Member.joined_on,
                    Member.consent_contact,
                )
                .outerjoin(roles, roles.c.member_id == Member.id)
                .where(*active, Member.consent_roster.is_(True))
                .order_by(Member.sort_key, Member.id)  # namesakes in the same order each time
            )
        ]
        others = connection.scalar(
            select(func.count()).where(*active, Member.consent_roster.is_not(True))
        )
    return listed, others or 0


def search_entries(uow: UnitOfWork) -> list[SearchRecords]:
    """The members' source for the global search: live members in name order, found by names,
    email, current roles, skills and phone; the detail names their roles and skills, so a hit
    found by a skill says why.

    Members, their roles and their skills are three plain reads joined here by id (one SELECT
    joining the grouped roles and skills took twice as long in SQLite), and each distinct set
    of roles or skills is folded once."""
    with uow:
        roles = dict(plain_rows(uow, current_roles(uow.today())))
        skills = dict(plain_rows(uow, skills_held()))
        members = plain_rows(
            uow,
            select(
                Member.id,
                Member.full_name,
                Member.preferred_name,
                Member.email,
                Member.phone,
                Member.status,
                Member.sort_key,
            )
            .where(live_members())
            .order_by(Member.sort_key),
        )
    labels = _Labels()
    rows = [
        (member_id, full, preferred, status, roles.get(member_id), skills.get(member_id))
        for member_id, full, preferred, _, _, status, _ in members
    ]
    texts = [
        search_text(
            key,
            full,
            preferred,
            email,
            phone,
            labels[roles.get(member_id)] + labels[skills.get(member_id)],
        )
        for member_id, full, preferred, email, phone, _, key in members
    ]
    return [SearchRecords("member", rows, texts, _member_hit)]


class _Labels(dict[str | None, tuple[str, ...]]):
    """Roles or skills as `group_concat` packs them, to their names folded: the same few
    hundred sets recur among thousands of members, so each is folded once a pass."""

    def __missing__(self, packed: str | None) -> tuple[str, ...]:
        self[packed] = folded = tuple(map(match_key, _names(packed)))
        return folded


def _names(packed: str | None) -> tuple[str, ...]:
    """The distinct names `group_concat` packed, in order."""
    return tuple(sorted(set(packed.split(_SEP)))) if packed else ()


def _member_hit(row: tuple[Any, ...]) -> SearchHit:
    member_id, full_name, preferred_name, status, roles, skills = row
    detail = listed(stored_word("MemberWords", status), *_names(roles), *_names(skills))
    return SearchHit(
        "members", "member", member_id, display_name(full_name, preferred_name, None), detail
    )


def filter_rows(rows: Sequence[MemberRow], search: str) -> list[MemberRow]:
    """Rows matching every word of `search` (see `matches`)."""
    words = search_words(search)
    return [r for r, text in zip(rows, search_texts(rows), strict=True) if matches(text, words)]


def search_texts(rows: Iterable[MemberRow]) -> list[str]:
    """Each row's `search_text`, folding each distinct role and skill once: a group has a few
    dozen, held by thousands of members (the memo lives for this call only, so never stale)."""
    fold = memo_fold()
    return [row.search_text(fold) for row in rows]


def matches(search_text: str, words: Sequence[str]) -> bool:
    """Whether every typed word occurs in a row's `search_text` (case, accents, script folded)."""
    return all(word in search_text for word in words)


def sort_rows(rows: Iterable[MemberRow], sort: str, *, descending: bool = False) -> list[MemberRow]:
    """Rows in the order of `sort` (name by collation key; empty dates last either way)."""
    by_name = sorted(rows, key=lambda r: r.sort_key, reverse=descending)
    if sort == "name":
        return by_name
    if sort == "status":
        order = {s: i for i, s in enumerate(MEMBER_STATUSES)}
        return sorted(by_name, key=lambda r: order.get(r.status, 9), reverse=descending)
    attribute = "joined_on" if sort == "joined" else "last_seen"
    dated = [r for r in by_name if getattr(r, attribute) is not None]
    undated = [r for r in by_name if getattr(r, attribute) is None]
    return sorted(dated, key=lambda r: getattr(r, attribute), reverse=descending) + undated


def members_table_query(today: date, *, last_seen: bool = True) -> Any:
    """One SELECT for the Members table: members with today's roles, skills and (unless not
    wanted) last seen."""
    roles = current_roles(today).subquery()
    skills = skills_held().subquery()
    seen = last_seen_subquery() if last_seen else None
    query = (
        select(
            Member.id,
            Member.full_name,
            Member.preferred_name,
            Member.email,
            Member.phone,
            Member.status,
            Member.joined_on,
            Member.left_on,
            Member.consent_contact,
            Member.consent_photo,
            Member.consent_roster,
            roles.c.roles,
            skills.c.skills,
            seen.c.last_seen if seen is not None else null().label("last_seen"),
            Member.sort_key,
            case((Member.deleted_at.is_(None), False), else_=True).label("deleted"),
            Member.merged_into_id,
            case((Member.erased_at.is_(None), False), else_=True).label("erased"),
        )
        .outerjoin(roles, roles.c.member_id == Member.id)
        .outerjoin(skills, skills.c.member_id == Member.id)
        .order_by(Member.sort_key)
    )
    return query if seen is None else query.outerjoin(seen, seen.c.member_id == Member.id)


def current_roles(today: date) -> Any:
    """Each member's roles held on `today`, packed by `group_concat` (`_SEP` between)."""
    return (
        select(
            MemberRole.member_id,
            func.group_concat(MemberRole.role, _SEP).label("roles"),
        )
        .where(
            MemberRole.deleted_at.is_(None),
            or_(MemberRole.started_on.is_(None), MemberRole.started_on <= today),
            or_(MemberRole.ended_on.is_(None), MemberRole.ended_on >= today),
        )
        .group_by(MemberRole.member_id)
    )


def skills_held() -> Any:
    """Each member's skills and interests, packed by `group_concat` (`_SEP` between)."""
    return (
        select(MemberSkill.member_id, func.group_concat(MemberSkill.name, _SEP).label("skills"))
        .where(MemberSkill.deleted_at.is_(None))
        .group_by(MemberSkill.member_id)
    )


def _row(r: Any) -> MemberRow:
    (
        id_,
        full,
        preferred,
        email,
        phone,
        status,
        joined,
        left,
        contact,
        photo,
        roster,
        roles,
        skills,
        seen,
        key,
        deleted,
        merged,
        erased,
    ) = r
    return MemberRow(
        id_,
        full,
        preferred,
        email,
        phone,
        status,
        joined,
        left,
        bool(contact),
        bool(photo),
        bool(roster),
        _names(roles),
        _names(skills),
        seen,
        key,
        bool(deleted),
        merged,
        bool(erased),
    )


# --- writing ---------------------------------------------------------------------------------


def add_member(
    uow: UnitOfWork, *, values: Mapping[str, object], today: date | None = None
) -> MemberData:
    """Add a person; `values` maps member fields (EDITABLE_FIELDS) to typed values or text."""
    region, locale = _region_and_locale(uow)
    with uow:
        today = today or uow.today()
        clean = clean_member_values(values, region=region, today=today, locale=locale)
        row = Member(**clean)
        uow.session.add(row)
        uow.session.flush()
        data = _data(row)
        uow.commit()
    return data


def edit_member(
    uow: UnitOfWork,
    *,
    member_id: str,
    changes: Mapping[str, object],
    today: date | None = None,
) -> MemberData:
    """Change some fields of a member; only fields whose value really changes are written."""
    if not changes:
        raise ValidationError.single("changes", "say which fields to change")
    region, locale = _region_and_locale(uow)
    with uow:
        today = today or uow.today()
        row = live_member(uow.session, member_id)
        current = {f: getattr(row, f) for f in _editable_columns()}
        clean = clean_member_values(
            changes, region=region, today=today, current=current, locale=locale
        )
        for field, value in clean.items():
            if getattr(row, field) != value:
                setattr(row, field, value)
        uow.session.flush()
        data = _data(row)
        uow.commit()
    return data


def _editable_columns() -> list[str]:
    from groupdesk.services.members.fields import EDITABLE_FIELDS

    return list(EDITABLE_FIELDS)


def delete_member(uow: UnitOfWork, *, member_id: str) -> MemberData:
    """Delete a member (a tombstone: their roles, check-ins and history stay, for a restore)."""
    with uow:
        row = live_member(uow.session, member_id)
        tombstone(uow, row)
        uow.session.flush()
        data = _data(row)
        uow.commit()
    return data


def restore_member(uow: UnitOfWork, *, member_id: str) -> MemberData:
    """Bring a deleted member back, with everything that was theirs."""
    with uow:
        row = row_of(uow.session, Member, member_id, what="member")
        if row.erased_at is not None:
            raise GroupDeskError(
                QT_TRANSLATE_NOOP(
                    "MemberRecords", "Member {id} was forgotten at their request."
                ).format(id=member_id)
            )
        if row.merged_into_id is not None:
            raise GroupDeskError(
                QT_TRANSLATE_NOOP(
                    "MemberRecords",
                    "{name} was merged into {other}; to separate them again, undo the merge.",
                ).format(name=row.full_name, other=row.merged_into_id),
                remedy=Remedy("unmerge_member", member_id),
            )
        restore(row, name=row.full_name)
        uow.session.flush()
        data = _data(row)
        uow.commit()
    return data
