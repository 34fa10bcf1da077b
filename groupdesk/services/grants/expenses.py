"""Expenses under a grant and the receipts that prove them.

An expense is money spent (day, payee, amount in the grant's currency, what for, who paid) on a
budget line or, until someone chooses one, on none. Two things are allowed but said, so the GUI
asks the person to confirm and the CLI prints them: an expense dated outside the grant's period,
and one that takes its line over budget (naming the line and by how much) — `expense_warnings`
says them before saving, and the saving functions return them too.

Receipts (an invoice, a proof of payment, a till receipt; a photo or a PDF) are attachments,
kept by content, so the same file attached a second time is recognised and refused naming the
expense it already proves ("this receipt is already attached to the expense of 3 May 2026,
Hardware store, €42.10"). Receipts may come later than the expense; `expenses_without_receipt`
lists what still lacks one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from groupdesk.errors import ValidationError
from groupdesk.models.attachments import Attachment
from groupdesk.models.grants import (
    RECEIPT_ROLES,
    Grant,
    GrantBudgetLine,
    GrantExpense,
    GrantExpenseReceipt,
)
from groupdesk.money import Money, format_money
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services import settings
from groupdesk.services.attachments import IMAGE_TYPES, MEDIA_TYPES, add_attachment
from groupdesk.services.backup_format import sha256_file
from groupdesk.services.grants.rules import (
    checked_amount,
    checked_member,
    live_grant,
    live_rows_pointing_at,
    paragraphs,
    required_words,
)
from groupdesk.services.rows import live_row, names_of, tombstone
from groupdesk.services.thumbnails import check_image
from groupdesk.services.uow import UnitOfWork
from groupdesk.services.wording import day_text


@dataclass(frozen=True)
class ExpenseWarning:
    """Something to confirm before saving: `field` is where the GUI shows it."""

    kind: str  # "outside_period" | "over_budget"
    field: str
    message: str


@dataclass(frozen=True)
class Receipt:
    id: str
    expense_id: str
    attachment_id: str
    role: str
    filename: str
    media_type: str
    sha256: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "expense_id": self.expense_id,
            "attachment_id": self.attachment_id,
            "role": self.role,
            "filename": self.filename,
            "media_type": self.media_type,
        }


@dataclass(frozen=True)
class Expense:
    id: str
    grant_id: str
    line_id: str | None
    line: str | None
    spent_on: date
    payee: str
    amount: Money
    description: str | None
    paid_by_id: str | None
    paid_by: str | None
    receipts: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "grant_id": self.grant_id,
            "line_id": self.line_id,
            "line": self.line,
            "spent_on": self.spent_on,
            "payee": self.payee,
            "amount": self.amount.as_dict(),
            "description": self.description,
            "paid_by_id": self.paid_by_id,
            "paid_by": self.paid_by,
            "receipts": self.receipts,
        }


@dataclass(frozen=True)
class SavedExpense:
    """An expense as saved, with what the person was (or should have been) asked to confirm,
    and the receipts attached with it."""

    expense: Expense
    warnings: tuple[ExpenseWarning, ...] = ()
    receipts: tuple[Receipt, ...] = ()


def budget_line_of(session: Session, line_id: str | None, grant: Grant) -> GrantBudgetLine | None:
    """The live budget line `line_id` of `grant` (None for none), refusing another grant's."""
    if line_id is None:
        return None
    line = live_row(session, GrantBudgetLine, line_id, what="budget line")
    if line.grant_id != grant.id:
        raise ValidationError.single("line_id", f"{line.category!r} is a line of another grant")
    return line


