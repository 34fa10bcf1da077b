"""The checks every grants service makes: an amount in the grant's currency and not below
zero, a grant that is still there, a member allowed to take part.

Amounts arrive as `Money` (the GUI and the CLI read what a person typed with `parse_money`, whose
message already sits beside the field); here they are held to the grant's rules, each refusal
naming the field it belongs to, so the message lands beside it too.
"""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from groupdesk.errors import ValidationError
from groupdesk.models.base import Synced
from groupdesk.models.grants import Grant
from groupdesk.money import Money
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.rows import live_member, live_row

RowT = TypeVar("RowT", bound=Synced)


def checked_amount(amount: Money, *, field: str, currency: str, allow_zero: bool = False) -> Money:
    """`amount`, refused when below zero (or zero, unless `allow_zero`) or in another currency
    than the grant's."""
    if amount.currency != currency:
        raise ValidationError.single(
            field,
            QT_TRANSLATE_NOOP(
                "GrantRules", "this grant is kept in {currency}; enter the amount in {currency}"
            ).format(currency=currency),
        )
    if amount.amount < 0:
        raise ValidationError.single(
            field, QT_TRANSLATE_NOOP("GrantRules", "an amount cannot be below zero")
        )
    if not allow_zero and amount.amount == 0:
        raise ValidationError.single(
            field, QT_TRANSLATE_NOOP("GrantRules", "enter an amount above zero")
        )
    return amount


def live_grant(session: Session, grant_id: str, *, direction: str | None = None) -> Grant:
    """The grant `grant_id`, refusing one deleted; `direction` refuses the other kind."""
    grant = live_row(session, Grant, grant_id, what="grant")
    if direction == "outgoing" and grant.direction != "outgoing":
        raise ValidationError.single(
            "grant_id",
            QT_TRANSLATE_NOOP("GrantRules", "{title!r} is not a micro-grant").format(
                title=grant.title
            ),
        )
    if direction == "incoming" and grant.direction != "incoming":
        raise ValidationError.single(
            "grant_id",
            QT_TRANSLATE_NOOP(
                "GrantRules", "{title!r} is a micro-grant the group gives, not one it seeks"
            ).format(title=grant.title),
        )
    return grant


def live_rows_pointing_at(
    session: Session, model: type[RowT], column: str, row_id: str
) -> list[RowT]:
    """The live rows of `model` whose `column` names `row_id` (a removed record's receipts,
    entries, or the tranche it brought in), for the service removing it to tombstone or free."""
    pointing = model.__table__.c[column]
    return list(
        session.scalars(select(model).where(pointing == row_id, model.deleted_at.is_(None)))
    )


def rows_under(session: Session, model: type[RowT], grant_id: str, *order: Any) -> list[RowT]:
    """The live rows of `model` under a live grant, in `order`, then in the order added."""
    live_grant(session, grant_id)
    column = model.__table__.c.grant_id
    return list(
        session.scalars(
            select(model)
            .where(column == grant_id, model.deleted_at.is_(None))
            .order_by(*order, model.created_at)
        )
    )


def checked_member(session: Session, member_id: str | None, *, role: str) -> str | None:
    """`member_id`, refused when that member is deleted, merged away or forgotten."""
    if member_id is not None:
        live_member(session, member_id, role=role)
    return member_id


def checked_period(start: date | None, end: date | None, *, field: str = "period_end") -> None:
    """A period may be open at either end, but may not end before it starts."""
    if start is not None and end is not None and end < start:
        raise ValidationError.single(
            field,
            QT_TRANSLATE_NOOP(
                "GrantRules", "the period ends ({end}) before it starts ({start})"
            ).format(end=end, start=start),
        )


def words(text: str | None) -> str | None:
    """Text as typed, with runs of spaces made one and nothing left as None."""
    cleaned = " ".join((text or "").split())
    return cleaned or None


def required_words(text: str | None, *, field: str, say: str) -> str:
    """Text that must be there: `say` is what to ask for when it is not ("name the funder")."""
    cleaned = words(text)
    if cleaned is None:
        raise ValidationError.single(field, say)
    return cleaned


def paragraphs(text: str | None) -> str | None:
    """Longer text (notes, restrictions) as typed, its line breaks kept; nothing is None."""
    cleaned = (text or "").strip()
    return cleaned or None
