"""The resources' source for the global search (`services/search.py`): every item, by its
name, kind, description and place, and every loan still out, by the item and the borrower."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from groupdesk.messages import stored_word
from groupdesk.models.members import Member
from groupdesk.models.resources import Loan, ResourceItem
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.collation import memo_fold
from groupdesk.services.resources.clashes import group_locale
from groupdesk.services.resources.ordering import NAME_ORDER
from groupdesk.services.rows import display_name
from groupdesk.services.search import SearchHit, SearchRecords, listed, plain_rows
from groupdesk.services.uow import UnitOfWork
from groupdesk.services.wording import day_text


def search_entries(uow: UnitOfWork) -> list[SearchRecords]:
    """Items by name, then the loans out (a loan opens its item, whose detail lists it)."""
    locale = group_locale(uow)
    with uow:
        items = plain_rows(
            uow,
            select(
                ResourceItem.id,
                ResourceItem.name,
                ResourceItem.kind,
                ResourceItem.condition,
                ResourceItem.description,
                ResourceItem.location,
            )
            .where(ResourceItem.deleted_at.is_(None))
            .order_by(*NAME_ORDER),
        )
        loans = plain_rows(
            uow,
            select(
                Loan.id,
                Loan.item_id,
                Loan.due_on,
                ResourceItem.name,
                Member.full_name,
                Member.preferred_name,
                Member.erased_at,
            )
            .join(ResourceItem, ResourceItem.id == Loan.item_id)
            .join(Member, Member.id == Loan.borrower_id)
            .where(Loan.returned_on.is_(None), Loan.deleted_at.is_(None))
            .order_by(Loan.due_on),
        )
    fold = memo_fold()

    def loan_hit(loan: tuple[Any, ...]) -> SearchHit:
        loan_id, item_id, due_on, name, full_name, preferred_name, erased_at = loan
        detail = QT_TRANSLATE_NOOP("Search", "lent to {who}, due {day}").format(
            who=display_name(full_name, preferred_name, erased_at), day=day_text(due_on, locale)
        )
        return SearchHit("resources", "loan", loan_id, name, detail, opens=item_id)

    return [
        SearchRecords(
            "item",
            items,
            [
                fold(" ".join(filter(None, (name, kind, about, place))))
                for _, name, kind, _, about, place in items
            ],
            _item_hit,
        ),
        SearchRecords(
            "loan",
            loans,
            [
                fold(f"{name} {display_name(full_name, preferred_name, erased_at)}")
                for _, _, _, name, full_name, preferred_name, erased_at in loans
            ],
            loan_hit,
        ),
    ]


def _item_hit(item: tuple[Any, ...]) -> SearchHit:
    item_id, name, kind, condition, _, _ = item
    detail = listed(stored_word("ResourceWords", kind), stored_word("ResourceWords", condition))
    return SearchHit("resources", "item", item_id, name, detail)