def _warnings(
    session: Session,
    *,
    grant: Grant,
    line: GrantBudgetLine | None,
    spent_on: date,
    amount: Money,
    locale: str,
    expense_id: str | None,
) -> tuple[ExpenseWarning, ...]:
    found = []
    if grant.period_start is not None and spent_on < grant.period_start:
        found.append(
            ExpenseWarning(
                "outside_period",
                "spent_on",
                QT_TRANSLATE_NOOP(
                    "ExpenseWarnings", "{day} is before the grant's period starts ({start})"
                ).format(
                    day=day_text(spent_on, locale), start=day_text(grant.period_start, locale)
                ),
            )
        )
    if grant.period_end is not None and spent_on > grant.period_end:
        found.append(
            ExpenseWarning(
                "outside_period",
                "spent_on",
                QT_TRANSLATE_NOOP(
                    "ExpenseWarnings", "{day} is after the grant's period ends ({end})"
                ).format(day=day_text(spent_on, locale), end=day_text(grant.period_end, locale)),
            )
        )
    if line is not None:
        others = select(func.coalesce(func.sum(GrantExpense.amount_minor), 0)).where(
            GrantExpense.line_id == line.id,
            GrantExpense.deleted_at.is_(None),
            GrantExpense.amount_currency == grant.currency,
        )
        if expense_id is not None:
            others = others.where(GrantExpense.id != expense_id)
        spent = Money.from_minor(session.scalar(others) or 0, grant.currency) + amount
        if spent > line.amount:
            over = format_money(spent - line.amount, locale)
            found.append(
                ExpenseWarning(
                    "over_budget",
                    "amount",
                    QT_TRANSLATE_NOOP(
                        "ExpenseWarnings",
                        "this takes the line {line!r} over its budget of {budget} by {over}",
                    ).format(
                        line=line.category, budget=format_money(line.amount, locale), over=over
                    ),
                )
            )
    return tuple(found)


def expense_warnings(
    uow: UnitOfWork,
    *,
    grant_id: str,
    line_id: str | None,
    spent_on: date,
    amount: Money,
    expense_id: str | None = None,
) -> tuple[ExpenseWarning, ...]:
    """What saving this expense would need confirming (nothing is written): a day outside the
    grant's period, a line taken over budget. `expense_id` is the expense being edited."""
    locale = settings.get_settings(uow).locale
    with uow:
        grant = live_grant(uow.session, grant_id)
        line = budget_line_of(uow.session, line_id, grant)
        return _warnings(
            uow.session,
            grant=grant,
            line=line,
            spent_on=spent_on,
            amount=amount,
            locale=locale,
            expense_id=expense_id,
        )


def add_expense(
    uow: UnitOfWork,
    *,
    grant_id: str,
    spent_on: date,
    payee: str,
    amount: Money,
    line_id: str | None = None,
    description: str | None = None,
    paid_by_id: str | None = None,
    receipts: Sequence[Path] = (),
    receipt_role: str = "receipt",
) -> SavedExpense:
    """Record an expense, with its receipt files if any (all in one transaction: a receipt
    already attached elsewhere refuses the whole expense)."""
    payee_words = required_words(
        payee, field="payee", say=QT_TRANSLATE_NOOP("GrantRules", "say who was paid")
    )
    locale = settings.get_settings(uow).locale
    with uow:
        session = uow.session
        grant = live_grant(session, grant_id, direction="incoming")
        checked = checked_amount(amount, field="amount", currency=grant.currency)
        line = budget_line_of(session, line_id, grant)
        checked_member(session, paid_by_id, role="the person who paid")
        warnings = _warnings(
            session,
            grant=grant,
            line=line,
            spent_on=spent_on,
            amount=checked,
            locale=locale,
            expense_id=None,
        )
        row = GrantExpense(
            grant_id=grant.id,
            line_id=line_id,
            spent_on=spent_on,
            payee=payee_words,
            amount=checked,
            description=paragraphs(description),
            paid_by_id=paid_by_id,
        )
        session.add(row)
        session.flush()
        attached = tuple(
            _attach(uow, row, source, role=receipt_role, locale=locale) for source in receipts
        )
        expense = _expense(session, row, receipts=len(attached))
        uow.commit()
    return SavedExpense(expense, warnings, attached)


#: What `edit_expense` leaves as it is.
UNCHANGED: Any = object()


