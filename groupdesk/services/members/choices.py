"""The members a person can choose from in a form (a chair, a payer, a borrower): the active
ones, by name, with nothing but their ids and the names shown.

Every picker read the whole Members table for this (roles, skills, last-seen days, and each
row built): 1–2 s at 100,000 members for four pickers on the Grants page, for a list of names.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import select

from groupdesk.models.members import Member
from groupdesk.services.rows import display_name
from groupdesk.services.uow import UnitOfWork


class PersonChoice(NamedTuple):
    """One member to choose: the id a form stores and the name it shows."""

    id: str
    display_name: str


def active_people(uow: UnitOfWork) -> list[PersonChoice]:
    """Live active members in the Members table's name order (the stored collation key), as
    `list_members(status="active")` gives them."""
    query = (
        select(Member.id, Member.full_name, Member.preferred_name)
        .where(
            Member.status == "active",
            Member.deleted_at.is_(None),
            Member.erased_at.is_(None),
            Member.merged_into_id.is_(None),
        )
        .order_by(Member.sort_key)
    )
    with uow:
        rows = uow.session.connection().execute(query).all()
    return [PersonChoice(key, display_name(full, preferred, None)) for key, full, preferred in rows]
