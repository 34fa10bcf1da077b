"""The resources' source for the global search (`services/search.py`): every item, by its
name, kind, description and place, and every loan still out, by the item and the borrower."""

from __future__ import annotations

from sqlalchemy import select

from groupdesk.messages import stored_word
from groupdesk.models.members import Member
from groupdesk.models.resources import Loan, ResourceItem
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.collation import match_key
from groupdesk.services.resources.clashes import group_locale
from groupdesk.services.rows import display_name
from groupdesk.services.search import SearchEntry, SearchHit, listed
from groupdesk.services.uow import UnitOfWork
from groupdesk.services.wording import day_text


def search_entries(uow: UnitOfWork) -> list[SearchEntry]:
    """Items by name, then the loans out (a loan opens its item, whose detail lists it)."""
    locale = group_locale(uow)
    with uow:
        items = uow.session.execute(
            select(
                ResourceItem.id,
                ResourceItem.name,
                ResourceItem.kind,
                ResourceItem.condition,
                ResourceItem.description,
                ResourceItem.location,
            )
            .where(ResourceItem.deleted_at.is_(None))
            .order_by(ResourceItem.name)
        ).all()
        loans = uow.session.execute(
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
            .order_by(Loan.due_on)
        ).all()
    entries = [
        SearchEntry(
            SearchHit(
                "resources",
                "item",
                row.id,
                row.name,
                listed(
                    stored_word("ResourceWords", row.kind),
                    stored_word("ResourceWords", row.condition),
                ),
            ),
            match_key(" ".join(filter(None, (row.name, row.kind, row.description, row.location)))),
        )
        for row in items
    ]
    for loan in loans:
        borrower = display_name(loan.full_name, loan.preferred_name, loan.erased_at)
        detail = QT_TRANSLATE_NOOP("Search", "lent to {who}, due {day}").format(
            who=borrower, day=day_text(loan.due_on, locale)
        )
        hit = SearchHit("resources", "loan", loan.id, loan.name, detail, opens=loan.item_id)
        entries.append(SearchEntry(hit, match_key(f"{loan.name} {borrower}")))
    return entries