def edit_expense(
    uow: UnitOfWork,
    *,
    expense_id: str,
    spent_on: date | None = None,
    payee: str | None = None,
    amount: Money | None = None,
    line_id: str | None = UNCHANGED,
    description: str | None = UNCHANGED,
    paid_by_id: str | None = UNCHANGED,
) -> SavedExpense:
    """Change what is given (`line_id=None` moves the expense to no line); the warnings are
    those of the expense as it now is."""
    locale = settings.get_settings(uow).locale
    with uow:
        session = uow.session
        row = live_row(session, GrantExpense, expense_id, what="expense")
        grant = live_grant(session, row.grant_id)
        if spent_on is not None:
            row.spent_on = spent_on
        if payee is not None:
            row.payee = required_words(
                payee, field="payee", say=QT_TRANSLATE_NOOP("GrantRules", "say who was paid")
            )
        if amount is not None:
            new_amount = checked_amount(amount, field="amount", currency=grant.currency)
            # Read before writing: a composite set unread has no old value for its history.
            if row.amount != new_amount:
                row.amount = new_amount
        if line_id is not UNCHANGED:
            budget_line_of(session, line_id, grant)
            row.line_id = line_id
        if description is not UNCHANGED:
            row.description = paragraphs(description)
        if paid_by_id is not UNCHANGED:
            row.paid_by_id = checked_member(session, paid_by_id, role="the person who paid")
        warnings = _warnings(
            session,
            grant=grant,
            line=budget_line_of(session, row.line_id, grant),
            spent_on=row.spent_on,
            amount=row.amount,
            locale=locale,
            expense_id=row.id,
        )
        session.flush()
        expense = _expense(session, row)
        uow.commit()
    return SavedExpense(expense, warnings)


def remove_expense(uow: UnitOfWork, *, expense_id: str) -> None:
    """Delete an expense and its receipts (undone by restoring them)."""
    with uow:
        session = uow.session
        row = live_row(session, GrantExpense, expense_id, what="expense")
        for receipt in live_rows_pointing_at(session, GrantExpenseReceipt, "expense_id", row.id):
            tombstone(uow, receipt)
        tombstone(uow, row)
        uow.commit()


# --- receipts ----------------------------------------------------------------------------------


def _attach(
    uow: UnitOfWork, expense: GrantExpense, source: Path, *, role: str, locale: str
) -> Receipt:
    """Attach `source` to `expense` inside the open unit of work, refusing a file that already
    proves an expense (this one or another), named so the person can find it."""
    if role not in RECEIPT_ROLES:
        raise ValidationError.single("role", f"{role!r} is not one of {', '.join(RECEIPT_ROLES)}")
    if source.suffix.lower() not in MEDIA_TYPES:
        raise ValidationError.single(
            "receipt", f"{source.name} is not a photo or a PDF (PNG, JPEG or PDF)"
        )
    if not source.is_file():
        raise ValidationError.single("receipt", f"{source} is not a file")
    if source.suffix.lower() in IMAGE_TYPES:
        check_image(source, field="receipt")  # a photo too big or damaged is named now, not later
    session = uow.session
    sha = sha256_file(source)
    already = session.execute(
        select(
            GrantExpense.spent_on,
            GrantExpense.payee,
            GrantExpense.amount_minor,
            GrantExpense.amount_currency,
        )
        .join(GrantExpenseReceipt, GrantExpenseReceipt.expense_id == GrantExpense.id)
        .join(Attachment, Attachment.id == GrantExpenseReceipt.attachment_id)
        .where(
            Attachment.sha256 == sha,
            GrantExpenseReceipt.deleted_at.is_(None),
            GrantExpense.deleted_at.is_(None),
        )
        .limit(1)
    ).first()
    if already is not None:
        amount = format_money(
            Money.from_minor(already.amount_minor, already.amount_currency), locale
        )
        raise ValidationError.single(
            "receipt",
            f"this receipt is already attached to the expense of "
            f"{day_text(already.spent_on, locale)}, {already.payee}, {amount}",
        )
    attachment = add_attachment(uow, source=source)
    row = GrantExpenseReceipt(expense_id=expense.id, attachment_id=attachment.id, role=role)
    session.add(row)
    session.flush()
    return Receipt(
        row.id, expense.id, attachment.id, role, attachment.filename, attachment.media_type, sha
    )


def attach_receipts(
    uow: UnitOfWork, *, expense_id: str, sources: Sequence[Path], role: str = "receipt"
) -> tuple[Receipt, ...]:
    """Attach files to an expense (dropped on it, or added later); all or none."""
    if not sources:
        raise ValidationError.single("receipt", "choose a receipt file to attach")
    locale = settings.get_settings(uow).locale
    with uow:
        row = live_row(uow.session, GrantExpense, expense_id, what="expense")
        attached = tuple(_attach(uow, row, source, role=role, locale=locale) for source in sources)
        uow.commit()
    return attached


