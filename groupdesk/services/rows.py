"""The kit every area uses for its synced rows: fetch one or say plainly that it is gone,
tombstone and restore it, and name the members a row refers to.

Synced rows are never hard-deleted (`deleted_at` is their tombstone, so a delete syncs and can be
undone); the clock comes from the unit of work, so tests set the time. Every area refers to
people, so naming a member and refusing one who is no longer there live here too, in one place.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from groupdesk.errors import GroupDeskError, NotFoundError, Remedy
from groupdesk.messages import Message, stored_word
from groupdesk.models.base import Synced
from groupdesk.models.members import Member
from groupdesk.registry import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from groupdesk.services.uow import UnitOfWork

RowT = TypeVar("RowT", bound=Synced)

#: Shown in place of the name of a member who asked to be forgotten.
FORGOTTEN_NAME = "Forgotten member"

# SQLite allows 999 bound parameters in older builds; stay under it.
_CHUNK = 900


def row_of(session: Session, model: type[RowT], row_id: str, *, what: str) -> RowT:
    """The row `row_id`, deleted or not; `what` names the record ("check-in") in the message."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Rows", "There is no {what} with the id {id}.").format(
                what=_kind(what), id=row_id
            )
        )
    return row


def live_row(session: Session, model: type[RowT], row_id: str, *, what: str) -> RowT:
    """The row `row_id`, refusing one that was deleted (here, or on another laptop by sync)."""
    row = row_of(session, model, row_id, what=what)
    if row.deleted_at is not None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Rows", "That {what} was deleted.").format(what=_kind(what))
        )
    return row


def _kind(what: str) -> Message:
    """A kind of record ("check-in") as History names it: the GUI translates it there
    (`groupdesk.ui.words.HISTORY` marks every model's record label)."""
    return stored_word("History", what)


def tombstone(uow: UnitOfWork, row: Synced) -> None:
    """Delete `row` the synced way: stamped, kept, and restorable."""
    row.deleted_at = uow.now()


def remove(uow: UnitOfWork, model: type[Synced], row_id: str, *, what: str) -> None:
    """Tombstone one live row in a transaction of its own: every area's "remove this"."""
    with uow:
        tombstone(uow, live_row(uow.session, model, row_id, what=what))
        uow.commit()


def restore(row: Synced, *, name: str) -> None:
    """Bring a tombstoned row back; `name` says which record in the refusal."""
    if row.deleted_at is None:
        raise GroupDeskError(QT_TRANSLATE_NOOP("Rows", "{name} is not deleted.").format(name=name))
    row.deleted_at = None


def display_name(full_name: str, preferred_name: str | None, erased_at: date | None) -> str:
    """The name to show: the preferred name beside the full one when they differ."""
    if erased_at is not None:
        return FORGOTTEN_NAME
    if preferred_name and preferred_name not in full_name.split():
        return f"{full_name} ({preferred_name})"
    return full_name


def names_of(session: Session, member_ids: Iterable[str]) -> dict[str, str]:
    """Display names of the given members (forgotten ones as FORGOTTEN_NAME), in one query per
    900 ids rather than one per row."""
    ids = sorted(set(member_ids))
    names: dict[str, str] = {}
    for start in range(0, len(ids), _CHUNK):
        for row in session.execute(
            select(Member.id, Member.full_name, Member.preferred_name, Member.erased_at).where(
                Member.id.in_(ids[start : start + _CHUNK])
            )
        ):
            names[row.id] = display_name(row.full_name, row.preferred_name, row.erased_at)
    return names


def live_member(session: Session, member_id: str, *, role: str = "member") -> Member:
    """The member `member_id`, refusing one that is deleted, merged away or forgotten.

    `role` names the person in the message ("the mentor", "the member checked on")."""
    member = row_of(session, Member, member_id, what="member")
    # The role starts the English sentence; a translation may leave it out (Spanish does).
    who = role.capitalize()
    if member.erased_at is not None:
        raise GroupDeskError(
            QT_TRANSLATE_NOOP("Rows", "{role} {id} was forgotten at their request.").format(
                role=who, id=member_id
            )
        )
    if member.merged_into_id is not None:
        raise GroupDeskError(
            QT_TRANSLATE_NOOP(
                "Rows", "{role} {name} was merged into {other}; use that record."
            ).format(role=who, name=member.full_name, other=member.merged_into_id)
        )
    if member.deleted_at is not None:
        raise GroupDeskError(
            QT_TRANSLATE_NOOP("Rows", "{role} {name} is deleted; restore them first.").format(
                role=who, name=member.full_name
            ),
            remedy=Remedy("restore_member", member_id),
        )
    return member
