"""A grant's budget: lines (category, description, amount) and their revisions.

Changing a line's amount is a revision, dated, with its reason and who made it, keeping the
figure it had before: a funder-approved reallocation moves money between lines, and the old
figures stay readable (`budget_of` returns each line with its revisions). Lines never add up
across currencies: every line is in its grant's currency.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import func, select

from groupdesk.errors import ValidationError
from groupdesk.models.grants import GrantBudgetLine, GrantBudgetRevision, GrantExpense
from groupdesk.money import Money
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.grants.rules import (
    checked_amount,
    checked_member,
    live_grant,
    paragraphs,
    required_words,
    rows_under,
)
from groupdesk.services.rows import live_row, names_of, tombstone
from groupdesk.services.uow import UnitOfWork


@dataclass(frozen=True)
class Revision:
    """One change of a line's amount: from what, to what, when, why, by whom."""

    id: str
    old_amount: Money
    new_amount: Money
    revised_on: date
    reason: str | None
    by_id: str | None
    by_name: str | None

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class BudgetLine:
    id: str
    grant_id: str
    category: str
    description: str | None
    amount: Money
    position: int
    #: Oldest first; the first revision's old amount is what the line was first budgeted at.
    revisions: tuple[Revision, ...] = ()

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def _line(row: GrantBudgetLine, revisions: tuple[Revision, ...] = ()) -> BudgetLine:
    return BudgetLine(
        row.id, row.grant_id, row.category, row.description, row.amount, row.position, revisions
    )


def add_line(
    uow: UnitOfWork,
    *,
    grant_id: str,
    category: str,
    amount: Money,
    description: str | None = None,
) -> BudgetLine:
    """Add a line at the end of a grant's budget."""
    category_words = required_words(
        category, field="category", say=QT_TRANSLATE_NOOP("GrantRules", "name the budget category")
    )
    with uow:
        session = uow.session
        grant = live_grant(session, grant_id)
        checked = checked_amount(amount, field="amount", currency=grant.currency, allow_zero=True)
        last = session.scalar(
            select(func.max(GrantBudgetLine.position)).where(
                GrantBudgetLine.grant_id == grant_id, GrantBudgetLine.deleted_at.is_(None)
            )
        )
        row = GrantBudgetLine(
            grant_id=grant_id,
            category=category_words,
            description=paragraphs(description),
            amount=checked,
            position=0 if last is None else last + 1,
        )
        session.add(row)
        session.flush()
        line = _line(row)
        uow.commit()
    return line


def edit_line(
    uow: UnitOfWork, *, line_id: str, category: str | None = None, description: str | None = None
) -> BudgetLine:
    """Rename a line or change its description (its amount changes by `revise_line`)."""
    with uow:
        row = live_row(uow.session, GrantBudgetLine, line_id, what="budget line")
        if category is not None:
            new_category = required_words(
                category, field="category", say=QT_TRANSLATE_NOOP("GrantRules", "name the category")
            )
            if row.category != new_category:
                row.category = new_category
        if description is not None and row.description != paragraphs(description):
            row.description = paragraphs(description)
        line = _line(row)
        uow.commit()
    return line


def revise_line(
    uow: UnitOfWork,
    *,
    line_id: str,
    amount: Money,
    reason: str | None = None,
    on: date | None = None,
    by_id: str | None = None,
) -> Revision:
    """Change a line's amount (a reallocation), keeping the old figure, dated `on` (today)."""
    with uow:
        session = uow.session
        row = live_row(session, GrantBudgetLine, line_id, what="budget line")
        grant = live_grant(session, row.grant_id)
        new = checked_amount(amount, field="amount", currency=grant.currency, allow_zero=True)
        if new == row.amount:
            raise ValidationError.single("amount", f"the line is already {new}")
        day = on or uow.today()
        if day > uow.today():
            raise ValidationError.single(
                "revised_on",
                QT_TRANSLATE_NOOP("GrantRules", "a revision cannot be dated in the future"),
            )
        checked_member(session, by_id, role="the person revising it")
        revision = GrantBudgetRevision(
            line_id=row.id,
            old_amount=row.amount,
            new_amount=new,
            revised_on=day,
            reason=paragraphs(reason),
            by_id=by_id,
        )
        row.amount = new
        session.add(revision)
        session.flush()
        names = names_of(session, [by_id] if by_id else [])
        result = _revision(revision, names)
        uow.commit()
    return result


def _revision(row: GrantBudgetRevision, names: dict[str, str]) -> Revision:
    return Revision(
        row.id,
        row.old_amount,
        row.new_amount,
        row.revised_on,
        row.reason,
        row.by_id,
        names.get(row.by_id) if row.by_id else None,
    )


def remove_line(uow: UnitOfWork, *, line_id: str) -> None:
    """Delete a line no live expense is booked on (move those to another line first)."""
    with uow:
        session = uow.session
        row = live_row(session, GrantBudgetLine, line_id, what="budget line")
        booked = session.scalar(
            select(func.count())
            .select_from(GrantExpense)
            .where(GrantExpense.line_id == line_id, GrantExpense.deleted_at.is_(None))
        )
        if booked:
            raise ValidationError.single(
                "line_id",
                f"{booked} expense{'s are' if booked != 1 else ' is'} booked on {row.category}; "
                "move them to another line first",
            )
        tombstone(uow, row)
        uow.commit()


def budget_of(uow: UnitOfWork, *, grant_id: str) -> list[BudgetLine]:
    """A grant's lines in order, each with its revisions (two SELECTs, whatever the size)."""
    with uow:
        session = uow.session
        rows = rows_under(session, GrantBudgetLine, grant_id, GrantBudgetLine.position)
        revisions = list(
            session.scalars(
                select(GrantBudgetRevision)
                .join(GrantBudgetLine, GrantBudgetLine.id == GrantBudgetRevision.line_id)
                .where(
                    GrantBudgetLine.grant_id == grant_id, GrantBudgetRevision.deleted_at.is_(None)
                )
                .order_by(GrantBudgetRevision.revised_on, GrantBudgetRevision.created_at)
            )
        )
        names = names_of(session, {r.by_id for r in revisions if r.by_id})
        by_line: dict[str, list[Revision]] = {}
        for revision in revisions:
            by_line.setdefault(revision.line_id, []).append(_revision(revision, names))
        return [_line(row, tuple(by_line.get(row.id, ()))) for row in rows]