def remove_receipt(uow: UnitOfWork, *, receipt_id: str) -> None:
    with uow:
        tombstone(uow, live_row(uow.session, GrantExpenseReceipt, receipt_id, what="receipt"))
        uow.commit()


def receipts_of(uow: UnitOfWork, *, expense_id: str) -> list[Receipt]:
    """An expense's receipts, in the order they were attached."""
    with uow:
        rows = uow.session.execute(
            select(GrantExpenseReceipt, Attachment)
            .join(Attachment, Attachment.id == GrantExpenseReceipt.attachment_id)
            .where(
                GrantExpenseReceipt.expense_id == expense_id,
                GrantExpenseReceipt.deleted_at.is_(None),
            )
            .order_by(GrantExpenseReceipt.created_at, GrantExpenseReceipt.id)
        ).all()
        return [
            Receipt(
                receipt.id,
                receipt.expense_id,
                attachment.id,
                receipt.role,
                attachment.filename,
                attachment.media_type,
                attachment.sha256,
            )
            for receipt, attachment in rows
        ]


# --- lists -------------------------------------------------------------------------------------


def _expense(session: Session, row: GrantExpense, *, receipts: int | None = None) -> Expense:
    line = session.get(GrantBudgetLine, row.line_id) if row.line_id else None
    if receipts is None:
        receipts = session.scalar(
            select(func.count()).where(
                GrantExpenseReceipt.expense_id == row.id, GrantExpenseReceipt.deleted_at.is_(None)
            )
        )
    names = names_of(session, [row.paid_by_id] if row.paid_by_id else [])
    return Expense(
        row.id,
        row.grant_id,
        row.line_id,
        line.category if line is not None else None,
        row.spent_on,
        row.payee,
        row.amount,
        row.description,
        row.paid_by_id,
        names.get(row.paid_by_id) if row.paid_by_id else None,
        receipts or 0,
    )


def list_expenses(
    uow: UnitOfWork, *, grant_id: str | None = None, without_receipt: bool = False
) -> list[Expense]:
    """A grant's expenses (or every grant's), oldest first, each with its line's category and
    how many receipts it has; `without_receipt` keeps those that have none."""
    receipts = (
        select(GrantExpenseReceipt.expense_id, func.count().label("receipts"))
        .where(GrantExpenseReceipt.deleted_at.is_(None))
        .group_by(GrantExpenseReceipt.expense_id)
        .subquery()
    )
    live_line = (GrantBudgetLine.id == GrantExpense.line_id) & GrantBudgetLine.deleted_at.is_(None)
    query = (
        select(
            GrantExpense.id,
            GrantExpense.grant_id,
            GrantExpense.line_id,
            GrantBudgetLine.category,
            GrantExpense.spent_on,
            GrantExpense.payee,
            GrantExpense.amount_minor,
            GrantExpense.amount_currency,
            GrantExpense.description,
            GrantExpense.paid_by_id,
            func.coalesce(receipts.c.receipts, 0).label("receipts"),
        )
        .outerjoin(GrantBudgetLine, live_line)
        .outerjoin(receipts, receipts.c.expense_id == GrantExpense.id)
        .where(GrantExpense.deleted_at.is_(None))
        .order_by(GrantExpense.spent_on, GrantExpense.payee, GrantExpense.id)
    )
    if grant_id is not None:
        query = query.where(GrantExpense.grant_id == grant_id)
    if without_receipt:
        query = query.where(receipts.c.receipts.is_(None))
    with uow:
        if grant_id is not None:
            live_grant(uow.session, grant_id)
        rows = uow.session.execute(query).all()
        names = names_of(uow.session, {row.paid_by_id for row in rows if row.paid_by_id})
    return [
        Expense(
            row.id,
            row.grant_id,
            row.line_id,
            row.category,
            row.spent_on,
            row.payee,
            Money.from_minor(row.amount_minor, row.amount_currency),
            row.description,
            row.paid_by_id,
            names.get(row.paid_by_id) if row.paid_by_id else None,
            row.receipts,
        )
        for row in rows
    ]


def expenses_without_receipt(uow: UnitOfWork, *, grant_id: str | None = None) -> list[Expense]:
    """The expenses that no receipt proves yet (a funder's audit asks for every one)."""
    return list_expenses(uow, grant_id=grant_id, without_receipt=True)
