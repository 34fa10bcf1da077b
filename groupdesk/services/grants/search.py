"""The grants' source for the global search (`services/search.py`): grants by their title,
funder, reference and purpose (a micro-grant also by its applicant), funders by their name and
contact, and expenses by payee and description (an expense opens its grant)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from groupdesk.messages import stored_word
from groupdesk.models.grants import Funder, Grant, GrantExpense
from groupdesk.models.members import Member
from groupdesk.money import Money, format_money
from groupdesk.services.collation import memo_fold
from groupdesk.services.rows import display_name
from groupdesk.services.search import SearchHit, SearchRecords, listed, plain_rows
from groupdesk.services.settings import get_settings
from groupdesk.services.uow import UnitOfWork
from groupdesk.services.wording import day_text


def search_entries(uow: UnitOfWork) -> list[SearchRecords]:
    """Grants by title, funders by name, then expenses, latest first."""
    locale = get_settings(uow).locale
    with uow:
        grants = plain_rows(
            uow,
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
            .order_by(Grant.title),
        )
        funders = plain_rows(
            uow,
            select(Funder.id, Funder.name, Funder.kind, Funder.contact_person, Funder.email)
            .where(Funder.deleted_at.is_(None))
            .order_by(Funder.name),
        )
        expenses = plain_rows(
            uow,
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
            .order_by(GrantExpense.spent_on.desc()),
        )
    fold = memo_fold()  # payees and what was bought recur

    def expense_hit(expense: tuple[Any, ...]) -> SearchHit:
        """'3 May 2026, £42.10, Community garden' (the amount as stored: minor units,
        currency), joined as the screens join a list (Arabic's comma is "، ")."""
        expense_id, grant_id, day, payee, _, minor, currency, grant = expense
        amount = format_money(Money.from_minor(minor, currency), locale)
        detail = listed(day_text(day, locale), amount, grant)
        return SearchHit("grants", "expense", expense_id, payee, detail, opens=grant_id)

    return [
        SearchRecords("grant", grants, [fold(_grant_words(grant)) for grant in grants], _grant_hit),
        SearchRecords(
            "funder",
            funders,
            [
                fold(" ".join(filter(None, (name, contact, email))))
                for _, name, _, contact, email in funders
            ],
            _funder_hit,
        ),
        SearchRecords(
            "expense",
            expenses,
            [
                fold(" ".join(filter(None, (payee, description))))
                for _, _, _, payee, description, *_ in expenses
            ],
            expense_hit,
        ),
    ]


def _grant_words(grant: tuple[Any, ...]) -> str:
    """What a grant is found by: its title, funder, applicant, reference and purpose."""
    _, title, _, reference, purpose, funder, *_ = grant
    return " ".join(filter(None, (title, funder, _applicant(grant), reference, purpose)))


def _applicant(grant: tuple[Any, ...]) -> str | None:
    """A micro-grant's applicant, as named (none for a grant without one)."""
    *_, full_name, preferred_name, erased_at = grant
    return None if full_name is None else display_name(full_name, preferred_name, erased_at)


def _grant_hit(grant: tuple[Any, ...]) -> SearchHit:
    grant_id, title, state, _, _, funder, *_ = grant
    detail = listed(stored_word("GrantWords", state), funder or _applicant(grant))
    return SearchHit("grants", "grant", grant_id, title, detail)


def _funder_hit(funder: tuple[Any, ...]) -> SearchHit:
    funder_id, name, kind, contact, _ = funder
    detail = listed(stored_word("GrantWords", kind) if kind else None, contact)
    return SearchHit("grants", "funder", funder_id, name, detail)
