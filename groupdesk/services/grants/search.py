"""The grants' source for the global search (`services/search.py`): grants by their title,
funder, reference and purpose (a micro-grant also by its applicant), funders by their name and
contact, and expenses by payee and description (an expense opens its grant)."""

from __future__ import annotations

from datetime import date
from functools import partial

from sqlalchemy import select

from groupdesk.messages import stored_word
from groupdesk.models.grants import Funder, Grant, GrantExpense
from groupdesk.models.members import Member
from groupdesk.money import Money, format_money
from groupdesk.services.collation import match_key
from groupdesk.services.rows import display_name
from groupdesk.services.search import SearchEntry, SearchHit, listed
from groupdesk.services.settings import get_settings
from groupdesk.services.uow import UnitOfWork
from groupdesk.services.wording import day_text


def search_entries(uow: UnitOfWork) -> list[SearchEntry]:
    """Grants by title, funders by name, then expenses, latest first."""
    locale = get_settings(uow).locale
    with uow:
        session = uow.session
        grants = session.execute(
            select(
                Grant.id,
                Grant.title,
                Grant.state,
                Grant.funder_reference,
                Grant.purpose,
                Funder.name.label("funder"),
                Member.full_name,
                Member.preferred_name,
                Member.erased_at,
            )
            .outerjoin(Funder, Funder.id == Grant.funder_id)
            .outerjoin(Member, Member.id == Grant.applicant_id)
            .where(Grant.deleted_at.is_(None))
            .order_by(Grant.title)
        ).all()
        funders = session.execute(
            select(Funder.id, Funder.name, Funder.kind, Funder.contact_person, Funder.email)
            .where(Funder.deleted_at.is_(None))
            .order_by(Funder.name)
        ).all()
        expenses = session.execute(
            select(
                GrantExpense.id,
                GrantExpense.grant_id,
                GrantExpense.spent_on,
                GrantExpense.payee,
                GrantExpense.description,
                GrantExpense.amount_minor,
                GrantExpense.amount_currency,
                Grant.title,
            )
            .join(Grant, Grant.id == GrantExpense.grant_id)
            .where(GrantExpense.deleted_at.is_(None), Grant.deleted_at.is_(None))
            .order_by(GrantExpense.spent_on.desc())
        ).all()
    entries = []
    for grant in grants:
        applicant = (
            display_name(grant.full_name, grant.preferred_name, grant.erased_at)
            if grant.full_name is not None
            else None
        )
        found_by = (grant.title, grant.funder, applicant, grant.funder_reference, grant.purpose)
        detail = listed(stored_word("GrantWords", grant.state), grant.funder or applicant)
        entries.append(
            SearchEntry(
                SearchHit("grants", "grant", grant.id, grant.title, detail),
                match_key(" ".join(filter(None, found_by))),
            )
        )
    for funder in funders:
        kind = stored_word("GrantWords", funder.kind) if funder.kind else None
        detail = listed(kind, funder.contact_person)
        entries.append(
            SearchEntry(
                SearchHit("grants", "funder", funder.id, funder.name, detail),
                match_key(
                    " ".join(filter(None, (funder.name, funder.contact_person, funder.email)))
                ),
            )
        )
    for expense in expenses:
        hit = SearchHit("grants", "expense", expense.id, expense.payee, "", opens=expense.grant_id)
        worded = partial(
            _expense_detail,
            expense.spent_on,
            (expense.amount_minor, expense.amount_currency),
            expense.title,
            locale,
        )
        words = match_key(" ".join(filter(None, (expense.payee, expense.description))))
        entries.append(SearchEntry(hit, words, worded))
    return entries


def _expense_detail(day: date, amount: tuple[int, str], grant: str, locale: str) -> str:
    """'3 May 2026, £42.10, Community garden' (the amount as stored: minor units, currency),
    joined as the screens join a list (Arabic's comma is "، ")."""
    return listed(day_text(day, locale), format_money(Money.from_minor(*amount), locale), grant)
