"""Ids as people type them: a whole id, or the start of one that no other record shares.

Every command that takes an id takes a prefix too (ids are 36 characters; a person copies the
first few). At least 4 characters, so a stray word is never taken for an id.
"""

from __future__ import annotations

from sqlalchemy import select

from groupdesk.errors import GroupDeskError, NotFoundError
from groupdesk.models.base import Synced
from groupdesk.services.uow import UnitOfWork

MIN_PREFIX = 4


def find_id(uow: UnitOfWork, model: type[Synced], text: str, *, what: str) -> str:
    """The full id of the `model` row whose id is `text` or starts with it; `what` names the
    record ("check-in") in the message when there is none, or more than one."""
    prefix = text.strip().lower()
    with uow:
        if uow.session.get(model, prefix) is not None:
            return prefix
        found = (
            uow.session.scalars(
                select(model.id).where(model.id.startswith(prefix, autoescape=True)).limit(3)
            ).all()
            if len(prefix) >= MIN_PREFIX
            else []
        )
    if not found:
        raise NotFoundError(f"There is no {what} with the id {text!r}.")
    if len(found) > 1:
        raise GroupDeskError(
            f"{text!r} is the start of more than one {what}'s id ({', '.join(found[:2])}, …); "
            "give more of it."
        )
    return found[0]
